"""Deciding what each change is: one category, a readable reason, evidence codes.

Order of questions, for one change ``original[a0:a1]`` → ``copy[b0:b1]``:

1. **typography** — the two sides have the same :func:`typography.fold`;
2. **corruption** — a repair of the damaged side gives back the clean one
   (:mod:`compare.corruption`), or an insertion is only damage (U+200B, ``<em>``);
3. **boilerplate** — an insertion (or deletion) whose every line is boilerplate
   (:mod:`compare.boilerplate`);
4. **edit** — everything else; a *mixed* change (typography or damage plus a real
   word change) is an edit, and its reason mentions the rest.

(``moved`` is decided by the diff, not here.)

Evidence codes of edits
-----------------------

================ ================================================================
code             meaning
================ ================================================================
insertion        text added by the copy
omission         text of the original missing from the copy
reworded         words replaced by other words
number           a number changed, appeared or disappeared
name             a capitalised word (a name) changed, appeared or disappeared
inside-quote     the change starts inside a quotation that opens and closes in its
                 paragraph: a quote was altered (an unclosed mark quotes nothing)
quotation        the changed text holds a whole quotation (a quote added or missing)
negation         a negation (not, no, never, n't …) added or removed without a
                 compensating one (``didn't`` → ``without`` is none: :mod:`compare.variants`)
punctuation      only punctuation changed (the words are the same)
duplicate        the inserted text repeats text that is already there
dateline         a wire dateline (``ROME (Reuters) -``) added or dropped at a paragraph's start
paragraph        a whole paragraph added or missing
list-item        an item of a numbered list added or removed
renumbered       a list item's number changed because an item before it went or came
with-typography  the change also has typography differences
with-corruption  the change also has damaged characters
replaced         (boilerplate) one site's boilerplate in place of the original's
number-format    (typography) the same number in another locale's format (``1,150`` →
                 ``1.150``, ``51.2%`` → ``51,2 %``, ``5,224`` → ``5 224``)
abbreviation     (typography) an abbreviation with or without full stops (``U.S.`` → ``US``)
text-edge        (typography) blank lines or spaces at the very start or end of the text
================ ================================================================

The same words in another form (a spelling variant, a contraction, a hyphenated
compound, a number in words) and lost quote marks are decided in
:mod:`compare.variants`, whose evidence codes are documented there.

Moved pairs (decided by the diff, reasons made in :mod:`compare.comparison`) carry
``same-text-elsewhere``, ``moved-down`` or ``moved-up``, and ``typography-differences``
when the two halves differ in style only.

Evidence codes of the other categories are documented in :mod:`compare.typography`,
:mod:`compare.corruption`, :mod:`compare.boilerplate` and (chrome judged by its
shape) :mod:`compare.chrome`; ``document-head`` / ``document-tail`` mark boilerplate
at the start / end of the text.

:func:`classify` judges one change; :func:`classify_blocks` is the classify stage of
the pipeline (diff → segment → classify → assemble), judging every block of
:mod:`compare.segment` region by region (:mod:`compare.regions`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

import regex

from . import boilerplate, corruption, dmp, typography, variants
from .model import Category
from .patterns import lazy
from .tokens import Encoder, graphemes, size

#: longest reason, in characters (tooltips and report cells are one line)
MAX_REASON = 119
#: changes longer than this (both sides, characters) are not split into character parts
PARTS_MAX_CHARS = 400
#: how many character parts of an edit are checked for typography/damage to mention,
#: and up to which size (both sides, characters) an edit is looked at for them
MIXED_PARTS_CHECKED = 8
MIXED_MAX_CHARS = 200
#: up to which size (both sides) a replacement is checked for boilerplate on both sides
BOILERPLATE_REPLACED_MAX = 2000
#: how much of a fragment a reason quotes
QUOTE_CHARS = 36


_NUMBER = lazy(r"\d(?:[\d,.\N{NO-BREAK SPACE}\N{THIN SPACE}']*\d)?%?")
_WORD = lazy(r"\w(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\w)?")
_NAME = lazy(r"(?<!\w)\p{Lu}[\p{Ll}\p{Lu}'\N{RIGHT SINGLE QUOTATION MARK}-]+")
_OPENERS = frozenset(
    "\N{LEFT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
_CLOSERS = frozenset(
    "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
#: any of them, or a straight double quote
_QUOTE_MARK = lazy("[" + regex.escape("".join(sorted(_OPENERS | _CLOSERS | {'"'}))) + "]")


_SENTENCE_END = lazy(r"[.!?](?:\s|$)|[。！？]")

#: news agencies whose name a wire dateline carries in brackets
DATELINE_AGENCIES = (
    "Reuters", "AFP", "AP", "dpa", "DPA", "ANSA", "EFE", "Xinhua", "Bloomberg", "UPI",
    "TASS", "PA", "ANP", "Kyodo", "Yonhap", "IANS", "PTI",
)
#: a wire dateline opening a story: "ROME (Reuters) - ", "Rome (AFP) – ", "PARIS, France (AP) — "
_DATELINE = lazy(
    r"^\p{Lu}[\p{L}.' -]{1,30}(?:,\s*\p{Lu}[\p{L}.' -]{1,30})?\s*\((?:"
    + "|".join(regex.escape(a) for a in DATELINE_AGENCIES)
    + r")\)\s*[-\N{EN DASH}\N{EM DASH}]\s*$"
)


@functools.lru_cache(maxsize=4)
def _text_bounds(whole: str) -> tuple[int, int]:
    """Where a text's first non-space character is, and where its last one ends."""
    return len(whole) - len(whole.lstrip()), len(whole.rstrip())


@dataclass(frozen=True, slots=True)
class Verdict:
    category: Category
    reason: str
    evidence: tuple[str, ...] = ()


def classify(
    original: str,
    copy: str,
    a0: int,
    a1: int,
    b0: int,
    b1: int,
    details: tuple[tuple[int, int, int, int], ...] = (),
) -> Verdict:
    """Classify the change ``original[a0:a1]`` -> ``copy[b0:b1]`` (never a moved one).

    Both full texts are given so a classifier can look at the context (the start or
    end of the document, the rest of the line, repeated text elsewhere). ``details``
    are the character-level differences the diff found inside the change, if any.
    """
    old, new = original[a0:a1], copy[b0:b1]
    verdict = _classify(original, copy, a0, a1, b0, b1, old, new, details)
    return Verdict(verdict.category, clip(verdict.reason), verdict.evidence)


def _classify(original, copy, a0, a1, b0, b1, old, new, details) -> Verdict:
    # the second byte of a mojibake "Ã" + NBSP left as its own spacing change
    found = _mojibake_space(original, copy, a0, a1, b0, b1, old, new)
    if found:
        return found
    # 1. typography
    found = _text_edge_space(original, copy, a0, a1, b0, b1, old, new)
    if found:
        return found
    if typography.same(old, new):
        if old.isspace() and new.isspace():
            parts = [(old, new)]
        else:
            parts = _parts(original, copy, a0, a1, b0, b1, details)
        reason, evidence = _typography_reason(old, new, tuple(parts))
        return Verdict(Category.TYPOGRAPHY, reason, evidence)
    if (not old and new.isspace()) or (not new and old.isspace()):
        reason, evidence = _typography_reason(old, new, ((old, new),))
        return Verdict(Category.TYPOGRAPHY, reason, evidence)
    # 2. corruption
    if old and new:
        found = corruption.explain_change(old, new, original, copy)
        if found:
            return Verdict(Category.CORRUPTION, found.reason, found.evidence)
    else:
        found = _damage_only(new or old)
        if found:
            if not new:
                what = found.reason.removesuffix(" inserted").replace(" inserted (", " (")
                return Verdict(
                    Category.CORRUPTION,
                    f"in the original, dropped by the copy: {what}",
                    (*found.evidence, "original-side"),
                )
            return Verdict(Category.CORRUPTION, found.reason, found.evidence)
    # same value, other notation: a number in another locale's format, an abbreviation
    # with or without its full stops
    if old and new:
        found = _notation(old, new)
        if found:
            return found
    # 3. boilerplate (a line break on the other side does not make it a replacement:
    # a promo inserted between two paragraphs is an insertion)
    if not old.strip() or not new.strip():
        text, whole, start, end = (new, copy, b0, b1) if new.strip() else (old, original, a0, a1)
        # the copy dropping text of the original is boilerplate only when it is
        # unmistakable (a marker line, a share row), never a sentence of prose
        found = boilerplate.explain(text, whole, strict=not new.strip())
        if not found and new.strip():
            found = _caption_part(copy, b0, b1)
        if found:
            evidence = list(found.evidence)
            first, last = _text_bounds(whole)
            if start <= first:
                evidence.append("document-head")
            if end >= last:
                evidence.append("document-tail")
            if start and whole[start - 1] != "\n" and not text.startswith("\n"):
                evidence.append("glued")
            reason = found.reason if new.strip() else f"copy dropped the original's {found.reason}"
            return Verdict(Category.BOILERPLATE, reason, tuple(evidence))
    if old and new and len(old) + len(new) <= BOILERPLATE_REPLACED_MAX:
        theirs = boilerplate.explain(new, copy)
        # the original's side must be unmistakable boilerplate: its headline or a
        # caption replaced by an ad is content lost, not boilerplate swapped
        ours = theirs and boilerplate.explain(old, original, strict=True)
        if ours and theirs:  # one site's boilerplate in place of another's
            return Verdict(
                Category.BOILERPLATE,
                f"boilerplate replaced: {theirs.reason} (was {ours.reason})",
                tuple(dict.fromkeys((*theirs.evidence, *ours.evidence, "replaced"))),
            )
    # 4. edit
    parts = (
        _parts(original, copy, a0, a1, b0, b1, details)
        if details or len(old) + len(new) <= MIXED_MAX_CHARS
        else []
    )
    return _edit(original, copy, a0, a1, b0, b1, old, new, parts)


# -- questions of the two fragments alone, remembered per comparison ---------------------
#
# A copy repeats its changes: the same quote style, the same damaged letter, the same
# word swapped in many paragraphs (the change-dense benchmark asks these 349 times
# about 22 pairs of fragments). These answers depend on the fragments only, not on
# where they stand, so each is computed once per comparison and forgotten with the
# other memos (:func:`_forget_findings`).

#: how many fragment pairs each memo keeps
FRAGMENT_MEMO = 4096


@functools.lru_cache(maxsize=FRAGMENT_MEMO)
def _notation(old: str, new: str) -> Verdict | None:
    """The same value in another notation (a locale's number format, an abbreviation
    with or without full stops) or the same words in another form (:data:`VARIANT_QUESTIONS`)."""
    return _same_numbers(old, new) or _abbreviation(old, new) or _variant(old, new)


@functools.lru_cache(maxsize=FRAGMENT_MEMO)
def _typography_reason(
    old: str, new: str, parts: tuple[tuple[str, str], ...]
) -> tuple[str, tuple[str, ...]]:
    """:func:`compare.typography.describe` of a typography-only change."""
    return typography.describe(old, new, list(parts))


@functools.lru_cache(maxsize=FRAGMENT_MEMO)
def _damage_only(text: str) -> corruption.Finding | None:
    """:func:`compare.corruption.explain_insert`: an insertion made only of damage."""
    return corruption.explain_insert(text)


class _Reading(NamedTuple):
    """What :func:`_edit` reads off the two fragments alone (see :func:`_reading`)."""

    numbers_old: tuple[str, ...]
    numbers_new: tuple[str, ...]
    words_old: tuple[str, ...]
    words_new: tuple[str, ...]
    word_set_old: frozenset[str]
    word_set_new: frozenset[str]
    #: either fragment holds a whole quotation
    holds_quote: bool
    #: a negation added or removed, in a small change (at most 8 words a side)
    negation: bool


@functools.lru_cache(maxsize=FRAGMENT_MEMO)
def _reading(old: str, new: str) -> _Reading:
    """The numbers, words, quotations and negation of an edit's two fragments: each
    pattern run once per fragment pair, not once per question."""
    words_old, words_new = tuple(_WORD.findall(old)), tuple(_WORD.findall(new))
    # a negation turning up or vanishing matters in a small change; a whole inserted
    # or missing paragraph simply contains whatever negations it has. One that is only
    # written otherwise (didn't → did not → without) is no negation.
    small = len(old.split()) <= 8 and len(new.split()) <= 8
    return _Reading(
        tuple(_NUMBER.findall(old)),
        tuple(_NUMBER.findall(new)),
        words_old,
        words_new,
        frozenset(words_old),
        frozenset(words_new),
        _holds_quote(old) or _holds_quote(new),
        small and variants.changes_negation(old, new),
    )


def _caption_part(copy: str, b0: int, b1: int) -> boilerplate.Finding | None:
    """An inserted caption whose credit, on the same line, the diff made a change of
    its own (``Residents are evacuated …`` + `` REUTERS/Jane Doe``): the caption is
    boilerplate too when the whole line is a caption ending in a credit."""
    start = copy.rfind("\n", 0, b0) + 1
    end = copy.find("\n", b0)
    end = len(copy) if end < 0 else end
    if copy[start:b0].strip() or b1 > end or not copy[b1:end].strip():
        return None  # must open the line and leave the credit after it
    found = boilerplate.caption(copy[start:end])
    # the rest of the line after the inserted part must be the credit, alone
    return found if found and boilerplate.classify_line(copy[b1:end]) else None


def _text_edge_space(original, copy, a0, a1, b0, b1, old, new) -> Verdict | None:
    """Blank lines or spaces at the very end (or start) of the texts: no paragraphs
    were joined or split there, the file just ends (or starts) otherwise."""
    if (old and not old.isspace()) or (new and not new.isspace()) or old == new:
        return None
    first_a, last_a = _text_bounds(original)
    first_b, last_b = _text_bounds(copy)
    if a0 >= last_a and b0 >= last_b:
        where = "end"
    elif a1 <= first_a and b1 <= first_b:
        where = "start"
    else:
        return None
    lines_old, lines_new = old.count("\n"), new.count("\n")
    if lines_old == lines_new:
        what = "spaces"
    else:
        what = "line breaks" if abs(lines_old - lines_new) > 1 else "a line break"
    how = "more" if len(new) > len(old) else "fewer"
    if what == "a line break":
        how = "added" if lines_new > lines_old else "removed"
        return Verdict(
            Category.TYPOGRAPHY, f"{what} {how} at the {where} of the text", ("text-edge",)
        )
    return Verdict(
        Category.TYPOGRAPHY,
        f"{how} {what} at the {where} of the text ({lines_old} → {lines_new} line breaks)"
        if what != "spaces"
        else f"{how} spaces at the {where} of the text",
        ("text-edge",),
    )


# -- the spacing half of a split mojibake ------------------------------------------------

#: the lead byte of "à" (C3 A0) misread: "Ã"; its second byte is a no-break space
_SPLIT_LEADS = {"\N{LATIN CAPITAL LETTER A WITH TILDE}": 0xC3, "\N{LATIN CAPITAL LETTER A WITH CIRCUMFLEX}": 0xC2}


def _mojibake_space(original, copy, a0, a1, b0, b1, old, new) -> Verdict | None:
    """``à`` → ``Ã`` + NBSP where the diff kept the NBSP (or the space it became) as a
    separate spacing change: that spacing is the rest of the garbled character."""
    if not new or new[0] not in " \N{NO-BREAK SPACE}" or not b0 or (old and not old.isspace()):
        return None
    lead = _SPLIT_LEADS.get(copy[b0 - 1])
    if lead is None or not new.isspace():
        return None
    clean = bytes([lead, 0xA0]).decode("utf-8")
    # the change before this one turned `clean` into the lead alone
    if not a0 or original[a0 - 1] != clean:
        return None
    codec = next(
        (name for codec, name in corruption.codec_order(copy) if codec in ("latin-1", "sloppy-windows-1252")),
        "Windows-1252",
    )
    how = "left as a no-break space" if "\N{NO-BREAK SPACE}" in new else "turned into a space"
    return Verdict(
        Category.CORRUPTION,
        f"second byte of {typography.enclose(clean)} (garbled as {typography.enclose(copy[b0 - 1])}): "
        f"UTF-8 read as {codec}, its NBSP byte {how}",
        ("mojibake", "lost-byte"),
    )


# -- same value, other notation -----------------------------------------------------------

#: a number as locales write it: groups of three separated by , . ' or a (thin/no-break)
#: space, and a decimal part after , or .
_LOCALE_NUMBER = lazy(
    r"(?<![\d.,])\d{1,3}(?:(?:[,.'\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE} ])\d{3})+"
    r"(?:[.,]\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)"
)
#: a percent sign, with or without a (no-break) space before it
_PERCENT_SPACE = lazy(r"[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}]+%")
#: an abbreviation written with full stops: U.S., U.K., e.g.
_DOTTED_ABBREVIATION = lazy(r"(?<!\w)(?:\p{L}\.){2,}")


def _number_values(number: str) -> set[float]:
    """The values ``number`` can have in the locales that write numbers differently
    (``1.150`` is 1.15 in English and 1150 in German)."""
    values = set()
    for decimal in ".,":
        whole, frac = number.rsplit(decimal, 1) if number.count(decimal) == 1 else (number, "")
        if number.count(decimal) > 1 or (not frac and decimal in number):
            continue
        groups = _GROUPED.fullmatch(whole)
        if not groups:
            continue
        digits = "".join(c for c in whole if c.isdigit())
        values.add(round(float(f"{digits}.{frac or 0}"), 9))
    return values


#: an integer part: plain digits, or groups of three with one separator throughout
_GROUPED = lazy(
    r"\d+|\d{1,3}(?:(?P<sep>[,.'\N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE} ])\d{3})"
    r"(?:(?P=sep)\d{3})*"
)


def _same_numbers(old: str, new: str) -> Verdict | None:
    """Numbers written in another locale's format (``1,150`` → ``1.150``, ``51.2%`` →
    ``51,2 %``), the rest alike: the value is unchanged, only the notation differs."""
    if not any(c.isdigit() for c in old) or not any(c.isdigit() for c in new):
        return None
    old_n, new_n = _LOCALE_NUMBER.findall(old), _LOCALE_NUMBER.findall(new)
    if not old_n or len(old_n) != len(new_n) or old_n == new_n:
        return None
    skeleton_old = _PERCENT_SPACE.sub("%", _LOCALE_NUMBER.sub("0", old))
    skeleton_new = _PERCENT_SPACE.sub("%", _LOCALE_NUMBER.sub("0", new))
    if skeleton_old != skeleton_new and typography.fold(skeleton_old) != typography.fold(
        skeleton_new
    ):
        return None
    pairs = [(x, y) for x, y in zip(old_n, new_n, strict=True) if x != y]
    for x, y in pairs:
        digits_x = "".join(c for c in x if c.isdigit())
        digits_y = "".join(c for c in y if c.isdigit())
        if digits_x != digits_y or not (_number_values(x) & _number_values(y)):
            return None
    x, y = pairs[0]
    more = f" (+{len(pairs) - 1} more)" if len(pairs) > 1 else ""
    return Verdict(
        Category.TYPOGRAPHY,
        f"number format: {x} written as {y}, same value (another locale's separators){more}",
        ("number-format",),
    )


#: the same words in another form, asked in this order (:mod:`compare.variants`)
VARIANT_QUESTIONS = (
    variants.contraction,
    variants.lost_quotes,
    variants.spelling_variant,
    variants.compound,
    variants.same_value,
)


def _variant(old: str, new: str) -> Verdict | None:
    for question in VARIANT_QUESTIONS:
        found = question(old, new)
        if found:
            return Verdict(found.category, found.reason, found.evidence)
    return None


def _abbreviation(old: str, new: str) -> Verdict | None:
    """An abbreviation with or without its full stops (``U.S.`` → ``US``)."""
    if "." not in old + new or not (
        _DOTTED_ABBREVIATION.search(old) or _DOTTED_ABBREVIATION.search(new)
    ):
        return None

    def undotted(text: str) -> str:
        return _DOTTED_ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)

    a, b = typography.fold(undotted(old)), typography.fold(undotted(new))
    # "the U.S." at a sentence end keeps one stop: "US."
    if a != b and a.rstrip(".") != b.rstrip("."):
        return None
    how = "without" if _DOTTED_ABBREVIATION.search(old) else "with"
    return Verdict(
        Category.TYPOGRAPHY,
        f"abbreviation written {how} full stops: {old.strip()} → {new.strip()} (same word)",
        ("abbreviation",),
    )


# -- character-level parts ---------------------------------------------------------------


def _parts(original, copy, a0, a1, b0, b1, details) -> list[tuple[str, str]]:
    """The (old, new) pieces that differ inside a change."""
    if details:
        return [(original[d0:d1], copy[e0:e1]) for d0, d1, e0, e1 in details]
    old, new = original[a0:a1], copy[b0:b1]
    if not old or not new or len(old) + len(new) > PARTS_MAX_CHARS:
        return [(old, new)]
    a_g, b_g = graphemes(old), graphemes(new)
    encoder = Encoder()
    pieces = dmp.diff(encoder.encode(a_g), encoder.encode(b_g), dmp.WorkBudget(2_000))
    out: list[tuple[str, str]] = []
    ia = ib = 0
    pending: list[str] = ["", ""]
    for piece in pieces:
        n = len(piece.text)
        if piece.kind is dmp.Kind.EQUAL:
            if pending[0] or pending[1]:
                out.append((pending[0], pending[1]))
                pending = ["", ""]
            ia += n
            ib += n
        elif piece.kind is dmp.Kind.DELETE:
            pending[0] += "".join(a_g[ia : ia + n])
            ia += n
        else:
            pending[1] += "".join(b_g[ib : ib + n])
            ib += n
    if pending[0] or pending[1]:
        out.append((pending[0], pending[1]))
    return out


# -- edits -----------------------------------------------------------------------------


def _edit(original, copy, a0, a1, b0, b1, old, new, parts) -> Verdict:
    evidence: list[str] = []
    # only white space on one side (a line break the insertion came with): an insertion
    # or an omission, never "reworded: ¶ → …"
    if not old.strip():
        old = ""
    elif not new.strip():
        new = ""
    if not old:
        evidence.append("insertion")
    elif not new:
        evidence.append("omission")
    else:
        evidence.append("reworded")

    reading = _reading(old, new)
    numbers_old, numbers_new = reading.numbers_old, reading.numbers_new
    number_changed = numbers_old != numbers_new
    if number_changed:
        evidence.append("number")
    names_old, names_new = _names(old, original, a0), _names(new, copy, b0)
    # a name is changed when one side names someone the other side does not mention at
    # all (a name that merely starts a sentence on the other side is still there)
    all_old, all_new = reading.word_set_old, reading.word_set_new
    name_changed = any(n not in all_new for n in names_old) or any(
        n not in all_old for n in names_new
    )
    if name_changed:
        evidence.append("name")
    quoted = _inside_quote(original, a0, a1) or _inside_quote(copy, b0, b1)
    if quoted:
        evidence.append("inside-quote")
    holds_quote = not quoted and reading.holds_quote
    if holds_quote:
        evidence.append("quotation")
    # a negation in a small change, not merely written otherwise (see _reading)
    negation = reading.negation
    if negation:
        evidence.append("negation")
    whole_para_new = _whole_paragraph(copy, b0, b1)
    whole_para_old = _whole_paragraph(original, a0, a1)
    duplicate = bool(new.strip()) and len(new.strip()) >= 20 and _repeated(new, copy, b0, b1)
    if duplicate:
        evidence.append("duplicate")

    # mixed changes: which parts are not content?
    side_notes: list[str] = []
    for x, y in parts[:MIXED_PARTS_CHECKED]:
        if x and y and typography.same(x, y) and "with-typography" not in evidence:
            evidence.append("with-typography")
            side_notes.append("typography")
        elif x and y and corruption.explain_change(x, y) and "with-corruption" not in evidence:
            evidence.append("with-corruption")
            side_notes.append("damaged characters")

    dateline = _dateline(copy, b0, new) if not old else _dateline(original, a0, old) if not new else None
    if dateline:
        evidence.append("dateline")
    if dateline and not old:
        reason = f"dateline added: {quote(dateline)}"
    elif dateline:
        reason = f"dateline removed: {quote(dateline)}"
    elif item := _list_item(copy if not old else original, b0 if not old else a0, new or old):
        evidence.append("list-item")
        if "number" in evidence:
            evidence.remove("number")
            number_changed = False
        reason = f"list item {'added' if not old else 'removed'}: {quote(item)}"
    elif not old:
        if duplicate:
            reason = f"repeated text added: {_repeats(new, copy, b0, b1)}"
        elif whole_para_new and _sentences(new) >= 1 and _paragraph_sized(new):
            evidence.append("paragraph")
            reason = f"paragraph added ({_counted(new)}): {quote(new, 30)}"
        else:
            reason = f"{_unit(new)} added: {quote(new)}"
    elif not new:
        if whole_para_old and _paragraph_sized(old):
            evidence.append("paragraph")
            reason = f"paragraph missing ({_counted(old)}): {quote(old, 30)}"
        else:
            reason = f"{_unit(old)} removed: {quote(old)}"
    elif reading.words_old == reading.words_new:
        evidence.append("punctuation")
        reason = f"punctuation changed: {quote(old, 40, new)} → {quote(new, 40, old)}"
    elif _LIST_NUMBER.fullmatch(old) and _LIST_NUMBER.fullmatch(new) and _line_start(original, a0):
        evidence = ["renumbered"]
        number_changed = False
        reason = f"list renumbered: {old.strip()} → {new.strip()}"
    elif renumbered := _renumbered_list(old, new):
        evidence[0:1] = ["omission" if renumbered[0] == "removed" else "insertion", "renumbered"]
        if "number" in evidence:
            evidence.remove("number")
            number_changed = False
        verb, items = renumbered
        shown = ", ".join(quote(item, 30) for item in items)
        reason = f"list item {verb}: {shown}; the items after it renumbered"
    elif not reading.words_new or not reading.words_old:
        # words on one side only, a punctuation mark on the other: words added/removed
        words, verb = (old, "removed") if reading.words_old else (new, "added")
        reason = f"{_unit(words)} {verb}: {quote(words.strip(_EDGE_PUNCTUATION))}"
    elif number_changed and len(numbers_old) == len(numbers_new) == 1 and len(old.split()) <= 3:
        reason = f"number changed: {numbers_old[0]} → {numbers_new[0]}"
    elif name_changed and names_old and names_new and len(old.split()) <= 3 and len(new.split()) <= 3:
        # a name in place of a name; a name merely dropped or added is a rewording
        reason = f"name changed: {quote(old, 24, new)} → {quote(new, 24, old)}"
    else:
        reason = f"reworded: {quote(old, 40, new)} → {quote(new, 40, old)}"

    if quoted:
        reason = "inside a quotation, " + reason
    elif holds_quote:
        reason += " (holds a quotation)"
    elif number_changed and "number changed" not in reason:
        reason += " (number)"
    elif negation and "negation" in evidence:
        reason += " (negation)"
    if side_notes:
        reason += f"; also {' and '.join(side_notes)}"
    return Verdict(Category.EDIT, reason, tuple(evidence))


def _dateline(whole: str, start: int, fragment: str) -> str | None:
    """The wire dateline ``fragment`` is, when it opens a paragraph (``ROME (Reuters) -``)."""
    if start and whole[start - 1] != "\n":
        return None
    return fragment.strip() if _DATELINE.match(fragment) else None


def _names(fragment: str, whole: str, start: int) -> list[str]:
    """Capitalised words of ``fragment`` that are not merely sentence-initial."""
    out = []
    for m in _NAME.finditer(fragment):
        at = start + m.start()
        before = whole[max(0, at - 40) : at].rstrip()
        sentence_start = not before or before[-1] in ".!?\n:\N{LEFT DOUBLE QUOTATION MARK}\""
        if not sentence_start:
            out.append(m.group())
    return out


#: how far back in its paragraph a change looks for an open quotation mark: a news
#: quotation is far shorter, and a bound keeps a copy that lost all its line breaks
#: (one 100 KB "paragraph") from costing the paragraph's length for every change
QUOTE_LOOKBACK_CHARS = 3000


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` starts inside a quotation that opens before it and
    closes after its start (in it or after it), within its paragraph.

    Marks pair up as they come: a curly or angle opener opens, a closer (or a straight
    ``"``, when a quotation is open) closes, a straight ``"`` with none open opens.
    A quotation still open at the paragraph's end was never closed (a stray or
    mismatched mark): it quotes nothing.
    """
    if start == end and not text:
        return False
    para_start = text.rfind("\n", max(0, start - QUOTE_LOOKBACK_CHARS), start) + 1
    para_start = max(para_start, start - QUOTE_LOOKBACK_CHARS)
    para_end = text.find("\n", end, end + QUOTE_LOOKBACK_CHARS)
    para_end = min(len(text), end + QUOTE_LOOKBACK_CHARS) if para_end < 0 else para_end
    opened: list[int] = []  # where each open quotation began
    for mark in _QUOTE_MARK.finditer(text, para_start, para_end):  # the marks only
        at = mark.start()
        c = text[at]
        if c in _OPENERS or (c == '"' and not opened):
            opened.append(at)
        elif (c in _CLOSERS or c == '"') and opened:
            began = opened.pop()
            if began < start and at >= start:  # the change starts inside the quotation
                return True
    return False


def _holds_quote(fragment: str) -> bool:
    """Whether a fragment holds a whole quotation (opening and closing marks)."""
    return (not _OPENERS.isdisjoint(fragment) and not _CLOSERS.isdisjoint(fragment)) or (
        fragment.count('"') >= 2
    )


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` starts and ends at line breaks (or the text's ends)."""
    if start == end:
        return False
    return (start == 0 or text[start - 1] == "\n" or text[start] == "\n") and (
        end == len(text) or text[end - 1] == "\n" or text[end] == "\n"
    )


def _repeated(fragment: str, whole: str, start: int, end: int) -> bool:
    """Whether the inserted ``fragment`` repeats lines that stand elsewhere in ``whole``.

    Every non-blank line of the fragment must occur at least twice in the text (once
    is the fragment itself). Line counts are built once per text, so this stays
    constant time per change on a 10 MB copy.
    """
    lines = [boilerplate.line_key(line) for line in fragment.split("\n") if line.strip()]
    counts = boilerplate.line_counts(whole)
    return bool(lines) and all(counts.get(line, 0) >= 2 for line in lines)


#: a list item's number at the start of a line: "3. ", "12) "
_LIST_NUMBER = lazy(r"^\s*\d{1,3}[.)]\s*")


def _line_start(whole: str, start: int) -> bool:
    return start == 0 or not whole[whole.rfind("\n", 0, start) + 1 : start].strip()


def _list_item(whole: str, start: int, fragment: str) -> str | None:
    """The item's text when ``fragment`` is one whole item of a numbered list (its
    number before it on the line, the next item's number after it, or its own number
    at a line start): ``Read the manual⏎3. `` → ``Read the manual``."""
    if not fragment.strip() or fragment.count("\n") > 1:
        return None
    line_start = whole.rfind("\n", 0, start) + 1
    before = whole[line_start:start]
    if before and _LIST_NUMBER.fullmatch(before):
        head, _, rest = fragment.partition("\n")
        if rest and not _LIST_NUMBER.fullmatch(rest):
            return None
        return head.strip() or None
    if not before.strip() and (m := _LIST_NUMBER.match(fragment)) and fragment.endswith("\n"):
        return fragment[m.end() :].strip() or None
    return None


def _renumbered_list(old: str, new: str) -> tuple[str, list[str]] | None:
    """An item removed from (or added to) a numbered list, the items after it
    renumbered: ``Read⏎3. Close⏎4.`` → ``Close⏎3.``. (verb, the items) or None."""
    if "\n" not in old + new:
        return None
    a, b = old.split("\n"), new.split("\n")
    numbers_a = [m.group().strip() for line in a if (m := _LIST_NUMBER.match(line))]
    numbers_b = [m.group().strip() for line in b if (m := _LIST_NUMBER.match(line))]
    if not numbers_a or not numbers_b or numbers_a == numbers_b:
        return None
    bare_a = [_LIST_NUMBER.sub("", line) for line in a]
    bare_b = [_LIST_NUMBER.sub("", line) for line in b]
    longer, shorter, verb = (bare_a, bare_b, "removed") if len(a) > len(b) else (bare_b, bare_a, "added")
    extra = len(longer) - len(shorter)
    for cut in range(len(longer) - extra + 1):
        if longer[:cut] + longer[cut + extra :] == shorter:
            items = [line for line in longer[cut : cut + extra] if line.strip()]
            return (verb, items) if items else None
    return None


def _repeats(fragment: str, whole: str, start: int, end: int) -> str:
    """Which paragraph an inserted duplicate repeats: its line elsewhere in the copy."""
    first = next(line for line in fragment.split("\n") if line.strip())
    at = whole.find(first.strip())
    if start <= at < end:  # the fragment itself: the other one is after it
        at = whole.find(first.strip(), end)
    line = whole.count("\n", 0, at) + 1 if at >= 0 else None
    where = f"the paragraph at copy line {line}" if line else "text already in the copy"
    return f"repeats {where} ({quote(first, 30)})"


#: punctuation a quoted fragment sheds at its edges ("on Wednesday." → "on Wednesday")
_EDGE_PUNCTUATION = " \n.,;:!?"


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


#: a paragraph has at least this many words, or characters where words have no spaces
PARAGRAPH_MIN = {"words": 12, "characters": 24}
#: a sentence has at least this many words, or characters where words have no spaces
SENTENCE_MIN = {"words": 6, "characters": 10}


def _paragraph_sized(text: str) -> bool:
    n, unit = size(text)
    return n >= PARAGRAPH_MIN[unit]


def _counted(text: str) -> str:
    """``12 words``, or ``34 characters`` for Chinese, Japanese, Thai … text."""
    n, unit = size(text)
    return f"{n} {unit}"


def _unit(text: str) -> str:
    n, unit = size(text)
    sentences = _sentences(text)
    if sentences >= 1 and n >= SENTENCE_MIN[unit]:
        return "sentence" if sentences == 1 else f"{sentences} sentences"
    if not n:
        return "text"
    return f"{n} {unit}" if n > 1 else unit[:-1]


def quote(text: str, limit: int = QUOTE_CHARS, *beside: str) -> str:
    """A fragment quoted for a reason: one line, invisible characters named, shortened.

    Quoted “…” unless the fragment (or a fragment ``beside`` it in the same reason)
    holds double quotes or guillemets: then ‹…› (see :func:`typography.enclose`).
    """
    flat = " ".join(text.split())
    if not flat and text:
        return corruption.show(text, limit)
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return typography.enclose(flat, *beside)


def clip(reason: str) -> str:
    """One line, at most :data:`MAX_REASON` characters."""
    reason = " ".join(reason.split())
    if len(reason) > MAX_REASON:
        reason = reason[: MAX_REASON - 1].rstrip() + "…"
    return reason


# -- the classify stage: blocks in, labelled parts out ----------------------------------


@dataclass(frozen=True, slots=True)
class Labelled:
    """A part of a block with its verdict: ``original[a0:a1]`` → ``copy[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int
    details: tuple[tuple[int, int, int, int], ...]
    verdict: Verdict
    #: index of the block (see :func:`compare.segment.segment`) it is part of
    block: int


def _coarse(block, index: int, original: str, copy: str) -> Labelled:
    """A block gathered from many changes (:mod:`compare.coarsen`), judged as a whole."""
    x = block
    verdict = classify(original, copy, x.a0, x.a1, x.b0, x.b1, ())
    reason = clip(f"block of {x.coarse:,} changes, shown as one: {verdict.reason}")
    evidence = (*verdict.evidence, "coarse-block")
    return Labelled(x.a0, x.a1, x.b0, x.b1, (), Verdict(verdict.category, reason, evidence), index)


def _forget_findings() -> None:
    """Empty the memos of the fragment classifiers (they hold the texts they were asked
    about): each comparison starts afresh, so none keeps a former comparison's texts."""
    corruption.explain_change.cache_clear()
    boilerplate.explain.cache_clear()
    boilerplate.classify_line.cache_clear()
    boilerplate.tail_start.cache_clear()
    for memo in (_notation, _typography_reason, _damage_only, _reading):
        memo.cache_clear()
    from . import refine  # imports this module

    refine._one_word_change.cache_clear()


def classify_blocks(
    blocks, original: str, copy: str, chrome_context, budget=None
) -> tuple[Labelled, ...]:
    """The classify stage: every block of :func:`compare.segment.segment` judged,
    region by region, into labelled parts (a block may hold chrome glued to content,
    or content of several natures: :mod:`compare.refine`, within ``budget``, a
    :class:`compare.refine.PartBudget`). Moved halves get their reason from
    :mod:`compare.moved`; inserted lines no phrase table explains are judged by
    their shape (:mod:`compare.chrome`)."""
    from . import regions, segment  # the stage's helper modules import this one

    _forget_findings()
    out: list[Labelled] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        while j < len(blocks) and blocks[j].region == blocks[i].region:
            j += 1
        kind = blocks[i].kind
        if kind is segment.BlockKind.MOVED:
            out.append(regions.moved(blocks, i, original, copy))
        elif kind is segment.BlockKind.LINE:
            out += regions.lines(blocks, i, j, original, copy, chrome_context, budget)
        elif kind is segment.BlockKind.COARSE:
            out.append(_coarse(blocks[i], i, original, copy))
        elif kind is segment.BlockKind.WHOLE:
            out += regions.content(blocks[i], i, original, copy, chrome_context, budget=budget)
        else:
            out += regions.replacement(blocks, i, j, original, copy, chrome_context, budget)
        i = j
    return tuple(out)
