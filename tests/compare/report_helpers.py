"""Helpers shared by the report tests: real comparisons of small texts, the schema."""

from __future__ import annotations

import json
from functools import cache

import compare
from compare import Comparison


def compared(
    original: str, copy: str, *, original_label: str = "original.txt", copy_label: str = "copy.txt"
) -> Comparison:
    """A real comparison (loader + engine) of two texts."""
    return compare.compare(
        compare.load_text(original, label=original_label),
        compare.load_text(copy, label=copy_label),
    )


@cache
def schema() -> dict:
    path = compare.resource_path("schema", "mirrordiff-1.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))


def validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


#: the hostile strings every HTML/Markdown test feeds in as text, labels and names
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
