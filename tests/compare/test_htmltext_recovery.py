"""Malformed markup never loses text: parse errors are recovered from and noted."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import compare
from compare.htmltext import MAX_RECOVERIES, extract_text, html_to_text

# -- the reproductions (issue 11, item 2) ------------------------------------------


def test_marked_section_does_not_swallow_the_rest_of_the_page() -> None:
    # html.parser raises on "<![x[", and everything after it used to disappear
    assert html_to_text("<p>Intro.</p><![x[]]><p>Treaty stands.</p>") == (
        "Intro.\n\nTreaty stands."
    )


def test_two_different_articles_behind_a_marked_section_differ() -> None:
    a = compare.load_bytes(b"<p>Intro.</p><![x[]]><p>Treaty stands.</p>", label="a.html")
    b = compare.load_bytes(b"<p>Intro.</p><![x[]]><p>Treaty is dead.</p>", label="b.html")
    comparison = compare.compare(a, b)
    assert comparison.changes, "two different articles reported as 'No differences'"
    assert "Treaty stands." in a.text and "Treaty is dead." in b.text


def test_unterminated_marked_section_is_kept_as_text() -> None:
    # "a <![ b": the " b" used to vanish
    assert html_to_text("a <![ b") == "a <![ b"


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("a <![CDATA[x]]> b", "a b"),  # a bogus comment in HTML, as in a browser
        ("a <![if IE]> b <![endif]> c", "a b c"),
        ("a <![ b > c", "a c"),  # up to the first ">", as in a browser
        ("a <![>#= b", "a #= b"),  # the first ">" ends it
        ("a <![!]> b", "a b"),
    ],
)
def test_marked_sections_read_like_a_browser(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


# -- whatever the parser raises on, reading goes on and says so --------------------


class _Boom(AssertionError):
    pass


def test_a_parser_error_is_recovered_and_noted(monkeypatch) -> None:
    original = HTMLParser.parse_pi

    def failing_parse_pi(self, i):
        if self.rawdata.startswith("<?boom", i):
            raise _Boom("the parser gave up")
        return original(self, i)

    monkeypatch.setattr(HTMLParser, "parse_pi", failing_parse_pi)
    result = extract_text("<p>First.</p><?boom x><p>Second.</p><?ok?><p>Third.</p>")
    assert "First." in result.text
    assert "Second." in result.text and "Third." in result.text
    assert "<?boom x>" in result.text  # the construct itself is kept, not dropped
    assert len(result.notes) == 1
    assert "malformed markup at character 13" in result.notes[0]
    assert "'<?boom x>" in result.notes[0]


def test_recovery_is_bounded(monkeypatch) -> None:
    def always_failing(self, i):
        raise _Boom("no")

    monkeypatch.setattr(HTMLParser, "parse_pi", always_failing)
    markup = "<p>x</p>" + "<?a>word " * (MAX_RECOVERIES + 50)
    result = extract_text(markup)
    assert result.text.count("word") == MAX_RECOVERIES + 50
    assert any("too many markup errors" in note for note in result.notes)
    assert len(result.notes) <= 6


def test_recovery_notes_reach_the_document(monkeypatch) -> None:
    def failing(self, i):
        raise _Boom("no")

    monkeypatch.setattr(HTMLParser, "parse_pi", failing)
    document = compare.load_bytes(b"<p>One.</p><?x><p>Two.</p>", label="page.html")
    assert "Two." in document.text
    assert any("malformed markup" in note for note in document.notes)


def test_long_unterminated_comment_is_noted() -> None:
    result = extract_text("<p>shown</p><!-- " + "hidden " * 2000)
    assert result.text == "shown"
    assert any("hides the last 14,005 characters" in note for note in result.notes)


# -- the class: no visible character is lost under malformed markup -----------------

#: visible words: capitals and digits, which the malformed constructs below never contain
WORDS = st.from_regex(r"\A[A-Z][A-Z0-9]{0,6}\Z", fullmatch=True)
#: what may sit inside a construct: anything but the characters that end or open one
JUNK = st.text(alphabet="abcxyz[]!?/=&#; \n\t-", max_size=12)
TAG_NAMES = st.sampled_from(["p", "b", "span", "div", "x", "a", "foo", "br", "td", "li"])


@st.composite
def malformed(draw) -> str:
    """A construct a browser ends at its first ">" (so text after it is visible)."""
    junk = draw(JUNK).replace(">", "")
    kind = draw(st.sampled_from(["marked", "decl", "pi", "end", "start", "cdata", "lt"]))
    if kind == "marked":
        return f"<![{junk}>"
    if kind == "decl":
        return f"<!x{junk}>"
    if kind == "pi":
        return f"<?{junk}>"
    if kind == "end":
        return f"</{draw(TAG_NAMES)}{junk}>"
    if kind == "start":
        return f"<{draw(TAG_NAMES)} {junk}>"
    if kind == "cdata":
        return f"<![CDATA[{junk}>"
    return "< "


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(WORDS, malformed()), min_size=1, max_size=30))
def test_every_visible_word_survives_malformed_markup(pieces: list[tuple[str, str]]) -> None:
    markup = "".join(f" {word} {junk}" for word, junk in pieces)
    text = html_to_text(markup)
    position = 0
    for word, _ in pieces:
        found = text.find(word, position)
        assert found >= 0, (word, markup, text)
        position = found + len(word)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_text_without_markup_survives_whole(text: str) -> None:
    # text free of "<" and "&" is its own visible text, only white space collapsed
    plain = text.replace("<", "").replace("&", "")
    extracted = html_to_text(plain)
    for word in re.split("[ \t\n\r\f]+", plain):
        assert word in extracted, (word, plain, extracted)
