"""The start screen: new register, open one, recent registers, try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privguard.ui.preferences import Preferences
from privguard.ui.style import ERROR_CSS, HINT_CSS


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal(Path)
    demoRequested = Signal()

    def __init__(self, prefs: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        title = QLabel("PrivGuard")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(self.tr("Your organisation's personal data, risks and incidents, "
                                 "in one encrypted register."))
        tagline.setStyleSheet(HINT_CSS)
        tagline.setWordWrap(True)
        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.tr("New register…"))
        self.new_button.setObjectName("new")
        self.open_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
                                       self.tr("Open register…"))
        self.demo_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                                       self.tr("Try the demo"))
        self.demo_button.setObjectName("demo")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self._choose)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(lambda item: self.openRequested.emit(
            Path(item.data(Qt.ItemDataRole.UserRole))))
        self.progress = QProgressBar(maximum=0, visible=False)
        self.status = QLabel(wordWrap=True)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(ERROR_CSS)

        actions = QVBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.demo_button)
        actions.addStretch(1)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("Recent registers")))
        recent_box.addWidget(self.recent)
        row = QHBoxLayout()
        row.addLayout(actions, 1)
        row.addSpacing(24)
        row.addLayout(recent_box, 2)
        panel = QWidget()
        panel.setMaximumWidth(760)
        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addWidget(tagline)
        inner.addSpacing(18)
        inner.addLayout(row)
        inner.addWidget(self.progress)
        inner.addWidget(self.status)
        inner.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.reload()

    def reload(self) -> None:
        self.recent.clear()
        for path in self.prefs.recent():
            item = QListWidgetItem(self.style().standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon),
                                   f"{path.stem}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not self.recent.count():
            item = QListWidgetItem(self.tr("None yet: create a register or try the demo."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def set_busy(self, text: str | None) -> None:
        self.progress.setVisible(text is not None)
        self.status.setText(text or "")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setEnabled(text is None)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a register (a folder ending in .privguard)"), str(Path.home()))
        if not folder:
            return
        path = Path(folder)
        if not (path / "keys.json").exists():
            self.show_error(self.tr("{path} is not a PrivGuard register: it holds no keys.json."
                                    ).format(path=path))
            return
        self.openRequested.emit(path)
