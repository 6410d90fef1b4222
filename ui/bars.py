"""The window's bars: the message bar (notices with actions) and the find bar."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)


class MessageBar(QFrame):
    """A one-line message above the panes, with an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.text = QLabel("", self)
        self.text.setObjectName("messageText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("messageAction")
        self.action_button.hide()
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("\N{MULTIPLICATION SIGN}")
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin * 2, margin, margin, margin)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Message"))
        self._callback = None
        self.serial = 0  # counts the messages shown: which ones came after some moment
        self.action_button.clicked.connect(self._clicked)
        self.hide()

    def show_message(self, text: str, *, error: bool = False, action: str = "", callback=None):
        self.serial += 1
        self.text.setText(text)
        self.setProperty("error", error)
        color = (
            QColor("#D55E00") if error else self.palette().color(self.palette().ColorRole.Highlight)
        )
        self.setStyleSheet(
            f"#messageBar {{ border: 1px solid {color.name()}; border-left: 4px solid {color.name()}; }}"
        )
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def _clicked(self) -> None:
        callback = self._callback
        self.hide()
        if callback is not None:
            callback()


class FindBar(QFrame):
    """Ctrl+F: find text in the pane that had the focus last."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("findBar")
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in the text"))
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.previous = QPushButton(self.tr("Previous"), self)
        self.previous.setObjectName("findPrevious")
        self.previous.setAccessibleName(self.tr("Find previous"))
        self.next = QPushButton(self.tr("Next"), self)
        self.next.setObjectName("findNext")
        self.next.setAccessibleName(self.tr("Find next"))
        self.status = QLabel("", self)
        self.status.setObjectName("findStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setObjectName("findClose")
        close.setText("\N{MULTIPLICATION SIGN}")
        close.setAccessibleName(self.tr("Close find"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        margin = max(2, self.fontMetrics().height() // 4)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous)
        layout.addWidget(self.next)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.field.returnPressed.connect(lambda: self.find(forward=True))
        self.next.clicked.connect(lambda: self.find(forward=True))
        self.previous.clicked.connect(lambda: self.find(forward=False))
        self.field.textChanged.connect(lambda _t: self.status.setText(""))
        self.hide()

    def open_bar(self) -> None:
        self.show()
        cursor = self.window_.active_view().textCursor()
        if cursor.hasSelection() and "\u2029" not in cursor.selectedText():
            self.field.setText(cursor.selectedText())
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.window_.active_view().setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def find(self, forward: bool = True) -> bool:
        text = self.field.text()
        if not text:
            return False
        view = self.window_.active_view()
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        if view.find(text, flags):
            self.status.setText("")
            return True
        # wrap around once
        cursor = view.textCursor()
        saved = QTextCursor(cursor)
        cursor.movePosition(
            QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
        )
        view.setTextCursor(cursor)
        if view.find(text, flags):
            self.status.setText(self.tr("Wrapped around"))
            return True
        view.setTextCursor(saved)
        self.status.setText(self.tr("Not found"))
        return False
