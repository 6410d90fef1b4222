"""The classify stage, region by region: each block judged into labelled parts.

:func:`compare.classify.classify_blocks` hands every region of blocks (see
:mod:`compare.segment`) to one of these: :func:`moved` (a moved half, explained by
:mod:`compare.moved`), :func:`lines` (a multi-line insertion or deletion),
:func:`content` (a block left whole) and :func:`replacement` (a replacement with
copy-only lines cut off). Phrase tables (:mod:`compare.boilerplate`, through
:func:`compare.classify.classify`) speak first; an inserted line they do not explain
is judged by its shape (:mod:`compare.chrome`); content is split by nature
(:mod:`compare.refine`).
"""

from __future__ import annotations

import itertools

import regex

from . import boilerplate, chrome, refine, segment
from .classify import Labelled, Verdict, classify, clip
from .model import Category
from .moved import moved_reason
from .tokens import is_boundary

_WORD = regex.compile(r"\w(?:[\w'\N{RIGHT SINGLE QUOTATION MARK}-]*\w)?")


#: evidence a piece glued inside a line needs before its shape makes it chrome (the
#: weak features — short, capitals, place — fit any inserted word)
GLUED_STRONG_EVIDENCE = frozenset(
    {
        "caption-credit",
        "call-to-action",
        "url",
        "code",
        "label",
        "source-credit",
        "decorated",
        "excerpt-marker",
        "link-shape",
        "initials",
    }
)


#: an inserted line the scorer gives at least this (short of chrome) leans toward chrome:
#: a change of its own, never one with the article's prose next to it ("Ατύχημα με
#: πυροσβεστικό όχημα" over an added paragraph: an unrecognised headline of another story
#: is not part of the paragraph's edit)
LEANING_SCORE = 1


def moved(blocks, i: int, original: str, copy: str) -> Labelled:
    h, other = blocks[i], blocks[blocks[i].moved_to]
    deleted = h.b0 == h.b1
    text = original[h.a0 : h.a1] if deleted else copy[h.b0 : h.b1]
    other_text = copy[other.b0 : other.b1] if deleted else original[other.a0 : other.a1]
    # the deleted half comes first in text order when the paragraph moved down
    down = (i < h.moved_to) == deleted
    reason, evidence = moved_reason(text, other_text, deleted, down)
    return Labelled(h.a0, h.a1, h.b0, h.b1, h.details, Verdict(Category.MOVED, reason, evidence), i)


def _judged(chrome_context, lines, region, known: frozenset[int] = frozenset()) -> list:
    """The chrome scorer's judgements of inserted lines (None where it does not judge)."""
    if chrome_context is None:
        return [None] * len(lines)
    return chrome.judge_lines(chrome_context, lines, region, known)


def _shape(chrome_context, lines, region, copy: str, glued: bool = False) -> list:
    """The inserted lines the chrome scorer calls chrome (None for the others)."""
    found = _judged(chrome_context, lines, region)
    if glued:
        found = [j if j is not None and set(j.chrome) & GLUED_STRONG_EVIDENCE else None for j in found]
    return [j if j is not None and j.is_chrome else None for j in found]


def _shape_verdict(judgement, copy: str, b0: int, b1: int) -> Verdict:
    evidence = [*judgement.chrome, "shape"]
    if b0 and copy[b0 - 1] != "\n" and not copy[b0:b1].startswith("\n"):
        evidence.append("glued")
    return Verdict(Category.BOILERPLATE, clip(judgement.reason), tuple(dict.fromkeys(evidence)))


def lines(
    blocks, i: int, j: int, original: str, copy: str, chrome_context, budget=None
) -> list[Labelled]:
    """A multi-line insertion (deletion): runs of lines the phrase tables call
    boilerplate (:func:`compare.boilerplate.line_findings`, which sees list headings,
    boxes and menus), inserted lines the scorer calls chrome, and runs of content
    between them."""
    insert = blocks[i].a0 == blocks[i].a1
    side = copy if insert else original
    lo = blocks[i].b0 if insert else blocks[i].a0
    hi = blocks[j - 1].b1 if insert else blocks[j - 1].a1
    spans = [(x.b0, x.b1) if insert else (x.a0, x.a1) for x in blocks[i:j]]
    runs = boilerplate.line_findings(side[lo:hi], side)
    labelled: dict[int, Labelled] = {}  # first line index -> its run's verdict
    covered = [False] * len(spans)
    k = 0
    for start, end, _ in runs:  # runs and lines both in text order: one pass
        members = []
        while k < len(spans) and spans[k][0] < lo + end:
            if lo + start <= spans[k][0] and spans[k][1] <= lo + end:
                members.append(k)
            k += 1
        if not members:
            continue
        s0, e0 = spans[members[0]][0], spans[members[-1]][1]
        piece = (
            (blocks[i].a0, blocks[i].a0, s0, e0) if insert else (s0, e0, blocks[i].b0, blocks[i].b0)
        )
        verdict = classify(original, copy, *piece)
        if verdict.category is Category.BOILERPLATE:
            labelled[members[0]] = Labelled(*piece, (), verdict, i + members[0])
            for k in members:
                covered[k] = True
    # which of the lines left are content that leans toward chrome (some evidence, not
    # enough) and which are the article's kind of text: the two never share a change
    leaning = [False] * len(spans)
    if insert:
        # every line is judged next to its neighbours, those the phrase tables called
        # boilerplate as known chrome (a line under them is in their box, their list)
        known = frozenset(k for k in range(len(spans)) if covered[k])
        judged = _judged(chrome_context, spans, (lo, hi), known)
        for k, judgement in enumerate(judged):
            if k in known:
                continue
            if judgement is not None and judgement.is_chrome:
                s, e = spans[k]
                verdict = _shape_verdict(judgement, copy, s, e)
                labelled[k] = Labelled(blocks[i].a0, blocks[i].a0, s, e, (), verdict, i + k)
                covered[k] = True
            elif judgement is not None:
                leaning[k] = judgement.score >= LEANING_SCORE
    # runs of content lines, each one change or more (refine splits paragraphs of prose)
    runs: list[list[int]] = []  # [start, end] of side, first line index
    k = 0
    while k < len(spans):
        if covered[k]:
            k += 1
            continue
        m = k + 1
        # a line glued to the text before it (the tail of an unchanged paragraph) is a
        # piece of its own: what it adds to that paragraph and a paragraph added after
        # it are two changes (an unrecognised notice never joins the article's text)
        if not (insert and _glued(side, spans[k][0], spans[k][1])):
            while m < len(spans) and not covered[m] and leaning[m] == leaning[k]:
                m += 1
        runs.append([spans[k][0], spans[m - 1][1], k])
        k = m
    _separators_lead(runs, side)
    out: list[Labelled] = []
    pending = iter(runs)
    run = next(pending, None)
    for k in range(len(spans)):
        if k in labelled:
            out.append(labelled[k])
        elif run is not None and run[2] == k:
            s0, e0 = run[0], run[1]
            piece = (
                (blocks[i].a0, blocks[i].a0, s0, e0) if insert else (s0, e0, blocks[i].b0, blocks[i].b0)
            )
            out += refine.by_nature(piece, (), original, copy, i + k, classify, budget=budget)
            run = next(pending, None)
    return out


def _separators_lead(runs: list[list[int]], side: str) -> None:
    """Runs of content that touch (split where a line leans to chrome) keep one
    separator each on the side the first had it, as :func:`compare.refine.by_nature`
    splits paragraphs: ``"\n\nP\n\n" + "L"`` becomes ``"\n\nP" + "\n\nL"``."""
    for prev, run in itertools.pairwise(runs):
        if prev[1] == run[0] and side[prev[0] : prev[0] + 1].isspace():
            end = prev[0] + len(side[prev[0] : prev[1]].rstrip())
            if end > prev[0] and side[end:prev[1]].strip() == "":
                prev[1] = run[0] = end


def _glued(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` goes on with a line that began before it (and does
    not start a new line or paragraph of its own)."""
    if not 0 < start < end or text[start - 1] == "\n":
        return False
    line_end = text.find("\n", start, end)
    return bool(text[start : end if line_end == -1 else line_end].strip())


def content(
    block, index: int, original: str, copy: str, chrome_context, piece=None, budget=None
) -> list[Labelled]:
    """A block left whole: chrome glued to it split off, each part judged by nature;
    an insertion no rule explains judged by its shape."""
    piece = piece or (block.a0, block.a1, block.b0, block.b1)
    known = None
    if piece[0] == piece[1]:  # an inserted line: phrase tables, then its shape, judge it whole
        known = classify(original, copy, *piece, block.details)
        whole = _reshaped(Labelled(*piece, block.details, known, index), copy, chrome_context)
        if whole.verdict.category is not Category.EDIT:
            return [whole]
    parts = refine.glued_parts(piece, block.details, original, copy)
    if len(parts) == 1:
        parts = _glued_by_shape(piece, block.details, original, copy, chrome_context)
    elif known is not None and len(parts) == 2:
        caption = _caption_before_credit(parts[1][0], copy, piece, known)
        if caption is not None:
            return [Labelled(*piece, block.details, caption, index)]
    out: list[Labelled] = []
    for part, details in parts:
        if original[part[0] : part[1]] == copy[part[2] : part[3]]:
            continue  # nothing changed in it (the chrome was all the change)
        verdict = known if part == piece else None
        out += refine.by_nature(part, details, original, copy, index, classify, verdict, budget)
    return [_reshaped(x, copy, chrome_context) for x in out]


#: a caption before its credit has at most this many words
CAPTION_MAX_WORDS = 60


def _caption_before_credit(tail, copy: str, piece, known: Verdict) -> Verdict | None:
    """An inserted line that is a caption with its credit in the middle (a gallery's
    ``… Photo: NAME, AP  Image 1 of 6 … Caption Close``): chrome as a whole."""
    verdict = classify(copy, copy, tail[0], tail[0], tail[2], tail[3])  # the credit and on
    head = copy[piece[2] : tail[2]]
    if (
        verdict.category is not Category.BOILERPLATE
        or "photo-credit" not in verdict.evidence
        or "\n" in head.strip()
        or len(head.split()) > CAPTION_MAX_WORDS
        or "dateline" in known.evidence
    ):
        return None
    return Verdict(
        Category.BOILERPLATE,
        clip(f"caption with its credit: {verdict.reason}"),
        tuple(dict.fromkeys(("caption-credit", *verdict.evidence))),
    )


#: the text before glued chrome is the original's line when it shares this share of
#: its words with it
GLUED_SAME_WORDS = 0.5


def _mostly_same_words(old: str, new: str) -> bool:
    words = [w.casefold() for w in _WORD.findall(new)]
    if not words:
        return True
    theirs = {w.casefold() for w in _WORD.findall(old)}
    return sum(1 for w in words if w in theirs) >= GLUED_SAME_WORDS * len(words)


#: where a sentence ends inside a line (chrome glued after it may follow, even with
#: no space: "… en el país.SEE ALSO:…")
_SENTENCE_STOP = regex.compile(r"[.!?。！？؟…]+[\"'”»)]*\s*")
#: a full stop that ends no sentence: after an ordinal (``am 8. Mai``), an initial or a
#: short title (``Michael R. Pompeo``, ``Mr. Minister``), or before a word in lower case
_NOT_AN_END = regex.compile(r"(?:(?<![\w.])(?:\d{1,2}|\p{Lu}\p{Ll}{0,2})\.\s*\S|\.\s*\p{Ll})$")


def _glued_by_shape(piece, details, original: str, copy: str, chrome_context) -> list:
    """Chrome glued after the last sentence of a one-line block, found by its shape."""
    a0, a1, b0, b1 = piece
    new = copy[b0:b1]
    if not new.strip() or "\n" in new.strip() or chrome_context is None:
        return [(piece, details)]
    stops = [
        m
        for m in _SENTENCE_STOP.finditer(new)
        if new[m.end() :].strip() and not _NOT_AN_END.search(new[max(0, m.start() - 4) : m.end() + 1])
    ]
    if not stops:
        return [(piece, details)]
    for stop in stops:  # the longest tail that is chrome
        cut = stop.end()
        if not is_boundary(copy, b0 + cut):
            continue  # a mark on the stop (。́): never cut a grapheme cluster
        rest = new[cut:]
        s = b0 + cut
        e = b1 - (len(rest) - len(rest.rstrip()))
        if _shape(chrome_context, [(s, e)], (s, e), copy, glued=True)[0] is not None:
            break
    else:
        return [(piece, details)]
    if a0 != a1 and not _mostly_same_words(original[a0:a1], new[:cut]):
        return [(piece, details)]  # not the original's line with chrome glued on
    first = (a0, a1, b0, b0 + cut)
    return [(first, tuple(d for d in details if d[3] <= b0 + cut)), ((a1, a1, b0 + cut, b1), ())]


def _reshaped(x: Labelled, copy: str, chrome_context) -> Labelled:
    """An inserted piece called an edit, judged again by its shape."""
    if (
        x.verdict.category is not Category.EDIT
        or x.a0 != x.a1
        or not copy[x.b0 : x.b1].strip()
        or "dateline" in x.verdict.evidence
    ):
        return x
    text = copy[x.b0 : x.b1]
    if "\n" in text.strip():
        return x
    s = x.b0 + len(text) - len(text.lstrip())
    e = x.b1 - (len(text) - len(text.rstrip()))
    line_start = copy.rfind("\n", 0, s) + 1
    line_end = copy.find("\n", e)
    line_end = len(copy) if line_end < 0 else line_end
    whole_line = not copy[line_start:s].strip() and not copy[e:line_end].strip()
    if not whole_line:
        # (a sentence may end inside a quotation or brackets: "… (…)”Czytaj dalej")
        before = copy[line_start:s].rstrip().rstrip("\"”’»)]）」』")
        if before and before[-1] not in ".!?。！？؟…":
            return x  # glued chrome starts a sentence
    judged = _shape(chrome_context, [(s, e)], (x.b0, x.b1), copy, glued=not whole_line)[0]
    if judged is None:
        return x
    return Labelled(
        x.a0, x.a1, x.b0, x.b1, x.details, _shape_verdict(judged, copy, x.b0, x.b1), x.block
    )


def replacement(
    blocks, i: int, j: int, original: str, copy: str, chrome_context, budget=None
) -> list[Labelled]:
    """A replacement cut into copy-only lines and its core: each copy-only line that is
    chrome is an insertion of its own; the others go back into the replacement."""
    core_index = next(k for k in range(i, j) if blocks[k].kind.value == "core")
    core = blocks[core_index]
    judged: dict[int, Labelled | None] = {}
    for k in range(i, j):
        if k == core_index:
            continue
        x = blocks[k]
        verdict = classify(original, copy, x.a0, x.a1, x.b0, x.b1)
        if verdict.category is Category.BOILERPLATE:
            judged[k] = Labelled(x.a0, x.a1, x.b0, x.b1, (), verdict, k)
            continue
        shaped = _reshaped(Labelled(x.a0, x.a1, x.b0, x.b1, (), verdict, k), copy, chrome_context)
        judged[k] = shaped if shaped.verdict.category is Category.BOILERPLATE else None
    lo = core_index
    while lo > i and judged[lo - 1] is None:
        lo -= 1
    hi = core_index + 1
    while hi < j and judged[hi] is None:
        hi += 1
    piece = (core.a0, core.a1, blocks[lo].b0, blocks[hi - 1].b1)
    core = segment.Block(
        *piece,
        core.kind,
        core.region,
        tuple(d for d in core.details if piece[2] <= d[2] and d[3] <= piece[3]),
    )
    out = [judged[k] for k in range(i, lo) if judged[k] is not None]
    out += content(core, core_index, original, copy, chrome_context, piece, budget)
    out += [judged[k] for k in range(hi, j) if judged[k] is not None]
    # content lines cut off beyond a chrome line are insertions of their own
    for k in [*range(i, lo), *range(hi, j)]:
        if judged[k] is None:
            x = blocks[k]
            out.append(
                Labelled(
                    x.a0, x.a1, x.b0, x.b1, (), classify(original, copy, x.a0, x.a1, x.b0, x.b1), k
                )
            )
    return sorted(out, key=lambda x: (x.b0, x.a0))
