"""The demo register: realistic content for trying PrivGuard, or N risks for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from platformdirs import user_data_path

from privguard.services import demo_content as C
from privguard.services.workspace import Workspace, create, open_workspace

DEMO_PERSON = "Marta Vidal"
DEMO_PASSPHRASE = "privguard demo register"  # noqa: S105 - public by design: it is printed


def default_path() -> Path:
    return user_data_path("PrivGuard", appauthor=False) / "demo.privguard"


def ensure(path: Path, *, scale: int | None = None,
           progress: Callable[[str], None] = lambda _msg: None) -> bool:
    """Create the demo at ``path``, or check the existing one opens. True if created."""
    path = Path(path)
    if (path / "register.db").exists():
        open_workspace(path, DEMO_PASSPHRASE, DEMO_PERSON).close()
        return False
    ws, _recovery = create(path, organisation=C.ORGANISATION, name=DEMO_PERSON, role="CPO",
                           passphrase=DEMO_PASSPHRASE)
    try:
        ws.register.add_slot("Daniel Okafor", "CSO", DEMO_PASSPHRASE)
        if scale:
            build_scaled(ws, scale, progress)
        else:
            build(ws, progress)
    except BaseException:
        ws.close()
        raise
    ws.close()
    return True


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def build(ws: Workspace, progress: Callable[[str], None] = lambda _m: None) -> None:
    """The hand-written demo: Alder & Finch Retail."""
    now, today = _now(), _now().date()
    with ws.transaction():
        for key, value in C.CONTROLLER.items():
            ws.settings.set(key, value)
        ws.settings.set("last_board_meeting",
                        (today - timedelta(days=C.LAST_BOARD_MEETING_DAYS)).isoformat())
        progress("Adding people, services and assets…")
        people = dict(zip(ws.people.rows().column("name"), ws.people.rows().column("id"),
                          strict=True))
        for name, role, email in C.PEOPLE:
            if name not in people:
                people[name] = ws.people.create(name=name, role=role, email=email)
            else:
                ws.people.update(people[name], email=email)
        services = {}
        for name, owner, curve, mtd, rto, rpo, per_hour in C.SERVICES:
            services[name] = ws.services.create(
                name=name, owner_id=people[owner], impact_curve=[list(p) for p in curve],
                mtd_hours=mtd, rto_hours=rto, rpo_hours=rpo, data_loss_cost_per_hour=per_hour)
        assets = {}
        for name, kind, owner, country, vendor, (c, i, a), svc in C.ASSETS:
            assets[name] = ws.assets.create(
                name=name, kind=kind, owner_id=people[owner], hosting_country=country, vendor=vendor,
                confidentiality=c, integrity=i, availability=a,
                links={"services": [services[s] for s in svc]})
        progress("Adding the records of processing…")
        activities = {}
        for (name, role, subjects, cats, n, retention, dpia, purposes, used, recipients,
             transfers) in C.ACTIVITIES:
            activities[name] = ws.activities.create(
                name=name, role=role, owner_id=people["Marta Vidal"], data_subjects=subjects,
                data_categories=cats, approx_subjects=n, approx_records=n * 12,
                retention=retention, dpia_criteria=dpia,
                dpia_status="done" if len(dpia) >= 2 else "not_required",
                dpia_reference=f"DPIA-{len(activities) + 1:03d}" if len(dpia) >= 2 else "",
                controller_name="Partner stores (each the controller of its own gift lists)"
                if role == "processor" else "",
                # A controller's activities have the organisation's DPO (Settings); the
                # processor's record names the controllers' own (Art. 30(2)(a)).
                **(C.PROCESSOR_CONTROLLER if role == "processor" else {}),
                security_measures="Access control by role, encryption in transit and at rest, "
                                  "logging, backups, staff training.",
                recipients=[{"name": r, "kind": k, "country": c} for r, k, c in recipients],
                transfers=[{"country": c, "recipient": r, "safeguard": s,
                            "documentation": C.TRANSFER_DOCUMENTATION.get(r, "")}
                           for c, r, s in transfers],
                links={"assets": [assets[a] for a in used]})
            for description, art6, art9 in purposes:
                ws.activities.add_purpose(activities[name], description, art6, art9)
        progress("Adding controls and risks…")
        controls = {code: ws.catalogues.control_id(code, status) for code, status in C.CONTROLS}
        for (threat, title, owner, inh, cur, res, treatment, review, used, acts,
             quant) in C.RISKS:
            accept = treatment == "accept"
            ws.risks.create(
                title=title, threat_id=ws.catalogues.threat_id(threat), owner_id=people[owner],
                inherent_likelihood=inh[0], inherent_impact=inh[1],
                current_likelihood=cur[0], current_impact=cur[1],
                residual_likelihood=res[0], residual_impact=res[1], treatment=treatment,
                treatment_justification="Agreed at the risk committee." if accept else "",
                acceptance_approver_id=people["Aisha Khan"] if accept else None,
                acceptance_expires_on=today + timedelta(days=200 if review > 0 else 20)
                if accept else None,
                review_on=today + timedelta(days=review),
                status="treating" if treatment == "mitigate" else "monitored", quant=quant,
                links={"assets": [assets[a] for a in used],
                       "activities": [activities[a] for a in acts],
                       "controls": [controls[c] for c in C.RISK_CONTROLS.get(threat, [])]})
        risk_ids = dict(zip([r[1] for r in C.RISKS], ws.risks.rows().column("id"), strict=True))
        progress("Adding incidents…")
        _incidents(ws, now, people, services, assets, activities, risk_ids)


def _incidents(ws: Workspace, now: datetime, people: dict, services: dict, assets: dict,
               activities: dict, risks: dict) -> None:
    h = lambda hours: now - timedelta(hours=hours)  # noqa: E731 - reads as "h(30) ago"

    # 1. The live case: a virus has taken down the mail servers.
    mail = ws.incidents.create(
        title="Virus takes down the mail servers", severity="critical", status="triaged",
        category="malware", detected_at=h(7), occurred_at=h(9), reporter_id=people["Pablo Ortega"],
        description="EDR alerts on both Exchange nodes at 06:10; mail stopped; the file share "
                    "shows encrypted files in two folders. Mail servers isolated from the network. "
                    "Restoring now is cheaper while the chance that the attacker gets back in "
                    "stays below about 40 %: above that, the rebuild after a re-infection keeps "
                    "e-mail down past its 72-hour MTD too often, and staying disconnected wins.",
        links={"assets": [assets["Mail servers (Exchange cluster)"], assets["File server"]],
               "services": [services["E-mail and calendar"]],
               "risks": [risks["Ransomware encrypts mail and file servers"]]})
    for hours, actor, kind, note in [
        (9, "EDR", "detection", "First malicious process on mail node 2."),
        (7, "Pablo Ortega", "detection", "Mail down; IT on-call paged."),
        (6, "Daniel Okafor", "containment", "Mail servers and file server cut from the network."),
        (4, "Daniel Okafor", "analysis", "Last clean backup: 22:00 yesterday. Entry point unknown."),
    ]:
        ws.incidents.add_timeline(mail, at=h(hours), actor=actor, kind=kind, note=note)
    ws.options.create(
        incident_id=mail, name="Restore from backup at all costs", orientation="it_centric",
        description="Wipe and restore the mail servers from last night's backup now and reconnect.",
        cost_one_off=25_000, cost_per_incident=15_000, downtime_hours={"low": 6, "mode": 12, "high": 30},
        data_loss_hours={"low": 8, "mode": 9, "high": 11},
        containment_hours={"low": 2, "mode": 4, "high": 12},
        reinfection_probability=0.35, evidence_preserved=False,
        # Back in after a hasty restore: rebuild from clean media and a forensic sweep.
        reinfection_downtime_hours={"low": 36, "mode": 60, "high": 100},
        reinfection_delay_hours={"low": 12, "mode": 24, "high": 72},
        side_risks="The entry point is unknown: reconnecting may let the attacker back in; "
                   "forensic evidence on the disks is lost.")
    ws.options.create(
        incident_id=mail, name="Stay disconnected to keep the company quarantined",
        orientation="business_centric",
        description="Keep the mail servers off the network until forensics finds the entry point; "
                    "use a temporary cloud mailbox for critical staff.",
        cost_one_off=60_000, cost_per_incident=20_000, downtime_hours={"low": 24, "mode": 48, "high": 80},
        data_loss_hours={"low": 8, "mode": 9, "high": 11},
        # Already cut off from the network: only what was in flight can still leave.
        containment_hours={"low": 0, "mode": 2, "high": 6},
        reinfection_probability=0.02, evidence_preserved=True,
        reinfection_downtime_hours={"low": 24, "mode": 48, "high": 80},
        side_risks="Customers and suppliers cannot reach us by e-mail for days.")

    # 2. A personal-data breach whose 72-hour clock is running.
    leak = ws.incidents.create(
        title="Occupational health report e-mailed to the wrong distribution list",
        severity="high", status="contained", category="misdirected e-mail",
        detected_at=h(30), occurred_at=h(31), contained_at=h(28), reporter_id=people["Lucía Fernández"],
        description="A spreadsheet with fitness-for-work results of 140 employees was sent to an "
                    "external supplier list of 60 addresses.",
        links={"activities": [activities["Occupational health"]],
               "assets": [assets["Mail servers (Exchange cluster)"]],
               "risks": [risks["HR data e-mailed to the wrong recipient"]]})
    ws.incidents.add_timeline(leak, at=h(30), actor="Lucía Fernández", kind="detection",
                              note="A supplier replied that they received the file.")
    ws.incidents.add_timeline(leak, at=h(28), actor="Pablo Ortega", kind="containment",
                              note="Recall attempted; 52 of 60 recipients confirmed deletion.")
    ws.breaches.assess(
        leak, aware_at=h(30), rights_risk="high", nature="Confidentiality breach: misdirected e-mail.",
        data_categories=["DC-HEALTH", "DC-IDENTIFICATION"], data_subjects=["DS-EMPLOYEES"],
        approx_subjects=140, approx_records=140,
        consequences="Disclosure of health data could lead to discrimination or distress.",
        measures="Recall and deletion confirmations; DLP rule for health data being deployed.",
        contact_point="Lucía Fernández, DPO — dpo@alderfinch.example",
        # Ongoing: 8 of the 60 recipients have not yet confirmed deleting the file.
        breach_types=["confidentiality"], breach_state="ongoing", breach_started_at=h(31),
        subjects_notice_content=(
            "Yesterday a spreadsheet with the results of your fitness-for-work check was "
            "e-mailed by mistake to 60 addresses of an external supplier list. 52 recipients "
            "have confirmed they deleted it; we are following up with the others. You may be "
            "contacted by someone who read it: tell us at once. Questions: Lucía Fernández, "
            "DPO, dpo@alderfinch.example."),
        subjects_channel="Letter handed over in person, and a copy to the work e-mail address")
    ws.options.create(incident_id=leak, name="Notify the authority now and the employees today",
                      orientation="business_centric", cost_one_off=3_000, evidence_preserved=True)

    # 3.–9. Past incidents, closed or winding down.
    past = [
        ("Phishing: two staff entered SSO passwords on a fake page", "medium", "closed", "phishing", 900,
         ["Identity provider (SSO)"], ["E-mail and calendar"], ["Staff administration"], "risk", 60, 2_800),
        ("Laptop stolen from a car (disk encrypted)", "low", "closed", "device theft", 2_000,
         ["Staff laptops"], [], ["Customer support"], "none", None, 1_500),
        ("DDoS on the web shop during Black Friday", "high", "recovered", "ddos", 400,
         ["Web shop platform", "Firewall cluster"], ["Web shop"], [], None, None, 85_000),
        ("Payroll provider reports a breach of its systems", "high", "closed", "vendor breach", 3_000,
         ["Payroll service"], ["Payroll"], ["Payroll"], "risk", 80, 12_000),
        ("Loyalty app storage bucket found publicly readable", "high", "eradicated", "misconfiguration", 200,
         ["Loyalty app"], ["Marketing campaigns"], ["Loyalty programme"], "risk", 50, 18_000),
        ("Power outage at the Zaragoza distribution centre", "medium", "closed", "outage", 1_500,
         ["Distribution centre Zaragoza"], ["Warehouse management"], [], None, None, 40_000),
        ("Ransomware attempt blocked by EDR on a finance laptop", "medium", "closed", "malware", 700,
         ["Staff laptops"], [], [], None, None, 900),
    ]
    for (title, severity, status, category, age, used, svc, acts, rights, notify_after,
         cost) in past:
        iid = ws.incidents.create(
            title=title, severity=severity, status="triaged", category=category,
            detected_at=h(age), occurred_at=h(age + 2), contained_at=h(age - 6),
            resolved_at=h(age - 48) if status in ("recovered", "closed") else None,
            actual_cost=cost, lessons_learned="Reviewed at the security committee.",
            links={"assets": [assets[a] for a in used], "services": [services[s] for s in svc],
                   "activities": [activities[a] for a in acts]})
        for step in ("contained", "eradicated", "recovered", "closed"):
            ws.incidents.update(iid, status=step)
            if step == status:
                break
        ws.incidents.add_timeline(iid, at=h(age), kind="detection", note="Detected and logged.")
        if rights is not None:
            late = notify_after is not None and notify_after > 72
            ws.breaches.assess(
                iid, aware_at=h(age), rights_risk=rights, approx_subjects=500,
                approx_records=500, breach_types=["confidentiality"], nature=f"{title}.",
                data_categories=["DC-IDENTIFICATION", "DC-CONTACT"],
                data_subjects=["DS-CUSTOMERS" if "Loyalty" in title else "DS-EMPLOYEES"],
                consequences="Phishing or fraud attempts against the people concerned.",
                measures="Access closed and credentials reset; people warned of phishing.",
                contact_point="Lucía Fernández, DPO — dpo@alderfinch.example",
                no_risk_reasoning="The disk was fully encrypted and the key was not with the "
                                  "laptop: the data are unintelligible to whoever has it."
                if rights == "none" else "",
                delay_reasons="The provider's first report did not say whether our staff's "
                              "data were concerned; its confirmation took three days."
                if late else "",
                authority_notified_at=h(age - notify_after) if notify_after else None,
                authority_reference=f"AEPD-2026-{iid:05d}" if notify_after else "")
    option = ws.options.create(
        risk_id=risks["Ransomware encrypts mail and file servers"], name="Immutable offsite backups",
        orientation="it_centric", cost_one_off=40_000, cost_yearly=18_000, frequency_factor=1.0,
        loss_factors={"productivity": 0.4, "replacement": 0.5})
    ws.options.create(
        risk_id=risks["Ransomware encrypts mail and file servers"], name="Network segmentation",
        orientation="business_centric", cost_one_off=90_000, cost_yearly=10_000, frequency_factor=0.5)
    ws.analysis.decide(option, "Cheapest way to cap a mail outage below the 72-hour MTD; "
                               "segmentation follows next year.",
                       ws.analysis.run(ws.analysis.inputs_for_risk(
                           risks["Ransomware encrypts mail and file servers"]), seed=20261123))


def build_scaled(ws: Workspace, n_risks: int, progress: Callable[[str], None]) -> None:
    """N risks with a proportional inventory and incidents, generated reproducibly."""
    rng = random.Random(20261123)  # noqa: S311 - demo content, not security
    now = _now()
    threats = [ws.catalogues.threat_id(code) for code in
               ("T-RANSOMWARE", "T-PHISHING", "T-DDOS", "T-DEVICE-THEFT", "T-MISCONFIGURATION",
                "T-VENDOR-BREACH", "T-INSIDER-MISUSE", "T-FIRE")]
    with ws.transaction():
        people = ws.people.create_many(
            {"name": f"Owner {i:03d}", "role": rng.choice(["IT", "Business", "CSO", "CPO"])}
            for i in range(max(8, n_risks // 1000)))
        services = ws.services.create_many(
            {"name": f"Service {i:03d}", "owner_id": rng.choice(people), "mtd_hours": 48,
             "rto_hours": 8, "rpo_hours": 4, "impact_curve": [[0, 0], [8, 50_000], [48, 400_000]]}
            for i in range(max(8, n_risks // 2000)))
        assets = ws.assets.create_many(
            {"name": f"Asset {i:05d}", "kind": rng.choice(["system", "application", "database"]),
             "owner_id": rng.choice(people), "links": {"services": [rng.choice(services)]}}
            for i in range(max(25, n_risks // 40)))
        activities = ws.activities.create_many(
            {"name": f"Processing activity {i:04d}", "role": "controller",
             "owner_id": rng.choice(people), "approx_subjects": rng.randint(10, 100_000),
             "links": {"assets": rng.sample(assets, 2)}}
            for i in range(max(20, n_risks // 100)))
    chunk = 5_000
    for start in range(0, n_risks, chunk):
        progress(f"Risks {start + 1}–{min(start + chunk, n_risks)} of {n_risks}…")
        with ws.transaction():
            batch = []
            for i in range(start, min(start + chunk, n_risks)):
                li, ii = rng.randint(1, 5), rng.randint(1, 5)
                lr, ir = rng.randint(1, li), rng.randint(1, ii)
                batch.append({
                    "title": f"Risk {i + 1:06d}: {rng.choice(['loss', 'outage', 'leak', 'fraud'])} "
                             f"of {rng.choice(['customer', 'staff', 'supplier'])} data",
                    "threat_id": rng.choice(threats), "owner_id": rng.choice(people),
                    "inherent_likelihood": li, "inherent_impact": ii,
                    "current_likelihood": max(lr, li - 1), "current_impact": ii,
                    "residual_likelihood": lr, "residual_impact": ir,
                    "treatment": "mitigate", "status": "treating",
                    "review_on": (now + timedelta(days=rng.randint(-30, 365))).date(),
                    "links": {"assets": [rng.choice(assets)],
                              "activities": [rng.choice(activities)]}})
            ws.risks.create_many(batch)
    with ws.transaction():
        ws.incidents.create_many(
            {"title": f"Incident {i + 1:05d}", "severity": rng.choice(["low", "medium", "high"]),
             "detected_at": now - timedelta(hours=rng.randint(1, 20_000)),
             "links": {"assets": [rng.choice(assets)]}}
            for i in range(max(8, n_risks // 200)))
