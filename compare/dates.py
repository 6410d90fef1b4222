"""Reading a date written in words: ``3 mars 2024``, ``March 3, 2024``, ``2024年3月3日``.

The one module that imports :mod:`dateparser`. It parses all six of the app's
languages offline, with their inflections (``марта``), ordinals (``1er``) and
connectors (``de … de``), which a table of month names alone would not. It is only
given candidates that :mod:`compare.facts` found with its own patterns: on free text
it finds weekdays in German "Die"/"mit".
"""

from __future__ import annotations

from functools import lru_cache

#: dateparser's language codes for ours (the same ISO 639-1 codes)
DATEPARSER_LANGUAGES = frozenset({"en", "fr", "es", "de", "ru", "zh", "it", "pt", "uk"})


@lru_cache(maxsize=4096)
def parse_date(text: str, language: str, has_day: bool, has_year: bool) -> str | None:
    """The ISO value of a date candidate (``2024-03-03``, ``2024-03``, ``--03-03``).

    Parts the candidate does not name (the year of "3 March") are left out of the
    value instead of being filled in with today's.
    """
    import dateparser  # imported on first use: it loads its language data lazily

    languages = [language] if language in DATEPARSER_LANGUAGES else None
    try:
        parsed = dateparser.parse(
            text,
            languages=languages,
            settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except (ValueError, OverflowError, KeyError):
        return None
    if parsed is None:
        return None
    if has_year and has_day:
        return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"
    if has_year:
        return f"{parsed.year:04d}-{parsed.month:02d}"
    if has_day:
        return f"--{parsed.month:02d}-{parsed.day:02d}"
    return None
