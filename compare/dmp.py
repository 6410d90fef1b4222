"""The one adapter around diff-match-patch.

dmp's own timeout is wall-clock time, so the same pair could diff differently on a
slow and a fast machine. Here the deadline is a :class:`WorkBudget` that counts
bisect steps instead: dmp compares ``time.time() > deadline``, which Python
answers with ``WorkBudget.__lt__``, so every step spends one unit and the result
depends only on the input. When the budget runs out dmp falls back, for the
sub-problem at hand, to "delete all, insert all" — a correct, coarser diff.

Everything leaves this module as plain ``(Kind, str)`` records of our own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

import diff_match_patch as _dmp_module

from .errors import Cancelled


class Kind(enum.IntEnum):
    DELETE = -1
    EQUAL = 0
    INSERT = 1


@dataclass(slots=True, unsafe_hash=True)
class Piece:
    """One run of a diff. Nothing assigns to a piece; it is not declared frozen
    because a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, twice the cost, and the word pass makes ~100,000 of
    them. It compares and hashes by its fields, as a frozen one does."""

    kind: Kind
    text: str


#: how often (in bisect steps) a budget asks whether the user cancelled
CANCEL_CHECK_EVERY = 256


class WorkBudget:
    """A machine-independent deadline: ``steps`` bisect steps for all diffs that share it.

    It is also where a long diff can be cancelled: every few hundred steps it asks
    ``cancelled()`` and, if so, raises :class:`compare.errors.Cancelled` out of dmp.
    """

    __slots__ = ("_cancelled", "_tick", "left")

    def __init__(self, steps: int, cancelled: Callable[[], bool] | None = None) -> None:
        self.left = steps
        self._cancelled = cancelled
        self._tick = 0

    def __lt__(self, _now: object) -> bool:  # dmp asks: time.time() > deadline
        return self.spend(1)

    def spend(self, units: int) -> bool:
        """Spend ``units`` of work; whether the budget is now exhausted."""
        if self._cancelled is not None:
            self._tick += 1
            if self._tick >= CANCEL_CHECK_EVERY:
                self._tick = 0
                if self._cancelled():
                    raise Cancelled("comparison cancelled")
        self.left -= units
        return self.left < 0

    def __gt__(self, _now: object) -> bool:
        return False


#: the furthest one bisection may search (edit distance ``d`` in units): its work
#: grows as d², so past this a sub-problem is reported replaced wholesale. Two
#: unrelated 100 KB paragraphs otherwise took minutes; within the limit the diff
#: is exact. Deterministic, like the budget.
MAX_BISECT_D = 1200
#: step ``d`` of a bisection scans about ``2d`` diagonals, so it costs
#: ``1 + d // BISECT_STEP_COST`` units of the budget: the budget then bounds the work,
#: not only the steps (200,000 steps of ``d`` near 1,200 each were minutes of work;
#: now about four such bisections use the default budget up). Small diffs (``d``
#: below this) cost one unit a step, as before.
BISECT_STEP_COST = 16


class _BisectDeadline:
    """The deadline dmp sees inside one bisection: counts its ``d`` and the shared budget."""

    __slots__ = ("budget", "d")

    def __init__(self, budget: WorkBudget) -> None:
        self.budget = budget
        self.d = 0

    def __lt__(self, now: object) -> bool:  # dmp asks: time.time() > deadline
        self.d += 1
        if self.d > MAX_BISECT_D:
            return True
        return self.budget.spend(1 + self.d // BISECT_STEP_COST)

    def __gt__(self, _now: object) -> bool:
        return False


class _Engine(_dmp_module.diff_match_patch):
    """dmp with a fresh :class:`_BisectDeadline` for every bisection it starts."""

    def diff_bisect(self, text1, text2, deadline):
        if isinstance(deadline, _BisectDeadline):
            deadline = deadline.budget
        if isinstance(deadline, WorkBudget):
            deadline = _BisectDeadline(deadline)
        return super().diff_bisect(text1, text2, deadline)

    def diff_cleanupSemanticLossless(self, diffs):
        """dmp's, not run where it would change nothing.

        The pass looks at each piece between two equal ones and can only move it when
        the equal text before it ends as the piece ends (a common suffix) or the one
        after it begins as the piece begins; elsewhere it computes boundary scores it
        never uses. It walks the pieces in order and changes nothing before its first
        move, so checking the pieces as given decides exactly whether it moves any.
        """
        equal = self.DIFF_EQUAL
        for k in range(1, len(diffs) - 1):
            if diffs[k - 1][0] == equal and diffs[k + 1][0] == equal:
                before, edit, after = diffs[k - 1][1], diffs[k][1], diffs[k + 1][1]
                if (before and edit and before[-1] == edit[-1]) or (
                    edit and after and edit[0] == after[0]
                ):
                    return super().diff_cleanupSemanticLossless(diffs)
        return None


_KINDS = {-1: Kind.DELETE, 0: Kind.EQUAL, 1: Kind.INSERT}


def _engine() -> _dmp_module.diff_match_patch:
    engine = _Engine()
    # a non-zero timeout keeps dmp's half-match speed-up on; the deadline itself is
    # always our WorkBudget, so the number here is never compared with a clock
    engine.Diff_Timeout = 1.0
    return engine


def diff(a: str, b: str, budget: WorkBudget, *, semantic: bool = False) -> list[Piece]:
    """Diff two strings (of characters or of encoded tokens) within ``budget``."""
    # what dmp answers itself, without spending the budget, for equal texts and an
    # empty side (half of the gaps between anchors): a piece without an engine
    if a == b:
        return [Piece(Kind.EQUAL, a)] if a else []
    if not a or not b:
        return [Piece(Kind.INSERT, b)] if b else [Piece(Kind.DELETE, a)]
    engine = _engine()
    raw = engine.diff_main(a, b, False, budget)
    if semantic:
        engine.diff_cleanupSemantic(raw)
    return [Piece(_KINDS[kind], text) for kind, text in raw if text]


def cleanup_semantic(pieces: list[Piece]) -> list[Piece]:
    """dmp's semantic clean-up over pieces put together from several diffs."""
    raw = [(int(p.kind), p.text) for p in pieces]
    given = raw.copy()  # dmp replaces items, it never changes a tuple
    _engine().diff_cleanupSemantic(raw)
    if raw == given and all(map(itemgetter(1), raw)):
        return list(pieces)  # nothing changed (the common case): no new pieces
    return [Piece(_KINDS[kind], text) for kind, text in raw if text]
