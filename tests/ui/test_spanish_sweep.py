"""The Spanish sweep: every area of the window, in Spanish, shows none of our English words.

The demo register is opened in a real main window, switched to Spanish in Settings
as a user would, and every area is visited (Ctrl+1 … Ctrl+9) with the first row of
each list selected, so its form shows, and every tab of it. Every text the user can
see is collected — labels, buttons, group boxes, tabs, headers and the first rows of
each table, list and tree, combo box items, placeholders and tool tips — and
compared with our English originals: the message ids of the gettext catalogue
(``resources/locale/es/LC_MESSAGES/privguard.po``) and the sources of Qt's
catalogue (``resources/translations/privguard_es.ts``) whose Spanish differs.
The demo register's own content is English user data; it is not compared, since
only our words are.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: S405 - our own catalogue file
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from privguard import words_tool
from privguard.ui import translations as qt_catalogue
from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from tests.ui.conftest import DEMO_PASSPHRASE

ROWS = 50  # the first rows of each table that are read

# Words that read the same to a Spanish reader (codes, proper nouns) although the
# catalogue spells them otherwise somewhere, and single letters of column headers.
ALLOWED = frozenset({
    "ransomware", "RGPD", "DPIA", "SHA-256", "PrivGuard", "English", "Español", "C", "I", "A",
    "MTD", "RTO", "RPO", "ALE", "P95", "P90", "EUR", "USD", "GBP", "Id",
})
# Pieces a shown text is cut into, so "12 · High" and "Risk ↔ Asset" are checked word by word.
_SEPARATORS = re.compile(r" · | — | ↔ | → |\n|; ")
_TAGS = re.compile(r"<[^>]+>")


# -- our English words ---------------------------------------------------------------------


def gettext_originals(po: Path | None = None) -> set[str]:
    """Message ids of the gettext catalogue whose Spanish is different."""
    with (po or words_tool.po_path("es")).open("rb") as handle:
        catalog = read_po(handle, locale="es")
    found = set()
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not any(strings):
            found.update(ids)  # not translated at all: it would show in English
            continue
        found.update(i for i in ids if i not in strings)
    return found


def qt_originals(ts: Path | None = None) -> set[str]:
    """Sources of Qt's catalogue whose Spanish is different."""
    tree = ET.parse(ts or qt_catalogue.TS_DIR / "privguard_es.ts")  # noqa: S314 - our own file
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "vanished":
            continue
        if (translation.text or "") != source:
            found.add(source)
    return found


def english_originals() -> set[str]:
    return {text for text in gettext_originals() | qt_originals()
            if _worth_checking(text) and text not in ALLOWED}


def _worth_checking(text: str) -> bool:
    # A template with blanks never shows as it is written; a single character is a symbol.
    return len(text.strip()) > 1 and "{" not in text


# -- what the window shows -------------------------------------------------------------------


def _clean(text: str) -> str:
    return _TAGS.sub("", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip()


def _columns(model, parent: QModelIndex) -> int:  # noqa: ANN001
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps its one column to itself
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def walk(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                yield str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            if depth < 2:
                yield from walk(model.index(row, 0, parent), depth + 1)

    yield from walk(QModelIndex(), 0)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every text ``root`` shows (or shows on hover)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        yield where, widget.toolTip()
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
                yield where, widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
            if widget.isEditable() and widget.lineEdit() is not None:
                yield where, widget.lineEdit().placeholderText()
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget):
                yield where, text
    # The menus and the window's shortcuts (an action no menu or widget holds is not shown).
    actions = list(root.actions())
    menus = [root.menuBar()] if hasattr(root, "menuBar") else []
    while menus:
        for action in menus.pop().actions():
            actions.append(action)
            if action.menu() is not None:
                menus.append(action.menu())
    for action in actions:
        yield "QAction", action.text()


def leftovers(texts: Iterator[tuple[str, str]], originals: set[str]) -> set[tuple[str, str]]:
    """The texts (or pieces of them) that are one of our English originals."""
    found = set()
    for where, text in texts:
        text = _clean(text or "")
        if not text:
            continue
        pieces = {text, *(_clean(p) for p in _SEPARATORS.split(text))}
        # "Customers — vulnerable" or "Malware infection (T-MALWARE)": the name before the code.
        pieces |= {re.sub(r"\s*\([^()]*\)$", "", p) for p in pieces}
        for piece in pieces:
            if piece in originals:
                found.add((where, piece))
    return found


# -- the window, in Spanish ------------------------------------------------------------------


@pytest.fixture
def spanish_window(qtbot, tmp_path, demo_path):
    window = build_window(prefs=Preferences(tmp_path / "config"))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_register(demo_path)
    window.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.ctx.ws is not None, timeout=10_000)
    # Settings (Ctrl+9) → Language → Español, as a user picks it.
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    settings = window.current_area()
    assert settings.key == "settings"
    combo = settings.language
    index = combo.findData("es")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Panel", timeout=5_000)
    try:
        yield window
    finally:
        window.close_register()
        window.ctx.language.apply("en")


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20_000)
    qtbot.wait(20)


def _select_first_rows(qtbot, window, area: QWidget) -> None:
    """Select the first row of every list of the area, so the form or detail it opens shows."""
    for view in area.findChildren(QAbstractItemView):
        if not view.isVisibleTo(area) or view.model() is None or view.model().rowCount() == 0:
            continue
        if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            continue
        view.setCurrentIndex(view.model().index(0, 0))
        _settle(qtbot, window)


def sweep(qtbot, window) -> set[tuple[str, str]]:
    """Visit every area and every tab in it; everything the window showed, as (area, where, text)."""
    originals = english_originals()
    found = set()
    areas = window.nav.count()
    assert areas == 9
    for number in range(1, areas + 1):
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        _settle(qtbot, window)
        area = window.current_area()
        _select_first_rows(qtbot, window, area)
        pages = [tabs for tabs in area.findChildren(QTabWidget) if tabs.isVisibleTo(area)]
        seen = list(visible_texts(window))
        for tabs in pages:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _settle(qtbot, window)
                _select_first_rows(qtbot, window, tabs.currentWidget())
                seen += visible_texts(window)
        found |= {(area.key, where, text) for where, text in leftovers(iter(seen), originals)}
    return found


def test_every_area_speaks_spanish(qtbot, spanish_window):
    found = sweep(qtbot, spanish_window)
    assert not found, f"{len(found)} English words in the Spanish window:\n" + "\n".join(
        f"  [{area}] {where}: {text!r}" for area, where, text in sorted(found))


# One translation lost at a time, each from another kind of word: the sweep must say so.
LOST = {
    "field label": ("field", lambda label, *_: label == "Owner", "Owner"),
    "catalogue entry": ("catalogue", lambda _kind, code, *_: code == "DS-CUSTOMERS", "Customers"),
    "choice": ("choice", lambda value, *_: value == "treating", "Treating"),
    "matrix label": ("matrix", lambda label, *_: label == "Critical", "Critical"),
}


@pytest.mark.parametrize("lost", LOST, ids=list(LOST))
def test_the_sweep_finds_an_english_word(qtbot, spanish_window, monkeypatch, lost):
    from privguard.words import catalog

    method, matches, english = LOST[lost]
    real = getattr(catalog.Words, method)

    def in_english(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if self.lang == "es" and matches(*args):
            return real(catalog.words_for("en"), *args, **kwargs)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(catalog.Words, method, in_english)
    spanish_window.ctx.changed.emit("language")  # the areas are rebuilt with the lost word
    found = sweep(qtbot, spanish_window)
    assert {text for _area, _where, text in found} == {english}, found


def test_originals_are_our_words_with_a_different_spanish():
    originals = english_originals()
    assert {"Owner", "Dashboard", "Likelihood", "Save"} <= originals
    # Spelled alike in both languages, or allowed: never a leftover.
    assert "ransomware" not in originals
    assert "DPIA" not in originals
