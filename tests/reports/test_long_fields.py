"""Every text the forms accept prints: a 20,000-character field goes on over pages instead of
failing with LayoutError, and says "(continued)" where it does; every font is embedded; each
PDF says its language and title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from privguard.domain.entities import SPECS
from privguard.reports.i18n import Translator
from privguard.services.workspace import create
from tests.conftest import PASSPHRASE
from tests.reports.helpers import pdf_problems, pdf_text, render_pages, with_fast_kdf

WORDS = "Tratamiento de datos personales con medidas técnicas y organizativas adecuadas. "


def longest(entity: str, field: str, marker: str) -> str:
    """As long as the form accepts, ending in ``marker`` so a test can find the end."""
    limit = SPECS[entity].field(field).max_len
    return (WORDS * (limit // len(WORDS) + 1))[:limit - len(marker) - 1] + " " + marker


@with_fast_kdf
def _build(folder):  # noqa: ANN001, ANN202
    ws, _ = create(folder / "Long.privguard", organisation="Acme", name="Ana Ruiz", role="CPO",
                   passphrase=PASSPHRASE)
    owner = ws.people.create(name="José Muñoz", role="CSO")
    ws.activities.create(
        name="Nóminas", role="controller", owner_id=owner, data_subjects=["DS-EMPLOYEES"],
        data_categories=["DC-CONTACT"],
        description=longest("processing_activities", "description", "ENDACTDESC"),
        retention=longest("processing_activities", "retention", "ENDRETENTION"),
        security_measures=longest("processing_activities", "security_measures", "ENDSECURITY"))
    risk = ws.risks.create(title="Ransomware", inherent_likelihood=4, inherent_impact=4,
                           description=longest("risks", "description", "ENDRISKDESC"))
    incident = ws.incidents.create(
        title="Virus", severity="high", detected_at=datetime.now(UTC), links={"risks": [risk]},
        description=longest("incidents", "description", "ENDINCDESC"))
    ws.incidents.add_timeline(incident, at=datetime.now(UTC), kind="note",
                              note=longest("timeline_entries", "note", "ENDNOTE"))
    option = ws.options.create(
        incident_id=incident, name="Restore", orientation="it_centric",
        description=longest("response_options", "description", "ENDOPTDESC"),
        side_risks=longest("response_options", "side_risks", "ENDSIDERISKS"))
    decision = ws.decisions.decide(option, longest("decisions", "rationale", "ENDRATIONALE"))
    return ws, {"incident": incident, "decision": decision}


@pytest.fixture(scope="module")
def long_register(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    ws, ids = _build(folder)
    yield ws, ids, folder
    ws.close()


ENDS = {"ropa": ["ENDACTDESC", "ENDRETENTION", "ENDSECURITY"],
        "risks": [],  # the risk register lists titles and scores, not descriptions
        "incident": ["ENDINCDESC", "ENDNOTE", "ENDOPTDESC", "ENDSIDERISKS"],
        "decision": ["ENDRATIONALE", "ENDOPTDESC", "ENDSIDERISKS"], "board": []}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", ["board", "ropa", "risks", "incident", "decision"])
def test_every_length_the_forms_accept_prints_whole(long_register, kind, lang):
    ws, ids, folder = long_register
    out = folder / f"{kind}-{lang}.pdf"
    outcome = ws.reporting.export(kind, out, lang=lang, subject_id=ids.get(kind))
    text = " ".join(pdf_text(out).split())
    for marker in ENDS[kind]:
        assert marker in text, f"{marker} missing from the {kind} report"
    if ENDS[kind]:  # a field that runs over a page says so where it goes on
        assert Translator(lang)("(continued)") in text
    assert len(PdfReader(out).pages) == outcome.pages
    # Every font embedded, a valid ToUnicode map, /Lang and a title.
    assert pdf_problems(out, lang) == []
    render_pages(out, folder / f"png-{kind}-{lang}", last=3)
