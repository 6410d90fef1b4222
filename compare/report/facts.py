"""What the presenters share about languages, the mode and facts.

The languages line (``English → French, translation mode: …``), the facts worth
listing (changed, missing, added: kept facts are only counted), their places as
line numbers, and the side-by-side rows of a translation (aligned paragraphs, level,
missing and added ones marked). Nothing here looks at the texts beyond slicing them.
"""

from __future__ import annotations

from collections import Counter

from ..language import KNOWN_LANGUAGES
from ..model import Comparison, Fact, FactStatus, Mode
from ._common import LineIndex, similarity_phrase

#: the heading of the changes a translation has (what is left of a diff across languages)
TRANSLATION_CHANGES = "Paragraphs without counterpart, site chrome, damaged characters"
#: the order facts are counted in
STATUS_ORDER = (FactStatus.CHANGED, FactStatus.MISSING, FactStatus.ADDED, FactStatus.KEPT)


def language_name(code: str) -> str:
    if code == "und":
        return "undetermined"
    return KNOWN_LANGUAGES.get(code, code)


def languages_phrase(comparison: Comparison) -> str:
    """``English → French (translation mode: the languages differ …)``; "" when unknown."""
    if comparison.languages == ("", ""):
        return ""
    a, b = comparison.languages
    if a == b and comparison.mode is Mode.SAME and "by hand" not in comparison.mode_reason:
        return f"{language_name(a)} (same-language mode)"
    return f"{language_name(a)} \N{RIGHTWARDS ARROW} {language_name(b)}; {comparison.mode_reason}"


def comparison_similarity_phrase(comparison: Comparison) -> str:
    """The similarity in words: unchanged text, or in a translation, aligned text."""
    if comparison.mode is Mode.TRANSLATION:
        return f"{comparison.similarity * 100:.1f}% of the text has a counterpart in the other language"
    return similarity_phrase(comparison.similarity)


def listed_facts(comparison: Comparison) -> list[Fact]:
    """The facts a report lists one by one: all but the kept ones."""
    return [f for f in comparison.facts if f.status is not FactStatus.KEPT]


def facts_counts_phrase(comparison: Comparison) -> str:
    """``2 changed, 1 missing, 0 added, 14 kept``."""
    counts = Counter(f.status for f in comparison.facts)
    return ", ".join(f"{counts[s]} {s.value}" for s in STATUS_ORDER)


def fact_where(fact: Fact, original_lines: LineIndex, copy_lines: LineIndex) -> str:
    """``line 3 (copy line 4)``, ``line 3 (not in the copy)``, ``copy line 7``."""
    if fact.original is not None and fact.copy is not None:
        return (
            f"line {original_lines.line_of(fact.original.start)} "
            f"(copy line {copy_lines.line_of(fact.copy.start)})"
        )
    if fact.original is not None:
        return f"line {original_lines.line_of(fact.original.start)} (not in the copy)"
    assert fact.copy is not None
    return f"copy line {copy_lines.line_of(fact.copy.start)}"
