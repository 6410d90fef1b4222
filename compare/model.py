"""Immutable records that flow through the pipeline.

bytes --load--> Document --diff--> changes --classify--> Comparison --> view / report

Every record is a frozen, slotted dataclass; collections are tuples; kinds are
StrEnums whose values are the strings of the ``mirrordiff/1`` JSON report.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class Category(enum.StrEnum):
    """What kind of difference a change is (DESIGN.md, "Categories")."""

    BOILERPLATE = "boilerplate"
    CORRUPTION = "corruption"
    TYPOGRAPHY = "typography"
    EDIT = "edit"
    MOVED = "moved"


#: report and legend order
CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)


class Op(enum.StrEnum):
    INSERT = "insert"  # original span empty
    DELETE = "delete"  # copy span empty
    REPLACE = "replace"


class EncodingMethod(enum.StrEnum):
    """Which step of the loading order decided the encoding."""

    BOM = "bom"
    UTF8_VALID = "utf-8-valid"
    DECLARED = "declared"
    DETECTED = "detected"
    OVERRIDE = "override"
    FALLBACK = "fallback"


class Format(enum.StrEnum):
    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Alternative:
    """An encoding the detector also considered."""

    encoding: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Document:
    """One side of a comparison: decoded, extracted, newline-normalised text.

    ``text`` is what is compared and what every offset points into.
    """

    text: str
    label: str
    path: str | None = None
    sha256: str = ""
    size: int = 0  # bytes on disk / as given
    format: Format = Format.TEXT
    encoding: str = "utf-8"
    encoding_method: EncodingMethod = EncodingMethod.UTF8_VALID
    confidence: float = 1.0
    alternatives: tuple[Alternative, ...] = ()
    bom: bool = False
    newline: str = "\n"  # "\n", "\r\n", "\r", "mixed" or "" (no line break at all)
    undecodable_bytes: int = 0
    #: declared charset of an HTML page, when it had one (used or not)
    declared_encoding: str | None = None
    #: short human notes from loading ("declared charset 'utf-8' did not decode; ...")
    notes: tuple[str, ...] = ()
    #: the notes a reader must see before trusting the text (markup recovered from,
    #: encodings mixed or a declaration overruled, stray control bytes); each is
    #: also in ``notes``, which reports list
    warnings: tuple[str, ...] = ()
    #: for an HTML page: the spans of ``text`` its main-content extractor (jusText)
    #: kept as the article; None when not known (plain text, or extraction failed)
    main_content: tuple[tuple[int, int], ...] | None = None

    @property
    def low_confidence(self) -> bool:
        return self.encoding_method in (EncodingMethod.DETECTED, EncodingMethod.FALLBACK) and (
            self.confidence < 0.5
        )


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of code points ``[start, end)`` and the text in it."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def empty(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True, slots=True)
class Detail:
    """Character-level detail inside a change: exactly which characters differ.

    Offsets are absolute (into the document texts), like the change's own spans.
    """

    original: Span
    copy: Span


@dataclass(frozen=True, slots=True)
class Change:
    """One classified difference, carrying its own explanation."""

    id: int
    category: Category
    op: Op
    original: Span
    copy: Span
    reason: str
    evidence: tuple[str, ...] = ()
    pair: int | None = None  # the other half of a `moved` pair
    details: tuple[Detail, ...] = ()


class GroupKind(enum.StrEnum):
    """Which pattern a group is (see :mod:`compare.grouping`)."""

    SAME_SUBSTITUTION = "same-substitution"
    RENUMBERED_LIST = "renumbered-list"
    REWRAP = "rewrap"
    INDENTATION = "indentation"
    SAME_PATTERN = "same-pattern"
    PARAGRAPH_EDITS = "paragraph-edits"


@dataclass(frozen=True, slots=True)
class Group:
    """Changes that are one pattern; ``members`` are change ids, in text order."""

    id: int
    kind: GroupKind
    category: Category
    label: str
    members: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.members)


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the alignment: an equal run (change is None) or a change."""

    original: Span
    copy: Span
    change: Change | None = None


class Mode(enum.StrEnum):
    """How the two texts are compared (``summary.mode`` in the JSON report)."""

    SAME = "same"  # one language: diffed word by word
    TRANSLATION = "translation"  # two languages: paragraphs aligned, facts paired


class ModeChoice(enum.StrEnum):
    """What the user asked for (``--mode``); ``auto`` picks by the detected languages."""

    AUTO = "auto"
    SAME = "same"
    TRANSLATION = "translation"


class FactKind(enum.StrEnum):
    NUMBER = "number"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    NAME = "name"
    QUOTE = "quote"


class FactStatus(enum.StrEnum):
    KEPT = "kept"
    CHANGED = "changed"
    MISSING = "missing"  # in the original only
    ADDED = "added"  # in the copy only


@dataclass(frozen=True, slots=True)
class Fact:
    """A number, amount, date, name or quotation and what became of it in the copy.

    ``original``/``copy`` are None on the side that lacks it; ``value_*`` are the
    normalised values compared (``"1550"``, ``"USD 1500000"``, ``"2024-03-03"``).
    """

    id: int
    kind: FactKind
    status: FactStatus
    original: Span | None
    copy: Span | None
    value_original: str | None
    value_copy: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """One link of the paragraph alignment; None on a side: missing or added there."""

    original: Span | None
    copy: Span | None
    confidence: float


#: visible characters are counted this many characters of text at a time
_VISIBLE_SLICE = 1 << 16


def _visible(text: str) -> int:
    """How many characters of ``text`` are not white space. Counted a slice at a time:
    splitting a 30 MB text into its words at once took 350 MB."""
    if len(text) <= _VISIBLE_SLICE:  # one slice (a change's text): no loop to set up
        return len("".join(text.split()))
    return sum(
        len("".join(text[k : k + _VISIBLE_SLICE].split())) for k in range(0, len(text), _VISIBLE_SLICE)
    )


@dataclass(frozen=True, slots=True)
class Comparison:
    """The immutable result: both documents, the ordered changes, a similarity.

    Changes are sorted, never overlap on either side, and together with the
    equal runs between them cover both texts exactly (see :meth:`segments`).
    """

    original: Document
    copy: Document
    changes: tuple[Change, ...]
    similarity: float
    counts: Mapping[Category, int] = field(default_factory=lambda: MappingProxyType({}))
    #: short human notes on how the comparison was made, e.g. that it had to be coarser
    #: than one change per difference (shown in the window and every report)
    notes: tuple[str, ...] = ()
    #: changes that are one pattern, read as one item (:mod:`compare.grouping`)
    groups: tuple[Group, ...] = ()
    mode: Mode = Mode.SAME
    #: detected language codes (ISO 639-1, ``und`` when too little text), original/copy
    languages: tuple[str, str] = ("", "")
    #: why this mode was chosen, for the status bar ("languages differ: en → fr")
    mode_reason: str = ""
    #: paragraph pairs, in original order (translation mode only)
    alignment: tuple[AlignedPair, ...] = ()
    facts: tuple[Fact, ...] = ()

    def __post_init__(self) -> None:
        counted = {category: 0 for category in CATEGORY_ORDER}
        for change in self.changes:
            counted[change.category] += 1
        object.__setattr__(self, "counts", MappingProxyType(counted))

    @property
    def identical(self) -> bool:
        # in translation mode no change means every paragraph has a partner, not
        # that the texts are the same
        return not self.changes and (self.mode is Mode.SAME or self.original.text == self.copy.text)

    @property
    def drifted_facts(self) -> tuple[Fact, ...]:
        """Facts changed, missing or added (kept ones aside)."""
        return tuple(f for f in self.facts if f.status is not FactStatus.KEPT)

    @property
    def chrome_chars(self) -> int:
        """Visible characters of boilerplate the copy added (site chrome, ads, links)."""
        return sum(
            _visible(c.copy.text) for c in self.changes if c.category is Category.BOILERPLATE
        )

    @property
    def chrome_share(self) -> float:
        """:attr:`chrome_chars` as a share of the copy's visible characters, 0..1."""
        visible = _visible(self.copy.text)
        return round(self.chrome_chars / visible, 4) if visible else 0.0

    def change_by_id(self, change_id: int) -> Change:
        change = self.changes[change_id - 1] if 0 < change_id <= len(self.changes) else None
        if change is None or change.id != change_id:
            raise KeyError(change_id)
        return change

    def segments(self) -> Iterator[Segment]:
        """Equal runs and changes, in order, covering both texts exactly.

        Same-language mode only: in translation mode the texts are aligned, not
        diffed, and the runs between changes are not equal (see :attr:`alignment`).
        """
        a_text, b_text = self.original.text, self.copy.text
        a = b = 0
        for change in self.changes:
            if change.original.start > a or change.copy.start > b:
                yield Segment(
                    Span(a, change.original.start, a_text[a : change.original.start]),
                    Span(b, change.copy.start, b_text[b : change.copy.start]),
                )
            yield Segment(change.original, change.copy, change)
            a, b = change.original.end, change.copy.end
        if a < len(a_text) or b < len(b_text):
            yield Segment(Span(a, len(a_text), a_text[a:]), Span(b, len(b_text), b_text[b:]))


#: default size limit for one input, in bytes (the CLI's --max-size overrides it)
DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that tunes a comparison, with documented defaults.

    The command line and the window build this the same way.
    """

    #: refuse inputs larger than this (bytes); the CLI's --max-size overrides it
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    #: deterministic work budget of the diff (bisect steps of diff-match-patch, a step at
    #: depth d costing 1 + d // 16 units, summed over the whole comparison: see
    #: compare.dmp.BISECT_STEP_COST); past it a region is reported as replaced wholesale.
    #: It replaces dmp's wall-clock timeout so results never depend on machine speed.
    diff_budget: int = 200_000
    #: report a deleted and an inserted block that hold the same text as one moved pair
    detect_moves: bool = True
    #: a block must have at least this many non-space characters to count as moved
    min_move_chars: int = 12
    #: same-language diff or translation alignment; auto: translation when the
    #: detected languages differ
    mode: ModeChoice = ModeChoice.AUTO
    #: pair numbers, dates, names and quotations across the texts (both modes)
    facts: bool = True
