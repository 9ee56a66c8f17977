"""The incident report and the notification draft against Art. 33 and 34 (issue 14), read back
from real files of real registers, in English and in Spanish."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from privguard.domain.breach_clock import ClockState
from privguard.domain.errors import ValidationError
from privguard.words import words_for
from tests.reports.helpers import build_demo, open_demo, pdf_text, render_pages

ES = words_for("es")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("breach-demo")
    ws = open_demo(build_demo(folder))
    yield ws, folder
    ws.close()


def running_breach(ws) -> int:
    now = datetime.now(UTC)
    [incident] = [i for i, _title, clock in ws.breaches.clocks()
                  if clock.state(now) in (ClockState.RUNNING, ClockState.AMBER, ClockState.RED)]
    return incident


def test_the_draft_of_the_demos_running_breach_contains_every_art_33_3_item(demo):
    ws, folder = demo
    incident = running_breach(ws)
    breach = ws.breaches.for_incident(incident)
    assert ws.breaches.missing(incident) == []
    typed = [breach[k] for k in ("nature", "contact_point", "consequences", "measures")]
    expected = {
        "en": [*typed, "Employees", "Health data", "Identification data", "Confidentiality",
               "Approximate number of people concerned: 140",
               "Approximate number of personal data records concerned: 140",
               "Contact point (Art. 33(3)(b))", "Likely consequences (Art. 33(3)(c))",
               "Measures taken or proposed (Art. 33(3)(d))",
               "None: the draft gives every item Art. 33(3) asks for."],
        "es": [*typed, "Empleados", "Datos relativos a la salud", "Datos identificativos",
               "Confidencialidad", "Número aproximado de interesados afectados: 140",
               "Número aproximado de registros de datos personales afectados: 140",
               "Punto de contacto (art. 33.3.b)", "Posibles consecuencias (art. 33.3.c)",
               "Medidas adoptadas o propuestas (art. 33.3.d)",
               "Ninguno: el borrador recoge todos los elementos que exige el art. 33.3."],
    }
    for lang, wanted in expected.items():
        path = folder / f"draft-{lang}.txt"
        outcome = ws.reporting.export("notification", path, subject_id=incident, lang=lang)
        text = path.read_text(encoding="utf-8")
        assert not outcome.signed and outcome.record_id is not None
        for value in wanted:
            assert " ".join(value.split()) in " ".join(text.split()), (lang, value)
        # What the window copies is the same draft.
        assert ws.reporting.notification_text(incident, lang=lang).splitlines()[3:] == \
            text.splitlines()[3:]
        # The PDF says the same, signed.
        pdf = folder / f"draft-{lang}.pdf"
        assert ws.reporting.export("notification", pdf, subject_id=incident, lang=lang).signed
        flat = pdf_text(pdf)
        for value in wanted:  # a label and its value sit in two cells, not after a colon
            assert " ".join(value.replace(": 140", " 140").split()) in flat, (lang, value)
        render_pages(pdf, folder / f"png-draft-{lang}")
    assert "Notificación de una brecha de datos personales" in (folder / "draft-es.txt").read_text()
    # The .txt export is recorded and verifies by its SHA-256.
    assert ws.reporting.verify(folder / "draft-en.txt").ok
    with pytest.raises(ValidationError) as raised:
        ws.reporting.export("notification", folder / "draft.doc", subject_id=incident)
    assert raised.value.field == "out_path"
    assert not (folder / "draft.doc").exists()


def test_the_running_clock_shows_the_time_left(demo):
    ws, folder = demo
    incident = running_breach(ws)
    for lang, words in (("en", "left when this report was made"),
                        ("es", "cuando se elaboró este informe")):
        path = folder / f"running-{lang}.pdf"
        ws.reporting.export("incident", path, subject_id=incident, lang=lang)
        text = pdf_text(path)
        assert words in text
        assert ("Incident ID" if lang == "en" else "ID del incidente") in text


def test_an_incident_without_an_assessment_has_no_draft(demo):
    ws, folder = demo
    mail = next(r["id"] for r in ws.incidents.rows().dicts() if r["title"].startswith("Virus"))
    with pytest.raises(ValidationError) as raised:
        ws.reporting.notification_text(mail)
    assert "has no breach assessment" in str(raised.value)


def _incident(ws, now):
    owner = ws.people.create(name="Lucía Fernández", role="DPO")
    service = ws.services.create(name="Payroll", mtd_hours=120, rto_hours=48, rpo_hours=24,
                                 impact_curve=[[0, 0], [24, 5000], [120, 240000]],
                                 owner_id=owner)
    incident = ws.incidents.create(
        title="Payroll file sent to the wrong bank", severity="high", category="malware",
        detected_at=now - timedelta(days=6), links={"services": [service]})
    ws.incidents.add_timeline(incident, at=now - timedelta(days=6), kind="containment",
                              note="Bank asked to delete the file.")
    ws.options.create(incident_id=incident, name="Ask the bank to delete it",
                      orientation="business_centric", cost_one_off=1_500,
                      downtime_hours={"low": 2, "mode": 4, "high": 8},
                      data_loss_hours={"low": 0, "mode": 1, "high": 2},
                      reinfection_probability=0.05)
    return incident


FACTS = {"nature": "Payroll file e-mailed to the wrong bank.", "data_subjects": ["DS-EMPLOYEES"],
         "approx_subjects": 820, "data_categories": ["DC-FINANCIAL"], "approx_records": 820,
         "contact_point": "DPO — dpo@example.org", "measures": "The bank deleted the file."}


def test_late_without_reasons_is_refused_and_in_phases_it_is_accepted_and_reported(
        workspace, tmp_path):
    ws = workspace
    now = datetime.now(UTC).replace(microsecond=0)
    incident = _incident(ws, now)
    aware = now - timedelta(days=6)
    ws.breaches.assess(incident, aware_at=aware, rights_risk="risk", **FACTS,
                       consequences="Fraud attempts against the staff.")
    with pytest.raises(ValidationError) as raised:
        ws.breaches.assess(incident, authority_notified_at=aware + timedelta(hours=80),
                           authority_reference="AEPD-77")
    assert "Art. 33(1)" in str(raised.value)
    assert "art. 33.1" in ES.error(raised.value)
    assert ws.breaches.for_incident(incident)["authority_notified_at"] is None
    # In phases: the initial notification on time says the consequences will follow; the
    # follow-up after the deadline gives them.
    ws.breaches.assess(incident, consequences="", phases=[
        {"at": aware + timedelta(hours=40), "reference": "AEPD-77",
         "added": "First facts of the breach.", "follows": ["consequences"]}])
    stored = ws.breaches.for_incident(incident)
    assert stored["authority_notified_at"] == aware + timedelta(hours=40)
    assert [m.follows for m in ws.breaches.missing(incident)] == [True]
    ws.breaches.assess(incident, consequences="Fraud attempts against the staff.", phases=[
        *stored["phases"],
        {"at": aware + timedelta(hours=100), "reference": "AEPD-77/2",
         "added": "The likely consequences, once the bank answered.", "follows": []}])
    assert ws.breaches.missing(incident) == []
    path = tmp_path / "phased.pdf"
    ws.reporting.export("incident", path, subject_id=incident, lang="en")
    text = pdf_text(path)
    for value in ("Notification in phases (Art. 33(4))", "Initial notification", "Follow-up 1",
                  "Reference: AEPD-77", "Reference: AEPD-77/2", "First facts of the breach.",
                  "The likely consequences, once the bank answered.",
                  "To follow: the likely consequences of the breach"):
        assert value in text, value
    draft = ws.reporting.notification_text(incident, lang="es")
    assert "Notificación por fases: la notificación inicial y 1 ampliaciones" in draft


def test_the_incident_report_shows_each_new_field_in_both_languages(workspace, tmp_path):
    ws = workspace
    now = datetime.now(UTC).replace(microsecond=0)
    incident = _incident(ws, now)
    aware = now - timedelta(days=6)
    ws.breaches.assess(
        incident, aware_at=aware, rights_risk="high", **FACTS,
        consequences="Fraud attempts against the staff.",
        breach_types=["confidentiality", "availability"], breach_state="ended",
        breach_started_at=aware - timedelta(hours=2), breach_ended_at=aware + timedelta(hours=1),
        authority_notified_at=aware + timedelta(hours=90), authority_reference="CNIL-42",
        delay_reasons="The bank confirmed which staff were concerned only on day four.",
        cross_border=True, lead_authority="CNIL (France)",
        subjects_notice_content="Your payslip was sent to the wrong bank; it has been deleted.",
        subjects_channel="Letter to each employee", subjects_told=812,
        subjects_notified_at=aware + timedelta(hours=96))
    other = ws.incidents.create(title="Laptop stolen", severity="low", detected_at=aware)
    ws.breaches.assess(other, aware_at=aware, rights_risk="none",
                       no_risk_reasoning="Disk encrypted; the key was not on the laptop.",
                       subjects_exemption="unintelligible",
                       subjects_exemption_reason="Full-disk encryption.")
    expected = {
        "en": ["Incident ID", "Breach type", "Confidentiality, Availability", "Ongoing or ended",
               "Ended: started", "Reasons for the delay (Art. 33(1))",
               "The bank confirmed which staff were concerned only on day four.",
               "Cross-border case", "Yes", "Lead supervisory authority", "CNIL (France)",
               "Notice to the people affected (Art. 34(2))", "Your payslip was sent",
               "How the people affected were told", "Letter to each employee",
               "Number of people told", "812", "Exemption relied on (Art. 34(3))",
               "Missing mandatory items", "None: the assessment gives every item",
               "Late: notified", "Business services affected", "Payroll", "120 h", "48 h",
               "Downtime", "4 h (2–8)", "Data lost", "1 h (0–2)", "Re-infection", "5%",
               "Expected cost", "€1,500", "Containment"],
        "es": ["ID del incidente", "Tipo de brecha", "Confidencialidad, Disponibilidad",
               "En curso o terminada", "Terminada: empezó", "Motivos del retraso (art. 33.1)",
               "Caso transfronterizo", "Sí", "Autoridad de control principal",
               "Comunicación a los afectados (art. 34.2)", "Cómo se comunicó a los afectados",
               "Número de personas informadas", "812", "Excepción invocada (art. 34.3)",
               "Elementos obligatorios que faltan", "Servicios de negocio afectados",
               "Inactividad", "Datos perdidos", "Reinfección", "Coste esperado", "Contención"],
    }
    for lang, wanted in expected.items():
        path = tmp_path / f"incident-{lang}.pdf"
        ws.reporting.export("incident", path, subject_id=incident, lang=lang)
        text = pdf_text(path)
        for value in wanted:
            assert value in text, (lang, value)
        render_pages(path, tmp_path / f"png-{lang}")
        path = tmp_path / f"other-{lang}.pdf"
        ws.reporting.export("incident", path, subject_id=other, lang=lang)
        text = pdf_text(path)
        assert "Disk encrypted; the key was not on the laptop." in text
        assert "Full-disk encryption." in text
        assert ("Data unintelligible to others" if lang == "en"
                else "Datos ininteligibles para terceros") in text
