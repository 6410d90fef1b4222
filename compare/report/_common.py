"""What several presenters share: the verdict sentence, line numbers, and making
invisible characters visible.

Presenters only render a finished comparison; nothing here looks at the texts
beyond finding line numbers and spelling characters out.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import regex

from .._version import __version__
from ..findings import drift_parts, tally
from ..grouping import category_items
from ..model import CATEGORY_ORDER, Category, Change, Comparison, Document, Mode, Op

TOOL_NAME = "mirrordiff"
TOOL_VERSION = __version__

#: how a count of each category reads in the verdict ("9 edits", "1 corruption")
CATEGORY_NOUNS: Mapping[Category, tuple[str, str]] = {
    Category.BOILERPLATE: ("boilerplate", "boilerplate"),
    Category.CORRUPTION: ("corruption", "corruptions"),
    Category.TYPOGRAPHY: ("typography", "typography"),
    Category.EDIT: ("edit", "edits"),
    Category.MOVED: ("moved", "moved"),
}

#: one line explaining each category, for legends
CATEGORY_MEANINGS: Mapping[Category, str] = {
    Category.BOILERPLATE: "text the copy added that is not article content (navigation, share lines, source links)",
    Category.CORRUPTION: "damaged characters (mojibake, broken entities, stray marks, control or zero-width characters)",
    Category.TYPOGRAPHY: "differences that vanish under normalisation (quotes, dashes, spacing, line wrapping)",
    Category.EDIT: "content changed: wording, numbers, names, added or missing text",
    Category.MOVED: "the same text at another place",
}

#: newline styles as people name them
NEWLINE_NAMES: Mapping[str, str] = {
    "\n": "LF (Unix)",
    "\r\n": "CRLF (Windows)",
    "\r": "CR (classic Mac)",
    "mixed": "mixed",
    "": "none (a single line)",
}

# --- invisible characters -------------------------------------------------------

#: short names shown next to the code point of well-known invisible characters
INVISIBLE_ABBREVIATIONS: Mapping[str, str] = {
    "\N{NO-BREAK SPACE}": "NBSP",
    "\N{NARROW NO-BREAK SPACE}": "NNBSP",
    "\N{SOFT HYPHEN}": "SHY",
    "\N{ZERO WIDTH SPACE}": "ZWSP",
    "\N{ZERO WIDTH NON-JOINER}": "ZWNJ",
    "\N{ZERO WIDTH JOINER}": "ZWJ",
    "\N{WORD JOINER}": "WJ",
    "\N{ZERO WIDTH NO-BREAK SPACE}": "BOM",
    "\N{LEFT-TO-RIGHT MARK}": "LRM",
    "\N{RIGHT-TO-LEFT MARK}": "RLM",
    "\N{RIGHT-TO-LEFT OVERRIDE}": "RLO",
    "\N{LEFT-TO-RIGHT OVERRIDE}": "LRO",
    "\N{POP DIRECTIONAL FORMATTING}": "PDF",
    "\N{EN SPACE}": "ENSP",
    "\N{EM SPACE}": "EMSP",
    "\N{THIN SPACE}": "THSP",
    "\N{HAIR SPACE}": "HSP",
    "\N{IDEOGRAPHIC SPACE}": "IDSP",
    "\N{LINE SEPARATOR}": "LSEP",
    "\N{PARAGRAPH SEPARATOR}": "PSEP",
    "\N{NULL}": "NUL",
    "\N{ESCAPE}": "ESC",
    "\N{DELETE}": "DEL",
    "\N{CARRIAGE RETURN}": "CR",
}

#: Unicode general categories that are never visible on their own
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cn", "Zl", "Zp", "Cs"})

#: every space character but U+0020 (Unicode category Zs)
UNUSUAL_SPACES = (
    "\N{NO-BREAK SPACE}\N{OGHAM SPACE MARK}\N{EN QUAD}-\N{HAIR SPACE}"
    "\N{NARROW NO-BREAK SPACE}\N{MEDIUM MATHEMATICAL SPACE}\N{IDEOGRAPHIC SPACE}"
)

#: characters that may need spelling out; everything else is copied as it is
_SPECIAL = regex.compile(
    rf"[\n\t\p{{Cc}}\p{{Cf}}\p{{Co}}\p{{Cn}}\p{{Cs}}\p{{Zl}}\p{{Zp}}\p{{Mn}}{UNUSUAL_SPACES}]"
)

#: the characters of _SPECIAL that str.isprintable() lets through (checked over every
#: code point by the tests): four times quicker to look for in printable text
_MARK = regex.compile(r"\p{Mn}")

#: what a line break and a tab look like inside a one-line snippet
NEWLINE_SYMBOL = "\N{RETURN SYMBOL}"  # ⏎
TAB_SYMBOL = "\N{RIGHTWARDS ARROW TO BAR}"  # ⇥


def badge(char: str) -> str:
    """``⟨U+200B ZWSP⟩``: a character spelled out."""
    name = INVISIBLE_ABBREVIATIONS.get(char)
    code = f"U+{ord(char):04X}"
    return f"\N{MATHEMATICAL LEFT ANGLE BRACKET}{code}{' ' + name if name else ''}\N{MATHEMATICAL RIGHT ANGLE BRACKET}"


def _is_invisible(char: str, *, spaces: bool) -> bool:
    if char in "\n\t":
        return False
    category = unicodedata.category(char)
    if category in INVISIBLE_CATEGORIES:
        return True
    return spaces and category == "Zs" and char != " "


def _mark_is_lonely(text: str, i: int) -> bool:
    """A combining mark with no letter under it."""
    if i == 0:
        return True
    base = text[i - 1]
    return base.isspace() or unicodedata.category(base) in INVISIBLE_CATEGORIES


def _mark_is_stray(text: str, i: int) -> bool:
    """A combining mark with no letter under it, or one that does not combine with it."""
    if _mark_is_lonely(text, i):
        return True
    base = text[i - 1]
    if unicodedata.category(base) == "Mn":  # a stack of marks: judge the first one
        return False
    return len(unicodedata.normalize("NFC", base + text[i])) > 1


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of plain text, a line break, a tab, or a badge for one invisible character."""

    kind: str  # "text" | "newline" | "tab" | "badge"
    text: str  # the run, or the badge's label
    char: str = ""  # for "badge": the character itself ("" when it is only an added label)


def has_special(text: str) -> bool:
    """Whether :func:`visible_pieces` has anything to do in ``text`` beyond one run."""
    if text.isascii():  # in ASCII, _SPECIAL is the control characters: the unprintable
        return not text.isprintable()
    if text.isprintable():  # no control, format, private-use, unassigned or separator
        return _MARK.search(text) is not None  # character: only a mark can be special
    return _SPECIAL.search(text) is not None


def visible_pieces(text: str, *, strict: bool) -> Iterator[Piece]:
    """Split ``text`` into runs and spelled-out invisible characters.

    Control, format and private-use characters are always spelled out. With
    ``strict`` (inside a highlighted change, where the editor must see every
    difference), unusual spaces (NBSP, thin space, ...) are spelled out too, and a
    combining mark that does not form a normal letter (``n`` + U+0335) is kept and
    followed by its badge; a mark with nothing under it is replaced by its badge.
    """
    at = 0
    for match in _SPECIAL.finditer(text):
        i = match.start()
        char = text[i]
        if char == "\n":
            piece = Piece("newline", NEWLINE_SYMBOL)
        elif char == "\t":
            piece = Piece("tab", TAB_SYMBOL)
        elif _is_invisible(char, spaces=strict):
            piece = Piece("badge", badge(char), char)
        elif unicodedata.category(char) == "Mn" and _mark_is_stray(text, i):
            if _mark_is_lonely(text, i):  # nothing under it: the badge stands in for it
                piece = Piece("badge", badge(char), char)
            elif strict:  # keep it on its letter, and say what it is
                yield Piece("text", text[at : i + 1])
                at = i + 1
                yield Piece("badge", badge(char), "")
                continue
            else:
                continue
        else:
            continue  # an ordinary space or mark: part of the run
        if i > at:
            yield Piece("text", text[at:i])
        yield piece
        at = i + 1
    if at < len(text):
        yield Piece("text", text[at:])


def visible(text: str, *, strict: bool = True) -> str:
    """``text`` on one line with invisible characters spelled out (for text reports)."""
    if not has_special(text):  # most text: nothing to spell out
        return text
    return "".join(piece.text for piece in visible_pieces(text, strict=strict))


def shorten(text: str, limit: int) -> str:
    """Keep the start and the end of a long snippet, with an ellipsis in between."""
    if limit <= 0 or len(text) <= limit:
        return text
    head = max(1, (limit * 2) // 3)
    tail = max(1, limit - head - 1)
    return f"{text[:head]}\N{HORIZONTAL ELLIPSIS}{text[-tail:]}"


# --- counting -------------------------------------------------------------------


def counted_categories(ignore: frozenset[Category]) -> tuple[Category, ...]:
    return tuple(category for category in CATEGORY_ORDER if category not in ignore)


def counted_changes(comparison: Comparison, ignore: frozenset[Category]) -> tuple[Change, ...]:
    return tuple(change for change in comparison.changes if change.category not in ignore)


def count_phrase(category: Category, count: int) -> str:
    singular, plural = CATEGORY_NOUNS[category]
    return f"{count} {singular if count == 1 else plural}"


def grouped_count_phrase(comparison: Comparison, category: Category) -> str:
    """``9 edits``, or where some are groups, the items an editor reads and the
    changes behind them: ``typography 3 groups · 34 changes``, ``edit 5 items (2
    groups) · 12 changes``."""
    count = comparison.counts[category]
    groups, single = category_items(comparison, category)
    if not groups:
        return count_phrase(category, count)
    grouped = f"{groups} group{'' if groups == 1 else 's'}"
    items = groups + single
    head = grouped if not single else f"{items} items ({grouped})"
    return f"{category.value} {head} \N{MIDDLE DOT} {count} changes"


def verdict(comparison: Comparison, ignore: frozenset[Category] = frozenset()) -> str:
    """The verdict: "The copy differs: 2 boilerplate, 9 edits", "Article text unchanged;
    the copy added site chrome (3 boilerplate)" or "No differences"."""
    counts = comparison.counts
    # a moved paragraph that was also reworded (a number changed in it, say) counts as
    # moved, not as an edit: say so, or the verdict hides the changed words
    reworded = sum(
        1
        for change in comparison.changes
        if change.category is Category.MOVED
        and change.op is Op.DELETE
        and "reworded" in change.evidence
    )
    parts = []
    for category in counted_categories(ignore):
        if counts[category]:
            phrase = grouped_count_phrase(comparison, category)
            if category is Category.MOVED and reworded:
                phrase += f" ({reworded} also reworded)"
            parts.append(phrase)
    ignored = sum(counts[category] for category in ignore)
    content = [c for c in counted_categories(ignore) if counts[c] and c is not Category.BOILERPLATE]
    if comparison.mode is Mode.TRANSLATION:
        # across languages the facts and the paragraphs without partner are the
        # findings: name them, not the categories of the changes behind them
        drifted = drift_parts(tally(comparison, ignore))
        chrome = (
            [grouped_count_phrase(comparison, Category.BOILERPLATE)]
            if counts[Category.BOILERPLATE] and Category.BOILERPLATE not in ignore
            else []
        )
        parts, content = drifted + chrome, drifted
    if parts and not content:
        # the verdict is about the article: chrome alone does not make it differ
        sentence = "Article text unchanged; the copy added site chrome (" + ", ".join(parts) + ")"
    elif parts:
        sentence = "The copy differs: " + ", ".join(parts)
    elif comparison.mode is Mode.TRANSLATION:
        sentence = "Every paragraph and every fact has its counterpart in the translation"
    elif ignored:
        sentence = "No counted differences"
    else:
        sentence = "No differences"
    if ignored:
        names = ", ".join(c.value for c in CATEGORY_ORDER if c in ignore and counts[c])
        sentence += f" ({ignored} ignored: {names})"
    return sentence


def similarity_phrase(similarity: float) -> str:
    return f"{similarity * 100:.1f}% of the text unchanged"


def chrome_phrase(comparison) -> str:
    """How much site chrome (boilerplate) the copy added: its own figure, apart from the
    similarity, which counts article content only."""
    chars = comparison.chrome_chars
    if not chars:
        return "no site chrome added"
    return (
        f"site chrome added: {chars:,} characters "
        f"({comparison.chrome_share * 100:.1f}% of the copy)"
    )


# --- documents ------------------------------------------------------------------


def size_phrase(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit} ({size:,} bytes)"
    return f"{size:,} bytes"  # pragma: no cover - unreachable


def encoding_phrase(document: Document) -> str:
    """``utf-8 (utf-8-valid, confidence 1.00)``, plus the BOM when there was one."""
    text = f"{document.encoding} ({document.encoding_method.value}, confidence {document.confidence:.2f}"
    if document.bom:
        text += ", with BOM"
    return text + ")"


def file_name(document: Document) -> str:
    """The path as given, or a note that the text did not come from a file."""
    return document.path if document.path else "(not from a file)"


# --- positions ------------------------------------------------------------------


class LineIndex:
    """1-based line numbers of offsets into one text."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        at = find("\n")
        while at != -1:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = starts

    def line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset)


def line_phrase(change: Change, original: LineIndex, copy: LineIndex) -> str:
    """``line 9`` or ``line 9 (copy line 11)`` when the two sides are at different lines."""
    a = original.line_of(change.original.start)
    b = copy.line_of(change.copy.start)
    return f"line {a}" if a == b else f"line {a} (copy line {b})"
