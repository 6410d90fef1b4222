"""Patterns compiled on first use, and what ``import compare`` leaves for later.

Speed itself is measured in ``tests/benchmarks/bench.py``; these tests pin the
behaviour the speed work relies on: a lazy pattern is the compiled pattern, the
marker table as named lists matches exactly what an alternation of its phrases
matched, and the heavy libraries wait until a comparison needs them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

from compare import boilerplate
from compare.patterns import lazy
from compare.report._common import _MARK, _SPECIAL, has_special


def test_a_lazy_pattern_matches_like_the_compiled_one():
    word = lazy(r"(?<!\w)\L<kind>(?!\w)", regex.I, kind=["share", "share this"])
    assert word.pattern == r"(?<!\w)\L<kind>(?!\w)"  # readable before any use
    assert word.search("Please SHARE THIS now").group() == "SHARE THIS"
    assert [m.group() for m in word.finditer("share, shares, share this")] == ["share", "share this"]
    assert word.sub("-", "share it") == "- it"


def _alternation_of_markers() -> regex.Pattern:
    """The marker table as the engine wrote it before named lists: one alternation per
    kind, longest phrase first, boundaries per phrase."""
    groups = []
    for kind, phrases in boilerplate.MARKERS.items():
        alts = []
        for p in sorted(phrases, key=len, reverse=True):
            head = r"(?<!\w)" if p[0].isalnum() else ""
            tail = r"(?!\w)" if p[-1].isalnum() else ""
            alts.append(head + regex.escape(p).replace("'", "['\N{RIGHT SINGLE QUOTATION MARK}]") + tail)
        groups.append(f"(?P<{kind.replace('-', '_')}>{'|'.join(alts)})")
    return regex.compile("|".join(groups), regex.I)


@pytest.fixture(scope="module")
def reference() -> regex.Pattern:
    return _alternation_of_markers()


#: what stands before and after a phrase: nothing, a space, letters and digits glued to
#: it, punctuation, a curly apostrophe, a combining mark (a word character to regex)
CONTEXTS = (
    ("", ""), (" ", " "), ("x", ""), ("", "x"), ("1", "1"), ("(", ")"),
    ("\N{RIGHT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ("\N{COMBINING ACUTE ACCENT}", "e\N{COMBINING ACUTE ACCENT}"),
)


@pytest.mark.parametrize("kind", list(boilerplate.MARKERS))
def test_the_marker_table_matches_what_an_alternation_of_its_phrases_matched(kind, reference):
    for phrase in boilerplate.MARKERS[kind]:
        for before, after in CONTEXTS:
            for text in (
                f"{before}{phrase}{after}",
                f"{before}{phrase.upper()}: more{after}",
                f"{before}{phrase.title()}s{after}",
                f"{before}{phrase.replace(chr(39), chr(0x2019))}{after}",
            ):
                ours = [(m.span(), m.lastgroup) for m in boilerplate._ALL_MARKERS.finditer(text)]
                theirs = [(m.span(), m.lastgroup) for m in reference.finditer(text)]
                assert ours == theirs, text


def test_has_special_agrees_with_the_pattern_on_every_character():
    """has_special answers ASCII by str.isprintable and printable text by looking for
    marks only: that holds only while Python's Unicode data and regex's agree on
    which printable characters the pattern matches (a Unicode upgrade of either
    could break it: this test then says so)."""
    special, mark = _SPECIAL.match, _MARK.match
    disagree = [
        hex(code)
        for code in range(0x80, sys.maxunicode + 1)
        if chr(code).isprintable() and bool(special(chr(code))) != bool(mark(chr(code)))
    ]
    assert disagree == []
    for text in ("caf\N{COMBINING ACUTE ACCENT}", "a\N{NO-BREAK SPACE}b", "\N{EM DASH} ok",
                 "x\N{ZERO WIDTH SPACE}", "\N{LEFT DOUBLE QUOTATION MARK}Hi\N{RIGHT DOUBLE QUOTATION MARK}"):
        assert has_special(text) == bool(_SPECIAL.search(text)), text
    for code in range(128):
        text = f"a{chr(code)}b"
        assert has_special(text) == bool(_SPECIAL.search(text)), code


def test_import_compare_leaves_the_heavy_libraries_for_first_use():
    code = (
        "import sys, compare\n"
        "print(sorted(m for m in ('ftfy', 'chardet', 'rapidfuzz', 'anyascii', 'justext', "
        "'lxml', 'fasttext', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
