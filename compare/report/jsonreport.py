"""The ``mirrordiff/1`` JSON report: the stable, machine-readable contract.

DESIGN.md ("JSON report") is the specification and
``resources/schema/mirrordiff-1.schema.json`` the schema every output validates
against. Keys are written in a fixed order. Fields beyond DESIGN.md's example
(``size``, ``declared_encoding``, ``notes`` on documents; ``details`` on changes;
``ignored`` in the summary; ``groups``, DESIGN.md's addition) are declared in the schema,
as are the translation-mode additions (``summary.mode``, ``summary.languages``,
``summary.mode_reason``, ``alignment``, ``facts``), which a reader of the original
fields never needs.

``--ignore`` does not remove anything from this report: the JSON is the full
record. The ignored categories are listed in ``summary.ignored`` so a consumer can
apply the same filter.
"""

from __future__ import annotations

from typing import Any

from ..model import (
    CATEGORY_ORDER,
    AlignedPair,
    Change,
    Comparison,
    Document,
    Fact,
    Group,
    Mode,
    Span,
)
from . import Presenter, ReportOptions, register
from ._common import TOOL_NAME, TOOL_VERSION

SCHEMA_ID = "mirrordiff/1"


def _span(span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def document_dict(document: Document) -> dict[str, Any]:
    return {
        "label": document.label,
        "path": document.path,
        "sha256": document.sha256,
        "size": document.size,
        "format": document.format.value,
        "encoding": document.encoding,
        "encoding_method": document.encoding_method.value,
        "confidence": document.confidence,
        "alternatives": [
            {"encoding": alt.encoding, "confidence": alt.confidence}
            for alt in document.alternatives
        ],
        "bom": document.bom,
        "newline": document.newline,
        "undecodable_bytes": document.undecodable_bytes,
        "declared_encoding": document.declared_encoding,
        "notes": list(document.notes),
        "text": document.text,
    }


def change_dict(change: Change) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": change.id,
        "category": change.category.value,
        "op": change.op.value,
        "original": _span(change.original),
        "copy": _span(change.copy),
        "reason": change.reason,
        "evidence": list(change.evidence),
    }
    if change.pair is not None:
        record["pair"] = change.pair
    if change.details:
        record["details"] = [
            {"original": _span(detail.original), "copy": _span(detail.copy)}
            for detail in change.details
        ]
    return record


def group_dict(group: Group) -> dict[str, Any]:
    return {
        "id": group.id,
        "kind": group.kind.value,
        "category": group.category.value,
        "label": group.label,
        "members": list(group.members),
    }


def _range(span: Span | None) -> dict[str, int] | None:
    return None if span is None else {"start": span.start, "end": span.end}


def aligned_pair_dict(pair: AlignedPair) -> dict[str, Any]:
    return {"original": _range(pair.original), "copy": _range(pair.copy), "confidence": pair.confidence}


def fact_dict(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "kind": fact.kind.value,
        "status": fact.status.value,
        "original": None if fact.original is None else _span(fact.original),
        "copy": None if fact.copy is None else _span(fact.copy),
        "value": {"original": fact.value_original, "copy": fact.value_copy},
        "reason": fact.reason,
    }


def comparison_dict(comparison: Comparison, options: ReportOptions | None = None) -> dict[str, Any]:
    """The report as plain JSON-ready data, keys in their published order."""
    options = options or ReportOptions()
    summary: dict[str, Any] = {
        "similarity": comparison.similarity,
        "counts": {category.value: comparison.counts[category] for category in CATEGORY_ORDER},
        "chrome": {"characters": comparison.chrome_chars, "share": comparison.chrome_share},
    }
    if comparison.notes:
        summary["notes"] = list(comparison.notes)
    if options.ignore:
        summary["ignored"] = [c.value for c in CATEGORY_ORDER if c in options.ignore]
    if comparison.languages != ("", ""):
        summary["mode"] = comparison.mode.value
        summary["languages"] = {"original": comparison.languages[0], "copy": comparison.languages[1]}
        summary["mode_reason"] = comparison.mode_reason
    report: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "tool": {"name": TOOL_NAME, "version": TOOL_VERSION},
        "original": document_dict(comparison.original),
        "copy": document_dict(comparison.copy),
        "summary": summary,
        "changes": [change_dict(change) for change in comparison.changes],
        "groups": [group_dict(group) for group in comparison.groups],
    }
    if comparison.mode is Mode.TRANSLATION:
        report["alignment"] = [aligned_pair_dict(pair) for pair in comparison.alignment]
    if comparison.languages != ("", ""):
        report["facts"] = [fact_dict(fact) for fact in comparison.facts]
    return report


def render_json(comparison: Comparison, options: ReportOptions) -> str:
    import json  # with the first JSON report, not with every presenter (5 ms)

    return json.dumps(comparison_dict(comparison, options), ensure_ascii=False, indent=2) + "\n"


#: a document's text is escaped and encoded this many characters at a time
TEXT_SLICE_CHARS = 1 << 20


def render_json_bytes(comparison: Comparison, options: ReportOptions) -> bytes:
    """The same report as :func:`render_json`, as UTF-8, built piece by piece.

    ``json.dumps`` holds every piece of the report, then the whole report as one
    string (two bytes a character once any character is past Latin-1), then its
    UTF-8: for a 60 MB pair about four times the report on top of the comparison.
    Here each piece is encoded as it comes into one growing buffer, and the two
    documents' texts, most of the report, are escaped a slice at a time. The
    buffer is returned as it is (a ``bytearray``: copying it into ``bytes`` would
    hold the report twice).
    """
    import json  # with the first JSON report, not with every presenter (5 ms)
    import secrets

    report = comparison_dict(comparison, options)
    nonce = secrets.token_hex(16)  # a stand-in no text can hold by chance
    texts: dict[str, str] = {}
    for side in ("original", "copy"):
        stand_in = f"mirrordiff-text-{side}-{nonce}"
        texts[json.dumps(stand_in)] = report[side]["text"]
        report[side]["text"] = stand_in
    out = bytearray()
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(report):
        text = texts.get(piece)
        if text is None:
            out += piece.encode("utf-8")
            continue
        out += b'"'
        for start in range(0, len(text), TEXT_SLICE_CHARS):
            escaped = json.dumps(text[start : start + TEXT_SLICE_CHARS], ensure_ascii=False)
            out += escaped[1:-1].encode("utf-8")
        out += b'"'
    out += b"\n"
    return out  # type: ignore[return-value]  # bytes-like, written as it is


PRESENTER = register(
    Presenter(
        name="json",
        suffix=".json",
        media_type="application/json",
        description="the mirrordiff/1 JSON report (machine-readable, validates against the published schema)",
        render=render_json,
        render_bytes=render_json_bytes,
    )
)
