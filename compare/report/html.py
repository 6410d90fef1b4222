"""One self-contained HTML page for a news editor.

The first screen is the verdict, one line of legend chips and the texts side by side
(one table row per paragraph, so rows stay level and print well); then the list of
changes with reason, evidence and snippets, a group (one pattern) as one entry that
opens to its members; the files' details (encodings, SHA-256) fold at the end.

* Self-contained: inline CSS, no scripts, no external resources, no web fonts.
* Every piece of input text (texts, labels, file names, reasons) goes through
  :func:`esc` (``html.escape`` with ``quote=True``); nothing from an input is
  ever markup.
* Each category looks as in the window: colours and cues come from the shared
  table :data:`compare.report.style.CATEGORY_LOOKS` (Okabe–Ito colours; hatching,
  wavy/dotted/dashed underline or a plain highlighter, plus a letter on the
  numbered marker, so nothing relies on colour alone); ``@media print`` keeps
  the shapes.
* Invisible characters inside a change are spelled out as small badges
  (``⟨U+200B ZWSP⟩``); control characters are spelled out everywhere.
* Categories in ``ReportOptions.ignore`` are shown dimmed and left out of the
  verdict and counts.

``render_html(..., qt=True)`` writes the same page for Qt's rich-text engine
(used for PDF), which understands only a subset of CSS: there the page gives the
categories' tints, and ``ui.pdf`` adds the underline and hatching cues from the
same table to the laid-out document.
"""

from __future__ import annotations

import functools
import html as _html
import re

from ..findings import tally, tally_phrase
from ..grouping import reading_items
from ..model import (
    CATEGORY_ORDER,
    Category,
    Change,
    Comparison,
    Detail,
    Document,
    Group,
    Mode,
    Op,
    Span,
)
from . import Presenter, ReportOptions, register
from ._common import (
    CATEGORY_MEANINGS,
    NEWLINE_NAMES,
    TOOL_NAME,
    TOOL_VERSION,
    LineIndex,
    chrome_phrase,
    count_phrase,
    encoding_phrase,
    file_name,
    has_special,
    line_phrase,
    shorten,
    size_phrase,
    verdict,
    visible_pieces,
)
from .facts import TRANSLATION_CHANGES, comparison_similarity_phrase, languages_phrase
from .style import CATEGORY_LETTERS, CATEGORY_LOOKS, Cue

#: categories where the changed characters are the point (elsewhere whole words are)
DETAIL_CATEGORIES = frozenset({Category.CORRUPTION, Category.TYPOGRAPHY})
#: character detail inside a change is shown only when it is this few pieces ...
DETAIL_MAX_PIECES = 3
#: ... covering at most this share of the change on either side
DETAIL_MAX_SHARE = 0.6

#: snippets in the change list are cut to this many characters
SNIPPET_CHARS = 240


def _category_css(category: Category) -> str:
    """The screen CSS of a category, from the shared table (light theme)."""
    look = CATEGORY_LOOKS[category]
    accent, tint, strong = look.light.accent, look.light.tint, look.light.strong
    name = f".c-{category.value}"
    rules = [f"{name}{{background:{tint}}}", f"{name} .x{{background:{strong}}}"]
    if look.cue is Cue.HATCHED:
        rules[0] = (
            f"{name}{{background:repeating-linear-gradient(135deg,{tint} 0 5px,{accent} 5px 6px);"
            f"outline:1px solid {accent}}}"
        )
    elif look.cue is not Cue.SOLID:
        rules.append(
            f"{name}{{text-decoration:underline {look.cue.value} {accent};"
            "text-decoration-thickness:2px;text-underline-offset:3px;text-decoration-skip-ink:none}"
        )
    return "\n".join(rules)


STYLE = (
    """
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;
 color:#1b1b1b;background:#fff;margin:0 auto;padding:1.5rem;max-width:110rem}
h1{font-size:1.35rem;margin:0 0 .4rem}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem}
.verdict{font-size:1.25rem;font-weight:700;margin:.2rem 0}
.verdict.same{color:#005a3c}
.sub{color:#444;margin:.1rem 0 1rem}
.note{border-left:4px solid #b45f06;background:#fff7ec;padding:.4rem .6rem;margin:.4rem 0}
table{border-collapse:collapse}
.legend{margin:.3rem 0 .6rem;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.chip{white-space:nowrap}
.files td,.files th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
details.files{margin-top:1.6rem}
details.files summary{cursor:pointer;color:#444}
.files td{overflow-wrap:anywhere}
.files .hash{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8rem}
.sbs{width:100%;table-layout:fixed;margin-top:.5rem}
.sbs th{position:sticky;top:0;background:#f3f3f3;border-bottom:2px solid #999;padding:.35rem .5rem;text-align:left;overflow-wrap:anywhere}
.sbs td{border-bottom:1px solid #e2e2e2;padding:.35rem .5rem;vertical-align:top;white-space:pre-wrap;overflow-wrap:anywhere}
.sbs col.ln{width:3.2rem}
.sbs td.ln{color:#777;text-align:right;font-size:.75rem;font-variant-numeric:tabular-nums;white-space:nowrap;padding-top:.55rem}
.sbs tr.changed td.ln{color:#1b1b1b;font-weight:700;border-left:3px solid #1b1b1b}
.hl{padding:0 .1em;color:#1b1b1b}
.rw{color:inherit}
.n{font-size:.68rem;font-weight:700;vertical-align:super;line-height:0;color:#1b1b1b;text-decoration:none;
 background:#fff;border:1px solid #555;border-radius:.3em;padding:0 .2em;margin-right:.15em;white-space:nowrap}
.x{font-weight:700}
.gap{display:inline-block;min-width:.7em;text-align:center;color:#555}
code{font:.85em ui-monospace,"DejaVu Sans Mono",monospace;background:#f1f1f1;padding:0 .25em;border-radius:.2em}
"""
    + "\n".join(_category_css(c) for c in CATEGORY_ORDER)
    + """
.mv{font-size:.75rem;font-weight:700;color:#005a3c;white-space:nowrap}
.ignored{opacity:.45;filter:grayscale(1)}
.inv{font:600 .68rem ui-monospace,"DejaVu Sans Mono",monospace;color:#fff;background:#5b3a8c;border-radius:.25em;padding:0 .2em;margin:0 .1em;white-space:nowrap}
.ws{color:#5b3a8c;font-weight:700}
.changes{padding-left:0;list-style:none}
.changes li{border-top:1px solid #ddd;padding:.5rem 0}
.changes .head{font-weight:700}
.changes .cat{display:inline-block;min-width:6.5rem}
.changes dl{display:grid;grid-template-columns:6rem 1fr;gap:.1rem .6rem;margin:.3rem 0 0}
.changes dt{color:#555}
.changes dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.changes .evidence code{margin-right:.3em}
.changes li.group summary{cursor:pointer}
.changes ol.members{margin:.3rem 0 0 1.5rem}
footer{margin-top:2rem;color:#666;font-size:.8rem}
@media print{
 body{padding:0;max-width:none;font-size:10pt}
 *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
 .sbs th{position:static}
 thead{display:table-header-group}
 tr,.changes li:not(.group),.legend,.files{break-inside:avoid}
 h2{break-after:avoid}
 .c-boilerplate{outline:1px solid #000}
 a{color:inherit}
 a.n,a.mv{text-decoration:none}
}
"""
)


def _category_css_qt(category: Category) -> str:
    """Qt's rich text knows backgrounds but not underline styles or gradients: the
    tints here, the cues added by ``ui.pdf`` from the same table."""
    look = CATEGORY_LOOKS[category]
    return (
        f".c-{category.value}{{background-color:{look.light.tint}}}\n"
        f".c-{category.value} .x{{background-color:{look.light.strong}}}"
    )


#: the same page for Qt's rich-text engine (QTextDocument, used for PDF): it knows
#: only simple properties
STYLE_QT = (
    """
body{font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#1b1b1b}
h1{font-size:14pt}
h2{font-size:11pt}
.verdict{font-size:12pt;font-weight:bold}
.sub{color:#444}
.note{color:#7a3e00}
.hash{font-family:"DejaVu Sans Mono",monospace;font-size:7pt}
th{background-color:#eeeeee;text-align:left}
td.ln{color:#777777;font-size:7pt}
.n{font-size:6pt;font-weight:bold;vertical-align:super}
.x{font-weight:bold}
code{font-family:"DejaVu Sans Mono",monospace;background-color:#f1f1f1}
"""
    + "\n".join(_category_css_qt(c) for c in CATEGORY_ORDER)
    + """
.mv{font-size:7pt;font-weight:bold;color:#005a3c;text-decoration:none}
.ignored{color:#999999;background-color:#ffffff}
.ignored .x{background-color:#ffffff}
.inv{font-family:"DejaVu Sans Mono",monospace;font-size:6pt;color:#ffffff;background-color:#5b3a8c}
.ws{color:#5b3a8c;font-weight:bold}
dt{color:#555555}
"""
)


def esc(text: str) -> str:
    """Input text (a label, a reason, a file name) as HTML text on one line.

    ``& < > " '`` are escaped, and control, format and line-break characters are
    spelled out (``⟨U+001B ESC⟩``, ``⏎``) so none reaches the page raw.
    """
    if has_special(text):  # as visible(text, strict=False), without its second look
        text = "".join(piece.text for piece in visible_pieces(text, strict=False))
    return _html.escape(text, quote=True)


#: a backtick code span in a reason: `&#8217;`
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


@functools.lru_cache(maxsize=4096)
def reason_html(reason: str) -> str:
    """A reason from the engine: escaped, its backtick spans as ``<code>`` (escaped too).

    Remembered: a report repeats few reasons many times (3,000 changes, 300 reasons).
    """
    out: list[str] = []
    at = 0
    for match in _CODE_SPAN.finditer(reason):
        out.append(esc(reason[at : match.start()]))
        out.append(f"<code>{esc(match.group(1))}</code>")
        at = match.end()
    out.append(esc(reason[at:]))
    return "".join(out)


def text_html(text: str, *, strict: bool, final_break: bool = True, glyphs: bool = True) -> str:
    """Escaped text; invisible characters as badges, line breaks as ⏎ + break.

    Without ``final_break``, a line break at the very end shows its ⏎ but breaks
    no line (the table row ends there anyway). Without ``glyphs`` a line break is
    only a break (no ⏎): inside added or reworded text the break is not the point.
    """
    if not has_special(text):  # most text: one escaped run
        return _html.escape(text, quote=True)
    out: list[str] = []
    pieces = list(visible_pieces(text, strict=strict))
    for index, piece in enumerate(pieces):
        if piece.kind == "text":
            out.append(_html.escape(piece.text, quote=True))
        elif piece.kind == "newline":
            last = index == len(pieces) - 1
            brk = "<br>" if final_break or not last else ""
            out.append(f'<span class="ws">{piece.text}</span>{brk}' if glyphs else brk)
        elif piece.kind == "tab":
            out.append(f'<span class="ws">{piece.text}</span>\t')
        else:
            out.append(f'<span class="inv">{_html.escape(piece.text, quote=True)}</span>')
    return "".join(out)


def _equal_html(text: str) -> str:
    """Unchanged text: escaped, only control and format characters spelled out."""
    return text_html(text, strict=False)


def _shown_details(change: Change) -> tuple[Detail, ...]:
    """Character detail worth showing: a few pieces that explain the change.

    Scattered letters inside a reworded phrase ("theoret·i·cally", ``po**in**ted``) are
    noise: a wording change is read as whole words, so detail is shown only where the
    characters are the point (damage, typography), and only when it is short and
    covers a small share of the change. The choice is the same for both sides.
    """
    details = change.details
    if change.category not in DETAIL_CATEGORIES or len(details) > DETAIL_MAX_PIECES:
        return ()
    for whole, marked in (
        (change.original, sum(d.original.end - d.original.start for d in details)),
        (change.copy, sum(d.copy.end - d.copy.start for d in details)),
    ):
        if whole.start != whole.end and marked > DETAIL_MAX_SHARE * (whole.end - whole.start):
            return ()
    return details


def _side_spans(details: tuple[Detail, ...], side: str) -> list[Span]:
    """The non-empty spans of ``details`` on one side, in text order."""
    spans = [getattr(detail, side) for detail in details]
    return sorted((s for s in spans if not s.empty), key=lambda s: s.start)


def _change_content(change: Change, side: str, ends_row: bool, mark: str, spans: list[Span]) -> str:
    """The change's text on one side, its ``spans`` (character-level detail) in bold
    (or, for a re-wrap, each moved break marked with the category's ``mark`` classes)."""
    span: Span = getattr(change, side)
    glyphs = change.category in DETAIL_CATEGORIES  # a break is the point only there
    if not spans:  # most changes: the text as it is
        rest = span.text.rstrip("\n") if not glyphs and ends_row else span.text
        return text_html(rest, strict=True, final_break=not ends_row, glyphs=glyphs)
    out: list[str] = []
    at = span.start
    for detail in spans:
        start, end = max(detail.start, span.start, at), min(detail.end, span.end)
        if start >= end:
            continue
        out.append(text_html(span.text[at - span.start : start - span.start], strict=True, glyphs=glyphs))
        out.append(
            f'<span class="{mark}">{text_html(span.text[start - span.start : end - span.start], strict=True)}</span>'
        )
        at = end
    rest = span.text[at - span.start :]
    if not glyphs and ends_row:
        rest = rest.rstrip("\n")  # no empty highlighted line at the end of the row
    out.append(text_html(rest, strict=True, final_break=not ends_row, glyphs=glyphs))
    return "".join(out)


def _title(change: Change) -> str:
    """``#12 edit: reason [evidence]``, escaped (see :func:`_title_tail`)."""
    return f"#{change.id} {change.category.value}: {_title_tail(change.reason, change.evidence)}"


@functools.lru_cache(maxsize=4096)
def _title_tail(reason: str, evidence: tuple[str, ...]) -> str:
    """The reason and evidence of a title, escaped; remembered, as they recur.

    Escaped apart from the title's ``#12 edit: `` head, the same as escaped with it:
    the head has nothing to escape or spell out, and it ends in a space, which is
    all :func:`visible_pieces` looks at before the tail (a mark at the tail's start
    has nothing under it either way).
    """
    tail = reason
    if evidence:
        tail += f" [{', '.join(evidence)}]"
    return esc(tail)


def _marker(change: Change) -> str:
    letter = CATEGORY_LETTERS[change.category]
    return f'<a class="n" href="#c{change.id}">{letter}{change.id}</a>'


def _move_label(change: Change, side: str) -> str:
    """``↓ moved to #6`` after the text that left, ``↑ moved from #2`` after the text that came."""
    if change.category is not Category.MOVED or change.pair is None:
        return ""
    if getattr(change, side).empty:  # the gap on the other side needs no arrow
        return ""
    arrow, verb = (
        ("\N{DOWNWARDS ARROW}", "moved to")
        if side == "original"
        else ("\N{UPWARDS ARROW}", "moved from")
    )
    text = f"{arrow} {verb} #{change.pair}"
    return f'<a class="mv" href="#c{change.pair}">{esc(text)}</a>'


#: the classes of a highlighted change, by category (`` ignored`` is added to them)
_HIGHLIGHT_CLASSES = {category: f"hl c-{category.value}" for category in Category}


class _Highlight:
    """A change as the side-by-side view shows it, on either side.

    What both sides share is worked out once: the classes, the opening tag's title
    and marker, whether it is a re-wrap and which details are marked.
    """

    __slots__ = ("change", "classes", "details", "quiet", "rewrap", "tail")

    def __init__(self, change: Change, ignored: bool) -> None:
        self.change = change
        self.classes = _HIGHLIGHT_CLASSES[change.category] + (" ignored" if ignored else "")
        self.quiet = "rw" + (" ignored" if ignored else "")
        self.tail = f' title="{_title(change)}">{_marker(change)}'
        self.rewrap = _rewrap(change)
        # a re-wrap marks each moved break; another change the detail worth showing
        self.details = change.details if self.rewrap else _shown_details(change)

    def side(self, side: str, ends_row: bool) -> str:
        change = self.change
        anchor = f' id="h{change.id}-{side[0]}"'
        if getattr(change, side).empty:
            # nothing on this side: mark where the other side's text is missing/added
            caret = "\N{CARET INSERTION POINT}"
            return f'<span class="{self.classes} gap"{anchor}{self.tail}{caret}</span>{_move_label(change, side)}'
        spans = _side_spans(self.details, side) if self.details else []
        if self.rewrap:
            # a re-wrap: the words are unchanged, only the moved breaks are marked
            content = _change_content(change, side, ends_row, self.classes, spans)
            return f'<span class="{self.quiet}"{anchor}{self.tail}{content}</span>'
        content = _change_content(change, side, ends_row, "x", spans)
        return f'<span class="{self.classes}"{anchor}{self.tail}{content}</span>{_move_label(change, side)}'


def highlight(change: Change, side: str, ignored: bool, ends_row: bool = False) -> str:
    """A change on one side of the side-by-side view (``ends_row``: its row ends after it)."""
    return _Highlight(change, ignored).side(side, ends_row)


def _rewrap(change: Change) -> bool:
    """Typography that only moved line breaks, with the breaks known one by one."""
    return (
        change.category is Category.TYPOGRAPHY
        and bool(change.details)
        and "line-rewrap" in change.evidence
        and all(not (d.original.text + d.copy.text).strip() for d in change.details)
    )


def _at_line_start(text: str, offset: int) -> bool:
    return offset == 0 or text[offset - 1] == "\n"


def side_by_side_rows(
    comparison: Comparison,
    ignore: frozenset[Category],
    lines: tuple[LineIndex, LineIndex] | None = None,
) -> list[str]:
    """Table rows: one per paragraph, both sides level; a change never splits a row.

    ``lines``: the texts' line indexes, when the caller has them already. The texts
    are walked change by change (what :meth:`Comparison.segments` yields, without
    building its records): the run before a change is equal on both sides.
    """
    a_text, b_text = comparison.original.text, comparison.copy.text
    a_lines, b_lines = lines or (LineIndex(a_text), LineIndex(b_text))
    rows: list[str] = []
    left: list[str] = []
    right: list[str] = []
    changed = False
    row_a, row_b = 0, 0  # offsets where the current row starts

    def close(a_at: int, b_at: int) -> None:
        nonlocal changed, row_a, row_b
        if left or right:
            cls = ' class="changed"' if changed else ""
            # a side with no text in this row (the filler opposite an insertion or
            # a deletion) has no line of its own: no number
            a_ln = a_lines.line_of(row_a) if a_at > row_a else ""
            b_ln = b_lines.line_of(row_b) if b_at > row_b else ""
            rows.append(
                f"<tr{cls}>"
                f'<td class="ln">{a_ln}</td><td class="a">{"".join(left)}</td>'
                f'<td class="ln">{b_ln}</td><td class="b">{"".join(right)}</td>'
                "</tr>"
            )
        left.clear()
        right.clear()
        changed = False
        row_a, row_b = a_at, b_at

    def equal(a_at: int, a_end: int, b_at: int) -> None:
        """The unchanged run ``a_text[a_at:a_end]`` (at ``b_at`` in the copy)."""
        for k, line in enumerate(a_text[a_at:a_end].split("\n")):
            if k:  # a line break in unchanged text ends the row on both sides
                a_at += 1
                b_at += 1
                close(a_at, b_at)
            if line:
                html_line = _equal_html(line)
                left.append(html_line)
                right.append(html_line)
                a_at += len(line)
                b_at += len(line)

    a = b = 0  # where the last change ended
    for change in comparison.changes:
        original, copy = change.original, change.copy
        if original.start > a or copy.start > b:
            equal(a, original.start, b)
        ignored = change.category in ignore
        a, b = original.end, copy.end
        ends_row = _at_line_start(a_text, a) and _at_line_start(b_text, b)
        shown = _Highlight(change, ignored)
        left.append(shown.side("original", ends_row))
        right.append(shown.side("copy", ends_row))
        changed = changed or not ignored
        if ends_row:
            close(a, b)
    if a < len(a_text) or b < len(b_text):
        equal(a, len(a_text), b)
    close(len(a_text), len(b_text))
    return rows


def _legend(comparison: Comparison, ignore: frozenset[Category]) -> str:
    """One line of chips: each category as it is shown, its count, its meaning on hover."""
    chips = []
    for category in CATEGORY_ORDER:
        ignored = category in ignore
        count = comparison.counts[category]
        cls = f"hl c-{category.value}" + (" ignored" if ignored else "")
        tip = f"{CATEGORY_MEANINGS[category]}; shown as: {CATEGORY_LOOKS[category].shown_as}"
        chips.append(
            f'<span class="chip" title="{esc(tip)}"><span class="{cls}">'
            f'<span class="n">{CATEGORY_LETTERS[category]}</span>{esc(category.value)}</span> '
            f"<strong>{count}</strong>{' (ignored)' if ignored else ''}</span>"
        )
    return f'<p class="legend">{"".join(chips)}</p>'


def _file_rows(original: Document, copy: Document) -> str:
    def row(name: str, a: str, b: str, cls: str = "") -> str:
        klass = f' class="{cls}"' if cls else ""
        return f"<tr><th>{name}</th><td{klass}>{a}</td><td{klass}>{b}</td></tr>"

    def alternatives(document: Document) -> str:
        if not document.alternatives:
            return "\N{EM DASH}"
        return esc(
            ", ".join(f"{alt.encoding} ({alt.confidence:.2f})" for alt in document.alternatives)
        )

    rows = [
        row("Label", esc(original.label), esc(copy.label)),
        row("File", esc(file_name(original)), esc(file_name(copy))),
        row("Size", esc(size_phrase(original.size)), esc(size_phrase(copy.size))),
        row("Format", esc(original.format.value), esc(copy.format.value)),
        row("Encoding", esc(encoding_phrase(original)), esc(encoding_phrase(copy))),
        row("Other candidates", alternatives(original), alternatives(copy)),
        row(
            "Newlines",
            esc(NEWLINE_NAMES.get(original.newline, original.newline)),
            esc(NEWLINE_NAMES.get(copy.newline, copy.newline)),
        ),
        row("SHA-256", esc(original.sha256 or "-"), esc(copy.sha256 or "-"), "hash"),
    ]
    if original.undecodable_bytes or copy.undecodable_bytes:
        rows.append(
            row("Undecodable bytes", str(original.undecodable_bytes), str(copy.undecodable_bytes))
        )
    if original.declared_encoding or copy.declared_encoding:
        rows.append(
            row(
                "Declared charset",
                esc(original.declared_encoding or "\N{EM DASH}"),
                esc(copy.declared_encoding or "\N{EM DASH}"),
            )
        )
    if original.notes or copy.notes:
        rows.append(
            row(
                "Notes",
                "<br>".join(esc(n) for n in original.notes),
                "<br>".join(esc(n) for n in copy.notes),
            )
        )
    return (
        '<table class="files"><thead><tr><th></th><th>Original</th><th>Copy</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _snippet_html(text: str) -> str:
    if not text:
        return "<em>(nothing)</em>"
    return text_html(shorten(text, SNIPPET_CHARS), strict=True)


def _category_head(category: Category) -> str:
    """A category as the list names it: its letter and name, in its look."""
    return (
        f'<span class="cat"><span class="hl c-{category.value}">'
        f"{CATEGORY_LETTERS[category]} {esc(category.value)}</span></span>"
    )


_CATEGORY_HEADS = {category: _category_head(category) for category in Category}
_OP_NAMES = {op: esc(op.value) for op in Op}


@functools.lru_cache(maxsize=1024)
def _evidence_html(evidence: tuple[str, ...]) -> str:
    """A change's evidence codes; remembered, as few combinations recur many times."""
    return " ".join(f"<code>{esc(code)}</code>" for code in evidence) or "\N{EM DASH}"


def _change_item(
    change: Change, ignored: bool, original_lines: LineIndex, copy_lines: LineIndex
) -> str:
    cls = ' class="ignored"' if ignored else ""
    side = "c" if not change.copy.empty else "o"
    where = line_phrase(change, original_lines, copy_lines)  # words and numbers: no escaping
    pair = ""
    if change.pair is not None:
        pair = f'<dt>paired with</dt><dd><a href="#c{change.pair}">#{change.pair}</a></dd>'
    evidence = _evidence_html(change.evidence)
    note = " (ignored)" if ignored else ""
    return (
        f'<li id="c{change.id}"{cls}>'
        f'<div class="head"><a href="#h{change.id}-{side}">#{change.id}</a> '
        f"{_CATEGORY_HEADS[change.category]} "
        f"{_OP_NAMES[change.op]}, {where}{note}</div>"
        "<dl>"
        f"<dt>reason</dt><dd>{reason_html(change.reason)}</dd>"
        f'<dt>evidence</dt><dd class="evidence">{evidence}</dd>'
        f"<dt>original</dt><dd>{_snippet_html(change.original.text)}</dd>"
        f"<dt>copy</dt><dd>{_snippet_html(change.copy.text)}</dd>"
        f"{pair}"
        "</dl></li>"
    )


def _group_item(
    group: Group,
    comparison: Comparison,
    ignored: bool,
    original_lines: LineIndex,
    copy_lines: LineIndex,
) -> str:
    """A group as one entry with its count, opening (``<details>``) to its members."""
    cls = ' class="group ignored"' if ignored else ' class="group"'
    members = "".join(
        _change_item(comparison.change_by_id(m), ignored, original_lines, copy_lines)
        for m in group.members
    )
    first = comparison.change_by_id(group.members[0])
    where = esc(line_phrase(first, original_lines, copy_lines))
    return (
        f'<li id="g{group.id}"{cls}><details><summary class="head">'
        f"{_CATEGORY_HEADS[group.category]} "
        f"{reason_html(group.label)} \N{EM DASH} {len(group)} changes, first at {where}"
        f"{' (ignored)' if ignored else ''}</summary>"
        f'<ol class="changes members">{members}</ol></details></li>'
    )


def _changes_html(
    comparison: Comparison,
    ignore: frozenset[Category],
    lines: tuple[LineIndex, LineIndex] | None = None,
) -> str:
    """The list: each group once (where its first member stands), then every change
    in no group; ignored categories are listed too, dimmed."""
    original_lines, copy_lines = lines or (
        LineIndex(comparison.original.text),
        LineIndex(comparison.copy.text),
    )
    out = []
    for item in reading_items(comparison):
        ignored = item.category in ignore
        if isinstance(item, Group):
            out.append(_group_item(item, comparison, ignored, original_lines, copy_lines))
        else:
            out.append(_change_item(item, ignored, original_lines, copy_lines))
    return "".join(out)


def render_html(comparison: Comparison, options: ReportOptions, *, qt: bool = False) -> str:
    """The report page; ``qt=True`` styles it for Qt's rich-text engine (PDF)."""
    # the translation parts build on this module's escaping: imported when used
    from .translation_html import (
        FACT_STYLE,
        aligned_rows,
        fact_legend,
        facts_section,
        findings_section,
    )

    original, copy = comparison.original, comparison.copy
    ignore = options.ignore
    translating = comparison.mode is Mode.TRANSLATION
    sentence = verdict(comparison, ignore)
    languages = languages_phrase(comparison)
    counted = sum(1 for c in comparison.changes if c.category not in ignore)
    same = not counted and not (translating and comparison.drifted_facts)
    # each text's line starts, found once for the three parts that number lines
    lines = (LineIndex(original.text), LineIndex(copy.text))
    changes_html = _changes_html(comparison, ignore, lines)
    items = len(reading_items(comparison))
    counts_line = ", ".join(
        count_phrase(c, comparison.counts[c]) for c in CATEGORY_ORDER if c not in ignore
    )
    if translating:  # across languages the findings are counted, not the categories
        counts = f"{esc(tally_phrase(tally(comparison, ignore)))}."
    else:
        counts = f"{counted} counted change{'' if counted == 1 else 's'} ({esc(counts_line)})."
    # Qt's rich text ignores <col> widths: give the header cells their share
    ln_width, text_width = (' width="5%"', ' width="45%"') if qt else ("", "")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{esc(TOOL_NAME)} {esc(TOOL_VERSION)}">',
        f"<title>{esc(TOOL_NAME)}: {esc(copy.label)} compared with {esc(original.label)}</title>",
        f"<style>{STYLE_QT if qt else STYLE}{FACT_STYLE if comparison.facts or comparison.alignment else ''}</style>",
        "</head><body>",
        f"<header><h1>{esc(copy.label)} compared with {esc(original.label)}</h1>",
        f'<p class="verdict{" same" if same else ""}">{esc(sentence)}</p>',
        f'<p class="sub">{esc(comparison_similarity_phrase(comparison))}; '
        f"{esc(chrome_phrase(comparison))}; {counts}</p>",
        *(f'<p class="note">{esc(note)}</p>' for note in comparison.notes),
        *([f'<p class="sub languages">Languages: {esc(languages)}</p>'] if languages else []),
        fact_legend() if translating else _legend(comparison, ignore),
        "</header>",
        # across languages the findings are what the editor came for: before the texts
        *(findings_section(comparison, ignore, lines) if translating else []),
        '<table class="sbs"><colgroup><col class="ln"><col><col class="ln"><col></colgroup>'
        f"<thead><tr><th{ln_width}>line</th>"
        f"<th{text_width}>Original: {esc(original.label)}</th>"
        f"<th{ln_width}>line</th><th{text_width}>Copy: {esc(copy.label)}</th>"
        "</tr></thead><tbody>",
        *(
            aligned_rows(comparison, ignore, lines)
            if translating
            else side_by_side_rows(comparison, ignore, lines)
        ),
        "</tbody></table>",
        *([] if translating else facts_section(comparison, lines)),
        f"<h2>{TRANSLATION_CHANGES if translating else 'Changes'} "
        f"({_items_phrase(len(comparison.changes), items)})</h2>",
        f'<ol class="changes">{changes_html}</ol>'
        if changes_html
        else "<p>Every paragraph has its counterpart in the translation.</p>"
        if translating
        else "<p>No differences.</p>",
        '<details class="files"><summary>Files: names, sizes, encodings, SHA-256</summary>',
        _file_rows(original, copy),
        "</details>",
        f"<footer>Made by {esc(TOOL_NAME)} {esc(TOOL_VERSION)}. Offsets and texts are in the "
        "JSON report (--format json).</footer>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _items_phrase(changes: int, items: int) -> str:
    if items == changes:
        return str(changes)
    return f"{changes}, read as {items} item{'' if items == 1 else 's'}"


def _render(comparison: Comparison, options: ReportOptions) -> str:
    return render_html(comparison, options)


PRESENTER = register(
    Presenter(
        name="html",
        suffix=".html",
        media_type="text/html; charset=utf-8",
        description="one self-contained HTML page: verdict, legend, side-by-side texts, list of changes",
        render=_render,
    )
)
