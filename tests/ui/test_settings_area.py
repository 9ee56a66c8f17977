"""The Settings area over a real register: saving, refusing invalid input, key slots."""

from __future__ import annotations

import pytest

from privguard.services.workspace import open_workspace, read_slots
from privguard.ui.areas.settings import SettingsArea
from tests.conftest import PASSPHRASE

NEW_PASSPHRASE = "purple otter sings at dawn"


@pytest.fixture
def area(qtbot, ctx):
    widget = SettingsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.refresh()
    yield widget
    ctx.language.apply("en")


def test_loads_the_register_settings(area, ctx):
    assert area.organisation.text() == "Acme Ltd"
    assert area.auto_lock.value() == 5
    assert area.appetite.value() == ctx.ws.settings.matrix().appetite
    assert [e.text() for e in area.likelihood_edits] == list(
        ctx.ws.settings.matrix().likelihood_labels)
    assert not area.has_unsaved()


def test_auto_lock_and_appetite_persist(qtbot, area, ctx, register_path):
    with qtbot.waitSignal(area.dirtyChanged, timeout=1000) as dirty:
        area.auto_lock.setValue(15)
    assert dirty.args == [True] and area.has_unsaved()
    area.appetite.setValue(10)
    area.likelihood_edits[0].setText("Very rare")
    with qtbot.waitSignal(ctx.changed, timeout=1000) as changed:
        assert area.save()
    assert changed.args == ["settings"]
    assert not area.has_unsaved()
    ctx.ws.close()
    with open_workspace(register_path, PASSPHRASE) as ws:
        assert ws.settings.get("auto_lock_minutes") == 15
        matrix = ws.settings.matrix()
        assert matrix.appetite == 10
        assert matrix.likelihood_labels[0] == "Very rare"


def test_invalid_settings_are_refused_with_a_message_next_to_the_field(area, ctx):
    area.organisation.setText("  ")
    assert area.errors["organisation"].isVisibleTo(area)
    assert area.errors["organisation"].text()
    area.currency.setCurrentText("E1")
    assert area.errors["currency"].text()
    area.threshold_spins[1].setValue(12)  # Medium from 12 but High from 10: out of order
    assert area.errors["levels"].isVisibleTo(area)
    assert "level" in area.errors["levels"].text()
    area.impact_edits[1].setText(area.impact_edits[0].text())
    assert area.errors["impact_labels"].text()

    assert area.save() is False
    assert "not saved" in area.status.text().lower()
    assert ctx.ws.settings.get("organisation") == "Acme Ltd"
    assert ctx.ws.settings.get("currency") == "EUR"
    assert ctx.ws.settings.matrix().levels[1].min_score == 5

    area.discard()
    assert not area.has_unsaved()
    assert area.organisation.text() == "Acme Ltd"
    assert not any(label.isVisibleTo(area) for label in area.errors.values())


def test_unsaved_edits_survive_a_lock_in_memory(area, ctx):
    area.auto_lock.setValue(30)
    edits = area.pending_edits()
    area.clear()
    assert area.organisation.text() == "" and not area.has_unsaved()
    area.restore_edits(edits)
    area.refresh()
    assert area.auto_lock.value() == 30 and area.has_unsaved()
    assert ctx.ws.settings.get("auto_lock_minutes") == 5


def test_language_applies_at_once_and_is_stored(qtbot, area, ctx):
    index = area.language.findData("es")
    area.language.setCurrentIndex(index)
    with qtbot.waitSignal(ctx.changed, timeout=1000) as changed:
        area.language.activated.emit(index)
    assert changed.args == ["language"]
    assert ctx.ws.settings.get("language") == "es"
    assert ctx.language.code == "es"


def test_adding_a_slot_lists_it_and_it_unlocks_the_register(qtbot, area, ctx, register_path):
    area.slots.add_slot("Bea Soto", "CSO", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "Bea Soto" in area.slots.names(), timeout=10_000)
    texts = [area.slots.list.topLevelItem(i).text(0)
             for i in range(area.slots.list.topLevelItemCount())]
    assert "Bea Soto" in texts
    assert "Bea Soto" in area.slots.message.text()
    assert "Bea Soto" in [s["name"] for s in read_slots(register_path)]
    ctx.ws.close()
    with open_workspace(register_path, NEW_PASSPHRASE, "Bea Soto") as ws:
        assert ws.actor == "Bea Soto (CSO)"


def test_add_slot_refuses_a_weak_passphrase_with_its_message(qtbot, area):
    area.slots.add_slot("Bea Soto", "CSO", "short")
    qtbot.waitUntil(lambda: "at least" in area.slots.message.text(), timeout=5000)
    assert "Bea Soto" not in area.slots.names()


def test_the_last_person_slot_cannot_be_removed(qtbot, area):
    area.slots.confirm = lambda _text: True
    area.slots.select("Ana Ruiz")
    area.slots.remove_button.click()
    assert "Ana Ruiz" in area.slots.names()
    assert "last person" in area.slots.message.text()

    area.slots.add_slot("Bea Soto", "CSO", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "Bea Soto" in area.slots.names(), timeout=10_000)
    asked = []
    area.slots.confirm = lambda text: asked.append(text) or True
    area.slots.select("Bea Soto")
    area.slots.remove_button.click()
    assert asked and "Bea Soto" in asked[0] and "changes the register's key" in asked[0]
    qtbot.waitUntil(lambda: "Bea Soto" not in area.slots.names(), timeout=20_000)
    assert "key changed" in area.slots.message.text()
    # Your own slot cannot go, even when another person holds one.
    area.slots.add_slot("Cal Ortiz", "DPO", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "Cal Ortiz" in area.slots.names(), timeout=10_000)
    area.slots.select("Ana Ruiz")
    area.slots.remove_button.click()
    assert "unlocked with" in area.slots.message.text()


def test_change_my_passphrase_needs_the_current_one(qtbot, area, ctx, register_path):
    area.slots.change_passphrase("not my passphrase", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "current passphrase" in area.slots.message.text(), timeout=10_000)
    area.slots.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "was changed" in area.slots.message.text(), timeout=10_000)
    ctx.ws.close()
    with open_workspace(register_path, NEW_PASSPHRASE) as ws:
        assert ws.actor == "Ana Ruiz (CPO)"


def test_clear_leaves_no_data(area):
    area.clear()
    assert area.organisation.text() == ""
    assert area.slots.list.topLevelItemCount() == 0
    assert not area.slots.names()
    assert all(e.text() == "" for e in area.likelihood_edits + area.impact_edits)
    assert area.save() is False


def test_the_controller_block_and_the_board_meeting_are_saved_and_printed(
        qtbot, area, ctx, register_path, tmp_path):
    """The Art. 30 record's controller block and the last board meeting are kept in Settings:
    typed here, checked as typed, saved, and printed in the record and the board report."""
    from PySide6.QtCore import QDate

    from tests.reports.helpers import pdf_text

    assert area.board_meeting.text() == area.tr("Not set")
    area.controller_edits["controller_email"].setText("not an address")
    assert area.errors["controller_email"].isVisibleTo(area)
    assert not area.save()
    values = {"controller_address": "Gran Vía 1, 28013 Madrid",
              "controller_email": "privacy@acme.example", "controller_phone": "+34 600 000 000",
              "dpo_name": "Inés Castro", "dpo_contact": "dpo@acme.example",
              "eu_representative": "Not applicable: established in Spain"}
    for key, text in values.items():
        area.controller_edits[key].setText(text)
    assert not area.errors["controller_email"].isVisibleTo(area)
    area.board_meeting.setDate(QDate(2020, 3, 31))
    assert area.has_unsaved() and area.save()
    ctx.ws.close()
    with open_workspace(register_path, PASSPHRASE) as ws:
        assert {key: ws.settings.get(key) for key in values} == values
        assert ws.settings.get("last_board_meeting") == "2020-03-31"
        record = tmp_path / "ropa.pdf"
        ws.reporting.export("ropa", record, sign=False)
        text = pdf_text(record)
        assert all(text_ in text for text_ in values.values())
        board = tmp_path / "board.pdf"
        ws.reporting.export("board", board, sign=False)
        assert "What changed since 31 Mar 2020" in pdf_text(board)
