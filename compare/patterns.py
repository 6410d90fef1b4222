"""Regular expressions compiled the first time they are used, not at import.

The engine's heuristics hold a few hundred patterns, some of them alternations of
hundreds of phrases; compiling them all when ``compare`` is imported cost most of the
import (0.2 s), while a comparison uses only some of them (one language's dates and
number words, not thirteen). :func:`lazy` returns a stand-in with the compiled
pattern's methods: the first call compiles, later calls go straight to the compiled
pattern's bound methods (set on the stand-in, so there is no lookup cost after the
first use). The source is available as ``.pattern`` without compiling, so patterns
can still be built out of each other.

Phrase tables that are lists of literal strings go in as the ``regex`` module's named
lists (``\\L<name>``): a set lookup, compiled in a fraction of the time an
alternation of escaped phrases takes, and matched longest first like an alternation
sorted by length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import regex

#: what a stand-in forwards to its compiled pattern
_FORWARDED = (
    "match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
    "splititer", "groupindex", "groups", "flags", "named_lists",
)


class LazyPattern:
    """A compiled pattern, compiled on first use (see :func:`lazy`)."""

    def __init__(
        self, pattern: str, flags: int, named_lists: dict[str, frozenset[str]], engine: Any = regex
    ) -> None:
        self.pattern = pattern
        self._flags = flags
        self._named_lists = named_lists
        self._engine = engine

    def compiled(self) -> regex.Pattern[str]:
        compiled = self._engine.compile(self.pattern, self._flags, **self._named_lists)
        for name in _FORWARDED:
            if hasattr(compiled, name):  # the stdlib's patterns lack splititer, named_lists
                setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled  # type: ignore[method-assign]
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        if name.startswith("__") or name in ("_flags", "_named_lists", "_engine"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0, **named_lists: Iterable[str]) -> LazyPattern:
    """``regex.compile(pattern, flags, **named_lists)``, done when first used."""
    return LazyPattern(pattern, flags, {k: frozenset(v) for k, v in named_lists.items()})


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)`` (the stdlib engine, for its speed on simple
    classes), done when first used."""
    return LazyPattern(pattern, flags, {}, re)
