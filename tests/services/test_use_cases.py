"""Use cases through the services on a real encrypted register."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from privguard.domain.errors import NotFoundError, ValidationError
from privguard.domain.rows import ListQuery


def test_create_edit_delete_an_asset_with_audit(workspace):
    ws = workspace
    owner = ws.people.create(name="Bob Stone", role="CSO", email="bob@acme.example")
    asset = ws.assets.create(name="Mail server", kind="system", owner_id=owner, hosting_country="es")
    assert ws.assets.get(asset)["hosting_country"] == "ES"
    ws.assets.update(asset, availability=5)
    ws.assets.delete(asset)
    with pytest.raises(NotFoundError):
        ws.assets.get(asset)
    trail = ws.audit_rows(ListQuery(filters={"entity": "assets"})).dicts()
    assert [e["action"] for e in trail] == ["create", "update", "delete"]
    assert {e["actor"] for e in trail} == {"Ana Ruiz (CPO)"}
    assert json.loads(trail[1]["changes"]) == {"availability": [2, 5]}
    assert json.loads(trail[2]["changes"])["name"] == "Mail server"
    assert ws.register.integrity().ok


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"name": "", "kind": "system"}, "name", "required"),
    ({"name": "X", "kind": "spaceship"}, "kind", "must be one of"),
    ({"name": "X", "kind": "system", "hosting_country": "Spain"}, "hosting_country", "two-letter"),
    ({"name": "X", "kind": "system", "confidentiality": 9}, "confidentiality", "at most 5"),
    ({"name": "X", "kind": "system", "owner_id": 999}, "owner_id", "Owner: Person 999 does not exist"),
    ({"name": "X" * 301, "kind": "system"}, "name", "too long"),
])
def test_invalid_assets_are_refused_with_the_field_named(workspace, data, field, words):
    with pytest.raises(ValidationError, match=words) as err:
        workspace.assets.create(**data)
    assert err.value.field == field
    assert workspace.assets.count() == 0


def test_links_between_entities(workspace):
    ws = workspace
    mail = ws.services.create(name="E-mail", impact_curve=[[0, 0], [4, 10_000], [24, 120_000]],
                              mtd_hours=48, rto_hours=8, rpo_hours=24)
    server = ws.assets.create(name="Mail server", kind="system")
    ws.assets.set_links(server, "services", [mail])
    act = ws.activities.create(name="Customer support", role="controller",
                               data_categories=["DC-IDENTIFICATION", "DC-CONTACT"], links={"assets": [server]})
    risk = ws.risks.create(title="Ransomware on mail", inherent_likelihood=4, inherent_impact=5,
                           links={"assets": [server], "activities": [act]})
    inc = ws.incidents.create(title="Virus on the mail servers", severity="critical",
                              detected_at=datetime(2026, 11, 20, 8, tzinfo=UTC),
                              links={"assets": [server], "services": [mail], "risks": [risk]})
    assert ws.services.get(mail)["assets"] == [server]
    assert ws.risks.get(risk)["activities"] == [act]
    assert ws.incidents.get(inc)["risks"] == [risk]
    ws.incidents.unlink(inc, "risks", risk)
    assert ws.incidents.get(inc)["risks"] == []
    link_entry = ws.audit_rows(ListQuery(filters={"entity": "incidents", "action": "update"})).dicts()[-1]
    assert json.loads(link_entry["changes"])["risks"] == {"added": [], "removed": [risk]}


def test_impact_curve_and_objectives_are_checked(workspace):
    with pytest.raises(ValidationError, match="increase"):
        workspace.services.create(name="Web shop", impact_curve=[[4, 10], [2, 20]])
    with pytest.raises(ValidationError, match="cannot fall"):
        workspace.services.create(name="Web shop", impact_curve=[[1, 100], [2, 20]])
    with pytest.raises(ValidationError, match="maximum tolerable") as err:
        workspace.services.create(name="Web shop", rto_hours=72, mtd_hours=24)
    assert err.value.field == "rto_hours"


def test_risk_scores_keep_their_history(workspace):
    ws = workspace
    rid = ws.risks.create(title="Lost laptop", inherent_likelihood=4, inherent_impact=3)
    ws.risks.update(rid, current_likelihood=3, current_impact=3)
    ws.risks.update(rid, residual_likelihood=2, residual_impact=3, treatment="mitigate")
    ws.risks.update(rid, residual_likelihood=1, residual_impact=3)
    history = ws.risks.history(rid).dicts()
    assert [(h["stage"], h["likelihood"], h["impact"]) for h in history] == [
        ("inherent", 4, 3), ("current", 3, 3), ("residual", 2, 3), ("residual", 1, 3)]
    with pytest.raises(ValidationError, match="both likelihood and impact"):
        ws.risks.update(rid, current_impact=None)
    with pytest.raises(ValidationError, match="between 1 and 5"):
        ws.risks.create(title="Off the matrix", inherent_likelihood=6, inherent_impact=1)


def test_heat_map_counts_open_risks_per_cell(workspace):
    ws = workspace
    for lik, imp in [(5, 5), (5, 5), (1, 2)]:
        ws.risks.create(title=f"R {lik}{imp}", inherent_likelihood=lik, inherent_impact=imp,
                        residual_likelihood=1, residual_impact=1)
    ws.risks.create(title="Closed", inherent_likelihood=5, inherent_impact=5, status="closed")
    assert ws.risks.heat_map("inherent") == {(5, 5): 2, (1, 2): 1}
    assert ws.risks.heat_map("residual") == {(1, 1): 3}


def test_accepting_a_risk_needs_an_approver_and_a_future_expiry(workspace):
    ws = workspace
    approver = ws.people.create(name="Carla CEO", role="Executive")
    with pytest.raises(ValidationError):
        ws.risks.create(title="Old VPN", inherent_likelihood=2, inherent_impact=2, treatment="accept")
    rid = ws.risks.create(title="Old VPN", inherent_likelihood=2, inherent_impact=2,
                          treatment="accept", acceptance_approver_id=approver,
                          acceptance_expires_on=ws.today() + timedelta(days=180))
    assert ws.risks.get(rid)["treatment"] == "accept"


def test_risk_list_filters_and_searches_without_orm_objects(workspace):
    ws = workspace
    tid = ws.catalogues.threat_id("T-RANSOMWARE")
    for i in range(30):
        ws.risks.create(title=f"Risk {i} 100% _odd_", inherent_likelihood=1 + i % 5,
                        inherent_impact=1 + i % 3, threat_id=tid if i % 2 else None)
    rows = ws.risks.rows(ListQuery(search="ransom", order_by="inherent_likelihood", descending=True))
    assert len(rows) == 15 and all(isinstance(r, tuple) for r in rows.rows)
    assert rows.column("inherent_likelihood")[0] == 5
    assert len(ws.risks.rows(ListQuery(search="100%"))) == 30
    assert len(ws.risks.rows(ListQuery(search="%"))) == 30
    assert len(ws.risks.rows(ListQuery(search="zzz"))) == 0
    assert len(ws.risks.rows(inherent_impact=3)) == 10


def test_incident_workflow_is_enforced(workspace):
    ws = workspace
    iid = ws.incidents.create(title="Phishing", severity="medium",
                              detected_at=datetime(2026, 11, 20, 8, tzinfo=UTC))
    with pytest.raises(ValidationError):
        ws.incidents.update(iid, status="closed")
    ws.incidents.update(iid, status="triaged")
    assert ws.incidents.get(iid)["status"] == "triaged"
    with pytest.raises(ValidationError, match="before"):
        ws.incidents.update(iid, contained_at=datetime(2026, 11, 19, tzinfo=UTC))


def test_breach_clock_runs_from_awareness(workspace):
    ws = workspace
    aware = datetime.now(UTC) - timedelta(hours=50)
    iid = ws.incidents.create(title="Stolen laptop with HR data", severity="high",
                              detected_at=aware)
    ws.incidents.add_timeline(iid, at=aware, kind="detection", note="Reported by the owner")
    ws.breaches.assess(iid, aware_at=aware, rights_risk="high", approx_subjects=420,
                       data_categories=["DC-HEALTH"])
    [(clock_incident, title, clock)] = ws.breaches.clocks()
    assert clock_incident == iid and title == "Stolen laptop with HR data"
    left = clock.time_left(datetime.now(UTC))
    assert timedelta(hours=21, minutes=59) < left <= timedelta(hours=22)
    assert clock.subjects_notification_required
    assert ws.incidents.timeline(iid)[0]["actor"] == "Ana Ruiz (CPO)"


def test_deadline_setting_applies_to_new_assessments(workspace):
    ws = workspace
    ws.settings.set("breach_deadline_hours", 24)
    iid = ws.incidents.create(title="Leak", severity="high", detected_at=datetime.now(UTC))
    ws.breaches.assess(iid, aware_at=datetime.now(UTC), rights_risk="risk")
    [(_, _, clock)] = ws.breaches.clocks()
    assert clock.deadline_hours == 24
    with pytest.raises(ValidationError):
        ws.settings.set("breach_deadline_hours", 0)


def test_options_and_a_frozen_decision(workspace):
    ws = workspace
    iid = ws.incidents.create(title="Mail virus", severity="critical", detected_at=datetime.now(UTC))
    restore = ws.options.create(incident_id=iid, name="Restore from backup at all costs",
                                orientation="it_centric", downtime_hours={"low": 6, "mode": 12, "high": 36},
                                reinfection_probability=0.3, evidence_preserved=False)
    ws.options.create(incident_id=iid, name="Stay disconnected", orientation="business_centric",
                      downtime_hours={"low": 24, "mode": 48, "high": 96})
    with pytest.raises(ValidationError, match="either one risk or one incident"):
        ws.options.create(name="Orphan", orientation="it_centric")
    with pytest.raises(ValidationError, match="most likely"):
        ws.options.create(incident_id=iid, name="Bad", orientation="it_centric",
                          downtime_hours={"low": 10, "mode": 5, "high": 20})
    did = ws.decisions.decide(restore, "Payroll runs Friday.", figures={"expected_cost": 123.0})
    decision = ws.decisions.get(did)
    assert decision["decided_by"] == "Ana Ruiz (CPO)" and decision["incident_id"] == iid
    assert decision["figures"] == {"expected_cost": 123.0}
    with pytest.raises(ValidationError, match="record"):
        ws.decisions.update(did, rationale="changed my mind")


def test_processing_activity_rules(workspace):
    ws = workspace
    with pytest.raises(ValidationError, match="controller") as err:
        ws.activities.create(name="Payroll for client", role="processor")
    assert err.value.field == "controller_name"
    aid = ws.activities.create(name="Occupational health", role="controller",
                               data_categories=["DC-HEALTH"], dpia_criteria=["sensitive_data", "vulnerable_subjects"],
                               transfers=[{"country": "US", "safeguard": "sccs", "recipient": "HR SaaS"}])
    assert ws.activities.get(aid)["special_categories"] is True
    assert ws.activities.screening(aid).likely_required
    ws.activities.add_purpose(aid, "Fitness-for-work checks", "6(1)(c)", "9(2)(h)")
    with pytest.raises(ValidationError, match="Art. 6"):
        ws.activities.add_purpose(aid, "Marketing", "consent please")
    assert [p["art9_condition"] for p in ws.activities.purposes(aid)] == ["9(2)(h)"]
    with pytest.raises(ValidationError, match="safeguard"):
        ws.activities.update(aid, transfers=[{"country": "US", "safeguard": "hope"}])


def test_user_catalogue_entries(workspace):
    ws = workspace
    ws.catalogues.add("threat", "X-DRONE", "Drone over the data centre", nature="deliberate")
    assert ws.catalogues.find("threat", "X-DRONE").name == "Drone over the data centre"
    with pytest.raises(ValidationError):
        ws.catalogues.add("threat", "T-RANSOMWARE", "Clash with a built-in")
    tid = ws.catalogues.threat_id("X-DRONE")
    assert ws.catalogues.threat_id("X-DRONE") == tid


def test_settings_round_trip_and_matrix(workspace):
    ws = workspace
    ws.settings.set("auto_lock_minutes", 10)
    assert ws.settings.get("auto_lock_minutes") == 10
    assert ws.settings.matrix().size == (5, 5)
    with pytest.raises(ValidationError):
        ws.settings.set("language", "fr")


def test_a_transaction_saves_all_or_nothing(workspace):
    ws = workspace
    with pytest.raises(ValidationError):
        with ws.transaction():
            ws.assets.create(name="First", kind="system")
            ws.assets.create(name="", kind="system")
    assert ws.assets.count() == 0
    assert ws.register.integrity().ok


def test_reviews_due(workspace):
    ws = workspace
    ws.risks.create(title="Due", inherent_likelihood=1, inherent_impact=1,
                    review_on=date(2020, 1, 1))
    ws.risks.create(title="Later", inherent_likelihood=1, inherent_impact=1,
                    review_on=date(2100, 1, 1))
    assert ws.risks.due().column("title") == ["Due"]
