"""The table model and pane: model rules, filtering, sorting, column chooser, copy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from privguard.domain.rows import RowSet
from privguard.ui.tables import RowTableModel, TablePane

HEADERS = {"title": "Title", "owner": "Owner", "status": "Status", "score": "Score",
           "review_on": "Next review"}


def sample() -> RowSet:
    rows = [
        (1, "Ransomware on mail servers", "Ana Ruiz", "treating", 20, date(2026, 3, 1)),
        (2, "Laptop lost on a train", "Marta Vidal", "assessed", 6, None),
        (3, "Phishing of payroll staff", None, "identified", None, date(2025, 12, 1)),
        (4, "Misdirected HR e-mail", "Ana Ruiz", "monitored", 12, date(2026, 1, 15)),
    ]
    return RowSet(("id", "title", "owner", "status", "score", "review_on"), rows)


@pytest.fixture
def model(qapp):
    m = RowTableModel()
    m.set_rows(sample(), HEADERS, formats={"status": "choice"})
    return m


def ids(model: RowTableModel) -> list[int]:
    return [model.row_id(r) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_with_demo_risks(demo_ctx, qtmodeltester):
    rows = demo_ctx.ws.risks.rows()
    assert len(rows) > 5
    model = RowTableModel()
    model.set_rows(rows, {"title": "Title", "threat": "Threat", "owner": "Owner",
                          "treatment": "Treatment", "status": "Status", "review_on": "Review",
                          "inherent_likelihood": "L", "updated_at": "Updated"},
                   formats={"treatment": "choice", "status": "choice"})
    qtmodeltester.check(model)
    model.set_filter_text("a")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_display_alignment_and_tooltips(model):
    assert model.columnCount() == 5
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    status = model.index(0, 2)
    assert model.data(status) == "Treating"  # choice label, not the stored value
    score = model.index(0, 3)
    assert model.data(score) == "20"
    assert model.data(score, Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Ransomware on mail servers"
    assert model.data(model.index(2, 3)) == ""  # None shows empty
    assert model.data(model.index(0, 4))  # a date, formatted by the locale


def test_filter_words_any_case_and_extending(model):
    model.set_filter_text("ANA")
    assert ids(model) == [1, 4]
    model.set_filter_text("ana ruiz mis")
    assert ids(model) == [4]
    model.set_filter_text("on")  # not an extension: searched from all rows again
    assert set(ids(model)) == {1, 2, 4}
    model.set_filter_text("treating")  # choice labels are searched as shown
    assert ids(model) == [1]
    model.set_filter_text("")
    assert model.rowCount() == 4


def test_column_filters_combine_with_text(model):
    model.set_column_filter("owner", "Ana Ruiz")
    assert ids(model) == [1, 4]
    model.set_filter_text("hr")
    assert ids(model) == [4]
    model.set_column_filter("owner", None)
    assert ids(model) == [4]
    model.set_filter_text("")
    model.set_column_filter("score", {6, 12})
    assert ids(model) == [2, 4]


def test_sort_puts_empty_last_both_ways(model):
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [2, 4, 1, 3]
    model.sort(3, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [1, 4, 2, 3]
    model.sort(1, Qt.SortOrder.AscendingOrder)  # owner: None last
    assert ids(model)[-1] == 3
    model.set_filter_text("ana")  # the filter keeps the sort order
    assert ids(model) == [1, 4]


def test_upsert_remove_and_clear(model):
    model.set_filter_text("laptop")
    model.upsert_row((2, "Laptop stolen from a car", "Marta Vidal", "assessed", 6, None))
    assert model.row_dict(0)["title"] == "Laptop stolen from a car"
    model.upsert_row((9, "Laptop screen overlooked", None, "identified", None, None))
    assert ids(model) == [2, 9]
    model.remove_id(2)
    assert ids(model) == [9]
    model.clear()
    assert model.rowCount() == 0 and model.total() == 0 and model.filter_text == ""


def test_pane_count_chooser_and_copy(ctx, qtbot):
    pane = TablePane(ctx)
    qtbot.addWidget(pane)
    pane.set_rows(sample(), HEADERS, hidden={"review_on"}, formats={"status": "choice"})
    header = pane.view.horizontalHeader()
    assert header.isSectionHidden(4)
    assert pane.count_label.text() == "4 rows"
    qtbot.keyClicks(pane.filter_edit, "ana")
    assert pane.count_label.text() == "2 of 4"

    menu = pane.column_menu()
    actions = menu.actions()
    assert [a.text() for a in actions] == list(HEADERS.values())
    assert not actions[4].isChecked()
    actions[4].setChecked(True)
    assert not header.isSectionHidden(4)
    actions[1].setChecked(False)  # hide Owner: the filter no longer searches it
    assert header.isSectionHidden(1)
    assert pane.model.rowCount() == 0

    pane.filter_edit.clear()
    pane.select_id(4, notify=True)
    copied = []
    ctx.clipboard.copy = copied.append
    pane.view.setFocus()
    pane.copy_selection()
    assert copied and copied[0].split("\t")[0] == "Misdirected HR e-mail"
    assert "Ana Ruiz" not in copied[0]  # hidden columns are not copied


def test_pane_keeps_current_row_through_filtering(ctx, qtbot):
    pane = TablePane(ctx)
    qtbot.addWidget(pane)
    pane.set_rows(sample(), HEADERS)
    seen = []
    pane.currentChanged.connect(seen.append)
    pane.view.setCurrentIndex(pane.model.index(3, 0))
    assert seen == [4]
    pane.filter_edit.setText("mis")
    assert pane.view.currentIndex().row() == 0
    assert pane.current_id() == 4 and seen == [4]  # no second signal for the same row
    activated = []
    pane.activated.connect(activated.append)
    pane.view.activated.emit(pane.model.index(0, 0))
    assert activated == [4]
    pane.clear()
    assert pane.model.rowCount() == 0 and pane.current_id() is None
