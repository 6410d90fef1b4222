"""Pairing the facts of two aligned passages: kept, changed, missing or added.

Input: the :class:`~compare.facts.Mention` lists of one original passage and its
counterpart (a paragraph pair in translation mode, one edit in same-language mode).
Output: :class:`Pairing` records in original order. Equal values pair first (any
reading of an ambiguous number counts); what is left pairs by kind and position as
*changed*; the rest is *missing* (original only) or *added* (copy only). Soft
mentions (numbers in words, names we cannot check) only ever confirm.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .facts import NAME_STOPWORDS, Mention
from .model import FactKind, FactStatus
from .names import SAME_NAME_SCORE, SIMILAR_NAME_SCORE, latin_key, name_similarity

#: kinds whose values are numbers and may stand for each other ("€5 million" and
#: "5 millions" are the same amount once the currency is dropped by a translator)
NUMERIC_KINDS = frozenset({FactKind.NUMBER, FactKind.PERCENT, FactKind.MONEY})

#: how a kind reads in a reason
KIND_NOUNS: dict[FactKind, str] = {
    FactKind.NUMBER: "number",
    FactKind.PERCENT: "percentage",
    FactKind.MONEY: "amount",
    FactKind.DATE: "date",
    FactKind.NAME: "name",
    FactKind.QUOTE: "quotation",
}

#: a changed pair must be at most this far apart in relative position in the passage
MAX_CHANGED_DISTANCE = 0.6
#: name words this short are initials or particles, not evidence
MIN_NAME_WORD = 3

_HAN_CHAR = regex.compile(r"\p{Han}")
_WORD = regex.compile(r"[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*")


@dataclass(frozen=True, slots=True)
class Pairing:
    kind: FactKind
    status: FactStatus
    original: Mention | None
    copy: Mention | None
    reason: str


def _number_part(value: str) -> tuple[str, str]:
    currency, _, number = value.rpartition(" ")
    return currency, number


def _numeric_match(a: Mention, b: Mention) -> bool:
    for va in a.values:
        cur_a, num_a = _number_part(va)
        for vb in b.values:
            cur_b, num_b = _number_part(vb)
            if num_a == num_b and (not cur_a or not cur_b or cur_a == cur_b):
                return True
    return False


def _date_match(a: Mention, b: Mention) -> bool:
    va, vb = a.values[0], b.values[0]
    if va == vb:
        return True
    # "16 July" against "16 July 2021": the same day when the month and day agree
    return va.startswith("--") != vb.startswith("--") and va[-5:] == vb[-5:]


def _compatible(a: Mention, b: Mention) -> bool:
    if a.kind in NUMERIC_KINDS and b.kind in NUMERIC_KINDS:
        return _numeric_match(a, b)
    if a.kind is FactKind.DATE and b.kind is FactKind.DATE:
        return _date_match(a, b)
    return False


def _name_words(text: str) -> list[str]:
    return [
        w for w in _WORD.findall(text) if len(w) >= MIN_NAME_WORD and w.lower() not in NAME_STOPWORDS
    ]


def _located_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` that can be names, with their offsets; runs of
    a script written without spaces are one "word" each (a name sits inside them)."""
    return [
        (m.group(), m.start(), m.end())
        for m in _WORD.finditer(text, start, end)
        if len(m.group()) >= MIN_NAME_WORD and m.group().lower() not in NAME_STOPWORDS
    ]


def _word_match(word: str, other: str, exact: bool = False) -> bool:
    if exact:  # one language: a name is spelled the same or it changed
        return latin_key(word) == latin_key(other)
    if name_similarity(word, other) >= SAME_NAME_SCORE:
        return True
    # a name inside a run of Han characters: 布林肯 within 安东尼·J·布林肯国务卿
    if not _HAN_CHAR.search(other):
        return False
    key = latin_key(word)
    return len(key) >= 5 and contains_fuzzy(latin_key(other), key)


@lru_cache(maxsize=16384)
def contains_fuzzy(run: str, key: str) -> bool:
    """Whether ``key`` (a name in Latin letters) is about in ``run`` (romanised text)."""
    width = len(key) + 1
    return any(
        name_similarity(run[i : i + width], key) >= SAME_NAME_SCORE
        for i in range(0, max(1, len(run) - width + 1))
    )


def _name_found(
    name: Mention, words: Sequence[tuple[str, int, int]], exact: bool = False
) -> tuple[int, int] | None:
    """Where a name's last word (the surname) is in a passage, None when it is not."""
    own = _name_words(name.values[0])
    if not own:
        return (words[0][1], words[0][1]) if words else (0, 0)
    # the surname decides: "Antony J. Pompeo" is not "Antony J. Blinken"
    surname = own[-1]
    return next(((s, e) for other, s, e in words if _word_match(surname, other, exact)), None)


def _relative(m: Mention, start: int, end: int) -> float:
    return (m.start - start) / max(1, end - start)


def _value_distance(a: Mention, b: Mention) -> float:
    try:
        x = float(_number_part(a.values[0])[1].replace(":", "."))
        y = float(_number_part(b.values[0])[1].replace(":", "."))
    except ValueError:
        return 1.0
    if x <= 0 or y <= 0:
        return 1.0
    return min(1.0, abs(math.log10(x) - math.log10(y)) / 2)


def _show(m: Mention) -> str:
    text = " ".join(m.text.split())
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(slots=True)
class _Work:
    """The pairing of one passage pair as it goes (private, mutable, short-lived)."""

    b: Sequence[Mention]
    a_region: tuple[str, int, int]
    b_region: tuple[str, int, int]
    translation: bool
    out: list[Pairing]
    used_b: set[int]

    def pair(self, status: FactStatus, ma: Mention | None, mb: Mention | None, reason: str) -> None:
        kind = (ma or mb).kind  # type: ignore[union-attr]
        self.out.append(Pairing(kind, status, ma, mb, reason))


def pair_facts(
    a: Sequence[Mention],
    b: Sequence[Mention],
    a_region: tuple[str, int, int],
    b_region: tuple[str, int, int],
    *,
    translation: bool,
) -> list[Pairing]:
    """Pair the facts of one original passage with those of its counterpart.

    ``a_region``/``b_region``: (whole text, start, end) of each passage, to look names
    up among all its words and to compare positions. Four stages, each taking what the
    one before left: equal values, names, quotations, then the rest by kind and place.
    """
    if translation:
        # across languages only person names are checked: places and bodies are translated
        a = [_soften(m) for m in a]
        b = [_soften(m) for m in b]
    work = _Work(b, a_region, b_region, translation, [], set())
    left = _pair_equal_values(work, a)
    left = _pair_names(work, left)
    left = _pair_quotes(work, left)
    _pair_the_rest(work, left)
    work.out.sort(key=lambda p: (p.original.start if p.original else -1, p.copy.start if p.copy else -1))
    return work.out


def _pair_equal_values(work: _Work, a: Sequence[Mention]) -> list[Mention]:
    """Numbers, amounts, percentages and dates with the same value: kept."""
    left: list[Mention] = []
    for ma in a:
        hit = None
        if ma.kind not in (FactKind.NAME, FactKind.QUOTE):
            hit = next(
                (j for j, mb in enumerate(work.b) if j not in work.used_b and _compatible(ma, mb)),
                None,
            )
        if hit is None:
            left.append(ma)
            continue
        work.used_b.add(hit)
        mb = work.b[hit]
        if not (ma.soft and mb.soft):
            work.pair(FactStatus.KEPT, ma, mb, f"{KIND_NOUNS[ma.kind]} kept: {_show(ma)} = {_show(mb)}")
    return left


def _name_score(a: Mention, b: Mention) -> float:
    return max(
        name_similarity(w, v)
        for w in _name_words(a.values[0]) or [""]
        for v in _name_words(b.values[0]) or [""]
    )


def _pair_names(work: _Work, left: list[Mention]) -> list[Mention]:
    """Names found among the counterpart's words (kept), or replaced by another (changed)."""
    b, exact = work.b, not work.translation
    b_text, b0, b1 = work.b_region
    a_text, a0, a1 = work.a_region
    # the words of a passage are looked up only when the other side has names to find
    # in them (most edits have none)
    b_words = (
        _located_words(b_text, b0, b1) if any(m.kind is FactKind.NAME for m in left) else []
    )
    a_words = _located_words(a_text, a0, a1) if any(m.kind is FactKind.NAME for m in b) else []
    unmatched_b: list[int] = []
    for j, mb in enumerate(b):
        if mb.kind is FactKind.NAME and j not in work.used_b:
            if _name_found(mb, a_words, exact) is not None:
                work.used_b.add(j)
            else:
                unmatched_b.append(j)
    still: list[Mention] = []
    for ma in left:
        if ma.kind is not FactKind.NAME:
            still.append(ma)
            continue
        found = _name_found(ma, b_words, exact)
        if found is not None:
            if not ma.soft:
                there_text = b_text[found[0] : found[1]]
                there = Mention(FactKind.NAME, found[0], found[1], there_text, (there_text,))
                work.pair(FactStatus.KEPT, ma, there, f"name kept: {_show(ma)} = {_show(there)}")
            continue
        # the best-scored unmatched name; a lone candidate is chosen without scoring
        # it (the fuzzy matcher, rapidfuzz, is then not even imported in one language)
        other = (
            unmatched_b[0]
            if len(unmatched_b) == 1
            else max(unmatched_b, key=lambda j: _name_score(ma, b[j]), default=None)
        )
        if other is not None and not ma.soft and not b[other].soft and (
            # one edit, or one aligned paragraph: a person put in place of another,
            # or a name spelled differently
            not work.translation
            or (ma.person and b[other].person)
            or _name_score(ma, b[other]) >= SIMILAR_NAME_SCORE
        ):
            unmatched_b.remove(other)
            work.used_b.add(other)
            work.pair(FactStatus.CHANGED, ma, b[other], f"name changed: {_show(ma)} → {_show(b[other])}")
            continue
        still.append(ma)
    return still


def _pair_quotes(work: _Work, left: list[Mention]) -> list[Mention]:
    """Quotations: compared word for word in one language, counted across two."""
    b_quotes = [j for j, mb in enumerate(work.b) if mb.kind is FactKind.QUOTE and j not in work.used_b]
    rest: list[Mention] = []
    for ma in left:
        if ma.kind is not FactKind.QUOTE:
            rest.append(ma)
            continue
        same = next((j for j in b_quotes if _same_quote(ma, work.b[j])), None)
        if same is None and work.translation and b_quotes:
            same = b_quotes[0]
        if same is None:
            rest.append(ma)
            continue
        b_quotes.remove(same)
        work.used_b.add(same)
        work.pair(FactStatus.KEPT, ma, work.b[same], "quotation kept")
    return rest


def _pair_the_rest(work: _Work, rest: list[Mention]) -> None:
    """Changed (same kind group, near in the passage), else missing or added."""
    b = work.b
    _text_a, a0, a1 = work.a_region
    _text_b, b0, b1 = work.b_region
    candidates = []
    for ia, ma in enumerate(rest):
        if ma.soft or ma.kind is FactKind.NAME:
            continue
        for j, mb in enumerate(b):
            if j in work.used_b or mb.soft or not _same_group(ma, mb):
                continue
            distance = abs(_relative(ma, a0, a1) - _relative(mb, b0, b1))
            if distance <= MAX_CHANGED_DISTANCE:
                cost = distance + (_value_distance(ma, mb) if ma.kind in NUMERIC_KINDS else 0.0)
                candidates.append((cost, ia, j))
    paired: set[int] = set()
    for _cost, ia, j in sorted(candidates):
        if ia in paired or j in work.used_b:
            continue
        paired.add(ia)
        work.used_b.add(j)
        work.pair(FactStatus.CHANGED, rest[ia], b[j], _changed_reason(rest[ia], b[j]))
    for ia, ma in enumerate(rest):
        if ia not in paired and not ma.soft:
            work.pair(FactStatus.MISSING, ma, None, f"{KIND_NOUNS[ma.kind]} missing in the copy: {_show(ma)}")
    for j, mb in enumerate(b):
        if j not in work.used_b and not mb.soft:
            work.pair(FactStatus.ADDED, None, mb, f"{KIND_NOUNS[mb.kind]} added in the copy: {_show(mb)}")


def _soften(m: Mention) -> Mention:
    if m.kind is FactKind.NAME and not m.person and not m.soft:
        return replace(m, soft=True)
    return m


def _same_group(a: Mention, b: Mention) -> bool:
    if a.kind in NUMERIC_KINDS:
        return b.kind in NUMERIC_KINDS
    return a.kind is b.kind


def _same_quote(a: Mention, b: Mention) -> bool:
    strip = regex.compile(r"[\W_]+")
    return strip.sub("", a.values[0]).lower() == strip.sub("", b.values[0]).lower()


def _changed_reason(a: Mention, b: Mention) -> str:
    noun = KIND_NOUNS[a.kind]
    if a.kind in NUMERIC_KINDS and b.kind in NUMERIC_KINDS:
        cur_a, num_a = _number_part(a.values[0])
        cur_b, num_b = _number_part(b.values[0])
        if num_a == num_b and cur_a != cur_b:
            return f"currency changed: {_show(a)} → {_show(b)}"
    return f"{noun} changed: {_show(a)} → {_show(b)}"


def name_key(mention: Mention) -> str:
    """A name's surname as lower-case ASCII (an alignment anchor)."""
    words = _name_words(mention.values[0])
    return latin_key(words[-1])[:5] if words else ""
