"""Deciding what each change is: one category, a readable reason, evidence codes.

PROVISIONAL: a minimal classifier so the pipeline runs end to end; the real one
(boilerplate, corruption, typography tables) replaces the body of classify().
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Category


@dataclass(frozen=True, slots=True)
class Verdict:
    category: Category
    reason: str
    evidence: tuple[str, ...] = ()


def classify(original: str, copy: str, a0: int, a1: int, b0: int, b1: int) -> Verdict:
    """Classify the change ``original[a0:a1]`` -> ``copy[b0:b1]`` (never a moved one).

    Both full texts are given so a classifier can look at the context (the start or
    end of the document, the rest of the line, repeated text elsewhere).
    """
    old, new = original[a0:a1], copy[b0:b1]
    if not old:
        return Verdict(Category.EDIT, "text added", ("insertion",))
    if not new:
        return Verdict(Category.EDIT, "text removed", ("omission",))
    return Verdict(Category.EDIT, "wording changed", ("reworded",))
