"""Typography: differences that vanish when quote, dash, ellipsis and spacing style
are folded away — curly vs straight quotes, a quote turned or misplaced, em vs en
dash, `…` vs `...`, NBSP and double spaces, re-wrapped lines, paragraph re-flow.

:func:`fold` maps a text to its typography-free form; two fragments with the same
fold differ only in typography and :func:`describe` says how, in a news editor's
words.

Evidence codes
--------------

=================== ==============================================================
code                meaning
=================== ==============================================================
quote-style         straight ↔ curly quotes, or another quote style (« », „ “)
quote-direction     an opening quote became a closing one or the reverse
misplaced-quote     a quote mark moved across a space (``race,” he`` → ``race, “he``)
dash                one dash became another (— – - --)
ellipsis            ``…`` vs ``...``
spacing             spaces added, removed, doubled; special spaces (NBSP, thin space)
line-rewrap         lines broken at other places (hard-wrapped vs long lines)
paragraph-split     one paragraph broken in two
paragraph-join      two paragraphs joined into one
hyphenation         a word hyphenated at a line break, or a soft hyphen
unicode-form        the same letters composed differently (NFC/NFD), or a ligature
apostrophe          an apostrophe drawn as a prime or accent (’ vs ′ ´ `)
letter-case         the same words in other capitals (an all-caps headline)
spelling-variant    the same word spelled another standard way (``ß`` as ``ss``,
                    ``ä`` as ``ae``: German without its special letters)
digit-form          the same digits in another script (``١٨`` / ``۱۸`` / ``１８`` for ``18``)
full-width          full-width CJK punctuation (``，。：；！？（）``) vs ASCII
tatweel             an Arabic word stretched with tatweel / kashida (U+0640)
=================== ==============================================================
"""

from __future__ import annotations

import functools
import unicodedata

import regex

# -- tables ----------------------------------------------------------------------------

#: every single quote/apostrophe we fold to ``'``
SINGLE_QUOTES = (
    "'"
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{PRIME}"
    "\N{MODIFIER LETTER APOSTROPHE}"
    "\N{MODIFIER LETTER TURNED COMMA}"
    "\N{ACUTE ACCENT}"
    "\N{GRAVE ACCENT}"
    "\N{FULLWIDTH APOSTROPHE}"
)

#: every double quote we fold to ``"``
DOUBLE_QUOTES = (
    '"'
    "\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{DOUBLE PRIME}"
    "\N{FULLWIDTH QUOTATION MARK}"
)

#: quotes that open a quotation (in English typography), for direction changes
OPENING_QUOTES = (
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
)
CLOSING_QUOTES = (
    "\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
STRAIGHT_QUOTES = "'\""

#: dashes and hyphens folded to ``-`` (runs of them fold to one)
DASHES = (
    "-"
    "\N{HYPHEN}"
    "\N{NON-BREAKING HYPHEN}"
    "\N{FIGURE DASH}"
    "\N{EN DASH}"
    "\N{EM DASH}"
    "\N{HORIZONTAL BAR}"
    "\N{MINUS SIGN}"
    "\N{SMALL EM DASH}"
    "\N{FULLWIDTH HYPHEN-MINUS}"
    # list bullets: "- item" and "• item" are one list in two styles
    "\N{BULLET}"
    "\N{WHITE BULLET}"
    "\N{TRIANGULAR BULLET}"
    "\N{HYPHEN BULLET}"
)

#: names an editor knows, for reasons
DASH_NAMES = {
    "-": "hyphen -",
    "\N{HYPHEN}": "hyphen \N{HYPHEN}",
    "\N{NON-BREAKING HYPHEN}": "non-breaking hyphen",
    "\N{FIGURE DASH}": "figure dash \N{FIGURE DASH}",
    "\N{EN DASH}": "en dash \N{EN DASH}",
    "\N{EM DASH}": "em dash \N{EM DASH}",
    "\N{HORIZONTAL BAR}": "horizontal bar \N{HORIZONTAL BAR}",
    "\N{MINUS SIGN}": "minus sign \N{MINUS SIGN}",
    "\N{BULLET}": "bullet \N{BULLET}",
    "\N{WHITE BULLET}": "bullet \N{WHITE BULLET}",
    "\N{TRIANGULAR BULLET}": "bullet \N{TRIANGULAR BULLET}",
    "\N{HYPHEN BULLET}": "bullet \N{HYPHEN BULLET}",
    "--": "double hyphen --",
    "---": "triple hyphen ---",
}

ELLIPSES = {"\N{HORIZONTAL ELLIPSIS}": "...", "\N{MIDLINE HORIZONTAL ELLIPSIS}": "..."}

#: white space other than the plain space and line break, by the name an editor uses
SPECIAL_SPACES = {
    "\N{NO-BREAK SPACE}": "no-break space (NBSP)",
    "\N{NARROW NO-BREAK SPACE}": "narrow no-break space",
    "\N{THIN SPACE}": "thin space",
    "\N{HAIR SPACE}": "hair space",
    "\N{EN SPACE}": "en space",
    "\N{EM SPACE}": "em space",
    "\N{FIGURE SPACE}": "figure space",
    "\N{PUNCTUATION SPACE}": "punctuation space",
    "\N{SIX-PER-EM SPACE}": "six-per-em space",
    "\N{IDEOGRAPHIC SPACE}": "ideographic space",
    "\t": "tab",
}

#: typographic ligatures folded to their letters
LIGATURES = {
    "\N{LATIN SMALL LIGATURE FF}": "ff",
    "\N{LATIN SMALL LIGATURE FI}": "fi",
    "\N{LATIN SMALL LIGATURE FL}": "fl",
    "\N{LATIN SMALL LIGATURE FFI}": "ffi",
    "\N{LATIN SMALL LIGATURE FFL}": "ffl",
}

#: characters dropped by the fold (they only suggest where a word may break)
INVISIBLE_TYPOGRAPHY = "\N{SOFT HYPHEN}"

#: Arabic tatweel (kashida): stretches a word for justification, means nothing
TATWEEL = "\N{ARABIC TATWEEL}"

#: punctuation of CJK and Arabic typesetting and its ASCII equivalent (the full-width
#: forms U+FF01-FF5E are folded by NFKC; these are the other common ones)
SCRIPT_PUNCTUATION = {
    "\N{IDEOGRAPHIC FULL STOP}": ".",
    "\N{HALFWIDTH IDEOGRAPHIC FULL STOP}": ".",
    "\N{ARABIC COMMA}": ",",
    "\N{ARABIC SEMICOLON}": ";",
    "\N{ARABIC QUESTION MARK}": "?",
    "\N{ARABIC FULL STOP}": ".",
}

#: German letters and their standard ASCII spellings (Swiss German, keyboards without them)
GERMAN_SPELLINGS = {
    "\N{LATIN SMALL LETTER A WITH DIAERESIS}": "ae",
    "\N{LATIN SMALL LETTER O WITH DIAERESIS}": "oe",
    "\N{LATIN SMALL LETTER U WITH DIAERESIS}": "ue",
    "\N{LATIN CAPITAL LETTER A WITH DIAERESIS}": "Ae",
    "\N{LATIN CAPITAL LETTER O WITH DIAERESIS}": "Oe",
    "\N{LATIN CAPITAL LETTER U WITH DIAERESIS}": "Ue",
    "\N{LATIN SMALL LETTER SHARP S}": "ss",
    "\N{LATIN CAPITAL LETTER SHARP S}": "SS",
}

#: characters that would collide with the curly quotes a reason puts around a fragment
QUOTE_COLLIDERS = frozenset(
    '"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{FULLWIDTH QUOTATION MARK}"
)

# -- compiled once ----------------------------------------------------------------------

_TABLE: dict[int, str] = {}
_TABLE.update({ord(c): "'" for c in SINGLE_QUOTES})
_TABLE.update({ord(c): '"' for c in DOUBLE_QUOTES})
_TABLE.update({ord(c): "-" for c in DASHES})
_TABLE.update({ord(c): v for c, v in ELLIPSES.items()})
_TABLE.update({ord(c): v for c, v in LIGATURES.items()})
_TABLE.update({ord(c): None for c in INVISIBLE_TYPOGRAPHY})
#: the same table as (character, replacement) pairs: str.replace on the few present is
#: many times faster than str.translate with a dict on non-ASCII text (the ASCII
#: quotes and hyphen that map to themselves are left out: nothing to replace)
_FOLD_PAIRS = tuple((chr(k), v or "") for k, v in _TABLE.items() if chr(k) != v)


def fold_chars(text: str) -> str:
    """Quotes, dashes, ellipses, ligatures and soft hyphens mapped to plain ASCII forms."""
    for char, plain in _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return text

_DASH_RUN = regex.compile(r"-{2,}")
_DASHES_RUN = regex.compile("[" + regex.escape(DASHES) + "]+")
#: a word hyphenated at a line break: "infor-\nmation"
_BROKEN_WORD = regex.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")
_SPACE_RUN = regex.compile(r"\s+")
_SPACE_BEFORE_QUOTE = regex.compile(r"\s+(?=['\"])|(?<=['\"])\s+")
_QUOTES = frozenset(SINGLE_QUOTES + DOUBLE_QUOTES)
#: non-ASCII digits, full-width ASCII forms, tatweel and script punctuation: folded by
#: :func:`fold` (not by :func:`fold_chars`, which the diff runs on every line)
_SCRIPT_FORMS = regex.compile(
    r"[\p{Nd}--[0-9]]|[\uFF01-\uFF5E\N{ARABIC TATWEEL}"
    + "".join(SCRIPT_PUNCTUATION)
    + "]",
    regex.V1,
)
_GERMAN = regex.compile("[" + "".join(GERMAN_SPELLINGS) + "]")


def _script_form(match: regex.Match) -> str:
    c = match.group()
    if c == TATWEEL:
        return ""
    if c in SCRIPT_PUNCTUATION:
        return SCRIPT_PUNCTUATION[c]
    digit = unicodedata.digit(c, None)
    if digit is not None:
        return str(digit)
    return unicodedata.normalize("NFKC", c)


def fold_script_forms(text: str) -> str:
    """Digits of any script as ASCII, full-width forms as ASCII, tatweel dropped."""
    return _SCRIPT_FORMS.sub(_script_form, text) if not text.isascii() else text


def enclose(text: str, *others: str) -> str:
    """``text`` between quotes that cannot be mistaken for quote marks inside it.

    “…” normally; ‹…› when the text holds double quotes or guillemets (so
    ‹“We’re› → ‹â€œWeâ€™re› reads unambiguously); backticks when it holds ‹ › too.
    ``others`` are the fragments quoted beside it in the same reason: all of them
    get the same marks.
    """
    every = text + "".join(others)
    if QUOTE_COLLIDERS.isdisjoint(every):
        return f"\N{LEFT DOUBLE QUOTATION MARK}{text}\N{RIGHT DOUBLE QUOTATION MARK}"
    if "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}" in every or (
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}" in every
    ):
        return f"`{text}`"
    return (
        f"\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}{text}"
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    )


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """``text`` without typography: quotes, dashes, ellipses, spacing folded."""
    if not text.isascii():
        text = fold_script_forms(fold_chars(unicodedata.normalize("NFC", text)))
    if "``" in text or "''" in text:  # TeX/ASCII quotes: ``like this''
        text = text.replace("``", '"').replace("''", '"')
    text = _DASH_RUN.sub("-", text)
    text = _BROKEN_WORD.sub("", text)
    return _SPACE_RUN.sub(" ", text).strip()


def fold_loose(text: str) -> str:
    """Like :func:`fold`, and a space beside a quote mark no longer counts (misplaced quotes)."""
    return _SPACE_BEFORE_QUOTE.sub("", fold(text))


def same(old: str, new: str) -> bool:
    """Whether two fragments differ only in typography (letter case included)."""
    if old == new:
        return False
    a, b = fold(old), fold(new)
    return (
        a == b
        or a.casefold() == b.casefold()
        or fold_loose(old) == fold_loose(new)
        or (_GERMAN.search(a + b) is not None and german_ascii(a) == german_ascii(b))
    )


def german_ascii(text: str) -> str:
    """German special letters spelled the ASCII way (ä → ae, ß → ss), case folded."""
    return _GERMAN.sub(lambda m: GERMAN_SPELLINGS[m.group()], text).casefold()


# -- describing ------------------------------------------------------------------------


def _quote_kind(c: str) -> str:
    if c in STRAIGHT_QUOTES:
        return "straight"
    if c in OPENING_QUOTES:
        return "opening"
    if c in CLOSING_QUOTES:
        return "closing"
    return "other"


def _describe_pair(x: str, y: str) -> tuple[str, str] | None:
    """(phrase, evidence) for one differing pair of characters ``x`` → ``y``."""
    both = x + y
    if TATWEEL in both and x.replace(TATWEEL, "") == y.replace(TATWEEL, ""):
        stretched = y.count(TATWEEL) > x.count(TATWEEL)
        return (
            "Arabic word stretched with tatweel (U+0640)"
            if stretched
            else "tatweel (U+0640) stretching removed"
        ), "tatweel"
    if both and _SCRIPT_FORMS.search(both) and fold_script_forms(x) == fold_script_forms(y):
        return _describe_script_forms(x, y)
    if both and all(c in _QUOTES for c in both) and len(x) == 1 and len(y) == 1:
        kx, ky = _quote_kind(x), _quote_kind(y)
        if "\N{PRIME}" in both or "\N{ACUTE ACCENT}" in both or "`" in both:
            return f"apostrophe {x} became {y}", "apostrophe"
        if kx == "straight" or ky == "straight":
            word = "curly" if kx != "straight" else "straight"
            word_y = "curly" if ky != "straight" else "straight"
            return f"{word} quote {x} became {word_y} {y}", "quote-style"
        if {kx, ky} == {"opening", "closing"} and (
            (x in DOUBLE_QUOTES) == (y in DOUBLE_QUOTES)
        ):
            return f"{kx} quote {x} became {ky} {y}", "quote-direction"
        return f"quote {x} became {y}", "quote-style"
    if both and all(c in DASHES for c in both):
        nx, ny = DASH_NAMES.get(x, f"dash {x}"), DASH_NAMES.get(y, f"dash {y}")
        return f"{nx} became {ny}", "dash"
    if any(c in ELLIPSES for c in both) and x.strip(".\N{HORIZONTAL ELLIPSIS}") == "" == y.strip(
        ".\N{HORIZONTAL ELLIPSIS}"
    ):
        a = "ellipsis …" if "\N{HORIZONTAL ELLIPSIS}" in x else f"dots {x}"
        b = "ellipsis …" if "\N{HORIZONTAL ELLIPSIS}" in y else f"dots {y}"
        return f"{a} became {b}", "ellipsis"
    if "\N{SOFT HYPHEN}" in both:
        return "soft hyphen (U+00AD) " + ("added" if "\N{SOFT HYPHEN}" in y else "removed"), (
            "hyphenation"
        )
    if (not x or x.isspace()) and (not y or y.isspace()):
        return _describe_space(x, y)
    if any(c in LIGATURES for c in both):
        return f"ligature {enclose(x, y)} vs {enclose(y, x)}", "unicode-form"
    if unicodedata.normalize("NFC", x) == unicodedata.normalize("NFC", y):
        composed = unicodedata.normalize("NFC", x)
        return f"{enclose(composed)} composed differently (NFC/NFD)", "unicode-form"
    return None


def _describe_script_forms(x: str, y: str) -> tuple[str, str]:
    """Digits of another script, or full-width punctuation, in one of two pieces."""
    for side, other in ((y, x), (x, y)):
        digits = [c for c in side if unicodedata.digit(c, None) is not None and not c.isascii()]
        if digits:
            script = unicodedata.name(digits[0], "").rsplit(" DIGIT", 1)[0].title() or "other"
            return f"digits written in {script} form ({side.strip()} for {other.strip()})", (
                "digit-form"
            )
    wide = next(c for c in x + y if _SCRIPT_FORMS.match(c))
    plain = fold_script_forms(wide)
    what = "Arabic" if unicodedata.name(wide, "").startswith("ARABIC") else "full-width"
    if wide == TATWEEL or wide in y:
        return f"ASCII {plain} became {what} {wide}", "full-width"
    return f"{what} {wide} became ASCII {plain}", "full-width"


def _describe_space(x: str, y: str) -> tuple[str, str]:
    bx, by = x.count("\n"), y.count("\n")
    if by >= 2 > bx:
        return "paragraph split in two", "paragraph-split"
    if bx >= 2 > by:
        return "two paragraphs joined", "paragraph-join"
    if bx != by:
        if not x or not y:
            return ("line break added" if by else "line break removed"), "line-rewrap"
        return ("line break became a space" if bx else "space became a line break"), "line-rewrap"
    if bx and bx == by:
        found = _describe_line_edges(x, y)
        if found:
            return found
    special = [SPECIAL_SPACES[c] for c in dict.fromkeys(x + y) if c in SPECIAL_SPACES]
    if special:
        if any(c in SPECIAL_SPACES for c in y) and not any(c in SPECIAL_SPACES for c in x):
            return f"{special[0]} instead of a space", "spacing"
        if any(c in SPECIAL_SPACES for c in x) and not any(c in SPECIAL_SPACES for c in y):
            return f"{special[0]} became a plain space", "spacing"
        return f"{' / '.join(special)} changed", "spacing"
    if len(x) > 1 and len(y) <= 1 and y:
        return f"{_count(len(x))} spaces became one", "spacing"
    if len(y) > 1 and len(x) <= 1 and x:
        return f"space became {_count(len(y))} spaces", "spacing"
    if not x:
        return "space added", "spacing"
    if not y:
        return "space removed", "spacing"
    return "spacing changed", "spacing"


def _describe_line_edges(x: str, y: str) -> tuple[str, str] | None:
    """Spacing that only changed at the end of a line (trailing spaces) or at the start
    of the next (indentation), the line breaks themselves kept."""
    lx, ly = x.split("\n"), y.split("\n")
    trailing = lx[0] != ly[0]
    leading = lx[-1] != ly[-1]
    if lx[1:-1] != ly[1:-1] or trailing == leading:
        return None
    a, b = (lx[0], ly[0]) if trailing else (lx[-1], ly[-1])
    how = "added" if not a else "removed" if not b else "changed"
    if trailing:
        return f"trailing spaces {how} at a line end", "spacing"
    return f"indentation {how} at a line start", "spacing"


def _count(n: int) -> str:
    return {2: "double", 3: "triple"}.get(n, str(n))


def describe(
    old: str, new: str, parts: list[tuple[str, str]]
) -> tuple[str, tuple[str, ...]]:
    """Reason and evidence for a typography-only change.

    ``parts`` are the character-level differences ``(old piece, new piece)`` of the
    change (from the diff's details), in order.
    """
    guillemets = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    in_old = any(c in guillemets for c in old)
    if in_old != any(c in guillemets for c in new):
        other = next((c for c in (new if in_old else old) if c in _QUOTES), '"')
        pair = "« »"
        text = f"guillemets {pair} became {other} quotes" if in_old else f"{other} quotes became {pair}"
        return text + " (spacing inside differs)" * (fold(old) != fold(new)), ("quote-style",)
    if _GERMAN.search(old + new) and fold(old).lower() != fold(new).lower() and (
        german_ascii(fold(old)) == german_ascii(fold(new))
    ):
        letters = [c for c in dict.fromkeys(old + new) if c in GERMAN_SPELLINGS]
        shown = ", ".join(f"{c} as {GERMAN_SPELLINGS[c]}" for c in letters[:3])
        return f"German letters spelled out: {shown} (same words)", ("spelling-variant",)
    if fold(old) != fold(new) and fold(old).casefold() == fold(new).casefold():
        upper = sum(c.isupper() for c in new) > sum(c.isupper() for c in old)
        return (
            "letter case changed: " + ("more capitals" if upper else "fewer capitals") + " (same words)",
            ("letter-case",),
        )
    if fold(old) != fold(new) and fold_loose(old) == fold_loose(new):
        q_old = [c for c in old if c in _QUOTES]
        q_new = [c for c in new if c in _QUOTES]
        turned = ""
        if q_old and q_new and q_old != q_new:
            turned = f", {q_old[0]} became {q_new[0]}"
        return (
            f"misplaced quote mark: moved across a space{turned} (same words)",
            ("misplaced-quote", "quote-direction") if turned else ("misplaced-quote",),
        )
    if ("``" in old + new or "''" in old + new) and fold(old) == fold(new):
        tex = "``" in new or "''" in new
        return (
            "TeX-style quotes `` '' instead of \N{LEFT DOUBLE QUOTATION MARK} \N{RIGHT DOUBLE QUOTATION MARK}"
            if tex
            else "TeX-style quotes `` '' became \N{LEFT DOUBLE QUOTATION MARK} \N{RIGHT DOUBLE QUOTATION MARK}",
            ("quote-style",),
        )
    phrases: list[str] = []
    evidence: list[str] = []
    breaks = 0
    for x, y in parts:
        found = _describe_pair(x, y) or _describe_loose(x, y)
        if found is None:
            continue
        phrase, code = found
        if code == "line-rewrap":
            breaks += 1
        if phrase not in phrases:
            phrases.append(phrase)
        if code not in evidence:
            evidence.append(code)
    if _BROKEN_WORD.search(old) or _BROKEN_WORD.search(new):
        phrases.insert(0, "word hyphenated at a line break")
        evidence.insert(0, "hyphenation")
    if breaks > 1 or (breaks and len(parts) > 1 and evidence == ["line-rewrap"]):
        return f"lines re-wrapped ({breaks} line breaks moved), same words", ("line-rewrap",)
    if not phrases:
        return "typography only: same words, different punctuation style or spacing", (
            "typography",
        )
    extra = len(phrases) - 2
    reason = "; ".join(phrases[:2]) + (f" (+{extra} more)" if extra > 0 else "")
    return reason, tuple(evidence)


def _describe_loose(x: str, y: str) -> tuple[str, str] | None:
    """Pieces of several characters: describe by their folded difference."""
    sx, sy = x.strip(), y.strip()
    if len(sx) <= 3 and len(sy) <= 3 and fold(sx) == fold(sy) and (sx or sy):
        inner = _describe_pair(sx, sy)
        if inner:
            return inner
    runs_x, runs_y = _DASHES_RUN.findall(x), _DASHES_RUN.findall(y)
    if runs_x and len(runs_x) == len(runs_y):
        # the dashes in order, one run for one run: describe the first that differs
        for dx, dy in zip(runs_x, runs_y, strict=True):
            if dx != dy:
                return f"{DASH_NAMES.get(dx, dx)} became {DASH_NAMES.get(dy, dy)}", "dash"
    return None
