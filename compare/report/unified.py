"""A ``diff -u``-like report: the two texts by lines, plus what each hunk is.

The line-level hunks are built from the comparison's own changes (not a second,
different diff): every change is widened to whole lines on both sides, and
changes that share a line go into one block. After each hunk, comment lines name
its classified changes::

    @@ -7 +9,3 @@
    -“We don’t need it ...
    +“We don̵
    +
    +7;t need it ...
    # [corruption] #4 line 7 (copy line 9): ...reason...

Identical texts give an empty report, as ``diff -u`` does. Hunks whose changes are
all in ignored categories are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Change, Comparison, Mode
from . import Presenter, ReportOptions, register
from ._common import LineIndex, line_phrase, visible

#: lines of unchanged context around each hunk, as ``diff -u``
CONTEXT_LINES = 3

NO_NEWLINE = "\\ No newline at end of file"


@dataclass(frozen=True, slots=True)
class Block:
    """Whole lines ``[a_first, a_last)`` of the original became ``[b_first, b_last)`` of the copy."""

    a_first: int
    a_last: int
    b_first: int
    b_last: int
    changes: tuple[Change, ...]


def split_lines(text: str) -> list[str]:
    """Lines with their ``\\n``; the last one may lack it. Only ``\\n`` breaks a line."""
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


def _at_line_start(text: str, offset: int) -> bool:
    return offset == 0 or text[offset - 1] == "\n"


def blocks(comparison: Comparison) -> list[Block]:
    """Group the changes into line-aligned blocks, in order."""
    a, b = comparison.original.text, comparison.copy.text
    a_index, b_index = LineIndex(a), LineIndex(b)
    a_count, b_count = len(split_lines(a)), len(split_lines(b))

    def line_a(offset: int) -> int:
        return a_count if offset >= len(a) else a_index.line_of(offset) - 1

    def line_b(offset: int) -> int:
        return b_count if offset >= len(b) else b_index.line_of(offset) - 1

    changes = comparison.changes
    result: list[Block] = []
    i = 0
    while i < len(changes):
        first = changes[i]
        # the equal text before a change is the same on both sides: widen both alike
        a0 = a.rfind("\n", 0, first.original.start) + 1
        b0 = first.copy.start - (first.original.start - a0)
        members = [first]
        i += 1
        while True:
            last = members[-1]
            a_end, b_end = last.original.end, last.copy.end
            if _at_line_start(a, a_end) and _at_line_start(b, b_end):
                a1, b1 = a_end, b_end
                break
            equal_end = changes[i].original.start if i < len(changes) else len(a)
            newline = a.find("\n", a_end, equal_end)
            if newline != -1:
                a1 = newline + 1
                b1 = b_end + (a1 - a_end)
                break
            if i < len(changes):  # the next change is on the same line: same block
                members.append(changes[i])
                i += 1
                continue
            a1, b1 = len(a), len(b)
            break
        result.append(Block(line_a(a0), line_a(a1), line_b(b0), line_b(b1), tuple(members)))
    return result


def _range(first: int, count: int) -> str:
    """``diff -u`` hunk range: 1-based start, count omitted when it is 1."""
    start = first + 1 if count else first
    return str(start) if count == 1 else f"{start},{count}"


def _emit(prefix: str, line: str, out: list[str]) -> None:
    if line.endswith("\n"):
        out.append(prefix + line[:-1])
    else:
        out.append(prefix + line)
        out.append(NO_NEWLINE)


def _render_translation(comparison: Comparison, options: ReportOptions) -> str:
    """Translation mode: no line of one language equals a line of the other, so no
    context lines; one hunk per change (a paragraph missing or added, damage), each
    with its reason, then the facts that did not survive as comments."""
    a_index = LineIndex(comparison.original.text)
    b_index = LineIndex(comparison.copy.text)
    shown = [c for c in comparison.changes if c.category not in options.ignore]
    drifted = comparison.drifted_facts
    if not shown and not drifted:
        return ""
    out = [
        f"--- {visible(comparison.original.label, strict=False)}",
        f"+++ {visible(comparison.copy.label, strict=False)}",
        f"# translation mode ({comparison.languages[0]} \N{RIGHTWARDS ARROW} "
        f"{comparison.languages[1]}): paragraphs aligned, not diffed",
    ]
    for change in shown:
        a_first = a_index.line_of(change.original.start) - 1
        b_first = b_index.line_of(change.copy.start) - 1
        a_lines = split_lines(change.original.text) if change.original.text else []
        b_lines = split_lines(change.copy.text) if change.copy.text else []
        out.append(f"@@ -{_range(a_first, len(a_lines))} +{_range(b_first, len(b_lines))} @@")
        # a paragraph's span ends before its line break: no "no newline" marker
        out.extend("-" + line.rstrip("\n") for line in a_lines)
        out.extend("+" + line.rstrip("\n") for line in b_lines)
        out.append(
            f"# [{change.category.value}] #{change.id} "
            f"{line_phrase(change, a_index, b_index)}: {visible(change.reason, strict=False)}"
        )
    for fact in drifted:
        out.append(f"# [fact] F{fact.id}: {visible(fact.reason, strict=False)}")
    return "\n".join(out) + "\n"


def render_unified(comparison: Comparison, options: ReportOptions) -> str:
    if comparison.mode is Mode.TRANSLATION:
        return _render_translation(comparison, options)
    a_lines = split_lines(comparison.original.text)
    b_lines = split_lines(comparison.copy.text)
    a_index = LineIndex(comparison.original.text)
    b_index = LineIndex(comparison.copy.text)
    shown = [
        block
        for block in blocks(comparison)
        if any(change.category not in options.ignore for change in block.changes)
    ]
    if not shown:
        return ""
    out = [
        f"--- {visible(comparison.original.label, strict=False)}",
        f"+++ {visible(comparison.copy.label, strict=False)}",
    ]
    # hunks: blocks whose unchanged gap is short share one hunk, as in diff -u
    groups: list[list[Block]] = [[shown[0]]]
    for block in shown[1:]:
        if block.a_first - groups[-1][-1].a_last <= 2 * CONTEXT_LINES:
            groups[-1].append(block)
        else:
            groups.append([block])
    for group in groups:
        head, tail = group[0], group[-1]
        before = min(CONTEXT_LINES, head.a_first)
        after = min(CONTEXT_LINES, len(a_lines) - tail.a_last, len(b_lines) - tail.b_last)
        a_start, b_start = head.a_first - before, head.b_first - before
        a_len = tail.a_last + after - a_start
        b_len = tail.b_last + after - b_start
        out.append(f"@@ -{_range(a_start, a_len)} +{_range(b_start, b_len)} @@")
        for line in a_lines[a_start : head.a_first]:
            _emit(" ", line, out)
        for k, block in enumerate(group):
            for line in a_lines[block.a_first : block.a_last]:
                _emit("-", line, out)
            for line in b_lines[block.b_first : block.b_last]:
                _emit("+", line, out)
            stop = group[k + 1].a_first if k + 1 < len(group) else block.a_last + after
            for line in a_lines[block.a_last : stop]:
                _emit(" ", line, out)
        for block in group:
            for change in block.changes:
                if change.category in options.ignore:
                    continue
                reason = visible(change.reason, strict=False)
                pair = f" (paired with #{change.pair})" if change.pair is not None else ""
                out.append(
                    f"# [{change.category.value}] #{change.id} "
                    f"{line_phrase(change, a_index, b_index)}: {reason}{pair}"
                )
    return "\n".join(out) + "\n"


PRESENTER = register(
    Presenter(
        name="unified",
        suffix=".diff",
        media_type="text/x-diff; charset=utf-8",
        description="a diff -u style line diff with each hunk's classified changes as # comments",
        render=render_unified,
    )
)
