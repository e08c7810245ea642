"""Branded artwork drawn with Pillow, so seed content has real images without downloads.

`seed_image("Summit 2015", kind="summit", lines=["June 15–16, 2015", "Rochester"])` returns
a Wagtail image, creating it the first time: the same title always gives the same image.
"""

import hashlib
import io
import logging
import math
from functools import cache, lru_cache

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

logger = logging.getLogger(__name__)

BRAND = (11, 92, 138)
BRAND_DARK = (6, 47, 74)
TEAL = (15, 118, 110)
TEAL_LIGHT = (94, 234, 212)
ACCENT = (185, 60, 11)
WHITE = (255, 255, 255)

# kind: (size, background, glow, label shown above the title)
KINDS = {
    "post": ((1200, 675), BRAND_DARK, BRAND, "SMHN BLOG"),
    "summit": ((1200, 630), BRAND_DARK, TEAL, "SMHN SUMMIT"),
    "webinar": ((1200, 630), (40, 30, 70), ACCENT, "SMHN WEBINAR"),
    "resource": ((1200, 675), (8, 60, 56), TEAL, "HEALTH CARE SOCIAL MEDIA LIST"),
    "social": ((1200, 630), BRAND_DARK, BRAND, ""),
    "avatar": ((400, 400), BRAND, TEAL, ""),
}
AVATAR_COLOURS = [BRAND, TEAL, (124, 58, 237), ACCENT, (21, 94, 117), (157, 23, 77)]
BOLD_FONTS = (
    "DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSans-Bold.ttf",
)


def seed_image(title, *, kind="post", lines=(), alt=None, collection=None):
    """The Wagtail image titled `title`, drawn and saved the first time it is asked for.

    `kind` is one of KINDS; `lines` are smaller lines of text under the title (dates,
    a city); `alt` is the image's alt text, by default the title the artwork shows.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown artwork kind {kind!r}; use one of {sorted(KINDS)}.")
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    png = _png(title, kind, tuple(lines))
    # The alt text is set here, always: the image model never falls back to the title.
    fields = {"title": title, "description": (alt or default_alt(title, kind))[:255]}
    if collection is not None:
        fields["collection"] = collection
    image = image_model(
        file=ImageFile(io.BytesIO(png), name=f"{slugify(title)[:80] or 'artwork'}.png"),
        **fields,
    )
    image.save()
    logger.info("Drew artwork %r", title)
    return image


@lru_cache(maxsize=128)  # the seed content has fewer; each is ~50 KB
def _png(title, kind, lines):
    """The artwork as optimized PNG bytes, drawn once per process.

    Drawing is deterministic and optimizing the PNG costs ~0.1 s of CPU per image, so
    a process that loads the seed content again (the tests do, dozens of times) reuses
    the bytes; a fresh process draws them anew.
    """
    buffer = io.BytesIO()
    draw(title, kind=kind, lines=lines).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def default_alt(title, kind):
    """Alt text for an artwork that shows its title as text."""
    if kind == "avatar":
        return f"Portrait placeholder with the initials of {title}"
    return title


def draw(title, *, kind="post", lines=()):
    """A Pillow image of the network's artwork for `title`."""
    if kind == "avatar":
        return _avatar(title)
    (width, height), background, glow, label = KINDS[kind]
    picture = _backdrop(width, height, background, glow, seed=title)
    canvas = ImageDraw.Draw(picture)
    margin = width // 15
    _mark(canvas, margin, margin, size=height // 9)
    y = margin + height // 9 + height // 14
    if label:
        canvas.text((margin, y), label, font=_font(height // 26), fill=TEAL_LIGHT)
        y += height // 14
    title_font = _font(height // 11 if kind != "social" else height // 9)
    for text_line in _wrap(canvas, title, title_font, width - 2 * margin)[:4]:
        canvas.text((margin, y), text_line, font=title_font, fill=WHITE)
        y += int(title_font.size * 1.22)
    small = _font(height // 20)
    y += height // 30
    for text_line in lines:
        canvas.text((margin, y), text_line, font=small, fill=(214, 228, 239))
        y += int(small.size * 1.45)
    canvas.text(
        (margin, height - margin // 2 - height // 26),
        "Social Media Health Network",
        font=_font(height // 28),
        fill=(190, 210, 226),
    )
    return picture


def _avatar(name):
    """A circle-friendly square with the initials of `name`."""
    size = KINDS["avatar"][0][0]
    colour = AVATAR_COLOURS[_number(name) % len(AVATAR_COLOURS)]
    picture = _backdrop(
        size, size, colour, TEAL_LIGHT, seed=name, strength=0.35, nodes=False
    )
    canvas = ImageDraw.Draw(picture)
    initials = "".join(word[0] for word in name.split() if word[:1].isalpha())[:2]
    font = _font(size * 2 // 5)
    box = canvas.textbbox((0, 0), initials.upper(), font=font)
    canvas.text(
        (
            (size - (box[2] - box[0])) / 2 - box[0],
            (size - (box[3] - box[1])) / 2 - box[1],
        ),
        initials.upper(),
        font=font,
        fill=WHITE,
    )
    return picture


def _backdrop(width, height, background, glow, *, seed, strength=0.75, nodes=True):
    """A dark field with a soft glow and a faint network of nodes, varied by `seed`."""
    picture = PILImage.new("RGB", (width, height), background)
    number = _number(seed)
    cx, cy = width * (0.65 + (number % 30) / 100), height * (0.1 + (number % 50) / 100)
    radius = max(width, height) * 0.9
    shade = PILImage.new("L", (width // 8, height // 8))
    shade.putdata(
        [
            int(
                255
                * strength
                * max(0.0, 1 - math.dist((x * 8, y * 8), (cx, cy)) / radius)
            )
            for y in range(height // 8)
            for x in range(width // 8)
        ]
    )
    colour = PILImage.new("RGB", (width, height), glow)
    picture.paste(colour, (0, 0), shade.resize((width, height), PILImage.BILINEAR))
    if not nodes:
        return picture
    canvas = ImageDraw.Draw(picture, "RGBA")
    points = [
        (
            width * (0.45 + ((number >> (i * 3)) % 50) / 100),
            height * (((number >> (i * 2 + 1)) % 90) / 100 + 0.05),
        )
        for i in range(7)
    ]
    for a, b in zip(points, points[1:], strict=False):
        canvas.line([a, b], fill=(255, 255, 255, 40), width=max(2, width // 400))
    for x, y in points:
        r = max(4, width // 120)
        canvas.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255, 70))
    return picture


def _mark(canvas, x, y, *, size):
    """The network's logo mark: a rounded square holding a cross of connected nodes."""
    canvas.rounded_rectangle([x, y, x + size, y + size], radius=size // 4, fill=BRAND)
    unit = size / 48
    line = max(2, round(3.2 * unit))

    def at(px, py):
        return (x + px * unit, y + py * unit)

    canvas.line([at(24, 11), at(24, 37)], fill=WHITE, width=line)
    canvas.line([at(11, 24), at(37, 24)], fill=WHITE, width=line)
    canvas.line([at(24, 24), at(35, 13)], fill=TEAL_LIGHT, width=line)
    for px, py, r, fill in [
        (24, 11, 4.2, WHITE),
        (24, 37, 4.2, WHITE),
        (11, 24, 4.2, WHITE),
        (37, 24, 4.2, WHITE),
        (24, 24, 5.2, WHITE),
        (35, 13, 4.2, TEAL_LIGHT),
    ]:
        cx, cy = at(px, py)
        canvas.ellipse(
            [cx - r * unit, cy - r * unit, cx + r * unit, cy + r * unit], fill=fill
        )


def _wrap(canvas, text, font, width):
    """Split `text` into lines no wider than `width` pixels."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and canvas.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


@cache
def _font(size):
    """A bold sans-serif at `size` pixels: DejaVu when installed, else Pillow's own font."""
    for name in BOLD_FONTS:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


def _number(text):
    """A stable number derived from `text`, to vary the artwork from one title to another."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
