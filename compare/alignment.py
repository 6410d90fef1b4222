"""Aligning the paragraphs of an article with those of its translation.

Gale & Church's length model (a translation's length is proportional to the
original's, with a variance that grows with length) with the ratio estimated per
document pair, plus anchors that survive translation: numbers, amounts, dates,
surnames in Latin letters, URLs and quotations. Dynamic programming over the links
1-1, 1-0 (missing in the copy), 0-1 (added), 2-1 (merged) and 1-2 (split).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .factpairing import NUMERIC_KINDS, contains_fuzzy, name_key
from .facts import Mention
from .model import FactKind
from .names import latin_key
from .tokens import is_boundary

#: link types (original paragraphs, copy paragraphs) and their prior probabilities.
#: 1-1, 1-0 and 0-1 as Gale & Church (1993, Table 5; 1-0 and 0-1 share their 0.0099);
#: merges and splits far rarer than their 0.089 for sentences: news translations keep
#: the paragraphing, and with G&C's value a deleted paragraph was read as merged into
#: its neighbour (tests/benchmarks/translation_bench.py: deleted paragraphs found
#: 74 % → 91 %, faithful alignment unchanged at 100 %)
LINK_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 1): 0.003,
    (1, 2): 0.003,
}
#: variance of the length difference per character of original (Gale & Church: 6.8)
LENGTH_VARIANCE = 6.8
#: cost of a paragraph without partner on top of its prior (tuned on the benchmark:
#: any extra cost made deleted paragraphs look merged)
SKIP_COST = 0.0
#: bonus for each anchor both sides share, and penalty for each found on one side only
ANCHOR_BONUS = 2.5
ANCHOR_PENALTY = 1.5
#: at most this many unshared anchors are held against a link
MAX_ANCHOR_PENALTIES = 6
#: words are compared by this many first letters (in Latin letters), and only words
#: longer than that count
STEM_LENGTH = 4
#: bonus for a link whose two sides share all their word stems (scaled by the Dice
#: coefficient of the two stem sets)
STEM_BONUS = 6.0
#: cost of each sentence one side of a link has more than the other
SENTENCE_PENALTY = 2.0
#: paragraphs further apart than this share of the longer text plus a margin are
#: never linked (keeps long documents near-linear)
BAND_SHARE = 0.25
BAND_MIN = 25

_WORD = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]+")
#: the end of a sentence: . ! ? (and their full-width forms) before a space or the end
_SENTENCE_END = regex.compile(r"[.!?…]+[\"'”’»)]*(?=\s|$)|[。！？]+")
_HAN = regex.compile(r"[\p{Han}A-Za-z]+")
_URL = regex.compile(r"(?:https?://|www\.)[^\s<>\"]+", regex.I)
_PARAGRAPH = regex.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    length: int  # characters without white space
    anchors: frozenset[str]
    #: surnames in Latin letters (Latin and Cyrillic text), to find in a Han paragraph
    surnames: frozenset[str] = frozenset()
    #: the paragraph's Han text in Latin letters (pinyin), where names hide
    romanised: str = ""
    #: how many sentences it has (translators keep sentences far more than lengths)
    sentences: int = 1
    #: first letters of its longer words in Latin letters: cognates and names
    #: (commission/comisión/Kommission, Minsk/Минске) share them across languages
    stems: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Link:
    """Paragraph indices ``[a0, a1)`` of the original linked with ``[b0, b1)`` of the copy."""

    a0: int
    a1: int
    b0: int
    b1: int
    confidence: float


def paragraphs(text: str, mentions: Sequence[Mention]) -> list[Paragraph]:
    """The non-blank lines of a text, each with its anchors."""
    out = []
    index = 0
    ordered = sorted(mentions, key=lambda m: m.start)
    for match in _PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        # leading white space is not the paragraph's, unless a mark sits on it (" ́")
        while start < end and text[start].isspace() and is_boundary(text, start + 1):
            start += 1
        anchors: set[str] = set()
        while index < len(ordered) and ordered[index].start < start:
            index += 1
        j = index
        while j < len(ordered) and ordered[j].start < end:
            anchors |= _anchors(ordered[j])
            j += 1
        anchors |= {"url:" + u.rstrip(".,;)") for u in _URL.findall(text, start, end)}
        length = sum(1 for c in text[start:end] if not c.isspace())
        surnames = frozenset(
            latin_key(ordered[k].values[0].split()[-1])
            for k in range(index, j)
            if ordered[k].kind is FactKind.NAME and ordered[k].person
        )
        han = "".join(_HAN.findall(text, start, end))
        stems = frozenset(
            key[:STEM_LENGTH]
            for word in _WORD.findall(text, start, end)
            if len(key := latin_key(word)) > STEM_LENGTH
        )
        sentences = max(1, len(_SENTENCE_END.findall(text, start, end)))
        out.append(
            Paragraph(
                start, end, length, frozenset(anchors), surnames, latin_key(han) if han else "",
                sentences, stems,
            )
        )
    return out


def _anchors(m: Mention) -> set[str]:
    if m.kind in NUMERIC_KINDS:
        values = {v.rpartition(" ")[2] for v in m.values}
        # a lone small number (a day, "two") says little; years and amounts say a lot
        return {"n:" + v for v in values if len(v.replace(".", "")) >= 2 or m.kind is not FactKind.NUMBER}
    if m.kind is FactKind.DATE:
        return {"d:" + m.values[0][-5:]}
    if m.kind is FactKind.NAME:
        key = name_key(m)
        return {"name:" + key} if len(key) >= 4 else set()
    if m.kind is FactKind.QUOTE:
        return {"quote"}
    return set()


def _norm_sf(x: float) -> float:
    """Two-sided tail probability of a standard normal variable."""
    return math.erfc(abs(x) / math.sqrt(2))


def _length_cost(la: int, lb: int, ratio: float) -> float:
    if la == 0 and lb == 0:
        return 0.0
    lb_in_a = lb / ratio
    mean = max(1.0, (la + lb_in_a) / 2)
    delta = (lb_in_a - la) / math.sqrt(LENGTH_VARIANCE * mean)
    return -math.log(max(_norm_sf(delta), 1e-12))


def _anchor_cost(a: frozenset[str], b: frozenset[str]) -> float:
    shared = len(a & b)
    unshared = min(MAX_ANCHOR_PENALTIES, len(a ^ b))
    return -ANCHOR_BONUS * shared + ANCHOR_PENALTY * unshared


def align(a: Sequence[Paragraph], b: Sequence[Paragraph]) -> list[Link]:
    """The cheapest sequence of links covering both paragraph lists, in order.

    The length ratio of the translation is estimated per document in two passes:
    first from the totals, then as the median ratio of the 1-1 links found, so a
    paragraph missing from the copy does not skew it (it would make every other
    paragraph look too long, and a merge look better than a gap).
    """
    total_a = sum(p.length for p in a) or 1
    total_b = sum(p.length for p in b) or 1
    content: dict[tuple[int, int, int, int], float] = {}  # shared by both passes
    links = _align(a, b, total_b / total_a, content)
    ratios = sorted(
        sum(q.length for q in b[k.b0 : k.b1]) / max(1, sum(p.length for p in a[k.a0 : k.a1]))
        for k in links
        if k.a1 - k.a0 == 1 and k.b1 - k.b0 == 1 and a[k.a0].length >= MIN_RATIO_LENGTH
    )
    if len(ratios) >= 2:
        links = _align(a, b, ratios[len(ratios) // 2], content)
    return links


#: paragraphs shorter than this (characters) say little about the length ratio
MIN_RATIO_LENGTH = 40


def _align(
    a: Sequence[Paragraph],
    b: Sequence[Paragraph],
    ratio: float,
    content: dict[tuple[int, int, int, int], float],
) -> list[Link]:
    n, m = len(a), len(b)
    band = max(BAND_MIN, int(BAND_SHARE * max(n, m)))
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    priors = {k: -math.log(p) for k, p in LINK_PRIORS.items()}
    for i in range(n + 1):
        centre = i * m / max(1, n)
        lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, best_back = inf, None
            for (da, db), prior in priors.items():
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                if pi == i or pj == j:
                    step = prior + SKIP_COST
                else:
                    key = (pi, i, pj, j)
                    cost_content = content.get(key)
                    if cost_content is None:
                        cost_content = content[key] = _content_cost(a[pi:i], b[pj:j])
                    la = sum(p.length for p in a[pi:i])
                    lb = sum(q.length for q in b[pj:j])
                    step = prior + _length_cost(la, lb, ratio) + cost_content
                total = cost[pi][pj] + step
                if total < best:
                    best, best_back = total, (pi, pj, step)
            cost[i][j], back[i][j] = best, best_back
    if cost[n][m] == inf:  # outside the band: cannot happen with the band's margin
        raise RuntimeError("alignment band too narrow")
    links: list[Link] = []
    i, j = n, m
    while i or j:
        pi, pj, step = back[i][j]  # type: ignore[misc]
        links.append(Link(pi, i, pj, j, _confidence(step, i - pi, j - pj)))
        i, j = pi, pj
    links.reverse()
    return links


def _content_cost(pa: Sequence[Paragraph], pb: Sequence[Paragraph]) -> float:
    """What the two sides' anchors, stems and names say of a link (not its lengths)."""
    anchors_a = frozenset().union(*(p.anchors for p in pa))
    anchors_b = frozenset().union(*(p.anchors for p in pb))
    cost = _anchor_cost(anchors_a, anchors_b)
    sentences_a = sum(p.sentences for p in pa)
    sentences_b = sum(p.sentences for p in pb)
    cost += SENTENCE_PENALTY * abs(sentences_a - sentences_b)
    stems_a = frozenset().union(*(p.stems for p in pa))
    stems_b = frozenset().union(*(p.stems for p in pb))
    if stems_a and stems_b:
        cost -= STEM_BONUS * 2 * len(stems_a & stems_b) / (len(stems_a) + len(stems_b))
    return cost - ANCHOR_BONUS * _romanised_names(pa, pb)


def _romanised_names(pa: Sequence[Paragraph], pb: Sequence[Paragraph]) -> int:
    """Surnames of one side found in the romanised Han text of the other (布林肯 ~ Blinken)."""
    found = 0
    for names_side, han_side in ((pa, pb), (pb, pa)):
        for p in names_side:
            for surname in p.surnames:
                if len(surname) >= 5 and any(q.romanised and contains_fuzzy(q.romanised, surname) for q in han_side):
                    found += 1
    return found


def _confidence(step: float, da: int, db: int) -> float:
    """A link's cost mapped to 0-1: a cheap 1-1 link is near 1, a costly one near 0."""
    baseline = -math.log(LINK_PRIORS[(1, 1)])
    return round(1 / (1 + math.exp(step - baseline - 2.5)), 2)
