"""The one adapter for ftfy ("fixes text for you"): repairs of mojibake, with the steps.

ftfy knows the damage found in the wild that hand-written tables miss: UTF-8 read
as a legacy codec two or three times over, emoji stored as CESU-8 surrogate halves,
"sloppy" windows-1250/1251/1257 and MacRoman mix-ups, and lossy decodes whose lost
byte became ``?`` or U+FFFD. Only its encoding repairs are used (quotes, widths,
ligatures, line breaks and HTML entities are ours to explain), and its loose
``(action, codec)`` explanation is turned into :class:`Step` records at once.

ftfy is imported on first use (its import, with wcwidth's tables, is ~50 ms, and only
text with non-ASCII runs is ever handed to it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

#: ftfy's encoding repairs only: everything typographic stays as it is
CONFIG_FIELDS = dict(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


@functools.cache
def _config() -> TextFixerConfig:
    from ftfy import TextFixerConfig

    return TextFixerConfig(**CONFIG_FIELDS)


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a repair: ``encode``/``decode`` with a codec, ``transcode`` or
    ``apply`` with the name of a fixer (``replace_lossy_sequences`` …)."""

    action: str
    name: str


@dataclass(frozen=True, slots=True)
class Repair:
    text: str
    steps: tuple[Step, ...]

    @property
    def layers(self) -> int:
        """How many times the text was decoded wrongly (UTF-8 decodes undone)."""
        return sum(1 for s in self.steps if s.action == "decode" and s.name.startswith("utf-8"))

    @property
    def codecs(self) -> tuple[str, ...]:
        """The codecs the UTF-8 bytes were wrongly read as, outermost first."""
        return tuple(s.name for s in self.steps if s.action == "encode")

    @property
    def cesu8(self) -> bool:
        return any(s.action == "decode" and s.name == "utf-8-variants" for s in self.steps)

    @property
    def lossy(self) -> bool:
        return any(s.name == "replace_lossy_sequences" for s in self.steps)


def repair(text: str) -> Repair | None:
    """ftfy's encoding repair of ``text`` with its steps, or None when it changes nothing."""
    import ftfy

    fixed, steps = ftfy.fix_and_explain(text, _config())
    if fixed == text:
        return None
    return Repair(fixed, tuple(Step(action, name) for action, name in steps or ()))


def badness(text: str) -> int:
    """How much ``text`` looks like mojibake (ftfy's count of odd character pairs)."""
    from ftfy.badness import badness as ftfy_badness

    return ftfy_badness(text)


def apply(text: str, steps: tuple[Step, ...]) -> str | None:
    """The repair ``steps`` (found on other text) applied to ``text``; None when they
    do not apply (a character the codec cannot encode, bytes that do not decode)."""
    import ftfy

    try:
        return ftfy.apply_plan(text, [(step.action, step.name) for step in steps])
    except (UnicodeError, ValueError, LookupError):
        return None
