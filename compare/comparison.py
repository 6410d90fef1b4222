"""Running a comparison: diff → segment → classify → assemble, one module per stage.

Data flows one way. :mod:`compare.diffing` finds the changed regions and the moves;
:mod:`compare.segment` cuts every region at paragraph and line boundaries into blocks
(by structure only); :mod:`compare.classify` judges each block, region by region
(:mod:`compare.regions`: phrase tables, the chrome scorer of :mod:`compare.chrome`,
the nature splits of :mod:`compare.refine`, the moved reasons of
:mod:`compare.moved`) into labelled parts; :mod:`compare.assemble`
makes a run of boilerplate parts one change and builds the immutable result;
:mod:`compare.grouping` then finds the changes that are one pattern (groups).

Before all that, the languages are detected (:mod:`compare.language`) and the mode
chosen (:mod:`compare.modes`): two languages go to :mod:`compare.translation`, which
aligns instead of diffing. In one language the facts inside each edit are added as
evidence afterwards (:mod:`compare.factcheck`); they never change a category.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from . import chrome
from .assemble import assemble
from .classify import classify_blocks
from .coarsen import coarsen
from .diffing import diff_texts
from .factcheck import facts_for_changes
from .grouping import find_groups
from .language import detect_language
from .model import Category, Comparison, Document, Mode, Options
from .modes import choose_mode
from .refine import PartBudget
from .segment import segment


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
    mode, mode_reason = choose_mode(options.mode, guesses[0], guesses[1], original.text, copy.text)
    if mode is Mode.TRANSLATION:
        # imported only now: a same-language comparison never aligns paragraphs
        from .translation import compare_translation

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
    # too many changes for the texts' size: gathered into blocks, and said so
    hunks, coarse_note = coarsen(hunks, a, b)
    blocks = segment(hunks, a, b)
    context = chrome.context(a, b, copy.main_content)
    # too many word-level parts to classify one by one: changes judged whole, said so
    budget = PartBudget(a, b)
    parts = classify_blocks(blocks, a, b, context, budget)
    notes = tuple(note for note in (coarse_note, budget.note()) if note)
    assembled = assemble(original, copy, parts, blocks, notes=notes)
    changes, facts = assembled.changes, ()
    if options.facts:
        changes, facts = facts_for_changes(a, b, languages[0], assembled.changes)
    # a stage after assembly: changes that are one pattern, read as one item
    return replace(
        assembled,
        changes=changes,
        groups=find_groups(changes, a, b),
        mode=Mode.SAME,
        languages=languages,
        mode_reason=mode_reason,
        facts=facts,
    )


__all__ = ["Category", "compare"]
