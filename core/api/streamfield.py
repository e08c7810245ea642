"""Typed StreamField in the v3 OpenAPI document, generated from the block definitions.

Wagtail types every StreamField as a list of anything. `stream_field_schema` walks a
StreamBlock's children instead: each block is a `oneOf` member with its `type` as the
discriminator and its value's schema. Wagtail's own blocks are mapped by class
(StructBlock to an object, ListBlock to an array, choosers to ids, rich text to HTML);
a block whose `get_api_representation` is the project's own describes its output with
an `api_schema(schema_of)` method next to it, so the schema and the representation
change together. A custom representation without `api_schema` is documented as any
value rather than guessed.

`register()` hands the field schema to Wagtail's read generator; it must run before
the v3 API is imported (CoreConfig.ready(), core listed before the wagtail apps).
"""

from typing import Annotated, Any

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from pydantic import WithJsonSchema

from core.blocks.api import HTML, nullable

ANY = {}


def _own_representation(block):
    """True when the block's API representation is not one of Wagtail's own."""
    method = type(block).get_api_representation
    return not method.__module__.startswith("wagtail.")


def schema_of(block):
    """The JSON schema of `block.get_api_representation(...)`."""
    if hasattr(block, "api_schema"):
        return block.api_schema(schema_of)
    if _own_representation(block):
        return ANY
    if isinstance(block, blocks.StreamBlock):
        return stream_block_schema(block)
    if isinstance(block, blocks.ListBlock):
        return {"type": "array", "items": schema_of(block.child_block)}
    if isinstance(block, TypedTableBlock):
        return ANY
    if isinstance(block, blocks.StructBlock):
        return {
            "type": "object",
            "properties": {
                name: schema_of(child) for name, child in block.child_blocks.items()
            },
            "required": list(block.child_blocks),
        }
    return _leaf_schema(block)


def _leaf_schema(block):
    required = getattr(block, "required", True)
    if isinstance(block, blocks.RichTextBlock):
        return HTML
    if isinstance(block, blocks.ChooserBlock):
        schema = {"type": "integer", "description": "The chosen object's id."}
        return schema if required else nullable(schema)
    if isinstance(block, blocks.BooleanBlock):
        return {"type": "boolean"}
    if isinstance(block, blocks.IntegerBlock):
        schema = {"type": "integer"}
    elif isinstance(block, blocks.FloatBlock):
        schema = {"type": "number"}
    elif isinstance(block, blocks.DecimalBlock):
        schema = {"type": ["number", "string"]}
    elif isinstance(block, blocks.DateBlock):
        schema = {"type": "string", "format": "date"}
    elif isinstance(block, blocks.DateTimeBlock):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(block, blocks.MultipleChoiceBlock):
        schema = {"type": "array", "items": {"type": "string"}}
    elif isinstance(block, blocks.FieldBlock):
        schema = {"type": "string"}
    else:
        return ANY
    return schema if required else nullable(schema)


def stream_block_schema(stream_block):
    """A StreamBlock's value: a list of blocks, each a member of a `oneOf` by `type`."""
    members = [
        {
            "type": "object",
            "title": f"{name} block",
            "properties": {
                "type": {"const": name},
                "value": schema_of(child),
                "id": {"type": "string"},
            },
            "required": ["type", "value", "id"],
        }
        for name, child in stream_block.child_blocks.items()
    ]
    return {
        "type": "array",
        "items": {"oneOf": members, "discriminator": {"propertyName": "type"}},
    }


def typed_stream_field(generator, field):
    """Wagtail read-generator field schema: the StreamField typed from its blocks."""
    field_name = field.name
    schema = {
        **stream_block_schema(field.stream_block),
        "description": f"The blocks of `{field_name}`, in order.",
    }

    def resolve(obj, context):
        value = getattr(obj, field_name)
        return value.stream_block.get_api_representation(value, context)

    annotation = Annotated[list[dict[str, Any]], WithJsonSchema(schema)]
    return annotation, [], staticmethod(resolve)


def register():
    """Type every StreamField of the v3 read schemas from its blocks."""
    from wagtail.api.v3.schemas.generators.read import read_generator
    from wagtail.fields import StreamField

    read_generator.register_field_schema(StreamField, typed_stream_field)
