"""Corruption: damaged characters, explained from the clean side.

Each detector tries to *repair* the damaged fragment (ftfy's idea: re-encode
mojibake in the legacy codec it was misread as and decode it as UTF-8; unescape a
literal entity; glue a cut entity back together; drop invisible characters) and
accepts only when the repair gives back the clean fragment (typography aside).
So a reason is a checked explanation, not a guess. The damaged side is normally
the copy; when it is the original (the copy fixed it) the reason says so.

Evidence codes
--------------

==================== ============================================================
code                 meaning
==================== ============================================================
mojibake             UTF-8 bytes decoded in a legacy codec (``â€™`` for ``’``)
literal-entity       an HTML entity left as text (``&#8217;``, ``&rsquo;``, ``&nbsp;``)
double-escaped       an entity escaped twice (``&amp;quot;``)
cut-entity           an entity cut short (``&#821`` + ``7;``)
decoded-head         the cut entity's head was decoded to another character
paragraph-break      a paragraph/line break was inserted inside the damage
lost-character       a character replaced by ``?`` (encoding without it)
replacement-char     U+FFFD REPLACEMENT CHARACTER (bytes that did not decode)
accent-stripped      letters lost their accents (``é`` → ``e``)
stray-mark           a combining mark that does not belong there
zero-width           zero-width or byte-order-mark characters (U+200B/C/D, U+FEFF, U+2060)
bidi-control         invisible direction marks (U+200E, U+202A …)
control-char         C0/C1 control characters (not tab or newline)
leaked-tag           HTML markup left as text (``<em>``, ``</p>``, ``<br />``)
entity-fragment      a piece of an entity whose end was lost (``said&#82``, ``&rsq``)
lost-byte            mojibake that also lost a byte: the undecodable one became
                     U+FFFD or vanished (``â€`` + U+FFFD, ``itâs``, ``Ã`` for ``à``)
multi-layer          mojibake of mojibake: UTF-8 misread two or three times over
cesu-8               an emoji stored as CESU-8 (two surrogate halves) and misread
emoji-damaged        an emoji lost its joiners, variation selector or skin tone
backslash-escape     a JSON/Markdown escape left as text (``don\\'t``, ``\\"quote\\"``)
original-side        the damage is in the original, the copy is clean
dropped-joiner       the copy dropped joiners (U+200D/U+200C) the original's text needs
==================== ============================================================
"""

from __future__ import annotations

import functools
import html
import html.entities
import itertools
import unicodedata
from dataclasses import dataclass

import regex

from . import textfix, typography
from .patterns import lazy
from .typography import enclose

# -- tables ----------------------------------------------------------------------------

#: legacy codecs that UTF-8 is commonly misread as, with the name an editor reads;
#: tried in this order (the first that repairs the text explains it)
MOJIBAKE_CODECS = (
    ("sloppy-windows-1252", "Windows-1252"),
    ("latin-1", "Latin-1"),
    ("windows-1251", "Windows-1251 (Cyrillic)"),
    ("windows-1250", "Windows-1250 (Central European)"),
    ("iso-8859-2", "ISO-8859-2"),
    ("koi8-r", "KOI8-R"),
    ("mac-roman", "Mac Roman"),
    ("windows-1253", "Windows-1253 (Greek)"),
    ("windows-1254", "Windows-1254 (Turkish)"),
    ("cp437", "DOS code page 437"),
    ("shift_jis", "Shift JIS"),
    ("gbk", "GBK"),
)

#: one legacy encoding read as another (same length: one byte, one character), as
#: (read as, written in, explanation)
LEGACY_MISREADS = (
    ("latin-1", "windows-1252", "Windows-1252 read as Latin-1"),
    ("windows-1251", "koi8-r", "KOI8-R read as Windows-1251"),
    ("koi8-r", "windows-1251", "Windows-1251 read as KOI8-R"),
    ("latin-1", "windows-1251", "Windows-1251 read as Latin-1"),
    ("windows-1252", "windows-1251", "Windows-1251 read as Windows-1252"),
    ("latin-1", "iso-8859-2", "ISO-8859-2 read as Latin-1"),
)

#: invisible characters that have no business in an article's text
ZERO_WIDTH = (
    "\N{ZERO WIDTH SPACE}"
    "\N{ZERO WIDTH NON-JOINER}"
    "\N{ZERO WIDTH JOINER}"
    "\N{ZERO WIDTH NO-BREAK SPACE}"
    "\N{WORD JOINER}"
    "\N{MONGOLIAN VOWEL SEPARATOR}"
    "\N{INVISIBLE SEPARATOR}"
    "\N{FUNCTION APPLICATION}"
    "\N{INVISIBLE TIMES}"
)
BIDI_CONTROLS = (
    "\N{LEFT-TO-RIGHT MARK}"
    "\N{RIGHT-TO-LEFT MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}"
    "\N{RIGHT-TO-LEFT EMBEDDING}"
    "\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}"
    "\N{RIGHT-TO-LEFT OVERRIDE}"
    "\N{LEFT-TO-RIGHT ISOLATE}"
    "\N{RIGHT-TO-LEFT ISOLATE}"
    "\N{FIRST STRONG ISOLATE}"
    "\N{POP DIRECTIONAL ISOLATE}"
)
#: C0 controls except tab and line feed, DEL, and the C1 block
CONTROL_CHARS = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n") + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0))
)
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"
#: joiners a script or an emoji sequence needs: when only the original has them, the
#: copy dropped them (they were not inserted into the original)
JOINERS = "\N{ZERO WIDTH JOINER}\N{ZERO WIDTH NON-JOINER}"
#: the invisible parts of an emoji: joiners of a ZWJ sequence, variation selectors,
#: skin-tone modifiers, the tag characters of subdivision flags, the keycap mark
EMOJI_PARTS = frozenset(
    "\N{ZERO WIDTH JOINER}\N{VARIATION SELECTOR-16}\N{VARIATION SELECTOR-15}"
    "\N{COMBINING ENCLOSING KEYCAP}"
    + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
    + "".join(chr(c) for c in range(0xE0020, 0xE0080))
)
SKIN_TONES = frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))
#: Windows-1252 characters that Latin-1 does not have (they show the text was read as 1252)
CP1252_ONLY = frozenset(bytes(range(0x80, 0xA0)).decode("windows-1252", "ignore"))
#: an inserted fragment with tags and at most this many words of text is leaked markup
LEAKED_TAG_MAX_WORDS = 3
#: what an encoder writes for a character it cannot encode
LOST_MARKS = ("?", REPLACEMENT)
#: a question mark between two letters of one word stands for a lost character
_QUESTION_IN_WORD = lazy(r"\w\?+\w")

#: the smallest code point a numeric entity decodes to that a parser still prints
#: as-is; below it (controls) nothing meaningful is left
_PRINTABLE_FROM = 0x20

# -- compiled once ----------------------------------------------------------------------

ENTITY = lazy(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
#: an entity written without its semicolon (HTML decoders accept some, text keeps them)
ENTITY_NO_SEMICOLON = lazy(
    r"&(?:#[0-9]{2,7}(?![0-9;])|#[xX][0-9a-fA-F]{2,6}(?![0-9a-fA-F;])|[A-Za-z]{2,31}(?![A-Za-z0-9;]))"
)
DOUBLE_ESCAPED = lazy(r"&amp;(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
TAG = lazy(
    r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>"
)
_INVISIBLE = lazy(
    "[" + regex.escape(ZERO_WIDTH + BIDI_CONTROLS + CONTROL_CHARS) + "]"
)
_NON_ASCII_RUN = lazy(r"[^\x00-\x7f]+")
_CONTROL_SET = frozenset(CONTROL_CHARS)
_ZERO_WIDTH_SET = frozenset(ZERO_WIDTH)
_BIDI_SET = frozenset(BIDI_CONTROLS)

#: sloppy Windows-1252: the five undefined bytes map to the C1 controls, as
#: browsers (and ftfy) do, so every byte 0x80-0xFF has a character
_SLOPPY_1252 = {}
for _byte in range(256):
    try:
        _SLOPPY_1252[bytes([_byte]).decode("windows-1252")] = _byte
    except UnicodeDecodeError:
        _SLOPPY_1252[chr(_byte)] = _byte


@dataclass(frozen=True, slots=True)
class Finding:
    """An explained piece of damage."""

    reason: str
    evidence: tuple[str, ...]


# -- helpers ---------------------------------------------------------------------------


def char_name(c: str) -> str:
    """``U+200B ZERO WIDTH SPACE`` for a character."""
    name = unicodedata.name(c, "")
    if not name:
        kind = unicodedata.category(c)
        name = {"Cc": "control character", "Co": "private-use character", "Cn": "unassigned"}.get(
            kind, "unnamed character"
        )
    return f"U+{ord(c):04X} {name}"


def visible(c: str) -> bool:
    """Whether a character shows as itself (not blank, not a control, not a lone mark)."""
    cat = unicodedata.category(c)
    return not (cat.startswith("C") or cat.startswith("Z") or cat in ("Mn", "Me"))


def show(text: str, limit: int = 24) -> str:
    """A fragment as an editor should read it: invisible characters by name."""
    out = []
    for c in text:
        if c == "\n":
            out.append("¶")
        elif visible(c) or c == " ":
            out.append(c)
        else:
            out.append(f"<{char_name(c)}>" if len(text) == 1 else f"<U+{ord(c):04X}>")
    shown = "".join(out)
    return shown if len(shown) <= limit or len(text) == 1 else shown[: limit - 1] + "…"


def _encode(text: str, codec: str) -> bytes:
    if codec == "sloppy-windows-1252":
        try:
            return bytes(_SLOPPY_1252[c] for c in text)
        except KeyError:
            raise UnicodeEncodeError(codec, text, 0, len(text), "not in sloppy-1252") from None
    return text.encode(codec)


#: a multi-byte UTF-8 sequence (lead byte and its continuation bytes)
_UTF8_SEQUENCE = regex.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}|[\x00-\xff]"
)


def _decode_or(raw: bytes, chars: str) -> str:
    if len(raw) == 1:
        return chars
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return chars


def _lead_chars(codec: str) -> frozenset[str] | None:
    """The characters a single-byte ``codec`` shows for UTF-8's lead bytes (0xC2-0xF4).

    UTF-8 read as that codec always holds one of them; a fragment without any cannot
    be its mojibake, and is passed over without re-encoding it (a text of combining
    marks otherwise re-encoded every change with every codec). None: a multi-byte codec.
    """
    if codec == "sloppy-windows-1252":
        return frozenset(c for c, b in _SLOPPY_1252.items() if 0xC2 <= b <= 0xF4)
    if codec in ("shift_jis", "gbk"):
        return None
    return frozenset(bytes([b]).decode(codec, "ignore") for b in range(0xC2, 0xF5)) - {""}


_LEAD_CHARS = {codec: _lead_chars(codec) for codec, _ in MOJIBAKE_CODECS}


def _redecode(text: str, codec: str) -> str | None:
    """Undo one round of "UTF-8 read as ``codec``" on every run of non-ASCII text."""
    lead = _LEAD_CHARS.get(codec)
    if lead is not None and lead.isdisjoint(text):
        return None
    changed = False

    def fix(match: regex.Match) -> str:
        nonlocal changed
        run = match.group()
        try:
            raw = _encode(run, codec)
        except UnicodeEncodeError:
            return run
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            if len(raw) != len(run):
                return run
            # one byte per character: repair the valid UTF-8 sequences inside the run
            # and keep the rest ("caf√©’s": the "√©" is garbled, the "’" is not)
            fixed = "".join(
                _decode_or(m.group(), run[m.start() : m.end()])
                for m in _UTF8_SEQUENCE.finditer(raw)
            )
        if fixed != run:
            changed = True
        return fixed

    # a run of mojibake may hold ASCII continuation-free bytes only in rare codecs;
    # runs of non-ASCII characters are what UTF-8's multi-byte sequences become
    out = _NON_ASCII_RUN.sub(fix, text)
    return out if changed else None


#: how many runs of a document's non-ASCII text are sampled to rank the codecs
CODEC_SAMPLE_RUNS = 400
_MOJIBAKE_HINT = lazy(r"[\u00c2-\u00c5\u00e2\u00d0\u00d1\u0420\u0421\u221a\u201a][^\x00-\x7f]")


@functools.lru_cache(maxsize=4)
def codec_order(document: str) -> tuple[tuple[str, str], ...]:
    """:data:`MOJIBAKE_CODECS` ranked for one document: the codec that explains most of
    its garbled runs first, ties kept in the table's order (Windows-1252 before Latin-1).

    So a document whose mojibake fits both Windows-1252 and Latin-1 is named one way
    throughout, and one that needs Latin-1 somewhere (C1 controls) is Latin-1 everywhere.
    """
    runs = []
    for match in _NON_ASCII_RUN.finditer(document):
        if _MOJIBAKE_HINT.search(match.group()) or REPLACEMENT in match.group():
            runs.append(match.group())
            if len(runs) >= CODEC_SAMPLE_RUNS:
                break
    scores = []
    for i, (codec, name) in enumerate(MOJIBAKE_CODECS):
        hits = sum(1 for run in runs if _redecode(run, codec) is not None)
        scores.append((-hits, i, codec, name))
    return tuple((codec, name) for _, _, codec, name in sorted(scores))


def _byte_forms(byte: int) -> list[str]:
    """How one byte of UTF-8 shows after a Windows-1252/Latin-1 misreading, damage included."""
    forms = {chr(byte), REPLACEMENT}
    forms.update(c for c, b in _SLOPPY_1252.items() if b == byte)
    if 0x80 <= byte <= 0x9F:  # a C1 control: stripped, or undefined in 1252 and dropped
        forms.add("")
    if byte == 0xA0:  # NBSP: turned into a space, or lost
        forms.update((" ", ""))
    return sorted(forms, key=len, reverse=True)


def _lost_byte_pattern(clean: str) -> str | None:
    parts = []
    for c in clean:
        if ord(c) < 0x80:
            parts.append(regex.escape(c))
            continue
        seq = []
        for byte in c.encode("utf-8"):
            forms = _byte_forms(byte)
            alts = "|".join(regex.escape(f) for f in forms if f)
            seq.append(f"(?:{alts})" + ("?" if "" in forms else ""))
        parts.append(f"(?:{regex.escape(c)}|{''.join(seq)})")
    return "".join(parts)


def _matches(repaired: str, clean: str) -> bool:
    return repaired == clean or typography.fold(repaired) == typography.fold(clean)


def _diff_chars(clean: str, damaged: str) -> tuple[str, str]:
    """The shortest differing middle of two fragments (common head and tail removed)."""
    i = 0
    while i < min(len(clean), len(damaged)) and clean[i] == damaged[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(damaged)) - i and clean[-1 - j] == damaged[-1 - j]:
        j += 1
    return clean[i : len(clean) - j], damaged[i : len(damaged) - j]


# -- detectors: each takes (clean, damaged) and returns a Finding or None ---------------


def _mojibake(clean: str, damaged: str, document: str = "") -> Finding | None:
    # re-decoding only ever shortens text: mojibake is longer than what it garbles
    if len(damaged) <= len(typography.fold(clean)) and len(damaged) <= len(clean):
        return None
    if not _NON_ASCII_RUN.search(damaged):
        return None
    codecs = codec_order(document) if document else MOJIBAKE_CODECS
    for codec, name in codecs:
        once = _redecode(damaged, codec)
        if once is None:
            continue
        rounds = 1
        if not _matches(once, clean):
            twice = _redecode(once, codec)
            if twice is None or not _matches(twice, clean):
                continue
            rounds = 2
        pairs = _mojibake_pairs(damaged, codec, rounds)
        x, y = pairs[0] if pairs else _diff_chars(clean, damaged)
        more = len(dict.fromkeys(pairs)) - 1
        times = " twice" if rounds == 2 else ""
        extra = f" (+{more} more)" if more > 0 else ""
        return Finding(
            f"{enclose(show(x, 12), y)} became {enclose(show(y, 20), x)}: UTF-8 read as {name}{times}{extra}",
            ("mojibake",),
        )
    return None


def _lost_byte_mojibake(clean: str, damaged: str, document: str = "") -> Finding | None:
    """Mojibake that lost a byte on the way: ``”`` as ``â€`` + U+FFFD or ``â€`` (the byte
    0x9D has no Windows-1252 character), ``’`` as ``â`` (C1 controls stripped), ``à`` as
    ``Ã`` (its NBSP byte turned into a space or lost)."""
    x, y = _diff_chars(clean, damaged)
    if not y or not any(ord(c) > 0x7F for c in x) or len(x) > 40:
        return None
    if not any(c in "\u00c2\u00c3\u00c5\u00e2\u00c4\u00d0\u00d1\u00ef" for c in y):
        return None  # the lead byte of a multi-byte sequence must be there
    pattern = _lost_byte_pattern(x)
    if pattern is None or not regex.fullmatch(pattern, y):
        return None
    codec = "Windows-1252"
    if document and codec_order(document)[0][0] == "latin-1":
        codec = "Latin-1"
    if any(c in CP1252_ONLY for c in y):
        codec = "Windows-1252"
    if REPLACEMENT in y:
        how = "a byte that did not decode became U+FFFD"
    elif "\N{NO-BREAK SPACE}" not in y and any(
        0xA0 in c.encode("utf-8") for c in x if ord(c) > 0x7F
    ):
        how = "its NBSP byte became a space or was lost"
    else:
        how = "a byte with no character there was dropped"
    return Finding(
        _fit(f"{enclose(show(x, 12), y)} became {enclose(show(y, 20), x)}: UTF-8 read as {codec}, {how}"),
        ("mojibake", "lost-byte"),
    )


#: names of the codecs ftfy reports, as an editor reads them
FTFY_CODEC_NAMES = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "latin-1": "Latin-1",
    "iso-8859-1": "Latin-1",
    "sloppy-windows-1250": "Windows-1250 (Central European)",
    "sloppy-windows-1251": "Windows-1251 (Cyrillic)",
    "sloppy-windows-1253": "Windows-1253 (Greek)",
    "sloppy-windows-1254": "Windows-1254 (Turkish)",
    "sloppy-windows-1257": "Windows-1257 (Baltic)",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "Mac Roman",
    "cp437": "DOS code page 437",
}
#: how many layers a reason spells out in words
LAYER_WORDS = {2: "twice", 3: "three times"}


#: how much of a document's non-ASCII lines is sampled to find its repair plan
PLAN_SAMPLE_LINES = 40


@functools.lru_cache(maxsize=4)
def _document_plan(document: str) -> tuple[textfix.Step, ...]:
    """How ftfy repairs the document's damaged lines (a sample): the plan a short
    fragment of it follows even where the fragment alone looks too innocent to fix
    (``ÄÆdomu`` in a Lithuanian text read as Windows-1257)."""
    lines = itertools.islice(
        (line for line in document.splitlines() if _NON_ASCII_RUN.search(line)), PLAN_SAMPLE_LINES
    )  # the first lines with non-ASCII text: the rest are never looked at
    found = textfix.repair("\n".join(lines))
    return found.steps if found is not None and found.layers else ()


def _layered_mojibake(clean: str, damaged: str, document: str = "") -> Finding | None:
    """Damage that ftfy repairs (:mod:`compare.textfix`): mojibake through two or three
    layers, CESU-8 emoji, sloppy windows-125x and MacRoman, and lossy decodes whose
    lost byte became ``?`` or U+FFFD (each U+FFFD of the repair stands for one lost
    character of the clean side)."""
    if not _NON_ASCII_RUN.search(damaged):
        return None
    fixed = textfix.repair(damaged)
    if (fixed is None or not fixed.layers or not _matches(fixed.text, clean)) and document:
        plan = _document_plan(document)
        applied = textfix.apply(damaged, plan) if plan else None
        if applied is not None and applied != damaged:
            fixed = textfix.Repair(applied, plan)
    if fixed is None or not fixed.layers:
        return None
    lost = 0
    if not _matches(fixed.text, clean):
        if REPLACEMENT not in fixed.text or REPLACEMENT in clean:
            return None
        pattern = "".join(
            r"\X" if c == REPLACEMENT else regex.escape(c) for c in fixed.text
        )
        if not regex.fullmatch(pattern, clean):
            return None
        lost = fixed.text.count(REPLACEMENT)
    x, y = _diff_chars(clean, damaged)
    names = list(dict.fromkeys(FTFY_CODEC_NAMES.get(c, c) for c in fixed.codecs))
    read_as = " then ".join(names)
    times = LAYER_WORDS.get(fixed.layers, f"{fixed.layers} times") if fixed.layers > 1 else ""
    evidence = ["mojibake"]
    if fixed.layers > 1:
        evidence.append("multi-layer")
    what = f"UTF-8 read as {read_as}" + (f", {times}" if times else "")
    if fixed.cesu8:
        what = f"emoji stored as CESU-8 (two surrogate halves), read as {read_as}"
        evidence.append("cesu-8")
    if lost:
        what += f", {lost} character{'s' if lost > 1 else ''} lost"
        evidence.append("lost-byte")
    return Finding(
        _fit(f"{enclose(show(x, 12), y)} became {enclose(show(y, 20), x)}: {what}"),
        tuple(evidence),
    )


def _mojibake_pairs(damaged: str, codec: str, rounds: int) -> list[tuple[str, str]]:
    """(clean, garbled) for every garbled run, in order."""
    pairs = []
    for match in _NON_ASCII_RUN.finditer(damaged):
        run = match.group()
        fixed = run
        for _ in range(rounds):
            fixed = _redecode(fixed, codec) or fixed
        if fixed != run:
            x, y = _diff_chars(fixed, run)
            # "«" -> "Â«" trims to "" -> "Â": show the whole run instead
            pairs.append((x, y) if x and y else (fixed, run))
    return pairs


def _legacy_misread(clean: str, damaged: str) -> Finding | None:
    """Single-byte text decoded with the wrong single-byte table (``’`` as U+0092)."""
    if len(damaged) != len(clean) or damaged.isascii():
        return None
    for read_as, meant, name in LEGACY_MISREADS:
        try:
            repaired = damaged.encode(read_as).decode(meant)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if repaired != damaged and _matches(repaired, clean):
            x, y = _diff_chars(clean, damaged)
            shown = enclose(show(y, 20), x) if all(visible(c) or c == " " for c in y) else ", ".join(
                char_name(c) for c in dict.fromkeys(y)
            )
            return Finding(_fit(f"{enclose(show(x, 12), y)} became {shown}: {name}"), ("mojibake",))
    return None


def _literal_entity(clean: str, damaged: str) -> Finding | None:
    if "&" not in damaged:
        return None
    if DOUBLE_ESCAPED.search(damaged):
        once = html.unescape(damaged)
        if _matches(html.unescape(once), clean):
            entity = DOUBLE_ESCAPED.search(damaged).group()
            meant = html.unescape(html.unescape(entity))
            return Finding(
                f"`{entity}` is {enclose(show(meant, 8))} HTML-escaped twice, left as text",
                ("double-escaped",),
            )
    loose = [e for e in ENTITY_NO_SEMICOLON.findall(damaged) if html.unescape(e) != e]
    if loose and not ENTITY.search(damaged) and _matches(html.unescape(damaged), clean):
        meant = html.unescape(loose[0])
        return Finding(
            _fit(f"HTML entity `{loose[0]}` ({show(meant, 20)}) left as text, missing its `;`"),
            ("literal-entity",),
        )
    named = [m for m in _LOOSE_NAMED.finditer(damaged) if _entity_prefix(m.group(1))]
    if named and not ENTITY.search(damaged) and _matches(unescape_loose(damaged), clean):
        name = _entity_prefix(named[0].group(1))
        meant = chr(html.entities.name2codepoint[name])
        return Finding(
            _fit(f"HTML entity `&{name}` ({show(meant, 20)}) left as text, missing its `;`"),
            ("literal-entity",),
        )
    entities = ENTITY.findall(damaged)
    if entities and _matches(html.unescape(damaged), clean):
        first = entities[0]
        more = f" (+{len(entities) - 1} more)" if len(entities) > 1 else ""
        meant = html.unescape(first)
        return Finding(
            f"HTML entity `{first}` ({show(meant, 30)}) left as literal text{more}",
            ("literal-entity",),
        )
    return None


_LOOSE_NAMED = lazy(r"&([A-Za-z][A-Za-z0-9]{1,31})(?!;)")


def _entity_prefix(letters: str) -> str | None:
    """The longest entity name ``letters`` begins with (``rsquos`` -> ``rsquo``)."""
    for end in range(len(letters), 1, -1):
        if letters[:end] in html.entities.name2codepoint:
            return letters[:end]
    return None


def unescape_loose(text: str) -> str:
    """HTML-unescape, also named entities written without their ``;`` (``&rsquos``)."""

    def fix(m: regex.Match) -> str:
        name = _entity_prefix(m.group(1))
        if not name:
            return m.group()
        return chr(html.entities.name2codepoint[name]) + m.group(1)[len(name) :]

    return html.unescape(_LOOSE_NAMED.sub(fix, text))


#: a piece of an entity whose end is gone: ``&#82``, ``&#x20``, ``&rsq``
_ENTITY_HEAD = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,31})")


def _entity_fragment(clean: str, damaged: str) -> Finding | None:
    """The head of an entity left in the text, its end lost (``said&#82``, ``café&rsq``)."""
    if "&" not in damaged:
        return None
    x, y = _diff_chars(clean, damaged)
    if not y or not _ENTITY_HEAD.fullmatch(y.strip()):
        return None
    y = y.strip()
    if not x.strip():
        return Finding(
            f"HTML entity fragment `{y}` left in the text (an entity cut short, its end lost)",
            ("entity-fragment", "cut-entity"),
        )
    c, rest = x[0], x[1:]
    if len(rest) > 3 or not rest.isascii():
        return None
    for spelling in _entity_spellings(c):
        entity = "&" + spelling
        if entity.startswith(y) and len(y) < len(entity) - 1:
            lost = f" and {enclose(rest)} lost" if rest else ""
            return Finding(
                _fit(f"`{entity}` ({c}) cut after `{y}`, its end lost{lost}"),
                ("entity-fragment", "cut-entity"),
            )
    return None


#: a backslash escape left by a scraper's JSON or Markdown: \' \" \/ \n as text
_BACKSLASH_ESCAPE = lazy(r"\\(['\"/\\*_\[\]()#]|[nrt](?![a-z]))")


def _backslash_escapes(clean: str, damaged: str) -> Finding | None:
    """``café\\'s`` for ``café’s``: an escape of JSON/Markdown left as text."""
    if "\\" not in damaged or "\\" in clean:
        return None
    found = _BACKSLASH_ESCAPE.findall(damaged)
    if not found:
        return None
    repaired = _BACKSLASH_ESCAPE.sub(
        lambda m: {"n": "\n", "r": "", "t": "\t"}.get(m.group(1), m.group(1)), damaged
    )
    if not _matches(repaired, clean):
        return None
    first = _BACKSLASH_ESCAPE.search(damaged).group()
    more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
    return Finding(
        f"backslash escape `{first}` left as text (JSON/Markdown escaping){more}",
        ("backslash-escape",),
    )


def _emoji(clean: str, damaged: str) -> Finding | None:
    """An emoji that lost its invisible parts: joiners, variation selector, skin tone."""
    if not any(c in EMOJI_PARTS for c in clean):
        return None
    x, y = _diff_chars(clean, damaged)
    lost = [c for c in x if c in EMOJI_PARTS]
    if not lost or "".join(c for c in x if c not in EMOJI_PARTS) != "".join(
        c for c in y if c not in EMOJI_PARTS
    ):
        return None
    if not any(unicodedata.category(c) == "So" or ord(c) >= 0x1F000 for c in clean):
        return None
    # the whole emoji as the original had it
    start = clean.find(x)
    end = start + len(x)

    def emojiish(c: str) -> bool:
        return c in EMOJI_PARTS or ord(c) >= 0x1F000 or unicodedata.category(c) == "So"

    while start > 0 and emojiish(clean[start - 1]):
        start -= 1
    while end < len(clean) and emojiish(clean[end]):
        end += 1
    emoji = clean[start:end]
    kinds = dict.fromkeys(lost)
    if all(c in SKIN_TONES for c in kinds):
        what = f"its skin-tone modifier {char_name(lost[0])}"
    elif all(c == "\N{ZERO WIDTH JOINER}" for c in kinds):
        what = "its zero-width joiners (U+200D): now shown as separate emoji"
    else:
        what = ", ".join(char_name(c) for c in list(kinds)[:2])
    return Finding(_fit(f"emoji {emoji.strip()} lost {what}"), ("emoji-damaged",))


def _entity_spellings(c: str) -> list[str]:
    """How ``c`` may be written as an entity (without the leading ``&``)."""
    out = [f"#{ord(c)};", f"#x{ord(c):x};", f"#x{ord(c):X};"]
    name = html.entities.codepoint2name.get(ord(c))
    if name:
        out.append(f"{name};")
    return out


def _cut_entity(clean: str, damaged: str) -> Finding | None:
    """An entity cut in two: the head (literal, or decoded as a parser would) and the tail."""
    if ";" not in damaged:  # every tail ends with the entity's semicolon
        return None
    x, y = _diff_chars(clean, damaged)
    if not x or not y:
        return None
    targets = [c for c in x if ord(c) > 0x7F or c in "&<>\"'"]
    for c in dict.fromkeys(targets):
        for spelling in _entity_spellings(c):
            for k in range(1, len(spelling) - 1):
                head, tail = spelling[:k], spelling[k:]
                found = _find_cut(clean, damaged, c, head, tail)
                if found:
                    return found
    return None


def _find_cut(clean: str, damaged: str, c: str, head: str, tail: str) -> Finding | None:
    entity = "&" + head + tail
    if entity in damaged:  # whole, not cut: a literal entity
        return None
    forms: list[tuple[str, str]] = [("&" + head, "literal")]
    if head.startswith("#") and head[1:].isdigit():
        code = int(head[1:])
        if _PRINTABLE_FROM <= code < 0x110000 and not 0xD800 <= code < 0xE000:
            forms.insert(0, (chr(code), "decoded"))
    elif head.startswith("#x") and len(head) > 2:
        code = int(head[2:], 16)
        if _PRINTABLE_FROM <= code < 0x110000 and not 0xD800 <= code < 0xE000:
            forms.insert(0, (chr(code), "decoded"))
    forms.append(("", "lost"))
    t = damaged.find(tail)
    while t != -1:
        for form, how in forms:
            h = damaged.rfind(form, 0, t) if form else t
            if h == -1:
                continue
            between = damaged[h + len(form) : t]
            if between.strip():
                continue
            repaired = damaged[:h] + c + damaged[t + len(tail) :]
            if not _matches(repaired, clean):
                continue
            reason = f"`{entity}` ({c}) cut after `&{head}`"
            evidence = ["cut-entity"]
            if how == "decoded":
                reason += f": head became {char_name(form)}, tail `{tail}` left as text"
                evidence.append("decoded-head")
            elif how == "literal":
                reason += f", tail `{tail}` left as text"
            else:
                reason += f": head lost, tail `{tail}` left as text"
            if "\n\n" in between:
                reason += ", split by a paragraph break"
                evidence.append("paragraph-break")
            elif "\n" in between:
                reason += ", split by a line break"
                evidence.append("paragraph-break")
            return Finding(_fit(reason), tuple(evidence))
        t = damaged.find(tail, t + 1)
    return None


def _fit(reason: str, limit: int = 119) -> str:
    """Keep a reason on one line under the limit, dropping detail words first."""
    for long, short in _SHORTER:
        if len(reason) <= limit:
            return reason
        reason = reason.replace(long, short)
    return reason if len(reason) <= limit else reason[: limit - 1] + "…"


#: ways to shorten a reason, least informative loss first
_SHORTER = (
    (" left as text", " left"),
    (": head became ", ": head → "),
    ("split by a paragraph break", "split by paragraph break"),
    (" COMBINING", ""),
)


#: one character the encoder could not write becomes at most this many marks
MARKS_PER_LOST_CHAR = 4
#: the longest differing middle (clean side, characters) checked for lost characters:
#: the check costs len² / 64, so 2,000 (a long paragraph) stays within milliseconds
LOST_MARKS_MAX_CHARS = 2000


def _bit_masks(text: str, chars: set[str]) -> dict[str, int]:
    """For each of ``chars`` found in ``text``: an integer whose bit p is set where it stands."""
    where: dict[str, list[int]] = {}
    for p, c in enumerate(text):
        if c in chars:
            where.setdefault(c, []).append(p)
    masks = {}
    for c, positions in where.items():
        bits = bytearray(len(text) // 8 + 1)
        for p in positions:
            bits[p >> 3] |= 1 << (p & 7)
        masks[c] = int.from_bytes(bits, "little")
    return masks


def _marks_stand_for(clean: str, damaged: str, plain: tuple[str, ...]) -> bool:
    """Whether ``damaged`` is ``clean`` with some characters written as lost marks.

    A non-ASCII character of ``clean`` may stand as 1..:data:`MARKS_PER_LOST_CHAR`
    marks (``?`` or U+FFFD), a letter or digit as as many of ``plain``; everything
    else must be there as it is. The walk keeps the set of reachable positions in
    ``damaged`` as the bits of one integer (a bit-parallel NFA), so its cost is
    ``len(clean) × len(damaged) / 64`` word operations and its size never more
    than ``len(damaged)`` bits: no pattern is built from the text (one regex group
    per character crashed the regex engine on a 300 KB side).
    """
    n, m = len(clean), len(damaged)
    if n > LOST_MARKS_MAX_CHARS:
        return False  # a lost-character repair of a whole article is no repair: an edit
    slots = sum(1 for c in clean if ord(c) >= 0x80 or c.isalnum())
    if not n <= m <= n + (MARKS_PER_LOST_CHAR - 1) * slots:
        return False  # every character is one position, or up to four marks
    at = _bit_masks(damaged, set(clean) | set(LOST_MARKS))
    any_mark = at.get("?", 0) | at.get(REPLACEMENT, 0)
    plain_mark = 0
    for c in plain:
        plain_mark |= at.get(c, 0)
    reach = 1  # bit p: clean[:i] can stand as damaged[:p]
    for c in clean:
        step = (reach & at.get(c, 0)) << 1
        marks = any_mark if ord(c) >= 0x80 else plain_mark if c.isalnum() else 0
        run = reach
        for _ in range(MARKS_PER_LOST_CHAR if marks else 0):
            run = (run & marks) << 1
            if not run:
                break
            step |= run
        reach = step
        if not reach:
            return False
    return bool(reach >> m & 1)


def _lost_characters(clean: str, damaged: str) -> Finding | None:
    if not any(m in damaged for m in LOST_MARKS):
        return None
    x, y = _diff_chars(clean, damaged)
    # walk the clean side and the damaged one together: every non-ASCII character of
    # the clean side may stand as one or more lost marks; U+FFFD is damage wherever it
    # stands, so it may replace a plain letter or digit too ("Bell�ni"), and so may a
    # "?" sitting inside a word ("Bolo?na"), where it is no punctuation
    plain = LOST_MARKS if _QUESTION_IN_WORD.search(damaged) else (REPLACEMENT,)
    if (not x or not _marks_stand_for(x, y, plain)) and (
        x or not all(c == REPLACEMENT for c in y)
    ):
        return None
    mark = REPLACEMENT if REPLACEMENT in y else "?"
    lost = "".join(c for c in x if c not in y)
    if mark == REPLACEMENT:
        what = f"{enclose(show(lost, 10))} lost" if lost else "bytes lost"
        return Finding(
            f"{what}: replaced by U+FFFD � (bytes that did not decode)", ("replacement-char",)
        )
    why = " (saved in an encoding without it)" if any(ord(c) >= 0x80 for c in lost) else ""
    return Finding(
        f"{enclose(show(lost, 10))} lost: replaced by “?”{why}",
        ("lost-character",),
    )


def _accents(clean: str, damaged: str) -> Finding | None:
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", clean) if unicodedata.category(c) != "Mn"
    )
    if stripped == unicodedata.normalize("NFC", clean) or not _matches(stripped, damaged):
        return None
    x, y = _diff_chars(clean, damaged)
    return Finding(
        f"accents lost: {enclose(show(x, 16), y)} became {enclose(show(y, 16), x)}",
        ("accent-stripped",),
    )


def _stray_marks(clean: str, damaged: str) -> Finding | None:
    # a mark that composes with its letter (e + ◌́ = é) is an accent, and an accent
    # added is not provably damage; a stray one stays loose after composition
    nfc = unicodedata.normalize("NFC", damaged)
    have = {c for c in unicodedata.normalize("NFD", clean) if unicodedata.category(c) in ("Mn", "Me")}
    stray = [c for c in nfc if unicodedata.category(c) in ("Mn", "Me") and c not in have]
    if not stray:
        return None
    repaired = "".join(c for c in nfc if c not in stray)
    if not _matches(repaired, clean):
        return None
    names = ", ".join(char_name(c) for c in dict.fromkeys(stray))
    return Finding(_fit(f"stray combining mark {names} added"), ("stray-mark",))


def _invisible(clean: str, damaged: str) -> Finding | None:
    found = [c for c in damaged if c in _ZERO_WIDTH_SET or c in _BIDI_SET or c in _CONTROL_SET]
    found = [c for c in found if c not in clean]
    if not found:
        return None
    repaired = "".join(c for c in damaged if c not in found)
    if not _matches(repaired, clean):
        return None
    kinds = dict.fromkeys(found)
    evidence = []
    if any(c in _ZERO_WIDTH_SET for c in kinds):
        evidence.append("zero-width")
    if any(c in _BIDI_SET for c in kinds):
        evidence.append("bidi-control")
    if any(c in _CONTROL_SET for c in kinds):
        evidence.append("control-char")
    first = next(iter(kinds))
    more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
    where = " inserted" if repaired == clean else " inserted (and spacing differs)"
    return Finding(_fit(f"{char_name(first)}{where}{more}"), tuple(evidence))


def _leaked_tags(clean: str, damaged: str) -> Finding | None:
    tags = [t for t in TAG.findall(damaged) if t not in clean]
    if not tags:
        return None
    repaired = TAG.sub(lambda m: "" if m.group() in tags else m.group(), damaged)
    if not _matches(repaired, clean) and not _matches(
        TAG.sub(lambda m: " " if m.group() in tags else m.group(), damaged), clean
    ):
        return None
    more = f" (+{len(tags) - 1} more)" if len(tags) > 1 else ""
    return Finding(_fit(f"HTML tag `{tags[0]}` leaked into the text{more}"), ("leaked-tag",))


#: detectors in the order they are tried; the first that repairs the text wins
DETECTORS = (
    _emoji,
    _literal_entity,
    _cut_entity,
    _entity_fragment,
    _mojibake,
    _lost_byte_mojibake,
    _layered_mojibake,
    _legacy_misread,
    _invisible,
    _leaked_tags,
    _backslash_escapes,
    _lost_characters,
    _stray_marks,
    _accents,
)

#: repairs applied one after another when no single detector explains a fragment
_REPAIRS = (
    ("leaked-tag", lambda t: TAG.sub("", t)),
    ("double-escaped", lambda t: html.unescape(html.unescape(t)) if DOUBLE_ESCAPED.search(t) else t),
    ("literal-entity", unescape_loose),
    ("zero-width", lambda t: _INVISIBLE.sub("", t)),
)


#: text made only of these characters cannot hold any damage we detect (no entity,
#: tag, lost-character mark, invisible or non-ASCII character): a fast way out for the
#: many plain word edits
_PLAIN = lazy(r"[A-Za-z0-9 \n.,:!()\-]*")


#: detectors that name a codec, and so take the damaged document to rank codecs by
_CODEC_DETECTORS = frozenset({"_mojibake", "_lost_byte_mojibake", "_layered_mojibake"})


def explain(clean: str, damaged: str, document: str = "") -> Finding | None:
    """Why ``damaged`` is ``clean`` with broken characters, or None if it is not.

    ``document`` is the whole damaged text, if known: mojibake that several codecs
    explain is then named by the codec that explains most of that document.
    """
    if clean == damaged or (_PLAIN.fullmatch(clean) and _PLAIN.fullmatch(damaged)):
        return None
    for detector in DETECTORS:
        if detector.__name__ in _CODEC_DETECTORS:
            found = detector(clean, damaged, document)
        else:
            found = detector(clean, damaged)
        if found:
            return found
    # several kinds at once: repair step by step, naming what each step removed
    text, used, phrases = damaged, [], []
    for code, repair in _REPAIRS:
        fixed = repair(text)
        if fixed == text:
            continue
        used.append(code)
        phrases.append(_what_was_repaired(code, text))
        text = fixed
        if _matches(text, clean):
            return Finding(_fit("several kinds of damage: " + ", ".join(phrases)), tuple(used))
        found = _mojibake(clean, text, document)
        if found:
            return Finding(
                _fit(found.reason + "; also " + ", ".join(phrases)), (*found.evidence, *used)
            )
    return None


def _what_was_repaired(code: str, text: str) -> str:
    if code == "leaked-tag":
        return f"HTML tag `{TAG.search(text).group()}` leaked"
    if code == "double-escaped":
        return f"`{DOUBLE_ESCAPED.search(text).group()}` escaped twice"
    if code == "literal-entity":
        entity = ENTITY.search(text) or ENTITY_NO_SEMICOLON.search(text)
        return f"entity `{entity.group()}` left as text" if entity else "entity left as text"
    invisible = _INVISIBLE.search(text)
    return f"{char_name(invisible.group())} inserted" if invisible else "invisible characters"


#: how many fragment pairs :func:`explain_change` remembers: a damaged copy repeats the
#: same damage (every ``’`` read as ``â€™``) hundreds of times
EXPLAIN_MEMO = 4096


@functools.lru_cache(maxsize=EXPLAIN_MEMO)
def explain_change(old: str, new: str, original: str = "", copy: str = "") -> Finding | None:
    """Corruption in either direction: the copy damaged, or the original damaged.

    ``original`` and ``copy`` are the whole texts, if known (see :func:`explain`).
    """
    found = explain(old, new, copy)
    if found:
        return found
    found = explain(new, old, original)
    if found:
        dropped = [c for c in old if c not in new and c in JOINERS]
        if dropped and "".join(c for c in old if c not in JOINERS) == new:
            # joiners belong to the original's script: the copy lost them
            more = f" (+{len(dropped) - 1} more)" if len(dropped) > 1 else ""
            return Finding(
                _fit(f"the copy dropped the original's {char_name(dropped[0])}{more}"),
                (*found.evidence, "dropped-joiner"),
            )
        return Finding(_fit("in the original: " + found.reason + "; the copy is clean"), (
            *found.evidence,
            "original-side",
        ))
    return None


def explain_insert(text: str) -> Finding | None:
    """An insertion (or deletion) made only of damage: invisible characters, U+FFFD, tags."""
    if not text:
        return None
    stripped = text.strip(" ")
    if stripped and all(c in _ZERO_WIDTH_SET or c in _BIDI_SET or c in _CONTROL_SET for c in stripped):
        return _invisible("", text)
    if stripped and all(c == REPLACEMENT for c in stripped):
        return Finding(
            f"U+FFFD REPLACEMENT CHARACTER ×{len(stripped)} inserted (bytes that did not decode)",
            ("replacement-char",),
        )
    tags = TAG.findall(stripped)
    # markup with at most a link's few words of text inside it: leaked tags
    if tags and len(TAG.sub(" ", stripped).split()) <= LEAKED_TAG_MAX_WORDS:
        more = f" (+{len(tags) - 1} more)" if len(tags) > 1 else ""
        return Finding(_fit(f"HTML tag `{tags[0]}` leaked into the text{more}"), ("leaked-tag",))
    if stripped and all(unicodedata.category(c) in ("Mn", "Me") for c in stripped):
        return Finding(_fit(f"stray combining mark {char_name(stripped[0])} added"), ("stray-mark",))
    if stripped and _ENTITY_HEAD.fullmatch(stripped) and html.unescape(stripped) == stripped:
        return Finding(
            f"HTML entity fragment `{stripped}` left in the text (an entity cut short, its end lost)",
            ("entity-fragment", "cut-entity"),
        )
    if stripped and not ENTITY.sub("", stripped).strip():
        first = ENTITY.search(stripped).group()
        return Finding(
            _fit(f"HTML entity `{first}` ({show(html.unescape(first), 20)}) left as literal text"),
            ("literal-entity",),
        )
    return None
