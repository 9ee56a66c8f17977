"""The audit trail area: changes appear with who made them; verify says the chain holds."""

from __future__ import annotations

from privguard.ui.areas.audit import AuditArea, changes_text
from privguard.words import words_for


def test_a_change_shows_in_the_trail_with_its_author(qtbot, ctx):
    ctx.ws.assets.create(name="Payroll database", kind="database")
    area = AuditArea(ctx)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: area.table.model.rowCount() > 0, timeout=5_000)
    model = area.table.model
    texts = [model.display_text(r, c) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert any("Payroll database" in t for t in texts)
    assert any("Ana Ruiz" in t for t in texts)
    area.table.filter_edit.setText("payroll")
    assert 0 < model.rowCount() < model.total()
    area.clear()
    assert model.rowCount() == 0


def test_verify_reports_an_intact_chain(qtbot, ctx):
    ctx.ws.people.create(name="Luis Gómez", role="CSO")
    area = AuditArea(ctx)
    qtbot.addWidget(area)
    area.verify()
    qtbot.waitUntil(lambda: area.verify_button.isEnabled(), timeout=10_000)
    assert "Verified" in area.result.text()


def test_changes_are_readable():
    en = words_for("en")
    assert changes_text("risks", '{"title": ["Old", "New"]}', en) == "Title: 'Old' → 'New'"
    assert changes_text("risks", "not json", en) == "not json"
    # Keys that are no field of the entity stay as stored.
    assert changes_text("settings", '{"key": "organisation"}', en) == "key: 'organisation'"


def test_changes_read_in_the_window_language():
    es = words_for("es")
    text = changes_text("risks", '{"status": ["assessed", "treating"], "title": ["A", "B"], '
                                 '"activities": {"added": [3], "removed": []}}', es)
    assert text == ("Estado: 'Evaluado' → 'En tratamiento'; Título: 'A' → 'B'; "
                    "Actividades: añadidos 3"), text
    assert changes_text("timeline_entries", '{"kind": "detection", "note": "Paged"}', es) == \
        "Tipo: 'Detección'; Nota: 'Paged'"
    # The audit area shows the demo's trail in Spanish when the window speaks it.


def test_the_trail_speaks_spanish(qtbot, spanish):
    area = AuditArea(spanish)
    qtbot.addWidget(area)
    area.show()
    area.refresh()
    qtbot.waitUntil(lambda: area.table.model.rowCount() > 0, timeout=5_000)
    model = area.table.model
    column = model.columns.index("changes")
    texts = [model.display_text(r, column) for r in range(model.rowCount())]
    assert any(t.startswith("Estado: 'Recuperado' → 'Cerrado'") for t in texts), texts[:5]
    assert not any(t.startswith(("status:", "Status:")) for t in texts)


def test_entries_say_what_they_are_about_in_words(demo_ctx, qtbot):
    from privguard.ui.areas.audit import AuditArea

    area = AuditArea(demo_ctx)
    qtbot.addWidget(area)
    assert area.entity_label("risks") == "Risk"
    assert area.entity_label("risk_assets") == "Risk ↔ Asset"
    assert area.entity_label("incident_services") == "Incident ↔ Business service"
    assert area.entity_label("activity_assets") == "Processing activity ↔ Asset"
    assert area.entity_label("report_records") == "Exported report"
    demo_ctx.language.apply("es")
    try:
        assert area.entity_label("risks") == "Riesgo"
    finally:
        demo_ctx.language.apply("en")
