"""The same words in another form: what an editor can set aside, and what is damage.

Each question takes the two sides of a change (``old`` from the original, ``new``
from the copy) and answers with a :class:`Finding` or ``None``:

* :func:`spelling_variant` — US ↔ UK spelling (``defense`` → ``defence``,
  ``signaled`` → ``signalled``, ``cooperation`` → ``co-operation``);
* :func:`contraction` — a contraction written out or run together (``didn’t`` →
  ``did not``);
* :func:`compound` — words hyphenated, joined or split (``Vice President`` →
  ``Vice-President``, ``long-standing`` → ``longstanding``);
* :func:`same_value` — one number in other words (``5 per cent`` → ``5%``,
  ``3,000`` → ``three thousand``);
* :func:`lost_quotes` — quote marks or apostrophes lost (``it’s`` → ``its``,
  ``“partnership,”`` → ``partnership,``): damaged characters, not an edit;
* :func:`negators` — how many negations a fragment holds, contractions and
  compensating forms counted (``didn’t`` = ``did not`` = ``without``).

Evidence codes
--------------

================ ================================================================
spelling-variant the same word in another spelling (en-GB / en-US), or German
                 letters spelled out (:mod:`compare.typography`)
contraction      a contraction written out or run together
compound         words hyphenated, joined or split differently
same-value       the same number written in other words or signs
characters-lost  quote marks or apostrophes missing from the copy (corruption)
================ ================================================================
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import typography
from .model import Category
from .patterns import lazy


@dataclass(frozen=True, slots=True)
class Finding:
    category: Category
    reason: str
    evidence: tuple[str, ...]


# -- tables ------------------------------------------------------------------------------

#: US spellings whose UK form no rule below makes
US_UK_WORDS: dict[str, str] = {
    "gray": "grey", "program": "programme", "aluminum": "aluminium", "tire": "tyre",
    "mold": "mould", "plow": "plough", "skeptic": "sceptic", "skeptical": "sceptical",
    "jewelry": "jewellery", "fulfill": "fulfil", "enroll": "enrol", "judgment": "judgement",
    "acknowledgment": "acknowledgement", "maneuver": "manoeuvre", "pajamas": "pyjamas",
    "check": "cheque", "curb": "kerb", "draft": "draught", "story": "storey",
    "percent": "per cent", "airplane": "aeroplane", "mustache": "moustache",
}
#: suffix rules, US → UK: (US ending, UK ending, shortest stem before the ending)
US_UK_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("ization", "isation", 2), ("izations", "isations", 2), ("ize", "ise", 3),
    ("izes", "ises", 3), ("ized", "ised", 3), ("izing", "ising", 3), ("izer", "iser", 3),
    ("yze", "yse", 3), ("yzed", "ysed", 3), ("yzes", "yses", 3), ("yzing", "ysing", 3),
    ("or", "our", 3), ("ors", "ours", 3), ("orable", "ourable", 3), ("orite", "ourite", 3),
    ("ored", "oured", 3), ("oring", "ouring", 3), ("orful", "ourful", 3),
    ("ense", "ence", 3), ("enses", "ences", 3), ("ter", "tre", 3), ("ters", "tres", 3),
    ("ber", "bre", 2), ("bers", "bres", 2), ("ger", "gre", 3),
    ("og", "ogue", 4), ("ogs", "ogues", 4),
    ("eled", "elled", 2), ("eling", "elling", 2), ("eler", "eller", 2),
    ("elers", "ellers", 2), ("aled", "alled", 3), ("aling", "alling", 3),
    ("ful", "ful", 99),  # placeholder never used (stem too long); keeps rules aligned
)
#: US → UK inside a word: (US piece, UK piece) — co-operation, anaesthesia, oestrogen
US_UK_INFIXES: tuple[tuple[str, str], ...] = (
    ("coop", "co-op"), ("coord", "co-ord"), ("esthe", "aesthe"), ("pedia", "paedia"),
    ("pediatric", "paediatric"), ("estrogen", "oestrogen"), ("hemo", "haemo"),
    ("ameba", "amoeba"), ("fetus", "foetus"),
)

#: contractions written out: the irregular ones first, then by their endings
CONTRACTIONS_IRREGULAR: dict[str, str] = {
    "won't": "will not", "can't": "cannot", "shan't": "shall not", "ain't": "is not",
    "let's": "let us", "y'all": "you all",
}
CONTRACTION_ENDINGS: tuple[tuple[str, str], ...] = (
    ("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'m", " am"),
    ("'d", " would"), ("'s", " is"),
)
#: words a contraction's ``'s`` / ``'d`` may stand for besides the first reading
CONTRACTION_ALSO = {" is": (" has",), " would": (" had",)}
#: words that turn a statement around (the ``n't`` of contractions counts as ``not``)
NEGATORS = frozenset(
    {"not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without",
     "cannot", "ne", "pas", "jamais", "nicht", "kein", "keine", "nie", "niemals", "nunca",
     "jamás", "sin", "non", "mai", "não", "не", "нет", "никогда", "без"}
)
#: phrases built on a negator that affirm ("without any doubt" = certainly)
AFFIRMING_IDIOMS = lazy(
    r"\b(?:without|beyond|no)\s+(?:a\s+|any\s+|the\s+slightest\s+)?doubt\b|\bnot\s+only\b"
    r"|\bno\s+less\s+than\b|\bnone\s+the\s+less\b|\bnonetheless\b|\bnevertheless\b",
    regex.IGNORECASE,
)
#: prefixes that negate a word (un-doubtedly): they compensate a negator on the other
#: side when the rest of the word is there too
NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")

#: English number words
UNITS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
}
TENS = {
    w: 10 * i
    for i, w in enumerate(["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    if w != "_"
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
#: ways of writing "percent"
PERCENT_WORDS = ("per cent", "percent", "pct", "%")

_WORD = lazy(r"\p{L}+(?:[-'\N{RIGHT SINGLE QUOTATION MARK}]\p{L}+)*")
_APOSTROPHES = "'\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}"
#: the contractions as patterns, in the order they are written out
_CONTRACTIONS = tuple(
    [(lazy(rf"\b{regex.escape(short)}\b"), long) for short, long in CONTRACTIONS_IRREGULAR.items()]
    + [(lazy(rf"(?<=\w){regex.escape(ending)}\b"), long) for ending, long in CONTRACTION_ENDINGS]
)
#: quote marks and apostrophes whose loss is damage
LOSABLE_QUOTES = frozenset(typography.SINGLE_QUOTES + typography.DOUBLE_QUOTES) - {"`", "\N{ACUTE ACCENT}"}


# -- spelling --------------------------------------------------------------------------


def _uk_forms(word: str) -> set[str]:
    """UK spellings the US ``word`` may have (lower case)."""
    w = word.lower()
    out = set()
    if w in US_UK_WORDS:
        out.add(US_UK_WORDS[w])
    for us, uk, stem in US_UK_SUFFIXES:
        if w.endswith(us) and len(w) - len(us) >= stem:
            out.add(w[: len(w) - len(us)] + uk)
    for us, uk in US_UK_INFIXES:
        if us in w:
            out.add(w.replace(us, uk, 1))
    return out


def _spelling_pair(a: str, b: str) -> str | None:
    """``en-GB`` when ``b`` is the UK form of ``a``, ``en-US`` for the other way."""
    if b.lower() in _uk_forms(a):
        return "en-GB"
    if a.lower() in _uk_forms(b):
        return "en-US"
    return None


def spelling_variant(old: str, new: str) -> Finding | None:
    """Every differing word is the same word in the other English spelling."""
    a, b = _WORD.findall(old), _WORD.findall(new)
    if len(a) != len(b) or not a or _skeleton(old) != _skeleton(new):
        return None
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if not pairs:
        return None
    directions = set()
    for x, y in pairs:
        direction = _spelling_pair(x, y)
        if direction is None:
            return None
        directions.add(direction)
    where = directions.pop() if len(directions) == 1 else "en-GB/en-US"
    x, y = pairs[0]
    more = f" (+{len(pairs) - 1} more)" if len(pairs) > 1 else ""
    return Finding(
        Category.TYPOGRAPHY,
        f"spelling variant ({where}): {x} → {y}{more}, same word",
        ("spelling-variant",),
    )


def _skeleton(text: str) -> str:
    """The text with its words replaced by one mark: what is left to compare."""
    return typography.fold(_WORD.sub("w", text))


# -- contractions ----------------------------------------------------------------------


def expand(text: str) -> str:
    """Contractions written out (first reading), apostrophes made straight, lower case."""
    t = text.lower()
    for a in _APOSTROPHES[1:]:
        t = t.replace(a, "'")
    if "'" not in t:  # every contraction has an apostrophe
        return t
    for pattern, long in _CONTRACTIONS:
        t = pattern.sub(long, t)
    return t


def contraction(old: str, new: str) -> Finding | None:
    """``didn’t`` → ``did not``, ``we have`` → ``we’ve``: the same words."""
    if not any(a in old + new for a in _APOSTROPHES):
        return None
    a, b = " ".join(expand(old).split()), " ".join(expand(new).split())
    if a != b:
        for short, others in CONTRACTION_ALSO.items():
            for other in others:
                if a.replace(short, other) == b or b.replace(short, other) == a:
                    break
            else:
                continue
            break
        else:
            return None
    if typography.fold(old).lower() == typography.fold(new).lower():
        return None
    written_out = sum(c in _APOSTROPHES for c in new) < sum(c in _APOSTROPHES for c in old)
    how = "written out" if written_out else "run together"
    return Finding(
        Category.TYPOGRAPHY,
        f"contraction {how}: {typography.enclose(old.strip())} → {typography.enclose(new.strip())}, same words",
        ("contraction",),
    )


# -- compounds -------------------------------------------------------------------------

_JOINERS = lazy(r"[\s\-\N{HYPHEN}\N{NON-BREAKING HYPHEN}]+")


def compound(old: str, new: str) -> Finding | None:
    """``Vice President`` → ``Vice-President``, ``long-standing`` → ``longstanding``."""
    if old == new or not any(c in "-\N{HYPHEN}\N{NON-BREAKING HYPHEN}" for c in old + new):
        return None
    if _JOINERS.sub("", typography.fold(old)) != _JOINERS.sub("", typography.fold(new)):
        return None
    shown = f"{typography.enclose(old.strip())} → {typography.enclose(new.strip())}"
    return Finding(
        Category.TYPOGRAPHY, f"hyphenation: {shown}, same words", ("compound",)
    )


# -- numbers in words ------------------------------------------------------------------

_TOKEN = lazy(
    r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|per\s+cent|percent|pct|%|\p{L}+|\S",
    regex.IGNORECASE,
)


def _values(text: str) -> list[str]:
    """Tokens with every number (digits or words, scaled: ``1.5 million``) as its value
    and every way of writing "percent" as ``%``."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        value, i = _number_at(tokens, i)
        if value is None:
            t = tokens[i]
            out.append("%" if " ".join(t.split()) in PERCENT_WORDS else t)
            i += 1
        else:
            out.append(f"#{value:g}")
    return out


def _number_at(tokens: list[str], i: int) -> tuple[float | None, int]:
    """The number starting at ``tokens[i]`` (digits or words), and where it ends."""
    t = tokens[i]
    if t[0] in "0123456789":
        value = float(t.replace(",", ""))
        i += 1
        if i < len(tokens) and tokens[i] in SCALES and tokens[i] != "hundred":
            value *= SCALES[tokens[i]]
            i += 1
        return value, i
    total = current = 0
    start = i
    while i < len(tokens):
        word = tokens[i]
        parts = word.split("-")
        if all(p in UNITS or p in TENS for p in parts) and len(parts) <= 2:
            current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
        elif word in SCALES and i > start:
            scale = SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif word == "and" and i > start and i + 1 < len(tokens) and (
            tokens[i + 1] in UNITS or tokens[i + 1] in TENS
        ):
            pass
        else:
            break
        i += 1
    if i == start:
        return None, i
    return float(total + current), i


def same_value(old: str, new: str) -> Finding | None:
    """The same numbers, written otherwise: ``5 per cent`` → ``5%``, ``3,000`` → ``three
    thousand``; the rest of the words alike."""
    if not any(c.isdigit() for c in old + new):
        return None
    a, b = _values(old), _values(new)
    if a != b or not any(t.startswith("#") for t in a):
        return None
    shown = f"{typography.enclose(old.strip())} → {typography.enclose(new.strip())}"
    return Finding(
        Category.TYPOGRAPHY,
        f"same value in other words: {shown}",
        ("same-value",),
    )


# -- lost quote marks ------------------------------------------------------------------


def lost_quotes(old: str, new: str) -> Finding | None:
    """The copy lost quote marks or apostrophes and nothing else (``it’s`` → ``its``)."""
    lost_old = [c for c in old if c in LOSABLE_QUOTES]
    if not lost_old:
        return None
    strip = {ord(c): None for c in LOSABLE_QUOTES}
    if old.translate(strip) != new.translate(strip):
        return None
    kept = [c for c in new if c in LOSABLE_QUOTES]
    if len(kept) >= len(lost_old):
        return None
    apostrophe = all(
        c in typography.SINGLE_QUOTES for c in lost_old
    ) and regex.search(r"\w['\N{RIGHT SINGLE QUOTATION MARK}]\w", old)
    what = "apostrophe" if apostrophe else "quote marks"
    missing = "".join(dict.fromkeys(lost_old))
    return Finding(
        Category.CORRUPTION,
        f"characters lost: {what} {missing} missing "
        f"({typography.enclose(old.strip())} → {typography.enclose(new.strip())})",
        ("characters-lost",),
    )


# -- negation --------------------------------------------------------------------------


def negators(text: str, other: str) -> int:
    """How many negations ``text`` holds: negator words (``n't`` counts as ``not``)
    outside affirming idioms (``without any doubt``), and words with a negating
    prefix whose stem stands in ``other`` (``undoubtedly`` beside ``doubt``)."""
    t = AFFIRMING_IDIOMS.sub(" ", expand(text))
    words = _WORD.findall(t)
    count = sum(w in NEGATORS for w in words)
    other_words = {w.lower() for w in _WORD.findall(AFFIRMING_IDIOMS.sub(" ", other.lower()))}
    for w in words:
        for prefix in NEGATING_PREFIXES:
            stem = w[len(prefix) :]
            if w.startswith(prefix) and len(stem) >= 4 and any(
                o.startswith(stem[:5]) for o in other_words if len(o) >= 4
            ):
                count += 1
                break
    return count


def changes_negation(old: str, new: str) -> bool:
    """A negation added or removed without a compensating one on the other side."""
    return negators(old, new) != negators(new, old)
