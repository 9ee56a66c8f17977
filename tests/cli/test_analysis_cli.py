"""`privguard list`, `analyse` and `decisions … reproduce`, run as a script would run them."""

from __future__ import annotations

import json

import pytest

from privguard.services import demo
from privguard.storage import models as m
from tests.cli.test_cli import run
from tests.conftest import PASSPHRASE


@pytest.fixture
def demo_path(workspace, register_path):
    demo.build(workspace)
    workspace.close()
    return str(register_path)


def cli(monkeypatch, *argv):  # noqa: ANN001, ANN201
    return run(*argv, env={"PRIVGUARD_PASSPHRASE": PASSPHRASE}, monkeypatch=monkeypatch)


def test_list_gives_the_ids_the_other_commands_take(demo_path, monkeypatch):
    code, out, err = cli(monkeypatch, "list", demo_path, "incidents")
    assert code == 0, err
    first = out.splitlines()[0].split("\t")
    assert first[:2] == ["1", "Virus takes down the mail servers"]
    code, out, _ = cli(monkeypatch, "list", demo_path, "decisions", "--json")
    decisions = json.loads(out)
    assert code == 0 and decisions and {"id", "title", "decided_by"} <= set(decisions[0])
    for kind in ("risks", "activities"):
        code, out, _ = cli(monkeypatch, "list", demo_path, kind, "--json")
        assert code == 0 and all(isinstance(i["id"], int) and i["title"] for i in json.loads(out))
    code, _, err = cli(monkeypatch, "list", demo_path, "threats")
    assert code == 2 and "invalid choice" in err


def test_analyse_with_a_seed_prints_the_same_bytes_and_moves_with_set(demo_path, monkeypatch):
    args = ("analyse", demo_path, "incident", "1", "--seed", "42", "--trials", "5000", "--json")
    code, first, err = cli(monkeypatch, *args)
    assert code == 0, err
    assert cli(monkeypatch, *args)[1] == first
    data = json.loads(first)
    restore, stay = (o["option_id"] for o in data["options"])
    assert data["recommended_option_id"] == restore and data["seed"] == 42
    assert {"Expected cost", "P95 cost", "P(downtime > MTD)", "P(best option)"} <= \
        set(data["options"][0]["metrics"])
    assert data["reasons"] and data["break_evens"]
    flip = next(b for b in data["break_evens"]
                if b["input"] == f"options.{restore}.reinfection_probability")
    assert flip["to_option_id"] == stay and 0.3 < flip["value"] < 0.6
    # Past the break-even, the verdict is the other option, with the reason that decides it.
    code, out, err = cli(monkeypatch, *args, "--set", f"{restore}.reinfection_probability=0.9")
    moved = json.loads(out)
    assert code == 0 and moved["recommended_option_id"] == stay, err
    assert "the only option that keeps E-mail and calendar within its MTD" in \
        moved["recommendation"]
    # A range takes low,mode,high; an assumption by name.
    code, out, err = cli(monkeypatch, *args, "--set", f"{restore}.downtime_hours=48,96,200",
                         "--set", "assumptions.cost_per_record=10")
    assert code == 0, err
    assert json.loads(out)["options"][0]["metrics"]["Expected downtime (h)"] > \
        data["options"][0]["metrics"]["Expected downtime (h)"]


@pytest.mark.parametrize(("edit", "says"), [
    ("7.cost_one_off=1", "There is no option 7 here; the options are: 1, 2."),
    ("1.colour=1", "An option has no field 'colour'"),
    ("1.downtime_hours=1,2", "takes a range as low,mode,high"),
    ("1.cost_one_off=nan", "takes an ordinary number"),
    ("1.cost_one_off=-5", "One-off cost: Values cannot be negative."),
    ("1.reinfection_probability=1.5", "A probability must be a number from 0 to 1."),
    ("cost_one_off", "--set takes OPTION_ID.FIELD=VALUE"),
    ("assumptions.cost_per_recrod=5", "assumptions has no field 'cost_per_recrod'; it has: "),
])
def test_analyse_refuses_edits_it_cannot_run_with_one_line_and_exit_2(demo_path, monkeypatch,
                                                                      edit, says):
    code, out, err = cli(monkeypatch, "analyse", demo_path, "incident", "1", "--set", edit)
    assert code == 2 and out == ""
    assert err.startswith("privguard: ") and says in err and err.count("\n") == 1, err


def test_reproduce_exits_0_then_1_after_a_frozen_figure_is_edited(demo_path, monkeypatch):
    from privguard.services.workspace import open_workspace

    ws = open_workspace(demo_path, PASSPHRASE)
    try:
        inputs = ws.analysis.inputs_for_incident(1)
        result = ws.analysis.run(inputs, seed=77, trials=3_000)
        decision = ws.analysis.decide(result.recommended_option_id, "Restore tonight.", result)
    finally:
        ws.close()
    code, out, err = cli(monkeypatch, "decisions", demo_path, "reproduce", str(decision))
    assert code == 0, err
    assert out.startswith(f"Decision {decision} reproduces exactly")

    def tamper(change):  # noqa: ANN001, ANN202 - as someone editing the database would
        ws = open_workspace(demo_path, PASSPHRASE)
        try:
            with ws.register.store.write() as session:
                row = session.get(m.Decision, decision)
                figures = json.loads(json.dumps(row.figures))
                change(figures)
                row.figures = figures
        finally:
            ws.close()

    def other_version(figures):  # noqa: ANN001, ANN202
        figures["engine"] = "privguard-analysis 1.1"

    tamper(other_version)
    code, out, err = cli(monkeypatch, "decisions", demo_path, "reproduce", str(decision))
    assert code == 5, err
    assert "agree within 3 standard errors" in out

    def edited(figures):  # noqa: ANN001, ANN202
        figures["options"][0]["metrics"]["Expected cost"] *= 0.5

    tamper(edited)
    code, out, err = cli(monkeypatch, "decisions", demo_path, "reproduce", str(decision))
    assert code == 1 and out == ""
    assert "does not reproduce" in err and "more than 3 standard errors apart" in err


def test_without_a_seed_analyse_shows_what_the_window_shows(demo_path, monkeypatch):
    from privguard.services.workspace import open_workspace

    code, first, err = cli(monkeypatch, "analyse", demo_path, "incident", "1", "--json")
    assert code == 0, err
    assert cli(monkeypatch, "analyse", demo_path, "incident", "1", "--json")[1] == first
    ws = open_workspace(demo_path, PASSPHRASE)
    try:
        seed = ws.analysis.seed_for(ws.analysis.inputs_for_incident(1))
    finally:
        ws.close()
    assert json.loads(first)["seed"] == seed
