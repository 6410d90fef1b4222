"""Inputs for the benchmarks and the resource-bound tests, made deterministically.

* :func:`change_dense_pair` — ~1 MB of mirrored copies with thousands of changes:
  the sample article repeated, every paragraph made unique by its number, and most
  paragraphs of each copy damaged in one to three ways (issue 7, item 6).
* :data:`PATHOLOGICAL` — the adversarial review's inputs (issue 11, items 1 and 6):
  a long original against a one-line copy, repeated lines against repeated lines with
  blank lines between them, and a text of mixed combining marks. Each is a function
  ``scale -> (original, copy)``: ``scale=1`` is the size the review used; tests use
  a fraction of it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

BOILERPLATE_LINES = (
    "Share this: Facebook Twitter WhatsApp",
    "Advertisement",
    "Also read: Kremlin says talks will continue",
    "Subscribe to our newsletter",
    "Source link",
)
SWAPS = (("said", "stated"), ("military", "armed"), ("treaty", "pact"), ("Thursday", "Friday"),
         ("Russia", "Moscow"), ("the", "a"), ("between", "among"), ("could", "might"))


def _paragraphs() -> list[str]:
    text = (SAMPLES / "original-ap.txt").read_text(encoding="utf-8")
    return [p for p in text.split("\n\n") if p.strip()]


def _damage(p: str, rng: random.Random) -> list[str]:
    """One paragraph of a copy: damaged in one of several ways, maybe with a line added."""
    kind = rng.randrange(8)
    out = [p]
    if kind == 0:
        out[0] = p.replace("\u2019", "\u00e2\u20ac\u2122")  # mojibake
    elif kind == 1:
        out[0] = p.replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "--")
    elif kind == 2:
        old, new = rng.choice(SWAPS)
        out[0] = p.replace(f" {old} ", f" {new} ", 1)
    elif kind == 3:
        out.append(rng.choice(BOILERPLATE_LINES))
    elif kind == 4:
        words = p.split(" ")
        del words[rng.randrange(1, len(words))]
        out[0] = " ".join(words)
    elif kind == 5:
        out[0] = p.replace("’", "&#821\u0335\n\n7;", 1) if "’" in p else p.replace(" ", "  ", 2)
    elif kind == 6:
        out[0] = p.replace(". ", ".\u00a0", 1).replace("o", "\u00f6", 1)
    return out


def change_dense_pair(target_bytes: int = 1_000_000, seed: int = 11) -> tuple[str, str]:
    """Many damaged copies of the sample back to back (each paragraph unique)."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    originals: list[str] = []
    copies: list[str] = []
    size = rep = 0
    while size < target_bytes:
        rep += 1
        block_a = [f"({rep}.{j}) {p}" for j, p in enumerate(paragraphs)]
        block_b: list[str] = []
        for p in block_a:
            block_b.extend(_damage(p, rng) if rng.random() < 0.8 else [p])
        if rep % 3 == 0:  # a paragraph moved down
            block_b.insert(len(block_b) - 2, block_b.pop(2))
        originals.append("\n\n".join(block_a))
        copies.append("\n\n".join(block_b))
        size += sum(len(p.encode()) for p in block_a)
    return "\n\n".join(originals) + "\n", "\n\n".join(copies) + "\n"


def long_against_short(scale: float = 1.0) -> tuple[str, str]:
    """Issue 11.1: ``'word ' * 60000`` against ``Is this it?``."""
    return "word " * int(60_000 * scale) + "\n", "Is this it?\n"


def repeated_lines(scale: float = 1.0) -> tuple[str, str]:
    """Issue 11.6: ``'Same line.\\n' * 400000`` against ``'Same line.\\n\\n' * 300000``."""
    return "Same line.\n" * int(400_000 * scale), "Same line.\n\n" * int(300_000 * scale)


#: combining marks mixed into the letters of :func:`combining_marks`
MARKS = "\u0300\u0301\u0302\u0303\u0308\u0323\u0335\u0336\u0338\u20d2\u0489"


def combining_marks(scale: float = 1.0, seed: int = 3) -> tuple[str, str]:
    """Issue 11.6: ~1.8 MB of words whose letters carry mixed combining marks; the
    copy has a different mix (marks dropped, added, reordered)."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzéüñ"
    words_a: list[str] = []
    words_b: list[str] = []
    size = 0
    target = int(1_800_000 * scale)
    while size < target:
        word_a = word_b = ""
        for _ in range(rng.randrange(2, 9)):
            c = rng.choice(letters)
            marks = "".join(rng.choice(MARKS) for _ in range(rng.randrange(0, 4)))
            word_a += c + marks
            roll = rng.random()
            if roll < 0.1:
                marks = marks[1:]
            elif roll < 0.2:
                marks += rng.choice(MARKS)
            elif roll < 0.25:
                marks = marks[::-1]
            word_b += c + marks
        words_a.append(word_a)
        words_b.append(word_b)
        if rng.random() < 0.08:
            words_a.append("\n")
            words_b.append("\n")
        size += len(word_a.encode()) + 1
    return " ".join(words_a) + "\n", " ".join(words_b) + "\n"


#: the review's inputs by name; each makes ``(original, copy)`` at a scale of its size
PATHOLOGICAL: dict[str, Callable[[float], tuple[str, str]]] = {
    "long-vs-short": long_against_short,
    "repeated-lines": repeated_lines,
    "combining-marks": combining_marks,
}
