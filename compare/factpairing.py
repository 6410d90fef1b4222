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
    up among all its words and to compare positions.
    """
    a_text, a0, a1 = a_region
    b_text, b0, b1 = b_region
    if translation:
        # across languages only person names are checked: places and bodies are translated
        a = [_soften(m) for m in a]
        b = [_soften(m) for m in b]
    out: list[Pairing] = []
    used_b: set[int] = set()
    left_a: list[Mention] = []
    # 1. equal values: kept
    for ma in a:
        if ma.kind in (FactKind.NAME, FactKind.QUOTE):
            left_a.append(ma)
            continue
        hit = next((j for j, mb in enumerate(b) if j not in used_b and _compatible(ma, mb)), None)
        if hit is None:
            left_a.append(ma)
            continue
        used_b.add(hit)
        mb = b[hit]
        if not (ma.soft and mb.soft):
            out.append(Pairing(ma.kind, FactStatus.KEPT, ma, mb, f"{KIND_NOUNS[ma.kind]} kept: {_show(ma)} = {_show(mb)}"))
    # 2. names: found among the counterpart's words, or changed to a similar one
    b_words = _located_words(b_text, b0, b1)
    a_words = _located_words(a_text, a0, a1)
    b_names = [j for j, mb in enumerate(b) if mb.kind is FactKind.NAME and j not in used_b]
    unmatched_b_names = []
    for j in b_names:
        if _name_found(b[j], a_words, not translation) is not None:
            used_b.add(j)
        else:
            unmatched_b_names.append(j)
    still_a: list[Mention] = []
    for ma in left_a:
        if ma.kind is not FactKind.NAME:
            still_a.append(ma)
            continue
        found = _name_found(ma, b_words, not translation)
        if found is not None:
            if not ma.soft:
                there = Mention(FactKind.NAME, found[0], found[1], b_text[found[0] : found[1]], (b_text[found[0] : found[1]],))
                out.append(Pairing(ma.kind, FactStatus.KEPT, ma, there, f"name kept: {_show(ma)} = {_show(there)}"))
            continue
        similar = max(
            unmatched_b_names,
            key=lambda j: max(name_similarity(w, v) for w in _name_words(ma.values[0]) or [""] for v in _name_words(b[j].values[0]) or [""]),
            default=None,
        )
        if similar is not None and not ma.soft and not b[similar].soft and (
            not translation or (ma.person and b[similar].person)
        ):
            # one edit, or one aligned paragraph: a person put in place of another
            unmatched_b_names.remove(similar)
            used_b.add(similar)
            out.append(Pairing(ma.kind, FactStatus.CHANGED, ma, b[similar], f"name changed: {_show(ma)} → {_show(b[similar])}"))
            continue
        if similar is not None and not ma.soft and not b[similar].soft:
            score = max(
                name_similarity(w, v)
                for w in _name_words(ma.values[0]) or [""]
                for v in _name_words(b[similar].values[0]) or [""]
            )
            if score >= SIMILAR_NAME_SCORE:
                unmatched_b_names.remove(similar)
                used_b.add(similar)
                out.append(Pairing(ma.kind, FactStatus.CHANGED, ma, b[similar], f"name changed: {_show(ma)} → {_show(b[similar])}"))
                continue
        still_a.append(ma)
    # 3. quotations: compared word for word in one language, counted across two
    b_quotes = [j for j, mb in enumerate(b) if mb.kind is FactKind.QUOTE and j not in used_b]
    rest_a: list[Mention] = []
    for ma in still_a:
        if ma.kind is not FactKind.QUOTE:
            rest_a.append(ma)
            continue
        same = next((j for j in b_quotes if _same_quote(ma, b[j])), None)
        if same is None and translation and b_quotes:
            same = b_quotes[0]
        if same is not None:
            b_quotes.remove(same)
            used_b.add(same)
            out.append(Pairing(ma.kind, FactStatus.KEPT, ma, b[same], "quotation kept"))
        else:
            rest_a.append(ma)
    # 4. what is left: changed (same kind group, near in position), else missing/added
    rest_b = [j for j, mb in enumerate(b) if j not in used_b]
    candidates = []
    for ia, ma in enumerate(rest_a):
        if ma.soft or ma.kind is FactKind.NAME:
            continue
        for j in rest_b:
            mb = b[j]
            if mb.soft or not _same_group(ma, mb):
                continue
            distance = abs(_relative(ma, a0, a1) - _relative(mb, b0, b1))
            if distance > MAX_CHANGED_DISTANCE:
                continue
            cost = distance + (_value_distance(ma, mb) if ma.kind in NUMERIC_KINDS else 0.0)
            candidates.append((cost, ia, j))
    paired_a: set[int] = set()
    for _cost, ia, j in sorted(candidates):
        if ia in paired_a or j in used_b:
            continue
        paired_a.add(ia)
        used_b.add(j)
        ma, mb = rest_a[ia], b[j]
        out.append(Pairing(ma.kind, FactStatus.CHANGED, ma, mb, _changed_reason(ma, mb)))
    for ia, ma in enumerate(rest_a):
        if ia not in paired_a and not ma.soft:
            out.append(Pairing(ma.kind, FactStatus.MISSING, ma, None, f"{KIND_NOUNS[ma.kind]} missing in the copy: {_show(ma)}"))
    for j, mb in enumerate(b):
        if j not in used_b and not mb.soft:
            out.append(Pairing(mb.kind, FactStatus.ADDED, None, mb, f"{KIND_NOUNS[mb.kind]} added in the copy: {_show(mb)}"))
    out.sort(key=lambda p: (p.original.start if p.original else -1, p.copy.start if p.copy else -1))
    return out


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
