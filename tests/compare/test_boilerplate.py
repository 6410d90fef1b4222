"""Boilerplate detection (compare.boilerplate): lines, glued tails, splits."""

from __future__ import annotations

import pytest

from compare import Category, compare, load_text
from compare.boilerplate import classify_line, explain, line_findings, proxy_name, tail_start

ARTICLE = (
    "The central bank raised its key interest rate by a quarter point on Wednesday.\n\n"
    "Markets fell sharply after the announcement, with the main index 2.4% lower.\n"
)


@pytest.mark.parametrize(
    ("line", "evidence"),
    [
        ("Source link", "source-link"),
        ("Source: Reuters", "source-link"),
        ("Источник: ТАСС", "source-link"),
        ("Quelle: dpa", "source-link"),
        ("Fuente: EFE", "source-link"),
        ("Read more: Why the dollar is falling", "read-more"),
        ("Also read: Ten things to know", "read-more"),
        ("Читайте также: Курс рубля", "read-more"),
        ("Lire aussi : La BCE maintient ses taux", "read-more"),
        ("Lesen Sie auch: Die Inflation sinkt", "read-more"),
        ("Share this:", "share"),
        ("Share on Facebook", "share"),
        ("Follow us on Twitter", "share"),
        ("Subscribe to our newsletter", "share"),
        ("We use cookies to give you the best experience on our website.", "cookie-notice"),
        ("Leave a Reply", "comments"),
        ("Your email address will not be published. Required fields are marked *", "comments"),
        ("Comments", "comments"),
        ("Tags: Russia, China, Putin", "tags"),
        ("Filed under: World", "tags"),
        ("© 2024 Example News. All rights reserved.", "copyright"),
        ("Powered by WordPress", "copyright"),
        ("ADVERTISEMENT", "advertisement"),
        ("Sponsored", "advertisement"),
        ("Реклама", "advertisement"),
        ("Photo: AP", "photo-credit"),
        ("(AP Photo/Alexander Zemlianichenko)", "photo-credit"),
        ("Image credit: Getty Images", "photo-credit"),
        ("Click here to read the full story", "call-to-action"),
        ("Download our app", "call-to-action"),
        ("Story continues below advertisement", "advertisement"),
        ("Advertisement - Scroll to continue", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("Photo by Jane Doe/Reuters", "photo-credit"),
        ("Please enable JavaScript to view the comments", "call-to-action"),
        ("Published: 12 March 2024, 10:45", "timestamp"),
        ("#Russia #China #Putin", "hashtags"),
        ("Facebook Twitter WhatsApp Email", "share"),
        ("Home › World › Europe", "navigation"),
        ("Home | News | Politics | Business", "navigation"),
        ("https://server7.kproxy.com/servlet/redirect.srv/sruj/p2/", "proxy-url"),
    ],
)
def test_boilerplate_lines(line: str, evidence: str) -> None:
    found = classify_line(line)
    assert found is not None, line
    assert evidence in found.evidence


@pytest.mark.parametrize(
    "line",
    [
        # article prose that merely starts with a marker word
        "Share prices fell 3% on Monday after the company cut its forecast for the year.",
        "Comments by the minister drew sharp criticism from opposition lawmakers on Tuesday.",
        "Sponsored by the government, the programme will pay for new schools in the region.",
        "Home prices rose for a third month in a row, according to figures released today.",
        "Advertisement spending by carmakers dropped sharply in the second quarter of the year.",
        "Source of the leak remains unknown, officials said, and an inquiry has been opened.",
        "World leaders gathered in Geneva for the talks, which are expected to last two days.",
        "The Russian-Chinese military alliance cannot be ruled out",
        "",
        # sentences that start with a whole marker phrase but run on (red-team §1)
        "Share this concern, said one analyst.",
        "Read more than 40 pages of the report and you find nothing, the union said.",
        "Click here, the prosecutor said, was the message sent to victims.",
        "Also read into the record was a letter from the mayor.",
        "All rights reserved, the judge said, meaning the defense could appeal later.",
        "Powered by solar panels, the village now has electricity 24 hours a day.",
        "Popular support for the measure fell to 40%.",
        "Trending downward, the index lost 3% in a week.",
        "Previous governments had tried and failed.",
        "Like this year, the harvest was poor in 2019.",
        "The proxy war in Sudan has displaced millions, aid groups warned.",
        "Cookies were handed out; visitors had to agree to wait.",
        "Report an error in the count, officials urged voters.",
        "Read the full report here, the minister told lawmakers.",
        "Follow the money, one analyst said.",
        "Published reports in 2019 showed a rise in cases.",
        "By the end of the year, prices had risen.",
        "Follow-up talks on X are planned.",
        "The © 2024 rule changed nothing.",
        "Join our leaders, the minister urged, in rebuilding the country.",
        "Subscribe to the idea that markets self-correct and you will lose money, he warned.",
        "Watch out for falling rocks, officials warned residents.",
    ],
)
def test_article_text_is_not_boilerplate(line: str) -> None:
    assert classify_line(line) is None


def test_kproxy_bar_with_repeated_headline() -> None:
    headline = "The Russian-Chinese military alliance cannot be ruled out"
    bar = (
        "Home https://server7.kproxy.com/servlet/redirect.srv/sruj/smyrwpoii/p2/ World "
        f"https://server7.kproxy.com/servlet/redirect.srv/sruj/smyrwpoii/p2/ {headline}"
    )
    whole = f"{bar}\n\n{headline}\n\nMOSCOW (AP) — text."
    found = classify_line(bar, whole)
    assert found.reason == (
        "proxy navigation bar (kproxy) with 2 proxied links and the repeated headline"
    )
    assert {"proxy-url", "navigation", "repeated-headline"} <= set(found.evidence)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://server7.kproxy.com/servlet/redirect.srv/x/", "kproxy"),
        ("https://eu.hide.me/en/proxy?u=abc", "hide"),
        ("https://www.croxyproxy.com/_public/servlet/redirect.srv/", "croxyproxy"),
        ("https://example.org/browse.php?u=https%3A%2F%2Fnews.com", "redirect"),
        ("https://news.example.com/world/article-123", None),
    ],
)
def test_proxy_names(url: str, name: str | None) -> None:
    assert proxy_name(url) == name


def test_glued_tail_starts_after_a_sentence() -> None:
    text = "the index closed 2.4% lower. Share this: Facebook Twitter"
    assert text[tail_start(text) :] == " Share this: Facebook Twitter"
    assert tail_start("He would share this view with the committee") is None


def test_line_findings_split_a_block_into_runs() -> None:
    block = "Advertisement\nA real new paragraph of text that the copy added.\nSource link\n"
    runs = [(block[s:e], flag) for s, e, flag in line_findings(block)]
    assert runs == [
        ("Advertisement\n", True),
        ("A real new paragraph of text that the copy added.\n", False),
        ("Source link\n", True),
    ]


def test_explain_needs_every_line_to_be_boilerplate() -> None:
    assert explain("Tags: a, b\nSource link\n") is not None
    assert explain("Tags: a, b\nThe minister resigned on Friday after the vote.\n") is None


def test_an_insert_of_boilerplate_and_content_is_split() -> None:
    copy = ARTICLE.replace(
        "\n\nMarkets",
        "\n\nADVERTISEMENT\nAnalysts had expected the move for weeks.\n\nMarkets",
    )
    result = compare(load_text(ARTICLE, label="a"), load_text(copy, label="b"))
    kinds = [(c.category, c.copy.text.strip()) for c in result.changes]
    assert (Category.BOILERPLATE, "ADVERTISEMENT") in kinds
    assert (Category.EDIT, "Analysts had expected the move for weeks.") in kinds


def test_boilerplate_dropped_by_the_copy() -> None:
    result = compare(
        load_text(ARTICLE + "\nSource link\n", label="a"), load_text(ARTICLE, label="b")
    )
    (change,) = result.changes
    assert change.category is Category.BOILERPLATE
    assert change.reason.startswith("copy dropped the original's")


def test_menu_then_repeated_headline_even_when_the_headline_starts_with_a_section_word() -> None:
    headline = "World leaders cannot rule out a new alliance"
    whole = f"Home World {headline}\n\n{headline}\n\nBody text."
    found = classify_line(f"Home World {headline}", whole)
    assert found is not None
    assert found.evidence == ("navigation", "repeated-headline")


def test_head_marker_only_when_it_is_clearly_a_marker() -> None:
    from compare.boilerplate import head_end

    assert head_end("ADVERTISEMENT Officials said") == len("ADVERTISEMENT ")
    assert head_end("Read more: Officials said") == len("Read more: ")
    assert head_end("Share prices fell sharply") is None
    assert head_end("Advertisement spending fell") is None


def test_a_short_label_line_is_a_source_line() -> None:
    # "Source: company filings." is attribution-like (a chart's source), not a sentence
    assert "source-link" in classify_line("Source: company filings.").evidence
    assert classify_line("Source: company filings, the spokesman said.") is None


def test_link_titles_under_a_list_heading_are_the_list() -> None:
    block = "Related posts:\n\nHeavy rain hits Sicily\nStorm Ciaran batters Europe\n"
    found = explain(block)
    assert found is not None and "read-more" in found.evidence
    assert len(line_findings(block)) == 1  # one run: the heading and its titles
    # without the heading the titles are text like any other
    assert explain("Heavy rain hits Sicily\nStorm Ciaran batters Europe\n") is None


def test_a_title_printed_twice_is_a_repeated_headline() -> None:
    title = "July 2023 Was Hottest Month on Record, Scientists Say"
    whole = f"{title}\n\n{title}\n\nBRUSSELS (AP) — July was the hottest month.\n"
    found = classify_line(title, whole)
    assert found is not None and "repeated-headline" in found.evidence
    assert classify_line(title, f"{title}\n\nBRUSSELS (AP) — text.\n") is None


def test_strict_mode_for_text_the_copy_dropped() -> None:
    sentence = "Read more about the policy in Sunday’s edition, the paper said in a note."
    assert explain(sentence, strict=True) is None
    assert explain("Advertisement", strict=True) is not None
    caption = "A rocket lifts off from Kennedy Space Center. (AP Photo/John Raoux)"
    assert explain(caption) is not None and explain(caption, strict=True) is None


def test_a_whole_label_line_is_not_cut_at_its_marker() -> None:
    from compare.boilerplate import head_end

    assert head_end("Sponsored: Try our new health app free for 30 days.") is None
    assert head_end("ADVERTISEMENT Officials said the talks would resume.") == len("ADVERTISEMENT ")


@pytest.mark.parametrize(
    ("line", "evidence", "reason"),
    [
        ("By Reuters Staff | 14 May 2024, 09:12 GMT", "byline", "byline"),
        ("By Angelo Amante | May 14, 2024 | 5 min read", "byline", "byline"),
        ("By Reuters | Published May 14, 2024 9:12 AM GMT", "byline", "byline"),
        ("Updated 3 min ago", "timestamp", "date line"),
        ("Reading time: 3 minutes", "timestamp", "reading time"),
        ("A flooded street in Ferrara on Tuesday. Photograph: Getty Images", "photo-credit", "caption"),
        ("A flooded street. Photograph: Flavio Lo Scalzo/Reuters", "photo-credit", "caption"),
        ("Residents are evacuated by boat, May 14, 2024. REUTERS/Flavio Lo Scalzo", "photo-credit", "caption"),
        ("La situazione sul Po è critica. pic.twitter.com/Ab12Cd", "embed", "embedded tweet"),
        ("— Protezione Civile (@DPCgov) May 14, 2024", "embed", "embedded tweet"),
        ("Enter your email", "share", "subscribe"),
        ("Enter your email address to subscribe", "share", "subscribe"),
        ("By signing up you agree to our Privacy Policy.", "share", "subscribe"),
        ("Get the top stories in your inbox every morning.", "share", "subscribe"),
        ("About the author: Angelo Amante is a Reuters correspondent based in Rome.", "byline", "author bio"),
        ("12 Comments", "comments", "comment count"),
        ("Reply · Like · 4", "comments", "comment buttons"),
        ("Have a news tip? Email us at tips@example.com", "call-to-action", "call to action"),
        ("This article was automatically translated from Italian.", "disclaimer", "disclaimer"),
        ("This article was generated from a wire feed and has not been edited.", "disclaimer", "disclaimer"),
        ("Story continues below advertisement", "advertisement", "advertisement marker"),
    ],
)
def test_round3_chrome_lines(line: str, evidence: str, reason: str) -> None:
    found = classify_line(line)
    assert found is not None, line
    assert evidence in found.evidence
    assert reason in found.reason


@pytest.mark.parametrize(
    "line",
    [
        "Source: the Po river basin authority said the figures were provisional.",
        "By signing up for the scheme, farmers became eligible for subsidies.",
        "By Thursday, 3,000 people had left their homes.",
        "Residents were evacuated by boat, the mayor said. REUTERS/Flavio Lo Scalzo",
        "About 12 comments were posted before the page was closed.",
        "Enter the river basin and you will see the damage, she said.",
    ],
)
def test_round3_prose_stays_text(line: str) -> None:
    assert classify_line(line) is None


def test_page_title_needs_the_headline_elsewhere() -> None:
    whole = "Italy floods: thousands evacuated | NewsNow24\n\nItaly floods: thousands evacuated\n\nText."
    found = classify_line("Italy floods: thousands evacuated | NewsNow24", whole)
    assert found is not None and "page-title" in found.evidence
    assert "NewsNow24" in found.reason
    assert classify_line("Italy floods: thousands evacuated | NewsNow24", "Other text.\n") is None


def test_newsletter_title_only_beside_a_box() -> None:
    found = explain("Morning Briefing\nGet the top stories in your inbox every morning.\nSign up\n")
    assert found is not None and "share" in found.evidence
    assert explain("Morning Briefing\nThe mayor spoke on Tuesday.\n") is None


def test_caption_split_from_its_credit_is_boilerplate_too() -> None:
    from compare.classify import classify

    original = "Intro text here.\n\n REUTERS/Flavio Lo Scalzo\n\nMore."
    copy = "Intro text here.\n\nResidents are evacuated by boat, May 14, 2024. REUTERS/Flavio Lo Scalzo\n\nMore."
    a0, b0, b1 = original.index(" REUTERS"), copy.index("Residents"), copy.index(" REUTERS")
    verdict = classify(original, copy, a0, a0, b0, b1)
    assert verdict.category == Category.BOILERPLATE
    assert "photo-credit" in verdict.evidence
    # the same sentence before prose, not a credit, is an added sentence
    prose = copy.replace("REUTERS/Flavio Lo Scalzo", "the mayor said")
    assert classify(original, prose, a0, a0, b0, b1).category == Category.EDIT


@pytest.mark.parametrize("dateline", ["ROME (Reuters) - ", "Rome (AFP) \N{EN DASH} ", "PARIS, France (AP) \N{EM DASH} "])
def test_wire_dateline_added_or_dropped_says_so(dateline: str) -> None:
    text = "Flooding in northern Italy forced the evacuation of 3,000 people.\n\nThe agency said more.\n"
    added = compare(load_text(text, label="original"), load_text(dateline + text)).changes
    assert [(c.category, c.reason) for c in added] == [
        (Category.EDIT, f"dateline added: \N{LEFT DOUBLE QUOTATION MARK}{dateline.strip()}\N{RIGHT DOUBLE QUOTATION MARK}")
    ]
    dropped = compare(load_text(dateline + text, label="original"), load_text(text)).changes
    assert "dateline removed" in dropped[0].reason and "dateline" in dropped[0].evidence


def test_newsletter_title_and_reader_comments_join_their_runs() -> None:
    block = "Morning Briefing\n\nGet the top stories in your inbox every morning.\n\nSign up\n"
    assert line_findings(block) == [(0, len(block), True)]
    comments = "12 Comments\n\nMaria R. · 2 hours ago\nSo sad for the farmers.\n\nReply · Like · 4"
    assert line_findings(comments) == [(0, len(comments), True)]
    # without a comment count or buttons, a name and a time over a sentence is text
    text = "Maria R. · 2 hours ago\nSo sad for the farmers.\n"
    assert line_findings(text) == [(0, len(text), False)]
    # a title over article text stays text
    prose = "Morning Briefing\n\nThe mayor spoke on Tuesday.\n"
    assert line_findings(prose) == [(0, len(prose), False)]


def test_agency_name_ending_a_sentence_of_prose_is_not_a_credit() -> None:
    assert classify_line("Support for the government fell to 38% in a poll by Reuters/Ipsos") is None
    found = classify_line("Rescuers search the rubble on Tuesday. Reuters/Jane Doe")
    assert found is not None and "photo-credit" in found.evidence


def test_one_line_reader_comment_under_a_comment_count() -> None:
    block = "ShareTweet\n\n3 comments\n\nJohn: Terrible news, stay safe.\n"
    runs = line_findings(block)
    assert runs[-1] == (block.index("3 comments"), len(block), True)
    # the same line without a comment count before it is text
    assert line_findings("John: Terrible news, stay safe.\n") == [(0, 32, False)]
