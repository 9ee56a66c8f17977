"""Nothing written through the services appears in plaintext in any file of the register."""

from __future__ import annotations

from datetime import UTC, datetime

from privguard.storage import register as reg
from tests.conftest import PASSPHRASE


def test_markers_in_every_text_field_kind_never_reach_the_disk(workspace, register_path):
    ws = workspace
    markers = []

    def m(kind: str) -> str:
        text = f"ZQXMARK{kind.upper()}{len(markers):03d}"
        markers.append(text)
        return text

    person = ws.people.create(name=m("person"), role="CSO", email=f"{m('mail')}@x.example")
    svc = ws.services.create(name=m("service"), description=m("longtext"))
    asset = ws.assets.create(name=m("asset"), kind="system", vendor=m("vendor"), owner_id=person,
                             links={"services": [svc]})
    act = ws.activities.create(name=m("activity"), role="controller", retention=m("retention"),
                               data_categories=[m("listitem")],
                               recipients=[{"name": m("jsonvalue"), "kind": "processor"}],
                               security_measures=m("measures"), links={"assets": [asset]})
    ws.activities.add_purpose(act, m("purpose"), "6(1)(b)")
    ws.catalogues.add("threat", "X-" + m("code")[:20], m("catalogue"), nature="deliberate")
    risk = ws.risks.create(title=m("risk"), description=m("riskdesc"), inherent_likelihood=3,
                           inherent_impact=3, quant={"frequency": 1, "note": m("quant")})
    renamed = m("renamed")
    ws.risks.update(risk, title=renamed)  # old and new values land in the audit trail
    inc = ws.incidents.create(title=m("incident"), severity="high", detected_at=datetime.now(UTC))
    ws.incidents.add_timeline(inc, at=datetime.now(UTC), note=m("timeline"))
    ws.breaches.assess(inc, aware_at=datetime.now(UTC), rights_risk="high", consequences=m("breach"))
    opt = ws.options.create(incident_id=inc, name=m("option"), orientation="it_centric",
                            side_risks=m("siderisk"))
    ws.decisions.decide(opt, m("rationale"), figures={"why": m("figures")})
    ws.settings.set("organisation", m("setting"))
    ws.register.backup("manual")
    ws.register.export_backup(register_path / "backups" / "export.pgbak")
    ws.close()
    # Reopen and close once more, so journals are exercised too.
    reg.open_register(register_path, PASSPHRASE).close()

    files = [p for p in register_path.rglob("*") if p.is_file()]
    assert any(p.name == "register.db" for p in files)
    assert len(files) >= 5  # db, keys.json, backup db + keys, export
    for path in files:
        data = path.read_bytes()
        for marker in markers:
            for encoding in ("utf-8", "utf-16-le"):
                assert marker.encode(encoding) not in data, f"{marker} in plaintext in {path}"
    # The markers really were stored: they come back after unlocking.
    with reg.open_register(register_path, PASSPHRASE) as register:
        with register.store.read() as s:
            from privguard.storage.models import Risk

            assert s.get(Risk, risk).title == renamed
