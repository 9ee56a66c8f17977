"""The decision view: the mail-server virus's two responses side by side, what-if, decide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from privguard.analysis import results as R
from privguard.ui.areas import decisions as decisions_module
from privguard.ui.areas.decisions import DecideDialog, DecisionsArea

MAIL = "Virus takes down the mail servers"


@pytest.fixture
def area(qtbot, demo_ctx):
    widget = DecisionsArea(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=15_000)
    return widget


def settle(qtbot, area) -> None:
    qtbot.waitUntil(lambda: not area._timer.isActive() and not area.ctx.tasks.busy,
                    timeout=15_000)


def test_the_mail_server_virus_shows_both_responses(area):
    assert MAIL in area.subject.currentText()
    names = [o.name for o in area.result.options]
    assert names == ["Restore from backup at all costs",
                     "Stay disconnected to keep the company quarantined"]
    table = area.view.table
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert R.EXPECTED_COST in rows and R.P_OVER_MTD in rows and R.P_BEST in rows
    mtd_row = rows.index(R.P_OVER_MTD)
    restore, stay = (table.item(mtd_row, c).text() for c in (0, 1))
    assert restore != stay  # staying disconnected risks the 72 h MTD; restoring does not
    assert restore.endswith("%") and not restore.endswith(" %"), "English writes 12.5%"
    assert "Recommended" in area.view.recommendation.text()
    assert "€)" in area.view.recommendation.text() or "(€" in area.view.recommendation.text(), \
        "amounts in the register's currency"
    assert len(area.view.lec.series) == 2
    # One sentence under the chart says how to read it.
    assert area.view.lec_hint.isVisible() and "chance that its cost goes above" in \
        area.view.lec_hint.text()


def test_editing_an_option_updates_the_figures_with_the_same_seed(qtbot, area):
    before = area.result
    restore_before = before.option(before.options[0].option_id).metrics[R.EXPECTED_COST]
    area.options.setCurrentRow(0)
    assert not area.what_if.isVisible() and not area.save_button.isEnabled()
    area.option_inputs.reinfection.setValue(90)
    assert area.has_unsaved()
    # The edit is marked where the user looks: the option, and a banner over the list.
    assert area.what_if.isVisible() and "not saved" in area.what_if.text()
    assert "Restore from backup at all costs" in area.what_if.text()
    assert area.options.item(0).text().endswith("· what-if") and area.options.item(0).font().italic()
    assert not area.options.item(1).text().endswith("· what-if")
    assert area.save_button.isEnabled() and area.reset_button.isEnabled()
    settle(qtbot, area)
    after = area.result
    assert after is not before and after.seed == before.seed
    assert after.options[0].metrics[R.EXPECTED_COST] > restore_before
    # The other option's inputs did not change, so with the same seed its figures are identical.
    assert after.options[1].metrics[R.EXPECTED_COST] == before.options[1].metrics[R.EXPECTED_COST]
    qtbot.mouseClick(area.reset_button, Qt.MouseButton.LeftButton)
    assert not area.has_unsaved()
    assert not area.what_if.isVisible() and not area.options.item(0).font().italic()


def test_inverted_range_is_refused_with_a_message(qtbot, area):
    area.options.setCurrentRow(0)
    area.option_inputs.downtime.spins[0].setValue(100)  # low above high
    qtbot.wait(400)
    assert "low" in area.view.stale.text()
    assert not area.save()


def test_deciding_records_the_frozen_figures(qtbot, area, monkeypatch):
    ws = area.ctx.ws
    before = len(ws.decisions.rows())

    def fake_exec(dialog):
        dialog.option.setCurrentIndex(1)
        dialog.rationale.setPlainText("Keep the company quarantined until forensics is done.")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(decisions_module.DecideDialog, "exec", fake_exec)
    area.decide()
    rows = ws.decisions.rows().dicts()
    assert len(rows) == before + 1
    decision = ws.decisions.get(max(r["id"] for r in rows))
    assert decision["option_name"] == "Stay disconnected to keep the company quarantined"
    assert decision["decided_by"].startswith("Marta Vidal")
    figures = decision["figures"]
    assert figures["seed"] == area.result.seed
    assert figures["chosen_option_id"] == area.result.options[1].option_id
    assert {o["name"] for o in figures["options"]} == {o.name for o in area.result.options}


def test_an_empty_rationale_is_refused(qtbot):
    dialog = DecideDialog([(1, "A")], 1)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.text()


def test_clear_forgets_everything(area):
    area.clear()
    assert area.inputs is None and area.result is None
    assert area.subject.count() == 0 and area.view.table.rowCount() == 0




def test_in_spanish_the_engine_speaks_spanish(qtbot, spanish):
    widget = DecisionsArea(spanish)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=15_000)
    table = widget.view.table
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert "Coste esperado" in rows and "P(tiempo de inactividad > MTD)" in rows
    share = table.item(rows.index("P(tiempo de inactividad > MTD)"), 1).text()
    assert share.endswith("\u00a0%") and "," in share, "Spanish writes 36,9 %"
    recommendation = widget.view.recommendation.text()
    assert "el menor coste esperado" in recommendation, recommendation
    assert "lowest" not in recommendation
    assert "Destruye pruebas forenses" in widget.view.reasons.text()
    # Likely to be re-infected, restoring breaks the MTD too often: said in Spanish too.
    widget.options.setCurrentRow(0)
    widget.option_inputs.reinfection.setValue(90)
    settle(qtbot, widget)
    recommendation = widget.view.recommendation.text()
    assert "la única opción que mantiene" in recommendation, recommendation
    assert "simulaciones" in widget.view.reasons.text()
    refused = [table.item(0, c).text() for c in range(table.columnCount())]
    assert any(text.startswith("No:") and "simulaciones" in text for text in refused), refused


def test_two_visits_to_the_same_subject_show_the_same_figures(qtbot, demo_ctx):
    """Found by a new user: the same option read €195,185, €194,860 … on four visits."""
    seen = []
    for _visit in range(2):
        widget = DecisionsArea(demo_ctx)
        qtbot.addWidget(widget)
        widget.show()
        widget.refresh()
        qtbot.waitUntil(lambda w=widget: w.result is not None, timeout=15_000)
        settle(qtbot, widget)
        table = widget.view.table
        seen.append(([table.item(r, c).text() for r in range(table.rowCount())
                      for c in range(table.columnCount())], widget.view.about.text()))
        widget.close()
    assert seen[0] == seen[1]
    assert str(widget.result.seed) in seen[0][1] and "20,000 trials" in seen[0][1]
    # The seed is the register's and the inputs': `privguard analyse --seed` gives the same.
    assert widget.result.seed == demo_ctx.ws.analysis.seed_for(widget.saved_inputs)


def test_a_decision_says_what_it_is_about_opens_its_record_and_reaches_the_timeline(
        qtbot, area, monkeypatch):
    """Decide by the real button, then find the decision in the list and open its record."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from privguard.ui.widgets.decision_record import DecisionRecordDialog

    ws = area.ctx.ws
    incident = area.inputs["subject"]["id"]

    def fake_exec(dialog):
        dialog.rationale.setPlainText("Restore tonight; watch the gateway.")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(decisions_module.DecideDialog, "exec", fake_exec)
    qtbot.mouseClick(area.decide_button, Qt.MouseButton.LeftButton)
    decision = max(r["id"] for r in ws.decisions.rows().dicts())
    entry = ws.incidents.timeline(incident)[-1]
    assert entry["kind"] == "decision"
    assert entry["note"] == "Restore from backup at all costs: Restore tonight; watch the gateway."
    qtbot.waitUntil(lambda: area.taken.model.rowCount() >= 2, timeout=5_000)
    area.tabs.setCurrentIndex(1)
    model = area.taken.model
    row = next(r for r in range(model.rowCount()) if model.row_id(r) == decision)
    shown = [model.display_text(row, c) for c in range(model.columnCount())]
    assert "Virus takes down the mail servers" in shown and "Incident" in shown
    area.taken.view.selectRow(row)

    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DecisionRecordDialog):
            QTimer.singleShot(20, look)
            return
        qtbot.waitUntil(lambda: "frozen ones" in dialog.check.text(), timeout=15_000)
        seen["check"] = dialog.check.text()
        seen["inputs"] = dialog.findChild(QPlainTextEdit, "inputs").toPlainText()
        seen["about"] = dialog.about.text()
        seen["rows"] = dialog.view.table.rowCount()
        dialog.reject()

    QTimer.singleShot(20, look)
    qtbot.mouseClick(area.open_button, Qt.MouseButton.LeftButton)
    assert seen["about"] == "Incident: Virus takes down the mail servers"
    assert "the figures are the frozen ones" in seen["check"]
    assert "Restore from backup at all costs" in seen["inputs"]
    assert "Probability of re-infection: 35%" in seen["inputs"]
    assert seen["rows"] > 5


def test_a_what_if_decision_freezes_what_produced_its_figures(qtbot, area, monkeypatch,
                                                              tmp_path):
    """Edit an option, Decide on the other one, open the record: the inputs are the what-if's,
    the figures are theirs, and the decision reproduces."""
    import argparse
    import io

    from privguard.cli_analysis import cmd_reproduce
    from tests.reports.helpers import pdf_text

    ws = area.ctx.ws
    area.options.setCurrentRow(0)
    spin = area.option_inputs.reinfection  # typed, as the officer types it
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "90")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == 90  # restoring now breaks the MTD too often
    assert area.options.item(0).text().endswith("· what-if")
    settle(qtbot, area)
    restore, stay = (o.option_id for o in area.result.options)
    assert area.result.recommended_option_id == stay

    def fake_exec(dialog):
        dialog.option.setCurrentIndex(dialog.option.findData(restore))
        dialog.rationale.setPlainText("The board accepts the risk of a second outage.")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(decisions_module.DecideDialog, "exec", fake_exec)
    qtbot.mouseClick(area.decide_button, Qt.MouseButton.LeftButton)
    decision = max(r["id"] for r in ws.decisions.rows().dicts())
    figures = ws.decisions.get(decision)["figures"]
    frozen_restore = next(o for o in figures["inputs"]["options"] if o["option_id"] == restore)
    assert frozen_restore["reinfection_probability"] == pytest.approx(0.9)
    assert ws.options.get(restore)["reinfection_probability"] == pytest.approx(0.35)  # not saved
    against = figures["chosen_against_recommended"]
    assert against["recommended_option_id"] == stay and against["chosen"] > against["recommended"]
    assert {a["source"] for a in figures["assumptions"]} == {"default"}

    from privguard.ui.widgets.decision_record import DecisionRecordDialog

    record = DecisionRecordDialog(area.ctx, decision)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: "frozen ones" in record.check.text(), timeout=15_000)
    assert record.against.isVisible() and record.against.text().startswith(
        "Chosen instead of the recommended Stay disconnected to keep the company quarantined:")
    assert "Largest accepted chance of exceeding the MTD: 10.0% (PrivGuard's default)" in \
        record.assumptions.toPlainText()
    assert "Probability of re-infection: 90%" in \
        record.findChild(QPlainTextEdit, "inputs").toPlainText()
    record.close()

    out = io.StringIO()
    args = argparse.Namespace(id=decision)
    assert cmd_reproduce(args, ws, out) == 0, out.getvalue()

    pdf = tmp_path / "decision.pdf"
    ws.reporting.export("decision", pdf, lang="en", subject_id=decision)
    text = " ".join(pdf_text(pdf).split())
    assert "what-if edits included" in text and "Re-infection 90%" in text
    assert "Chosen instead of the recommended Stay disconnected to keep the company " \
           "quarantined:" in text
    assert "Assumptions and limits" in text and "PrivGuard's default" in text
    assert "Largest accepted chance of exceeding the MTD" in text and "10.0%" in text


def test_the_figures_that_matter_come_first_and_a_reason_shows_its_figure(qtbot, area):
    from PySide6.QtCore import QPoint

    view = area.view
    table = view.table
    shown = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())
             if not table.isRowHidden(r)]
    assert shown == ["Meets the constraints", "Expected cost", "P95 cost", "P(downtime > MTD)",
                     "P(notification deadline missed)", "P(best option)"]
    qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    assert not any(table.isRowHidden(r) for r in range(table.rowCount()))
    assert view.more.text() == "Fewer figures"
    qtbot.mouseClick(view.more, Qt.MouseButton.LeftButton)
    assert table.isRowHidden(table.rowCount() - 1)
    # "Restore …: Destroys forensic evidence." rests on the expected cost of lost evidence,
    # a row behind "More figures": clicking the reason shows and selects it.
    assert "<a href=" in view.reasons.text()
    qtbot.mouseClick(view.reasons, Qt.MouseButton.LeftButton, pos=QPoint(40, 8))
    selected = {i.row() for i in table.selectedIndexes()}
    assert len(selected) == 1
    row = selected.pop()
    assert table.verticalHeaderItem(row).text() == "Expected cost: evidence"
    assert not table.isRowHidden(row) and view.more.isChecked()


def test_option_names_show_as_typed_never_as_markup(qtbot, demo_ctx):
    ws = demo_ctx.ws
    incident = next(r["id"] for r in ws.incidents.rows().dicts() if r["title"].startswith("Virus"))
    restore = ws.options.for_incident(incident).column("id")[0]
    ws.options.update(restore, name="<b>Restore</b> & <i>reconnect</i>")
    widget = DecisionsArea(demo_ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.result is not None, timeout=15_000)
    settle(qtbot, widget)
    assert "<b>Restore</b> & <i>reconnect</i>" in widget.view.recommendation.text()
    assert widget.view.recommendation.textFormat() == Qt.TextFormat.PlainText
    # The reasons are links, so markup: the name inside them is escaped.
    assert "&lt;b&gt;Restore&lt;/b&gt; &amp; &lt;i&gt;reconnect&lt;/i&gt;" in \
        widget.view.reasons.text()
