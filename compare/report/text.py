"""A plain-text report a person reads in a terminal or an e-mail.

A header (both files, encodings, verdict, counts), then one entry per change or
group (a group's members listed under it, one line each)::

    #4 corruption  line 9 (copy line 11)  "don’t" → "don̵⟨U+0335⟩⏎⏎7;t"
        reason: ...
        evidence: ...
        context: ...we [don’t] need it... / ...we [don̵⟨U+0335⟩⏎⏎7;t] need it...

Invisible and control characters are spelled out; every snippet is on one line.
"""

from __future__ import annotations

from ..findings import tally, tally_phrase
from ..grouping import reading_items
from ..model import CATEGORY_ORDER, Change, Comparison, Document, Group, Mode
from . import Presenter, ReportOptions, register
from ._common import (
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

#: width of the category column in change lines
_CATEGORY_WIDTH = max(len(c.value) for c in CATEGORY_ORDER)


def quoted(text: str, limit: int) -> str:
    """A snippet in double quotes, on one line, invisible characters spelled out."""
    return '"' + shorten(visible(text), limit) + '"'


def context_snippet(text: str, start: int, end: int, width: int) -> str:
    """``…before[changed]after…`` on one line, the context kept inside the paragraph."""
    before_start = max(0, start - width)
    paragraph_start = text.rfind("\n", 0, start) + 1
    before_start = max(before_start, paragraph_start)
    after_end = min(len(text), end + width)
    paragraph_end = text.find("\n", end)
    if paragraph_end != -1:
        after_end = min(after_end, paragraph_end)
    lead = "\N{HORIZONTAL ELLIPSIS}" if before_start > paragraph_start else ""
    trail = (
        "\N{HORIZONTAL ELLIPSIS}"
        if after_end < (paragraph_end if paragraph_end != -1 else len(text))
        else ""
    )
    middle = shorten(visible(text[start:end]), width * 2)
    return (
        f"{lead}{visible(text[before_start:start], strict=False)}"
        f"[{middle}]"
        f"{visible(text[end:after_end], strict=False)}{trail}"
    )


def _document_lines(title: str, document: Document) -> list[str]:
    pad = " " * 10
    lines = [
        f"{title + ':':<10}{visible(document.label, strict=False)}",
        f"{pad}file      {visible(file_name(document), strict=False)}",
        f"{pad}size      {size_phrase(document.size)}",
        f"{pad}encoding  {encoding_phrase(document)}",
        f"{pad}newlines  {NEWLINE_NAMES.get(document.newline, document.newline)}",
        f"{pad}sha256    {document.sha256 or '-'}",
    ]
    if document.undecodable_bytes:
        lines.append(f"{pad}undecodable bytes  {document.undecodable_bytes}")
    lines.extend(f"{pad}note      {visible(note, strict=False)}" for note in document.notes)
    return lines


def change_lines(
    change: Change,
    comparison: Comparison,
    original_lines: LineIndex,
    copy_lines: LineIndex,
    context: int,
) -> list[str]:
    where = line_phrase(change, original_lines, copy_lines)
    limit = max(20, context * 2)
    head = (
        f"#{change.id} {change.category.value:<{_CATEGORY_WIDTH}}  {where}  "
        f"{quoted(change.original.text, limit)} \N{RIGHTWARDS ARROW} {quoted(change.copy.text, limit)}"
    )
    lines = [head, f"    reason: {visible(change.reason, strict=False)}"]
    if change.pair is not None:
        lines.append(f"    paired with #{change.pair}")
    if change.evidence:
        lines.append(
            f"    evidence: {', '.join(visible(e, strict=False) for e in change.evidence)}"
        )
    if context > 0:
        a = comparison.original.text
        b = comparison.copy.text
        lines.append(
            "    original: "
            + context_snippet(a, change.original.start, change.original.end, context)
        )
        lines.append(
            "    copy:     " + context_snippet(b, change.copy.start, change.copy.end, context)
        )
    return lines


def group_lines(
    group: Group, comparison: Comparison, original_lines: LineIndex, copy_lines: LineIndex
) -> list[str]:
    """A group as one entry, its members below it on one line each (their own reason
    when it says more than the group's label)."""
    lines = [
        f"G{group.id} {group.category.value:<{_CATEGORY_WIDTH}}  {len(group)} changes  "
        f"{visible(group.label, strict=False)}",
        f"    pattern: {group.kind.value}",
    ]
    for member in group.members:
        change = comparison.change_by_id(member)
        where = line_phrase(change, original_lines, copy_lines)
        line = (
            f"    #{change.id} {where}  {quoted(change.original.text, 30)} "
            f"\N{RIGHTWARDS ARROW} {quoted(change.copy.text, 30)}"
        )
        if not group.label.startswith(change.reason):
            line += f"  ({visible(change.reason, strict=False)})"
        lines.append(line)
    return lines


def render_text(comparison: Comparison, options: ReportOptions) -> str:
    translating = comparison.mode is Mode.TRANSLATION
    out = [
        f"{TOOL_NAME} {TOOL_VERSION} comparison report",
        "",
        *_document_lines("Original", comparison.original),
        *_document_lines("Copy", comparison.copy),
        "",
        f"Verdict: {verdict(comparison, options.ignore)}",
        f"Similarity: {comparison_similarity_phrase(comparison)}",
        f"Chrome: {chrome_phrase(comparison)}",
        *(f"Note: {visible(note, strict=False)}" for note in comparison.notes),
        # across languages the categories say little: the findings are counted instead
        f"Findings: {tally_phrase(tally(comparison, options.ignore))}"
        if translating
        else "Counts: "
        + ", ".join(
            f"{c.value} {comparison.counts[c]}{' (ignored)' if c in options.ignore else ''}"
            for c in CATEGORY_ORDER
        ),
    ]
    languages = languages_phrase(comparison)
    if languages:
        out.append(f"Languages: {languages}")
    if translating:  # the facts are the main finding: first
        out += _fact_lines(comparison)
    listed = counted_changes(comparison, options.ignore)
    if listed:
        items = reading_items(comparison, options.ignore)
        groups = sum(isinstance(item, Group) for item in items)
        heading = (TRANSLATION_CHANGES if translating else "Changes") + f" ({len(listed)}" + (
            f", read as {len(items)} items: {groups} group{'' if groups == 1 else 's'}):"
            if groups
            else "):"
        )
        out += ["", heading, ""]
        original_lines = LineIndex(comparison.original.text)
        copy_lines = LineIndex(comparison.copy.text)
        for item in items:
            if isinstance(item, Group):
                out += group_lines(item, comparison, original_lines, copy_lines)
            else:
                out += change_lines(item, comparison, original_lines, copy_lines, options.context)
            out.append("")
    elif translating:
        out += ["", "Every paragraph has its counterpart in the translation."]
    else:
        out.append("")
    if not translating:
        out += _fact_lines(comparison)
    return "\n".join(out).rstrip("\n") + "\n"


def _fact_lines(comparison: Comparison) -> list[str]:
    """The facts section: counts, then each changed, missing or added fact."""
    if not comparison.facts:
        return []
    facts = listed_facts(comparison)
    out = ["", f"Facts ({facts_counts_phrase(comparison)}):", ""]
    original_lines = LineIndex(comparison.original.text)
    copy_lines = LineIndex(comparison.copy.text)
    for fact in facts:
        out.append(
            f"F{fact.id} {fact.kind.value:<7} {fact.status.value:<7}  "
            f"{fact_where(fact, original_lines, copy_lines)}  {visible(fact.reason, strict=False)}"
        )
    return out


PRESENTER = register(
    Presenter(
        name="text",
        suffix=".txt",
        media_type="text/plain; charset=utf-8",
        description="a plain-text report: files, verdict, counts, then every change with its reason",
        render=render_text,
    )
)
