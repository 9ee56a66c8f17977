"""Issue 13: an Art. 30 record an authority would accept, a board report a board can act on,
and the Art. 33(5) breach log; each read back from real PDFs of real registers, and its pages
looked at in both languages."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from privguard.domain.errors import ValidationError
from privguard.reports import charts
from privguard.reports.i18n import Translator
from tests.reports.helpers import build_demo, open_demo, page_texts, pdf_text, render_pages

CONTROLLER = {
    "controller_address": "Rúa do Franco 7, 15705 Santiago de Compostela",
    "controller_email": "privacidad@acme.example",
    "controller_phone": "+34 981 000 000",
    "dpo_name": "Inés Castro",
    "dpo_contact": "dpo@acme.example",
    "eu_representative": "Not applicable: established in Spain",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("issue13")
    ws = open_demo(build_demo(folder))
    yield ws, folder
    ws.close()


def _export(ws, folder, kind, lang="en", **options):
    path = folder / f"{kind}-{lang}-{len(list(folder.glob('*.pdf')))}.pdf"
    ws.reporting.export(kind, path, lang=lang, sign=False, **options)
    return path


def _value(text: str, label: str) -> str:
    """What follows ``label`` in a record's text, up to the next field's label."""
    start = text.index(label) + len(label)
    return text[start:start + 200]


# -- the record of processing activities ------------------------------------------------


def test_a_record_with_every_field_filled_prints_every_field(workspace, tmp_path):
    ws = workspace
    for key, value in CONTROLLER.items():
        ws.settings.set(key, value)
    owner = ws.people.create(name="Olga Pérez", role="CPO")
    asset = ws.assets.create(name="Clinic records system", kind="system", owner_id=owner)
    activity = ws.activities.create(
        name="Staff health checks", role="joint_controller", owner_id=owner,
        description="Yearly fitness-for-work checks with the mutual insurer.",
        controller_name="Acme Health S.L.", controller_contact="Calle Mayor 1, Madrid",
        joint_controllers="Mutua Ejemplo (arrangement signed 2025-02-01)",
        representative="Rep Europe B.V., Amsterdam", dpo_contact="dpo-health@acme.example",
        data_subjects=["DS-EMPLOYEES"], data_categories=["DC-HEALTH", "DC-CRIMINAL"],
        approx_subjects=820, approx_records=1640,
        recipients=[{"name": "Mutua Ejemplo", "kind": "third_party", "country": "ES"}],
        transfers=[{"country": "US", "recipient": "LabCloud Inc.", "safeguard": "sccs",
                    "documentation": "Legal › Contracts › LabCloud SCCs 2025"}],
        retention="Employment plus 5 years", retention_days=2190,
        security_measures="Encrypted at rest; access by the medical team only.",
        dpia_criteria=["sensitive_data", "vulnerable_subjects"], dpia_status="done",
        dpia_reference="DPIA-HEALTH-1", links={"assets": [asset]})
    ws.activities.add_purpose(activity, "Check fitness for work", "6(1)(c)", "9(2)(h)")
    processor = ws.activities.create(
        name="Payroll run for the group holding", role="processor", owner_id=owner,
        controller_name="Acme Holding S.A.", controller_contact="Paseo 9, Bilbao",
        representative="None", dpo_contact="dpo@holding.example",
        data_subjects=["DS-EMPLOYEES"], data_categories=["DC-IDENTIFICATION"],
        approx_subjects=40, approx_records=480, links={"assets": [asset]},
        security_measures="Payroll system on our premises.")
    ws.activities.add_purpose(processor, "Calculate salaries", "6(1)(b)")
    path = _export(ws, tmp_path, "ropa")
    text = pdf_text(path)
    for value in (*CONTROLLER.values(), "Acme Health S.L.", "Calle Mayor 1, Madrid",
                  "Mutua Ejemplo (arrangement signed 2025-02-01)", "Rep Europe B.V., Amsterdam",
                  "dpo-health@acme.example", "Check fitness for work",
                  "Art. 6(1)(c) Legal obligation", "Art. 9(2)(h) Health and social care",
                  "Employees", "Health data", "Criminal convictions and offences (Art. 10)",
                  "Mutua Ejemplo (Third party, Spain (ES))",
                  "United States (US) — LabCloud Inc.: Standard contractual clauses "
                  "(Art. 46(2)(c)); documentation: Legal › Contracts › LabCloud SCCs 2025",
                  "Employment plus 5 years (2,190 days)",
                  "Encrypted at rest; access by the medical team only.", "820 people / 1,640 "
                  "records", "Clinic records system", "DPIA-HEALTH-1", "Olga Pérez",
                  # the processor's part: the controller it acts for, with its DPO
                  "Controller: Acme Holding S.A.", "Paseo 9, Bilbao", "dpo@holding.example",
                  "Calculate salaries"):
        assert value in text, value
    assert "Not recorded" not in text
    # A processor's record names no legal basis: that is the controller's to record.
    processor_part = text[text.index("3. Activities where we are processor"):]
    assert "Art. 6(" not in processor_part and "Calculate salaries —" not in processor_part
    # The representative typed as "None" reads as the register saying there is none.
    assert "Controller's representative (30(2)(a)) None" in processor_part


def test_a_record_with_every_field_empty_says_not_recorded(workspace, tmp_path):
    ws = workspace
    ws.activities.create(name="Something we do", role="joint_controller")
    path = _export(ws, tmp_path, "ropa")
    text = pdf_text(path)
    for label in ("Address", "E-mail", "Telephone", "Data protection officer",
                  "Representative in the EU (Art. 27)",
                  "Joint controllers and their arrangement (Art. 26)",
                  "Purposes and legal bases (30(1)(b))",
                  "Categories of data subjects (30(1)(c))",
                  "Categories of personal data (30(1)(c))",
                  "Time limits for erasure (30(1)(f))",
                  "Technical and organisational security measures (30(1)(g))",
                  "Systems and assets used", "Internal owner"):
        assert _value(text, label).lstrip().startswith("Not recorded"), label
    # An empty list of recipients or transfers is what the form says "none" with.
    assert _value(text, "Categories of recipients (30(1)(d))").lstrip().startswith("None")
    assert _value(text, "(30(1)(e))").lstrip().startswith("None")
    assert text.count("Not recorded") >= 14
    # Spanish says it too.
    spanish = pdf_text(_export(ws, tmp_path, "ropa", "es"))
    assert spanish.count("No consta") == text.count("Not recorded")


def _index(reader: PdfReader) -> dict[str, int]:
    """The index's rows: each number ("2.3") with the page number printed on its line."""
    found: dict[str, int] = {}
    for page in reader.pages[1:4]:
        fragments: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, into=fragments):
            if text.strip():
                into.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))
        page.extract_text(visitor_text=visit)
        numbers = [f for f in fragments if re.fullmatch(r"\d+(\.\d+)*", f[2]) and f[0] < 80]
        pages = [f for f in fragments if f[2].isdigit() and f[0] > 480]
        for _x, y, number in numbers:
            same = [int(p[2]) for p in pages if abs(p[1] - y) < 1.5]
            if same:
                found.setdefault(number, same[0])
    return found


def test_the_demo_record_has_its_controller_first_bookmarks_and_page_numbers(demo):
    ws, folder = demo
    path = _export(ws, folder, "ropa")
    pages = page_texts(path)
    # The controller block heads the record, on the page after the cover.
    assert "1. The controller and its data protection officer" in pages[1]
    for value in ("Calle de Alcalá 123, 28009 Madrid, Spain", "privacy@alderfinch.example",
                  "+34 910 000 100", "Lucía Fernández", "dpo@alderfinch.example"):
        assert value in pages[1], value
    text = " ".join(pages)
    # Numbered as printed: the controller is 1, the controller's activities 2, the
    # processor's 3, with nothing skipped.
    assert "2. Activities where we are controller — Art. 30(1)" in text
    assert "3. Activities where we are processor — Art. 30(2)" in text
    assert "4. Activities" not in text
    # Every activity is a bookmark, nested under its section, on the page the index gives.
    reader = PdfReader(str(path))
    flat: dict[str, int] = {}

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                flat[item.title] = reader.get_destination_page_number(item) + 1
    walk(reader.outline)
    index = _index(reader)
    names = ws.activities.rows().column("name")
    for name in names:
        entry = next(title for title in flat if title.endswith(f" {name}")
                     and title.split()[0][0].isdigit())
        number = entry.split()[0]
        page = flat[entry]
        assert name in pages[page - 1], name
        # The index row (number, name, role, owner) ends in that page's number.
        assert index.get(number) == page, (name, index.get(number), page)
    # The index rows link to the activities.
    links = [a.get_object() for a in reader.pages[1].get("/Annots") or []]
    assert sum(1 for a in links if a.get("/Subtype") == "/Link") >= len(names)
    render_pages(path, folder / "png-ropa-en", 1, 3)


def test_the_record_in_spanish_names_countries_and_conditions_in_words(demo):
    ws, folder = demo
    path = _export(ws, folder, "ropa", "es")
    text = pdf_text(path)
    assert "Estados Unidos (US)" in text and "Cláusulas contractuales tipo" in text
    assert "1. El responsable y su delegado de protección de datos" in text
    assert "art. 9(2)(h)" in text.lower() or "Art. 9(2)(h)" in text
    render_pages(path, folder / "png-ropa-es", 1, 4)


# -- the board report --------------------------------------------------------------------


def _changed(text: str, start: str, end: str) -> list[int]:
    section = text[text.index(start):text.index(end)]
    return [int(n) for n in re.findall(r"\d+", section[len(start):])]


def test_what_changed_is_the_same_in_english_then_spanish(demo):
    ws, folder = demo
    meeting = ws.settings.get("last_board_meeting")
    assert meeting, "the demo keeps its last board meeting"
    english = pdf_text(_export(ws, folder, "board", "en"))
    spanish = pdf_text(_export(ws, folder, "board", "es"))
    since = datetime.fromisoformat(meeting).date()
    en_date, es_date = Translator("en").date(since), Translator("es").date(since)
    assert f"What changed since {en_date}" in english
    assert f"Cambios desde el {es_date}" in spanish
    counts_en = _changed(english, f"What changed since {en_date}",
                         "Decisions the board is asked for")
    counts_es = _changed(spanish, f"Cambios desde el {es_date}",
                         "Decisiones que se piden al consejo")
    assert counts_en and counts_en == counts_es
    # The same period gives the same figures, whatever was exported in between.
    first = ws.reporting.board_data().changes
    _export(ws, folder, "board", "en")
    assert ws.reporting.board_data().changes == first
    # Another start, chosen for this report.
    other = ws.reporting.board_data(since=ws.today() - timedelta(days=1)).changes
    assert other["since"] == ws.today() - timedelta(days=1)
    with pytest.raises(ValidationError):
        ws.reporting.board_data(since=ws.today() + timedelta(days=1))


def test_the_summary_page_has_every_running_clock_and_unassessed_serious_incidents(demo):
    ws, folder = demo
    path = _export(ws, folder, "board")
    summary = page_texts(path)[1]
    running = [title for _i, title, clock in ws.breaches.clocks()
               if clock.state(datetime.now(UTC)).value in ("running", "amber", "red", "overdue")]
    assert running
    for title in running:
        assert title[:40] in summary
    assert re.search(r"\d+ hours left", summary)
    assert "“Virus takes down the mail servers” (critical) has no breach assessment" in summary
    text = pdf_text(path)
    # The mail-server options priced as the decision view prices them, and still pending.
    for words in ("Incident #1: Virus takes down the mail servers", "Expected cost",
                  "Bad case (P95)", "Downtime (MTD 72 h)", "Data lost", "Re-infection",
                  "Decision pending", "Ranked by residual score",
                  "How to read it", "As is (no new treatment)", "decision #"):
        assert words in text, words
    assert "risk(s)" not in text and "nothing to decide" not in text
    render_pages(path, folder / "png-board-en", 1, 6)
    render_pages(_export(ws, folder, "board", "es"), folder / "png-board-es", 1, 6)


def test_an_open_incident_200_days_old_is_listed(workspace, tmp_path):
    ws = workspace
    old = datetime.now(UTC) - timedelta(days=200)
    ws.incidents.create(title="Forgotten laptop theft", severity="medium", status="triaged",
                        detected_at=old)
    ws.incidents.create(title="Old closed outage", severity="low", status="closed",
                        detected_at=old)
    text = pdf_text(_export(ws, tmp_path, "board"))
    assert "Forgotten laptop theft" in text
    assert "Old closed outage" not in text


def test_loss_exceedance_axes_are_scaled_to_the_curves():
    t = Translator("en")
    series = [("As is", [(0.0, 0.2), (1000.0, 0.1), (5000.0, 0.005)]),
              ("Option", [(0.0, 0.12), (800.0, 0.05), (3000.0, 0.001)])]
    drawing = charts.lec_chart(series, t, 400)
    plot = next(c for c in drawing.contents if hasattr(c, "yValueAxis"))
    assert plot.yValueAxis.valueMax == pytest.approx(0.2)
    assert plot.xValueAxis.valueMax <= 5000
    figures = {"baseline": {"metrics": {"x": 1}, "lec": [[0, 0.2]]},
               "options": [{"option_id": 3, "name": "B", "lec": [[0, 0.1]]}]}
    assert [n for n, _ in charts.lec_series(figures, "As is")] == ["As is", "B"]


# -- the breach log ----------------------------------------------------------------------


def test_the_breach_log_lists_every_breach_of_the_demo(demo):
    ws, folder = demo
    path = _export(ws, folder, "breach-log")
    text = pdf_text(path)
    breaches = ws.breaches.clocks(open_only=False)
    assert len(breaches) >= 5
    for incident_id, title, _clock in breaches:
        assert f"#{incident_id} {title}" in text, title
    # Notified or not, with the decision and why.
    assert "Not notified: the breach is unlikely to result in a risk" in text
    assert "Notified to the supervisory authority on" in text
    assert "To be notified to the supervisory authority by" in text
    assert re.search(r"Met \(\d+ hours before the deadline\)", text)
    for label in ("Facts: what happened", "Effects: likely consequences for people",
                  "Remedial action taken or proposed", "Notification decision (Art. 33)",
                  "Reasoning", "Deadline met or missed", "Became aware:"):
        assert label in text, label
    render_pages(path, folder / "png-breach-log-en")
    spanish = _export(ws, folder, "breach-log", "es")
    assert "Registro de brechas" in pdf_text(spanish)
    render_pages(spanish, folder / "png-breach-log-es")


def test_settings_check_the_controller_block_and_the_board_meeting(workspace):
    ws = workspace
    with pytest.raises(ValidationError):
        ws.settings.set("controller_email", "not an address")
    with pytest.raises(ValidationError):
        ws.settings.set("last_board_meeting", "31/03/2026")
    with pytest.raises(ValidationError):
        ws.settings.set("dpo_contact", "x" * 2001)
    ws.settings.set("last_board_meeting", " 2026-03-31 ")
    assert ws.settings.get("last_board_meeting") == "2026-03-31"
    ws.settings.set("controller_email", " privacy@acme.example ")
    assert ws.settings.get("controller_email") == "privacy@acme.example"


def test_serious_incidents_without_an_assessment_are_flagged_a_few_by_name(workspace, tmp_path):
    ws = workspace
    now = datetime.now(UTC)
    for n in range(7):
        ws.incidents.create(title=f"Serious incident {n}", severity="high", status="triaged",
                            detected_at=now - timedelta(hours=n + 1))
    summary = page_texts(_export(ws, tmp_path, "board"))[1]
    assert summary.count("has no breach assessment") == 5
    assert "2 more high-severity open incidents have no breach assessment." in summary
