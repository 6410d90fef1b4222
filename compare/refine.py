"""One change, one nature: the classify stage's judgement of a content block's parts.

Part of the classify stage (:mod:`compare.classify`). A block the segment stage left
whole can still hold differences of several natures: chrome glued to a line
(``ADVERTISEMENT Officials said …``, ``… said. Share this: Facebook``), damage or
typography beside a real word edit, a paragraph replaced by an ad, two added
paragraphs. Each function here returns the block's parts *with their verdicts*
(:class:`compare.classify.Labelled`), so nothing is classified twice and nothing
flows back to an earlier stage.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable

import regex

from . import boilerplate
from .classify import Labelled, Verdict
from .diffing import char_details, word_changes
from .model import Category
from .tokens import is_boundary, tokenize

#: a change is split into its word-level sub-changes only when it has at most this many
MIXED_MAX_SUBCHANGES = 16
#: a comparison classifies at most this many word-level sub-changes on their own ...
MIXED_MAX_PARTS = 2_000
#: ... plus one per this many characters (both texts); past that a change is judged
#: whole (a text of combining marks mixed in every word had 50,000 such parts in
#: 3.6 MB, at about a millisecond each; ordinary copies have a few dozen)
MIXED_CHARS_PER_PART = 10_000
#: a multi-paragraph insertion (deletion) is split into paragraphs only when every
#: paragraph has at least this many words (sentences, not a list of headlines)
PARAGRAPH_SPLIT_MIN_WORDS = 6
#: how many fragment pairs :func:`_one_word_change` remembers
ONE_WORD_MEMO = 4096
#: a blank line (paragraph separator) with the line breaks around it
_SEPARATOR = regex.compile(r"\n[^\S\n]*\n\s*")

Span4 = tuple[int, int, int, int]
Judge = Callable[..., Verdict]


class PartBudget:
    """How many more word-level sub-changes one comparison may classify on their own
    (:func:`_mixed`), and how many changes were judged whole for want of it."""

    __slots__ = ("left", "total", "whole")

    def __init__(self, a: str, b: str) -> None:
        self.total = self.left = MIXED_MAX_PARTS + (len(a) + len(b)) // MIXED_CHARS_PER_PART
        self.whole = 0  # changes judged whole that would have been split into parts

    def spent(self) -> bool:
        """Whether nothing is left; then one more change is counted as judged whole."""
        if self.left:
            return False
        self.whole += 1
        return True

    def take(self, parts: int) -> bool:
        """Spend ``parts``, if that many are left; else count one change judged whole."""
        if parts > self.left:
            self.left = 0  # first come, first served: no smaller change gets them later
            self.whole += 1
            return False
        self.left -= parts
        return True

    def note(self) -> str | None:
        """What the comparison's notes say when the budget ran out."""
        if not self.whole:
            return None
        return (
            f"Coarser result: {self.whole:,} changes were judged as a whole, not word by "
            f"word (only {self.total:,} word-level parts are classified one by one in a "
            "comparison of this size); such a change that mixes damage with an edit is "
            "shown as one change of its main kind."
        )


def glued_parts(piece: Span4, details, a: str, b: str) -> list[tuple[Span4, tuple]]:
    """A one-line block with chrome glued to its start or end: the content part and
    the chrome part (an insertion), else the block itself."""
    a0, a1, b0, b1 = piece
    old, new = a[a0:a1], b[b0:b1]
    if not new.strip() or "\n" in new.strip():
        return [(piece, details)]
    # a marker glued to the start of a paragraph ("ADVERTISEMENT Officials")
    head = boilerplate.head_end(new) if old and (b0 == 0 or b[b0 - 1] == "\n") else None
    if head:
        rest = (a0, a1, b0 + head, b1)
        return [((a0, a0, b0, b0 + head), ()), (rest, _inside(details, rest))]
    # chrome glued to the end of a paragraph ("… said. Share this: Facebook")
    tail = boilerplate.tail_start(new)
    if tail and new[:tail].strip() and not boilerplate.explain(new, b):
        first = (a0, a1, b0, b0 + tail)
        return [(first, _inside(details, first)), ((a1, a1, b0 + tail, b1), ())]
    return [(piece, details)]


def by_nature(
    piece: Span4,
    details,
    a: str,
    b: str,
    block: int,
    judge: Judge,
    whole: Verdict | None = None,
    budget: PartBudget | None = None,
) -> list[Labelled]:
    """``piece`` labelled, or its parts labelled when it mixes natures (``whole``: its
    verdict, when the caller has it already; ``budget``: the comparison's, see
    :class:`PartBudget`)."""
    a0, a1, b0, b1 = piece
    if a0 == a1 or b0 == b1:
        return _paragraphs(piece, details, a, b, block, judge, whole)
    whole = whole or judge(a, b, a0, a1, b0, b1, details)
    if whole.category is Category.CORRUPTION:
        # several damaged words with intact ones between: each its own change, when
        # each is damage on its own (so the intact words are not highlighted)
        return _mixed(piece, details, a, b, block, judge, budget, keep_edits_whole=False) or [
            Labelled(*piece, details, whole, block)
        ]
    if whole.category is not Category.EDIT:
        return [Labelled(*piece, details, whole, block)]
    return (
        _replaced_by_boilerplate(piece, a, b, block, judge)
        or _mixed(piece, details, a, b, block, judge, budget)
        or [Labelled(*piece, details, whole, block)]
    )


def _inside(details, piece: Span4) -> tuple:
    a0, a1, b0, b1 = piece
    return tuple(d for d in details if a0 <= d[0] and d[1] <= a1 and b0 <= d[2] and d[3] <= b1)


def _paragraphs(
    piece: Span4, details, a: str, b: str, block: int, judge: Judge, whole: Verdict | None = None
) -> list[Labelled]:
    """An insertion (deletion) of several paragraphs of content: one change each.

    Two added paragraphs are two facts for the editor ("paragraph added" twice, each
    with its own reason). Each part keeps one separator, on the side the whole had
    it ("P1\n\nP2\n\n" -> "P1\n\n" + "P2\n\n"; "\n\nP1\n\nP2" -> "\n\nP1" + "\n\nP2").
    Only content is split this way: a block of short lines (a "Trending" list) is
    explained as a whole, and so is a whole text added or missing.
    """
    a0, a1, b0, b1 = piece
    whole = whole or judge(a, b, a0, a1, b0, b1, details)
    insert = a0 == a1
    text, start = (b[b0:b1], b0) if insert else (a[a0:a1], a0)
    inner = [m for m in _SEPARATOR.finditer(text) if m.start() and m.end() < len(text)]
    side = b if insert else a
    if (
        whole.category is not Category.EDIT
        or not inner
        or (not side[:start].strip() and not side[start + len(text) :].strip())
    ):
        return [Labelled(*piece, details, whole, block)]
    bounds = [0, *(m.start() for m in inner), len(text)]
    if any(
        len(text[s:e].split()) < PARAGRAPH_SPLIT_MIN_WORDS for s, e in itertools.pairwise(bounds)
    ):
        return [Labelled(*piece, details, whole, block)]  # headings, lists: one block
    leading = text[:1].isspace()
    cuts = [0, *(m.start() if leading else m.end() for m in inner), len(text)]
    out = []
    for s, e in itertools.pairwise(cuts):
        part = (a0, a0, start + s, start + e) if insert else (start + s, start + e, b0, b0)
        out.append(Labelled(*part, (), judge(a, b, *part), block))
    return out


def _whole_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at line boundaries."""
    return (start == 0 or text[start - 1] == "\n" or text[start] == "\n") and (
        end == len(text) or text[end] == "\n" or text[end - 1] == "\n"
    )


def _replaced_by_boilerplate(
    piece: Span4, a: str, b: str, block: int, judge: Judge
) -> list[Labelled] | None:
    """A paragraph replaced by a boilerplate line: the paragraph missing + the insert.

    "reworded: These records have dire … → Advertisement" hides that a paragraph of
    the article is gone. When the copy side (whole lines) is boilerplate on its own
    and the original side is not, they are two changes: the deletion (an edit) and
    the insertion (boilerplate).
    """
    a0, a1, b0, b1 = piece
    if not _whole_lines(b, b0, b1) or not _whole_lines(a, a0, a1):
        return None
    inserted = judge(a, b, a1, a1, b0, b1)
    if inserted.category is not Category.BOILERPLATE:
        return None
    deleted = judge(a, b, a0, a1, b0, b0)
    if deleted.category is Category.BOILERPLATE:
        return None
    return [
        Labelled(a0, a1, b0, b0, (), deleted, block),
        Labelled(a1, a1, b0, b1, (), inserted, block),
    ]


def _mixed(
    piece: Span4,
    details,
    a: str,
    b: str,
    block: int,
    judge: Judge,
    budget: PartBudget | None,
    *,
    keep_edits_whole: bool = True,
) -> list[Labelled] | None:
    """An edit that also holds damage or typography, split where the nature changes.

    The word diff's semantic clean-up joins neighbouring differences, so mojibake
    in one word and a changed name in the next come out as one change, classified
    as an edit: the damage is then never counted. Each word-level sub-change (see
    :func:`compare.diffing.word_changes`) is classified on its own; when some are
    not edits (corruption, typography), every such sub-change becomes a change of
    its own, and consecutive edit sub-changes stay one change (with the unchanged
    words between them) so a rewording is not cut to confetti. Without
    ``keep_edits_whole`` (a change classified as damage as a whole) it is split only
    when no sub-change is an edit on its own. Sub-changes are classified only while
    the comparison's ``budget`` lasts (see :class:`PartBudget`).
    """
    if budget is not None and budget.spent():
        return None  # judged whole: not even cut into its parts
    if _one_word_change(a[piece[0] : piece[1]], b[piece[2] : piece[3]]):
        return None  # word_changes would find one sub-change at most
    subs = word_changes(a, b, *piece)
    if len(subs) < 2 or len(subs) > MIXED_MAX_SUBCHANGES:
        return None
    if not all(
        is_boundary(a, s[0])
        and is_boundary(a, s[1])
        and is_boundary(b, s[2])
        and is_boundary(b, s[3])
        for s in subs
    ):
        return None  # never cut a grapheme cluster
    if budget is not None and not budget.take(len(subs)):
        return None
    found = []
    for s in subs:
        if _plain_word_edit(a[s[0] : s[1]], b[s[2] : s[3]]):
            found.append((s, (), None, Category.EDIT))
            continue
        sub_details = char_details(a, b, *s)
        verdict = judge(a, b, *s, sub_details)
        category = verdict.category
        if category is Category.BOILERPLATE:  # a fragment inside a line is content
            category = Category.EDIT
        found.append((s, sub_details, verdict, category))
    if all(category is Category.EDIT for *_, category in found):
        return None
    if not keep_edits_whole and any(category is Category.EDIT for *_, category in found):
        return None
    out: list[Labelled] = []
    group: list[Span4] = []

    def close() -> None:
        if group:
            part = (group[0][0], group[-1][1], group[0][2], group[-1][3])
            part_details = _inside(details, part)
            out.append(Labelled(*part, part_details, judge(a, b, *part, part_details), block))
            group.clear()

    for s, sub_details, verdict, category in found:
        if category is Category.EDIT:
            group.append(s)
            continue
        close()
        out.append(Labelled(*s, sub_details, verdict, block))
    close()
    return out


@functools.lru_cache(maxsize=ONE_WORD_MEMO)
def _one_word_change(old: str, new: str) -> bool:
    """Whether the token diff of :func:`compare.diffing.word_changes` can find at most
    one differing run: the tokens left after the common leading and trailing ones
    have none in common.

    The token diff (dmp) strips the common prefix and suffix of the two token
    sequences first; an equal piece between them would need a token both middles
    hold, and its merge pass only joins runs. Two sub-changes need an equal piece
    between them, so with disjoint middles ``word_changes`` returns one change (or
    none), which :func:`_mixed` turns down; most edits (one word for another, a word
    with damaged letters) are decided here without the diff. Remembered per
    comparison (a copy repeats its edits; forgotten with the classifiers' memos).
    """
    ta, tb = tokenize(old), tokenize(new)
    shorter = min(len(ta), len(tb))
    head = 0
    while head < shorter and ta[head] == tb[head]:
        head += 1
    tail = 0
    while tail < shorter - head and ta[-1 - tail] == tb[-1 - tail]:
        tail += 1
    return set(ta[head : len(ta) - tail]).isdisjoint(tb[head : len(tb) - tail])


def _plain_word_edit(old: str, new: str) -> bool:
    """ASCII letters, digits and spaces only, differing beyond letter case: an edit.

    No typography rule or damage pattern can explain such a change (quotes, dashes,
    entities, mojibake and lost characters all need other characters), so the
    classifier need not be asked.
    """
    return (
        old.isascii()
        and new.isascii()
        and old.replace(" ", "").isalnum()
        and new.replace(" ", "").isalnum()
        and old.casefold() != new.casefold()
    )
