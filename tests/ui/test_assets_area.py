"""The Assets & services area on real registers: assets, services with curves, validation, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from privguard.ui.areas.assets import AssetsArea


def loaded(qtbot, ctx) -> AssetsArea:
    area = AssetsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 850)
    with qtbot.waitSignals([area.assets.rowsLoaded, area.services.rowsLoaded], timeout=10_000):
        area.refresh()
    return area


def pick(editor, label_part: str) -> None:
    combo = getattr(editor, "combo", editor.widget)
    index = next(i for i in range(combo.count()) if label_part in combo.itemText(i))
    combo.setCurrentIndex(index)


def set_points(curve, points) -> None:
    model = curve.table.model
    model.remove_records(range(model.rowCount()))
    for hours, cost in points:
        row = model.add_record()
        model.setData(model.index(row, 0), hours, Qt.ItemDataRole.EditRole)
        model.setData(model.index(row, 1), cost, Qt.ItemDataRole.EditRole)


def new_service(qtbot, area, name: str, mtd: str, rto: str) -> None:
    pane = area.show_pane("services")
    area.new_item()
    qtbot.keyClicks(pane.form.editor("name").widget, name)
    qtbot.keyClicks(pane.form.editor("mtd_hours").widget, mtd)
    qtbot.keyClicks(pane.form.editor("rto_hours").widget, rto)


def test_add_an_asset_and_a_service_with_a_curve_and_find_them(ctx, qtbot):
    area = loaded(qtbot, ctx)
    area.show()  # a hidden tab reloads its lists when it is shown again
    new_service(qtbot, area, "E-mail", "24", "8")
    curve = area.services.curve
    set_points(curve, [(0, 0), (8, 1000), (24, 5000)])
    names = [s.name for s in curve.chart.series]
    assert names[1:] == ["MTD", "RTO"]  # the curve, then the markers
    assert curve.chart.series[1].points == [(24.0, 0.0), (24.0, 5000.0)]
    assert curve.summary.text().startswith("MTD 24 h")  # with the cost of an outage that long
    assert area.save()
    assert ctx.ws.services.count() == 1
    service_id = area.services.current_id()
    assert ctx.ws.services.get(service_id)["impact_curve"] == [[0, 0], [8, 1000], [24, 5000]]
    qtbot.keyClicks(area.services.table.filter_edit, "mail")
    assert area.services.table.model.rowCount() == 1

    pane = area.show_pane("assets")
    area.new_item()
    qtbot.keyClicks(pane.form.editor("name").widget, "Mail server")
    pick(pane.form.editor("kind"), "Database")
    pick(pane.form.editor("owner_id"), "Ana Ruiz")
    qtbot.keyClicks(pane.form.editor("hosting_country").widget, "ie")
    pane.form.editor("confidentiality").widget.setValue(4)
    qtbot.waitUntil(lambda: pane.form.picker("services").model.rowCount() == 1)  # the new service
    pane.form.picker("services").set_values([service_id])
    assert area.save()
    asset = ctx.ws.assets.get(pane.current_id())
    assert (asset["kind"], asset["hosting_country"], asset["confidentiality"]) == ("database", "IE", 4)
    assert asset["services"] == [service_id]
    qtbot.keyClicks(pane.table.filter_edit, "mail")
    assert pane.table.model.rowCount() == 1
    assert pane.table.model.row_dict(0)["name"] == "Mail server"


def test_a_curve_with_decreasing_hours_is_refused(ctx, qtbot):
    area = loaded(qtbot, ctx)
    new_service(qtbot, area, "Web shop", "24", "4")
    set_points(area.services.curve, [(0, 0), (12, 1000), (6, 2000)])
    form = area.services.form
    assert "increase" in form.error_text("impact_curve")
    assert not area.save()
    assert ctx.ws.services.count() == 0
    set_points(area.services.curve, [(0, 0), (6, 2000), (12, 1000)])
    assert "fall" in form.error_text("impact_curve")
    set_points(area.services.curve, [(0, 0), (6, 1000), (12, 2000)])
    assert form.error_text("impact_curve") == ""
    assert area.save()
    assert ctx.ws.services.count() == 1


def test_rto_longer_than_mtd_is_refused(ctx, qtbot):
    area = loaded(qtbot, ctx)
    new_service(qtbot, area, "Payroll", "8", "24")
    form = area.services.form
    assert "RTO" in form.error_text("rto_hours")
    assert not area.save()
    assert ctx.ws.services.count() == 0
    form.editor("rto_hours").widget.setText("4")
    assert form.error_text("rto_hours") == ""
    assert area.save()


def test_unsaved_edits_in_either_tab_are_kept_and_clear_forgets_everything(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    assert area.assets.table.model.total() == 29
    assert area.services.table.model.total() == 9
    mail = next(r["id"] for r in demo_ctx.ws.services.rows().dicts() if r["name"] == "E-mail and calendar")
    area.show_filter(pane="services", id=mail)
    assert area.tabs.currentWidget() is area.services
    assert not area.services.form.is_dirty() and area.services.form.is_valid()
    assert any(s.name.startswith("MTD") for s in area.services.curve.chart.series)
    area.show_pane("assets")
    area.new_item()
    qtbot.keyClicks(area.assets.form.editor("name").widget, "Unsaved laptop")
    area.show_pane("services")
    assert area.has_unsaved()  # the hidden tab's edit still counts
    edits = area.pending_edits()
    area.discard()
    assert not area.has_unsaved()
    area.restore_edits(edits)
    assert area.assets.form.editor("name").raw() == "Unsaved laptop"
    area.clear()
    for pane in (area.assets, area.services):
        assert pane.table.model.rowCount() == 0
    assert area.services.curve.table.model.rowCount() == 0
    assert area.assets.form.picker("services").model.rowCount() == 0
