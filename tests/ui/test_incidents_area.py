"""The Incidents area on real registers: editor, workflow, timeline, breach clock, options."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from privguard.domain.breach_clock import BreachClock, ClockState, format_duration
from privguard.domain.enums import RightsRisk
from privguard.ui.areas.incident.options import OptionDialog
from privguard.ui.areas.incident.timeline import TimelineDialog
from privguard.ui.areas.incidents import IncidentsArea

LEAK = "Occupational health report e-mailed to the wrong distribution list"
MAIL = "Virus takes down the mail servers"


def loaded(qtbot, ctx) -> IncidentsArea:
    area = IncidentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1300, 850)
    with qtbot.waitSignal(area.rowsLoaded, timeout=10_000):
        area.refresh()
    return area


def pick(editor, label_part: str) -> None:
    combo = getattr(editor, "combo", editor.widget)
    index = next(i for i in range(combo.count()) if label_part in combo.itemText(i))
    combo.setCurrentIndex(index)


def offered(editor) -> list[str]:
    return [editor.widget.itemData(i) for i in range(editor.widget.count())]


def incident_id(ctx, title: str) -> int:
    return next(r["id"] for r in ctx.ws.incidents.rows().dicts() if r["title"] == title)


def new_incident(area, qtbot, title: str) -> int:
    area.new_item()
    qtbot.keyClicks(area.form.editor("title").widget, title)
    pick(area.form.editor("severity"), "High")
    assert area.save()
    return area.current_id()


def fill_dialog(monkeypatch, cls, fill) -> list:
    """Replace the dialog's exec: ``fill(dialog)`` types into it and returns try_accept()'s result."""
    outcomes: list = []

    def exec_(dialog):
        outcomes.append(fill(dialog))
        return int(dialog.result() == dialog.DialogCode.Accepted)

    monkeypatch.setattr(cls, "exec", exec_)
    return outcomes


def test_add_an_incident_through_the_editor_and_find_it(ctx, qtbot):
    area = loaded(qtbot, ctx)
    assert area.table.model.total() == 0
    area.new_item()
    form = area.form
    assert not area.save()  # the title is required
    assert "required" in form.error_text("title")
    qtbot.keyClicks(form.editor("title").widget, "Ransom note on the file server")
    pick(form.editor("severity"), "Critical")
    pick(form.editor("reporter_id"), "Ana Ruiz")
    qtbot.keyClicks(form.editor("category").widget, "malware")
    assert area.save()
    saved = ctx.ws.incidents.get(area.current_id())
    assert saved["severity"] == "critical" and saved["status"] == "detected"
    assert saved["detected_at"] is not None
    qtbot.keyClicks(area.table.filter_edit, "ransom")
    assert area.table.model.rowCount() == 1
    row = area.table.model.row_dict(0)
    assert row["title"] == "Ransom note on the file server" and row["open"] is True
    assert row["clock"] is None  # no breach assessment, no clock


def test_the_status_moves_only_along_the_workflow(ctx, qtbot):
    area = loaded(qtbot, ctx)
    new_incident(area, qtbot, "Phishing wave")
    status = area.form.editor("status")
    # Closing needs "recovered" first (or triage of a false alarm); nothing goes back to detected.
    assert offered(status) == ["detected", "triaged", "contained", "eradicated", "recovered"]
    pick(status, "Contained")
    contained = area.form.editor("contained_at").raw()
    assert contained is not None  # moving on fills the time nobody had entered
    assert area.save()
    assert offered(status) == ["triaged", "contained", "eradicated", "recovered"]
    entries = ctx.ws.incidents.timeline(area.current_id())
    assert [e["kind"] for e in entries] == ["status"]
    assert "Contained" in entries[0]["note"]
    # A transition the workflow refuses, forced past the combo: the service's message shows.
    status.set_allowed(["contained", "closed"])
    status.set_value("closed")
    area.form.touch("status")
    assert not area.save()
    assert "Recovered" in area.form.error_text("status")
    assert ctx.ws.incidents.get(area.current_id())["status"] == "contained"
    assert len(ctx.ws.incidents.timeline(area.current_id())) == 1  # rolled back with the save


def test_add_a_timeline_entry(ctx, qtbot, monkeypatch):
    area = loaded(qtbot, ctx)
    iid = new_incident(area, qtbot, "Lost USB stick")
    before = datetime.now(UTC) - timedelta(minutes=1)

    def bad_then_good(dialog):
        form = dialog.form
        assert form.editor("actor").raw() == ctx.ws.actor  # who unlocked the register
        assert form.editor("at").raw() >= before  # defaults to now
        qtbot.keyClicks(form.editor("note").widget, "Stick reported lost on the train.")
        pick(form.editor("kind"), "Detection")
        form.editor("evidence_sha256").set_value("abc")
        assert not dialog.try_accept()
        assert "64 hexadecimal" in form.error_text("evidence_sha256")
        form.editor("evidence_sha256").set_value("ab" * 32)
        return dialog.try_accept()

    outcomes = fill_dialog(monkeypatch, TimelineDialog, bad_then_good)
    assert area.timeline_tab.add_entry()
    assert outcomes == [True]
    entries = ctx.ws.incidents.timeline(iid)
    assert len(entries) == 1
    assert entries[0]["kind"] == "detection" and entries[0]["evidence_sha256"] == "ab" * 32
    assert area.timeline_tab.model.rowCount() == 1
    assert area.timeline_tab.model.row_dict(0)["note"] == "Stick reported lost on the train."


def test_the_demo_breach_clock_shows_the_right_time_left(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    leak = incident_id(demo_ctx, LEAK)
    assert area.select(leak)
    stored = demo_ctx.ws.breaches.for_incident(leak)
    expected = BreachClock(stored["aware_at"], RightsRisk(stored["rights_risk"]),
                           stored["deadline_hours"], stored["authority_notified_at"],
                           stored["subjects_notified_at"])
    tab = area.breach_tab
    now = datetime.now(UTC)
    tab.update_clock(now)
    row = tab.clock_row
    assert not row.isHidden()
    assert row.state is expected.state(now) is ClockState.RUNNING
    assert row.left.text() == f"{format_duration(expected.time_left(now))} left"
    assert timedelta(hours=40) < expected.time_left(now) < timedelta(hours=43)
    # The list shows the same clock.
    view_row = area.table.model.view_row_of(leak)
    hours = area.table.model.row_dict(view_row)["hours_left"]
    assert abs(hours - expected.time_left(now).total_seconds() / 3600) < 0.1
    # Amber under 24 h, red under 12 h, overdue after the deadline.
    for later, state, badge in ((expected.due_at - timedelta(hours=20), ClockState.AMBER, "Under 24 h"),
                                (expected.due_at - timedelta(hours=6), ClockState.RED, "Under 12 h"),
                                (expected.due_at + timedelta(hours=1), ClockState.OVERDUE, "Overdue")):
        tab.update_clock(later)
        assert row.state is state
        assert badge in row.badge.text()
    assert "overdue by 1 h" in row.left.text()
    assert "must be told" in tab.subjects_text.text()  # high risk: Art. 34


def test_record_a_high_risk_breach_assessment(ctx, qtbot, monkeypatch):
    area = loaded(qtbot, ctx)
    iid = new_incident(area, qtbot, "Payroll file sent to the wrong bank")
    tab = area.breach_tab
    assert tab.stack.currentIndex() == 0 and tab.start_button.isEnabled()
    tab.start_assessment()
    assert area.has_unsaved()
    form = tab.form
    assert form.editor("deadline_hours").clean() == ctx.ws.settings.get("breach_deadline_hours")
    # Leaving with the assessment half done asks first.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    assert not area.maybe_leave() and asked
    assert not area.save()  # the risk to people must be chosen
    assert "required" in form.error_text("rights_risk")
    form.editor("rights_risk").buttons["high"].setChecked(True)
    form.editor("approx_subjects").widget.setText("320")
    form.editor("data_categories").picker.set_values(["DC-IDENTIFICATION"])
    assert "must be told" in tab.subjects_text.text()
    assert area.save()
    assert not area.has_unsaved()
    saved = ctx.ws.breaches.for_incident(iid)
    assert saved["rights_risk"] == "high" and saved["approx_subjects"] == 320
    assert saved["data_categories"] == ["DC-IDENTIFICATION"]
    assert "must be told" in tab.subjects_text.text()
    row = area.table.model.row_dict(area.table.model.view_row_of(iid))
    assert row["clock"] is not None and row["hours_left"] > 0
    # Telling the people (after awareness) settles Art. 34; before awareness is refused as typed.
    aware = saved["aware_at"]
    form.editor("subjects_notified_at").set_value(aware - timedelta(hours=2))
    form.touch("subjects_notified_at")
    assert "earlier" in form.error_text("subjects_notified_at")
    form.editor("subjects_notified_at").set_value(aware + timedelta(hours=2))
    form.touch("subjects_notified_at")
    assert area.save()
    assert "were told" in tab.subjects_text.text()


def _option(dialog, qtbot, name, reinfection="0.2", downtime=("4", "8", "24")):
    form = dialog.form
    qtbot.keyClicks(form.editor("name").widget, name)
    pick(form.editor("orientation"), "Business-centric")
    form.editor("cost_one_off").widget.setText("12000")
    for edit, text in zip(form.editor("downtime_hours").edits, downtime, strict=True):
        edit.setText(text)
    form.editor("reinfection_probability").widget.setText(reinfection)


def test_add_a_response_option_and_see_it_listed(ctx, qtbot, monkeypatch):
    area = loaded(qtbot, ctx)
    iid = new_incident(area, qtbot, "Ransomware on the ERP")
    tab = area.options_tab
    assert not tab.weigh_button.isEnabled()

    def fill(dialog):
        _option(dialog, qtbot, "Rebuild the ERP on clean hosts")
        return dialog.try_accept()

    outcomes = fill_dialog(monkeypatch, OptionDialog, fill)
    assert tab.add_option()
    assert outcomes == [True]
    options = ctx.ws.options.for_incident(iid).dicts()
    assert [o["name"] for o in options] == ["Rebuild the ERP on clean hosts"]
    stored = ctx.ws.options.get(options[0]["id"])
    assert stored["downtime_hours"] == {"low": 4.0, "mode": 8.0, "high": 24.0}
    assert stored["reinfection_probability"] == pytest.approx(0.2)
    assert tab.model.rowCount() == 1
    assert tab.model.display_text(0, 1) == "Business-centric"
    assert tab.weigh_button.isEnabled()


def test_invalid_option_input_cannot_be_saved(ctx, qtbot, monkeypatch):
    area = loaded(qtbot, ctx)
    iid = new_incident(area, qtbot, "Web shop defaced")

    def fill(dialog):
        form = dialog.form
        _option(dialog, qtbot, "Take the shop offline", reinfection="1.5", downtime=("10", "5", "2"))
        assert not dialog.try_accept()
        assert "at most 1" in form.error_text("reinfection_probability")
        assert "low ≤ most likely ≤ high" in form.error_text("downtime_hours")
        assert ctx.ws.options.for_incident(iid).rows == []
        form.editor("reinfection_probability").widget.setText("0.15")
        form.editor("downtime_hours").edits[0].setText("1")
        assert form.error_text("reinfection_probability") == ""
        assert "low" in form.error_text("downtime_hours")  # 1 ≤ 5 but 5 > 2 still
        form.editor("downtime_hours").edits[2].setText("9")
        return dialog.try_accept()

    outcomes = fill_dialog(monkeypatch, OptionDialog, fill)
    assert area.options_tab.add_option()
    assert outcomes == [True]
    assert len(ctx.ws.options.for_incident(iid).rows) == 1


def test_weigh_the_options_asks_for_the_decisions_area(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    mail = incident_id(demo_ctx, MAIL)
    assert area.select(mail)
    tab = area.options_tab
    assert tab.model.rowCount() == 2  # the demo's IT-centric and business-centric options
    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as signal:
        tab.weigh_button.click()
    assert signal.args == ["decisions", {"incident": mail}]


def test_clear_leaves_no_rows(demo_ctx, qtbot):
    area = loaded(qtbot, demo_ctx)
    assert area.select(incident_id(demo_ctx, LEAK))
    assert area.timeline_tab.model.rowCount() and area.options_tab.model.rowCount()
    area.clear()
    assert area.table.model.total() == 0
    assert area.timeline_tab.model.rowCount() == 0
    assert area.options_tab.model.rowCount() == 0
    assert area.breach_tab.categories.picker.model.rowCount() == 0
    assert area.form.picker("risks").model.rowCount() == 0
    assert area.breach_tab.form.editor("nature").raw() == ""
    assert area.heading.text() == ""


def test_an_option_takes_a_reinfections_own_outage_and_keeps_a_ranges_kind(ctx, qtbot,
                                                                           monkeypatch):
    area = loaded(qtbot, ctx)
    iid = new_incident(area, qtbot, "Virus on the mail servers")

    def fill(dialog):
        _option(dialog, qtbot, "Restore now", reinfection="0.35")
        form = dialog.form
        for name, texts in (("data_loss_hours", ("8", "9", "11")),
                            ("reinfection_downtime_hours", ("36", "60", "100")),
                            ("reinfection_delay_hours", ("12", "24", "inf"))):
            for edit, text in zip(form.editor(name).edits, texts, strict=True):
                qtbot.keyClicks(edit, text)
        assert not dialog.try_accept()  # an infinite hour is no estimate
        assert "ordinary number" in form.error_text("reinfection_delay_hours") or \
            "as numbers" in form.error_text("reinfection_delay_hours")
        form.editor("reinfection_delay_hours").edits[2].setText("72")
        return dialog.try_accept()

    outcomes = fill_dialog(monkeypatch, OptionDialog, fill)
    assert area.options_tab.add_option()
    assert outcomes == [True]
    option = ctx.ws.options.for_incident(iid).column("id")[0]
    stored = ctx.ws.options.get(option)
    assert stored["data_loss_hours"] == {"low": 8.0, "mode": 9.0, "high": 11.0}
    assert stored["reinfection_downtime_hours"] == {"low": 36.0, "mode": 60.0, "high": 100.0}
    assert stored["reinfection_delay_hours"] == {"low": 12.0, "mode": 24.0, "high": 72.0}

    # A uniform range set elsewhere (a script) stays uniform when its numbers are edited here.
    ctx.ws.options.update(option, containment_hours={"low": 2, "high": 8, "dist": "uniform"})

    def edit(dialog):
        boxes = dialog.form.editor("containment_hours").edits
        assert [b.text() for b in boxes] == ["2", "", "8"]
        boxes[2].setText("10")
        return dialog.try_accept()

    outcomes = fill_dialog(monkeypatch, OptionDialog, edit)
    area.options_tab.view.setCurrentIndex(area.options_tab.model.index(0, 1))
    assert area.options_tab.edit_option()
    assert outcomes == [True]
    assert ctx.ws.options.get(option)["containment_hours"] == {"low": 2.0, "high": 10.0,
                                                               "dist": "uniform"}


# -- Art. 33 and 34 (issue 14) ----------------------------------------------------------------


def _clear(qtbot, widget) -> None:
    """Select all and delete, as a user empties a field."""
    from PySide6.QtCore import Qt

    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def test_missing_items_show_next_to_the_clock_and_a_phase_says_what_follows(
        demo_ctx, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from privguard.ui.areas.incident.notice import PhaseDialog

    area = loaded(qtbot, demo_ctx)
    leak = incident_id(demo_ctx, LEAK)
    assert area.select(leak)
    tab = area.breach_tab
    area.tabs.setCurrentWidget(tab)
    assert tab.missing_title.text() == "No mandatory item is missing."
    assert tab.missing_text.isHidden()
    form = tab.form
    _clear(qtbot, form.editor("consequences").widget)
    assert not tab.missing_text.isHidden()
    assert tab.missing_title.text().startswith("Missing mandatory items")
    assert tab.missing_text.text() == (
        "• Art. 33(3)(c), 34(2): the likely consequences of the breach")
    # Recording the notification as sent now is refused as typed, and on Save.
    notified = datetime.now(UTC).replace(second=0, microsecond=0)
    form.editor("authority_notified_at").set_value(notified)
    form.touch("authority_notified_at")
    assert "cannot be recorded as sent while the likely consequences of the breach" in \
        form.error_text("authority_notified_at")
    assert not area.save()
    assert demo_ctx.ws.breaches.for_incident(leak)["authority_notified_at"] is None
    # A phase that says the consequences will follow (Art. 33(4)) lets it through.
    phases = tab.form.editor("phases")

    def fill(dialog):
        dialog.when.setDateTime(dialog.when.dateTime().currentDateTime())
        qtbot.keyClicks(dialog.reference, "AEPD-2026-0042")
        qtbot.keyClicks(dialog.added, "First facts; consequences to follow.")
        qtbot.mouseClick(dialog.follows["consequences"], Qt.MouseButton.LeftButton,
                         pos=dialog.follows["consequences"].rect().center())
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    outcomes = fill_dialog(monkeypatch, PhaseDialog, fill)
    qtbot.mouseClick(phases.box.add_button, Qt.MouseButton.LeftButton)
    assert outcomes == [PhaseDialog.DialogCode.Accepted]
    assert phases.box.table.rowCount() == 1
    assert phases.box.table.item(0, 0).text() == "Initial notification"
    assert form.error_text("authority_notified_at") == ""
    assert "(to follow, Art. 33(4))" in tab.missing_text.text()
    assert area.save()
    stored = demo_ctx.ws.breaches.for_incident(leak)
    assert [(p["reference"], p["follows"]) for p in stored["phases"]] == [
        ("AEPD-2026-0042", ["consequences"])]
    assert stored["authority_notified_at"] is not None


def test_a_late_notification_needs_its_reasons(ctx, qtbot):
    area = loaded(qtbot, ctx)
    new_incident(area, qtbot, "Payroll file sent to the wrong bank")
    tab = area.breach_tab
    tab.start_assessment()
    form = tab.form
    aware = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=100)
    form.editor("aware_at").set_value(aware)
    form.touch("aware_at")
    form.editor("rights_risk").buttons["risk"].setChecked(True)
    for name, text in (("nature", "Payroll file e-mailed to the wrong bank."),
                       ("consequences", "Fraud attempts."), ("measures", "Deleted by the bank."),
                       ("contact_point", "DPO, dpo@example.org"), ("approx_subjects", "820"),
                       ("approx_records", "820")):
        qtbot.keyClicks(form.editor(name).widget, text)
    form.editor("data_categories").picker.set_values(["DC-FINANCIAL"])
    form.editor("data_subjects").picker.set_values(["DS-EMPLOYEES"])
    assert "Art. 33(1): the reasons for the delay" in tab.missing_text.text()
    form.editor("authority_notified_at").set_value(aware + timedelta(hours=80))
    form.touch("authority_notified_at")
    assert not area.save()
    assert "(Art. 33(1))" in form.error_text("delay_reasons")
    qtbot.keyClicks(form.editor("delay_reasons").widget, "The bank confirmed it on day four.")
    assert area.save()
    assert tab.missing_title.text() == "No mandatory item is missing."


def test_the_notification_draft_from_the_incident_area(demo_ctx, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QFileDialog

    from privguard.ui.areas.incident.notice import NotificationDraftDialog

    area = loaded(qtbot, demo_ctx)
    leak = incident_id(demo_ctx, LEAK)
    assert area.select(leak)
    tab = area.breach_tab
    area.tabs.setCurrentWidget(tab)
    stored = demo_ctx.ws.breaches.for_incident(leak)
    target = tmp_path / "draft"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    seen: dict[str, str] = {}

    def look(dialog):
        seen["en"] = dialog.text.toPlainText()
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        seen["es"] = dialog.text.toPlainText()
        qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["status"] = dialog.status.text()
        with qtbot.waitSignal(demo_ctx.navigateRequested) as signal:
            qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
        seen["navigate"] = signal.args
        return dialog.result()

    fill_dialog(monkeypatch, NotificationDraftDialog, look)
    qtbot.mouseClick(tab.draft_button, Qt.MouseButton.LeftButton)
    for value in (stored["nature"], stored["consequences"], stored["measures"],
                  stored["contact_point"]):
        assert value in seen["en"] and value in seen["es"]
    assert seen["en"].startswith("Notification of a personal data breach")
    assert seen["es"].startswith("Notificación de una brecha de datos personales")
    assert seen["clipboard"] == seen["es"]
    written = tmp_path / "draft.txt"
    assert written.read_text(encoding="utf-8").splitlines()[4:] == seen["es"].splitlines()[4:]
    assert str(written) in seen["status"]
    assert seen["navigate"] == ["reports", {"kind": "notification", "id": leak}]
    demo_ctx.clipboard.clear_if_ours()
