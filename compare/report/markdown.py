"""A GitHub-flavoured Markdown report: verdict, files, counts, a table of changes.

Every piece of input text (labels, file names, snippets, reasons) goes through
:func:`escape_cell`: Markdown punctuation is backslash-escaped, ``<``, ``>`` and
``&`` become entities (so no HTML from an input ever reaches a renderer), and line
breaks are spelled out so a table row stays one line.
"""

from __future__ import annotations

import re

from ..findings import TranslationTally, tally
from ..grouping import reading_items
from ..model import CATEGORY_ORDER, Change, Comparison, Document, Group, Mode
from . import Presenter, ReportOptions, register
from ._common import (
    CATEGORY_MEANINGS,
    NEWLINE_NAMES,
    TOOL_NAME,
    TOOL_VERSION,
    LineIndex,
    chrome_phrase,
    counted_changes,
    encoding_phrase,
    file_name,
    line_phrase,
    shorten,
    size_phrase,
    verdict,
    visible,
)
from .facts import (
    TRANSLATION_CHANGES,
    comparison_similarity_phrase,
    fact_where,
    facts_counts_phrase,
    languages_phrase,
    listed_facts,
)

#: characters with a meaning inside a (GitHub-flavoured) Markdown line, escaped with a
#: backslash. No input text ever starts a line, so list and heading markers at a line
#: start (``-``, ``+``, ``1.``) need no escape.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")

#: characters HTML would interpret, written as entities (GFM renders them as text)
HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_cell(text: str, *, strict: bool = False) -> str:
    """Text safe in a Markdown paragraph or table cell, on one line."""
    shown = visible(text, strict=strict)
    shown = "".join(HTML_ENTITIES.get(char, char) for char in shown)
    return MARKDOWN_SPECIAL.sub(r"\\\1", shown)


#: stands in for a space at either end of a snippet (a table cell would drop it)
EDGE_SPACE = "\N{OPEN BOX}"


def _snippet(text: str, limit: int) -> str:
    if not text:
        return "*(nothing)*"
    cell = escape_cell(shorten(text, limit), strict=True)
    stripped = cell.strip(" ")
    lead = len(cell) - len(cell.lstrip(" "))
    trail = len(cell) - len(cell.rstrip(" ")) if stripped else 0
    return EDGE_SPACE * lead + stripped + EDGE_SPACE * trail


def _file_rows(original: Document, copy: Document) -> list[str]:
    def row(name: str, a: str, b: str) -> str:
        return f"| {name} | {a} | {b} |"

    rows = [
        "| | Original | Copy |",
        "|---|---|---|",
        row("Label", escape_cell(original.label), escape_cell(copy.label)),
        row("File", escape_cell(file_name(original)), escape_cell(file_name(copy))),
        row("Size", size_phrase(original.size), size_phrase(copy.size)),
        row("Encoding", escape_cell(encoding_phrase(original)), escape_cell(encoding_phrase(copy))),
        row(
            "Newlines",
            NEWLINE_NAMES.get(original.newline, "?"),
            NEWLINE_NAMES.get(copy.newline, "?"),
        ),
        row("SHA-256", f"`{original.sha256 or '-'}`", f"`{copy.sha256 or '-'}`"),
    ]
    if original.undecodable_bytes or copy.undecodable_bytes:
        rows.append(
            row("Undecodable bytes", str(original.undecodable_bytes), str(copy.undecodable_bytes))
        )
    if original.notes or copy.notes:
        rows.append(
            row(
                "Notes",
                "; ".join(escape_cell(n) for n in original.notes),
                "; ".join(escape_cell(n) for n in copy.notes),
            )
        )
    return rows


def render_markdown(comparison: Comparison, options: ReportOptions) -> str:
    original, copy = comparison.original, comparison.copy
    out = [
        f"# {TOOL_NAME} report: {escape_cell(copy.label)} vs {escape_cell(original.label)}",
        "",
        f"**{escape_cell(verdict(comparison, options.ignore))}** "
        f"\N{EM DASH} {escape_cell(comparison_similarity_phrase(comparison))}; "
        f"{escape_cell(chrome_phrase(comparison))}.",
        "",
        *(f"> **Note:** {escape_cell(note)}\n" for note in comparison.notes),
        *_file_rows(original, copy),
        *(["", f"Languages: {escape_cell(languages_phrase(comparison))}"] if languages_phrase(comparison) else []),
        "",
        "## Summary",
        "",
    ]
    translating = comparison.mode is Mode.TRANSLATION
    if translating:  # across languages the findings are counted, not the categories
        out += _findings_table(tally(comparison, options.ignore))
        out += _fact_rows(comparison)
    else:
        out += ["| Category | Count | Meaning |", "|---|---:|---|"]
        for category in CATEGORY_ORDER:
            ignored = " *(ignored)*" if category in options.ignore else ""
            out.append(
                f"| {category.value}{ignored} | {comparison.counts[category]} | "
                f"{escape_cell(CATEGORY_MEANINGS[category])} |"
            )
    listed = counted_changes(comparison, options.ignore)
    out += ["", f"## {TRANSLATION_CHANGES if translating else 'Changes'}", ""]
    if listed:
        limit = max(20, options.context * 2)
        original_lines = LineIndex(original.text)
        copy_lines = LineIndex(copy.text)
        out += [
            "| # | Category | Where | Original | Copy | Reason | Evidence |",
            "|---:|---|---|---|---|---|---|",
        ]
        for item in reading_items(comparison, options.ignore):
            if isinstance(item, Group):
                first = comparison.change_by_id(item.members[0])
                out.append(
                    f"| **G{item.id}** | {item.category.value} | "
                    f"{line_phrase(first, original_lines, copy_lines)} … | | | "
                    f"**{escape_cell(item.label)}**: {len(item)} changes below | "
                    f"{escape_cell(item.kind.value)} |"
                )
                members = [comparison.change_by_id(m) for m in item.members]
            else:
                members = [item]
            for change in members:
                out.append(_change_row(change, item, original_lines, copy_lines, limit))
    elif translating:
        out.append("Every paragraph has its counterpart in the translation.")
    else:
        out.append("No differences to list.")
    if not translating:
        out += _fact_rows(comparison)
    out += ["", f"*Made by {TOOL_NAME} {TOOL_VERSION}.*", ""]
    return "\n".join(out)


def _change_row(
    change: Change, item: Change | Group, original_lines: LineIndex, copy_lines: LineIndex, limit: int
) -> str:
    """One change's row; a group's member is marked ↳ under its group's row."""
    reason = escape_cell(change.reason)
    if change.pair is not None:
        reason += f" (paired with \\#{change.pair})"
    number = f"\N{DOWNWARDS ARROW WITH TIP RIGHTWARDS} {change.id}" if item is not change else str(change.id)
    return (
        f"| {number} | {change.category.value} | "
        f"{line_phrase(change, original_lines, copy_lines)} | "
        f"{_snippet(change.original.text, limit)} | {_snippet(change.copy.text, limit)} | "
        f"{reason} | {escape_cell(', '.join(change.evidence))} |"
    )


def _findings_table(t: TranslationTally) -> list[str]:
    """What a translation kept and lost, in numbers."""
    return [
        "| Finding | Count |",
        "|---|---:|",
        f"| facts changed | {t.facts_changed} |",
        f"| facts missing in the copy | {t.facts_missing} |",
        f"| facts added in the copy | {t.facts_added} |",
        f"| facts kept | {t.facts_kept} |",
        f"| paragraphs missing in the copy | {t.paragraphs_missing} |",
        f"| paragraphs added in the copy | {t.paragraphs_added} |",
        f"| site-chrome paragraphs | {t.chrome} |",
        f"| damaged character runs | {t.damaged} |",
    ]


def _fact_rows(comparison: Comparison) -> list[str]:
    if not comparison.facts:
        return []
    out = ["", "## Facts", "", f"{facts_counts_phrase(comparison)}.", ""]
    facts = listed_facts(comparison)
    if not facts:
        return out[:-1]
    original_lines = LineIndex(comparison.original.text)
    copy_lines = LineIndex(comparison.copy.text)
    out += ["| # | Kind | Status | Where | Original | Copy | Reason |", "|---:|---|---|---|---|---|---|"]
    for fact in facts:
        out.append(
            f"| F{fact.id} | {fact.kind.value} | {fact.status.value} | "
            f"{fact_where(fact, original_lines, copy_lines)} | "
            f"{_snippet(fact.original.text, 40) if fact.original else ''} | "
            f"{_snippet(fact.copy.text, 40) if fact.copy else ''} | {escape_cell(fact.reason)} |"
        )
    return out


PRESENTER = register(
    Presenter(
        name="markdown",
        suffix=".md",
        media_type="text/markdown; charset=utf-8",
        description="a GitHub-flavoured Markdown report with a table of changes",
        render=render_markdown,
    )
)
