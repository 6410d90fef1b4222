"""Real site chrome set around public-domain article text: pairs and their labels.

``data/real_chrome/chrome.json`` holds chrome exactly as found on public copies of
news stories (one entry per site, each block with its kind and where it stood);
``data/real_chrome/articles.json`` and ``articles-2.json`` hold public-domain article
text (VOA, State Department, US Embassy translations, NASA) in 16 languages. :func:`pairs` builds, per site,
an original (the article less one paragraph) and a copy (the article with that
paragraph back — a real edit — and the site's chrome at the head, between
paragraphs, glued to a paragraph or at the tail), and says where every chrome block
and every article paragraph of the copy is. :func:`score` measures a comparison
against those labels.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data" / "real_chrome"


@dataclass(frozen=True, slots=True)
class Pair:
    site: str
    lang: str
    original: str
    copy: str
    chrome: tuple[tuple[str, int, int], ...]  # (kind, start, end) in the copy
    added: tuple[int, int]  # the article paragraph only the copy has
    article: tuple[tuple[int, int], ...]  # every article paragraph of the copy


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def is_prose(paragraph: str, least: int = 20) -> bool:
    """At least a sentence: ``least`` characters or more, ending as a sentence does."""
    return len(paragraph) >= least and paragraph.rstrip()[-1:] in ".!?。！？؟»”\"…)）"


def all_articles() -> list[tuple[str, list[str], bool]]:
    """Every public-domain article: (language, paragraphs, whether it is the one the
    sites of its language are set in). ``articles.json`` holds one per language; an
    article of ``articles-2.json`` (news, statements, speeches, transcripts, fact sheets)
    is that one if marked ``primary`` and its language has none in the first file."""
    first = [(k, v["paragraphs"], True) for k, v in _load("articles.json").items() if k != "comment"]
    have = {lang for lang, *_ in first}
    return first + [
        (a["lang"], a["paragraphs"], bool(a.get("primary")) and a["lang"] not in have)
        for a in _load("articles-2.json")["articles"]
    ]


def articles() -> dict[str, list[str]]:
    """The article paragraphs a site of each language is set in (:func:`all_articles`)."""
    return {lang: paragraphs for lang, paragraphs, primary in all_articles() if primary}


def pairs(corpus: str = "chrome.json") -> list[Pair]:
    """The pairs of one corpus of chrome (``chrome.json``, ``chrome-2.json`` …), each
    site set in an article of its own language (:func:`articles`; English where there
    is none)."""
    bodies = articles()
    out = []
    for i, site in enumerate(_load(corpus)["sites"]):
        paragraphs = bodies.get(site["lang"], bodies["en"])
        # the paragraph only the copy has (a real edit): never the first, and a paragraph
        # of prose, not a closing mark ("(hết tuyên bố)", end of statement) or a
        # signature ("Речник Державного департаменту … Вікторія Нуленд")
        prose = [j for j in range(1, len(paragraphs)) if is_prose(paragraphs[j])]
        held = prose[i % len(prose)]
        blocks = site["blocks"]
        parts: list[tuple[str, str | None]] = []  # (text, kind or None for article)
        parts += [(b["text"], b["kind"]) for b in blocks if b["where"] == "head"]
        glued = [b for b in blocks if b["where"] == "glued"]
        for j, p in enumerate(paragraphs):
            parts.append((p, "article-added" if j == held else None))
            if j == 0 and glued:
                parts += [(b["text"], "glued:" + b["kind"]) for b in glued]
            if j == 1:
                parts += [(b["text"], b["kind"]) for b in blocks if b["where"] == "middle"]
        parts += [(b["text"], b["kind"]) for b in blocks if b["where"] == "tail"]
        copy = ""
        chrome, article = [], []
        added = (0, 0)
        for text, kind in parts:
            if kind and kind.startswith("glued:"):
                start = len(copy.rstrip("\n"))
                copy = copy[:start] + text + "\n\n"
                chrome.append((kind[6:], start, start + len(text)))
                continue
            start = len(copy)
            copy += text + "\n\n"
            if kind is None or kind == "article-added":
                article.append((start, start + len(text)))
                if kind:
                    added = (start, start + len(text))
            else:
                chrome.append((kind, start, start + len(text)))
        original = "\n\n".join(p for j, p in enumerate(paragraphs) if j != held) + "\n"
        out.append(
            Pair(
                site["site"],
                site["lang"],
                original,
                copy.rstrip("\n") + "\n",
                tuple(chrome),
                added,
                tuple(article),
            )
        )
    return out


@dataclass
class Score:
    """Counts over pairs: per kind of chrome, found / called boilerplate."""

    found: dict[str, int] = field(default_factory=dict)
    labelled: dict[str, int] = field(default_factory=dict)
    article_paragraphs: int = 0
    article_wrong: int = 0
    added_paragraphs: int = 0
    added_wrong: int = 0
    mixed_changes: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(self.labelled.values()) / max(1, sum(self.found.values()))


def _covered(changes, start: int, end: int, text: str) -> bool:
    """Whether every visible character of ``text[start:end]`` is in a boilerplate change."""
    need = {k for k in range(start, end) if not text[k].isspace()}
    for c in changes:
        if c.category == "boilerplate":
            need -= set(range(c.copy.start, c.copy.end))
    return not need


def _touched(changes, start: int, end: int, text: str) -> bool:
    """Whether a boilerplate change holds a visible character of ``text[start:end]``."""
    return any(
        c.category == "boilerplate"
        and any(
            not text[k].isspace() for k in range(max(start, c.copy.start), min(end, c.copy.end))
        )
        for c in changes
    )


def score(pair: Pair, comparison, into: Score) -> None:
    text = pair.copy
    changes = comparison.changes
    for kind, s, e in pair.chrome:
        into.found[kind] = into.found.get(kind, 0) + 1
        if _covered(changes, s, e, text):
            into.labelled[kind] = into.labelled.get(kind, 0) + 1
        else:
            into.misses.append(f"{pair.site} [{kind}] {text[s:e]!r}")
    for s, e in pair.article:
        into.article_paragraphs += 1
        if _touched(changes, s, e, text):
            into.article_wrong += 1
            into.wrong.append(f"{pair.site}: {text[s:e][:60]!r}")
    into.added_paragraphs += 1
    if _touched(changes, *pair.added, text):
        into.added_wrong += 1
    for c in changes:
        holds_chrome = any(
            any(not text[k].isspace() for k in range(max(s, c.copy.start), min(e, c.copy.end)))
            for _, s, e in pair.chrome
        )
        holds_article = any(
            any(not text[k].isspace() for k in range(max(s, c.copy.start), min(e, c.copy.end)))
            for s, e in pair.article
        )
        if holds_chrome and holds_article:
            into.mixed_changes += 1
