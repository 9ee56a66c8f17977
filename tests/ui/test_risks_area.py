"""The Risks area on real registers: add, validate, filter on a heat-map cell, prompts, lock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from privguard.ui.areas.risks import RisksArea


def loaded(qtbot, ctx) -> RisksArea:
    area = RisksArea(ctx)
    qtbot.addWidget(area)
    area.resize(1400, 900)
    with qtbot.waitSignal(area.rowsLoaded, timeout=10_000):
        area.refresh()
    return area


def answer(monkeypatch, button) -> list[str]:
    """Make QMessageBox.question answer ``button``; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def pick(editor, label_part: str) -> None:
    combo = getattr(editor, "combo", editor.widget)
    index = next(i for i in range(combo.count()) if label_part in combo.itemText(i))
    combo.setCurrentIndex(index)


def test_add_a_risk_through_the_editor_and_find_it(ctx, qtbot):
    area = loaded(qtbot, ctx)
    assert area.table.model.total() == 0
    area.new_item()
    form = area.form
    qtbot.keyClicks(form.editor("title").widget, "Backup tapes stolen from the car")
    pick(form.editor("threat_id"), "Ransomware (T-RANSOMWARE)")  # still only in the catalogue
    pick(form.editor("owner_id"), "Ana Ruiz")
    pick(form.editor("inherent_likelihood"), "Likely")
    pick(form.editor("inherent_impact"), "Major")
    assert "16" in area.matrix_picker.levels["inherent"].text()
    pick(form.editor("treatment"), "Mitigate")
    assert form.is_dirty() and form.is_valid()
    assert area.save()
    assert ctx.ws.risks.count() == 1
    risk = ctx.ws.risks.get(area.current_id())
    assert risk["inherent_likelihood"] == 4
    assert ctx.ws.threats.get(risk["threat_id"])["code"] == "T-RANSOMWARE"
    qtbot.keyClicks(area.table.filter_edit, "tapes")
    assert area.table.model.rowCount() == 1
    assert area.table.model.row_dict(0)["title"] == "Backup tapes stolen from the car"
    assert area.table.model.display_text(0, 3).startswith("16")
    assert ctx.ws.risks.history(area.current_id()).rows  # the history tab has a first entry
    assert area.history_model.rowCount() == 1


def test_invalid_input_cannot_be_saved(ctx, qtbot):
    area = loaded(qtbot, ctx)
    area.new_item()
    form = area.form
    assert not area.save()  # nothing entered: title and inherent score are required
    assert "required" in form.error_text("title")
    qtbot.keyClicks(form.editor("title").widget, "Flood in the archive")
    assert form.error_text("title") == ""  # the message goes as soon as the field is fixed
    pick(form.editor("inherent_likelihood"), "Rare")
    pick(form.editor("inherent_impact"), "Minor")
    pick(form.editor("current_likelihood"), "Possible")  # impact missing: refused
    assert "both" in form.error_text("current_impact")
    pick(form.editor("treatment"), "Accept")  # acceptance needs an approver and an expiry
    assert form.editor("acceptance_approver_id").widget.isEnabled()
    assert not area.save()
    assert ctx.ws.risks.count() == 0
    pick(form.editor("current_impact"), "Minor")
    pick(form.editor("acceptance_approver_id"), "Ana Ruiz")
    form.editor("acceptance_expires_on").set_value(ctx.ws.today() + timedelta(days=5000))
    form.touch("acceptance_expires_on")
    assert "three years" in form.error_text("acceptance_expires_on")
    assert not area.save()
    assert ctx.ws.risks.count() == 0
    form.editor("acceptance_expires_on").set_value(ctx.ws.today() + timedelta(days=90))
    form.touch("acceptance_expires_on")
    assert area.save()
    assert ctx.ws.risks.count() == 1


def test_a_refused_status_change_shows_the_services_message(ctx, qtbot):
    area = loaded(qtbot, ctx)
    area.new_item()
    qtbot.keyClicks(area.form.editor("title").widget, "Fire in the server room")
    pick(area.form.editor("inherent_likelihood"), "Rare")
    pick(area.form.editor("inherent_impact"), "Severe")
    assert area.save()
    status = area.form.editor("status")
    offered = [status.widget.itemData(i) for i in range(status.widget.count())]
    assert offered == ["identified", "assessed", "closed"]  # the workflow's next steps only
    # A status the workflow refuses, forced past the combo: the service's message shows.
    status.set_allowed(["identified", "treating"])
    status.set_value("treating")
    area.form.touch("status")
    assert not area.save()
    assert "assessed" in area.form.error_text("status")
    assert ctx.ws.risks.get(area.current_id())["status"] == "identified"


def test_heat_map_cell_filter_shows_the_open_risks_the_cell_counts(demo_ctx, qtbot):
    rows = demo_ctx.ws.risks.rows().dicts()
    (lik, imp), _count = max(demo_ctx.ws.risks.heat_map("residual").items(), key=lambda kv: kv[1])
    in_cell = [r for r in rows if (r["residual_likelihood"], r["residual_impact"]) == (lik, imp)]
    demo_ctx.ws.risks.update(in_cell[0]["id"], status="closed")
    expected = {r["id"] for r in in_cell[1:]}
    assert len(expected) == demo_ctx.ws.risks.heat_map("residual")[(lik, imp)]
    area = loaded(qtbot, demo_ctx)
    area.show_filter(stage="residual", likelihood=lik, impact=imp)
    model = area.table.model
    assert {model.row_id(r) for r in range(model.rowCount())} == expected
    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        area.export_view()
    exported = blocker.args[1]["filters"]
    assert exported["residual_likelihood"] == lik and "closed" not in exported["status"]
    assert area.table.chip.isVisibleTo(area)
    assert "Residual" in area.table.chip_label.text()
    area.table._close_chip()
    assert model.rowCount() == len(rows)
    assert not area.table.chip.isVisibleTo(area)


def test_filter_before_rows_arrive_is_kept(demo_ctx, qtbot):
    area = RisksArea(demo_ctx)
    qtbot.addWidget(area)
    area.show_filter(stage="inherent", likelihood=5, impact=5)
    with qtbot.waitSignal(area.rowsLoaded, timeout=10_000):
        area.refresh()
    model = area.table.model
    assert all(model.row_dict(r)["inherent_likelihood"] == 5 for r in range(model.rowCount()))


@pytest.mark.parametrize(("button", "saved"), [(QMessageBox.StandardButton.Save, True),
                                               (QMessageBox.StandardButton.Discard, False)])
def test_unsaved_changes_prompt_on_row_change(demo_ctx, qtbot, monkeypatch, button, saved):
    area = loaded(qtbot, demo_ctx)
    table = area.table
    table.view.setCurrentIndex(table.model.index(0, 0))
    first = area.current_id()
    assert first == table.model.row_id(0)
    title = area.form.editor("title").widget
    title.setText("Changed title")
    assert area.has_unsaved()
    asked = answer(monkeypatch, button)
    table.view.setCurrentIndex(table.model.index(1, 0))
    assert len(asked) == 1
    assert area.current_id() == table.model.row_id(1)
    stored = demo_ctx.ws.risks.get(first)["title"]
    assert (stored == "Changed title") is saved


def test_cancel_keeps_the_edits_and_the_row(demo_ctx, qtbot, monkeypatch):
    area = loaded(qtbot, demo_ctx)
    table = area.table
    table.view.setCurrentIndex(table.model.index(0, 0))
    first = area.current_id()
    area.form.editor("title").widget.setText("Still editing")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    table.view.setCurrentIndex(table.model.index(1, 0))
    assert area.current_id() == first
    assert table.current_id() == first
    assert area.form.editor("title").raw() == "Still editing"
    area.new_item()  # New asks too, and Cancel stays
    assert area.current_id() == first


def test_pending_edits_survive_a_lock_and_clear_leaves_no_rows(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    area.table.view.setCurrentIndex(area.table.model.index(2, 0))
    entity_id = area.current_id()
    area.form.editor("title").widget.setText("Edited before the lock")
    edits = area.pending_edits()
    assert edits["id"] == entity_id
    area.clear()
    assert area.table.model.rowCount() == 0 and area.table.model.total() == 0
    assert area.form.editor("title").raw() == ""
    assert area.form.editor("owner_id").combo.count() == 1  # no names left either
    assert area.history_model.rowCount() == 0
    # After unlock a fresh area gets the edits back, unsaved.
    again = loaded(qtbot, demo_ctx)
    again.restore_edits(edits)
    assert again.current_id() == entity_id
    assert again.has_unsaved()
    assert again.form.editor("title").raw() == "Edited before the lock"


def test_delete_asks_first(demo_ctx, qtbot, monkeypatch):
    area = loaded(qtbot, demo_ctx)
    before = demo_ctx.ws.risks.count()
    area.table.view.setCurrentIndex(area.table.model.index(0, 0))
    answer(monkeypatch, QMessageBox.StandardButton.No)
    area.delete_current()
    assert demo_ctx.ws.risks.count() == before
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    changed = []
    demo_ctx.changed.connect(changed.append)
    area.delete_current()
    assert demo_ctx.ws.risks.count() == before - 1
    assert area.table.model.total() == before - 1
    assert changed == ["risks"] and area.current_id() is None


def test_area_renders_every_tab(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    area.table.view.setCurrentIndex(area.table.model.index(0, 0))
    area.show()
    for tab in range(area.tabs.count()):
        area.tabs.setCurrentIndex(tab)
        assert not area.grab().isNull()
    assert area.history_model.rowCount() >= 1
    assert area.form.picker("assets").values()  # the demo's first risk has linked assets


def test_in_spanish_catalogue_threats_read_in_spanish(spanish, qtbot):
    area = loaded(qtbot, spanish)
    model = area.table.model
    column = model.columns.index("threat")
    threats = {model.row_dict(r)["threat"]: model.display_text(r, column)
               for r in range(model.rowCount())}
    assert threats["Power outage"] == "Corte del suministro eléctrico"
    area.table.filter_edit.setText("suministro eléctrico")
    qtbot.waitUntil(lambda: model.rowCount() >= 1, timeout=2_000)
    assert {model.row_dict(r)["threat"] for r in range(model.rowCount())} == {"Power outage"}
    area.select(model.row_id(0))
    qtbot.waitUntil(lambda: area.form.editor("threat_id").combo.count() > 1, timeout=5_000)
    combo = area.form.editor("threat_id").combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Corte del suministro eléctrico" in offered and "Power outage" not in offered
