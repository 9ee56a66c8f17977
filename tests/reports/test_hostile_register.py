"""Every report from a hostile register: markup characters, long names, accents and €; and
one at the limits of the forms (20,000-character texts of markup, right-to-left script,
emoji and control characters, unbroken words), in both languages."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from privguard.reports.i18n import Translator
from privguard.services.workspace import create
from tests.conftest import PASSPHRASE
from tests.reports.helpers import (
    HOSTILE,
    LONG,
    fill_extreme,
    fill_hostile,
    hostile_text,
    page_count,
    page_texts,
    pdf_problems,
    pdf_text,
    render_pages,
    unbroken,
    with_fast_kdf,
)


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


@pytest.mark.parametrize("kind", ["board", "ropa", "breach-log", "risks", "incident",
                                  "decision"])
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
    for expected in ("Personal-data breach assessment (Art. 33 and 34)", "1,234", "5,678",
                     "DPO <dpo@example.es>", "€1,235", "Timeline"):
        assert expected in text, expected


# -- a register at the limits of the forms ---------------------------------------------


@with_fast_kdf
def _build_extreme(folder):  # noqa: ANN001, ANN202
    # The person who makes the reports: 190 characters, not the 200 a name may have, since
    # a decision's timeline entry names its author with the role ("… (CPO)") in a field
    # of 200 (a limit of the services, not of the reports).
    ws, _ = create(folder / "Extreme.privguard", organisation="Acme",
                   name=hostile_text(190, "ENDME"), role="CPO", passphrase=PASSPHRASE)
    # An organisation's name stored before names were limited to one line of 200
    # characters: old registers keep theirs, and every report must still print it.
    from privguard.storage import models as m

    with ws.register.store.write() as session:
        session.query(m.Setting).filter_by(key="organisation").one().value = \
            hostile_text(2000, "ENDORG")
    ws.settings._cache = None
    return ws, fill_extreme(ws)


@pytest.fixture(scope="module")
def extreme(tmp_path_factory):
    folder = tmp_path_factory.mktemp("extreme")
    ws, ids = _build_extreme(folder)
    yield ws, ids, folder
    ws.close()


# The end of every field a report prints, so each is known to have printed whole.
ENDS = {
    "board": ["ENDRISK", "ENDWORDRISK", "ENDOPTION", "ENDINCIDENT", "ENDRATIONALE"],
    "ropa": ["ENDACTNAME", "ENDACTDESC", "ENDRETENTION", "ENDSECURITY", "ENDPURPOSE",
             "ENDRECIPIENT", "ENDASSET", "ENDOWNER"],
    "risks": ["ENDRISK", "ENDWORDRISK", "ENDOWNER"],
    "incident": ["ENDINCIDENT", "ENDINCDESC", "ENDCAT", "ENDWHO", "ENDNOTE", "ENDNATURE",
                 "ENDCONS", "ENDCONTACT", "ENDOPTION", "ENDOPTDESC", "ENDRATIONALE",
                 "ENDASSET", "ENDACTNAME", "ENDRISK"],
    "decision": ["ENDINCIDENT", "ENDOPTION", "ENDOPTDESC", "ENDRATIONALE"],
    "breach-log": ["ENDINCIDENT", "ENDCAT", "ENDNATURE", "ENDCONS", "ENDCONTACT", "ENDOPTION"],
}


def _marks(kind: str, t: Translator) -> list[str]:
    """Where a 20,000-character text runs over a page: the page names the section it goes
    on with, and a label / value table repeats the field's label, "(continued)"."""
    section = lambda name: t("{section} (continued)", section=t(name))  # noqa: E731
    field = lambda label: f"{t(label)} {t('(continued)')}"  # noqa: E731
    return {
        "board": [section("Decisions"), t("(continued)")],
        "ropa": [field("Description")],
        "risks": [],
        "incident": [section("Summary"), field("Description"), section("Timeline"),
                     section("Response options considered")],
        "decision": [section("Rationale"), section("Options compared")],
        "breach-log": [],
    }[kind]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", ["board", "ropa", "breach-log", "risks", "incident",
                                  "decision"])
def test_every_report_renders_a_register_at_the_limits_of_the_forms(extreme, kind, lang):
    ws, ids, folder = extreme
    out = folder / f"{kind}-{lang}.pdf"
    outcome = ws.reporting.export(kind, out, lang=lang, subject_id=ids.get(kind))
    assert outcome.pages == page_count(out) and 2 <= outcome.pages <= 150
    assert pdf_problems(out, lang) == []
    pages = page_texts(out)
    text = " ".join(pages)
    squeezed = "".join(text.split())  # an unbroken word is cut where the line ends
    for marker in ENDS[kind]:
        assert marker in squeezed, f"{marker} missing from the {kind} report"
    # Markup prints as typed; right-to-left letters print (in the order typed; readers may
    # give them back reversed); emoji the font has print, the others as "�"; no control
    # or invisible character reaches the page.
    for fragment in ("<unclosed", "&amp;", "&#128512;", "]]>", "😀", "\ufffd", "❤"):
        assert fragment in text, fragment
    assert "שלום" in text or "שלום"[::-1] in text
    assert not set(text) & set("\x01\x07\x1b\x7f\u202e\u200b\ufeff\u200d👩")
    t = Translator(lang)
    marked = []
    for mark in _marks(kind, t):
        found = [n for n, page in enumerate(pages, start=1) if mark in page]
        assert found, f"no page of the {kind} report says {mark!r}"
        marked.append(found[0])
    # Look at it as a reader would: a page that goes on from the one before, and the last
    # page with right-to-left text and emoji (the first is the cover).
    emoji = max(n for n, page in enumerate(pages, start=1) if "😀" in page)
    for number in {*marked[:1], emoji}:
        render_pages(out, folder / f"png-{kind}-{lang}", first=number, last=number)


def test_a_report_that_cannot_be_laid_out_says_why_in_one_line():
    from reportlab.platypus import Spacer

    from privguard.domain.errors import PrivGuardError
    from privguard.reports import blocks, pages
    from privguard.reports.model import ReportMeta
    from privguard.reports.styles import new_table

    t = Translator("en")
    meta = ReportMeta(kind="incident", organisation="Acme", author="Ana", fingerprint="",
                      generated_at=datetime.now(UTC))
    # A picture taller than a page in a cell: nothing reportlab can split.
    story = [*pages.cover(meta, t, "Incident report", ""), blocks.heading("Evidence"),
             new_table([["Photo of the server room", Spacer(1, 2000)]], colWidths=[200, 200])]
    with pytest.raises(PrivGuardError) as caught:
        pages.render(story, meta, t, "Incident report")
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300
    assert "Incident report" in message and "Evidence" in message
    assert "Photo of the server room" in message
    assert caught.value.template and Translator("es").words.error(caught.value) != message


def test_text_is_made_printable_before_it_reaches_the_page():
    from privguard.reports.markup import MISSING_GLYPH, esc, plain

    # Line and paragraph separators break the line; other controls and invisible format
    # characters go; what the font cannot draw prints as one mark per character.
    assert plain("a\x0bb\x0cc\x85d\u2028e\u2029f\r\ng\rh") == "a\nb\nc\nd\ne\nf\ng\nh"
    assert plain("x\x01\x1b\x7f\x9f\u200b\u200d\u202e\u2066\ufeff\ufe0f\U000e0067y") == "xy"
    assert plain("😀 👍🏽 🇪🇸 中") == f"😀 {MISSING_GLYPH * 2} {MISSING_GLYPH * 2} {MISSING_GLYPH}"
    assert plain("ñ € שלום مرحبا\ttab") == "ñ € שלום مرحبا tab"
    assert esc('<b a="1">&\n') == "&lt;b a=&quot;1&quot;&gt;&amp;<br/>"


def _render(story, **meta):  # noqa: ANN001, ANN003, ANN202
    """Lay ``story`` out as a report; a layout that goes on for a minute is stopped."""
    import time

    from privguard.reports import pages
    from privguard.reports.model import ReportMeta
    from privguard.reports.progress import Steps

    t = Translator(meta.get("lang", "en"))
    meta = ReportMeta(**{"kind": "incident", "organisation": "Acme", "author": "Ana",
                         "fingerprint": "", "generated_at": datetime.now(UTC), **meta})
    deadline = time.monotonic() + 60
    return pages.render([*pages.cover(meta, t, "Report", ""), *story], meta, t, "Report",
                        steps=Steps(cancelled=lambda: time.monotonic() > deadline))


def test_a_row_that_goes_on_in_a_narrow_column_under_a_tall_header_moves_on():
    from privguard.reports import blocks
    from privguard.reports.pages import frame_width

    # Twenty narrow columns under a header of long names: the rest of the long cell, with
    # its "(continued)", must still move on from page to page (a mark taking lines of its
    # own could fill all the room left and split for ever).
    headers = [f"Option {i} " + "x" * 60 for i in range(20)]
    rows = [[unbroken(1500, "ENDCELL")] + ["1.234,56 €"] * 19]
    rendered = _render([blocks.heading("Results"),
                        blocks.data_table(headers, rows, [1] * 20, frame_width())])
    assert 3 <= rendered.pages <= 60


def test_a_cover_longer_than_a_page_goes_on_to_the_next():
    from privguard.reports import blocks

    # The organisation's name (a setting with no limit of its own) at 20,000 characters.
    rendered = _render([blocks.heading("Summary"), blocks.body("Body.")],
                       organisation=hostile_text(20_000, "ENDORG"), lang="es")
    text = [" ".join((p.extract_text() or "").split())
            for p in PdfReader(io.BytesIO(rendered.data)).pages]
    assert rendered.pages >= 4 and "ENDORG" in "".join("".join(text).split())
    assert "(continuación)" in text[1] and "Summary" in " ".join(text[2:])


def test_a_decision_comparing_sixty_options_prints_them_all():
    from privguard.reports import decision
    from privguard.reports.model import DecisionData, ReportMeta

    options = [{"option_id": i, "name": f"Option {i} " + "x" * 40,
                "metrics": {"ALE": 1000.0 * i, "P(loss > 1M)": 0.1},
                "lec": [[1000, 0.5], [10_000, 0.1]]} for i in range(1, 61)]
    record = {"option_name": "Option 2", "option_id": 2, "decided_by": "Ana",
              "decided_at": datetime.now(UTC), "rationale": "Cheapest.",
              "subject_kind": "incident", "subject_title": "Virus",
              "figures": {"mode": "incident", "options": options, "chosen_option_id": 2,
                          "recommended_option_id": 60}}
    meta = ReportMeta(kind="decision", organisation="Acme", author="Ana", fingerprint="",
                      generated_at=datetime.now(UTC))
    rendered = decision.build(DecisionData(decision=record, options=[]), meta)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(rendered.data)).pages)
    for i in (1, 30, 59, 60):
        assert f"Option {i} " in text and f"€{1000 * i:,}" in text
    assert "The chart shows 7 of the 60 curves" in text
