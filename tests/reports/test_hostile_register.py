"""Every report from a register full of markup characters, long names, accents and €."""

from __future__ import annotations

import pytest

from privguard.services.workspace import create
from tests.conftest import PASSPHRASE
from tests.reports.helpers import HOSTILE, LONG, fill_hostile, page_count, pdf_text, render_pages


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    from privguard.storage import keyslots

    old = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
    folder = tmp_path_factory.mktemp("hostile")
    try:
        ws, _ = create(folder / "Hostil.privguard", organisation=f"Acme {HOSTILE} S.L.",
                       name="Ana Núñez", role="CPO", passphrase=PASSPHRASE)
        ids = fill_hostile(ws)
    finally:
        keyslots.set_new_slot_kdf(old)
    yield ws, ids, folder
    ws.close()


@pytest.mark.parametrize("kind", ["board", "ropa", "risks", "incident", "decision"])
def test_hostile_text_prints_literally_and_renders(hostile, kind):
    ws, ids, folder = hostile
    subject = ids.get(kind)
    out = folder / f"{kind}.pdf"
    outcome = ws.reporting.export(kind, out, subject_id=subject)
    assert outcome.pages == page_count(out) and 2 <= outcome.pages <= 20
    text = pdf_text(out)
    # The register's language is Spanish: the classification says so on every page.
    assert text.count("CONFIDENCIAL") >= outcome.pages - 1
    assert HOSTILE in text
    assert f"Acme {HOSTILE} S.L." in text
    render_pages(out, folder / f"png-{kind}")


def test_long_names_and_accents_survive_in_the_record_of_processing(hostile):
    ws, _ids, folder = hostile
    out = folder / "ropa-long.pdf"
    ws.reporting.export("ropa", out)
    text = pdf_text(out)
    assert LONG[:40] in text
    assert "1.234,56 €" in text  # from the purpose text, wrapped but intact
    assert "Encargado" in text and "art. 30.2" in text


def test_incident_report_gives_the_art_33_facts(hostile):
    ws, ids, folder = hostile
    out = folder / "incident-en.pdf"
    ws.reporting.export("incident", out, subject_id=ids["incident"], lang="en")
    text = pdf_text(out)
    for expected in ("Personal-data breach assessment (Art. 33(3))", "1,234", "5,678",
                     "DPO <dpo@example.es>", "€1,235", "Timeline"):
        assert expected in text, expected
