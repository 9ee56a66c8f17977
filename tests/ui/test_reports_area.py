"""The Reports area: export with progress, listed afterwards, verified; cancel leaves nothing."""

from __future__ import annotations

import threading

from pypdf import PdfReader

from privguard.ui.areas.reports import ReportsArea


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
