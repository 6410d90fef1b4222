"""Running a comparison: diff, classify, and assemble the immutable result."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

import regex

from . import boilerplate, typography
from .classify import Verdict, classify, clip, quote
from .diffing import Hunk, char_details, diff_texts, move_key, word_changes
from .factcheck import facts_for_changes
from .language import detect_language
from .model import Category, Change, Comparison, Detail, Document, Mode, Op, Options, Span
from .modes import choose_mode
from .tokens import is_boundary
from .translation import compare_translation


def _op(a0: int, a1: int, b0: int, b1: int) -> Op:
    if a0 == a1:
        return Op.INSERT
    if b0 == b1:
        return Op.DELETE
    return Op.REPLACE


def _moved_reason(
    text: str, other_text: str, deleted: bool, down: bool
) -> tuple[str, tuple[str, ...]]:
    """Reason and evidence of one half of a moved pair.

    Evidence: ``same-text-elsewhere`` (the same text, typography aside) or ``reworded``
    (found by word overlap, some words differ); ``typography-differences`` when the
    two halves differ in quote/dash/spacing style only; ``moved-down`` / ``moved-up``;
    ``with-corruption`` (and the damage's own codes, e.g. ``mojibake``) when a word
    differs by damaged characters only: the reason names the damage, not a rewording.
    """
    words = len(text.split())
    what = f"paragraph ({words} words)" if words != 1 else "paragraph (1 word)"
    if deleted:
        where = "moved further down in the copy" if down else "moved further up in the copy"
    else:
        where = "moved here from further up" if down else "moved here from further down"
    reason = f"{what} {where}"
    evidence = ["moved-down" if down else "moved-up"]
    if move_key(text) != move_key(other_text):
        # found by word overlap: say what the move also changed
        old, new = (text, other_text) if deleted else (other_text, text)
        damage, edited, edit_evidence = _moved_differences(old, new)
        if edited:
            gone, added = _word_changes(*edited)
            reason += f", and reworded: {gone} → {added}"
            evidence.insert(0, "reworded")
            # what an editor looks for in an edit (a number, a name, a quotation)
            evidence.extend(e for e in edit_evidence if e in MOVED_EDIT_EVIDENCE)
        else:
            evidence.insert(0, "same-text-elsewhere")
        if damage:
            reason += f", with damaged characters: {damage[0].reason}"
            evidence.extend(dict.fromkeys(e for v in damage for e in v.evidence))
            evidence.append("with-corruption")
    else:
        evidence.insert(0, "same-text-elsewhere")
        if text.strip() != other_text.strip():
            reason += ", typography differs"
            evidence.append("typography-differences")
    return clip(reason), tuple(evidence)


#: edit evidence a reworded move carries over from the words that changed in it
MOVED_EDIT_EVIDENCE = ("number", "name", "inside-quote", "negation")


def _moved_differences(
    old: str, new: str
) -> tuple[list[Verdict], tuple[str, str] | None, tuple[str, ...]]:
    """What differs between the two halves of a reworded move.

    The damage (each word-level difference the classifier calls corruption), the
    words really changed (old and new text of the other differences, None if none),
    and the evidence codes of those edits. Mojibake inside a moved paragraph is then
    named as damage, not as "reworded".
    """
    old, new = old.strip(), new.strip()  # the halves' separators may differ
    subs = word_changes(old, new, 0, len(old), 0, len(new))
    if len(subs) > MIXED_MAX_SUBCHANGES:
        return [], (old, new), ()
    damage: list[Verdict] = []
    gone: list[str] = []
    added: list[str] = []
    edit_evidence: dict[str, None] = {}
    for a0, a1, b0, b1 in subs:
        verdict = classify(old, new, a0, a1, b0, b1, char_details(old, new, a0, a1, b0, b1))
        if verdict.category is Category.CORRUPTION:
            damage.append(verdict)
        elif verdict.category is not Category.TYPOGRAPHY and (old[a0:a1] + new[b0:b1]).strip():
            gone.append(old[a0:a1])
            added.append(new[b0:b1])
            edit_evidence.update(dict.fromkeys(verdict.evidence))
    edited = (" ".join(gone), " ".join(added)) if gone or added else None
    return damage, edited, tuple(edit_evidence)


def _word_changes(old: str, new: str) -> tuple[str, str]:
    """The words only one side has, in order, quoted (for a reworded move)."""
    a, b = old.split(), new.split()
    sa, sb = set(b), set(a)
    gone = " ".join(w for w in a if w not in sa) or "…"
    added = " ".join(w for w in b if w not in sb) or "…"
    return quote(gone, 30), quote(added, 30)


def compare(
    original: Document,
    copy: Document,
    options: Options | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare two loaded documents.

    ``progress(fraction)`` is called now and then; when ``cancelled()`` returns true
    the comparison stops with :class:`compare.errors.Cancelled`.
    """
    options = options or Options()
    guesses = (detect_language(original.text), detect_language(copy.text))
    languages = (guesses[0].code, guesses[1].code)
    mode, mode_reason = choose_mode(
        options.mode, guesses[0], guesses[1], original.text, copy.text
    )
    if mode is Mode.TRANSLATION:
        return compare_translation(original, copy, languages, mode_reason, cancelled=cancelled)
    a, b = original.text, copy.text
    hunks = diff_texts(
        a,
        b,
        budget=options.diff_budget,
        detect_moves=options.detect_moves,
        min_move_chars=options.min_move_chars,
        progress=progress,
        cancelled=cancelled,
    )
    verdicts: dict[tuple[int, int, int, int], Verdict] = {}
    hunks = _refine(hunks, a, b, verdicts)
    changes: list[Change] = []
    for index, h in enumerate(hunks):
        op = _op(h.a0, h.a1, h.b0, h.b1)
        pair = None
        if h.moved_to is not None:
            other = hunks[h.moved_to]
            pair = h.moved_to + 1
            deleted = op is Op.DELETE
            text = a[h.a0 : h.a1] if deleted else b[h.b0 : h.b1]
            other_text = b[other.b0 : other.b1] if deleted else a[other.a0 : other.a1]
            # the deleted half comes first in text order when the paragraph moved down
            down = (index < h.moved_to) == deleted
            reason, evidence = _moved_reason(text, other_text, deleted, down)
            category = Category.MOVED
        else:
            verdict = verdicts.get((h.a0, h.a1, h.b0, h.b1)) or classify(
                a, b, h.a0, h.a1, h.b0, h.b1, h.details
            )
            category, reason, evidence = verdict.category, verdict.reason, verdict.evidence
        changes.append(
            Change(
                id=index + 1,
                category=category,
                op=op,
                original=Span(h.a0, h.a1, a[h.a0 : h.a1]),
                copy=Span(h.b0, h.b1, b[h.b0 : h.b1]),
                reason=reason,
                evidence=tuple(evidence),
                pair=pair,
                details=tuple(
                    Detail(Span(d0, d1, a[d0:d1]), Span(e0, e1, b[e0:e1]))
                    for d0, d1, e0, e1 in h.details
                ),
            )
        )
    facts: tuple = ()
    if options.facts:
        changes, facts = facts_for_changes(a, b, languages[0], changes)
    return Comparison(
        original,
        copy,
        tuple(changes),
        _similarity(a, b, changes),
        mode=Mode.SAME,
        languages=languages,
        mode_reason=mode_reason,
        facts=facts,
    )


# -- refinement: one change, one nature ------------------------------------------------


def _refine(
    hunks: list[Hunk], a: str, b: str, verdicts: dict[tuple[int, int, int, int], Verdict]
) -> list[Hunk]:
    """Split changes so that each holds differences of one nature only.

    The diff knows nothing of categories, so an insertion of a navigation line plus a
    real paragraph, or a reworded sentence with "Share this: …" glued to its end, comes
    out as one change. Cut such changes at line boundaries (and at the start of glued
    boilerplate) so each part can be classified on its own. Then a content change that
    holds damage or typography beside a real edit is split at the unchanged words
    between them (:func:`_split_mixed`), and a paragraph replaced by boilerplate
    becomes the paragraph missing plus the boilerplate inserted
    (:func:`_split_replaced_by_boilerplate`). ``verdicts`` receives the
    classification of every part already classified here. Moved pairs are kept and
    their links renumbered.
    """
    out: list[list] = []  # [hunk, index of the partner in `hunks` or None]
    new_index: dict[int, int] = {}
    for i, h in enumerate(hunks):
        if h.moved_to is not None:
            new_index[i] = len(out)
            out.append([h, h.moved_to])
            continue
        parts = _split(h, a, b)
        if len(parts) > 1 and not all(
            is_boundary(a, p.a0) and is_boundary(a, p.a1) and is_boundary(b, p.b0) and is_boundary(b, p.b1)
            for p in parts
        ):
            parts = [h]  # never cut a grapheme cluster (a space carrying a combining mark)
        for part in parts:
            for piece in _split_by_nature(part, a, b, verdicts):
                out.append([piece, None])
    result = []
    for h, partner in out:
        if partner is not None:
            h = replace(h, moved_to=new_index[partner])
        result.append(h)
    return result


def _split(h: Hunk, a: str, b: str) -> list[Hunk]:
    old, new = a[h.a0 : h.a1], b[h.b0 : h.b1]
    if old and new and len(old) + len(new) <= SAME_TEXT_CHECK_MAX and typography.same(old, new):
        # the same words (re-wrapped, restyled): a line of it that looks like boilerplate
        # ("headline repeated") is still the article's text
        return [h]
    if not old and "\n" in new.strip("\n"):  # a multi-line insertion
        runs = boilerplate.line_findings(new, b)
        if len(runs) > 1:
            return [Hunk(h.a0, h.a0, h.b0 + s, h.b0 + e) for s, e, _ in runs]
    if not new and "\n" in old.strip("\n"):  # a multi-line deletion
        runs = boilerplate.line_findings(old, a)
        if len(runs) > 1:
            return [Hunk(h.a0 + s, h.a0 + e, h.b0, h.b0) for s, e, _ in runs]
    if new and new.strip():
        # one line of text cannot hold a line run of boilerplate beside content
        runs = boilerplate.line_findings(new, b) if "\n" in new.strip() else []
        # a replacement (or insertion) whose copy side ends in boilerplate lines
        if len(runs) > 1 and runs[-1][2] and not runs[0][2]:
            cut = runs[-1][0]
            return [
                *_split(_part(h, h.a0, h.a1, h.b0, h.b0 + cut), a, b),
                Hunk(h.a1, h.a1, h.b0 + cut, h.b1),
            ]
        # ... or begins with them
        if old and len(runs) > 1 and runs[0][2] and not runs[-1][2]:
            cut = runs[0][1]
            return [Hunk(h.a0, h.a0, h.b0, h.b0 + cut), _part(h, h.a0, h.a1, h.b0 + cut, h.b1)]
        # ... or a marker glued to the start of a paragraph ("ADVERTISEMENT Officials")
        head = boilerplate.head_end(new) if old and (h.b0 == 0 or b[h.b0 - 1] == "\n") else None
        if head:
            return [Hunk(h.a0, h.a0, h.b0, h.b0 + head), _part(h, h.a0, h.a1, h.b0 + head, h.b1)]
        # boilerplate glued to the end of a paragraph
        tail = boilerplate.tail_start(new)
        if tail and new[:tail].strip() and not boilerplate.explain(new, b):
            return [_part(h, h.a0, h.a1, h.b0, h.b0 + tail), Hunk(h.a1, h.a1, h.b0 + tail, h.b1)]
    return [h]


def _split_by_nature(
    h: Hunk, a: str, b: str, verdicts: dict[tuple[int, int, int, int], Verdict]
) -> list[Hunk]:
    """``h``, or its parts when it mixes changes of different categories."""
    if h.a0 == h.a1 or h.b0 == h.b1:
        return _split_paragraphs(h, a, b, verdicts)
    whole = classify(a, b, h.a0, h.a1, h.b0, h.b1, h.details)
    verdicts[(h.a0, h.a1, h.b0, h.b1)] = whole
    if whole.category is Category.CORRUPTION:
        # several damaged words with intact ones between: each its own change, when
        # each is damage on its own (so the intact words are not highlighted)
        return _split_mixed(h, a, b, verdicts, keep_edits_whole=False) or [h]
    if whole.category is not Category.EDIT:
        return [h]
    parts = _split_replaced_by_boilerplate(h, a, b, verdicts) or _split_mixed(h, a, b, verdicts)
    return parts or [h]


#: a multi-paragraph insertion (deletion) is split into paragraphs only when every
#: paragraph has at least this many words (sentences, not a list of headlines)
PARAGRAPH_SPLIT_MIN_WORDS = 6
#: a blank line (paragraph separator) with the line breaks around it
_SEPARATOR = regex.compile(r"\n[^\S\n]*\n\s*")


def _split_paragraphs(
    h: Hunk, a: str, b: str, verdicts: dict[tuple[int, int, int, int], Verdict]
) -> list[Hunk]:
    """An insertion (deletion) of several paragraphs of content: one change each.

    Two added paragraphs are two facts for the editor ("paragraph added" twice, each
    with its own reason). Each part keeps one separator, on the side the whole had
    it ("P1\n\nP2\n\n" -> "P1\n\n" + "P2\n\n"; "\n\nP1\n\nP2" -> "\n\nP1" + "\n\nP2").
    Only content is split this way: boilerplate runs were cut apart already, and a
    block of boilerplate lines is explained as a whole; so is a block of short lines
    (a "Trending" list), and a whole text added or missing stays one change.
    """
    insert = h.a0 == h.a1
    text, start = (b[h.b0 : h.b1], h.b0) if insert else (a[h.a0 : h.a1], h.a0)
    inner = [m for m in _SEPARATOR.finditer(text) if m.start() and m.end() < len(text)]
    if not inner:
        return [h]
    whole_side = b if insert else a
    if not whole_side[:start].strip() and not whole_side[start + len(text) :].strip():
        return [h]  # all of one text added or missing: one change says it best
    bounds = [0, *(m.start() for m in inner), len(text)]
    if any(
        len(text[s:e].split()) < PARAGRAPH_SPLIT_MIN_WORDS for s, e in itertools.pairwise(bounds)
    ):
        return [h]  # headings, lists, short lines: a block, kept together
    whole = classify(a, b, h.a0, h.a1, h.b0, h.b1)
    verdicts[(h.a0, h.a1, h.b0, h.b1)] = whole
    if whole.category is not Category.EDIT:
        return [h]
    leading = text[:1].isspace()
    cuts = [m.start() if leading else m.end() for m in inner]
    bounds = [0, *cuts, len(text)]
    parts = []
    for s, e in itertools.pairwise(bounds):
        if insert:
            parts.append(Hunk(h.a0, h.a0, start + s, start + e))
        else:
            parts.append(Hunk(start + s, start + e, h.b0, h.b0))
    return parts


def _whole_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at line boundaries."""
    return (start == 0 or text[start - 1] == "\n" or text[start] == "\n") and (
        end == len(text) or text[end] == "\n" or text[end - 1] == "\n"
    )


def _split_replaced_by_boilerplate(
    h: Hunk, a: str, b: str, verdicts: dict[tuple[int, int, int, int], Verdict]
) -> list[Hunk] | None:
    """A paragraph replaced by a boilerplate line: the paragraph missing + the insert.

    "reworded: These records have dire … → Advertisement" hides that a paragraph of
    the article is gone. When the copy side (whole lines) is boilerplate on its own
    and the original side is not, they are two changes: the deletion (an edit) and
    the insertion (boilerplate).
    """
    if not _whole_lines(b, h.b0, h.b1) or not _whole_lines(a, h.a0, h.a1):
        return None
    inserted = classify(a, b, h.a1, h.a1, h.b0, h.b1)
    if inserted.category is not Category.BOILERPLATE:
        return None
    deleted = classify(a, b, h.a0, h.a1, h.b0, h.b0)
    if deleted.category is Category.BOILERPLATE:
        return None
    verdicts[(h.a0, h.a1, h.b0, h.b0)] = deleted
    verdicts[(h.a1, h.a1, h.b0, h.b1)] = inserted
    return [Hunk(h.a0, h.a1, h.b0, h.b0), Hunk(h.a1, h.a1, h.b0, h.b1)]


#: up to this size (both sides) a change is checked for being the same words before
#: it is cut at boilerplate lines
SAME_TEXT_CHECK_MAX = 20_000
#: a change is split into its word-level sub-changes only when it has at most this many
MIXED_MAX_SUBCHANGES = 16


def _split_mixed(
    h: Hunk,
    a: str,
    b: str,
    verdicts: dict[tuple[int, int, int, int], Verdict],
    *,
    keep_edits_whole: bool = True,
) -> list[Hunk] | None:
    """An edit that also holds damage or typography, split where the nature changes.

    The word diff's semantic clean-up joins neighbouring differences, so mojibake
    in one word and a changed name in the next come out as one change, classified
    as an edit: the damage is then never counted. Each word-level sub-change (see
    :func:`compare.diffing.word_changes`) is classified on its own; when some are
    not edits (corruption, typography), every such sub-change becomes a change of
    its own, and consecutive edit sub-changes stay one change (with the unchanged
    words between them) so a rewording is not cut to confetti. Without
    ``keep_edits_whole`` (a change classified as damage as a whole) it is split only
    when no sub-change is an edit on its own.
    """
    subs = word_changes(a, b, h.a0, h.a1, h.b0, h.b1)
    if len(subs) < 2 or len(subs) > MIXED_MAX_SUBCHANGES:
        return None
    if not all(
        is_boundary(a, s[0]) and is_boundary(a, s[1]) and is_boundary(b, s[2]) and is_boundary(b, s[3])
        for s in subs
    ):
        return None  # never cut a grapheme cluster
    found = []
    for s in subs:
        if _plain_word_edit(a[s[0] : s[1]], b[s[2] : s[3]]):
            found.append((s, (), None, Category.EDIT))
            continue
        details = char_details(a, b, *s)
        verdict = classify(a, b, *s, details)
        category = verdict.category
        if category is Category.BOILERPLATE:  # a fragment inside a line is content
            category = Category.EDIT
        found.append((s, details, verdict, category))
    if all(category is Category.EDIT for *_, category in found):
        return None
    if not keep_edits_whole and any(category is Category.EDIT for *_, category in found):
        return None
    out: list[Hunk] = []
    group: list[tuple[int, int, int, int]] = []

    def close() -> None:
        if group:
            first, last = group[0], group[-1]
            out.append(_part(h, first[0], last[1], first[2], last[3]))
            group.clear()

    for s, details, verdict, category in found:
        if category is Category.EDIT:
            group.append(s)
            continue
        close()
        verdicts[s] = verdict
        out.append(Hunk(*s, None, details))
    close()
    return out


def _plain_word_edit(old: str, new: str) -> bool:
    """ASCII letters, digits and spaces only, differing beyond letter case: an edit.

    No typography rule or damage pattern can explain such a change (quotes, dashes,
    entities, mojibake and lost characters all need other characters), so the
    classifier need not be asked.
    """
    return (
        old.isascii()
        and new.isascii()
        and old.replace(" ", "").isalnum()
        and new.replace(" ", "").isalnum()
        and old.casefold() != new.casefold()
    )


def _part(h: Hunk, a0: int, a1: int, b0: int, b1: int) -> Hunk:
    """A piece of ``h``, keeping the character details that fall inside it."""
    details = tuple(
        d for d in h.details if a0 <= d[0] and d[1] <= a1 and b0 <= d[2] and d[3] <= b1
    )
    return Hunk(a0, a1, b0, b1, None, details)


def _similarity(a: str, b: str, changes: list[Change]) -> float:
    """Share of both texts that is unchanged, 0..1 (1.0 for two identical texts)."""
    total = len(a) + len(b)
    if total == 0:
        return 1.0
    changed = sum(_weight(c) for c in changes)
    return round(1.0 - changed / total, 4)


def _weight(change: Change) -> int:
    """Characters a change counts for in the similarity.

    Typography and corruption count only their differing characters (a re-wrapped
    paragraph is not a rewritten one); edits, boilerplate and moves count whole.
    """
    if change.category in (Category.TYPOGRAPHY, Category.CORRUPTION) and change.details:
        return sum(len(d.original) + len(d.copy) for d in change.details)
    return len(change.original) + len(change.copy)


__all__ = ["Category", "compare"]
