"""Shared by the report tests: registers to report on, and reading PDFs back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from privguard.storage import keyslots

HOSTILE = '<b>Q3 & "R&D" <unclosed'
LONG = ("Tratamiento de datos de clientes en la campaña de fidelización “Año Nuevo” — "
        "importe máximo 1.234,56 € por cliente; señal de conformidad añadida. ") * 4
LONG = LONG[:300]

# What a really hostile register holds (fill_extreme): reportlab markup, right-to-left
# scripts, emoji (ZWJ sequences, flags, skin tones), every control character the forms
# accept (all but NUL), and words no line can hold.
MARKUP = ('<b>negrita</b> <font color="red" size="40">big</font> &amp; &lt; <para> '
          '<unclosed <br/> </i> <img src="x"/> <a href="javascript:x">link</a> &#128512; ]]> ')
RTL = "مرحبا بالعالم معالجة البيانات الشخصية שלום עולם עיבוד נתונים אישיים "
EMOJI = "😀 👩‍👩‍👧‍👦 🏳️‍🌈 🇪🇸 👍🏽 ❤️ "
CONTROLS = "".join(map(chr, (1, 7, 8, 0x0b, 0x0c, 0x1b, 0x7f, 0x85, 0x2028, 0x202e, 0x200b,
                             0xfeff))) + " "
URL = "https://example.com/" + "a1b2c3d4e5" * 500  # one 5,020-character word
MIX = f"{MARKUP}{RTL}{EMOJI}{CONTROLS}Tratamiento de datos personales. "


def hostile_text(limit: int, marker: str) -> str:
    """``limit`` characters (a field's maximum) of the mix above with the long URL after
    its first round, and ``marker`` last, so a test can find the end of the field."""
    text = f"{MIX}{URL} {MIX * (limit // len(MIX) + 1)}"
    return f"{text[:limit - len(marker) - 1]} {marker}"


def unbroken(limit: int, marker: str) -> str:
    """One word of ``limit`` characters, ending in ``marker``."""
    return ("0123456789abcdef" * (limit // 16 + 1))[:limit - len(marker)] + marker


def field_max(entity: str, field: str) -> int:
    from privguard.domain.entities import SPECS

    return SPECS[entity].field(field).max_len


def with_fast_kdf(fn):  # noqa: ANN001, ANN201 - a decorator for session/module fixtures
    """Run ``fn`` with the test KDF (the autouse fixture does not reach wider scopes)."""
    def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        old = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
        try:
            return fn(*args, **kwargs)
        finally:
            keyslots.set_new_slot_kdf(old)
    return run


@with_fast_kdf
def build_demo(folder: Path) -> Path:
    from privguard.services import demo

    path = folder / "demo.privguard"
    demo.ensure(path)
    return path


def open_demo(path: Path):  # noqa: ANN201
    from privguard.services import demo
    from privguard.services.workspace import open_workspace

    return open_workspace(path, demo.DEMO_PASSPHRASE, demo.DEMO_PERSON)


def fill_hostile(ws) -> dict[str, int]:  # noqa: ANN001
    """Markup characters, 300-character names, accents and € everywhere text goes."""
    now = datetime.now(UTC).replace(microsecond=0)
    ws.settings.set("language", "es")
    owner = ws.people.create(name=f"José Muñoz {HOSTILE}", role="CSO")
    asset = ws.assets.create(name=f"Servidor {HOSTILE}", kind="system", owner_id=owner)
    activity = ws.activities.create(
        name=HOSTILE, role="controller", owner_id=owner, data_subjects=["DS-CUSTOMERS"],
        data_categories=["DC-CONTACT"], retention=LONG, security_measures=HOSTILE,
        recipients=[{"name": HOSTILE, "kind": "processor", "country": "US"}],
        transfers=[{"country": "US", "recipient": HOSTILE, "safeguard": "sccs"}],
        links={"assets": [asset]})
    ws.activities.add_purpose(activity, LONG, "6(1)(f)")
    ws.activities.create(name=LONG, role="processor", controller_name=HOSTILE,
                         description=LONG)
    threat = ws.catalogues.threat_id("T-RANSOMWARE")
    risk = ws.risks.create(title=HOSTILE, description=LONG, threat_id=threat, owner_id=owner,
                           inherent_likelihood=5, inherent_impact=5, current_likelihood=4,
                           current_impact=4, residual_likelihood=3, residual_impact=4,
                           treatment="mitigate", status="treating",
                           review_on=(now - timedelta(days=3)).date())
    ws.risks.create(title=LONG, inherent_likelihood=2, inherent_impact=3, status="identified")
    incident = ws.incidents.create(
        title=HOSTILE, description=LONG, severity="high", status="triaged", category=HOSTILE,
        detected_at=now - timedelta(hours=20), links={"assets": [asset], "risks": [risk],
                                                     "activities": [activity]})
    ws.incidents.add_timeline(incident, at=now - timedelta(hours=19), actor=HOSTILE,
                              kind="note", note=LONG)
    ws.breaches.assess(incident, aware_at=now - timedelta(hours=19), rights_risk="high",
                       nature=HOSTILE, consequences=LONG, measures=HOSTILE,
                       contact_point="DPO <dpo@example.es>", approx_subjects=1234,
                       approx_records=5678, data_categories=["DC-CONTACT"])
    option = ws.options.create(incident_id=incident, name=HOSTILE, orientation="it_centric",
                               cost_one_off=1234.56, side_risks=LONG)
    ws.options.create(incident_id=incident, name=LONG, orientation="business_centric",
                      cost_yearly=99_000)
    decision = ws.decisions.decide(option, f"{HOSTILE} {LONG}")
    return {"incident": incident, "decision": decision, "risk": risk, "activity": activity}


def fill_extreme(ws) -> dict[str, int]:  # noqa: ANN001
    """A register at the limits of the forms: every long text 20,000 characters of markup,
    right-to-left text, emoji and control characters (or one unbroken word), every short
    one at its maximum. The END... markers close each long field."""
    now = datetime.now(UTC).replace(microsecond=0)
    owner = ws.people.create(name=hostile_text(field_max("persons", "name"), "ENDOWNER"),
                             role="CSO")
    asset = ws.assets.create(name=hostile_text(300, "ENDASSET"), kind="system", owner_id=owner)
    activity = ws.activities.create(
        name=hostile_text(300, "ENDACTNAME"), role="controller", owner_id=owner,
        data_subjects=["DS-CUSTOMERS"], data_categories=["DC-CONTACT"],
        description=hostile_text(field_max("processing_activities", "description"), "ENDACTDESC"),
        retention=hostile_text(field_max("processing_activities", "retention"), "ENDRETENTION"),
        security_measures=unbroken(field_max("processing_activities", "security_measures"),
                                   "ENDSECURITY"),
        recipients=[{"name": hostile_text(300, "ENDRECIPIENT"), "kind": "processor",
                     "country": "US"}], links={"assets": [asset]})
    ws.activities.add_purpose(activity, hostile_text(field_max("purposes", "description"),
                                                "ENDPURPOSE"), "6(1)(f)")
    threat = ws.catalogues.threat_id("T-RANSOMWARE")
    risk = ws.risks.create(
        title=hostile_text(300, "ENDRISK"), description=hostile_text(field_max("risks", "description"),
                                                           "ENDRISKDESC"),
        threat_id=threat, owner_id=owner, inherent_likelihood=5, inherent_impact=5,
        current_likelihood=4, current_impact=4, residual_likelihood=3, residual_impact=4,
        treatment="mitigate", status="treating", review_on=(now - timedelta(days=3)).date())
    ws.risks.create(title=unbroken(300, "ENDWORDRISK"), inherent_likelihood=2,
                    inherent_impact=3, status="identified")
    incident = ws.incidents.create(
        title=hostile_text(300, "ENDINCIDENT"), severity="high", status="triaged",
        description=hostile_text(field_max("incidents", "description"), "ENDINCDESC"),
        category=hostile_text(field_max("incidents", "category"), "ENDCAT"),
        detected_at=now - timedelta(hours=20),
        links={"assets": [asset], "risks": [risk], "activities": [activity]})
    ws.incidents.add_timeline(incident, at=now - timedelta(hours=19),
                              actor=hostile_text(field_max("timeline_entries", "actor"), "ENDWHO"),
                              kind="note", note=unbroken(field_max("timeline_entries", "note"),
                                                         "ENDNOTE"))
    ws.breaches.assess(incident, aware_at=now - timedelta(hours=19), rights_risk="high",
                       nature=hostile_text(2000, "ENDNATURE"), consequences=hostile_text(2000, "ENDCONS"),
                       measures=MIX, contact_point=hostile_text(2000, "ENDCONTACT"),
                       approx_subjects=1234, approx_records=5678, data_categories=["DC-CONTACT"])
    option = ws.options.create(
        incident_id=incident, name=hostile_text(300, "ENDOPTION"), orientation="it_centric",
        cost_one_off=1234.56,
        description=hostile_text(field_max("response_options", "description"), "ENDOPTDESC"),
        side_risks=MIX)
    decision = ws.decisions.decide(option, hostile_text(field_max("decisions", "rationale"),
                                                   "ENDRATIONALE"))
    return {"incident": incident, "decision": decision, "risk": risk, "activity": activity}


def pdf_problems(path: Path, lang: str) -> list[str]:
    """What a report must not have: a font declared but not embedded, a ToUnicode map
    with an invalid (odd-length) value, no /Lang or another language, no title."""
    import re

    reader = PdfReader(str(path))
    problems = []
    if reader.trailer["/Root"].get("/Lang") != lang:
        problems.append(f"/Lang is {reader.trailer['/Root'].get('/Lang')!r}, not {lang!r}")
    if not (reader.metadata and reader.metadata.title):
        problems.append("no /Title")
    seen = set()
    for page in reader.pages:
        for font in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            font = font.get_object()
            name = str(font.get("/BaseFont"))
            if name in seen:
                continue
            seen.add(name)
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") != "/Type0" and not (descriptor and "/FontFile2" in descriptor):
                problems.append(f"font {name} declared but not embedded")
            if "/ToUnicode" in font:
                cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
                chars = "".join(re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S))
                for value in re.findall(r"^<[0-9A-F]+> <([0-9A-F]*)>$", chars, re.M):
                    if len(value) % 4:
                        problems.append(f"font {name} maps a code to <{value}>")
    return problems


def page_texts(path: Path) -> list[str]:
    """Each page's text on one line."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def render_pages(path: Path, out: Path, first: int = 1, last: int | None = None,
                 dpi: int = 40) -> list[Path]:
    """Rasterise pages ``first``..``last`` (1-based) with PDFium at low resolution into PNGs.

    PDFium is the renderer of Chrome's PDF viewer and ships in the pypdfium2 wheel, so no
    system tool is needed. A page PDFium cannot open or draw fails the test, and so does a
    page that comes out blank.
    """
    out.mkdir(parents=True, exist_ok=True)
    pdf = pdfium.PdfDocument(str(path))
    try:
        total = len(pdf)
        last = total if last is None else min(last, total)
        assert 1 <= first <= last, f"pages {first}–{last} of {total}"
        pages = []
        for number in range(first, last + 1):
            page = pdf[number - 1]
            try:
                image = page.render(scale=dpi / 72).to_pil().convert("L")
            finally:
                page.close()
            low, high = image.getextrema()
            assert low < 200 and high > 200, f"page {number} of {path.name} rendered blank"
            target = out / f"p-{number:03d}.png"
            image.save(target)
            pages.append(target)
    finally:
        pdf.close()
    assert pages and all(p.stat().st_size > 500 for p in pages)
    return pages
