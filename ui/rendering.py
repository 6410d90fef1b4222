"""Turning a Comparison into the two documents the panes show.

Runs in the worker thread: everything here is pure Python plus Qt value classes
and a QTextDocument that is not shown yet (QTextDocument is reentrant; the
document gets its layout only once it is handed to the GUI thread).

Rows are kept level Meld-style: at every line break of an equal run, the side
with fewer lines so far gets blank *filler* lines, so that the same block number
holds the same paragraph on both sides. Filler lines are not part of the texts:
every document position maps back to an engine offset (:class:`PaneMap`).

Invisible characters (controls, zero-width and format characters, Unicode line
and paragraph separators, Qt's own object and frame markers) are drawn as a
visible marker *in the view only*, one marker per character, so engine offsets
and the text the user copies are unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from compare import CATEGORY_ORDER, Category, Comparison, Document, Mode

from .theme import Level, Theme

# -- invisible characters ----------------------------------------------------------------


def _control_picture(code: int) -> str:
    return chr(0x2400 + code)


#: invisible characters and the marker drawn in their place (same length: one for one)
INVISIBLE_MARKERS: dict[str, str] = {
    **{chr(c): _control_picture(c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A)},
    "\N{DELETE}": "\N{SYMBOL FOR DELETE}",
    **{chr(c): "\N{CURRENCY SIGN}" for c in range(0x80, 0xA0)},  # C1 controls
    "\N{SOFT HYPHEN}": "\N{HYPHEN-MINUS}",
    "\N{ARABIC LETTER MARK}": "\N{CURRENCY SIGN}",
    "\N{MONGOLIAN VOWEL SEPARATOR}": "\N{MIDDLE DOT}",
    "\N{ZERO WIDTH SPACE}": "\N{MIDDLE DOT}",
    "\N{ZERO WIDTH NON-JOINER}": "\N{MIDDLE DOT}",
    "\N{ZERO WIDTH JOINER}": "\N{MIDDLE DOT}",
    "\N{LEFT-TO-RIGHT MARK}": "\N{CURRENCY SIGN}",
    "\N{RIGHT-TO-LEFT MARK}": "\N{CURRENCY SIGN}",
    **{chr(c): "\N{CURRENCY SIGN}" for c in range(0x202A, 0x202F)},  # bidi embeddings
    "\N{WORD JOINER}": "\N{MIDDLE DOT}",
    **{chr(c): "\N{MIDDLE DOT}" for c in range(0x2061, 0x2065)},  # invisible operators
    **{chr(c): "\N{CURRENCY SIGN}" for c in range(0x2066, 0x2070)},  # bidi isolates
    "\N{ZERO WIDTH NO-BREAK SPACE}": "\N{MIDDLE DOT}",  # BOM inside the text
    # QTextDocument would act on these: a new paragraph, a line break, an object, a frame
    "\N{LINE SEPARATOR}": "\N{DOWNWARDS ARROW WITH CORNER LEFTWARDS}",
    "\N{PARAGRAPH SEPARATOR}": "\N{PILCROW SIGN}",
    "\N{OBJECT REPLACEMENT CHARACTER}": "\N{CURRENCY SIGN}",
    **{chr(c): "\N{CURRENCY SIGN}" for c in range(0xFDD0, 0xFDF0)},
    **{chr(c): "\N{CURRENCY SIGN}" for c in range(0xFFF9, 0xFFFC)},
    "\ufffe": "\N{CURRENCY SIGN}",
    "\uffff": "\N{CURRENCY SIGN}",
}

_MARKER_TABLE = str.maketrans(INVISIBLE_MARKERS)
_INVISIBLE = re.compile("[" + "".join(re.escape(c) for c in INVISIBLE_MARKERS) + "]")


def visible(text: str) -> str:
    """``text`` with every invisible character replaced by its marker (same length)."""
    return text.translate(_MARKER_TABLE)


def describe_character(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE`` — for the tooltip over a marker."""
    name = unicodedata.name(ch, "")
    if not name:
        name = {"\t": "CHARACTER TABULATION", "\n": "LINE FEED"}.get(ch, "control character")
    return f"U+{ord(ch):04X} {name}"


def is_invisible(ch: str) -> bool:
    return ch in INVISIBLE_MARKERS


# -- position maps -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaneMap:
    """Engine offsets <-> document positions of one pane (filler lines shift them)."""

    #: engine offset where each run of filler was inserted (non-decreasing)
    fill_engine: tuple[int, ...] = ()
    #: document position where each run of filler starts
    fill_doc: tuple[int, ...] = ()
    #: filler characters inserted up to and including each run
    fill_total: tuple[int, ...] = ()

    def to_doc(self, offset: int) -> int:
        """Document position of the character at an engine offset.

        Filler inserted at an offset stands before that character.
        """
        k = bisect_right(self.fill_engine, offset)
        return offset + (self.fill_total[k - 1] if k else 0)

    def to_engine(self, position: int) -> int:
        """Engine offset of a document position (a position in filler maps to its anchor)."""
        i = bisect_right(self.fill_doc, position) - 1
        if i < 0:
            return position
        before = self.fill_total[i - 1] if i else 0
        length = self.fill_total[i] - before
        return position - before - min(position - self.fill_doc[i], length)


#: drawn at the end of a paragraph to give it the extra wrapped lines its counterpart has
#: (a Unicode line separator: one more, empty, visual line; never part of the texts)
PAD = "\N{LINE SEPARATOR}"


class PaneRender:
    """What one pane shows: its document and how to find things in it.

    Two kinds of filler stand in the document and in no text: blank rows (in the
    build-time :class:`PaneMap`) and *pads*, line separators the window adds at the
    end of a paragraph so that it wraps to as many lines as its counterpart
    (:mod:`ui.leveling`). Positions without pads are *base* positions.
    """

    def __init__(
        self,
        document: QTextDocument,
        text: str,
        pane_map: PaneMap,
        change_ranges: tuple[tuple[int, int], ...] = (),
        change_starts: tuple[int, ...] = (),
        rows: int = 1,
    ) -> None:
        self.document = document
        self.text = text  # the engine text (what offsets point into, what copying gives)
        self.map = pane_map
        #: base document range (start, end) of each change on this side, by change index
        self.base_ranges = change_ranges
        self.base_starts = change_starts
        self.rows = rows  # blocks in the document
        #: pads: row -> (base position of the row's end, count), kept sorted by row
        self._pad_rows: list[int] = []
        self._pad_base: list[int] = []
        self._pad_total: list[int] = []  # cumulative counts
        self._pads: dict[int, tuple[int, int]] = {}
        self._ranges_cache: tuple[tuple[tuple[int, int], ...], tuple[int, ...]] | None = None

    # -- pads ------------------------------------------------------------------------------
    def pad(self, row: int) -> int:
        return self._pads.get(row, (0, 0))[1]

    def pads_before_row(self, row: int) -> int:
        k = bisect_left(self._pad_rows, row)
        return self._pad_total[k - 1] if k else 0

    def set_pads(self, pads: dict[int, tuple[int, int]]) -> None:
        """Replace the pads: row -> (base position of the row's end, count)."""
        self._pads = {row: value for row, value in pads.items() if value[1] > 0}
        self._pad_rows = sorted(self._pads)
        self._pad_base = [self._pads[r][0] for r in self._pad_rows]
        total, totals = 0, []
        for r in self._pad_rows:
            total += self._pads[r][1]
            totals.append(total)
        self._pad_total = totals
        self._ranges_cache = None

    def pads(self) -> dict[int, tuple[int, int]]:
        return dict(self._pads)

    def _pads_upto(self, base: int, inclusive: bool) -> int:
        k = (bisect_right if inclusive else bisect_left)(self._pad_base, base)
        return self._pad_total[k - 1] if k else 0

    def to_base(self, position: int) -> int:
        """Base position of a document position (a position inside a pad: its anchor)."""
        lo, hi = 0, len(self._pad_base)
        while lo < hi:  # last pad whose document start is <= position
            mid = (lo + hi) // 2
            before = self._pad_total[mid - 1] if mid else 0
            if self._pad_base[mid] + before <= position:
                lo = mid + 1
            else:
                hi = mid
        if not lo:
            return position
        i = lo - 1
        before = self._pad_total[i - 1] if i else 0
        start = self._pad_base[i] + before
        count = self._pad_total[i] - before
        return position - before - min(position - start, count)

    def from_base(self, base: int, *, end: bool = False) -> int:
        """Document position of a base position (a range end stays before a pad there)."""
        return base + self._pads_upto(base, inclusive=not end)

    # -- engine offsets ------------------------------------------------------------------
    def to_engine(self, position: int) -> int:
        return self.map.to_engine(self.to_base(position))

    def to_doc(self, offset: int) -> int:
        return self.from_base(self.map.to_doc(offset))

    # -- changes -------------------------------------------------------------------------
    def _ranges(self) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
        if self._ranges_cache is None:
            if not self._pad_base:
                self._ranges_cache = (self.base_ranges, self.base_starts)
            else:
                ranges = tuple(
                    (self.from_base(s, end=s == e), self.from_base(e, end=True))
                    for s, e in self.base_ranges
                )
                self._ranges_cache = (ranges, tuple(r[0] for r in ranges))
        return self._ranges_cache

    @property
    def change_ranges(self) -> tuple[tuple[int, int], ...]:
        """Document range (start, end) of each change on this side, by change index."""
        return self._ranges()[0]

    @property
    def change_starts(self) -> tuple[int, ...]:
        return self._ranges()[1]

    def change_at(self, position: int) -> int | None:
        """Index of the change whose (non-empty) range holds the character at ``position``.

        On a pad, the character the pad stands before (the end of its row) counts.
        """
        base = self.to_base(position)
        i = bisect_right(self.base_starts, base) - 1
        while i >= 0:
            start, end = self.base_ranges[i]
            if start <= base < end:
                return i
            if start < base:
                return None
            i -= 1  # empty ranges (insertions on the other side) sharing this start
        return None


@dataclass(slots=True)
class Rendering:
    """Both panes of one comparison (or one pane, when only one side is loaded)."""

    original: PaneRender | None
    copy: PaneRender | None
    comparison: Comparison | None = None
    enabled: frozenset[Category] = frozenset()
    #: row (block number) of each change, for the overview strip
    change_rows: tuple[int, ...] = ()
    rows: int = 1
    #: 1-based line of each change in its texts: (original line, copy line)
    change_lines: tuple[tuple[int, int], ...] = ()
    #: rows whose two sides differ, to be levelled at the panes' width:
    #: (row, base position of the row's end in the original, and in the copy)
    level_rows: tuple[tuple[int, int, int], ...] = ()
    theme: Theme = field(default_factory=Theme)


# -- building ----------------------------------------------------------------------------

_Style = tuple[Category | None, Level | None]
_PLAIN: _Style = (None, None)


class _PaneBuilder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pieces: list[tuple[str, _Style]] = []
        #: engine offset, document position, count, category, shown, at a line start
        self.fills: list[tuple[int, int, int, Category | None, bool, bool]] = []
        self.lines = 0
        self.length = 0
        self.ranges: list[tuple[int, int]] = []

    def add(self, text: str, style: _Style) -> None:
        if text:
            self.pieces.append((text, style))
            self.lines += text.count("\n")
            self.length += len(text)

    def at_line_start(self) -> bool:
        return not self.pieces or self.pieces[-1][0].endswith("\n")

    def fill(self, count: int, engine: int, category: Category | None, enabled: bool) -> None:
        # at a line start the filler rows come first and the text follows on its own row;
        # mid-line, the first filler line break ends the text's row
        self.fills.append((engine, self.length, count, category, enabled, self.at_line_start()))
        self.pieces.append(("\n" * count, _PLAIN))
        self.lines += count
        self.length += count

    def pane_map(self) -> PaneMap:
        total, totals = 0, []
        for fill in self.fills:
            total += fill[2]
            totals.append(total)
        return PaneMap(
            tuple(f[0] for f in self.fills), tuple(f[1] for f in self.fills), tuple(totals)
        )


def _line_index(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)]


def _change_pieces(b: _PaneBuilder, span_start: int, text: str, details, category, level) -> None:
    """Add a change's text on one side, the exact differing characters stronger."""
    if level is Level.DIM or not details or category not in (
        Category.CORRUPTION,
        Category.TYPOGRAPHY,
    ):
        b.add(text, (category, level))
        return
    pos = 0
    for d_start, d_end in details:
        s, e = d_start - span_start, d_end - span_start
        if s < pos or e <= s:
            continue
        b.add(text[pos:s], (category, level))
        b.add(text[s:e], (category, Level.STRONG))
        pos = e
    b.add(text[pos:], (category, level))


def layout(
    comparison: Comparison,
    enabled: frozenset[Category],
    cancelled: Callable[[], bool] | None = None,
) -> tuple[_PaneBuilder, _PaneBuilder, list[int]]:
    """Both sides' pieces with filler lines, and each change's row."""
    a, b = _PaneBuilder(comparison.original.text), _PaneBuilder(comparison.copy.text)
    rows: list[int] = []
    last: tuple[Category | None, bool] = (None, True)

    def pad(engine_a: int, engine_b: int) -> None:
        """Level the rows: blank filler lines on the side that has fewer so far."""
        if a.lines == b.lines:
            return
        short, engine = (a, engine_a) if a.lines < b.lines else (b, engine_b)
        count = abs(a.lines - b.lines)
        start = short.length
        short.fill(count, engine, *last)
        # an insertion on the other side: its (empty) range here becomes the filler,
        # so hovering or selecting the hatched blank lines finds that change
        if short.ranges and short.ranges[-1] == (start, start):
            short.ranges[-1] = (start, start + count)

    for n, seg in enumerate(comparison.segments()):
        if cancelled is not None and n % 2048 == 0 and cancelled():
            from compare import Cancelled

            raise Cancelled("display cancelled")
        change = seg.change
        if change is None:
            text = seg.original.text
            if a.at_line_start() and b.at_line_start():
                pad(seg.original.start, seg.copy.start)  # whole paragraphs: pad before
            pos = 0
            while True:
                nl = text.find("\n", pos)
                if nl < 0:
                    break
                a.add(text[pos:nl], _PLAIN)
                b.add(text[pos:nl], _PLAIN)
                pad(seg.original.start + nl, seg.copy.start + nl)  # mid-line: pad after it
                a.add("\n", _PLAIN)
                b.add("\n", _PLAIN)
                pos = nl + 1
            a.add(text[pos:], _PLAIN)
            b.add(text[pos:], _PLAIN)
            continue
        on = change.category in enabled
        level = Level.NORMAL if on else Level.DIM
        rows.append(b.lines if not change.copy.empty else a.lines)
        start_a, start_b = a.length, b.length
        _change_pieces(
            a, change.original.start, change.original.text,
            [(d.original.start, d.original.end) for d in change.details], change.category, level,
        )
        _change_pieces(
            b, change.copy.start, change.copy.text,
            [(d.copy.start, d.copy.end) for d in change.details], change.category, level,
        )
        a.ranges.append((start_a, a.length))
        b.ranges.append((start_b, b.length))
        last = (change.category, on)
    pad(len(a.text), len(b.text))
    return a, b, rows


class _Formats:
    """Char formats by style, built once per rendering."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self._cache: dict[tuple, QTextCharFormat] = {}

    def get(self, style: _Style, marker: bool = False) -> QTextCharFormat:
        key = (style, marker)
        fmt = self._cache.get(key)
        if fmt is None:
            category, level = style
            base = self.theme.change_format(category, level) if category is not None else None
            if marker:
                fmt = self.theme.marker_format(base)
            else:
                fmt = base if base is not None else QTextCharFormat()
            self._cache[key] = fmt
        return fmt


#: text is inserted in pieces of at most this many characters, so that the worker
#: never holds the interpreter for long in one call (the GUI thread needs it too)
INSERT_CHUNK = 16_384


def _document(
    builder: _PaneBuilder,
    theme: Theme,
    formats: _Formats,
    cancelled: Callable[[], bool],
    progress: Callable[[float], None] | None = None,
) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    for n, (text, style) in enumerate(builder.pieces):
        if n % 512 == 0:
            if cancelled():
                from compare import Cancelled

                raise Cancelled("display cancelled")
            if progress is not None:
                progress(n / max(1, len(builder.pieces)))
        pos = 0
        for m in _INVISIBLE.finditer(text):
            _insert(cursor, text[pos : m.start()], formats.get(style))
            cursor.insertText(INVISIBLE_MARKERS[m.group()], formats.get(style, marker=True))
            pos = m.end()
        _insert(cursor, text[pos:], formats.get(style))
    # filler lines get a hatched block background in the colour of the change they face
    for _engine, doc_pos, count, category, enabled, line_start in builder.fills:
        if category is None:
            continue
        block_format = QTextBlockFormat()
        block_format.setBackground(theme.filler_brush(category, enabled))
        first_pos = doc_pos if line_start else doc_pos + 1
        first = doc.findBlock(first_pos)
        last = doc.findBlock(first_pos + count - 1)
        cursor.setPosition(first.position())
        cursor.setPosition(last.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(block_format)
    return doc


def _insert(cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
    for start in range(0, len(text), INSERT_CHUNK):
        cursor.insertText(text[start : start + INSERT_CHUNK], fmt)


def _finish(doc: QTextDocument, font: QFont | None = None) -> QTextDocument:
    """Give the document its font and plain-text layout.

    The layout only counts blocks here (no text is laid out until the pane paints);
    doing it in this thread saves the GUI thread a pass over every block. A worker
    thread then hands the document to the GUI thread (``ui.worker``: not here, where
    ``moveToThread`` could deadlock with the GUI thread).
    """
    if font is not None:
        doc.setDefaultFont(font)
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    return doc


def gui_thread() -> QThread | None:
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    return app.thread() if app is not None else None


def _changed_rows(doc_a: QTextDocument, ranges_a, doc_b: QTextDocument, ranges_b):
    """Rows that hold a change on either side, with each side's row end (base position)."""
    rows: set[int] = set()
    for doc, ranges in ((doc_a, ranges_a), (doc_b, ranges_b)):
        for start, end in ranges:
            first = doc.findBlock(start).blockNumber()
            last = doc.findBlock(max(start, end - 1)).blockNumber()
            rows.update(range(first, last + 1))
    out = []
    for row in sorted(rows):
        ends = []
        for doc in (doc_a, doc_b):
            block = doc.findBlockByNumber(row)
            ends.append(block.position() + block.length() - 1 if block.isValid() else -1)
        if min(ends) >= 0:
            out.append((row, ends[0], ends[1]))
    return tuple(out)


def render_comparison(
    comparison: Comparison,
    enabled: frozenset[Category],
    theme: Theme,
    cancelled: Callable[[], bool] | None = None,
    font: QFont | None = None,
    progress: Callable[[float], None] | None = None,
) -> Rendering:
    """Both documents of a comparison, ready for the panes (``progress`` gets 0..1)."""
    cancelled = cancelled or (lambda: False)
    report = progress or (lambda _fraction: None)
    if comparison.mode is Mode.TRANSLATION:  # aligned paragraphs, not an equal-run diff
        from .alignedlayout import aligned_layout

        # the category toggles are out of sight in translation mode: everything shows
        a, b, rows, level_a, level_b = aligned_layout(comparison, frozenset(CATEGORY_ORDER), cancelled)
    else:
        a, b, rows = layout(comparison, enabled, cancelled)
        level_a, level_b = a.ranges, b.ranges
    report(0.1)
    formats = _Formats(theme)
    doc_a = _document(a, theme, formats, cancelled, lambda f: report(0.1 + 0.45 * f))
    doc_b = _document(b, theme, formats, cancelled, lambda f: report(0.55 + 0.45 * f))
    level_rows = _changed_rows(doc_a, level_a, doc_b, level_b)
    doc_a, doc_b = _finish(doc_a, font), _finish(doc_b, font)
    lines_a, lines_b = _line_index(a.text), _line_index(b.text)
    change_lines = tuple(
        (bisect_left(lines_a, c.original.start) + 1, bisect_left(lines_b, c.copy.start) + 1)
        for c in comparison.changes
    )
    return Rendering(
        original=PaneRender(
            doc_a, a.text, a.pane_map(), tuple(a.ranges), tuple(r[0] for r in a.ranges), a.lines + 1
        ),
        copy=PaneRender(
            doc_b, b.text, b.pane_map(), tuple(b.ranges), tuple(r[0] for r in b.ranges), b.lines + 1
        ),
        comparison=comparison,
        enabled=enabled,
        change_rows=tuple(rows),
        rows=max(a.lines, b.lines) + 1,
        change_lines=change_lines,
        level_rows=level_rows,
        theme=theme,
    )


def render_single(
    document: Document,
    theme: Theme,
    cancelled: Callable[[], bool] | None = None,
    font: QFont | None = None,
) -> PaneRender:
    """One side alone (the other is not loaded yet): its text, markers visible."""
    builder = _PaneBuilder(document.text)
    builder.add(document.text, _PLAIN)
    doc = _finish(_document(builder, theme, _Formats(theme), cancelled or (lambda: False)), font)
    return PaneRender(doc, document.text, PaneMap(), (), (), builder.lines + 1)
