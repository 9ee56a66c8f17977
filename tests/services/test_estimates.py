"""Estimates the analysis runs on are refused at the door when no analysis could use them:
NaN, infinity, negatives and ranges out of order, each named by its field."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from privguard.domain.errors import ValidationError
from privguard.words import words_for

INF, NAN = math.inf, math.nan


@pytest.fixture
def incident(workspace):
    return workspace.incidents.create(title="Virus on the mail servers", severity="high",
                                      detected_at=datetime.now(UTC))


@pytest.mark.parametrize("quant", [
    {"frequency": 1, "losses": {"productivity": [1000, INF]}},  # found by a user: stored, then NaN
    {"frequency": NAN, "losses": {"fines": [1000, 5000]}},
    {"frequency": {"low": 1, "mode": 0.5, "high": 2}},
    {"frequency": 1, "losses": {"fines": [-10, 5000]}},
    {"frequency": 1, "losses": {"mood": [10, 5000]}},
    {"frequency": 1, "secondary": {"probability": 1.5, "range": [10, 20]}},
])
def test_a_risk_refuses_quantities_no_analysis_can_use(workspace, quant):
    risk = workspace.risks.create(title="Ransomware", inherent_likelihood=3, inherent_impact=4)
    with pytest.raises(ValidationError) as raised:
        workspace.risks.update(risk, quant=quant)
    assert raised.value.field == "quant"
    assert words_for("es").error(raised.value) != words_for("en").error(raised.value)
    assert workspace.risks.get(risk)["quant"] in (None, {})


@pytest.mark.parametrize(("field", "value"), [
    ("downtime_hours", {"low": 1, "mode": 2, "high": INF}),
    ("data_loss_hours", NAN),
    ("data_loss_hours", -3),
    ("containment_hours", {"low": 5, "mode": 2, "high": 9}),
    ("reinfection_downtime_hours", {"low": 1, "high": 2, "dist": "weibull"}),
    ("reinfection_delay_hours", {"low": 0, "high": 2, "dist": "lognormal"}),
    ("downtime_hours", {"low": 1, "mode": 2, "high": 3, "gamma": -1}),
])
def test_an_option_refuses_ranges_no_analysis_can_use(workspace, incident, field, value):
    with pytest.raises(ValidationError) as raised:
        workspace.options.create(incident_id=incident, name="Restore", orientation="it_centric",
                                 **{field: value})
    assert raised.value.field == field
    assert len(workspace.options.for_incident(incident)) == 0


def test_every_kind_of_range_is_kept_as_given_and_a_number_is_a_range_of_one(workspace, incident):
    ranges = {"downtime_hours": {"low": 6, "mode": 12, "high": 30, "gamma": 2.5},
              "containment_hours": {"low": 2, "high": 8, "dist": "uniform"},
              "reinfection_downtime_hours": {"low": 24, "high": 120, "dist": "lognormal"}}
    option = workspace.options.create(incident_id=incident, name="Restore",
                                      orientation="it_centric", data_loss_hours=9, **ranges)
    stored = workspace.options.get(option)
    assert {k: stored[k] for k in ranges} == ranges
    assert stored["data_loss_hours"] == {"low": 9, "mode": 9, "high": 9}
    result = workspace.analysis.run(workspace.analysis.inputs_for_incident(incident), seed=3,
                                    trials=2_000, sensitivity=False)
    assert math.isfinite(result.options[0].metrics["Expected cost"])


def test_an_edited_input_that_cannot_run_names_the_option_and_the_field(workspace, incident):
    workspace.options.create(incident_id=incident, name="Restore", orientation="it_centric",
                             downtime_hours={"low": 6, "mode": 12, "high": 30})
    inputs = workspace.analysis.inputs_for_incident(incident)
    inputs["options"][0]["downtime_hours"]["high"] = INF
    with pytest.raises(ValidationError) as raised:
        workspace.analysis.run(inputs, seed=1, trials=1_000)
    assert words_for("en").error(raised.value).startswith("Restore: Downtime (hours): ")
    assert "Tiempo de inactividad (horas)" in words_for("es").error(raised.value)
    inputs = workspace.analysis.inputs_for_incident(incident)
    inputs["assumptions"]["cost_per_record"] = -5
    with pytest.raises(ValidationError, match="Cost per record exposed: Values cannot be negative"):
        workspace.analysis.run(inputs, seed=1, trials=1_000)
