"""Entity forms: a widget per field kind, validation as you type, dirty state, links."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from privguard.domain import entities as specs
from privguard.ui.forms import (
    DateEditor,
    DateTimeEditor,
    EntityForm,
    LinkPicker,
    NumberEditor,
    ReferenceEditor,
    load_choices,
)


@pytest.fixture
def asset_form(ctx, qtbot):
    form = EntityForm(specs.ASSET, [("Asset", ["name", "kind", "description", "owner_id",
                                               "hosting_country"]),
                                    ("Ratings", ["confidentiality", "integrity"])],
                      links=("services",))
    qtbot.addWidget(form)
    for name, entity in form.sources().items():
        form.set_items(name, load_choices(ctx.ws, entity))
    return form


def test_a_widget_per_kind(asset_form):
    form = asset_form
    assert isinstance(form.editor("name").widget, QLineEdit)
    assert isinstance(form.editor("description").widget, QPlainTextEdit)
    assert isinstance(form.editor("kind").widget, QComboBox)
    assert form.editor("kind").widget.itemText(form.editor("kind").widget.findData("paper_file")) \
        == "Paper file"
    assert isinstance(form.editor("confidentiality").widget, QSpinBox)
    assert isinstance(form.editor("owner_id"), ReferenceEditor)
    assert isinstance(form.picker("services"), LinkPicker)
    assert form.sources() == {"owner_id": "persons", "services": "business_services"}


def test_validates_as_the_user_types(asset_form, qtbot):
    form = asset_form
    assert form.error_text("name") == ""  # a blank new form is not scolded
    assert not form.is_valid()
    assert form.first_error()[0] == "name"
    qtbot.keyClicks(form.editor("hosting_country").widget, "E")
    assert "two-letter" in form.error_text("hosting_country")
    qtbot.keyClicks(form.editor("hosting_country").widget, "S")
    assert form.error_text("hosting_country") == ""
    qtbot.keyClicks(form.editor("name").widget, "Mail servers")
    assert form.is_valid() and form.first_error() is None
    form.editor("name").widget.clear()
    assert "required" in form.error_text("name")
    assert not form.validate()


def test_reference_is_picked_by_name_never_typed_as_an_id(ctx, asset_form, qtbot):
    editor = asset_form.editor("owner_id")
    combo = editor.combo
    ana = ctx.ws.people.rows().dicts()[0]
    combo.setCurrentIndex(combo.findData(ana["id"]))
    assert asset_form.values()["owner_id"] == ana["id"]
    combo.setEditText("Nobody we know")
    assert "from the list" in asset_form.error_text("owner_id")
    combo.setEditText(combo.itemText(combo.findData(ana["id"])))
    assert asset_form.error_text("owner_id") == ""
    assert asset_form.values()["owner_id"] == ana["id"]
    assert combo.completer().filterMode().name == "MatchContains"


def test_dirty_state_set_values_and_snapshots(asset_form, qtbot):
    form = asset_form
    changes = []
    form.dirtyChanged.connect(changes.append)
    form.set_values({"name": "ERP", "kind": "application", "confidentiality": 4,
                     "hosting_country": "DE", "services": []})
    assert not form.is_dirty()
    qtbot.keyClicks(form.editor("name").widget, " system")
    assert form.is_dirty() and changes == [True]
    snapshot = form.snapshot()
    form.editor("name").widget.setText("ERP")
    assert not form.is_dirty() and changes == [True, False]
    form.restore_snapshot(snapshot)
    assert form.is_dirty() and form.values()["name"] == "ERP system"
    assert form.changed_values() == {"name": "ERP system"}


def test_show_error_from_the_service_until_the_field_changes(asset_form):
    form = asset_form
    form.show_error("name", "An asset with this name exists.")
    assert form.error_text("name") == "An asset with this name exists."
    form.editor("name").widget.setText("Another")
    assert form.error_text("name") == ""
    form.show_error("status", "Refused by the workflow.")  # not a field of this form
    assert not form.message.isHidden() and "workflow" in form.message.text()


def test_numbers_dates_and_not_set(qtbot):
    form = EntityForm(specs.INCIDENT, ["title", "severity", "detected_at", "resolved_at",
                                       "actual_cost", "reporter_id"])
    qtbot.addWidget(form)
    cost = form.editor("actual_cost")
    assert isinstance(cost, NumberEditor)
    cost.widget.setText("12.5")
    form.touch("actual_cost")
    assert form.values()["actual_cost"] == 12.5
    cost.widget.setText("-3")
    assert "at least 0" in form.error_text("actual_cost")
    cost.widget.setText("")
    assert form.values()["actual_cost"] is None

    resolved = form.editor("resolved_at")
    assert isinstance(resolved, DateTimeEditor)
    assert resolved.raw() is None  # optional: explicitly not set
    stored = datetime(2026, 3, 1, 9, 30, 12, 345678, tzinfo=UTC)
    form.set_values({"title": "Mail outage", "severity": "high", "detected_at": stored,
                     "resolved_at": None})
    assert form.values()["detected_at"] == stored  # unchanged keeps its full precision
    assert not form.is_dirty()
    box = resolved.widget
    assert isinstance(box.check, QCheckBox) and not box.check.isChecked()
    box.check.setChecked(True)
    assert form.values()["resolved_at"].tzinfo is not None
    assert form.is_dirty()

    review = EntityForm(specs.RISK, ["review_on"])
    qtbot.addWidget(review)
    editor = review.editor("review_on")
    assert isinstance(editor, DateEditor)
    editor.set_value(date(2026, 5, 31))
    assert review.values()["review_on"] == date(2026, 5, 31)
    editor.set_value(None)
    assert review.values()["review_on"] is None


def test_link_picker_filters_and_checks(qtbot):
    picker = LinkPicker("Assets")
    qtbot.addWidget(picker)
    picker.set_items([(1, "Mail servers"), (2, "File server"), (3, "ERP")])
    picker.set_values([2])
    qtbot.keyClicks(picker.filter_edit, "serv")
    assert picker.model.rowCount() == 2
    picker.only_checked.setChecked(True)
    assert picker.model.rowCount() == 1
    picker.only_checked.setChecked(False)
    from PySide6.QtCore import Qt

    picker.model.setData(picker.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert picker.values() == [1, 2]
    assert "2 linked" in picker.summary.text()
    picker.clear()
    assert picker.values() == [] and picker.model.rowCount() == 0
