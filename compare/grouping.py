"""Groups: changes that are one pattern, read as one item.

A stage after assembly: it reads the finished, ordered change list (and the two
texts) and returns :class:`Group` records; it never alters a change. Every change
stays in the comparison's ``changes``; a change is in at most one group; a group
holds changes of one category only, so category toggles and ``--ignore`` treat a
group as a whole.

Kinds, tried in this order (a change taken by an earlier kind is not offered to a
later one):

``same-substitution``
    the same text replaced by the same text (or inserted/dropped) more than once:
    ``US → U.S. (5×)``;
``renumbered-list``
    a list item removed or added, and the numbers of the items after it changed;
``rewrap``
    typography that only moves line breaks (a hard re-wrap), across a paragraph or
    the whole document;
``indentation``
    spacing added, removed or changed at the start of lines;
``same-pattern``
    changes of one category (typography, corruption) with the very same reason:
    ``curly quote ’ became straight ' (12×)``, one mojibake repeated in different
    words;
``paragraph-edits``
    several word edits inside one paragraph (a machine re-translation):
    ``paragraph reworded (7 edits): “The central bank…”``.

``moved`` halves are never grouped (each half points at its pair).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from . import typography
from .model import Category, Change, Comparison, Group, GroupKind

#: at least this many changes make a group of one substitution, style or spacing
MIN_PATTERN_MEMBERS = 2
#: at least this many word edits in one paragraph make a "paragraph reworded" group
#: (two edits in a paragraph are read together: one entry that opens to both)
MIN_PARAGRAPH_EDITS = 2
#: categories whose changes with one identical reason are one pattern
PATTERN_CATEGORIES = frozenset({Category.TYPOGRAPHY, Category.CORRUPTION})
#: evidence codes that name one kind of difference, whatever the words: changes that
#: carry one are a pattern together (with the group's label)
NAMED_PATTERNS: tuple[tuple[str, str], ...] = (
    ("spelling-variant", "spelling variants (same words, another spelling)"),
    ("contraction", "contractions written out or run together (same words)"),
    ("hyphenation", "words hyphenated, joined or split differently"),
    ("characters-lost", "quote marks or apostrophes lost"),
)
#: evidence codes of typography that only moves line breaks (a re-wrap)
REWRAP_EVIDENCE = frozenset({"line-rewrap", "hyphenation"})
#: how much text a label quotes
LABEL_QUOTE_CHARS = 24


def find_groups(changes: Sequence[Change], original: str, copy: str) -> tuple[Group, ...]:
    """The groups of a finished change list (ids numbered in order of first member)."""
    taken: set[int] = set()
    found: list[tuple[GroupKind, Category, str, tuple[int, ...]]] = []
    for finder in (_renumbered_lists, _rewraps, _indentations, _same_patterns, _same_substitutions):
        free = [c for c in changes if c.id not in taken and c.category is not Category.MOVED]
        for kind, category, label, members in finder(free, copy):
            found.append((kind, category, label, members))
            taken.update(members)
    free = [c for c in changes if c.id not in taken and c.category is Category.EDIT]
    found.extend(_paragraph_edits(free, original, copy))
    found.sort(key=lambda g: g[3][0])
    return tuple(
        Group(index, kind, category, label, members)
        for index, (kind, category, label, members) in enumerate(found, 1)
    )


# -- the kinds -----------------------------------------------------------------------------

_Found = Iterator[tuple[GroupKind, Category, str, tuple[int, ...]]]


def _by_key(changes: Iterable[Change], key) -> dict[object, list[Change]]:
    buckets: dict[object, list[Change]] = defaultdict(list)
    for change in changes:
        k = key(change)
        if k is not None:
            buckets[k].append(change)
    return buckets


def _same_substitutions(changes: Sequence[Change], copy: str) -> _Found:
    def key(change: Change):
        old, new = change.original.text.strip(), change.copy.text.strip()
        if not old and not new:
            return None  # whitespace alone: the spacing kinds below say more
        return change.category, old, new

    for (category, old, new), members in _by_key(changes, key).items():
        if len(members) >= MIN_PATTERN_MEMBERS:
            yield (
                GroupKind.SAME_SUBSTITUTION,
                category,
                f"{substitution(old, new)} ({len(members)}\N{MULTIPLICATION SIGN})",
                _ids(members),
            )


def _renumbered_lists(changes: Sequence[Change], copy: str) -> _Found:
    """A list item removed (or added) and the renumbering of the items after it."""
    for index, change in enumerate(changes):
        if "list-item" not in change.evidence:
            continue
        after = []
        for later in changes[index + 1 :]:
            if "renumbered" not in later.evidence:
                break
            after.append(later)
        if after:
            yield (
                GroupKind.RENUMBERED_LIST,
                change.category,
                f"{change.reason}; {len(after)} later item{'s' if len(after) > 1 else ''} renumbered",
                _ids([change, *after]),
            )


def _rewraps(changes: Sequence[Change], copy: str) -> _Found:
    members = [
        c
        for c in changes
        if c.category is Category.TYPOGRAPHY and set(c.evidence) <= REWRAP_EVIDENCE
        and "line-rewrap" in c.evidence
    ]
    if len(members) >= MIN_PATTERN_MEMBERS:
        breaks = sum(
            max(1, abs(c.original.text.count("\n") - c.copy.text.count("\n")))
            + min(c.original.text.count("\n"), c.copy.text.count("\n"))
            for c in members
        )
        paragraphs = {_paragraph_index(copy, c.copy.start) for c in members}
        where = "one paragraph" if len(paragraphs) == 1 else f"{len(paragraphs)} paragraphs"
        yield (
            GroupKind.REWRAP,
            Category.TYPOGRAPHY,
            f"lines re-wrapped across {where} ({breaks} line breaks), same words",
            _ids(members),
        )


def _indentations(changes: Sequence[Change], copy: str) -> _Found:
    def at_line_start(c: Change) -> bool:
        both = c.original.text + c.copy.text
        return c.category is Category.TYPOGRAPHY and (
            c.reason.startswith("indentation")
            or (both.strip(" \t\N{NO-BREAK SPACE}") == ""
            and (c.copy.start == 0 or copy[c.copy.start - 1] == "\n"))
        )

    members = [c for c in changes if at_line_start(c)]
    if len(members) >= MIN_PATTERN_MEMBERS:
        added = sum(len(c.copy.text) > len(c.original.text) for c in members)
        how = (
            "added" if added == len(members) else "removed" if not added else "changed"
        )
        yield (
            GroupKind.INDENTATION,
            Category.TYPOGRAPHY,
            f"indentation {how} at {len(members)} line starts",
            _ids(members),
        )


def _pattern_key(change: Change) -> tuple[object, ...] | None:
    """What makes changes one pattern: a named kind of difference (a spelling variant,
    a contraction written out) in any category, else the very same reason (typography,
    damage): ``curly quote ’ became straight '`` in many different words."""
    for code, _ in NAMED_PATTERNS:
        if code in change.evidence:
            return change.category, code
    if change.category in PATTERN_CATEGORIES:
        return change.category, change.reason
    return None


def _same_patterns(changes: Sequence[Change], copy: str) -> _Found:
    names = dict(NAMED_PATTERNS)
    for (category, what), members in _by_key(changes, _pattern_key).items():
        if len(members) >= MIN_PATTERN_MEMBERS:
            label = names.get(what, what)
            # what the members' reasons agree on, in brackets: "(en-GB)"
            tags = {m.group() for c in members for m in _BRACKETED.finditer(c.reason)}
            common = [t for t in tags if all(t in c.reason for c in members)]
            if what in names and common:
                label = label.replace(" (", f" {' '.join(sorted(common))} (", 1)
            yield (
                GroupKind.SAME_PATTERN,
                category,
                f"{label} ({len(members)}\N{MULTIPLICATION SIGN})",
                _ids(members),
            )


def _paragraph_edits(
    changes: Sequence[Change], original: str, copy: str
) -> list[tuple[GroupKind, Category, str, tuple[int, ...]]]:
    def key(change: Change):
        if "\n" in change.original.text.strip("\n") or "\n" in change.copy.text.strip("\n"):
            return None  # a change across paragraphs is not a word edit inside one
        if change.original.empty or change.copy.empty:
            return None  # whole insertions and omissions stand on their own
        return _paragraph_index(original, change.original.start), _paragraph_index(
            copy, change.copy.start
        )

    out = []
    for _paragraphs, members in _by_key(changes, key).items():
        if len(members) >= MIN_PARAGRAPH_EDITS:
            start = copy.rfind("\n", 0, members[0].copy.start) + 1
            end = copy.find("\n", start)
            head = copy[start : len(copy) if end < 0 else end]
            out.append(
                (
                    GroupKind.PARAGRAPH_EDITS,
                    Category.EDIT,
                    f"paragraph reworded ({len(members)} edits): {_quote(head, 30)}",
                    _ids(members),
                )
            )
    return out


# -- reading order -------------------------------------------------------------------------


def reading_items(
    comparison: Comparison, ignore: frozenset[Category] = frozenset()
) -> tuple[Change | Group, ...]:
    """What an editor reads, in text order: each group once (where its first member
    stands) and every change that is in no group. Ignored categories are left out."""
    member_of = group_index(comparison)
    items: list[Change | Group] = []
    for change in comparison.changes:
        if change.category in ignore:
            continue
        group = member_of.get(change.id)
        if group is None:
            items.append(change)
        elif group.members[0] == change.id:
            items.append(group)
    return tuple(items)


def group_index(comparison: Comparison) -> dict[int, Group]:
    """change id → the group it belongs to."""
    return {member: group for group in comparison.groups for member in group.members}


def category_items(comparison: Comparison, category: Category) -> tuple[int, int]:
    """(groups, changes not in a group) of one category."""
    groups = sum(1 for g in comparison.groups if g.category is category)
    grouped = {m for g in comparison.groups if g.category is category for m in g.members}
    single = sum(1 for c in comparison.changes if c.category is category and c.id not in grouped)
    return groups, single


# -- helpers -------------------------------------------------------------------------------


def _ids(changes: Iterable[Change]) -> tuple[int, ...]:
    return tuple(sorted(c.id for c in changes))


_LINE_BREAK = re.compile("\n")
_BRACKETED = re.compile(r"\((?:en|de|fr)-[A-Za-z/-]+\)")


@functools.lru_cache(maxsize=4)
def _line_breaks(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _LINE_BREAK.finditer(text))


def _paragraph_index(text: str, offset: int) -> int:
    """Which line ``offset`` is on (line breaks found once per text)."""
    return bisect.bisect_left(_line_breaks(text), offset)


def _quote(text: str, limit: int = LABEL_QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "\N{HORIZONTAL ELLIPSIS}"
    return typography.enclose(flat)


def substitution(old: str, new: str) -> str:
    """``“US” → “U.S.”``, ``+ “text”`` or ``− “text”``."""
    if not old:
        return f"+ {_quote(new)}"
    if not new:
        return f"\N{MINUS SIGN} {_quote(old)}"
    return f"{_quote(old)} \N{RIGHTWARDS ARROW} {_quote(new)}"
