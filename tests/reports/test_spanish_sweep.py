"""The Spanish sweep of the reports: every report of the demo register, made in Spanish, must
not contain any English original of the catalogue, nor any English of ours at all.

The English originals come from the Spanish ``.po`` itself: every message whose Spanish
differs from its English, cut at its ``{blanks}`` into the literal phrases a reader would see.
A phrase counts when it has at least two words or six letters (shorter ones, such as "No" or
"ID", are the same in both languages or hit inside other words). The text the user typed into
the register (names, titles, descriptions, notes: the demo register is written in English)
is taken out of the PDF's text first; what remains is ours, and must be Spanish.

A string that never reached the catalogue (a literal inside an f-string is not extracted) is
not in the ``.po``, so a second check compares each report with the same report in English:
no two words in a row of ours may read the same in both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

from privguard.services.settings import CONTROLLER_KEYS
from privguard.words_tool import po_path
from tests.reports.helpers import build_demo, open_demo, pdf_text

#: Words that are the same in a Spanish report: proper nouns, codes and loanwords the AEPD uses.
ALLOWED = {
    "PrivGuard", "Ransomware", "ransomware", "Phishing", "phishing", "RGPD", "GDPR", "EDR",
    "DDoS", "Exchange", "numpy", "SHA-256", "UTC",
}
#: Words a Spanish report shares with the English one, and rightly so: Spanish words spelt
#: the same ("obligación legal", "datos personales"), terms the catalogue's Spanish keeps
#: ("shadow IT", "credential stuffing") and names (numpy, the engine's).
SHARED = {
    "Residual", "residual", "accidental", "incompatible", "legal", "personal", "social",
    "bases", "total", "factor", "Phishing", "Ransomware", "shadow", "stuffing", "shadow IT", "numpy",
    "numpy privguard-analysis", "tolerable",
}
#: Keys of the register's records that hold what the user typed (not codes, not our words).
TYPED = {
    "name", "title", "description", "note", "actor", "category", "retention",
    "security_measures", "rationale", "option_name", "decided_by", "side_risks",
    "consequences", "measures", "nature", "contact_point", "lessons_learned",
    "controller_name", "controller_contact", "representative", "dpo_contact",
    "joint_controllers", "recipient", "email", "vendor", "treatment_justification",
    "authority_reference", "subjects_reference", "dpia_reference", "reporter", "owner",
    "subject_title", "documentation",
    # The breach assessment's texts (schema 0003) and its phases' reference and additions.
    "delay_reasons", "lead_authority", "subjects_notice_content", "subjects_channel",
    "subjects_exemption_reason", "no_risk_reasoning", "reference", "added",
}
_BLANK = re.compile(r"\{[^{}]*\}")


def _counts(phrase: str) -> bool:
    return len(phrase.split()) >= 2 or sum(c.isalpha() for c in phrase) >= 6


def english_phrases(po_file: Path) -> set[str]:
    """The English phrases of every message whose Spanish differs from its English."""
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale="es")
    found: set[str] = set()
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        spanish = " ".join(s for s in strings if s)
        for english in ids:
            if english in strings:
                continue  # the same in Spanish ("Residual", "ROSI")
            for fragment in _BLANK.split(english):
                phrase = " ".join(fragment.split()).strip(" ,;:·—–-")
                # A phrase that the Spanish itself keeps (a code, "ALE") is no leftover.
                if _counts(phrase) and phrase not in spanish and phrase not in ALLOWED:
                    found.add(phrase)
    return found


def leftovers(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases that stand as a whole (not inside a longer word) in ``text``."""
    text = " ".join(text.split())
    hits = []
    for phrase in phrases:
        if phrase in text and re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            hits.append(phrase)
    return sorted(hits)


def _typed(value: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _typed(v, k)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _typed(v, key)
    elif isinstance(value, str) and key in TYPED and value.strip():
        yield " ".join(value.split())


def typed_texts(ws: Any) -> list[str]:
    """Everything the user typed into the register, longest first."""
    found = {ws.settings.get("organisation") or "", ws.actor}
    # The controller block of the record of processing, as typed in Settings.
    found.update(" ".join(str(ws.settings.get(key)).split()) for key in CONTROLLER_KEYS)
    for service in (ws.people, ws.services, ws.assets, ws.activities, ws.risks, ws.incidents,
                    ws.options, ws.decisions):
        for row_id in service.rows().column("id"):
            found.update(_typed(service.get(row_id)))
    for activity_id in ws.activities.rows().column("id"):
        found.update(_typed(ws.activities.purposes(activity_id)))
    for incident_id in ws.incidents.rows().column("id"):
        found.update(_typed(ws.incidents.timeline(incident_id)))
        found.update(_typed(ws.breaches.for_incident(incident_id) or {}))
    return sorted((t for t in found if t), key=len, reverse=True)


def without(text: str, typed: list[str]) -> str:
    """``text`` with what the user typed taken out, also where a chart cut it short ("…")."""
    text = " ".join(text.split())
    for value in typed:
        text = text.replace(value, " ¶ ")
    for end in reversed([m.start() for m in re.finditer("…", text)]):
        before = text[max(0, end - 120):end]
        cut = max((k for value in typed for k in range(min(len(value), len(before)), 7, -1)
                   if before.endswith(value[:k])), default=0)
        if cut:
            text = text[:end - cut] + " ¶ " + text[end + 1:]
    return text


_FINGERPRINT_GROUPS = re.compile(r"[0-9A-Fa-f]{4}( [0-9A-Fa-f]{4})*")


def shared_words(english: str, spanish: str) -> list[str]:
    """Words of four letters or more, and two words in a row, that read the same in both."""
    def words(text: str) -> set[str]:
        found = set(re.findall(r"(?<![\w-])[A-Za-z][a-z]{3,}(?![\w-])", text))
        for run in re.split(r"[^\w'’-]*[^\w\s'’-][^\w'’-]*|\b\w*\d\w*\b", text):
            pair = [w for w in run.split() if len(w) >= 2]
            found |= {f"{a} {b}" for a, b in zip(pair, pair[1:], strict=False)}
        return found
    # The certificate fingerprint prints in groups of four hex digits: "CAFE" is not a word.
    return sorted(w for w in words(english) & words(spanish) - SHARED
                  if not _FINGERPRINT_GROUPS.fullmatch(w))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Every report of the demo register in Spanish and in English: each incident and
    decision too; and what the user typed."""
    folder = tmp_path_factory.mktemp("sweep")
    ws = open_demo(build_demo(folder))
    try:
        jobs = [("board", None), ("ropa", None), ("breach-log", None), ("risks", None)]
        jobs += [("incident", i) for i in ws.incidents.rows().column("id")]
        jobs += [("decision", d) for d in ws.decisions.rows().column("id")]
        texts: dict[str, dict[str, str]] = {"es": {}, "en": {}}
        for lang in texts:
            for kind, subject in jobs:
                path = folder / f"{kind}-{subject}-{lang}.pdf"
                ws.reporting.export(kind, path, subject_id=subject, lang=lang)
                texts[lang][f"{kind} {subject or ''}".strip()] = pdf_text(path)
        typed = typed_texts(ws)
    finally:
        ws.close()
    return texts, typed


@pytest.fixture(scope="module")
def spanish_reports(reports):
    texts, typed = reports
    return texts["es"], typed


@pytest.fixture(scope="module")
def phrases():
    return english_phrases(po_path("es"))


def test_the_sweep_knows_the_english_of_the_catalogue(phrases):
    # Report words, catalogue entries, engine sentences and errors are all in the sweep.
    for phrase in ("Executive summary", "Customers", "Identification data",
                   "Endpoint detection and response", "new risks were registered.",
                   "Legitimate interests"):
        assert phrase in phrases, phrase


def test_no_report_leaves_english_in_spanish(spanish_reports, phrases):
    texts, typed = spanish_reports
    assert {k.split()[0] for k in texts} >= {"board", "ropa", "breach-log", "risks", "incident",
                                             "decision"}
    found = {kind: leftovers(without(text, typed), phrases) for kind, text in texts.items()}
    found = {kind: hits for kind, hits in found.items() if hits}
    assert not found, f"English left in the Spanish reports: {found}"


def test_no_english_of_ours_outside_the_catalogue_either(reports):
    texts, typed = reports
    found = {kind: shared_words(without(texts["en"][kind], typed), without(spanish, typed))
             for kind, spanish in texts["es"].items()}
    found = {kind: pairs for kind, pairs in found.items() if pairs}
    assert not found, f"Words that read the same in the English and Spanish reports: {found}"


def test_an_english_string_in_a_spanish_report_fails_the_sweep(spanish_reports, phrases):
    """The sweep is not blind: our English in a Spanish text is found, the user's is not."""
    texts, typed = spanish_reports
    board = without(texts["board"], typed)
    assert leftovers(board + " Top risks ", phrases) == ["Top risks"]
    assert leftovers(board + " 33 new risks were registered.", phrases) == [
        "new risks were registered."]
    # Inside a longer word, or typed by the user, it is not ours.
    assert leftovers(board + " Top riskser", phrases) == []
    assert "Ransomware encrypts mail and file servers" in typed
    assert "Ransomware encrypts mail and file servers" in texts["board"]
    # English of ours that never reached the catalogue is found by the comparison.
    english = "3. Renew or withdraw 0 risk acceptances that have expired: nothing to decide."
    assert shared_words(english, "3. Renovar o retirar 0 aceptaciones de riesgo vencidas: "
                                 "nada que decidir.") == []
    assert shared_words(english, "3. Renovar o retirar 0 aceptaciones de riesgo vencidas: "
                                 "nothing to decide.") == [
        "decide", "nothing", "nothing to", "to decide"]
    assert "reference" in shared_words("Notified (reference AEPD-2026-00042)",
                                       "Notificada (reference AEPD-2026-00042)")
