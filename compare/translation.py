"""Translation mode: an article against its translation.

The texts are aligned paragraph by paragraph (:mod:`compare.alignment`), not diffed.
The result's ``changes`` hold what can still be said across two languages: a
paragraph missing or added (``edit``, or ``boilerplate`` when the added paragraph is
page chrome) and damaged characters in either text (``corruption``). The facts of
each aligned pair are the main output (:mod:`compare.factcheck`).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from . import boilerplate
from .alignment import Link, align, paragraphs
from .corruption import explain_insert
from .factcheck import facts_for_alignment
from .facts import find_facts
from .model import AlignedPair, Category, Change, Comparison, Document, Mode, Op, Span
from .tokens import GRAPHEME

#: damaged characters that can be named without the other text: mojibake of UTF-8
#: read as Windows-1252/Latin-1 or as Windows-1251, U+FFFD, literal or cut entities,
#: zero-width and control characters, leaked tags
DAMAGE = regex.compile(
    r"(?:[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u0153\u0161\u017e\u02dc\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Ð[\u0080-\u00bf]|Ñ[\u0080-\u00bf])+"
    r"|\N{REPLACEMENT CHARACTER}+"
    r"|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});?"
    r"|[\u200b\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f]+"
    r"|</?(?:a|p|b|i|em|strong|span|div|br|img)\b[^<>\n]{0,200}>"
)
#: what a mojibake run is called when no finer explanation applies
MOJIBAKE_REASON = "mojibake: UTF-8 bytes shown as Windows-1252/1251 characters ({text})"


def _link_span(text: str, paras, lo: int, hi: int) -> Span | None:
    if lo == hi:
        return None
    start, end = paras[lo].start, paras[hi - 1].end
    return Span(start, end, text[start:end])


def _unpartnered(text: str, whole: str, missing: bool) -> tuple[Category, str, tuple[str, ...]]:
    """Category, reason and evidence of a paragraph without partner."""
    words = len(text.split())
    side = "the copy lacks" if missing else "only the copy has"
    found = boilerplate.explain(text, whole, strict=missing)
    if found is not None:
        where = "in the original only: " if missing else ""
        return Category.BOILERPLATE, where + found.reason, (*found.evidence, "translation")
    if missing:
        return (
            Category.EDIT,
            f"paragraph missing in the copy ({words} words; {side} a translation of it)",
            ("paragraph-missing", "translation"),
        )
    return (
        Category.EDIT,
        f"paragraph added in the copy ({words} words; no counterpart in the original)",
        ("paragraph-added", "translation"),
    )


def _whole_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to whole grapheme clusters (a mark stays on its letter)."""
    for cluster in GRAPHEME.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if cluster.start() < start < cluster.end():
            start = cluster.start()
        if cluster.start() < end < cluster.end():
            end = cluster.end()
    return start, end


def _damage(text: str, original_side: bool) -> list[tuple[Span, str, tuple[str, ...]]]:
    out = []
    last_end = 0
    for match in DAMAGE.finditer(text):
        start, end = _whole_graphemes(text, match.start(), match.end())
        if start < last_end:
            continue
        last_end = end
        found = explain_insert(match.group())
        if found is not None:
            reason, evidence = found.reason, found.evidence
        elif match.group()[0] in "ÃÂâÐÑ":
            reason, evidence = MOJIBAKE_REASON.format(text=match.group()), ("mojibake",)
        else:
            continue
        if original_side:
            reason, evidence = "in the original: " + reason, (*evidence, "original-side")
        out.append((Span(start, end, text[start:end]), reason, evidence))
    return out


def compare_translation(
    original: Document,
    copy: Document,
    languages: tuple[str, str],
    reason: str,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    a, b = original.text, copy.text
    a_facts = find_facts(a, languages[0])
    b_facts = find_facts(b, languages[1])
    pa, pb = paragraphs(a, a_facts), paragraphs(b, b_facts)
    links: list[Link] = align(pa, pb)
    alignment = tuple(
        AlignedPair(_link_span(a, pa, k.a0, k.a1), _link_span(b, pb, k.b0, k.b1), k.confidence)
        for k in links
    )
    facts = facts_for_alignment(a, b, a_facts, b_facts, alignment)
    changes = _changes(a, b, alignment)
    return Comparison(
        original,
        copy,
        changes,
        _similarity(alignment),
        mode=Mode.TRANSLATION,
        languages=languages,
        mode_reason=reason,
        alignment=alignment,
        facts=facts,
    )


def _changes(a: str, b: str, alignment) -> tuple[Change, ...]:
    """Missing and added paragraphs and damaged characters, sorted and never
    overlapping on either side (a side's span is empty where it has nothing)."""
    raw: list[tuple[int, int, Span, Span, Category, str, tuple[str, ...], Op]] = []
    a_pos = b_pos = 0
    for pair in alignment:
        if pair.original is not None:
            a_pos = pair.original.start
        if pair.copy is not None:
            b_pos = pair.copy.start
        if pair.copy is None:
            category, reason, evidence = _unpartnered(pair.original.text, a, True)
            raw.append((a_pos, b_pos, pair.original, Span(b_pos, b_pos, ""), category, reason, evidence, Op.DELETE))
        elif pair.original is None:
            category, reason, evidence = _unpartnered(pair.copy.text, b, False)
            raw.append((a_pos, b_pos, Span(a_pos, a_pos, ""), pair.copy, category, reason, evidence, Op.INSERT))
        else:
            # damage in the original sits before the copy paragraph, damage in the
            # copy after the original paragraph: sorted on both sides
            a_end, b_start = pair.original.end, pair.copy.start
            for span, reason, evidence in _damage(pair.original.text, True):
                shifted = Span(span.start + pair.original.start, span.end + pair.original.start, span.text)
                raw.append((shifted.start, b_start, shifted, Span(b_start, b_start, ""), Category.CORRUPTION, reason, evidence, Op.DELETE))
            for span, reason, evidence in _damage(pair.copy.text, False):
                shifted = Span(span.start + pair.copy.start, span.end + pair.copy.start, span.text)
                raw.append((a_end, shifted.start, Span(a_end, a_end, ""), shifted, Category.CORRUPTION, reason, evidence, Op.INSERT))
        if pair.original is not None:
            a_pos = pair.original.end
        if pair.copy is not None:
            b_pos = pair.copy.end
    raw.sort(key=lambda r: (r[0], r[1]))
    return tuple(
        Change(k + 1, category, op, sa, sb, reason, evidence)
        for k, (_a, _b, sa, sb, category, reason, evidence, op) in enumerate(raw)
    )


def _similarity(alignment) -> float:
    """Share of paragraphs (by original and copy characters) that have a partner."""
    linked = total = 0
    for pair in alignment:
        for span, other in ((pair.original, pair.copy), (pair.copy, pair.original)):
            if span is not None:
                total += len(span)
                if other is not None:
                    linked += len(span)
    return round(linked / total, 4) if total else 1.0
