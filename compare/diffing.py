"""Aligning two texts: paragraphs first, then words, then characters.

1. Lines (news paragraphs are long lines) are diffed as units, compared by a
   *line key* with spacing and quote/dash style folded away, so a paragraph whose
   only difference is typography still anchors the alignment. Long texts are
   anchored first on paragraphs unique to both sides (patience diff, see
   :func:`anchored_diff`), so the pass stays near-linear on 10 MB pairs. A line
   longer than :data:`compare.units.LONG_LINE` (a text that lost its paragraph breaks) is cut
   into sentences for this pass, so it is anchored sentence by sentence. Equal
   lines are done; each stretch of changed lines (or of key-equal lines whose raw
   text differs) is a *region*; blank lines alone never separate two regions.
2. A changed line that turns up, with the same normalised text, in another
   region is a *move*: it is cut out of both regions and reported as a linked
   delete/insert pair. A second pass pairs paragraphs that moved *and* had a few
   words changed (word overlap, :data:`SIMILAR_MOVE`).
3. Inside a region the remaining text is diffed word by word (see
   :mod:`compare.tokens`) *ignoring white space*: only words and punctuation are
   aligned, and the white space between two aligned tokens is compared
   afterwards. So hard-wrapped lines against long lines, a paragraph split in two
   or two joined, double spaces and NBSPs become small white-space changes instead
   of wrecking the word alignment. Letters of scripts written without spaces
   (Chinese, Japanese, Thai ...) are tokens of one grapheme each. The token diff
   is cleaned up semantically, but never across a blank line both sides share; a
   paragraph reworded beyond recognition becomes one replacement instead of word
   confetti. Pure insertions and deletions are slid to their best boundaries (a
   paragraph with one separator, a sentence with its space: :func:`_slide`),
   every change is widened to whole words (no highlight starts or ends inside a
   word) and snapped to grapheme clusters, the line breaks of one re-wrapped
   paragraph are gathered into one change, and a stray blank-line change goes
   to the paragraph change beside it (:func:`_tidy_separators`).
4. Character detail (which graphemes really differ) is computed inside short
   replacements (:func:`char_details`).

:func:`word_changes` breaks one change into its word-level parts again; the
comparison uses it to split a change whose parts differ in nature (mojibake
beside an edit), see :mod:`compare.comparison`.

The output is a list of :class:`Hunk` in text order that, with the equal runs
between them, covers both texts exactly.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import regex

from . import coarsen, dmp
from .errors import Cancelled
from .pieces import Piece as _Piece
from .pieces import PieceStream
from .pieces import merge as _merge
from .tokens import (
    Encoder,
    graphemes,
    is_boundary,
    is_space,
    no_space_letter,
    offset_type,
    tokenize,
    word_codes,
)
from .typography import fold_chars
from .units import (
    filled_lines,
    sentence_units,
    texts,
    units,
)

#: changes longer than this (either side, in characters) get no character detail: the
#: detail explains damage inside words, a long rewording gains nothing from it
DETAIL_MAX_CHARS = 80
#: a differing middle this short (graphemes, either side) is one detail as it is; one
#: longer than DETAIL_DIFF_MAX too (it is a rewording, not damage inside a word)
DETAIL_SIMPLE = 1
DETAIL_DIFF_MAX = 16
#: ... unless at least this share of it is the same graphemes on both sides
DETAIL_SAME_SHARE = 0.6

@dataclass(frozen=True, slots=True)
class Hunk:
    """An unclassified change: ``original[a0:a1]`` became ``copy[b0:b1]``."""

    a0: int
    a1: int
    b0: int
    b1: int
    #: index (into the hunk list) of the other half of a move, if this is one
    moved_to: int | None = None
    #: character detail: (a0, a1, b0, b1) ranges that really differ
    details: tuple[tuple[int, int, int, int], ...] = ()
    #: for a block gathered from many changes (see :mod:`compare.coarsen`): how many,
    #: and how many characters they spanned (the similarity counts these, not the block)
    coarse: int = 0
    changed: int = 0


def move_key(text: str) -> str:
    """Text as compared for move detection: typography and spacing folded away."""
    folded = fold_chars(unicodedata.normalize("NFKC", text))
    return " ".join(folded.split()).casefold()




def line_key(line: str) -> str:
    """A line as the paragraph pass compares it: spacing and quote/dash style folded."""
    if not line.isascii():  # nothing to fold in ASCII
        line = fold_chars(line)
    return " ".join(line.split())


#: how a paragraph ends: sentence punctuation, maybe closing quotes or brackets (then
#: only white space)
_PARAGRAPH_END = regex.compile(r"[.!?:\N{HORIZONTAL ELLIPSIS}\p{Pf}\p{Pe}\"'\N{IDEOGRAPHIC FULL STOP}]")
#: the last character that is not white space (searched from the end)
_LAST_VISIBLE = regex.compile(r"\S", regex.REVERSE)


def _ends_sentence(text: str, s: int, e: int) -> bool:
    r"""Whether ``text[s:e]`` ends in :data:`_PARAGRAPH_END` and white space.

    The same as searching ``[...]\s*$`` in it (none of those marks is white space, so
    a match can only be its last visible character), without trying every position.
    """
    last = _LAST_VISIBLE.search(text, s, e)
    return last is not None and _PARAGRAPH_END.match(last.group()) is not None


def _paragraph_like(text: str, span: tuple[int, int], wrapped: bool) -> bool:
    """Whether the line ``text[span]`` can be a paragraph of its own.

    In a text of short lines filled to one width (``wrapped``, see
    :func:`compare.units.filled_lines`) only a line between blank lines (or the text's ends) is;
    elsewhere a line that starts or stops mid-sentence is a piece of a wrapped block.
    """
    s, e = span
    starts = s == 0 or (s >= 2 and text[s - 2] == "\n")
    ends = e >= len(text) or text[e] == "\n"
    if wrapped:
        return starts and ends
    if not starts and not _ends_sentence(text, text.rfind("\n", 0, s - 1) + 1, s):
        return False
    return ends or _ends_sentence(text, s, e)


class _Spans:
    """``(start, end)`` of each token, as a read-only sequence.

    Kept as two arrays of machine integers (4 bytes each below 2**31, see
    :func:`compare.tokens.offset_type`): 8 bytes a token where a list of tuples took
    about 120, which on a region of millions of tokens was most of the memory.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, length: int) -> None:
        """Spans of a text of ``length`` characters."""
        code = offset_type(length)
        self.starts = array(code)
        self.ends = array(code)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int) -> tuple[int, int]:
        return self.starts[k], self.ends[k]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)


@dataclass(frozen=True, slots=True)
class _Region:
    a0: int
    a1: int
    b0: int
    b1: int
    a_lines: _Spans  # (start, end) of each deleted line
    b_lines: _Spans
    #: lines whose keys matched one to one (only spacing/typography differs): never
    #: candidates for a move
    aligned: bool = False


class Differ:
    """Produces the hunks for one pair of texts."""

    def __init__(
        self,
        a: str,
        b: str,
        *,
        budget: int,
        detect_moves: bool = True,
        min_move_chars: int = 12,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.a, self.b = a, b
        self.budget = dmp.WorkBudget(budget, cancelled)
        self.detect_moves = detect_moves
        self.min_move_chars = min_move_chars
        self._progress = progress or (lambda _fraction: None)
        self._cancelled = cancelled or (lambda: False)

    # -- step 1: lines -----------------------------------------------------------------
    def _regions(self) -> list[_Region]:
        a_units, self._fragments_a = sentence_units(self.a, units(self.a))
        b_units, self._fragments_b = sentence_units(self.b, units(self.b))
        encoder = Encoder()
        blank = encoder.encode([""])
        pieces = anchored_diff(
            encoder.encode(map(line_key, texts(self.a, a_units))),
            encoder.encode(map(line_key, texts(self.b, b_units))),
            self.budget,
            blank=blank,
        )
        del encoder  # its table holds every distinct line key
        regions: list[_Region] = []
        ia = ib = 0  # unit indices: unit k spans a_units[k] .. a_units[k + 1]
        cur_a, cur_b = _Spans(len(self.a)), _Spans(len(self.b))
        start = (0, 0)

        def close(aligned: bool = False) -> None:
            nonlocal cur_a, cur_b
            if cur_a.starts or cur_b.starts:  # (the arrays: no Python __len__ per test)
                regions.append(
                    _Region(start[0], a_units[ia], start[1], b_units[ib], cur_a, cur_b, aligned)
                )
                cur_a, cur_b = _Spans(len(self.a)), _Spans(len(self.b))

        for piece in pieces:
            n = len(piece.text)
            if piece.kind is dmp.Kind.EQUAL and (cur_a.starts or cur_b.starts) and not piece.text.strip(blank):
                # only blank lines in common between two changes: they anchor nothing
                # (every text has them), so the change goes on across them; otherwise a
                # paragraph reworded in place would be cut from its new wording
                for _ in range(n):
                    cur_a.add(a_units[ia], a_units[ia + 1])
                    cur_b.add(b_units[ib], b_units[ib + 1])
                    ia += 1
                    ib += 1
            elif piece.kind is dmp.Kind.EQUAL:
                close()
                start = (a_units[ia], b_units[ib])
                # same key: equal unless the raw lines differ (spacing, quotes, dashes);
                # such lines become small regions of their own, already aligned
                for _ in range(n):
                    sa, ea, sb, eb = a_units[ia], a_units[ia + 1], b_units[ib], b_units[ib + 1]
                    if self.a[sa:ea] == self.b[sb:eb]:
                        close(aligned=True)
                        ia += 1
                        ib += 1
                        start = (ea, eb)
                    else:
                        cur_a.add(sa, ea)
                        cur_b.add(sb, eb)
                        ia += 1
                        ib += 1
                close(aligned=True)
                start = (a_units[ia], b_units[ib])
            elif piece.kind is dmp.Kind.DELETE:
                for _ in range(n):
                    cur_a.add(a_units[ia], a_units[ia + 1])
                    ia += 1
            else:
                for _ in range(n):
                    cur_b.add(b_units[ib], b_units[ib + 1])
                    ib += 1
        close()
        return regions

    # -- step 2: moves -----------------------------------------------------------------
    @functools.cached_property
    def _wrapped(self) -> tuple[bool, bool]:
        """Whether each text is short lines filled to one width (see :func:`_paragraph_like`)."""
        return filled_lines(self.a), filled_lines(self.b)

    def _moves(self, regions: list[_Region]) -> tuple[dict[tuple[int, int], int], dict]:
        """Pair deleted and inserted lines of different regions holding the same text."""
        moved_a: dict[tuple[int, int], int] = {}
        moved_b: dict[tuple[int, int], int] = {}
        if not self.detect_moves:
            return moved_a, moved_b
        # the keys the crossed-move pass computed (by span), each used once below
        keys_a: dict[tuple[int, int], str] = {}
        keys_b: dict[tuple[int, int], str] = {}
        move_id = self._crossed_moves(regions, moved_a, moved_b, keys_a, keys_b)
        max_moves = coarsen.change_limit(self.a, self.b) // 4
        # key -> region -> its deleted lines of that key, in text order (one deque per
        # region, so pairing each inserted line costs O(1), not a scan of every deleted
        # line with its key: 8,000 equal lines swapped with 8,000 others took seconds)
        deleted: dict[str, dict[int, deque[tuple[int, int]]]] = {}
        for r, region in enumerate(regions):
            if region.aligned:
                continue
            for span in region.a_lines:
                if span in self._fragments_a or span in moved_a:
                    continue  # a sentence of a long line: moves are whole paragraphs
                key = keys_a.pop(span, None)
                if key is None:
                    key = move_key(self.a[span[0] : span[1]])
                if len(key.replace(" ", "")) >= self.min_move_chars:
                    deleted.setdefault(key, {}).setdefault(r, deque()).append(span)
        if not deleted:
            return moved_a, moved_b
        inserted: list[tuple[int, tuple[int, int], str]] = []  # not matched exactly
        for r, region in enumerate(regions):
            if region.aligned:
                continue
            for span in region.b_lines:
                if span in self._fragments_b or span in moved_b:
                    continue
                key = keys_b.pop(span, None)
                if key is None:
                    key = move_key(self.b[span[0] : span[1]])
                candidates = deleted.get(key) or {}
                if r in candidates:
                    # the same text was deleted right here: it changed in place (say,
                    # its quotes), it did not move — even if it also stands elsewhere
                    _take(candidates, r)
                    continue
                # the first deleted line of that text in another region, in text order;
                # past the change limit no more pairs (moved halves are never gathered
                # into blocks, so 400,000 swapped lines would stay 800,000 changes)
                other_region = next(iter(candidates), None) if move_id < max_moves else None
                if other_region is not None:
                    a_span = _take(candidates, other_region)
                    moved_a[a_span] = move_id
                    moved_b[span] = move_id
                    move_id += 1
                else:
                    if len(key.replace(" ", "")) >= self.min_move_chars:
                        inserted.append((r, span, key))
        self._similar_moves(deleted, inserted, moved_a, moved_b, move_id)
        return moved_a, moved_b

    def _crossed_moves(
        self, regions: list[_Region], moved_a: dict, moved_b: dict, keys_a: dict, keys_b: dict
    ) -> int:
        """Paragraphs that swapped places inside one region; returns the next move id.

        Two neighbouring paragraphs that changed places, one of them also damaged or
        reworded, fall into one region (nothing between them stayed equal). Pairing
        each deleted paragraph with its same or similar inserted one, the pairs that
        keep their order (the longest increasing chain) changed in place; a pair that
        crosses them moved.
        """
        move_id = 0
        wrapped_a, wrapped_b = self._wrapped
        for region in regions:
            if region.aligned or len(region.a_lines) < 2 or len(region.b_lines) < 2:
                continue
            # at most SIMILAR_MOVE_MAX_PAIRS pairs, two candidates a side at least: a
            # region of 400,000 lines is not made into 400,000 candidates first
            dels = self._move_candidates(
                self.a, region.a_lines, self._fragments_a, wrapped_a, SIMILAR_MOVE_MAX_PAIRS // 2, keys_a
            )
            if dels is None or len(dels) < 2:
                continue
            ins = self._move_candidates(
                self.b, region.b_lines, self._fragments_b, wrapped_b, SIMILAR_MOVE_MAX_PAIRS // len(dels), keys_b
            )
            if ins is None or len(ins) < 2:
                continue
            pairs = [
                (i, j)
                for i, (_, key_a, words_a) in enumerate(dels)
                for j, (_, key_b, words_b) in enumerate(ins)
                if key_a == key_b or _similar(words_b, words_a)
            ]
            # sorted by i, and by j falling within one i, so one i never chains twice
            pairs.sort(key=lambda p: (p[0], -p[1]))
            in_place = _increasing(pairs)
            used_a = {i for i, _ in in_place}
            used_b = {j for _, j in in_place}
            for i, j in pairs:
                if i in used_a or j in used_b:
                    continue
                used_a.add(i)
                used_b.add(j)
                moved_a[dels[i][0]] = move_id
                moved_b[ins[j][0]] = move_id
                move_id += 1
        return move_id

    def _move_candidates(
        self, text: str, lines, fragments, wrapped: bool, most: int, keys: dict
    ) -> list | None:
        """(span, key, words) of a region's lines that could be a moved paragraph; None
        when there are more than ``most``. Each key computed goes in ``keys`` too (by
        span), for :meth:`_moves`, which needs it again."""
        out = []
        for span in lines:
            if span in fragments or not _paragraph_like(text, span, wrapped):
                continue
            key = keys[span] = move_key(text[span[0] : span[1]])
            if len(key.replace(" ", "")) >= self.min_move_chars:
                if len(out) == most:
                    return None
                out.append((span, key, set(key.split())))
        return out

    def _similar_moves(self, deleted: dict, inserted: list, moved_a, moved_b, move_id) -> None:
        """Second pass: a paragraph that moved *and* had a few words changed.

        A deleted and an inserted paragraph of different regions (so the text between
        them kept its place and they really changed position) whose word sets overlap
        by at least :data:`SIMILAR_MOVE` are paired as a move; the reason then says
        what was reworded. Only paragraph-like lines take part (see
        :func:`_paragraph_like`): a line of a hard-wrapped block shares many words with
        the paragraph it came from. Bounded: skipped when there are too many candidates.
        """
        wrapped_a, wrapped_b = self._wrapped
        left = [
            (r, span, key)
            for key, regions in deleted.items()
            for r, spans in regions.items()
            for span in spans
            if _paragraph_like(self.a, span, wrapped_a)
        ]
        inserted = [item for item in inserted if _paragraph_like(self.b, item[1], wrapped_b)]
        if not left or not inserted or len(left) * len(inserted) > SIMILAR_MOVE_MAX_PAIRS:
            return
        words_a = [(r, span, set(key.split())) for r, span, key in left]
        words_b = [(r, span, set(key.split())) for r, span, key in inserted]
        # a paragraph reworded in place has its new wording in its own region: it is an
        # edit, not a move, even when a similar paragraph changed elsewhere too (a text
        # that repeats itself, a recurring standfirst)
        in_place_a = {
            a_span
            for r, a_span, other in words_a
            for r2, _, words in words_b
            if r2 == r and _similar(words, other)
        }
        in_place_b = {
            b_span
            for r, b_span, words in words_b
            for r2, _, other in words_a
            if r2 == r and _similar(words, other)
        }
        taken: set[tuple[int, int]] = set(in_place_a)
        for r, span, words in words_b:
            if span in in_place_b:
                continue
            best, best_score = None, SIMILAR_MOVE
            for other_region, a_span, other in words_a:
                if other_region == r or a_span in taken:
                    continue
                if not 0.6 <= len(other) / max(1, len(words)) <= 1.6:
                    continue
                score = len(words & other) / len(words | other)
                if score >= best_score:
                    best, best_score = a_span, score
            if best is not None:
                taken.add(best)
                moved_a[best] = move_id
                moved_b[span] = move_id
                move_id += 1

    # -- step 3: words -----------------------------------------------------------------
    def _word_pieces(self, a0: int, a_text: str, b0: int, b_text: str) -> Iterator[_Piece]:
        """Pieces of one region: tokens aligned ignoring white space, then gaps compared.

        Yielded as they are found: a region of a million changed lines is never held
        as a million pieces (see :class:`compare.pieces.PieceStream`)."""
        encoder = Encoder()
        a_pos, a_codes = _word_tokens(a_text, encoder)
        b_pos, b_codes = _word_tokens(b_text, encoder)
        del encoder  # its table holds every distinct token
        if len(a_codes) + len(b_codes) < 2 * _ANCHOR_MIN_GAP:
            raw = dmp.diff(a_codes, b_codes, self.budget)
        else:  # a long region: anchor on words unique to both sides first
            raw = anchored_diff(a_codes, b_codes, self.budget)
        diffs = _cleanup_by_paragraph(raw, a_pos, b_pos, a_text, b_text)
        if _rewritten(diffs, a_text, b_text):
            yield from _gap_pieces(a0, a_text, 0, len(a_text), b0, b_text, 0, len(b_text))
            return
        ia = ib = 0  # token indices
        ea = eb = 0  # end of what is emitted, relative to the region
        a_starts, a_ends, b_starts, b_ends = a_pos.starts, a_pos.ends, b_pos.starts, b_pos.ends
        held: _Piece | None = None  # an equal piece the next equal run may still extend
        equal, delete = dmp.Kind.EQUAL, dmp.Kind.DELETE
        for piece in diffs:
            n = len(piece.text)
            if piece.kind is equal:
                # the first token starts an equal run: what lies before it is a gap
                sa, sb = a_starts[ia], b_starts[ib]
                end_a, end_b = a_ends[ia + n - 1], b_ends[ib + n - 1]
                if a_text[ea:sa] == b_text[eb:sb] and a_text[sa:end_a] == b_text[sb:end_b]:
                    # the common case: the gap before the run and the run are the same
                    # text; one equal piece, joined to the one held (what the merge does
                    # later, without a piece per token on the way)
                    if held is not None and held.a1 == a0 + ea and held.b1 == b0 + eb:
                        held.a1, held.b1 = a0 + end_a, b0 + end_b
                    else:
                        if held is not None:
                            yield held
                        held = _Piece(a0 + ea, a0 + end_a, b0 + eb, b0 + end_b, True)
                    ea, eb = end_a, end_b
                    ia += n
                    ib += n
                    continue
                if held is not None:
                    yield held
                    held = None
                yield from _gap_pieces(a0, a_text, ea, sa, b0, b_text, eb, sb)
                if a_text[sa:end_a] == b_text[sb:end_b]:
                    yield _Piece(a0 + sa, a0 + end_a, b0 + sb, b0 + end_b, True)
                else:  # the same tokens, different spacing between some of them:
                    # one equal piece per stretch whose spacing agrees, a gap piece
                    # where it differs (not two pieces per token: a million-line text
                    # with every line break changed would hold millions of them)
                    # (a token that only shares its code, see Encoder, is a change)
                    run_a, run_b = prev_a, prev_b = sa, sb
                    for k in range(n):
                        # (the span arrays indexed directly: no _Spans.__getitem__ call)
                        sta, eta = a_starts[ia + k], a_ends[ia + k]
                        stb, etb = b_starts[ib + k], b_ends[ib + k]
                        same_token = a_text[sta:eta] == b_text[stb:etb]
                        if not same_token or a_text[prev_a:sta] != b_text[prev_b:stb]:
                            yield _Piece(a0 + run_a, a0 + prev_a, b0 + run_b, b0 + prev_b, True)
                            run_a, run_b = (sta, stb) if same_token else (eta, etb)
                            yield from _gap_pieces(a0, a_text, prev_a, run_a, b0, b_text, prev_b, run_b)
                        prev_a, prev_b = eta, etb
                    yield _Piece(a0 + run_a, a0 + end_a, b0 + run_b, b0 + end_b, True)
                ea, eb = end_a, end_b
                ia += n
                ib += n
            elif piece.kind is delete:
                ia += n
            else:
                ib += n
        if held is not None:
            yield held
        yield from _gap_pieces(a0, a_text, ea, len(a_text), b0, b_text, eb, len(b_text))

    def _region_pieces(self, region: _Region, moved_a: dict, moved_b: dict) -> Iterable[_Piece]:
        cut_a = _cuts(self.a, region.a_lines, moved_a)
        cut_b = _cuts(self.b, region.b_lines, moved_b)
        if not cut_a and not cut_b:
            return self._word_pieces(
                region.a0, self.a[region.a0 : region.a1], region.b0, self.b[region.b0 : region.b1]
            )
        # diff what is left once the moved lines are cut out ("virtual" offsets), then
        # put the moved lines back in as their own pieces, splitting pieces around them
        a_rest, a_map = _excise(self.a, region.a0, region.a1, cut_a)
        b_rest, b_map = _excise(self.b, region.b0, region.b1, cut_b)
        virtual = self._word_pieces(0, a_rest, 0, b_rest)
        return _reinsert(virtual, a_map, b_map, region.a0, region.b0)

    # -- the whole ---------------------------------------------------------------------
    def hunks(self) -> list[Hunk]:
        regions = self._regions()
        moved_a, moved_b = self._moves(regions)
        # merged, and gathered into blocks past the change limit, as they come: the
        # passes below (slide, widen, snap ...) and the hunks then work on a few
        # hundred blocks instead of hundreds of thousands of pieces
        stream = PieceStream(coarsen.change_limit(self.a, self.b), max(len(self.a), len(self.b)))
        total = max(1, sum(r.a1 - r.a0 + r.b1 - r.b0 for r in regions))
        done = 0
        pa = pb = 0  # end of the previous region: the text up to the next one is equal
        for region in regions:
            if self._cancelled():
                raise Cancelled("comparison cancelled")
            stream.add(_Piece(pa, region.a0, pb, region.b0, True))
            stream.extend(self._region_pieces(region, moved_a, moved_b))
            pa, pb = region.a1, region.b1
            done += region.a1 - region.a0 + region.b1 - region.b0
            self._progress(done / total)
        stream.add(_Piece(pa, len(self.a), pb, len(self.b), True))
        pieces = stream.finish()
        #: each block made (see :meth:`_held`): its hunk says how many changes it holds
        self._blocks = stream.blocks
        aligned = _merge(_widen(_slide(_merge(pieces), self.a, self.b), self.a, self.b))
        aligned = _merge(_trim_common_space(aligned, self.a, self.b))
        aligned = _merge(_gather_rewraps(_merge(_snap(aligned, self.a, self.b)), self.a, self.b))
        return self._finish(_tidy_separators([p for p in aligned if not p.equal], self.a, self.b))

    def _held(self, p: _Piece) -> tuple[int, int]:
        """How many changes the block that became ``p`` holds, and how many characters
        they spanned ((0, 0): not a block)."""
        blocks = self._blocks
        k = bisect.bisect_right(blocks, (p.a1, len(self.a) + 1)) - 1
        for a0, a1, b0, b1, held, changed in blocks[max(0, k - 1) : k + 1]:
            if a0 <= p.a1 and a1 >= p.a0 and b0 <= p.b1 and b1 >= p.b0:
                return held, changed
        return 0, 0

    def _finish(self, changes: list[_Piece]) -> list[Hunk]:
        index_of_move: dict[int, list[int]] = {}
        for i, piece in enumerate(changes):
            if piece.moved is not None:
                index_of_move.setdefault(piece.moved, []).append(i)
        hunks = []
        for i, p in enumerate(changes):
            moved_to = None
            if p.moved is not None:
                ends = index_of_move[p.moved]
                moved_to = ends[1] if ends[0] == i else ends[0]
            held, changed = self._held(p) if self._blocks and moved_to is None else (0, 0)
            details = p.parts
            if not details and not held and moved_to is None and p.a1 > p.a0 and p.b1 > p.b0:
                details = self._details(p)
            hunks.append(Hunk(p.a0, p.a1, p.b0, p.b1, moved_to, details, held, changed))
        return hunks

    # -- step 4: characters --------------------------------------------------------------
    def _details(self, p: _Piece) -> tuple[tuple[int, int, int, int], ...]:
        return char_details(self.a, self.b, p.a0, p.a1, p.b0, p.b1)


def char_details(
    a: str, b: str, a0: int, a1: int, b0: int, b1: int
) -> tuple[tuple[int, int, int, int], ...]:
    """The (a0, a1, b0, b1) grapheme ranges that really differ inside a short change."""
    if a1 - a0 > DETAIL_MAX_CHARS or b1 - b0 > DETAIL_MAX_CHARS or a1 == a0 or b1 == b0:
        return ()
    a_g, b_g = graphemes(a[a0:a1]), graphemes(b[b0:b1])
    # the common head and tail graphemes are equal: most word changes differ in
    # one short middle, which needs no diff at all
    head = 0
    while head < min(len(a_g), len(b_g)) and a_g[head] == b_g[head]:
        head += 1
    tail = 0
    while tail < min(len(a_g), len(b_g)) - head and a_g[-1 - tail] == b_g[-1 - tail]:
        tail += 1
    pa = a0 + sum(map(len, a_g[:head]))
    pb = b0 + sum(map(len, b_g[:head]))
    a_g, b_g = a_g[head : len(a_g) - tail], b_g[head : len(b_g) - tail]
    la, lb = sum(map(len, a_g)), sum(map(len, b_g))
    whole = ((pa, pa + la, pb, pb + lb),) if la or lb else ()
    if len(a_g) <= DETAIL_SIMPLE or len(b_g) <= DETAIL_SIMPLE:
        return whole
    encoder = Encoder()
    diffs = dmp.diff(encoder.encode(a_g), encoder.encode(b_g), dmp.WorkBudget(2_000))
    if len(a_g) > DETAIL_DIFF_MAX or len(b_g) > DETAIL_DIFF_MAX:
        # a long middle is one detail unless most of it is the same graphemes (quotes
        # changed around a phrase, say): letter-level pieces of a rewording are noise
        same = sum(len(p.text) for p in diffs if p.kind is dmp.Kind.EQUAL)
        if same < DETAIL_SAME_SHARE * max(len(a_g), len(b_g)):
            return whole
    out: list[tuple[int, int, int, int]] = []
    ga = gb = 0
    for piece in diffs:
        n = len(piece.text)
        la = sum(map(len, a_g[ga : ga + n])) if piece.kind is not dmp.Kind.INSERT else 0
        lb = sum(map(len, b_g[gb : gb + n])) if piece.kind is not dmp.Kind.DELETE else 0
        if piece.kind is not dmp.Kind.EQUAL:
            if out and out[-1][1] == pa and out[-1][3] == pb:
                last = out.pop()
                out.append((last[0], pa + la, last[2], pb + lb))
            else:
                out.append((pa, pa + la, pb, pb + lb))
        if piece.kind is not dmp.Kind.INSERT:
            ga += n
        if piece.kind is not dmp.Kind.DELETE:
            gb += n
        pa += la
        pb += lb
    return tuple(out)



#: a change is broken into word-level sub-changes only up to this size (both sides)
WORD_CHANGES_MAX_CHARS = 2000


def word_changes(
    a: str, b: str, a0: int, a1: int, b0: int, b1: int
) -> list[tuple[int, int, int, int]]:
    """The word-level sub-changes of the change ``a[a0:a1]`` -> ``b[b0:b1]``.

    The word diff cleans up semantically and joins changes separated only by
    spaces, so a change can hold several differences with unchanged words between
    them (mojibake in one word, a new name in the next). Here the two sides are
    diffed again token by token, without clean-up; each differing run is widened to
    whole words (never across white space, nor across a letter of a script written
    without spaces) and runs that then touch are joined. Between two sub-changes
    there is always an equal run. Absolute (a0, a1, b0, b1) ranges, in order; the
    whole change when it is too long (or an insertion or deletion), none when
    the two sides are the same.
    """
    whole = [(a0, a1, b0, b1)]
    if a1 - a0 + b1 - b0 > WORD_CHANGES_MAX_CHARS or a0 == a1 or b0 == b1:
        return whole
    ta, tb = tokenize(a[a0:a1]), tokenize(b[b0:b1])
    encoder = Encoder()
    diffs = dmp.diff(encoder.encode(ta), encoder.encode(tb), dmp.WorkBudget(20_000))
    runs: list[list[int]] = []  # [a0, a1, b0, b1], relative
    ia = ib = 0  # token indices
    pa = pb = 0  # char offsets
    for piece in diffs:
        n = len(piece.text)
        if piece.kind is dmp.Kind.EQUAL:
            pa += sum(map(len, ta[ia : ia + n]))
            pb += sum(map(len, tb[ib : ib + n]))
            ia += n
            ib += n
            continue
        la = sum(map(len, ta[ia : ia + n])) if piece.kind is dmp.Kind.DELETE else 0
        lb = sum(map(len, tb[ib : ib + n])) if piece.kind is dmp.Kind.INSERT else 0
        if runs and runs[-1][1] == pa and runs[-1][3] == pb:
            runs[-1][1] += la
            runs[-1][3] += lb
        else:
            runs.append([pa, pa + la, pb, pb + lb])
        pa += la
        pb += lb
        if piece.kind is dmp.Kind.DELETE:
            ia += n
        else:
            ib += n
    if not runs:
        return []  # the same tokens: nothing differs
    old = a[a0:a1]
    out: list[list[int]] = []
    for k, run in enumerate(runs):
        # grow to whole words through the equal text around (same on both sides)
        left = out[-1][1] if out else 0
        right = runs[k + 1][0] if k + 1 < len(runs) else len(old)
        while run[0] > left and _is_word_char(old[run[0] - 1]) and _in_word(
            a[a0 + run[0]] if run[1] > run[0] else "", b[b0 + run[2]] if run[3] > run[2] else ""
        ):
            run[0] -= 1
            run[2] -= 1
        if out and run[0] == out[-1][1]:
            out[-1][1], out[-1][3] = run[1], run[3]
        else:
            out.append(run)
        last = out[-1]
        while last[1] < right and _is_word_char(old[last[1]]) and _in_word(
            a[a0 + last[1] - 1] if last[1] > last[0] else "",
            b[b0 + last[3] - 1] if last[3] > last[2] else "",
        ):
            last[1] += 1
            last[3] += 1
    # the equal text after a run may have been eaten up to the next run: join them
    joined: list[list[int]] = []
    for run in out:
        if joined and run[0] <= joined[-1][1]:
            joined[-1][1], joined[-1][3] = max(joined[-1][1], run[1]), max(joined[-1][3], run[3])
        else:
            joined.append(run)
    return [(a0 + r[0], a0 + r[1], b0 + r[2], b0 + r[3]) for r in joined]


#: share of words (Jaccard) a moved paragraph must keep to be found despite rewording
SIMILAR_MOVE = 0.6
#: give up the reworded-move search beyond this many (deleted × inserted) pairs
SIMILAR_MOVE_MAX_PAIRS = 40_000

#: gaps between anchors shorter than this (units, both sides) go straight to dmp
_ANCHOR_MIN_GAP = 64
#: how deep gaps are anchored again
_ANCHOR_MAX_DEPTH = 6


def _take(candidates: dict[int, deque[tuple[int, int]]], region: int) -> tuple[int, int]:
    """The first deleted line of ``region`` among ``candidates``, taken out of them."""
    spans = candidates[region]
    span = spans.popleft()
    if not spans:
        del candidates[region]
    return span


def _similar(words: set[str], other: set[str]) -> bool:
    """Two paragraphs' word sets overlap enough to be one paragraph reworded."""
    if not 0.6 <= len(other) / max(1, len(words)) <= 1.6:
        return False
    return len(words & other) / len(words | other) >= SIMILAR_MOVE


def anchored_diff(
    a: str, b: str, budget: dmp.WorkBudget, *, blank: str = "", depth: int = 0
) -> list[dmp.Piece]:
    """Diff two unit strings, anchored on units that occur as often on each side.

    Patience-diff style: units unique to both sides (a news paragraph usually is), or
    repeated equally often on both (paired occurrence by occurrence), that keep
    their order are matched first (longest increasing subsequence), and
    dmp diffs only the gaps between them. On long texts with many changes this
    keeps the paragraph pass near-linear where plain Myers is quadratic; on short
    ones it changes nothing. ``blank`` (an empty line's code) never anchors. Gaps
    between anchors are anchored again on what is unique *within* them (paragraphs
    repeated across the document are often unique locally).
    """
    if len(a) + len(b) < 2 * _ANCHOR_MIN_GAP or depth > _ANCHOR_MAX_DEPTH:
        return dmp.diff(a, b, budget)
    count_a, count_b = Counter(a), Counter(b)
    # units that occur equally often on both sides: the k-th occurrence in ``a`` is
    # paired with the k-th in ``b``. Unique units are the k = 1 case; the rest keep a
    # text that repeats itself (the same article pasted twice, a recurring byline)
    # anchored, where unique units alone would leave one giant gap for dmp.
    # (the items both counts share: a set intersection in C)
    paired = {c for c, _ in count_a.items() & count_b.items()}
    paired.discard(blank)
    where_b: dict[str, list[int]] = {c: [] for c in paired}
    for j, c in enumerate(b):
        if c in paired:
            where_b[c].append(j)
    # the k-th occurrence in ``a`` takes the k-th place in ``b``
    places = {c: iter(js) for c, js in where_b.items()}
    pairs = [(i, next(places[c])) for i, c in enumerate(a) if c in paired]
    anchors = _increasing(pairs)
    if not anchors:
        return dmp.diff(a, b, budget)
    out: list[dmp.Piece] = []
    append, piece, equal = out.append, dmp.Piece, dmp.Kind.EQUAL  # once, not per anchor
    pa = pb = 0
    for i, j in anchors:
        if i > pa or j > pb:
            out.extend(anchored_diff(a[pa:i], b[pb:j], budget, blank=blank, depth=depth + 1))
        append(piece(equal, a[i]))
        pa, pb = i + 1, j + 1
    if len(a) > pa or len(b) > pb:
        out.extend(anchored_diff(a[pa:], b[pb:], budget, blank=blank, depth=depth + 1))
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first) whose seconds increase."""
    seconds = list(map(operator.itemgetter(1), pairs))
    if all(map(operator.lt, seconds, itertools.islice(seconds, 1, None))):
        # already increasing (841 of the change-dense pair's 847 calls): all of them,
        # which is what the search below would find, checked in C
        return list(pairs)
    tails: list[int] = []  # smallest second ending an increasing run of each length
    tail_at: list[int] = []  # index into pairs of that end
    back: list[int] = [-1] * len(pairs)
    bisect_left = bisect.bisect_left
    for k, (_, j) in enumerate(pairs):
        n = bisect_left(tails, j)
        if n == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[n] = j
            tail_at[n] = k
        back[k] = tail_at[n - 1] if n else -1
    out = []
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        out.append(pairs[k])
        k = back[k]
    return out[::-1]


#: a region whose paragraphs share less than this share of their words is reported as
#: one replacement: word-by-word highlights of a rewritten paragraph are only noise
REWRITTEN_BELOW = 0.3
#: ... but only paragraphs of at least this many words on each side
REWRITTEN_MIN_WORDS = 8


#: a run of white space from a line break holding another line break: a blank line
#: (``\s`` is what ``str.isspace`` says; the run is the first line break of its white
#: space and all the white space after it)
_BLANK_RUN = re.compile(r"\n\s*?\n\s*")


def _breaks(pos: _Spans, text: str) -> set[int]:
    """Indices ``k`` of the tokens followed by a blank line (a paragraph break)."""
    out: set[int] = set()
    starts = pos.starts
    for m in _BLANK_RUN.finditer(text):
        at, end = m.span()
        # the last token starting at or before `at`
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and (k + 1 >= len(starts) or starts[k + 1] >= end):
            out.add(k)
    return out


def _cleanup_by_paragraph(
    raw: list[dmp.Piece],
    a_pos: _Spans,
    b_pos: _Spans,
    a_text: str,
    b_text: str,
) -> list[dmp.Piece]:
    """dmp's semantic clean-up, never across a paragraph break the two sides share.

    The clean-up turns short equal runs between two changes into change, which is
    right inside a sentence and wrong across paragraphs: two unrelated hyphenations
    on either side of a blank line became one change. The token diff is cut where an
    equal run crosses a blank line on both sides, and each part cleaned up alone.
    """
    breaks_a, breaks_b = _breaks(a_pos, a_text), _breaks(b_pos, b_text)
    if not breaks_a or not breaks_b:
        return dmp.cleanup_semantic(raw)
    out: list[dmp.Piece] = []
    segment: list[dmp.Piece] = []
    ia = ib = 0
    # the original's breaks in token order: a run visits only the breaks inside it; runs
    # come in token order, so one pointer walks the breaks (a run without a break, most
    # of them, costs one comparison)
    ordered_a = sorted(breaks_a)
    ordered_a.append(len(a_pos) + 1)  # a sentinel past every run
    nxt = 0  # the first break not behind the runs seen
    equal, delete = dmp.Kind.EQUAL, dmp.Kind.DELETE
    for piece in raw:
        n = len(piece.text)
        if piece.kind is equal:
            # the breaks k with ia - 1 <= k < ia + n - 1: a break between token j-1 and
            # j of this run (j = 0: before the run), j < n
            while ordered_a[nxt] < ia - 1:
                nxt += 1
            if ordered_a[nxt] >= ia + n - 1:
                segment.append(piece)
                ia += n
                ib += n
                continue
            start = 0
            while ordered_a[nxt] < ia + n - 1:
                k = ordered_a[nxt]
                nxt += 1
                j = k - ia + 1
                if (ib + j - 1) in breaks_b:
                    if j > start:
                        segment.append(dmp.Piece(piece.kind, piece.text[start:j]))
                    if segment:
                        out.extend(dmp.cleanup_semantic(segment))
                    segment = []
                    start = j
            if start == 0:
                segment.append(piece)
            elif n > start:
                segment.append(dmp.Piece(piece.kind, piece.text[start:]))
            ia += n
            ib += n
        else:
            segment.append(piece)
            if piece.kind is delete:
                ia += n
            else:
                ib += n
    if segment:
        out.extend(dmp.cleanup_semantic(segment))
    return out


def _word_tokens(text: str, encoder: Encoder) -> tuple[_Spans, str]:
    """(start, end) of every token of ``text`` that is not white space, and the tokens'
    codes from ``encoder`` (the tokens themselves are not kept)."""
    pos = _Spans(len(text))
    fast = word_codes(text, encoder)
    if fast is not None:  # fast path: one grapheme per code point
        pos.starts, pos.ends, codes = fast
        return pos, codes
    at = 0
    for token in tokenize(text):
        end = at + len(token)
        if not is_space(token):
            pos.add(at, end)
        at = end
    return pos, encoder.encode(map(text.__getitem__, map(slice, pos.starts, pos.ends)))


def _rewritten(diffs: list[dmp.Piece], a_text: str, b_text: str) -> bool:
    """Whether one paragraph (per side) was reworded beyond word-by-word sense."""
    if "\n" in a_text.strip() or "\n" in b_text.strip():
        return False
    counts = dict.fromkeys(dmp.Kind, 0)  # tokens of each kind, in one pass
    for p in diffs:
        counts[p.kind] += len(p.text)
    same = counts[dmp.Kind.EQUAL]
    a_n = same + counts[dmp.Kind.DELETE]
    b_n = same + counts[dmp.Kind.INSERT]
    if min(a_n, b_n) < REWRITTEN_MIN_WORDS:
        return False
    return 2 * same / (a_n + b_n) < REWRITTEN_BELOW


def _gap_pieces(
    a0: int, a_text: str, sa: int, ea: int, b0: int, b_text: str, sb: int, eb: int
) -> list[_Piece]:
    """Pieces for ``a_text[sa:ea]`` vs ``b_text[sb:eb]`` (no aligned token inside).

    Equal text is equal; white space against white space is one change (a re-wrap,
    a double space); otherwise the tokens the two sides share at either end are
    trimmed off as equal, so a deletion does not swallow the spaces around it.
    """
    ga, gb = a_text[sa:ea], b_text[sb:eb]
    if ga == gb:
        return [_Piece(a0 + sa, a0 + ea, b0 + sb, b0 + eb, True)] if ga else []
    if ga.isspace() and gb.isspace():
        return [_Piece(a0 + sa, a0 + ea, b0 + sb, b0 + eb, False, space=True)]
    if not ga or not gb:
        return [_Piece(a0 + sa, a0 + ea, b0 + sb, b0 + eb, False)]
    ta, tb = tokenize(ga), tokenize(gb)
    head = 0
    while head < min(len(ta), len(tb)) and ta[head] == tb[head]:
        head += 1
    tail = 0
    while tail < min(len(ta), len(tb)) - head and ta[-1 - tail] == tb[-1 - tail]:
        tail += 1
    hl = sum(map(len, ta[:head]))
    tl = sum(map(len, ta[len(ta) - tail :]))
    mid_a, mid_b = ta[head : len(ta) - tail], tb[head : len(tb) - tail]
    # white space at either end of the middle that differs on both sides is a change
    # of its own (a line break moved by re-wrapping next to a word edit), kept apart
    # so the word edit is not blamed for it
    lead = (
        (len(mid_a[0]), len(mid_b[0]))
        if len(mid_a) > 1 and len(mid_b) > 1 and is_space(mid_a[0]) and is_space(mid_b[0])
        else (0, 0)
    )
    trail = (
        (len(mid_a[-1]), len(mid_b[-1]))
        if len(mid_a) > 1 and len(mid_b) > 1 and is_space(mid_a[-1]) and is_space(mid_b[-1])
        else (0, 0)
    )
    if lead[0] + trail[0] >= ea - sa - hl - tl or lead[1] + trail[1] >= eb - sb - hl - tl:
        lead = trail = (0, 0)
    out = []
    if hl:
        out.append(_Piece(a0 + sa, a0 + sa + hl, b0 + sb, b0 + sb + hl, True))
    pa, pb = a0 + sa + hl, b0 + sb + hl
    qa, qb = a0 + ea - tl, b0 + eb - tl
    if lead[0]:
        out.append(_Piece(pa, pa + lead[0], pb, pb + lead[1], False, space=True))
    out.append(_Piece(pa + lead[0], qa - trail[0], pb + lead[1], qb - trail[1], False))
    if trail[0]:
        out.append(_Piece(qa - trail[0], qa, qb - trail[1], qb, False, space=True))
    if tl:
        out.append(_Piece(a0 + ea - tl, a0 + ea, b0 + eb - tl, b0 + eb, True))
    return out


def _cuts(text: str, lines: tuple[tuple[int, int], ...], moved: dict) -> list:
    """``(start, end, move)`` of each moved line, with the blank lines that go with it.

    A moved paragraph takes the blank lines after it (or, at the end of its region,
    those before it), so a swap of two paragraphs is one moved pair and no stray
    blank-line insertions.
    """
    cuts: list[list] = []
    taken: set[int] = set()
    for k, (s, e) in enumerate(lines):
        if (s, e) not in moved:
            continue
        cut = [s, e, moved[(s, e)]]
        j = k + 1
        while j < len(lines) and lines[j][0] == cut[1] and _blank(text, lines[j]):
            if (lines[j]) in moved:
                break
            cut[1] = lines[j][1]
            taken.add(j)
            j += 1
        if j == k + 1:
            i = k - 1
            while (
                i >= 0 and i not in taken and lines[i][1] == cut[0] and _blank(text, lines[i])
            ):
                if lines[i] in moved:
                    break
                cut[0] = lines[i][0]
                taken.add(i)
                i -= 1
        cuts.append(cut)
    return [tuple(c) for c in cuts]


def _blank(text: str, span: tuple[int, int]) -> bool:
    return not text[span[0] : span[1]].strip()


def _excise(text: str, start: int, end: int, cuts: list[tuple[int, int, int]]):
    """Text of ``[start, end)`` without the cut lines, and where each cut sat."""
    parts, where = [], []
    pos, virtual = start, 0
    for s, e, move in cuts:
        parts.append(text[pos:s])
        virtual += s - pos
        where.append((virtual, s, e, move))
        pos = e
    parts.append(text[pos:end])
    return "".join(parts), where


def _reinsert(virtual: Iterable[_Piece], a_cuts, b_cuts, a_base: int, b_base: int) -> list[_Piece]:
    """Map pieces in cut-out coordinates back to real ones, moved lines in between."""
    out: list[_Piece] = []
    ia = ib = 0
    shift_a, shift_b = a_base, b_base  # real = virtual + shift
    queue = list(virtual)
    qi = 0
    va = vb = 0  # virtual positions reached

    def emit_cuts() -> None:
        nonlocal ia, ib, shift_a, shift_b
        progressed = True
        while progressed:
            progressed = False
            if ia < len(a_cuts) and a_cuts[ia][0] <= va:
                _, s, e, move = a_cuts[ia]
                out.append(_Piece(s, e, vb + shift_b, vb + shift_b, False, move))
                shift_a += e - s
                ia += 1
                progressed = True
            if ib < len(b_cuts) and b_cuts[ib][0] <= vb:
                _, s, e, move = b_cuts[ib]
                out.append(_Piece(va + shift_a, va + shift_a, s, e, False, move))
                shift_b += e - s
                ib += 1
                progressed = True

    while qi < len(queue):
        emit_cuts()
        p = queue[qi]
        next_a = a_cuts[ia][0] if ia < len(a_cuts) else None
        next_b = b_cuts[ib][0] if ib < len(b_cuts) else None
        split_a = next_a is not None and p.a0 < next_a < p.a1
        split_b = next_b is not None and p.b0 < next_b < p.b1
        if split_a or split_b:
            if p.equal:
                # split both sides at the same distance into the equal run
                k = min(
                    next_a - p.a0 if split_a else p.a1 - p.a0,
                    next_b - p.b0 if split_b else p.b1 - p.b0,
                )
                first = _Piece(p.a0, p.a0 + k, p.b0, p.b0 + k, True)
                rest = _Piece(p.a0 + k, p.a1, p.b0 + k, p.b1, True)
            else:
                # a change may be cut anywhere: cut it at the cut(s) inside it, on both
                # sides at once, so every moved line comes out in text order
                mid_a = next_a if split_a else p.a1
                mid_b = next_b if split_b else p.b1
                first = _Piece(p.a0, mid_a, p.b0, mid_b, False)
                rest = _Piece(mid_a, p.a1, mid_b, p.b1, False)
            queue[qi] = rest
            p = first
        else:
            qi += 1
        out.append(_Piece(p.a0 + shift_a, p.a1 + shift_a, p.b0 + shift_b, p.b1 + shift_b, p.equal))
        va, vb = p.a1, p.b1
    emit_cuts()
    # anything still queued sits at the very end
    while ia < len(a_cuts) or ib < len(b_cuts):
        va = max(va, a_cuts[ia][0]) if ia < len(a_cuts) else va
        vb = max(vb, b_cuts[ib][0]) if ib < len(b_cuts) else vb
        emit_cuts()
    return out


#: how far (characters) an insertion or deletion may be slid along its equal neighbours
SLIDE_MAX = 400


def _edge_score(text: str, pos: int) -> int:
    """How good a place ``pos`` is for a change to begin or end (higher is better).

    After diff-match-patch's semantic lossless clean-up: the text's ends, then a blank
    line (a paragraph break), a line break, a sentence end, white space, other
    punctuation; the middle of a word scores nothing.
    """
    if pos <= 0 or pos >= len(text):
        return 5  # as good as a paragraph break, not better: "\n\nP" at the end
    one, two = text[pos - 1], text[pos]
    if one == "\n" and pos >= 2 and text[pos - 2] == "\n":
        return 5
    if two == "\n" and pos + 1 < len(text) and text[pos + 1] == "\n":
        return 5
    if one == "\n" or two == "\n":
        return 4
    if one.isspace() and pos >= 2 and text[pos - 2] in ".!?":
        return 3
    if one.isspace() or two.isspace():
        return 2
    if not one.isalnum() or not two.isalnum():
        return 1
    return 0


def _breaks_at(text: str, pos: int, step: int) -> int:
    """Line breaks in the white space run starting at ``pos`` (step 1) or ending there (-1)."""
    count = 0
    i = pos if step == 1 else pos - 1
    while 0 <= i < len(text) and text[i].isspace():
        count += text[i] == "\n"
        i += step
    return count


def _slide(pieces: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Slide each pure insertion or deletion to its most natural place.

    An insertion between two equal runs can often sit at several places: inserting
    "P\n\n" after "X\n\n" is also inserting "\n\nP" after "X", and a dropped sentence
    may be aligned from its opening quote to the next sentence's opening quote. The
    diff picks one arbitrarily; here each run of pure insertions (or deletions) that
    follow one another is moved as a block (its text rotating through the equal text
    around it, so both texts stay covered, the cuts between its pieces moving along)
    to where its ends and cuts score best (:func:`_edge_score`). On a tie a piece
    begins with its content ("P\n\n", not "\nP\n"). Moved halves slide too:
    their partner is unaffected.
    """
    out = list(pieces)
    # empty equal runs at the ends, so a change at the very start or end can slide too
    if out and not out[0].equal:
        out.insert(0, _Piece(0, 0, 0, 0, True))
    if out and not out[-1].equal:
        out.append(_Piece(len(a), len(a), len(b), len(b), True))
    n = len(out)
    i = 1
    while i < n - 1:
        if out[i].equal or not out[i - 1].equal:
            i += 1
            continue
        insert = out[i].a0 == out[i].a1
        if insert == (out[i].b0 == out[i].b1):
            i += 1
            continue
        j = i
        while j + 1 < n and not out[j + 1].equal and _pure_after(out[j], out[j + 1], insert):
            j += 1
        if j + 1 < n and out[j + 1].equal:
            _slide_block(out[i - 1], out[i : j + 1], out[j + 1], a, b, insert)
        i = j + 1
    return out


def _pure_after(p: _Piece, q: _Piece, insert: bool) -> bool:
    """Whether ``q`` is a pure insertion (deletion) right after the one ``p``."""
    if insert:
        return q.a0 == q.a1 == p.a1 and q.b0 == p.b1
    return q.b0 == q.b1 == p.b1 and q.a0 == p.a1


def _slide_block(
    before: _Piece, block: list[_Piece], after: _Piece, a: str, b: str, insert: bool
) -> None:
    text, other = (b, a) if insert else (a, b)
    s0 = block[0].b0 if insert else block[0].a0
    s1 = block[-1].b1 if insert else block[-1].a1
    o0 = block[0].a0 if insert else block[0].b0
    cuts = [(q.b1 if insert else q.a1) for q in block[:-1]]
    left = 0
    limit = min(before.a1 - before.a0, SLIDE_MAX)
    while left < limit and text[s0 - 1 - left] == text[s1 - 1 - left]:
        left += 1
    right = 0
    limit = min(after.a1 - after.a0, SLIDE_MAX)
    while right < limit and s1 + right < len(text) and text[s1 + right] == text[s0 + right]:
        right += 1
    if not left and not right:
        return
    best, best_score = 0, None
    for k in range(-left, right + 1):
        edges = [s0 + k, *(c + k for c in cuts), s1 + k]
        if not all(is_boundary(text, e) for e in edges) or not is_boundary(other, o0 + k):
            continue
        score = 2 * sum(_edge_score(text, e) for e in edges)
        # tie-breaks: pieces begin with their content ("P\n\n", not "\nP\n"; "on ", not
        # " on"), and hold whole separators, not half of one ("\n\nP", not "\nP\n")
        score += sum(1 for e in edges[:-1] if e < len(text) and not text[e].isspace())
        score += sum(
            (_breaks_at(text, e, 1) != 1) + (_breaks_at(text, f, -1) != 1)
            for e, f in itertools.pairwise(edges)
        )
        if best_score is None or score > best_score:
            best, best_score = k, score
    if not best:
        return
    for q in block:
        q.a0 += best
        q.a1 += best
        q.b0 += best
        q.b1 += best
    before.a1 += best
    before.b1 += best
    after.a0 += best
    after.b0 += best


def _tidy_separators(changes: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Give a stray blank-line insertion/deletion to the paragraph change it belongs to.

    A moved paragraph takes the separator after it; when the paragraph after it was
    deleted too (the original's last one), the separator before the moved one was
    left alone and reported as "two paragraphs joined". In a run of pure deletions
    (or insertions) that touch, white space ``W`` before a piece ending in ``W`` is
    rotated into it, its trailing ``W`` going to the next (non-moved) piece; white
    space touching a non-moved paragraph change is joined to it.
    """
    out = list(changes)
    i = 0
    while i < len(out):
        w = out[i]
        side = _pure_side(w)
        if side is None or w.moved is not None or not _text(w, side, a, b).isspace():
            i += 1
            continue
        ws = _text(w, side, a, b)
        nxt = out[i + 1] if i + 1 < len(out) and _touches(w, out[i + 1], side) else None
        after = (
            out[i + 2] if nxt is not None and i + 2 < len(out) and _touches(nxt, out[i + 2], side) else None
        )
        if (
            nxt is not None
            and after is not None
            and after.moved is None
            and _text(nxt, side, a, b).endswith(ws)
            and not _text(after, side, a, b).isspace()
        ):
            k = len(ws)
            out[i + 1] = _shifted(nxt, side, -k)
            out[i + 2] = _grown(after, side, -k)
            del out[i]
            continue
        if nxt is not None and nxt.moved is None and not _text(nxt, side, a, b).isspace():
            out[i + 1] = _grown(nxt, side, -len(ws))
            del out[i]
            continue
        prev = out[i - 1] if i and _touches(out[i - 1], w, side) else None
        if prev is not None and prev.moved is None and not _text(prev, side, a, b).isspace():
            out[i - 1] = _grown(prev, side, len(ws), at_end=True)
            del out[i]
            continue
        i += 1
    return out


def _pure_side(p: _Piece) -> str | None:
    if p.a0 == p.a1 and p.b1 > p.b0:
        return "b"
    if p.b0 == p.b1 and p.a1 > p.a0:
        return "a"
    return None


def _text(p: _Piece, side: str, a: str, b: str) -> str:
    return a[p.a0 : p.a1] if side == "a" else b[p.b0 : p.b1]


def _touches(p: _Piece, q: _Piece, side: str) -> bool:
    """``q`` is a pure change on the same side that starts where ``p`` ends."""
    if _pure_side(q) != side:
        return False
    return (q.a0 == p.a1 and q.b0 == p.b1) if side == "a" else (q.b0 == p.b1 and q.a0 == p.a1)


def _shifted(p: _Piece, side: str, k: int) -> _Piece:
    """``p`` moved by ``k`` characters on its side (its text rotates)."""
    if side == "a":
        return _Piece(p.a0 + k, p.a1 + k, p.b0, p.b1, p.equal, p.moved, (), p.space)
    return _Piece(p.a0, p.a1, p.b0 + k, p.b1 + k, p.equal, p.moved, (), p.space)


def _grown(p: _Piece, side: str, k: int, *, at_end: bool = False) -> _Piece:
    """``p`` with its start moved by ``k`` (or its end, ``at_end``), no longer white space."""
    a0, a1, b0, b1 = p.a0, p.a1, p.b0, p.b1
    if side == "a":
        a0, a1 = (a0, a1 + k) if at_end else (a0 + k, a1)
    else:
        b0, b1 = (b0, b1 + k) if at_end else (b0 + k, b1)
    return _Piece(a0, a1, b0, b1, p.equal, p.moved, (), False)


def _trim_common_space(pieces: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Give white space both sides of a replacement begin (end) with back to the equal text.

    Joining two changes across the space between them ("11:11" -> "23:11" and the
    deleted "p.m. ") can leave the same space at the end of both sides
    ("11:11 p.m. " -> "23:11 "); it is equal text, not part of the change.
    """
    out: list[_Piece] = []
    for p in pieces:
        if p.equal or p.moved is not None or p.space or p.a0 == p.a1 or p.b0 == p.b1:
            out.append(p)
            continue
        lead = 0
        while (
            p.a0 + lead < p.a1 - 1
            and p.b0 + lead < p.b1 - 1
            and a[p.a0 + lead] == b[p.b0 + lead]
            and a[p.a0 + lead] in " \t"
        ):
            lead += 1
        tail = 0
        while (
            p.a1 - tail - 1 > p.a0 + lead
            and p.b1 - tail - 1 > p.b0 + lead
            and a[p.a1 - tail - 1] == b[p.b1 - tail - 1]
            and a[p.a1 - tail - 1] in " \t"
        ):
            tail += 1
        if lead:
            out.append(_Piece(p.a0, p.a0 + lead, p.b0, p.b0 + lead, True))
        out.append(
            _Piece(p.a0 + lead, p.a1 - tail, p.b0 + lead, p.b1 - tail, False, None, p.parts)
        )
        if tail:
            out.append(_Piece(p.a1 - tail, p.a1, p.b1 - tail, p.b1, True))
    return out


def _is_word_char(ch: str) -> bool:
    """Whether a change must grow over ``ch`` to keep a word whole.

    Not white space, and not a letter of a script written without spaces (Chinese,
    Japanese, Thai ...): each of those is a word boundary on both sides, or a change
    of one character would grow to the whole clause.
    """
    if ch.isspace():
        return False
    if ch < "\u0e00":
        return True
    # CJK and full-width punctuation sits between those letters: no word to keep whole
    return not (no_space_letter(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")


def _in_word(edge_a: str, edge_b: str) -> bool:
    """Whether a change whose edge characters are these may sit inside a word.

    A side's edge in a script without spaces (or CJK punctuation) is a boundary
    already: then the change stays as it is, even if the other side's edge is a
    Latin comma (``，`` → ``,`` is one mark, not the mark and its neighbours).
    """
    # (each edge judged once, without generators: this runs for every change's ends)
    word_a = bool(edge_a) and _is_word_char(edge_a)
    word_b = bool(edge_b) and _is_word_char(edge_b)
    if (edge_a and not word_a and not edge_a.isspace()) or (
        edge_b and not word_b and not edge_b.isspace()
    ):
        return False
    return word_a or word_b


def _widen(pieces: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Grow each change to whole words, and fold whitespace-only gaps between changes.

    Equal pieces have the same text on both sides, so moving characters from an
    equal piece into its neighbouring change keeps both texts covered exactly.
    """
    n = len(pieces)
    for i, p in enumerate(pieces):
        if p.equal or p.moved is not None:
            continue
        # leftwards: while the change begins inside a word
        if i > 0 and pieces[i - 1].equal:
            eq = pieces[i - 1]
            starts_in_word = _in_word(
                a[p.a0] if p.a1 > p.a0 else "", b[p.b0] if p.b1 > p.b0 else ""
            )
            if starts_in_word:
                k = 0
                while eq.a1 - k > eq.a0 and _is_word_char(a[eq.a1 - k - 1]):
                    k += 1
                eq.a1 -= k
                eq.b1 -= k
                p.a0 -= k
                p.b0 -= k
        # rightwards: while the change ends inside a word
        if i + 1 < n and pieces[i + 1].equal:
            eq = pieces[i + 1]
            ends_in_word = _in_word(
                a[p.a1 - 1] if p.a1 > p.a0 else "", b[p.b1 - 1] if p.b1 > p.b0 else ""
            )
            if ends_in_word:
                k = 0
                while eq.a0 + k < eq.a1 and _is_word_char(a[eq.a0 + k]):
                    k += 1
                eq.a0 += k
                eq.b0 += k
                p.a1 += k
                p.b1 += k
    # an equal run of only spaces/tabs between two changes joins them (not line breaks:
    # separate paragraphs stay separate changes)
    for i in range(1, n - 1):
        eq = pieces[i]
        if (
            eq.equal
            and eq.a1 > eq.a0
            and not pieces[i - 1].equal
            and not pieces[i + 1].equal
            and pieces[i - 1].moved is None
            and pieces[i + 1].moved is None
            and a[eq.a0 : eq.a1].strip(" \t\N{NO-BREAK SPACE}") == ""
        ):
            eq.equal = False
    return pieces



def _snap(pieces: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Grow changes into their equal neighbours until both ends are grapheme boundaries.

    Widening to words stops at white space, and a space can carry a combining mark:
    the cluster must not be cut. Equal neighbours hold the same text on both sides,
    so taking a character from one keeps both texts covered.
    """
    for i, p in enumerate(pieces):
        if p.equal or p.moved is not None:
            continue
        if i > 0 and pieces[i - 1].equal:
            eq = pieces[i - 1]
            while eq.a1 > eq.a0 and not (is_boundary(a, p.a0) and is_boundary(b, p.b0)):
                eq.a1 -= 1
                eq.b1 -= 1
                p.a0 -= 1
                p.b0 -= 1
        if i + 1 < len(pieces) and pieces[i + 1].equal:
            eq = pieces[i + 1]
            while eq.a0 < eq.a1 and not (is_boundary(a, p.a1) and is_boundary(b, p.b1)):
                eq.a0 += 1
                eq.b0 += 1
                p.a1 += 1
                p.b1 += 1
    return pieces


def _is_rewrap(p: _Piece, a: str, b: str) -> bool:
    """A white-space change that breaks or joins a line (not a paragraph break)."""
    if p.equal or p.moved is not None or (p.a0 == p.a1 and p.b0 == p.b1):
        return False
    ga, gb = a[p.a0 : p.a1], b[p.b0 : p.b1]
    if (ga and not ga.isspace()) or (gb and not gb.isspace()):
        return False
    breaks_a, breaks_b = ga.count("\n"), gb.count("\n")
    return breaks_a + breaks_b > 0 and breaks_a < 2 and breaks_b < 2


def _gather_rewraps(pieces: list[_Piece], a: str, b: str) -> list[_Piece]:
    """Join the line-break changes of one re-wrapped paragraph into one change.

    Hard-wrapped lines against long lines give one white-space change per wrap
    point; the editor wants one "re-wrapped" change per paragraph, so runs of them
    separated only by text without a line break become one change.
    """
    out: list[_Piece] = []
    i = 0
    n = len(pieces)
    while i < n:
        p = pieces[i]
        if not _is_rewrap(p, a, b):
            out.append(p)
            i += 1
            continue
        j = i
        while (
            j + 2 < n
            and pieces[j + 1].equal
            and "\n" not in a[pieces[j + 1].a0 : pieces[j + 1].a1]
            and _is_rewrap(pieces[j + 2], a, b)
        ):
            j += 2
        last = pieces[j]
        parts = tuple((q.a0, q.a1, q.b0, q.b1) for q in pieces[i : j + 1 : 2]) if j > i else ()
        out.append(_Piece(p.a0, last.a1, p.b0, last.b1, False, parts=parts, space=True))
        i = j + 1
    return out


def diff_texts(
    a: str,
    b: str,
    *,
    budget: int,
    detect_moves: bool = True,
    min_move_chars: int = 12,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Hunk]:
    """All changes between ``a`` and ``b``, in order, unclassified."""
    if a == b:
        return []
    return Differ(
        a,
        b,
        budget=budget,
        detect_moves=detect_moves,
        min_move_chars=min_move_chars,
        progress=progress,
        cancelled=cancelled,
    ).hunks()
