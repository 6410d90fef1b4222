"""HTML -> visible text, HTML sniffing and the charset a page declares."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.htmltext import declared_charset, html_to_text, looks_like_html

# -- visible text --------------------------------------------------------------------

MIRROR_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Russia tests hypersonic missile | Scraper News</title>
  <style>.ad { display: block }</style>
  <script>window.dataLayer = []; document.write("<div>not text</div>");</script>
</head>
<body>
  <header><a href="/">Home</a> <a href="/world">World</a></header>
  <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
  <article>
    <h1>Russia tests   hypersonic
        missile</h1>
    <p>MOSCOW (AP) &mdash; Russia&#8217;s military said it had
       <em>successfully</em> tested a new <a href="/x">hypersonic</a> missile.</p>
    <figure><img src="m.jpg" alt="A missile launch"><figcaption>The launch.</figcaption></figure>
    <p>&ldquo;We don&#x2019;t need it,&rdquo; he said.</p>
  </article>
  <noscript><img src="pixel.gif"></noscript>
  <aside>Also read: Arms race</aside>
  <footer>&copy; 2020 Scraper &amp; Co.<br>All rights reserved.</footer>
</body>
</html>
"""


def test_a_mirror_page_keeps_boilerplate_and_drops_what_is_not_shown() -> None:
    assert html_to_text(MIRROR_PAGE) == (
        "Home World\n\n"
        "Politics\n\nSport\n\n"
        "Russia tests hypersonic missile\n\n"
        "MOSCOW (AP) — Russia’s military said it had successfully tested a new "
        "hypersonic missile.\n\n"
        "The launch.\n\n"
        "“We don’t need it,” he said.\n\n"
        "Also read: Arms race\n\n"
        "© 2020 Scraper & Co.\nAll rights reserved."
    )


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # blocks are paragraph breaks, never more than one blank line
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("<div><div><p>a</p></div></div>\n\n\n<section><p>b</p></section>", "a\n\nb"),
        ("<p>a</p><p></p><p> </p><div></div><p>b</p>", "a\n\nb"),
        ("<h2>Title</h2>Text", "Title\n\nText"),
        ("<blockquote>q</blockquote><hr><address>addr</address>", "q\n\naddr"),
        ("<dl><dt>term</dt><dd>definition</dd></dl>", "term\n\ndefinition"),
        # <br> is a line break, several make at most one blank line
        ("a<br>b", "a\nb"),
        ("a<br/><br />b", "a\n\nb"),
        ("a<br><br><br><br>b", "a\n\nb"),
        ("a</br>b", "a\nb"),
        # white space collapses as in a browser; NO-BREAK SPACE is visible and stays
        ("  many \t\n spaces  here ", "many spaces here"),
        ("a&nbsp;&nbsp;b", "a\N{NO-BREAK SPACE}\N{NO-BREAK SPACE}b"),
        ("<b>bold</b><i>italic</i>", "bolditalic"),
        ("word <b> bold </b> word", "word bold word"),
        # entities, named and numeric, html.unescape semantics
        ("&amp; &lt;p&gt; &quot; &#39; &eacute; &#233; &#xE9; &hellip;", "& <p> \" ' é é é …"),
        ("&#8217;&#x2019;&rsquo;", "’’’"),
        ("&#821", "\N{COMBINING SHORT STROKE OVERLAY}"),  # the sample's cut entity
        ("&amp;quot; &unknown; &", "&quot; &unknown; &"),
        ("&#0; &#13;x", "\N{REPLACEMENT CHARACTER} x"),
        # <pre> keeps its white space; a first newline right after <pre> is dropped
        ("<pre>\n  two  spaces\n\n\nthree lines</pre>", "  two  spaces\n\n\nthree lines"),
        ("<p>x</p><pre>code</pre><p>y</p>", "x\n\ncode\n\ny"),
        # table cells as a browser copies them: tabs between cells, rows as blocks
        (
            "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
            "a\tb\n\nc\td",
        ),
        # lists
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo"),
        # things a browser does not show
        ("<head><title>T</title></head><body>B</body>", "B"),
        ("<title>T</title>Body text", "Body text"),
        ("x<script>if (a < b) { document.write('</div>') }</script>y", "xy"),
        ("x<style>p > a { }</style>y", "xy"),
        ("x<template><p>t</p></template>y", "xy"),
        ("x<svg><text>drawn</text></svg>y", "xy"),
        ("x<math><mi>n</mi></math>y", "xy"),
        ("x<noscript>enable JS</noscript>y", "xy"),
        ("x<iframe src=a>fallback</iframe>y", "xy"),
        ("x<!-- a comment --><!---->y", "xy"),
        ("x<![CDATA[cdata]]>y", "xy"),
        ("x<?php echo 1 ?>y", "xy"),
        ('<img src="a.png" alt="Alt text">caption', "caption"),
        ('<input value="typed">label', "label"),
        ("<svg/>visible", "visible"),
        # link text is text
        ('Read <a href="http://example.com/">the story</a>.', "Read the story."),
        # a head without <body>: text after it is body text
        ("<head><title>T</title></head><p>first</p>", "first"),
        ("<html><head><title>T</title>Stray text", "Stray text"),
        # newlines come out as \n whatever the source used
        ("<pre>a\r\nb\rc</pre>", "a\nb\nc"),
        ("", ""),
        ("plain", "plain"),
    ],
)
def test_visible_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_broken_markup_still_gives_its_text() -> None:
    markup = "<p>unclosed <b>bold <p>stray</p></p></p></div> text</span><div><p>deep"
    assert html_to_text(markup) == "unclosed bold\n\nstray\n\ntext\n\ndeep"


def test_deeply_nested_markup() -> None:
    markup = "<div>" * 50_000 + "deep" + "</div>" * 50_000
    assert html_to_text(markup) == "deep"


def test_huge_attribute_value() -> None:
    markup = '<p data-x="' + "x" * 2_000_000 + '">after</p>'
    assert html_to_text(markup) == "after"


@pytest.mark.parametrize(
    "hostile",
    [
        "<a" * 100_000,
        "<!--" * 100_000,
        "</" * 100_000,
        "<![CDATA[" * 50_000,
        "<!" * 100_000,
        "<?" * 100_000,
        "<p a='" + "x " * 200_000,
        "<" * 200_000,
        "&" * 200_000,
        "&#" * 100_000,
        "<script>" + "</scrip" * 50_000,
    ],
    ids=[
        "tag-open",
        "comment-open",
        "end-open",
        "cdata",
        "decl",
        "pi",
        "quote",
        "lt",
        "amp",
        "charref",
        "script",
    ],
)
def test_hostile_markup_never_hangs(hostile: str) -> None:
    started = time.perf_counter()
    text = html_to_text("<p>before</p>" + hostile)
    assert time.perf_counter() - started < 2.0  # quadratic parsing took 30-70 s here
    assert text.startswith("before")
    assert "\r" not in text


def test_unterminated_comment_hides_the_rest_like_a_browser() -> None:
    assert html_to_text("<p>shown</p><!-- " + "hidden " * 2000) == "shown"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_extracts_without_raising(markup: str) -> None:
    text = html_to_text(markup)
    assert "\r" not in text
    assert (
        "\n\n\n" not in text
        or "<pre" in markup.lower()
        or "<xmp" in markup.lower()
        or ("<listing" in markup.lower() or "<plaintext" in markup.lower())
    )


TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<br>", "<pre>", "</pre>", "<script>", "</script>",
     "<!--", "-->", "<b>", "</b>", "<td>", "<tr>", "<svg>", "</svg>", "&amp;", "&#8217;",
     "<head>", "</head>", "<title>", "<![CDATA[", "]]>", "<", ">", "'", '"', "=", " ", "\n",
     "\r", "x", "é"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(TAGS, max_size=60))
def test_any_tag_soup_extracts_without_raising(pieces: list[str]) -> None:
    text = html_to_text("".join(pieces))
    assert "\r" not in text
    assert text == text.strip("\n")


# -- sniffing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "<!DOCTYPE html><html>",
        "<!doctype HTML>\n<title>x</title>",
        "\n\n   <html lang=en>",
        "<HEAD>",
        "<body class=x>",
        "<p>Paragraph",
        "<div id=main>",
        "<table>",
        "<!-- saved from url -->\n<html>",
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC>\n<html xmlns='x'>",
        "\N{ZERO WIDTH NO-BREAK SPACE}<html>",
    ],
)
def test_looks_like_html(head: str) -> None:
    assert looks_like_html(head)


@pytest.mark.parametrize(
    "head",
    [
        "Use the <p> element for paragraphs.",
        "MOSCOW (AP) — <b>bold</b> claims",
        "<pre>x",  # not in the browser's list: could be anything
        "<abbr>",
        "<paragraph>",
        "<?xml version='1.0'?><rss>",
        "",
        "a < b and c > d",
    ],
)
def test_does_not_look_like_html(head: str) -> None:
    assert not looks_like_html(head)


# -- declared charset -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=KOI8-R>", "koi8-r"),
        (b"<META CHARSET='Shift_JIS'/>", "shift_jis"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "iso-8859-1"),
        (
            b"<meta content='text/html;charset=windows-1251' http-equiv='content-type'>",
            "windows-1251",
        ),
        (b'<?xml version="1.0" encoding="EUC-JP"?><html>', "euc-jp"),
        (b'<?xml version="1.0" encoding="utf-8"?><meta charset="gbk">', "gbk"),
        (b'<!-- <meta charset="big5"> --><meta charset="euc-kr">', "euc-kr"),
        (b'<meta name="description" content="about charset=foo">', None),
        (b'<meta property="og:title" content="x">', None),
        (b"<p>charset=utf-8</p>", None),
        (b"", None),
        (b"<meta charset=''>", None),
    ],
)
def test_declared_charset(head: bytes, label: str | None) -> None:
    page = b"<html><head>" + head + b"<title>t</title></head><body>x</body></html>"
    if head.startswith(b"<?xml"):
        page = head
    assert declared_charset(page) == label


def test_declared_charset_is_looked_for_near_the_start_only() -> None:
    page = b"<html><head>" + b"<script>" + b"x" * 5000 + b"</script><meta charset=koi8-r>"
    assert declared_charset(page) is None


def test_declared_charset_of_hostile_heads_is_fast() -> None:
    started = time.perf_counter()
    assert declared_charset(b"<meta " * 1000) is None
    assert declared_charset(b"<!--" + b"<meta charset=x>" * 300) is None
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # a scraper's hidden SEO block is not something the reader of the page saw
        ('<p>Lead.</p><div hidden><div>keyword stuffing</div> more</div><p>Next.</p>',
         "Lead.\n\nNext."),
        ('<p>One <span style="display: none">secret</span>two</p>', "One two"),
        ('<p>A</p><div style="color:red; VISIBILITY:hidden">gone</div><p>B</p>', "A\n\nB"),
        # nested elements of the same name inside the hidden one end it at the right place
        ("<div hidden><div><div>x</div></div>y</div><div>shown</div>", "shown"),
        # a hidden void element hides nothing after it
        ('<p>before</p><input hidden><img style="display:none"><p>after</p>',
         "before\n\nafter"),
        # a visible style is not hiding
        ('<p style="display:block">kept</p>', "kept"),
    ],
)
def test_content_hidden_by_attributes_is_not_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_buttons_side_by_side_do_not_run_their_words_together() -> None:
    # red-team round 2: a page's Share and Tweet buttons came out as "ShareTweet"
    markup = "<div><button>Share</button><button>Tweet</button></div><p>Story text.</p>"
    assert html_to_text(markup) == "Share Tweet\n\nStory text."


# -- style sheets and main content (chrome evidence) -----------------------------------


def test_a_class_or_id_hidden_by_the_page_style_sheet_is_not_visible_text() -> None:
    page = (
        "<html><head><style>/* ads */ .promo, span.note{display: none} #tip{visibility:hidden}"
        " @media print{.screen-only{display:none}}</style></head><body>"
        '<p>Kept.</p><div class="box promo">Buy now</div><p>Also <span class="note">hidden</span>kept.</p>'
        '<p id="tip">Secret tip</p><p class="screen-only">Shown on screen</p></body></html>'
    )
    assert html_to_text(page) == "Kept.\n\nAlso kept.\n\nShown on screen"


def test_a_rule_that_does_not_hide_leaves_the_class_visible() -> None:
    page = "<style>.promo{color:red}</style><p class=promo>Red text</p>"
    assert html_to_text(page) == "Red text"


def test_main_content_spans_point_at_the_article_paragraphs() -> None:
    from compare.htmltext import main_content_spans

    article = [
        "Four astronauts are on their way to the International Space Station after a "
        "successful launch of SpaceX rocket Crew Dragon, and the crew will stay there.",
        "The three U.S. crew members and one from Japan are on NASA's first crew rotation "
        "mission using a commercial spacecraft, officials said on Sunday evening.",
    ]
    page = (
        "<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav>"
        + "".join(f"<p>{p}</p>" for p in article)
        + "<footer>Most popular</footer></body></html>"
    )
    text = html_to_text(page)
    spans = main_content_spans(page, text)
    assert spans is not None
    assert [text[s:e] for s, e in spans] == article


def test_main_content_is_unknown_when_the_extractor_keeps_too_little() -> None:
    from compare.htmltext import main_content_spans

    page = "<p>Home</p><p>World</p>"
    assert main_content_spans(page, html_to_text(page)) is None
