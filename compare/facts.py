"""Finding facts in a text: numbers, percentages, money, dates, names and quotations.

Each is a :class:`Mention`: where it is, what kind, and its normalised value(s), so
that ``1,550`` (English), ``1 550`` (French), ``1.550`` (German) and ``1550`` all
read ``1550``, ``1,5 millones`` reads ``1500000`` and ``800万`` reads ``8000000``.
A token that two conventions read differently (``1,550`` in Spanish) carries both
readings; pairing (:mod:`compare.factpairing`) accepts either.

Nothing here compares the two texts; the patterns and word tables below are the
whole of the heuristics.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from .dates import parse_date
from .model import FactKind
from .patterns import LazyPattern, lazy

# --- tables ------------------------------------------------------------------------

#: scale words after a number, per language (lower case; a trailing "." is optional)
SCALE_WORDS: dict[str, dict[str, int]] = {
    "en": {"thousand": 10**3, "million": 10**6, "millions": 10**6, "billion": 10**9,
           "billions": 10**9, "trillion": 10**12, "mn": 10**6, "bn": 10**9},
    "fr": {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9, "billion": 10**12, "billions": 10**12, "md": 10**9, "mds": 10**9},
    "es": {"mil": 10**3, "millón": 10**6, "millones": 10**6, "mil millones": 10**9,
           "billón": 10**12, "billones": 10**12},
    "de": {"tausend": 10**3, "million": 10**6, "millionen": 10**6, "mio": 10**6,
           "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9, "billion": 10**12, "billionen": 10**12},
    "ru": {"тысяча": 10**3, "тысячи": 10**3, "тысяч": 10**3, "тыс": 10**3, "миллион": 10**6,
           "миллиона": 10**6, "миллионов": 10**6, "млн": 10**6, "миллиард": 10**9,
           "миллиарда": 10**9, "миллиардов": 10**9, "млрд": 10**9, "трлн": 10**12},
    "zh": {"千": 10**3, "万": 10**4, "十万": 10**5, "百万": 10**6, "千万": 10**7, "亿": 10**8,
           "十亿": 10**9, "万亿": 10**12},
}

#: scale words this short may carry an abbreviation's full stop ("Mio.", "тыс.")
MAX_ABBREVIATION = 4

#: currencies: symbols written before the number, words written after it
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₽": "RUB", "₴": "UAH", "CHF": "CHF", "USD": "USD", "EUR": "EUR", "GBP": "GBP",
    "RMB": "CNY", "CNY": "CNY",
}
CURRENCY_WORDS: dict[str, str] = {
    # en
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "yuan": "CNY", "rubles": "RUB", "roubles": "RUB", "usd": "USD", "eur": "EUR",
    # fr / es / de (dollar(s), euro(s) above)
    "dólares": "USD", "dólar": "USD", "livres": "GBP", "libras": "GBP", "yuanes": "CNY",
    "roubles russes": "RUB", "rublos": "RUB", "pfund": "GBP", "rubel": "RUB",
    # ru
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "долл": "USD", "евро": "EUR",
    "фунтов": "GBP", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "юаней": "CNY",
    # zh
    "美元": "USD", "欧元": "EUR", "英镑": "GBP", "人民币": "CNY", "元": "CNY", "卢布": "RUB",
}

#: words that make a number a percentage
PERCENT_WORDS = (
    "%", "％", "per cent", "percent", "pour cent", "por ciento", "prozent", "процентов",
    "процента", "процент", "proc", "个百分点", "百分点",
)

#: number words, read only to confirm a digit on the other side ("three" = "3");
#: never reported missing or added on their own
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
           "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12},
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20, "trente": 30,
           "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
           "nueve": 9, "diez": 10, "once": 11, "doce": 12, "veinte": 20, "treinta": 30,
           "cuarenta": 40, "cincuenta": 50, "cien": 100, "mil": 1000},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30,
           "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000},
    "ru": {"два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
           "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10,
           "двенадцать": 12, "двадцать": 20, "тридцать": 30, "сорок": 40,
           "пятьдесят": 50, "сто": 100, "тысяча": 1000},
    "zh": {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "十": 10, "十二": 12, "二十": 20, "三十": 30, "五十": 50, "百": 100},
}

#: month names (lower case, inflected forms as stems) per language; a date candidate
#: is a month name next to a day and/or a year
MONTH_STEMS: dict[str, str] = {
    "en": r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|mar\.|april|apr\.|may|june|july|aug(?:ust|\.)?"
          r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?",
    "fr": r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
          r"|novembre|décembre|decembre",
    "es": r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre"
          r"|diciembre",
    "de": r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
          r"|dezember",
    "ru": r"январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
          r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]",
}
#: languages whose month names are capitalised (so English "may" the verb is no month)
CAPITALISED_MONTHS = frozenset({"en", "de"})

#: quotation marks: opening → closing
QUOTE_MARKS: dict[str, str] = {
    "\N{LEFT DOUBLE QUOTATION MARK}": "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{DOUBLE LOW-9 QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}",
    '"': '"',
    "\N{LEFT CORNER BRACKET}": "\N{RIGHT CORNER BRACKET}",
    "\N{LEFT WHITE CORNER BRACKET}": "\N{RIGHT WHITE CORNER BRACKET}",
}
#: a quotation must hold at least this many letters to count (not a “scare quote”)
MIN_QUOTE_LETTERS = 25

#: capitalised words that start names of things, not people, and words that are
#: capitalised for grammar only; they never make a name on their own
NAME_STOPWORDS = frozenset(
    ["the", "a", "an", "and", "of", "in", "on", "at", "for", "to", "by", "with", "from", "as", "is", "it", "this", "that", "these", "those", "he", "she", "we", "they", "i", "mr", "mrs", "ms", "dr", "le", "la", "les", "l", "un", "une", "des", "du", "de", "et", "en", "au", "aux", "el", "los", "las", "y", "del", "al", "lo", "una", "der", "die", "das", "ein", "eine", "und", "von", "zu", "im", "am", "mit", "в", "и", "на", "по", "с", "о", "об", "для", "к", "у", "из", "от", "за", "при", "что", "это", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
#: words that make a capitalised run the name of a thing or an office, not a person;
#: only person names are checked across languages (places and bodies are translated)
INSTITUTION_WORDS = frozenset(
    ["department", "state", "states", "united", "union", "commission", "council", "embassy", "ministry", "office", "agency", "republic", "kingdom", "nations", "court", "house", "parliament", "government", "bank", "fund", "pool", "protection", "civil", "european", "rights", "human", "press", "statement", "secretary", "president", "minister", "ambassador", "commissioner", "general", "assembly", "organization", "organisation", "committee", "university", "institute", "world", "international", "national", "federal", "central", "north", "south", "east", "west", "new", "saint", "san", "los", "las", "el", "la", "le", "der", "die", "das", "operations", "departure", "authorized", "member", "members", "security", "health"]
)
#: the same in other languages, as stems (inflected forms start with them)
INSTITUTION_STEMS = (
    "посольств", "государств", "департамент", "заявлени", "офис", "министерств", "комисси",
    "совет", "правительств", "сша", "embajad", "estado", "departament", "comisi", "consejo",
    "minister", "gobierno", "ambassad", "conseil", "départ", "état", "gouvern", "botschaft",
    "kommission", "regierung", "außenminister", "vereinigt", "staaten", "union", "europ",
)
#: titles in front of a name, dropped from it ("Secretary Antony Blinken" → "Antony Blinken")
TITLE_WORDS = frozenset(
    ["secretary", "president", "commissioner", "minister", "ambassador", "senator", "governor", "mr", "mrs", "ms", "dr", "prof", "general", "colonel", "chancellor", "premier"]
)
#: name facts are checked on these scripts only (others are read for matching only)
NAME_SCRIPTS = ("Latin", "Cyrillic")

# --- patterns (compiled on first use: a comparison reads one or two languages) --------

_GROUP_SEP = "[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}'’.,]"
#: a number: grouped thousands or plain digits, an optional decimal part; not glued to
#: a letter or a hyphenated letter before it (COVID-19, F-35, G7 are names)
NUMBER = lazy(
    rf"(?<![\p{{Latin}}\p{{Cyrillic}}\p{{Greek}}\d]|\d[.,]|[\p{{Latin}}\p{{Cyrillic}}][-‐‑])"
    rf"(?:\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+(?![\d])(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![.,]?\d)"
)
_TIME = lazy(r"(?<![\d.,:])([01]?\d|2[0-3])\s?(?::|h|\N{FULLWIDTH COLON})\s?([0-5]\d)(?!\d)")
_URL = lazy(r"(?:https?://|www\.)\S+", regex.I)
#: telephone numbers (+32 2 295 45 78) are contact details, not facts of the story
_PHONE = lazy(r"\+\d{1,3}(?:[ \N{NO-BREAK SPACE}.\-]?\(?\d{1,4}\)?){2,6}")
_CJK_DATE = lazy(r"(?:(\d{4})\s?年\s?)?(?:(\d{1,2})\s?月)(?:\s?(\d{1,2})\s?[日号])?")
_ISO_DATE = lazy(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}{2,6}(?![\p{Ll}])|\p{Lu}\.(?=\s\p{Lu}))"
_NAME_PARTICLE = r"(?:von|van|de|da|di|del|der|bin|al|la|le|du|dos)"
NAME = lazy(
    rf"(?<![\p{{L}}\p{{M}}]){_NAME_WORD}(?:\s(?:{_NAME_PARTICLE}\s)?{_NAME_WORD})*(?![\p{{L}}\p{{M}}])"
)
_SENTENCE_START = lazy(r"(?:^|[.!?:;…»“”\"(\n]\s*|[-–—]\s)$")
_LETTER = lazy(r"\p{L}")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_SCALE = {
    lang: lazy(
        rf"\s?(?:{_alternation(words)})\.?(?![\p{{L}}])" if lang != "zh" else rf"(?:{_alternation(words)})",
        regex.I,
    )
    for lang, words in SCALE_WORDS.items()
}
_CURRENCY_BEFORE = lazy(rf"(?:{_alternation(CURRENCY_SYMBOLS)})\s?$")
_CURRENCY_AFTER = lazy(
    rf"\s?(?:(?:de|d['’]|of)\s?)?(?:{_alternation(CURRENCY_WORDS)}|{_alternation(CURRENCY_SYMBOLS)})(?![\p{{Latin}}\p{{Cyrillic}}])",
    regex.I,
)
_PERCENT_AFTER = lazy(rf"\s?(?:{_alternation(PERCENT_WORDS)})", regex.I)
_NUMBER_WORD = {
    lang: lazy(
        rf"(?<![\p{{L}}])(?:{_alternation(words)})(?![\p{{L}}])" if lang != "zh" else f"(?:{_alternation(words)})(?=[个名人位次项年])",
        regex.I,
    )
    for lang, words in NUMBER_WORDS.items()
}
def _date_pattern(language: str, stems: str) -> LazyPattern:
    month = f"(?:{stems})"
    if language in CAPITALISED_MONTHS:
        month = rf"(?-i:(?=\p{{Lu}})){month}"
    return lazy(
        rf"(?<![\p{{L}}\d])(?:(?P<d1>\d{{1,2}})(?:er|º|\.)?\s(?:de\s)?(?P<m1>{month})(?:\s(?:de\s|del\s)?(?P<y1>\d{{4}}))?"
        rf"|(?P<m2>{month})\s(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s(?P<y2>\d{{4}}))?"
        rf"|(?P<m3>{month})\s(?:de\s)?(?P<y3>\d{{4}}))(?![\p{{L}}\d])",
        regex.I,
    )


_DATE = {lang: _date_pattern(lang, stems) for lang, stems in MONTH_STEMS.items()}

#: a quotation between a pair of QUOTE_MARKS, ten characters or more
_QUOTE = lazy(
    "|".join(
        f"{regex.escape(o)}[^{regex.escape(o + c)}\n]{{10,}}?{regex.escape(c)}"
        for o, c in QUOTE_MARKS.items()
    )
)


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    """One fact where it stands in a text.

    ``values``: normalised readings, the preferred first (``("1550", "1.55")`` for an
    ambiguous ``1,550``). ``soft``: read only to confirm a fact on the other side (a
    number in words, a name in a script we cannot check); never missing or added.
    """

    kind: FactKind
    start: int
    end: int
    text: str
    values: tuple[str, ...]
    soft: bool = False
    #: a name of a person (two or more words, no office or institution word): checked
    #: across languages, where the names of places and bodies are translated
    person: bool = False


# --- numbers -------------------------------------------------------------------------

#: languages writing 1,550.5 (else 1.550,5); a lone "," or "." before exactly three
#: digits is read both ways
COMMA_GROUPING = frozenset({"en", "zh", "ja", "ko"})


#: the spaces and apostrophes a number's groups may be separated by
_GROUP_SPACE = lazy(r"[ \N{NO-BREAK SPACE}\N{NARROW NO-BREAK SPACE}\N{THIN SPACE}'’]")
#: what stands between a number and a currency word after it ("millions de dollars")
_CURRENCY_LINK = lazy(r"^\s?(?:(?:de|d['’]|of)\s?)?", regex.I)


def _decimal_readings(token: str, language: str) -> list[Decimal]:
    token = _GROUP_SPACE.sub("", token)
    if not token:
        return []
    has_comma, has_dot = "," in token, "." in token
    readings: list[str] = []
    if has_comma and has_dot:
        decimal = "." if token.rfind(".") > token.rfind(",") else ","
        group = "," if decimal == "." else "."
        readings.append(token.replace(group, "").replace(decimal, "."))
    elif has_comma or has_dot:
        sep = "," if has_comma else "."
        parts = token.split(sep)
        grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
        as_group = token.replace(sep, "")
        as_decimal = token.replace(sep, ".") if len(parts) == 2 else None
        groups_first = (sep == ",") == (language in COMMA_GROUPING)
        if grouped and (len(parts) > 2 or groups_first):
            readings.append(as_group)
            if as_decimal and len(parts) == 2:
                readings.append(as_decimal)
        elif as_decimal:
            readings.append(as_decimal)
            if grouped:
                readings.append(as_group)
        else:
            readings.append(as_group)
    else:
        readings.append(token)
    out = []
    for reading in readings:
        try:
            out.append(Decimal(reading))
        except InvalidOperation:
            continue
    return out


def format_number(value: Decimal) -> str:
    """``Decimal("1500000.0")`` → ``"1500000"``, ``Decimal("1.50")`` → ``"1.5"``."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _scale_after(text: str, end: int, language: str) -> tuple[int, int]:
    """The multiplier of a scale word right after a number, and where it ends."""
    table = SCALE_WORDS.get(language)
    if not table:
        return 1, end
    match = _SCALE[language].match(text, end)
    if not match:
        return 1, end
    word = match.group().strip().rstrip(".").lower()
    end = match.end()
    if match.group().endswith(".") and len(word) > MAX_ABBREVIATION:
        end -= 1  # "billion." ends a sentence; "Mio." is an abbreviation
    return table.get(word, 1), end


def _numbers(text: str, language: str, taken: list[tuple[int, int]]) -> list[Mention]:
    mentions = []
    for match in _TIME.finditer(text):
        if _free(taken, match.start(), match.end()):
            value = f"{int(match.group(1))}:{match.group(2)}"
            mentions.append(Mention(FactKind.NUMBER, match.start(), match.end(), match.group(), (value,)))
            taken.append((match.start(), match.end()))
    for match in NUMBER.finditer(text):
        start, end = match.start(), match.end()
        if not _free(taken, start, end):
            continue
        readings = _decimal_readings(match.group(), language)
        if not readings:
            continue
        scale, end = _scale_after(text, end, language)
        kind = FactKind.NUMBER
        currency = None
        before = _CURRENCY_BEFORE.search(text, max(0, start - 5), start)
        if before:
            currency = CURRENCY_SYMBOLS[before.group().strip()]
            start = before.start()
        after = _CURRENCY_AFTER.match(text, end)
        if after and currency is None:
            word = _CURRENCY_LINK.sub("", after.group())
            currency = CURRENCY_WORDS.get(word.lower().strip()) or CURRENCY_SYMBOLS.get(word.strip())
            if currency:
                end = after.end()
        percent = _PERCENT_AFTER.match(text, end) if currency is None else None
        if percent:
            kind, end = FactKind.PERCENT, percent.end()
        elif currency:
            kind = FactKind.MONEY
        values = tuple(dict.fromkeys(format_number(r * scale) for r in readings))
        if currency:
            values = tuple(f"{currency} {v}" for v in values)
        mentions.append(Mention(kind, start, end, text[start:end], values))
        taken.append((start, end))
    words = _NUMBER_WORD.get(language)
    if words is not None:
        table = _number_word_table(language)
        for match in words.finditer(text):
            if _free(taken, match.start(), match.end()):
                value = str(table[match.group().lower()])
                mentions.append(
                    Mention(FactKind.NUMBER, match.start(), match.end(), match.group(), (value,), soft=True)
                )
    return mentions


@functools.cache
def _number_word_table(language: str) -> dict[str, int]:
    """A language's number words by their lower-case form (built once, not per span)."""
    return {k.lower(): v for k, v in NUMBER_WORDS[language].items()}


# --- dates ---------------------------------------------------------------------------


def _dates(text: str, language: str, taken: list[tuple[int, int]]) -> list[Mention]:
    mentions = []
    if language in ("zh", "ja"):
        for match in _CJK_DATE.finditer(text):
            year, month, day = match.group(1), match.group(2), match.group(3)
            if not (1 <= int(month) <= 12) or not (year or day):
                continue
            if year and day:
                value = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
            elif year:
                value = f"{int(year):04d}-{int(month):02d}"
            else:
                value = f"--{int(month):02d}-{int(day):02d}"
            mentions.append(Mention(FactKind.DATE, match.start(), match.end(), match.group(), (value,)))
            taken.append((match.start(), match.end()))
    pattern = _DATE.get(language)
    if pattern is not None:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            has_day = bool(groups["d1"] or groups["d2"])
            has_year = bool(groups["y1"] or groups["y2"] or groups["y3"])
            value = parse_date(match.group(), language, has_day, has_year)
            if value is None:
                continue
            mentions.append(Mention(FactKind.DATE, match.start(), match.end(), match.group(), (value,)))
            taken.append((match.start(), match.end()))
    for match in _ISO_DATE.finditer(text):
        if _free(taken, match.start(), match.end()):
            mentions.append(Mention(FactKind.DATE, match.start(), match.end(), match.group(), (match.group(),)))
            taken.append((match.start(), match.end()))
    return mentions


# --- names and quotations ------------------------------------------------------------


#: a letter of each script names are read in
_SCRIPT_LETTER = {script: lazy(rf"\p{{{script}}}") for script in NAME_SCRIPTS}


def _script_of(word: str) -> str:
    for script in NAME_SCRIPTS:
        if _SCRIPT_LETTER[script].match(word):
            return script
    return ""


def _names(
    text: str, language: str, taken: list[tuple[int, int]], before: str = ""
) -> list[Mention]:
    """Capitalised words that are not the first word of a sentence, and acronyms.

    German capitalises every noun, so German names are read for matching only.
    """
    mentions = []
    for match in NAME.finditer(text):
        start, end = match.start(), match.end()
        words = match.group().split()
        # drop leading grammar words and titles ("The European…", "Secretary Antony…")
        while words and (words[0].lower() in NAME_STOPWORDS or words[0].lower() in TITLE_WORDS):
            start += len(words[0]) + 1
            words = words[1:]
        # a possessive is the name ("Sunday’s" → no name, "Putin’s" → "Putin")
        if words and words[-1].endswith(("'s", "’s")):  # split words hold no line break
            words[-1] = words[-1][:-2]
            end -= 2
        if not words or not _free(taken, start, end):
            continue
        if len(words) == 1 and _NOT_A_NAME.fullmatch(words[0]):
            continue
        context = (before + text[:start])[-3:] if start < 3 else text[start - 3 : start]
        at_sentence_start = bool(_SENTENCE_START.search(context)) if context else not before
        acronym = all(w.isupper() for w in words)
        if at_sentence_start and len(words) == 1 and not acronym:
            continue
        if not _script_of(words[0]):
            continue
        soft = language == "de" and not acronym
        person = (
            len([w for w in words if not w.endswith(".")]) >= 2
            and not acronym
            and not any(
                w.lower().strip("'’") in INSTITUTION_WORDS or w.lower().startswith(INSTITUTION_STEMS)
                for w in words
            )
        )
        mentions.append(
            Mention(FactKind.NAME, start, end, text[start:end], (" ".join(words),), soft=soft, person=person)
        )
    return mentions


def _quotes(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    mentions = []
    for match in _QUOTE.finditer(text):
        inner = match.group()[1:-1]
        if len(_LETTER.findall(inner)) < MIN_QUOTE_LETTERS and not _HAN_RUN.search(inner):
            continue
        normalised = " ".join(inner.split())
        mentions.append(Mention(FactKind.QUOTE, match.start(), match.end(), match.group(), (normalised,)))
    return mentions


#: a run of Chinese characters long enough to be a quotation
_HAN_RUN = lazy(r"\p{Han}{8}")

#: capitalised words that are never names: months and weekdays (English, German)
_NOT_A_NAME = lazy(
    rf"(?i:{MONTH_STEMS['en']}|{MONTH_STEMS['de']}|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
)


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def find_facts(text: str, language: str, start: int = 0, end: int | None = None) -> tuple[Mention, ...]:
    """Every fact in ``text[start:end]``, in text order; offsets are into ``text``.

    URLs are skipped (their digits are no facts); dates are found before numbers so
    the day and year of a date are not also numbers.
    """
    end = len(text) if end is None else end
    region = text[start:end]
    taken: list[tuple[int, int]] = [
        (m.start(), m.end()) for pattern in (_URL, _PHONE) for m in pattern.finditer(region)
    ]
    found = _dates(region, language, taken)
    found += _numbers(region, language, taken)
    found += _quotes(region, [])
    found += _names(region, language, taken, text[max(0, start - 3) : start])
    found.sort(key=lambda m: (m.start, m.end))
    return tuple(
        Mention(m.kind, m.start + start, m.end + start, m.text, m.values, m.soft, m.person)
        for m in found
    )
