"""The two text panes, their headers and their empty-state drop targets.

A :class:`PaneView` only shows a document the worker built; it never computes
anything about the texts. Hovering a highlight shows its reason and evidence;
copying gives the text as it is in the file (filler lines and markers removed).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFontDatabase,
    QPainter,
    QPalette,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from compare import Change, Comparison, Document, EncodingMethod, Format
from compare.charsets import MENU_ENCODINGS
from compare.report.html import reason_html

from .clipboard import PYTHON_MIME_DATA
from .elided import ElidedLabel, plain_tooltip
from .rendering import PaneRender, describe_character, is_invisible
from .worker import Side

#: encodings offered in each pane's header besides the detected ones: the engine's
#: table, so the menu never offers a name the loader refuses
COMMON_ENCODINGS: tuple[str, ...] = MENU_ENCODINGS

#: how each loading step is described in the header
METHOD_TEXT: dict[EncodingMethod, str] = {
    EncodingMethod.BOM: "from its byte-order mark",
    EncodingMethod.UTF8_VALID: "valid UTF-8",
    EncodingMethod.DECLARED: "as the page declares",
    EncodingMethod.DETECTED: "detected",
    EncodingMethod.OVERRIDE: "chosen by you",
    EncodingMethod.FALLBACK: "guessed (fallback)",
}

NEWLINE_TEXT: dict[str, str] = {
    "\n": "LF",
    "\r\n": "CRLF",
    "\r": "CR",
    "mixed": "mixed line endings",
    "": "no line breaks",
}


def dropped_sources(mime: QMimeData) -> list[tuple[str | None, str | None, Format | None]]:
    """(path, text, format) items of a drop: local files first, else text or HTML."""
    paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and u.toLocalFile()]
    if paths:
        return [(p, None, None) for p in paths]
    if mime.hasHtml() and mime.html().strip():
        return [(None, mime.html(), Format.HTML)]
    if mime.hasText() and mime.text().strip():
        text = mime.text()
        # a single URL dragged from a browser's address bar is still a URL, not an article
        url = QUrl(text.strip())
        if url.isLocalFile() and Path(url.toLocalFile()).is_file():
            return [(url.toLocalFile(), None, None)]
        return [(None, text, Format.TEXT)]
    return []


def _can_drop(mime: QMimeData) -> bool:
    return bool(mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or (
        mime.hasText() or mime.hasHtml()
    )


def tooltip_html(change: Change) -> str:
    """Category, reason and evidence of a change, with every piece of text escaped.

    The reason's backtick spans (`&#8217;`) are shown as code, their text escaped
    like the rest: reason text is never interpreted as markup.
    """

    def snippet(text: str) -> str:
        from .rendering import visible

        shown = visible(text).replace("\n", "\N{RETURN SYMBOL}")
        if len(shown) > 120:
            shown = shown[:117] + "…"
        return html.escape(shown)

    lines = [
        f"<b>{html.escape(change.category.value.capitalize())}</b> — "
        f"{reason_html(change.reason)}"
    ]
    if not change.original.empty:
        lines.append(f"Original: <code>{snippet(change.original.text)}</code>")
    if not change.copy.empty:
        lines.append(f"Copy: <code>{snippet(change.copy.text)}</code>")
    if change.evidence:
        lines.append(f"<small>Evidence: {html.escape(', '.join(change.evidence))}</small>")
    if change.pair is not None:
        lines.append("<small>Double-click to go to the other half.</small>")
    return "<p style='white-space:pre-wrap'>" + "<br/>".join(lines) + "</p>"


class PaneView(QPlainTextEdit):
    """One side's text: read-only, word-wrapped, highlights with tooltips, drop target."""

    files_dropped = Signal(list)  # list of (path, text, format)
    focused = Signal()
    resized = Signal()
    #: a change was double-clicked (its index); the window goes to a moved text's other half
    change_activated = Signal(int)

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.render: PaneRender | None = None
        self.comparison: Comparison | None = None
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(self.wordWrapMode())
        self.setAcceptDrops(True)
        self.setTabChangesFocus(True)  # read-only: Tab walks on to the next widget
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCenterOnScroll(False)
        self._drag_active = False
        self._own_document = None
        self._current: tuple[QTextCursor, QTextCursor] | None = None

    # -- content -------------------------------------------------------------------
    def show_render(self, render: PaneRender | None, comparison: Comparison | None) -> None:
        """Show a document the worker built (or an empty one); the previous one is freed."""
        old = self._own_document
        self.render, self.comparison = render, comparison
        if render is None:
            doc = _empty_document(self)
        else:
            doc = render.document
            doc.setParent(self)
            if doc.defaultFont() != self.font():  # zoomed while it was being built
                doc.setDefaultFont(self.font())
            if not isinstance(doc.documentLayout(), QPlainTextDocumentLayout):
                doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
        self.setDocument(doc)
        self._own_document = doc
        if old is not None and old is not doc:
            old.deleteLater()

    def engine_offset(self, position: int) -> int:
        return self.render.to_engine(position) if self.render is not None else position

    def change_index_at(self, position: int) -> int | None:
        return self.render.change_at(position) if self.render is not None else None

    # -- tooltips --------------------------------------------------------------------
    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for a point of the viewport ('' when there is nothing to say)."""
        cursor = self.cursorForPosition(pos)
        position = cursor.position()
        # cursorForPosition gives the nearest gap; the character under the mouse is
        # on the left of it when the mouse is on the right half of that character
        rect = self.cursorRect(cursor)
        if pos.x() < rect.x() and position > 0:
            position -= 1
        parts = []
        index = self.change_index_at(position)
        if index is not None and self.comparison is not None:
            parts.append(tooltip_html(self.comparison.changes[index]))
        if self.render is not None:
            offset = self.engine_offset(position)
            parts.extend(self._fact_tooltips(offset))
            if 0 <= offset < len(self.render.text) and is_invisible(self.render.text[offset]):
                desc = html.escape(describe_character(self.render.text[offset]))
                parts.append(f"<p>Invisible character made visible: <code>{desc}</code></p>")
        return "".join(parts)

    def _fact_tooltips(self, offset: int) -> list[str]:
        """The reason of a fact that did not survive, under the mouse (escaped)."""
        if self.comparison is None:
            return []
        side = "original" if self.side is Side.ORIGINAL else "copy"
        return [
            f"<p><b>Fact F{fact.id}</b>: {html.escape(fact.reason)}</p>"
            for fact in self.comparison.drifted_facts
            if (span := getattr(fact, side)) is not None and span.start <= offset < span.end
        ]

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        text = self.tooltip_at(pos)
        if text:
            QToolTip.showText(global_pos, text, self.viewport())
        else:
            QToolTip.hideText()

    # -- copying: the file's text, not the view's -------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        mime = QMimeData()
        mime.setObjectName(PYTHON_MIME_DATA)  # see ui.clipboard.hand_clipboard_to_qt
        cursor = self.textCursor()
        if self.render is None:
            mime.setText(cursor.selection().toPlainText())
            return mime
        start = self.engine_offset(cursor.selectionStart())
        end = self.engine_offset(cursor.selectionEnd())
        mime.setText(self.render.text[start:end])
        return mime

    # -- drops -------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _can_drop(event.mimeData()):
            event.acceptProposedAction()
            self._set_drag_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _can_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_drag_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drag_active(False)
        items = dropped_sources(event.mimeData())
        if not items:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(items)

    def _set_drag_active(self, active: bool) -> None:
        self._drag_active = active
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        rect = self.current_rows_rect()
        if rect is not None and rect.bottom() >= 0 and rect.top() <= self.viewport().height():
            painter = QPainter(self.viewport())
            color = self.palette().color(QPalette.ColorRole.Highlight)
            bar = max(2.0, self.fontMetrics().height() / 6)
            painter.fillRect(QRectF(0, rect.top(), bar, rect.height()), color)
            frame = QColor(color)
            frame.setAlpha(110)
            painter.setPen(QPen(frame, 1))
            painter.drawRect(rect.adjusted(0.5, 0.5, -1.5, -0.5))
            painter.end()
        if self._drag_active:
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(2, 2, -3, -3))
            painter.end()

    def mouseDoubleClickEvent(self, event) -> None:
        position = self.cursorForPosition(event.position().toPoint()).position()
        index = self.change_index_at(position)
        moved = (
            index is not None
            and self.comparison is not None
            and self.comparison.changes[index].pair is not None
        )
        if moved:
            self.change_activated.emit(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    # -- the current change ---------------------------------------------------------------
    def mark_current(self, start: int | None, end: int | None) -> None:
        """Frame the rows of the current change, with a bar in the left margin.

        (Not an extra selection: its background would hide the highlights under it.)
        """
        if start is None:
            self._current = None
        else:
            self._current = (QTextCursor(self.document()), QTextCursor(self.document()))
            self._current[0].setPosition(start)
            self._current[1].setPosition(max(start, (end or start) - 1))
        self.viewport().update()

    def current_rows_rect(self):
        """The viewport rectangle of the current change's rows (None when there is none)."""
        if self._current is None:
            return None
        first, last = (c.block() for c in self._current)
        if not first.isValid() or not last.isValid():
            return None
        offset = self.contentOffset()
        top = self.blockBoundingGeometry(first).translated(offset).top()
        bottom = self.blockBoundingGeometry(last).translated(offset).bottom()
        return QRectF(0, top, self.viewport().width(), bottom - top)


def _empty_document(parent: QWidget):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument(parent)
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    return doc


class DropTarget(QFrame):
    """The empty state of a pane: a large, clear place to drop a file."""

    files_dropped = Signal(list)
    open_requested = Signal()
    paste_requested = Signal()

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side.value}DropTarget")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._drag_active = False
        what = self.tr("original") if side is Side.ORIGINAL else self.tr("copy")
        self.title = QLabel(self.tr("Drop the {} here").format(what), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        hint = (
            self.tr("a file, or text or a page dragged from a browser")
            if side is Side.ORIGINAL
            else self.tr("the mirrored, scraped or re-translated version")
        )
        self.hint = QLabel(hint, self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.message = QLabel("", self)
        self.message.setObjectName(f"{side.value}DropMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.hide()
        shortcut = "Ctrl+O" if side is Side.ORIGINAL else "Ctrl+Shift+O"
        self.open_button = QPushButton(self.tr("Open…  ({})").format(shortcut), self)
        self.open_button.setObjectName(f"{side.value}OpenButton")
        self.open_button.setAccessibleName(self.tr("Open the {}").format(what))
        self.open_button.clicked.connect(self.open_requested)
        paste_key = "Ctrl+V" if side is Side.ORIGINAL else "Ctrl+Shift+V"
        self.paste_button = QPushButton(self.tr("Paste  ({})").format(paste_key), self)
        self.paste_button.setObjectName(f"{side.value}PasteButton")
        self.paste_button.setAccessibleName(self.tr("Paste the {} from the clipboard").format(what))
        self.paste_button.clicked.connect(self.paste_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(3)
        self.setAccessibleName(self.tr("Drop target for the {}").format(what))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        role = QPalette.ColorRole.Highlight if self._drag_active else QPalette.ColorRole.Mid
        pen = QPen(self.palette().color(role), 3 if self._drag_active else 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        margin = self.fontMetrics().height()
        radius = margin / 2
        painter.drawRoundedRect(self.rect().adjusted(margin, margin, -margin, -margin), radius, radius)
        painter.end()

    def dragEnterEvent(self, event) -> None:
        if _can_drop(event.mimeData()):
            event.acceptProposedAction()
            self._drag_active = True
            self.update()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if _can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._drag_active = False
        self.update()

    def dropEvent(self, event) -> None:
        self._drag_active = False
        self.update()
        items = dropped_sources(event.mimeData())
        if not items:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(items)


class PaneHeader(QFrame):
    """File name, encoding (choose another to re-decode), newline style, warnings."""

    encoding_chosen = Signal(str)

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        what = self.tr("Original") if side is Side.ORIGINAL else self.tr("Copy")
        self.setObjectName(f"{side.value}Header")
        self.role = QLabel(what, self)
        self.role.setTextFormat(Qt.TextFormat.PlainText)
        font = self.role.font()
        font.setBold(True)
        self.role.setFont(font)
        # a long file name keeps its start and its extension: "a-very-lo…copy.html"
        self.name = ElidedLabel(self, Qt.TextElideMode.ElideMiddle)
        self.name.setObjectName(f"{side.value}Name")
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.name.setAccessibleName(self.tr("{} file name").format(what))
        self.encoding = QComboBox(self)
        self.encoding.setObjectName(f"{side.value}Encoding")
        self.encoding.setAccessibleName(self.tr("{} encoding").format(what))
        self.encoding.setToolTip(self.tr("Choose another encoding to decode the file again"))
        self.encoding.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.encoding.activated.connect(self._activated)
        self.method = ElidedLabel(self)
        self.method.setObjectName(f"{side.value}EncodingMethod")
        self.newline = ElidedLabel(self)
        self.newline.setObjectName(f"{side.value}Newline")
        self.language = ElidedLabel(self)
        self.language.setObjectName(f"{side.value}Language")
        self.language.setAccessibleName(self.tr("{} language").format(what))
        self.warning = QLabel("", self)
        self.warning.setObjectName(f"{side.value}Warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.role)
        top.addWidget(self.name, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.encoding)
        bottom.addWidget(self.method)
        bottom.addStretch(1)
        bottom.addWidget(self.language)
        bottom.addWidget(self.newline)
        layout = QVBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(margin)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.warning)
        layout.addStretch(1)  # a header made as tall as its neighbour grows at the bottom
        self.show_document(None)

    def natural_height(self) -> int:
        """The height this header needs at its width (the warning may wrap)."""
        layout = self.layout()
        if layout.hasHeightForWidth():
            return layout.totalHeightForWidth(max(1, self.width()))
        return layout.totalSizeHint().height()

    def show_document(self, doc: Document | None) -> None:
        self.encoding.blockSignals(True)
        self.encoding.clear()
        if doc is None:
            self.name.setText(self.tr("(nothing loaded)"))
            self.name.setToolTip("")
            self.encoding.setEnabled(False)
            self.encoding.hide()
            self.method.setText("")
            self.newline.setText("")
            self.warning.hide()
            self.encoding.blockSignals(False)
            return
        self.encoding.show()
        self.name.setText(Path(doc.path).name if doc.path else doc.label or self.tr("Pasted text"))
        self.name.setToolTip(plain_tooltip(doc.path or self.tr("Pasted text")))
        names = [doc.encoding] + [a.encoding for a in doc.alternatives]
        names += [e for e in COMMON_ENCODINGS]
        seen: list[str] = []
        for name in names:
            if name and name.lower() not in (s.lower() for s in seen):
                seen.append(name)
        self.encoding.addItems(seen)
        self.encoding.setCurrentIndex(0)
        self.encoding.setEnabled(doc.path is not None)
        if doc.path is None:
            self.encoding.setToolTip(self.tr("Pasted text is already decoded"))
        method = METHOD_TEXT.get(doc.encoding_method, str(doc.encoding_method))
        if doc.encoding_method in (EncodingMethod.DETECTED, EncodingMethod.FALLBACK):
            method += self.tr(", {:.0%} confident").format(doc.confidence)
        if doc.format is Format.HTML:
            method += self.tr(" · HTML, visible text")
        self.method.setText(method)
        tip = [self.tr("Encoding decided: {}").format(method)]
        if doc.alternatives:
            tip.append(
                self.tr("Also considered: ")
                + ", ".join(f"{a.encoding} ({a.confidence:.0%})" for a in doc.alternatives)
            )
        tip.extend(doc.notes)
        self.method.setToolTip(plain_tooltip("\n".join(tip)))
        self.newline.setText(NEWLINE_TEXT.get(doc.newline, doc.newline) + (" · BOM" if doc.bom else ""))
        warnings = []
        if doc.low_confidence:
            warnings.append(
                self.tr("Low confidence in the encoding ({:.0%}): check the text, or choose another encoding.").format(
                    doc.confidence
                )
            )
        if doc.undecodable_bytes:
            warnings.append(
                self.tr("{} byte(s) could not be decoded; they are shown as \N{REPLACEMENT CHARACTER}.").format(
                    doc.undecodable_bytes
                )
            )
        # text recovered, encodings mixed or overruled... (engine notes are lower case)
        warnings.extend(f"{w[:1].upper()}{w[1:]}{'' if w.endswith('.') else '.'}" for w in doc.warnings)
        self.warning.setText("  ".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.encoding.blockSignals(False)

    def show_language(self, text: str, tip: str = "") -> None:
        """The detected language (``French (fr)``), "" while nothing is compared."""
        self.language.setText(text)
        self.language.setToolTip(plain_tooltip(tip) if tip else "")

    def _activated(self, index: int) -> None:
        self.encoding_chosen.emit(self.encoding.itemText(index))


class Pane(QWidget):
    """Header above a stack of drop target / text view."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.header = PaneHeader(side, self)
        self.drop_target = DropTarget(side, self)
        self.view = PaneView(side, self)
        name = "originalView" if side is Side.ORIGINAL else "copyView"
        self.view.setObjectName(name)
        what = self.tr("Original text") if side is Side.ORIGINAL else self.tr("Copy text")
        self.view.setAccessibleName(what)
        self.view.document().setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.drop_target)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

    def show_loaded(self, loaded: bool) -> None:
        self.stack.setCurrentWidget(self.view if loaded else self.drop_target)
