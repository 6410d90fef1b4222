"""How each category looks: the one table the window, the HTML report and the PDF share.

An editor who moves between the window and a report must read a colour and a
shape the same way in both, so every drawing of a category (the window's panes,
legend chips, overview marks and change list; the HTML report's CSS; the PDF made
from it) takes its colours and its cue from :data:`CATEGORY_LOOKS`.

Colours are from the Okabe–Ito palette (distinguishable with the common colour
vision deficiencies) and no category relies on colour alone — each has its own
non-colour cue (:class:`Cue`) and a letter on the report's numbered markers:

============  ========================  =========================================
category      colour                    cue
============  ========================  =========================================
boilerplate   grey                      hatched background (boxed in the report)
corruption    vermillion                wavy underline, broken characters bold
typography    blue                      dotted underline
edit          yellow/amber highlighter  solid background, changed words bold
moved         bluish green              dashed underline (↑/↓ to its other half)
============  ========================  =========================================

Tints are light enough for black text (light theme) and dark enough for
near-white text (dark theme) — contrast at least 7:1 — and the strong tints
(the exact characters that differ) at least 4.5:1.

Plain data: no Qt here (the engine never imports Qt); ``ui.theme`` turns these
into Qt formats, ``compare.report.html`` into CSS.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Category


class Cue(enum.StrEnum):
    """The non-colour cue of a category."""

    HATCHED = "hatched"  # diagonal hatching on the background
    WAVY = "wavy"  # wavy underline
    DOTTED = "dotted"  # dotted underline
    SOLID = "solid"  # solid highlighter background only
    DASHED = "dashed"  # dashed underline


@dataclass(frozen=True, slots=True)
class Palette:
    """One theme's colours of a category (``#RRGGBB``)."""

    accent: str  # underline, hatch lines, overview mark, swatch border
    tint: str  # background of the change
    strong: str  # background of the exact characters that differ inside it


@dataclass(frozen=True, slots=True)
class CategoryLook:
    category: Category
    label: str  # legend text
    letter: str  # on a report's numbered marker, so a category is known without colour
    cue: Cue
    light: Palette
    dark: Palette
    shown_as: str  # one line for legends and tooltips: how the category is drawn


#: one look per category, in legend order
CATEGORY_LOOKS: Mapping[Category, CategoryLook] = {
    look.category: look
    for look in (
        CategoryLook(
            Category.BOILERPLATE,
            "Boilerplate",
            "B",
            Cue.HATCHED,
            light=Palette(accent="#6E6E6E", tint="#E4E4E4", strong="#C6C6C6"),
            dark=Palette(accent="#A8A8A8", tint="#3A3A3A", strong="#525252"),
            shown_as="grey background with diagonal hatching",
        ),
        CategoryLook(
            Category.CORRUPTION,
            "Corruption",
            "C",
            Cue.WAVY,
            light=Palette(accent="#D55E00", tint="#FBD9C4", strong="#F2A676"),
            dark=Palette(accent="#FF8A3D", tint="#5A2708", strong="#7E3A10"),
            shown_as="vermillion (red-orange) background, wavy underline, broken characters bold",
        ),
        CategoryLook(
            Category.TYPOGRAPHY,
            "Typography",
            "T",
            Cue.DOTTED,
            light=Palette(accent="#0072B2", tint="#D5E8F6", strong="#A3CBEB"),
            dark=Palette(accent="#56B4E9", tint="#12385A", strong="#1D5283"),
            shown_as="blue background, dotted underline",
        ),
        CategoryLook(
            Category.EDIT,
            "Edit",
            "E",
            Cue.SOLID,
            light=Palette(accent="#D4B400", tint="#F7EE96", strong="#EFCB45"),
            dark=Palette(accent="#F0E442", tint="#4F4308", strong="#6E5D0C"),
            shown_as="yellow highlighter background, changed words bold",
        ),
        CategoryLook(
            Category.MOVED,
            "Moved",
            "M",
            Cue.DASHED,
            light=Palette(accent="#009E73", tint="#CBEDE1", strong="#8AD6BA"),
            dark=Palette(accent="#3CCB9E", tint="#0C4536", strong="#136450"),
            shown_as="bluish-green background, dashed underline",
        ),
    )
}

#: the report's marker letters (kept as a mapping for the presenters that print them)
CATEGORY_LETTERS: Mapping[Category, str] = {c: look.letter for c, look in CATEGORY_LOOKS.items()}


def palette(category: Category, dark: bool = False) -> Palette:
    look = CATEGORY_LOOKS[category]
    return look.dark if dark else look.light
