"""The Reports area: preview, export with progress (by click and by key), listed afterwards,
verified in the window and without the register; the signing certificate shown and exported;
cancel leaves nothing."""

from __future__ import annotations

import re
import shutil
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from privguard.reports import pades
from privguard.services.reporting import REPORT_TITLES
from privguard.ui.areas.reports import KINDS, ReportsArea
from privguard.ui.style import ERROR_CSS
from privguard.ui.widgets.pdf_preview import has_ink
from privguard.words import words_for
from tests.reports.helpers import open_demo, pdf_text, render_pages
from tests.ui.conftest import make_ctx


def make(qtbot, ctx):
    area = ReportsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=10_000)
    return area


def test_export_a_board_report_then_see_and_verify_it(qtbot, demo_ctx, tmp_path):
    area = make(qtbot, demo_ctx)
    area.kinds.setCurrentRow(0)
    target = tmp_path / "board.pdf"
    area.export(target)
    assert area.cancel_button.isVisible() and not area.export_button.isEnabled()
    qtbot.waitUntil(lambda: area._task is None, timeout=60_000)
    assert target.exists(), area.status.text()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Alder & Finch" in text
    assert "Saved" in area.status.text()
    qtbot.waitUntil(lambda: area.history.model.rowCount() == 1, timeout=10_000)
    outcome = demo_ctx.ws.reporting.verify(target)
    assert outcome.ok


def test_incident_report_needs_a_chosen_incident(qtbot, demo_ctx, tmp_path):
    area = make(qtbot, demo_ctx)
    area.show_filter(kind="incident")
    assert area.subject.isVisible() and area.subject.count() >= 9
    index = next(i for i in range(area.subject.count()) if "mail servers" in area.subject.itemText(i))
    area.subject.setCurrentIndex(index)
    target = tmp_path / "incident.pdf"
    area.export(target)
    qtbot.waitUntil(lambda: area._task is None, timeout=60_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Virus takes down the mail servers" in text


def test_cancel_leaves_no_file(qtbot, demo_ctx, tmp_path, monkeypatch):
    area = make(qtbot, demo_ctx)
    area.show_filter(kind="ropa")
    target = tmp_path / "ropa.pdf"
    reporting = demo_ctx.ws.reporting
    original = reporting.export
    pressed = threading.Event()

    def export(kind, path, *, progress, cancelled, **options):
        def gated(fraction, message=""):
            pressed.wait(5)  # hold the export at its first step until Cancel is pressed
            progress(fraction, message)
        return original(kind, path, progress=gated, cancelled=cancelled, **options)

    monkeypatch.setattr(reporting, "export", export)
    area.export(target)
    area.cancel()
    pressed.set()
    qtbot.waitUntil(lambda: area._task is None, timeout=60_000)
    assert "Cancelled" in area.status.text()
    assert not target.exists()
    assert len(reporting.history()) == 0


def test_risk_register_exports_what_the_risks_table_shows(qtbot, demo_ctx, tmp_path):
    from privguard.ui.areas.risks import RisksArea

    risks = RisksArea(demo_ctx)
    qtbot.addWidget(risks)
    risks.show()
    risks.refresh()
    qtbot.waitUntil(lambda: risks.table.model.rowCount() > 0, timeout=10_000)
    risks.table.filter_edit.setText("ransomware")
    shown = [risks.table.model.row_dict(r)["title"] for r in range(risks.table.model.rowCount())]
    asked = []
    demo_ctx.navigateRequested.connect(lambda area, filters: asked.append((area, filters)))
    risks.act_export.trigger()
    assert asked and asked[0][0] == "reports"
    area = make(qtbot, demo_ctx)
    area.show_filter(**asked[0][1])
    assert area.kind() == "risks" and area.search.text() == "ransomware"
    target = tmp_path / "risks.pdf"
    area.export(target)
    qtbot.waitUntil(lambda: area._task is None, timeout=60_000)
    text = " ".join(PdfReader(target).pages[i].extract_text() for i in range(len(PdfReader(target).pages)))
    for title in shown:
        assert title.split()[0] in text
    assert "Credential phishing against office staff" not in text


# -- from the window: preview, export by click and key, the certificate, verify ----------------
#
# One register for the module: the ten exports below (each kind in each language) add to its
# history, which none of these tests counts from zero.

ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton
# What is typed into the language box to choose one (QTest types ASCII only).
LANGUAGE_ITEMS = {"en": "English", "es": "Espa"}
# The incident chosen for the incident report, by its title in the list.
INCIDENT = "Virus takes down the mail servers"


@pytest.fixture(scope="module")
def shared_ctx(qapp, demo_template, tmp_path_factory):
    """The demo register opened once for the module, with the window's context around it."""
    path = tmp_path_factory.mktemp("reports-area") / demo_template.name
    shutil.copytree(demo_template, path)
    ws = open_demo(path)
    context = make_ctx(ws)
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()
    if ws.register.is_open:
        ws.close()


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """The operating system's dialogs, answered as a user would: ``save``/``open`` are the
    paths the file dialogs return next (None fails the test: no dialog was expected), and the
    reminder that a PDF leaves the register is answered OK. Message boxes are recorded."""
    state = {"save": None, "open": None, "asked": [], "boxes": []}

    def save(_parent=None, caption="", folder="", _filter="", *_a, **_k):
        state["asked"].append((caption, folder))
        assert state["save"] is not None, f"unexpected save dialog: {caption}"
        return str(state["save"]), _filter

    def open_(_parent=None, caption="", _folder="", _filter="", *_a, **_k):
        state["asked"].append((caption, _folder))
        assert state["open"] is not None, f"unexpected open dialog: {caption}"
        return str(state["open"]), _filter

    def box(kind):
        def show(_parent, title, text, *_a, **_k):
            state["boxes"].append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_))
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", box("warning"))
    monkeypatch.setattr(QMessageBox, "information", box("information"))
    return state


def window(qtbot, ctx):
    """The Reports area on its own, active (so its mnemonics work), data loaded."""
    area = make(qtbot, ctx)
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area, timeout=5_000)
    return area


def choose(qtbot, area, kind, lang=None):
    """Click the report in the list, and type the language into its box (Alt+L)."""
    rect = area.kinds.visualItemRect(area.kinds.item(list(KINDS).index(kind)))
    qtbot.mouseClick(area.kinds.viewport(), LEFT, pos=rect.center())
    assert area.kind() == kind
    if lang is not None:
        qtbot.keyClick(area, Qt.Key.Key_L, ALT)
        assert area.language.hasFocus()
        qtbot.keyClicks(area.language, LANGUAGE_ITEMS[lang])
        assert area.language.currentData() == lang


def alt(qtbot, area, key, button):
    """Alt+``key``, the mnemonic of ``button``: it clicks after its short press animation."""
    with qtbot.waitSignal(button.clicked, timeout=5_000):
        qtbot.keyClick(area, key, ALT)


def finish(qtbot, area):
    qtbot.waitUntil(lambda: area._task is None, timeout=60_000)


def export_certificate(qtbot, area, dialogs, folder: Path) -> Path:
    dialogs["save"] = folder / "published"  # typed without .pem: the area adds it
    qtbot.mouseClick(area.certificate_button, LEFT)
    written = folder / "published.pem"
    assert written.exists(), area.status.text()
    assert area.status.styleSheet() == "" and str(written) in area.status.text()
    return written


def flip_middle_byte(data: bytes) -> bytes:
    """One byte changed in the middle of what the signature covers (its first range)."""
    first = int(re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)", data).group(1))
    middle = first // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1:]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_each_report_exported_by_clicks_checks_without_the_register(
        qtbot, shared_ctx, dialogs, tmp_path, kind, lang):
    ws = shared_ctx.ws
    area = window(qtbot, shared_ctx)
    choose(qtbot, area, kind, lang)
    if kind in ("incident", "decision"):
        assert area.subject.isVisible() and area.subject.count() > 0
    if kind == "incident":
        area.subject.setFocus()
        qtbot.keyClicks(area.subject, INCIDENT[:5])
        assert area.subject.currentText() == INCIDENT
    # The incident's title, or the option decided on: the report is about the one chosen.
    subject = area.subject.currentText().split(" — ")[0] if area.subject.isVisible() else ""
    target = tmp_path / f"{kind}-{lang}.pdf"
    dialogs["save"] = target
    before = len(ws.reporting.history())
    qtbot.mouseClick(area.export_button, LEFT)
    finish(qtbot, area)
    assert target.exists(), area.status.text()
    assert area.status.styleSheet() == "" and str(target) in area.status.text()
    qtbot.waitUntil(lambda: len(ws.reporting.history()) == before + 1, timeout=10_000)

    # Read back as a reader would: the text in the chosen language, pages that draw.
    text = pdf_text(target)
    words = words_for(lang)
    assert words.gettext(REPORT_TITLES[kind]) in text
    assert "Alder & Finch" in text
    assert subject in text
    render_pages(target, tmp_path / "pages", 1, 2 if kind == "board" else 1)

    # Checked with the file alone: intact; one byte changed, or bytes added, are refused.
    data = target.read_bytes()
    alone = pades.check(data, name=target.name)
    assert alone.ok, alone.message
    assert alone.fingerprint == ws.reporting.fingerprint() == area.fingerprint.text()
    assert not pades.check(flip_middle_byte(data)).ok
    assert not pades.check(data + b"\n% added after signing\n").ok

    # Pinned to the certificate the window exported: this register's, so it holds.
    pem = export_certificate(qtbot, area, dialogs, tmp_path)
    pinned = pades.check(data, (pades.read_certificate(pem.read_bytes(), pem.name),))
    assert pinned.ok, pinned.message


def test_a_report_signed_by_another_register_is_refused_when_pinned(
        qtbot, shared_ctx, workspace, dialogs, tmp_path):
    """Acme's register signs a risk register of its own: intact, but not by Alder & Finch."""
    area = window(qtbot, shared_ctx)
    pem = export_certificate(qtbot, area, dialogs, tmp_path)
    ours = pades.read_certificate(pem.read_bytes())
    theirs = workspace.reporting.export("risks", tmp_path / "acme.pdf").path.read_bytes()
    assert workspace.reporting.fingerprint() != shared_ctx.ws.reporting.fingerprint()
    assert pades.check(theirs).ok  # intact, signed by Acme's own certificate
    refused = pades.check(theirs, (ours,), name="acme.pdf")
    assert not refused.ok
    assert refused.fingerprint == workspace.reporting.fingerprint()
    # And the window's Verify refuses it too, in its status line.
    dialogs["open"] = tmp_path / "acme.pdf"
    qtbot.mouseClick(area.verify_button, LEFT)
    assert area.status.styleSheet() == ERROR_CSS
    assert [b[:2] for b in dialogs["boxes"]] == [("warning", area.tr("Report NOT verified"))]


def test_preview_shows_the_first_pages_and_writes_nothing(qtbot, shared_ctx, dialogs, tmp_path):
    ws = shared_ctx.ws
    area = window(qtbot, shared_ctx)
    choose(qtbot, area, "board", "es")
    assert not area.preview_pane.images() and not area.preview_export.isEnabled()
    before = len(ws.reporting.history())
    alt(qtbot, area, Qt.Key.Key_P, area.preview_button)  # Alt+P: Preview
    finish(qtbot, area)
    images = area.preview_pane.images()
    assert len(images) == 3, area.status.text()
    assert all(has_ink(image) and image.width() > 400 for image in images)
    pages = [label for label in area.preview_pane.findChildren(type(area.preview_title))
             if label.objectName().startswith("page_")]
    assert len(pages) == 3 and all(label.isVisible() and label.pixmap().width() > 100
                                   for label in pages)
    assert "3" in area.preview_title.text() and area.preview_title.isVisible()
    assert area.status.styleSheet() == ""
    # Nothing written, nothing recorded, no dialog asked.
    assert dialogs["asked"] == [] and list(tmp_path.iterdir()) == []
    assert len(ws.reporting.history()) == before

    # From the preview, straight on to saving it: the same report, in Spanish.
    target = tmp_path / "previewed.pdf"
    dialogs["save"] = target
    assert area.preview_export.isEnabled()
    qtbot.mouseClick(area.preview_export, LEFT)
    finish(qtbot, area)
    assert pades.check(target.read_bytes()).ok
    assert words_for("es").gettext("Board report") in pdf_text(target)
    assert len(ws.reporting.history()) == before + 1
    assert len(area.preview_pane.images()) == 3  # the preview still shows what was saved

    # Other options: the preview would show another report than the one saved, so it goes.
    choose(qtbot, area, "ropa")
    assert area.preview_pane.images() == [] and not area.preview_export.isEnabled()
    assert area.preview_title.isVisible() and area.preview_title.text()

    # The lock takes the pages away with the rest of the register.
    alt(qtbot, area, Qt.Key.Key_P, area.preview_button)
    finish(qtbot, area)
    assert area.preview_pane.images()
    area.clear()
    assert area.preview_pane.images() == [] and area.fingerprint.text() == ""


def test_preview_can_be_cancelled_with_escape(qtbot, shared_ctx, dialogs, monkeypatch):
    area = window(qtbot, shared_ctx)
    choose(qtbot, area, "ropa")
    reporting = shared_ctx.ws.reporting
    original = reporting.render
    pressed = threading.Event()

    def render(kind, *, steps, **options):
        pressed.wait(5)  # hold the preview until Escape is pressed
        steps.report(0.1)
        return original(kind, steps=steps, **options)

    monkeypatch.setattr(reporting, "render", render)
    qtbot.mouseClick(area.preview_button, LEFT)
    assert area.cancel_button.isVisible() and area.progress.isVisible()
    assert not area.export_button.isEnabled() and not area.preview_button.isEnabled()
    focused = QApplication.focusWidget()
    assert focused is not None and area.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    pressed.set()
    finish(qtbot, area)
    assert area.status.text() == area.tr("Preview cancelled.")
    assert area.preview_pane.images() == [] and area.preview_button.isEnabled()


def test_the_signing_certificate_is_shown_and_exported_by_keyboard(
        qtbot, shared_ctx, dialogs, tmp_path):
    ws = shared_ctx.ws
    area = window(qtbot, shared_ctx)
    assert area.fingerprint.text() == ws.reporting.fingerprint()
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", area.fingerprint.text())
    assert area.fingerprint_label.isVisible() and area.fingerprint.isVisible()
    assert area.fingerprint_label.text() == area.tr("Signing certificate (SHA-256):")
    assert area.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    dialogs["save"] = tmp_path / "alder.pem"
    alt(qtbot, area, Qt.Key.Key_C, area.certificate_button)  # Alt+C: Export certificate…
    caption, suggested = dialogs["asked"][-1]
    assert Path(suggested).name == "Alder Finch Retail SL report certificate.pem"
    assert (tmp_path / "alder.pem").read_text(encoding="ascii") == ws.reporting.certificate_pem()
    assert ws.reporting.fingerprint() in area.status.text()

    # A folder that is not there: said in the status line, in words, nothing written.
    dialogs["save"] = tmp_path / "gone" / "cert.pem"
    qtbot.mouseClick(area.certificate_button, LEFT)
    assert area.status.styleSheet() == ERROR_CSS
    assert "gone" in area.status.text() and "Traceback" not in area.status.text()
    assert not (tmp_path / "gone").exists()


def test_export_and_verify_by_keyboard_and_a_tampered_file_is_refused(
        qtbot, shared_ctx, dialogs, tmp_path):
    area = window(qtbot, shared_ctx)
    choose(qtbot, area, "decision")
    target = tmp_path / "decision.pdf"
    dialogs["save"] = target
    alt(qtbot, area, Qt.Key.Key_X, area.export_button)  # Alt+X: Export PDF…
    finish(qtbot, area)
    assert target.exists(), area.status.text()

    dialogs["open"] = target
    alt(qtbot, area, Qt.Key.Key_V, area.verify_button)  # Alt+V: Verify a report file…
    assert area.status.styleSheet() == ""
    assert dialogs["boxes"][-1][:2] == ("information", area.tr("Report verified"))

    tampered = tmp_path / "decision (changed).pdf"
    tampered.write_bytes(flip_middle_byte(target.read_bytes()))
    dialogs["open"] = tampered
    qtbot.mouseClick(area.verify_button, LEFT)
    assert area.status.styleSheet() == ERROR_CSS
    assert tampered.name in area.status.text()
    kind, title, text = dialogs["boxes"][-1]
    assert (kind, title, text) == ("warning", area.tr("Report NOT verified"), area.status.text())
    refused = pades.check(tampered.read_bytes(), name=tampered.name)
    assert not refused.ok


def test_every_action_has_a_key_and_tab_follows_the_work(qtbot, shared_ctx):
    area = window(qtbot, shared_ctx)
    keys = {}
    for button in (area.preview_button, area.export_button, area.certificate_button,
                   area.verify_button, area.sign):
        mnemonic = re.search(r"&(\w)", button.text())
        assert mnemonic, button.text()
        keys[mnemonic.group(1).lower()] = button
    assert len(keys) == 5  # no two share a letter
    # None takes a letter of the window's menus (File, Edit, Go, Help).
    assert not set(keys) & set("fegh")
    # Tab from the list of reports goes the way the work goes: options, preview, save; the
    # pages; then the records, the certificate, verifying.
    area.kinds.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(11):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    # The board report (listed first) has its period's start: the last board meeting.
    assert order == [area.kinds, area.language, area.since, area.sign, area.preview_button,
                     area.export_button, area.preview_pane, area.history.filter_edit,
                     area.history.view, area.fingerprint, area.certificate_button,
                     area.verify_button]


def test_a_read_only_register_without_a_key_previews_and_exports_unsigned(
        qtbot, workspace, dialogs, tmp_path, monkeypatch):
    """Opened read-only before it ever signed a report: no key can be stored, so there is no
    certificate to show or export; preview and export still work, unsigned, as the service
    exports. (The flags are what opening a register on read-only media sets.)"""
    monkeypatch.setattr(workspace.register, "read_only", True)
    monkeypatch.setattr(workspace.register.store, "read_only", True)
    ctx = make_ctx(workspace)
    try:
        area = window(qtbot, ctx)
        assert area.fingerprint.text() == area.tr(
            "None yet: this register has not signed a report, and opened read-only it cannot "
            "make its key.")
        assert not area.certificate_button.isEnabled()
        qtbot.mouseClick(area.preview_button, LEFT)
        finish(qtbot, area)
        assert area.preview_pane.images() and area.status.styleSheet() == "", area.status.text()
        target = tmp_path / "board.pdf"
        dialogs["save"] = target
        qtbot.mouseClick(area.preview_export, LEFT)
        finish(qtbot, area)
        assert target.exists() and area.status.styleSheet() == "", area.status.text()
        assert "Acme Ltd" in pdf_text(target)
        assert not pades.check(target.read_bytes()).ok  # not signed: no key to sign with
    finally:
        ctx.tasks.cancel_all()
        ctx.tasks.wait()


def test_the_board_report_counts_from_the_last_board_meeting_or_the_date_chosen(
        qtbot, shared_ctx, dialogs, tmp_path):
    """The period's start is the last board meeting kept in Settings; a date chosen here
    is the one the report says what changed since, in the preview and the file alike."""
    ws = shared_ctx.ws
    area = window(qtbot, shared_ctx)
    choose(qtbot, area, "board")
    assert area.since.isVisible()
    assert area.since.date().toPython().isoformat() == ws.settings.get("last_board_meeting")
    chosen = ws.today() - timedelta(days=10)
    area.since.setFocus()
    area.since.setDate(QDate(chosen))
    assert area.options()["since"] == chosen
    target = tmp_path / "board-since.pdf"
    dialogs["save"] = target
    qtbot.mouseClick(area.export_button, LEFT)
    finish(qtbot, area)
    assert target.exists(), area.status.text()
    from privguard.reports.i18n import Translator

    assert f"What changed since {Translator('en').date(chosen)}" in pdf_text(target)
    # Other reports have no period.
    choose(qtbot, area, "breach-log")
    assert not area.since.isVisible() and "since" not in area.options()
