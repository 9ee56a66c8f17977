"""The dashboard on the demo register: heat maps, breach clocks, due reviews, top risks."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from privguard.domain.breach_clock import ClockState
from privguard.ui.areas.dashboard import DashboardArea


def _loaded(qtbot, ctx) -> DashboardArea:
    area = DashboardArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.refresh()
    qtbot.waitUntil(lambda: area._data is not None, timeout=5000)
    return area


@pytest.mark.parametrize("stage", ["inherent", "residual"])
def test_heat_map_counts_and_click_navigates_to_the_cell(qtbot, demo_ctx, stage):
    area = _loaded(qtbot, demo_ctx)
    heat = area.heat_maps[stage]
    counts = demo_ctx.ws.risks.heat_map(stage)
    assert {c: heat.count(*c) for c in counts} == counts
    (likelihood, impact), _n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        qtbot.mouseClick(heat, Qt.MouseButton.LeftButton,
                         pos=heat.cell_rect(likelihood, impact).center())
    assert blocker.args == ["risks", {"stage": stage, "likelihood": likelihood,
                                      "impact": impact}]


def test_heat_map_keyboard_opens_the_focused_cell(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    heat = area.heat_maps["residual"]
    assert heat.focused_cell() == (1, 1)
    qtbot.keyClick(heat, Qt.Key.Key_Up)
    qtbot.keyClick(heat, Qt.Key.Key_Right)
    assert heat.focused_cell() == (2, 2)
    assert heat.accessibleDescription().startswith("Likelihood Unlikely, impact Minor (score 4")
    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        qtbot.keyClick(heat, Qt.Key.Key_Return)
    assert blocker.args[1] == {"stage": "residual", "likelihood": 2, "impact": 2}


def test_breach_clock_shows_the_time_left_and_turns_amber_then_red(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    clocks = [c for c in demo_ctx.ws.breaches.clocks() if c[2].authority_notified_at is None
              and c[2].authority_notification_required]
    assert len(area.clock_rows) == len(clocks) == 1
    row = area.clock_rows[0]
    incident_id, title, clock = clocks[0]
    assert (row.incident_id, row.title.text()) == (incident_id, title)

    now = clock.aware_at + timedelta(hours=30, seconds=20)
    row.update_time(now)
    hours, minutes = divmod(int(clock.time_left(now).total_seconds() // 60), 60)
    assert row.left.text() == f"{hours} h {minutes} min left"
    assert row.state is clock.state(now) is ClockState.RUNNING

    area.tick(clock.due_at - timedelta(hours=20))
    assert row.state is ClockState.AMBER and "24 h" in row.badge.text()
    assert row.left.text() == "20 h left"
    area.tick(clock.due_at - timedelta(hours=5, minutes=30))
    assert row.state is ClockState.RED and "12 h" in row.badge.text()
    area.tick(clock.due_at + timedelta(hours=1))
    assert row.state is ClockState.OVERDUE
    assert "Overdue" in row.badge.text() and row.left.text() == "overdue by 1 h"

    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert blocker.args == ["incidents", {"id": incident_id}]


def test_the_running_clock_matches_the_domain_clock_right_now(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    row = area.clock_rows[0]
    left = row.clock.time_left(row.clock.aware_at)  # 72 h at awareness
    assert left == timedelta(hours=72)
    # The demo's clock started 30 h ago: about 42 h are left.
    assert row.left.text().startswith(("41 h", "42 h"))


def test_dashboard_lists_due_reviews_top_risks_and_open_incidents(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    ws = demo_ctx.ws
    assert area.due_list.ids() == ws.risks.due().column("id")
    assert area.due_list.ids()  # the demo has reviews due

    matrix = ws.settings.matrix()
    every = [r for r in ws.risks.rows().dicts() if r["status"] != "closed"]
    scores = sorted((matrix.score(r["residual_likelihood"], r["residual_impact"])
                     for r in every), reverse=True)
    shown = {r["id"]: r for r in every}
    top = [matrix.score(shown[i]["residual_likelihood"], shown[i]["residual_impact"])
           for i in area.top_list.ids()]
    assert top == scores[:len(top)] and len(top) == 10

    open_ids = {r["id"] for r in ws.incidents.rows().dicts() if r["status"] != "closed"}
    assert set(area.incident_list.ids()) == open_ids

    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        item = area.top_list.topLevelItem(0)
        area.top_list.itemClicked.emit(item, 0)
    assert blocker.args == ["risks", {"id": area.top_list.ids()[0]}]
    with qtbot.waitSignal(demo_ctx.navigateRequested, timeout=1000) as blocker:
        area.incident_list.setCurrentItem(area.incident_list.topLevelItem(0))
        qtbot.keyClick(area.incident_list, Qt.Key.Key_Return)
    assert blocker.args == ["incidents", {"id": area.incident_list.ids()[0]}]


def test_clear_leaves_no_data_and_drops_a_late_result(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    area.refresh()  # a task in flight when the register locks
    area.clear()
    demo_ctx.tasks.wait()
    qtbot.wait(50)
    assert area._data is None
    assert all(h.total() == 0 for h in area.heat_maps.values())
    assert not area.clock_rows
    for lst in (area.due_list, area.top_list, area.incident_list):
        assert lst.topLevelItemCount() == 0
    assert area.summary.text() == ""


def test_refresh_when_locked_clears(qtbot, demo_ctx):
    area = _loaded(qtbot, demo_ctx)
    demo_ctx.ws = None
    area.refresh()
    assert area._data is None and area.top_list.topLevelItemCount() == 0
