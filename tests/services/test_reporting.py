"""Reports from the demo register: content, rendering, signatures, Spanish, cancel."""

from __future__ import annotations

import pytest

from privguard.domain.errors import ValidationError
from privguard.domain.rows import ListQuery
from privguard.reports.progress import Cancelled
from tests.reports.helpers import build_demo, open_demo, page_count, pdf_text, render_pages


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_demo(build_demo(folder))
    yield ws, folder
    ws.close()


@pytest.fixture(scope="module")
def exported(demo_ws):
    ws, folder = demo_ws
    incident = ws.incidents.rows(ListQuery(search="mail servers")).column("id")[0]
    decision = ws.decisions.rows().column("id")[0]
    out = {}
    for kind, subject in (("board", None), ("ropa", None), ("risks", None),
                          ("incident", incident), ("decision", decision)):
        path = folder / f"{kind}.pdf"
        out[kind] = (ws.reporting.export(kind, path, subject_id=subject, lang="en"), path)
    return out


def test_kinds_lists_the_reports(demo_ws):
    ws, _ = demo_ws
    assert ws.reporting.kinds() == [("board", False), ("ropa", False), ("breach-log", False),
                                    ("risks", False), ("incident", True), ("decision", True),
                                    ("notification", True)]


def test_board_report_sections_and_figures(demo_ws, exported):
    ws, folder = demo_ws
    outcome, path = exported["board"]
    text = pdf_text(path)
    for title in ("Board report", "Executive summary", "Where risk stands",
                  "Decisions the board is asked for", "Heat map: inherent and residual risk",
                  "Top risks", "Risk trend", "Response options and decisions",
                  "Open incidents and incidents of the period",
                  "Personal-data breaches and notification deadlines",
                  "Reviews and acceptances overdue", "Confidential",
                  f"Page 2 of {outcome.pages}"):
        assert title in text, title
    open_risks = len([s for s in ws.risks.rows().column("status") if s != "closed"])
    assert f"{open_risks} open risks are on the register" in text
    assert "Virus takes down the mail servers" in text
    assert ws.reporting.fingerprint() in text
    assert 4 <= outcome.pages <= 12
    render_pages(path, folder / "png-board")


def test_every_processing_activity_is_in_the_record(demo_ws, exported):
    ws, folder = demo_ws
    outcome, path = exported["ropa"]
    text = pdf_text(path)
    names = ws.activities.rows().column("name")
    assert names and all(name in text for name in names)
    for title in ("Record of processing activities", "Art. 30(1)", "Art. 30(2)",
                  "Purposes and legal bases (30(1)(b))", "Time limits for erasure (30(1)(f))"):
        assert title in text, title
    assert outcome.pages <= 3 * len(names)
    render_pages(path, folder / "png-ropa", last=4)


def test_risk_register_follows_the_risks_table_filters(demo_ws, exported):
    ws, folder = demo_ws
    _, path = exported["risks"]
    titles = ws.risks.rows().column("title")
    assert all(t[:30] in pdf_text(path) for t in titles)
    accepted = ws.risks.rows(treatment="accept").column("title")
    others = [t for t in titles if t not in accepted]
    filtered = folder / "risks-accepted.pdf"
    ws.reporting.export("risks", filtered, filters={"treatment": "accept"})
    text = pdf_text(filtered)
    assert accepted and all(t[:30] in text for t in accepted)
    assert not any(t[:30] in text for t in others)
    assert f"{len(accepted)} risks ·" in text and "risk(s)" not in text
    assert "Filter: Treatment = Accept" in text, "the filter is named in words, not column codes"
    searched = folder / "risks-search.pdf"
    ws.reporting.export("risks", searched, filters="ransomware")
    assert "search “ransomware”" in pdf_text(searched)
    render_pages(filtered, folder / "png-risks")


def test_incident_and_decision_reports(demo_ws, exported):
    _, folder = demo_ws
    text = pdf_text(exported["incident"][1])
    for expected in ("Incident report", "Timeline", "Response options considered",
                     "Restore from backup at all costs",
                     "Stay disconnected to keep the company quarantined", "No decision"):
        assert expected in text, expected
    text = pdf_text(exported["decision"][1])
    for expected in ("Decision record", "Option chosen", "Immutable offsite backups",
                     "Rationale", "Figures frozen at decision time"):
        assert expected in text, expected
    render_pages(exported["decision"][1], folder / "png-decision")


def test_exports_are_recorded_and_signatures_verify(demo_ws, exported):
    ws, folder = demo_ws
    outcome, path = exported["board"]
    history = ws.reporting.history().dicts()
    record = next(r for r in history if r["sha256"] == outcome.sha256)
    assert record["kind"] == "board" and record["filename"] == "board.pdf"
    assert record["author"] == ws.actor
    assert outcome.signed
    result = ws.reporting.verify(path)
    assert result.ok and "intact, signed with this register's certificate" in result.message
    assert ws.reporting.fingerprint() in result.message
    tampered = folder / "tampered.pdf"
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    result = ws.reporting.verify(tampered)
    assert not result.ok and "changed after it was signed" in result.message


def test_unsigned_export_verifies_by_its_recorded_hash(demo_ws):
    ws, folder = demo_ws
    path = folder / "unsigned.pdf"
    outcome = ws.reporting.export("risks", path, sign=False)
    assert not outcome.signed
    result = ws.reporting.verify(path)
    assert result.ok and "not signed" in result.message


def test_spanish_report_has_spanish_titles_and_formats(demo_ws):
    ws, folder = demo_ws
    path = folder / "board-es.pdf"
    ws.reporting.export("board", path, lang="es")
    text = pdf_text(path)
    for title in ("Informe para el consejo", "Resumen ejecutivo", "Riesgos principales",
                  "Decisiones que se piden al consejo", "CONFIDENCIAL", "Página 2 de"):
        assert title in text, title
    assert "Executive summary" not in text
    assert " €" in text  # amounts are written 1.234 € in Spanish
    # The default matrix's words too: likelihood on the heat map, levels on the risk chips.
    assert "Casi segura" in text and "Almost certain" not in text
    assert "Medio" in text and "Medium" not in text
    # Counts take the language's plural forms: no "riesgo(s)".
    assert "(s)" not in text and "(es)" not in text


def test_spanish_reports_name_catalogue_entries_and_codes_in_spanish(demo_ws):
    ws, folder = demo_ws
    incident = ws.incidents.rows(ListQuery(search="mail servers")).column("id")[0]
    texts = {}
    for kind, subject in (("ropa", None), ("risks", None), ("incident", incident)):
        path = folder / f"{kind}-es-words.pdf"
        ws.reporting.export(kind, path, subject_id=subject, lang="es")
        texts[kind] = pdf_text(path)
    # Data subjects and categories by code, legal bases with their article, recipients.
    assert "Clientes" in texts["ropa"] and "Customers" not in texts["ropa"]
    assert "Datos identificativos" in texts["ropa"]
    assert "Identification data" not in texts["ropa"]
    assert "Interés legítimo" in texts["ropa"] and "Legitimate interests" not in texts["ropa"]
    # Threats and controls the register took from the catalogue.
    assert "Ransomware" in texts["risks"]
    assert "Endpoint detection and response" not in texts["risks"]
    # Timeline kinds, and the breach clock's words.
    assert "Detección" in texts["incident"] and "detection" not in texts["incident"]
    assert "Contención" in texts["incident"]


def test_cancelled_export_leaves_no_file_and_no_record(demo_ws):
    ws, folder = demo_ws
    before = len(ws.reporting.history())
    calls = []

    def progress(fraction, message):
        calls.append(fraction)

    path = folder / "cancelled.pdf"
    with pytest.raises(Cancelled):
        ws.reporting.export("ropa", path, progress=progress, cancelled=lambda: len(calls) > 3)
    assert not path.exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".cancelled.pdf")]
    assert len(ws.reporting.history()) == before


def test_progress_rises_to_one(demo_ws):
    ws, folder = demo_ws
    seen = []
    ws.reporting.export("ropa", folder / "progress.pdf", progress=lambda f, _m: seen.append(f))
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_failed_write_leaves_nothing(demo_ws, tmp_path):
    ws, _ = demo_ws
    before = len(ws.reporting.history())
    with pytest.raises(ValidationError):
        ws.reporting.export("board", tmp_path / "missing" / "board.pdf")
    with pytest.raises(ValidationError):
        ws.reporting.export("incident", tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        ws.reporting.export("board", tmp_path / "x.pdf", lang="fr")
    assert len(ws.reporting.history()) == before
    assert not list(tmp_path.iterdir())


def test_report_page_counts_match_outcomes(exported):
    for outcome, path in exported.values():
        assert outcome.pages == page_count(path)


def test_the_signing_key_stays_out_of_settings_and_the_audit_trail(workspace, tmp_path):
    workspace.reporting.export("board", tmp_path / "board.pdf")
    identity = workspace.settings.internal("report_signing_identity")
    assert identity and identity["key"]
    assert not any(k.startswith("internal.") for k in workspace.settings.all())
    secret = identity["key"]
    assert secret[:16].encode() not in (tmp_path / "board.pdf").read_bytes()
    trail = " ".join(str(r["changes"]) for r in workspace.audit_rows().dicts())
    assert secret[:16] not in trail
    assert "(secret, not recorded)" in trail


def test_decision_report_words_the_engine_in_the_report_language(demo_ws):
    ws, folder = demo_ws
    incident = ws.incidents.rows(ListQuery(search="mail servers")).column("id")[0]
    result = ws.analysis.run(ws.analysis.inputs_for_incident(incident), seed=7, trials=2_000,
                             sensitivity=False)
    chosen = result.recommended_option_id
    decision = ws.analysis.decide(chosen, "Quarantine holds.", result)
    texts = {}
    for lang in ("en", "es"):
        path = folder / f"decision-{lang}.pdf"
        ws.reporting.export("decision", path, subject_id=decision, lang=lang)
        texts[lang] = " ".join(pdf_text(path).split())
    english, spanish = texts["en"], texts["es"]
    assert "Engine's recommendation" in english and "lowest expected cost" in english
    assert "Expected cost" in english and "P95 cost" in english
    assert "Recomendación del motor" in spanish and "el menor coste esperado" in spanish
    assert "Coste esperado" in spanish and "Coste P95" in spanish
    assert "lowest expected cost" not in spanish and "Expected cost" not in spanish
    cost = result.option(chosen).metrics["Expected cost"]
    assert f"({cost:,.0f} €)".replace(",", ".") in spanish, "Spanish writes 193.956 €"
    assert f"(€{cost:,.0f})" in english


def test_reports_signed_before_pades_still_verify_by_their_record(workspace, tmp_path):
    """A register made before reports carried their signature recorded an Ed25519
    signature of each export's SHA-256; those files must still verify."""
    from privguard.reports import signing
    from privguard.services.reporting import LEGACY_SIGNING_KEY
    from privguard.storage import models as m

    legacy = signing.new_private_key()
    workspace.settings.set_internal(LEGACY_SIGNING_KEY, legacy)
    path = tmp_path / "old.pdf"
    outcome = workspace.reporting.export("risks", path, sign=False)
    register_id = workspace.reporting._register_id()
    with workspace.register.store.write() as session:
        session.get(m.ReportRecord, outcome.record_id).signature = signing.sign(
            legacy, register_id, outcome.sha256)
    result = workspace.reporting.verify(path)
    assert result.ok and "signature valid" in result.message
    workspace.settings.set_internal(LEGACY_SIGNING_KEY, signing.new_private_key())
    assert not workspace.reporting.verify(path).ok


def test_a_signed_report_whose_export_is_not_recorded_still_verifies(workspace, tmp_path):
    from privguard.storage import models as m

    path = tmp_path / "board.pdf"
    outcome = workspace.reporting.export("board", path)
    with workspace.register.store.write() as session:
        session.delete(session.get(m.ReportRecord, outcome.record_id))
    result = workspace.reporting.verify(path)
    assert result.ok and result.record is None
    assert "its export is not recorded here" in result.message
    assert workspace.reporting.fingerprint() in result.message


def test_a_person_with_the_longest_name_can_decide_on_an_incident(register_path):
    """The timeline entry of a decision names its author as "name (role)": with a name
    at the key slot's limit that is longer than the entry's field, and must still fit."""
    from privguard.services.workspace import create
    from tests.conftest import PASSPHRASE

    ws, _ = create(register_path, organisation="Acme", name="N" * 200, role="CPO",
                   passphrase=PASSPHRASE)
    try:
        from datetime import UTC, datetime

        incident = ws.incidents.create(title="Mail down", severity="high",
                                       detected_at=datetime.now(UTC))
        option = ws.options.create(incident_id=incident, name="Restore", orientation="it_centric")
        ws.decisions.decide(option, "Fastest way back.")
        entry = ws.incidents.timeline(incident)[-1]
        assert entry["kind"] == "decision" and entry["actor"].startswith("NNNN")
    finally:
        ws.close()


def test_the_organisations_name_is_one_line_of_at_most_200_characters(workspace):
    for bad in ("Acme\nS.L.", "Acme\tS.L.", "A" * 201):
        with pytest.raises(ValidationError, match="organisation's name"):
            workspace.settings.set("organisation", bad)
    workspace.settings.set("organisation", "  Alder & Finch Retail S.L.  ")
    assert workspace.settings.get("organisation") == "Alder & Finch Retail S.L."
