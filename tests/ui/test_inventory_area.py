"""The Inventory area on real registers: add, live DPIA screening, validation, purposes, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from privguard.domain.dpia import DpiaCriterion
from privguard.ui.areas.inventory import InventoryArea
from privguard.ui.widgets.records import Column, RecordsModel


def loaded(qtbot, ctx) -> InventoryArea:
    area = InventoryArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 850)
    with qtbot.waitSignal(area.rowsLoaded, timeout=10_000):
        area.refresh()
    return area


def put(editor, row: int, key: str, value) -> None:
    """Type into one cell of a records table, as its delegate would."""
    model = editor.table.model
    assert model.setData(model.index(row, model.column_of(key)), value, Qt.ItemDataRole.EditRole)


def add_purpose(area, description: str, basis: str | None, condition: str | None = None) -> None:
    editor = area.purposes_editor
    editor.table.add()
    row = editor.table.model.rowCount() - 1
    editor.table.view.closePersistentEditor(editor.table.model.index(row, 0))
    put(editor, row, "description", description)
    if basis:
        put(editor, row, "art6_basis", basis)
    if condition:
        put(editor, row, "art9_condition", condition)


def test_add_an_activity_with_a_purpose_and_find_it(ctx, qtbot):
    area = loaded(qtbot, ctx)
    assert area.table.model.total() == 0
    area.new_item()
    form = area.form
    qtbot.keyClicks(form.editor("name").widget, "Newsletter sign-ups")
    add_purpose(area, "Send the monthly newsletter", "6(1)(a)")
    area.subjects_editor.picker.set_values(["DS-CUSTOMERS"])
    area.categories_editor.picker.set_values(["DC-CONTACT"])
    area.recipients_editor.table.add()
    put(area.recipients_editor, 0, "name", "MailRocket")
    put(area.recipients_editor, 0, "country", "us")
    area.transfers_editor.table.add()
    put(area.transfers_editor, 0, "country", "US")
    put(area.transfers_editor, 0, "recipient", "MailRocket")
    put(area.transfers_editor, 0, "safeguard", "sccs")
    assert form.is_dirty() and form.is_valid(), form.errors()
    assert area.save()
    assert ctx.ws.activities.count() == 1
    activity_id = area.current_id()
    stored = ctx.ws.activities.get(activity_id)
    assert stored["data_subjects"] == ["DS-CUSTOMERS"]
    assert stored["recipients"] == [{"name": "MailRocket", "kind": "processor", "country": "US"}]
    assert stored["transfers"][0]["safeguard"] == "sccs"
    [purpose] = ctx.ws.activities.purposes(activity_id)
    assert (purpose["description"], purpose["art6_basis"]) == ("Send the monthly newsletter", "6(1)(a)")
    assert not form.is_dirty()  # what was saved is what is shown
    qtbot.keyClicks(area.table.filter_edit, "newsletter")
    assert area.table.model.rowCount() == 1
    assert area.table.model.row_dict(0)["name"] == "Newsletter sign-ups"

    # Editing the purposes: one changed, one added, then the first removed.
    add_purpose(area, "Measure opening rates", "6(1)(f)")
    assert area.save()
    assert len(ctx.ws.activities.purposes(activity_id)) == 2
    area.purposes_editor.table.model.remove_records([0])
    assert area.save()
    assert [p["description"] for p in ctx.ws.activities.purposes(activity_id)] == ["Measure opening rates"]


def test_dpia_verdict_changes_live(ctx, qtbot):
    area = loaded(qtbot, ctx)
    area.new_item()
    assert "not indicated" in area.verdict.text()
    boxes = area.criteria_editor.boxes
    boxes[DpiaCriterion.SENSITIVE_DATA].click()
    assert "1 criterion" in area.verdict.text()
    boxes[DpiaCriterion.LARGE_SCALE].click()
    text = area.verdict.text()
    assert "likely required" in text and "2 criteria" in text
    assert "Large scale" in text and "Sensitive" in text
    assert area.status_warning.isVisibleTo(area)  # status still "not required"
    # Facts of the record suggest criteria; they are offered, never ticked silently.
    boxes[DpiaCriterion.LARGE_SCALE].click()
    area.form.editor("approx_subjects").widget.setText("250000")
    assert "Large scale" in area.suggestion.text()
    assert not boxes[DpiaCriterion.LARGE_SCALE].isChecked()
    area.apply_suggestion.click()
    assert boxes[DpiaCriterion.LARGE_SCALE].isChecked()
    assert "likely required" in area.verdict.text()


def test_invalid_input_cannot_be_saved(ctx, qtbot):
    area = loaded(qtbot, ctx)
    area.new_item()
    form = area.form
    assert not area.save()
    assert "required" in form.error_text("name")
    assert "purpose" in form.error_text("purposes")
    qtbot.keyClicks(form.editor("name").widget, "Occupational health")
    add_purpose(area, "Fitness-for-work checks", None)
    assert "legal basis" in form.error_text("purposes")
    put(area.purposes_editor, 0, "art6_basis", "6(1)(c)")
    assert form.error_text("purposes") == ""
    # Health data is a special category: an Art. 9 condition is then required, and shown.
    area.categories_editor.picker.set_values(["DC-HEALTH"])
    assert form.editor("special_categories").raw() is True
    assert area.art9_hint.isVisibleTo(area)
    assert "Art. 9" in form.error_text("purposes")
    # A transfer to a country without adequacy and without a safeguard: warned, and refused
    # while the safeguard is missing altogether.
    area.transfers_editor.table.add()
    put(area.transfers_editor, 0, "country", "cn")
    assert "safeguard" in form.error_text("transfers")
    put(area.transfers_editor, 0, "safeguard", "none")
    assert form.error_text("transfers") == ""
    assert "CN has no adequacy decision" in area.transfer_warning.text()
    assert not area.save()
    assert ctx.ws.activities.count() == 0 and ctx.ws.purposes.count() == 0
    # A processor must name its controller.
    area.form.editor("role").set_value("processor")
    area.form.touch("role")
    assert "controller" in form.error_text("controller_name")
    area.form.editor("role").set_value("controller")
    area.form.touch("role")
    put(area.purposes_editor, 0, "art9_condition", "9(2)(h)")
    assert area.save(), form.errors()
    assert ctx.ws.activities.count() == 1 and ctx.ws.purposes.count() == 1


def test_demo_activity_loads_clean_and_clear_forgets_everything(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    assert area.table.model.total() == 22
    payroll = next(r["id"] for r in demo_ctx.ws.activities.rows().dicts() if r["name"] == "Payroll")
    assert area.select(payroll)
    assert not area.form.is_dirty() and area.form.is_valid(), area.form.errors()
    assert area.purposes_editor.table.model.rowCount() == 2
    assert "1 criterion" in area.verdict.text()
    assert "Vulnerable people" in area.suggestion.text()  # employees are vulnerable subjects
    area.clear()
    assert area.table.model.rowCount() == 0
    assert area.purposes_editor.table.model.rowCount() == 0
    assert area.categories_editor.picker.model.rowCount() == 0
    assert area.form.picker("assets").model.rowCount() == 0
    assert area.verdict.text() == ""


def test_records_model_passes_the_model_tester(qtmodeltester):
    model = RecordsModel((Column("name", "Name", stretch=True), Column("kind", "Kind", "choice"),
                          Column("hours", "Hours", "number", decimals=1)))
    model.set_choices("kind", [("processor", "Processor")])
    model.set_records([{"name": "A", "kind": "processor", "hours": 1.5, "id": 7},
                       {"name": "B", "kind": "other", "hours": 2.0}])
    qtmodeltester.check(model)
    model.add_record({"name": "C"})
    model.remove_records([0])
    qtmodeltester.check(model)
    assert model.records()[0] == {"name": "B", "kind": "other", "hours": 2.0}


def test_in_spanish_the_whole_form_fits_its_pane(spanish, qtbot):
    # Spanish labels are longer: no field may be pushed past the pane's right edge.
    area = InventoryArea(spanish)
    qtbot.addWidget(area)
    area.resize(1200, 850)
    area.show()
    qtbot.waitUntil(lambda: area.form.width() > 0)
    viewport = area.form.parentWidget()
    assert area.form.minimumSizeHint().width() <= viewport.width()
