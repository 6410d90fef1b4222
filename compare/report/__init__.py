"""Report presenters, in one registry.

Each presenter renders a finished :class:`~compare.model.Comparison`; none of them
computes anything about the texts. PDF is not here: it needs Qt, so the window
package adds it (``ui.pdf``) for the CLI and the export dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Category, Comparison


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What every presenter is told, built the same way by the CLI and the window."""

    #: categories left out of counts, verdict and listings (still shown dimmed in HTML)
    ignore: frozenset[Category] = frozenset()
    #: characters of context around each change in text/markdown/unified output
    context: int = 60


@dataclass(frozen=True, slots=True)
class Presenter:
    name: str  # the --format value
    suffix: str  # file name suffix, with the dot
    media_type: str
    description: str  # one line, shown in --help and the export dialog
    render: Callable[[Comparison, ReportOptions], str]
    #: the same report as UTF-8, when the presenter can build it with less memory than
    #: ``render(...).encode()`` (a report of a 60 MB pair is itself ~80 MB)
    render_bytes: Callable[[Comparison, ReportOptions], bytes] | None = None

    def encoded(self, comparison: Comparison, options: ReportOptions) -> bytes:
        """The report as UTF-8, the file a report is written to."""
        if self.render_bytes is not None:
            return self.render_bytes(comparison, options)
        return self.render(comparison, options).encode("utf-8")


PRESENTERS: dict[str, Presenter] = {}


def register(presenter: Presenter) -> Presenter:
    PRESENTERS[presenter.name] = presenter
    return presenter


def get_presenter(name: str) -> Presenter:
    try:
        return PRESENTERS[name]
    except KeyError:
        known = ", ".join(sorted(PRESENTERS))
        raise KeyError(f"unknown report format {name!r} (known: {known})") from None


def render(comparison: Comparison, fmt: str, options: ReportOptions | None = None) -> str:
    return get_presenter(fmt).render(comparison, options or ReportOptions())


# The presenters register themselves on import; importing them here makes the
# registry complete for anyone who imports ``compare.report``.
from . import html, jsonreport, markdown, text, unified  # noqa: E402, F401
