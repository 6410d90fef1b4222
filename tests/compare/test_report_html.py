"""The HTML report: self-contained, escaped, every category recognisable."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

import compare
from compare import Category
from compare.report import ReportOptions, render
from compare.report.html import render_html, side_by_side_rows

from .report_helpers import IMG, SCRIPT, compared

VOID = {"meta", "br", "col", "img", "link", "input", "hr"}


class _Page(HTMLParser):
    """Collects tags and attributes and checks that elements nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    assert not parser.errors, parser.errors[:3]
    assert not parser.stack, parser.stack
    return parser


@pytest.fixture
def sample_html(sample_pair):
    original, copy = sample_pair
    result = compare.compare(compare.load_path(original), compare.load_path(copy))
    return result, render(result, "html")


def test_page_is_well_formed_and_self_contained(sample_html):
    _, page = sample_html
    parsed = parse(page)
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert "iframe" not in tags and "object" not in tags
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href  # only links within the page
        assert "src" not in attrs
    assert "url(" not in page and "@import" not in page and "@font-face" not in page
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page


def test_verdict_and_counts_come_first(sample_html):
    result, page = sample_html
    parsed = parse(page)
    text = "".join(parsed.text)
    from compare.report._common import verdict

    sentence = verdict(result)
    assert sentence.startswith("The copy differs: ")
    # the first screen: verdict, one line of legend chips, then the texts side by side;
    # the files' details (SHA-256) fold after the list of changes
    assert text.index(sentence) < text.index("typography", text.index(sentence)) < text.index(
        "Original: "
    )
    assert page.index('class="legend"') < page.index('class="sbs"') < page.index(
        'class="changes"'
    ) < page.index('<details class="files">')
    assert "<h2>Legend</h2>" not in page and "<h2>Files</h2>" not in page


def test_a_group_is_one_entry_that_opens_to_its_members():
    original = "".join(f"The US said {n} things.\n\n" for n in range(4))
    result = compared(original, original.replace("US", "U.S."))
    assert len(result.groups) == 1 and len(result.groups[0]) == 4
    page = render(result, "html")
    entry = page[page.index('<li id="g1" class="group">') :]
    entry = entry[: entry.index("</details>")]
    assert "4 changes" in entry and "<summary" in entry
    for member in result.groups[0].members:
        assert f'<li id="c{member}"' in entry  # every member is listed inside it
    assert "Changes (4, read as 1 item)" in page


def test_wording_changes_are_highlighted_as_whole_words():
    result = compared("They pointed to it.\n", "They pointed at it.\n")
    page = render(result, "html")
    assert 'class="x"' not in page  # no bold letters inside a reworded word


def test_every_change_is_highlighted_on_both_sides_and_listed(sample_html):
    result, page = sample_html
    for change in result.changes:
        assert f'id="h{change.id}-o"' in page and f'id="h{change.id}-c"' in page
        assert f'<li id="c{change.id}"' in page
        assert f'href="#c{change.id}"' in page
    # the reason is on the highlight (tooltip) and in the list
    first = result.changes[0]
    assert f'title="#{first.id} {first.category.value}: ' in page


def test_files_are_described(sample_html):
    result, page = sample_html
    for document in (result.original, result.copy):
        assert document.sha256 in page
        assert f"{document.size:,} bytes" in page
        assert document.label in page
    assert "LF (Unix)" in page and "utf-8-valid" in page


def test_side_by_side_rows_keep_paragraphs_level():
    result = compared("One.\n\nTwo is here.\n\nThree.\n", "One.\n\nTwo is there.\n\nThree.\n")
    page = render(result, "html")
    body = page[
        page.index("<tbody>", page.index('class="sbs"')) : page.index(
            "</table>", page.index('class="sbs"')
        )
    ]
    rows = body.count("<tr")
    assert rows == 3  # one row per paragraph, blank lines are no rows
    assert body.count('<tr class="changed">') == 1


def test_hostile_text_and_labels_are_escaped():
    result = compared(
        f"Safe start. {SCRIPT} end.\n",
        f"Safe start. {IMG} end & more.\n",
        original_label=f"a<b&c {SCRIPT}.txt",
        copy_label=f"copy {IMG}.html",
    )
    page = render(result, "html")
    parsed = parse(page)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert not any(tag in {"script", "img"} for tag, _ in parsed.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert "a&lt;b&amp;c" in page
    # and the text itself reads right after unescaping
    assert SCRIPT in "".join(parsed.text)


def test_invisible_characters_are_made_visible_in_highlights():
    result = compared("we don’t need it\n", "we don\u0335\n\n7;t need\u200b it\u00a0now\n")
    page = render(result, "html")
    assert '<span class="inv">⟨U+0335⟩</span>' in page
    assert '<span class="inv">⟨U+200B ZWSP⟩</span>' in page
    assert '<span class="inv">⟨U+00A0 NBSP⟩</span>' in page
    assert '<span class="ws">⏎</span><br>' in page  # a line break inside a change


def test_control_characters_never_reach_the_page_raw():
    result = compared("bell \x07 here\n", "bell \x07 here, esc \x1b\n")
    page = render(result, "html")
    assert "\x07" not in page and "\x1b" not in page
    assert "⟨U+0007⟩" in page and "⟨U+001B ESC⟩" in page


def css_rules(style: str, selector: str) -> str:
    """The declarations of every rule for exactly ``selector`` in a style sheet."""
    return ";".join(re.findall(rf"(?:^|\n|\}}){re.escape(selector)}\{{([^}}]*)\}}", style))


def test_categories_look_different_without_colour():
    from compare.report.html import CATEGORY_LETTERS, STYLE

    shapes = {
        "boilerplate": "repeating-linear-gradient",
        "corruption": "underline wavy",
        "typography": "underline dotted",
        "moved": "underline dashed",
    }
    for name, shape in shapes.items():
        assert shape in css_rules(STYLE, f".c-{name}"), name
    # edit is the plain highlighter: a background and no line
    assert "text-decoration" not in css_rules(STYLE, ".c-edit")
    assert len(set(CATEGORY_LETTERS.values())) == len(Category)
    assert "@media print" in STYLE


def test_css_colours_come_from_the_shared_table():
    from compare.report.html import STYLE, STYLE_QT
    from compare.report.style import CATEGORY_LOOKS

    for category, look in CATEGORY_LOOKS.items():
        rules = css_rules(STYLE, f".c-{category.value}").lower()
        assert look.light.tint.lower() in rules, category
        if look.cue.value != "solid":
            assert look.light.accent.lower() in rules, category
        assert look.light.strong.lower() in css_rules(STYLE, f".c-{category.value} .x").lower()
        qt_rule = css_rules(STYLE_QT, f".c-{category.value}").lower()
        assert f"background-color:{look.light.tint.lower()}" in qt_rule, category


def test_legend_describes_each_category_as_drawn():
    from compare.report.style import CATEGORY_LOOKS

    result = compared("Same text.\n", "Same text.\n")
    for qt in (False, True):
        page = render_html(result, ReportOptions(), qt=qt)
        for look in CATEGORY_LOOKS.values():
            assert f"shown as: {look.shown_as}" in page
    assert "overline" not in render_html(result, ReportOptions(), qt=True)


def test_filler_rows_have_no_line_number():
    result = compared("First line.\n", "Inserted header.\nFirst line.\n")
    rows = side_by_side_rows(result, frozenset())
    numbers = [re.findall(r'<td class="ln">([^<]*)</td>', row) for row in rows]
    assert numbers[0] == ["", "1"]  # nothing on the original side opposite the insertion
    assert numbers[1] == ["1", "2"]
    # and the other way round for a deletion
    rows = side_by_side_rows(compared("Gone line.\nKept.\n", "Kept.\n"), frozenset())
    numbers = [re.findall(r'<td class="ln">([^<]*)</td>', row) for row in rows]
    assert numbers[0] == ["1", ""] and numbers[1] == ["2", "1"]


def test_reason_code_spans_become_code_and_stay_escaped():
    from compare.report.html import reason_html

    assert reason_html("`&#8217;` (’) cut after `&#821`") == (
        "<code>&amp;#8217;</code> (’) cut after <code>&amp;#821</code>"
    )
    hostile = 'a `<script>alert(1)</script>` and <b>bold</b> "q" `unclosed'
    out = reason_html(hostile)
    assert "<script>" not in out and "<b>" not in out
    assert "<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>" in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out and out.endswith("`unclosed")


def test_moved_text_is_labelled_with_its_other_half():
    paragraph = "This paragraph is long enough to count as moved text in the comparison."
    result = compared(
        f"{paragraph}\n\nMiddle one.\n\nEnd one.\n", f"Middle one.\n\nEnd one.\n\n{paragraph}\n"
    )
    moved = [c for c in result.changes if c.category is Category.MOVED]
    assert len(moved) == 2
    page = render(result, "html")
    left, right = moved  # the paragraph leaves the original, arrives in the copy
    assert left.copy.empty and right.original.empty
    assert page.count(f"↓ moved to #{right.id}") == 1
    assert page.count(f"↑ moved from #{left.id}") == 1
    assert f"moved to #{left.id}" not in page and f"moved from #{right.id}" not in page
    # each arrow follows the half that holds the text
    assert page.index(f'id="h{left.id}-o"') < page.index(f"↓ moved to #{right.id}")
    assert page.index(f'id="h{right.id}-c"') < page.index(f"↑ moved from #{left.id}")


def test_ignored_categories_are_dimmed_and_not_counted():
    result = compared("A “quoted” word here.\n", 'A "quoted" word here.\n')
    categories = {c.category for c in result.changes}
    options = ReportOptions(ignore=frozenset(categories))
    page = render(result, "html", options)
    assert "No counted differences" in page
    assert 'class="verdict same"' in page
    assert "ignored" in page
    for change in result.changes:
        assert f'class="hl c-{change.category.value} ignored"' in page


def test_identical_texts_say_no_differences():
    page = render(compared("Same text.\n", "Same text.\n"), "html")
    assert '<p class="verdict same">No differences</p>' in page
    assert "<p>No differences.</p>" in page
    parse(page)


def test_qt_variant_uses_only_simple_styles(sample_html):
    result, _ = sample_html
    page = render_html(result, ReportOptions(), qt=True)
    parse(page)
    style = page[page.index("<style>") : page.index("</style>")]
    assert "wavy" not in style and "grid" not in style and "sticky" not in style
    assert 'width="45%"' in page


def test_character_detail_only_where_it_explains_the_change():
    # damaged characters: the characters are the point, so they are marked
    result = compared("we don\u2019t know\n", "we don\u00e2\u20ac\u2122t know\n")
    assert result.changes[0].category == "corruption"
    (detail,) = result.changes[0].details
    precise = render(result, "html")
    assert f'<span class="x">{detail.copy.text}</span>' in precise
    # a wording change is read as whole words: no bold letters inside "hy|su"personic
    worded = render(compared("hypersonic weapons\n", "supersonic weapons\n"), "html")
    assert '<span class="x">' not in worded
    reworded = render(
        compared("it is quite possible\n", "it is theoretically entirely possible\n"), "html"
    )
    assert '<span class="x">' not in reworded


def test_a_rewrapped_passage_marks_the_moved_breaks_not_the_words():
    import textwrap

    text = (
        "Secretary Blinken and Foreign Minister Shoukry also discussed shared objectives "
        "for regional stability, including responding to attacks in the Red Sea.\n"
    )
    result = compared(text, textwrap.fill(text.strip(), 40) + "\n")
    (change,) = result.changes
    page = render(result, "html")
    row = page[page.index(f'id="h{change.id}-c"') :]
    row = row[: row.index("</td>")]
    assert page[: page.index(f'id="h{change.id}-c"')].endswith('<span class="rw" ')
    # the words between the breaks are plain text; each break is its own mark
    assert row.count('class="hl c-typography"') == len(change.details) >= 2
    assert "shared objectives" in row or "objectives for regional" in row
