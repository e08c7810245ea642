"""The HTTP benchmark: cold and warm figures per URL against the static reference."""

import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from benchmarks import server, wrk

RESULTS = Path(__file__).with_name("results")
LISTING = "/api/v2/pages/?type=blog.BlogPage&fields=*&limit=20"


def urls_of(port):
    """The URLs measured, found through the site's own API."""
    newest = server.get_json(port, "/api/v2/pages/?type=blog.BlogPage&limit=1")
    post = newest["items"][0]
    post_path = "/" + post["meta"]["html_url"].split("/", 3)[3]
    directory = page_path(port, "resources.DirectoryPage")
    events = page_path(port, "events.EventIndexPage")
    return {
        "home": "/",
        "blog index": "/blog/",
        "post": post_path,
        "tag archive": "/blog/tags/hipaa/",
        "search": "/search/?q=patients+privacy",
        "RSS feed": "/blog/feed/",
        "v2 listing": LISTING,
        "v2 detail": f"/api/v2/pages/{post['id']}/",
        "v3 detail": f"/api/v3/pages/{post['id']}/",
        "directory 2 filt": f"{directory}?kind=hospital&network=facebook",
        "events listing": events,
        "calendar": f"{events}calendar.ics",
    }


def page_path(port, page_type):
    """The path of the first live page of a type (the seed content has one of each)."""
    found = server.get_json(port, f"/api/v2/pages/?type={page_type}&limit=1")
    return "/" + found["items"][0]["meta"]["html_url"].split("/", 3)[3]


def static_reference(env):
    """The site's stylesheet as collected (hashed name): the static reference."""
    manifest = Path(env["VAR_DIR"]) / "static" / "staticfiles.json"
    paths = json.loads(manifest.read_text())["paths"]
    css = sorted(name for name in paths if name.endswith(".css"))
    return "/static/" + paths[css[0]]


def query_counts(env, urls):
    result = subprocess.run(  # noqa: S603 (this interpreter and our own module)
        [sys.executable, "-m", "benchmarks.queries", *urls],
        cwd=server.BASE_DIR,
        env={**env, "RESPONSE_CACHE": "false"},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_mode(env, port, urls, seconds):
    """Figures of every URL and of the static reference, one server run.

    The static reference is measured again just before each URL and the URL's ratio is
    taken to that neighbour, so a shared machine's changing load moves both alike; the
    reference row shows the first and the ratios' denominators average.
    """
    rows, neighbours = {}, []
    reference = static_reference(env)
    with server.gunicorn(env, port) as process:
        rows["static reference"] = measure(process, port, reference, seconds)
        for name, path in urls.items():
            static = measure(process, port, reference, seconds)
            neighbours.append(static["rps"])
            rows[name] = figures = measure(process, port, path, seconds)
            figures["ratio"] = figures["rps"] / static["rps"]
            figures["static_rps"] = static["rps"]
            print(
                f"  {name:<17} {figures['rps']:8.0f} req/s "
                f"(static {static['rps']:.0f}: {figures['ratio']:.0%})",
                file=sys.stderr,
            )
    rows["static reference"]["ratio"] = 1.0
    rows["static reference"]["neighbour_rps_mean"] = sum(neighbours) / max(
        1, len(neighbours)
    )
    return rows


def measure(process, port, path, seconds):
    """wrk's figures for one path, with the workers' CPU milliseconds per request."""
    for _ in range(3):  # prime: renditions, caches, connections
        status, _, _ = server.get(port, path, **{"Accept-Encoding": "br"})
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    before = server.worker_cpu_seconds(process)
    figures = wrk.measure(f"http://127.0.0.1:{port}{path}", seconds)
    cpu = server.worker_cpu_seconds(process) - before
    figures["cpu_ms"] = 1000 * cpu / max(1, figures["requests"])
    figures["path"] = path
    return figures


def run(
    posts_sizes, *, seconds, port, var_root, database_url="", redis_url="", skip=()
):
    """Measure every size cold and warm; the results as one dict."""
    results = {
        "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "seconds_per_url": seconds,
        "database": database_url.split("://")[0] if database_url else "sqlite",
        "cache": "redis" if redis_url else "disk",
        "sizes": {},
    }
    for posts in posts_sizes:
        var_dir = Path(var_root) / f"posts-{posts}"
        var_dir.mkdir(parents=True, exist_ok=True)
        db = database_url.replace("{posts}", str(posts))
        env = server.production_env(var_dir, port, database_url=db, redis_url=redis_url)
        print(f"Preparing {posts} posts in {var_dir}", file=sys.stderr)
        server.prepare(env, posts)
        with server.gunicorn(env, port, workers=1):
            urls = {
                name: url for name, url in urls_of(port).items() if name not in skip
            }
        size = {"queries": query_counts(env, list(urls.values()))}
        for mode, cache in (("cold", False), ("warm", True)):
            print(f"{posts} posts, {mode}:", file=sys.stderr)
            mode_env = server.production_env(
                var_dir, port, database_url=db, redis_url=redis_url, cache=cache
            )
            size[mode] = measure_mode(mode_env, port, urls, seconds)
        results["sizes"][str(posts)] = size
    return results


def machine():
    cpus = subprocess.run(["nproc"], capture_output=True, text=True, check=False)  # noqa: S607
    return {
        "cpus": cpus.stdout.strip(),
        "load_average_at_start": os.getloadavg(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def table(results):
    """The results as a plain-text table."""
    lines = [
        f"{results['when']}  {results['machine']['cpus']} CPUs  "
        f"database={results['database']} cache={results['cache']}  "
        f"{results['seconds_per_url']} s per URL, 1 client",
        f"{'posts':>6} {'mode':<5} {'url':<17} {'req/s':>8} {'p50 ms':>8} "
        f"{'p95 ms':>8} {'p99 ms':>8} {'static':>7} {'queries':>8} {'cpu ms':>7}",
    ]
    for posts, size in results["sizes"].items():
        for mode in ("cold", "warm"):
            for name, row in size[mode].items():
                queries = size["queries"].get(row["path"], "")
                lines.append(
                    f"{posts:>6} {mode:<5} {name:<17} {row['rps']:8.0f} "
                    f"{row['p50_ms']:8.2f} {row['p95_ms']:8.2f} {row['p99_ms']:8.2f} "
                    f"{row['ratio']:6.0%} {queries!s:>8} {row['cpu_ms']:7.2f}"
                )
    return "\n".join(lines)


def save(results):
    RESULTS.mkdir(exist_ok=True)
    stamp = results["when"].replace(":", "").replace("+0000", "Z")
    path = RESULTS / f"bench-{stamp}.json"
    path.write_text(json.dumps(results, indent=2))
    return path
