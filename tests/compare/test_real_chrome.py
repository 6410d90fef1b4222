"""Site chrome as real sites make it, in seven languages (``data/real_chrome``).

The chrome is exactly as found on public copies of news stories (65 sites); the
article around it is public-domain text. These tests hold the engine to the
done-criteria of the chrome work: most real chrome is called boilerplate, almost no
article paragraph is, and no change holds both.
"""

from __future__ import annotations

import pytest

from compare import compare, load_text

from .real_chrome import Score, all_articles, is_prose, pairs, score

#: share of real chrome blocks that must be called boilerplate
MIN_RECALL = 0.9
#: share of article paragraphs that may be called boilerplate
MAX_ARTICLE_WRONG = 0.01
#: no language may fall below this share (each has a handful of sites)
MIN_RECALL_PER_LANGUAGE = 0.8


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    out: dict[str, Score] = {"all": Score()}
    for pair in pairs():
        result = compare(load_text(pair.original, label="original"), load_text(pair.copy))
        score(pair, result, out["all"])
        score(pair, result, out.setdefault(pair.lang, Score()))
    return out


def test_the_corpus_is_real_and_varied() -> None:
    found = pairs()
    assert len({p.site for p in found}) >= 25
    assert len({p.lang for p in found}) >= 4
    assert sum(len(p.chrome) for p in found) >= 100


def test_most_real_chrome_is_boilerplate(scores) -> None:
    assert scores["all"].recall >= MIN_RECALL, "\n".join(scores["all"].misses)


@pytest.mark.parametrize("lang", ["en", "es", "de", "ru", "ar", "zh"])
def test_chrome_is_recognised_in_every_language(scores, lang: str) -> None:
    assert scores[lang].recall >= MIN_RECALL_PER_LANGUAGE, "\n".join(scores[lang].misses)


def test_article_paragraphs_are_not_boilerplate(scores) -> None:
    s = scores["all"]
    assert s.article_wrong <= MAX_ARTICLE_WRONG * s.article_paragraphs, "\n".join(s.wrong)
    assert s.added_wrong == 0  # the paragraph the copy added is an edit, never chrome


def test_no_change_holds_chrome_and_article_text(scores) -> None:
    assert scores["all"].mixed_changes == 0


#: further corpora, gathered after the first was used to build the scorer, with the
#: figures they are held to: (file, least recall, most changes mixing chrome and
#: article text, least sites, least languages). What is still missed is mostly chrome
#: written as prose (docs/known-gaps.md).
FURTHER = [
    # 85 other sites, ten languages: 154 of 200 blocks (0.77) as unseen material, 173
    # (0.865) after the byline, date-line, Chinese credit and page-talk features its
    # misses led to; its one mix (a notice glued to a paragraph, "Новость дополняется.",
    # one edit with the paragraph added after it) is gone since a glued line is a piece
    # of its own. 178 (0.89) with the reader-address and off-topic features, each site
    # set in an article of its own language.
    ("chrome-2.json", 0.92, 0, 80, 8),
    # 139 sites in neither of the others, 17 languages, gathered by someone who had not
    # seen the scorer's misses: 221 of 283 (0.78) as unseen material, 232 (0.82) after
    # more agencies, photo and source words, notice labels, CJK bracket labels, skip
    # links and excerpt cuts; 244 (0.86) with the features of the fourth and fifth. Its
    # one mix (a title line, "熊节 | 人工智能治理…", one edit with the paragraph before it) is
    # gone since a line leaning to chrome is a change of its own.
    ("chrome-3.json", 0.92, 0, 130, 15),
    # 204 sites in none of the others, 22 languages, gathered as the third was: 362 of
    # 441 (0.82) as unseen material, 371 (0.84) with the features built before it was
    # read (the page speaking to its reader, lines about something else than a coherent
    # article, captions doubled with their alt text, runs of unrelated lines), 391 of
    # the 437 kept (0.89) after its misses and the fifth's were read
    ("chrome-4.json", 0.93, 0, 200, 20),
    # 177 sites in none of the others, 25 languages: 308 of 383 (0.80) at a5e62e2 and
    # 321 (0.84) with the features of the fourth, as unseen material; 339 (0.885) after
    # its misses were read (calls to action in 15 more languages, photo words, credits
    # after " / ", lone and bracketed labels, cookie and browser notices). Its last mix
    # (a related headline, "推薦新聞:…", next to the added paragraph) is gone since a label
    # naming news is a link's label.
    ("chrome-5.json", 0.94, 0, 170, 20),
    # 217 sites in none of the others, 27 languages, on topics none of them used: 302 of
    # 372 (0.81) at a5e62e2, 316 (0.85) at f53c817 and 320 (0.86) at 77b5b96 as unseen
    # material; 330 (0.89) after its misses were read (a few words after the article,
    # notes in parentheses, a few words naming a photo, Korean and Japanese "this article"),
    # 338 (0.91) with lists under a chrome heading and more bylines
    ("chrome-6.json", 0.92, 0, 200, 20),
    # 202 sites in none of the others, 24 languages, on topics none of them used: 255 of
    # 338 (0.75) at a5e62e2, 278 (0.82) at f53c817 and 294 (0.87) at 7cf4bce as unseen
    # material; 300 (0.89) after its misses were read (labels that call the reader,
    # "written by" bylines, "责任编辑", "ⓒ", "+" bullets)
    ("chrome-7.json", 0.92, 0, 200, 20),
    # 165 sites in none of the others, 22 languages, on topics none of them used: 258 of
    # 337 (0.77) at a5e62e2, 277 (0.82) at f53c817 and 291 (0.86) at c2631c9, whose
    # features came from the other seven; 292 (0.866) at 003b925 and 293 (0.869) at
    # 662890d, whose features came from the first seven too; its two mixes (an
    # unrecognised line next to the paragraph the copy added, one edit) gone. Read after
    # that: 305 (0.905) at 0a77155 (questions in a row, section labels naming news, chrome
    # above and below the page's chrome, labels the phrase tables know as neighbours), 309
    # (0.917) at 3bba022 (titles of other stories)
    ("chrome-8.json", 0.91, 0, 160, 20),
    # 196 sites in none of the others, 28 languages, on topics none of them used: 309 of
    # 344 (0.898) at df0a188, 313 (0.910) at 003b925, 319 (0.927) at 0a77155 and 320
    # (0.930) at 3bba022 as unseen material, whose features came from the first seven,
    # then eight; its misses not read.
    ("chrome-9.json", 0.92, 0, 190, 25),
    # 196 sites in none of the others, 34 languages, on topics none of them used: 328 of
    # 359 (0.914) at df0a188, 331 (0.922) at bd0aa01, 335 (0.933) at 0a77155 and 336
    # (0.936) at 3bba022 as unseen material, whose features came from the first eight;
    # its misses not read.
    ("chrome-10.json", 0.93, 0, 190, 30),
]
_SCORES: dict[str, Score] = {}


def _scored(corpus: str) -> Score:
    if corpus not in _SCORES:
        out = _SCORES[corpus] = Score()
        for pair in pairs(corpus):
            result = compare(load_text(pair.original, label="original"), load_text(pair.copy))
            score(pair, result, out)
    return _SCORES[corpus]


@pytest.mark.parametrize(("corpus", "recall", "mixed", "sites", "languages"), FURTHER)
def test_each_further_corpus_is_other_sites(corpus, recall, mixed, sites, languages) -> None:
    earlier = [c for c, *_ in FURTHER[: [c for c, *_ in FURTHER].index(corpus)]]
    seen = {p.site for c in ("chrome.json", *earlier) for p in pairs(c)}
    found = pairs(corpus)
    assert len({p.site for p in found}) >= sites and not seen & {p.site for p in found}
    assert len({p.lang for p in found}) >= languages


@pytest.mark.parametrize(("corpus", "recall", "mixed", "sites", "languages"), FURTHER)
def test_chrome_of_further_sites_is_mostly_boilerplate(corpus, recall, mixed, sites, languages):
    scored = _scored(corpus)
    assert scored.recall >= recall, "\n".join(scored.misses)


@pytest.mark.parametrize(("corpus", "recall", "mixed", "sites", "languages"), FURTHER)
def test_further_article_paragraphs_are_not_boilerplate(corpus, recall, mixed, sites, languages):
    scored = _scored(corpus)
    assert scored.article_wrong == 0, "\n".join(scored.wrong)
    assert scored.added_wrong == 0
    assert scored.mixed_changes <= mixed


#: boilerplate recall and precision over every data-driven case (tests/compare/cases)
MIN_CASE_RECALL = 0.95
MIN_CASE_PRECISION = 0.95


def test_boilerplate_recall_and_precision_over_all_cases() -> None:
    """Over all labelled cases (known failures included): expected boilerplate entries
    that some boilerplate change matches, and boilerplate changes that match one."""
    import json

    from .test_cases import CASES, _matches

    expected = found = changes = matched = 0
    for path in sorted(CASES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        result = compare(load_text(case["original"], label="original"), load_text(case["copy"]))
        wants = [w for w in case["expected"] if w["category"] == "boilerplate"]
        expected += len(wants)
        found += sum(1 for w in wants if any(_matches(c, w) for c in result.changes))
        for c in result.changes:
            if c.category == "boilerplate":
                changes += 1
                matched += any(_matches(c, w) for w in wants)
    assert found >= MIN_CASE_RECALL * expected, (found, expected)
    assert matched >= MIN_CASE_PRECISION * changes, (matched, changes)


@pytest.fixture(scope="module")
def added_anywhere() -> list[tuple[str, str, int, bool]]:
    """Every article paragraph, added by the copy at every place (head, between
    paragraphs, tail): (language, paragraph, place, called boilerplate)."""
    out = []
    for lang, paragraphs, _ in all_articles():
        for k, added in enumerate(paragraphs):
            rest = paragraphs[:k] + paragraphs[k + 1 :]
            original = load_text("\n\n".join(rest) + "\n", label="original")
            for at in range(len(rest) + 1):
                copy = "\n\n".join([*rest[:at], added, *rest[at:]]) + "\n"
                changes = compare(original, load_text(copy)).changes
                out.append((lang, added, at, any(c.category == "boilerplate" for c in changes)))
    return out


#: share of added article lines (at all places) that may be called boilerplate: the
#: short structural lines of statements and transcripts an editor may well call so too
#: ("(Hết thông cáo)", end of statement; "[…]" in a transcript; a greeting, "Bonsoir,
#: Good Evening, Asalam aleykum."; a quotation's attribution line): 18 of 1,218 when
#: written, 41 before (16 of them prose paragraphs cut at "am 9. Mai" or "visit" + link)
MAX_ADDED_LINES_WRONG = 0.02


def test_an_article_paragraph_of_prose_added_anywhere_is_never_chrome(added_anywhere) -> None:
    wrong = [(lang, p[:60], at) for lang, p, at, bad in added_anywhere if bad and is_prose(p, least=40)]
    assert not wrong, wrong
    assert len({lang for lang, *_ in added_anywhere}) >= 15


def test_almost_no_article_line_added_anywhere_is_chrome(added_anywhere) -> None:
    wrong = [(lang, p[:60], at) for lang, p, at, bad in added_anywhere if bad]
    assert len(wrong) <= MAX_ADDED_LINES_WRONG * len(added_anywhere), wrong
