"""What the window shows about its state: the toggles and their counts, the change
list, the overview strip, the status bar and notices (a section of
:class:`ui.window.MainWindow`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QTextCursor,
)

from compare import CATEGORY_ORDER, Category, Mode
from compare.findings import drift_parts, tally
from compare.grouping import category_items

from .panes import PaneView, plain_tooltip
from .theme import CATEGORY_STYLES, Level, Theme
from .worker import Side

#: below this similarity the two texts are not two versions of one article
DIFFERENT_ARTICLES = 0.3


def swatch(theme: Theme, category: Category, size: int, ratio: float) -> QPixmap:
    """The legend swatch of a category: its tint or hatch, its underline, its border."""
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = CATEGORY_STYLES[category]
    rect = pixmap.rect().adjusted(1, 1, -1, -1)
    rect.setSize(QSize(size - 2, size - 2))
    painter.fillRect(rect, theme.tint(category))
    painter.fillRect(rect, theme.background_brush(category, Level.NORMAL))
    accent = theme.accent(category)
    painter.setPen(QPen(accent, 1.5))
    painter.drawRect(rect)
    y = rect.bottom() - 2
    pen = QPen(accent, 2)
    if style.underline.name == "WaveUnderline":
        for x in range(rect.left() + 1, rect.right() - 1, 4):
            painter.setPen(pen)
            painter.drawLine(x, y, x + 2, y - 2)
            painter.drawLine(x + 2, y - 2, x + 4, y)
    elif style.underline.name == "DotLine":
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
    elif style.underline.name == "DashUnderline":
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(rect.left() + 2, y, rect.right() - 2, y)
    painter.end()
    return pixmap


class StatusMixin:
    """Mixed into :class:`ui.window.MainWindow`; uses its widgets and state."""

    # ------------------------------------------------------------------------------
    # what the window shows about the state
    # ------------------------------------------------------------------------------
    def _update_everything(self) -> None:
        self._update_toggles()
        self._update_change_list()
        self._update_overview()
        self._update_notice()
        self._update_navigation()
        self._update_title()
        loaded = any(d is not None for d in self.documents.values())
        for side, pane in self.panes.items():
            if self.documents[side] is None:
                pane.show_loaded(False)
                pane.header.show_document(None)
        self._level_headers()
        files = any(s is not None and s.is_file for s in self.sources.values())
        self.actions.actionReload.setEnabled(files)
        self.actions.actionSwap.setEnabled(loaded)
        self.actions.actionExport.setEnabled(self.comparison is not None)
        self.actions.actionCopyText.setEnabled(loaded)
        self.actions.actionFind.setEnabled(loaded)
        self.actions.actionFindNext.setEnabled(loaded)
        self.actions.actionFindPrevious.setEnabled(loaded)
        if self._worker is None:
            self.actions.actionCancel.setEnabled(False)

    def _update_toggles(self) -> None:
        ratio = self.devicePixelRatioF() or 1.0
        size = max(12, self.fontMetrics().height())
        counts = self.comparison.counts if self.comparison is not None else {}
        for category, action in self.toggles.items():
            count = counts.get(category, 0)
            label = CATEGORY_STYLES[category].label
            on = category in self.enabled
            text = f"{self.tr(label)} {count}" if self.comparison is not None else self.tr(label)
            groups, single = (
                category_items(self.comparison, category) if self.comparison else (0, 0)
            )
            if groups:
                # both numbers: the items an editor reads and the changes behind them
                text += self.tr(" \N{MIDDLE DOT} {} group(s)").format(groups)
            box = "\N{BALLOT BOX WITH CHECK}" if on else "\N{BALLOT BOX}"
            action.setText(f"{box} {text}")
            menu_action = self.menu_toggles[category]
            menu_action.setText(text)
            menu_action.blockSignals(True)
            menu_action.setChecked(on)
            menu_action.blockSignals(False)
            action.setIcon(QIcon(swatch(self.theme, category, size, ratio)))
            state = self.tr("shown") if category in self.enabled else self.tr("hidden")
            action.setToolTip(
                self.tr("{}: {} change(s){}, {} — click to toggle").format(
                    label,
                    count,
                    self.tr(", read as {} item(s): {} group(s)").format(groups + single, groups)
                    if groups
                    else "",
                    state,
                )
                + "\n"
                + self.tr("Shown as: {}").format(self.tr(CATEGORY_STYLES[category].shown_as))
            )
            button = self.legend_bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(self.tr("Show {} ({})").format(label.lower(), count))
                font = button.font()
                font.setStrikeOut(not on)
                button.setFont(font)
            action.blockSignals(True)
            action.setChecked(category in self.enabled)
            action.blockSignals(False)

    def _update_change_list(self) -> None:
        if self.comparison is None or self.rendering is None:
            self.change_model.set_changes((), [], (), {}, {})
            return
        ratio = self.devicePixelRatioF() or 1.0
        size = max(12, self.fontMetrics().height())
        icons = {c: QIcon(swatch(self.theme, c, size, ratio)) for c in CATEGORY_ORDER}
        self.change_model.set_changes(
            self.comparison.changes,
            self.shown_changes(),
            self.rendering.change_lines,
            icons,
            {c: self.theme.tint(c) for c in CATEGORY_ORDER},
            self.comparison.groups,
        )
        if self.current is not None:
            self._select_in_list(self.current)

    def _update_overview(self) -> None:
        if self.comparison is None or self.rendering is None:
            self.overview.set_marks([], [], self.enabled, 1, self.theme)
            self.overview.set_current(None)
            return
        # translation mode: the drifted facts are marks too, after the changes' (drawn
        # like the edits they are marked as in the panes)
        facts = self.translation.fact_marks() if self.translating() else []
        self.overview.set_marks(
            [*self.rendering.change_rows, *(row for _index, row, _ranges in facts)],
            [c.category for c in self.comparison.changes] + [Category.EDIT] * len(facts),
            self.visible_categories(),
            self.rendering.rows,
            self.theme,
        )
        self._place_overview_marks()
        self.overview.set_current(self.current)

    def _level_headers(self) -> None:
        """Both pane headers as tall as the taller one, so both texts start level.

        A warning line in one header (undecodable bytes, low confidence) would
        otherwise push that pane's text down and break the row-for-row levelling.
        """
        headers = [pane.header for pane in self.panes.values()]
        height = max(header.natural_height() for header in headers)
        for header in headers:
            if header.minimumHeight() != height:
                header.setMinimumHeight(height)

    def _place_overview_marks(self) -> None:
        """Put each mark level with its text when the whole document fits the view.

        Otherwise the strip keeps its proportional mapping (whole strip = whole text).
        """
        view = self.original_view
        rendering = self.rendering
        if (
            rendering is None
            or self.comparison is None
            or view.render is None
            or not view.isVisible()
            or view.verticalScrollBar().maximum() > 0
        ):
            self.overview.set_exact_positions(None)
            return
        strip_top = self.overview.mapTo(self, QPoint(0, 0)).y()
        offset = view.viewport().mapTo(self, QPoint(0, 0)).y() - strip_top
        content = view.contentOffset().y()
        positions = []
        for index, change in enumerate(self.comparison.changes):
            top = bottom = None
            # the side(s) with the change's text; the other side only has a pad there
            with_text = [
                pane_view
                for pane_view, span in (
                    (self.original_view, change.original),
                    (self.copy_view, change.copy),
                )
                if not span.empty
            ] or [self.original_view, self.copy_view]
            for pane_view in with_text:
                span = self._change_extent(pane_view, index)
                if span is None:
                    continue
                shift = pane_view.viewport().mapTo(self, QPoint(0, 0)).y() - strip_top
                top = span[0] + shift if top is None else min(top, span[0] + shift)
                bottom = span[1] + shift if bottom is None else max(bottom, span[1] + shift)
            if top is None or bottom is None:
                self.overview.set_exact_positions(None)
                return
            positions.append((float(top), float(bottom - top)))
        for _index, _row, ranges in self.translation.fact_marks() if self.translating() else ():
            extents = []
            for pane_view, start, end in ranges:
                extent = self._range_extent(pane_view, start, end)
                if extent is not None:
                    shift = pane_view.viewport().mapTo(self, QPoint(0, 0)).y() - strip_top
                    extents.append((extent[0] + shift, extent[1] + shift))
            if not extents:
                self.overview.set_exact_positions(None)
                return
            top, bottom = min(e[0] for e in extents), max(e[1] for e in extents)
            positions.append((float(top), float(bottom - top)))
        document = view.document()
        last = document.lastBlock()
        bottom = view.blockBoundingGeometry(last).bottom() if last.isValid() else 0.0
        self.overview.set_exact_positions(positions, (offset + content, offset + content + bottom))

    @staticmethod
    def _change_extent(view: PaneView, index: int) -> tuple[int, int] | None:
        """The viewport (top, bottom) of change ``index``'s text in ``view``, if it has text."""
        ranges = view.render.change_ranges if view.render is not None else ()
        if index >= len(ranges):
            return None
        return StatusMixin._range_extent(view, ranges[index][0], ranges[index][1])

    @staticmethod
    def _range_extent(view: PaneView, start: int, end: int) -> tuple[int, int] | None:
        """The viewport (top, bottom) of the document range ``[start, end)`` of ``view``."""
        if end <= start:
            return None
        document = view.document()
        breaks = ("\u2029", "\u2028", "\n")
        while start < end - 1 and document.characterAt(start) in breaks:
            start += 1  # a change that starts with a paragraph break is drawn on the next line
        while end - 1 > start and document.characterAt(end - 1) in breaks:
            end -= 1
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        first = view.cursorRect(cursor)
        cursor.setPosition(max(start, end - 1))  # the last character's line, not the next one
        last = view.cursorRect(cursor)
        return first.top(), max(first.bottom(), last.bottom())

    def _update_notice(self) -> None:
        c = self.comparison
        if c is None:
            self.identical_notice.hide()
            return
        lines = []
        if c.identical:
            lines.append(self.tr("The two texts are identical."))
        elif c.mode is Mode.TRANSLATION:
            drifted = drift_parts(tally(c))
            lines.append(
                self.tr("In the translation: {} (see Findings).").format(", ".join(drifted))
                if drifted
                else self.tr("Every paragraph and every fact has its counterpart in the translation.")
            )
            lines.extend(c.notes)
        else:
            if (
                c.mode is Mode.SAME
                and c.similarity < DIFFERENT_ARTICLES
                and c.original.text.strip()
                and c.copy.text.strip()
            ):
                lines.append(
                    self.tr(
                        "These look like different articles: only {:.1f}% of the text is shared. "
                        "Check that the right two files are open."
                    ).format(c.similarity * 100)  # as in the status bar's "… % similar"
                )
            # how the comparison was made, when it says so (changes gathered into blocks)
            lines.extend(c.notes)
            if not self.shown_changes():
                lines.append(
                    self.tr(
                        "With the categories toggled off, the copies look identical "
                        "({} difference(s) hidden)."
                    ).format(len(c.changes))
                )
        self.identical_notice.setText("\n".join(lines))
        self.identical_notice.setVisible(bool(lines))

    def _update_navigation(self) -> None:
        if self._syncing:
            return  # in the middle of showing a change or a new rendering
        a = self.actions
        shown = self._stops()
        a.actionNextChange.setEnabled(self._neighbour(True) is not None)
        a.actionPreviousChange.setEnabled(self._neighbour(False) is not None)
        a.actionFirstChange.setEnabled(bool(shown) and self.current != shown[0])
        a.actionLastChange.setEnabled(bool(shown) and self.current != shown[-1])
        a.actionNextListItem.setEnabled(bool(shown))
        a.actionPreviousListItem.setEnabled(bool(shown))
        if self.translating():
            self.translation.update_navigation()  # findings, not the change list
        self.status_summary.setText(self.summary_text())
        self.status_summary.setToolTip(plain_tooltip(self.summary_text()))

    def summary_text(self) -> str:
        c = self.comparison
        if c is None:
            loaded = [s for s, d in self.documents.items() if d is not None]
            if not loaded:
                return self.tr("Open or drop the original and the copy.")
            missing = self.tr("copy") if Side.ORIGINAL in loaded else self.tr("original")
            return self.tr("Now open or drop the {}.").format(missing)
        if self.translating():
            return self.translation.summary_text()
        shown = self.shown_changes()
        n = len(shown)
        if self.current is not None and self.current in shown:
            head = self.tr("Difference {} of {}").format(shown.index(self.current) + 1, n)
        elif n:
            head = self.tr("{} differences").format(n) if n != 1 else self.tr("1 difference")
        else:
            head = self.tr("No differences shown")
        counts = " · ".join(
            f"{category.value} {c.counts.get(category, 0)}"
            + ("" if category in self.enabled else self.tr(" (hidden)"))
            for category in CATEGORY_ORDER
        )
        if c.mode is Mode.TRANSLATION:  # a share of paragraphs with a partner, not of text
            return self.tr("{}   |   {}   |   {:.1%} aligned · {:.1%} site chrome").format(
                head, counts, c.similarity, c.chrome_share
            )
        return self.tr("{}   |   {}   |   {:.1%} similar · {:.1%} site chrome").format(
            head, counts, c.similarity, c.chrome_share
        )

    def _update_title(self) -> None:
        names = []
        for side in (Side.ORIGINAL, Side.COPY):
            doc = self.documents[side]
            if doc is not None:
                names.append(Path(doc.path).name if doc.path else doc.label)
        if names:
            self.setWindowTitle(" \N{LEFT RIGHT ARROW} ".join(names) + " \N{EM DASH} mirrordiff")
        else:
            self.setWindowTitle("mirrordiff")
