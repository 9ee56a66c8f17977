"""What a breach notification must say (Art. 33 and 34): the missing items, item by item and
in both languages, and the rules a save obeys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from privguard.domain import breach_notice as bn
from privguard.domain.errors import ValidationError
from privguard.words import words_for

AWARE = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
DUE = AWARE + timedelta(hours=72)
BEFORE_DUE = AWARE + timedelta(hours=10)
EN, ES = words_for("en"), words_for("es")

COMPLETE = {
    "aware_at": AWARE, "rights_risk": "risk", "deadline_hours": 72.0,
    "nature": "Payroll file e-mailed to the wrong bank.", "data_subjects": ["DS-EMPLOYEES"],
    "approx_subjects": 820, "data_categories": ["DC-FINANCIAL"], "approx_records": 820,
    "contact_point": "DPO, dpo@example.org", "consequences": "Fraud attempts.",
    "measures": "The bank deleted the file.", "authority_notified_at": None, "phases": [],
    "delay_reasons": "", "subjects_notice_content": "", "subjects_exemption": None,
    "no_risk_reasoning": "",
}

# Each Art. 33(3) item: the field that holds it, and its line in English and in Spanish.
ITEM_LINES = {
    "nature": ("nature", "Art. 33(3)(a): the nature of the breach",
               "Art. 33(3)(a): la naturaleza de la brecha"),
    "subject_categories": ("data_subjects", "Art. 33(3)(a): the categories of people concerned",
                           "Art. 33(3)(a): las categorías de interesados afectados"),
    "subjects_number": ("approx_subjects",
                        "Art. 33(3)(a): the approximate number of people concerned",
                        "Art. 33(3)(a): el número aproximado de interesados afectados"),
    "record_categories": ("data_categories",
                          "Art. 33(3)(a): the categories of personal data records concerned",
                          "Art. 33(3)(a): las categorías de registros de datos personales "
                          "afectados"),
    "records_number": ("approx_records",
                       "Art. 33(3)(a): the approximate number of personal data records concerned",
                       "Art. 33(3)(a): el número aproximado de registros de datos personales "
                       "afectados"),
    "contact": ("contact_point",
                "Art. 33(3)(b): the name and contact details of the data protection officer or "
                "other contact point",
                "Art. 33(3)(b): el nombre y los datos de contacto del delegado de protección de "
                "datos o de otro punto de contacto"),
    "consequences": ("consequences", "Art. 33(3)(c): the likely consequences of the breach",
                     "Art. 33(3)(c): las posibles consecuencias de la brecha"),
    "measures": ("measures",
                 "Art. 33(3)(d): the measures taken or proposed to address the breach and "
                 "mitigate its effects",
                 "Art. 33(3)(d): las medidas adoptadas o propuestas para poner remedio a la "
                 "brecha y mitigar sus efectos"),
}


def lines(values, lang="en", now=BEFORE_DUE):
    words = EN if lang == "en" else ES
    return [m.phrase().say(words) for m in bn.missing(values, now)]


def test_a_complete_assessment_lacks_nothing():
    assert bn.missing(COMPLETE, BEFORE_DUE) == []
    assert bn.problems({**COMPLETE, "authority_notified_at": BEFORE_DUE}) == []


def test_every_art_33_3_item_is_named_when_missing_in_both_languages():
    assert set(ITEM_LINES) == {item.code for item in bn.ITEMS_33}
    for code, (field, english, spanish) in ITEM_LINES.items():
        empty = [] if isinstance(COMPLETE[field], list) else (
            None if isinstance(COMPLETE[field], int) else "  ")
        values = {**COMPLETE, field: empty}
        assert [m.item.code for m in bn.missing(values, BEFORE_DUE)] == [code]
        assert lines(values, "en") == [english]
        assert lines(values, "es") == [spanish]


def test_a_high_risk_asks_for_the_notice_to_the_people_and_shares_three_items():
    high = {**COMPLETE, "rights_risk": "high", "consequences": ""}
    assert lines(high, "en") == [
        "Art. 33(3)(c), 34(2): the likely consequences of the breach",
        "Art. 34(2): the notice to the people affected, describing the breach in clear and "
        "plain language"]
    assert lines(high, "es") == [
        "Art. 33(3)(c), 34(2): las posibles consecuencias de la brecha",
        "Art. 34(2): la comunicación a los afectados, que describa la brecha en un lenguaje "
        "claro y sencillo"]
    told = {**high, "consequences": "Fraud.", "subjects_notice_content": "We sent your data…"}
    assert bn.missing(told, BEFORE_DUE) == []
    # An Art. 34(3) exemption relied on: Art. 34(2) no longer applies.
    exempt = {**high, "subjects_exemption": "unintelligible"}
    assert lines(exempt, "en") == ["Art. 33(3)(c): the likely consequences of the breach"]


def test_the_reasons_for_the_delay_are_missing_once_the_deadline_has_passed():
    after = DUE + timedelta(hours=1)
    assert lines(COMPLETE, "en", now=after) == ["Art. 33(1): the reasons for the delay"]
    assert lines(COMPLETE, "es", now=after) == ["Art. 33(1): los motivos del retraso"]
    late = {**COMPLETE, "authority_notified_at": DUE + timedelta(hours=5)}
    assert lines(late, "en") == ["Art. 33(1): the reasons for the delay"]
    assert bn.missing({**late, "delay_reasons": "The processor told us late."}) == []
    on_time = {**COMPLETE, "authority_notified_at": DUE}
    assert bn.missing(on_time, after) == []


def test_no_risk_asks_for_the_reasoning_only():
    none = {**COMPLETE, "rights_risk": "none", "nature": "", "measures": ""}
    assert lines(none, "en") == [
        "Art. 33(5): the reasoning for concluding that the breach is unlikely to result in a "
        "risk to people"]
    assert lines(none, "es") == [
        "Art. 33(5): el razonamiento por el que se concluye que es improbable que la brecha "
        "entrañe un riesgo para las personas"]
    assert bn.missing({**none, "no_risk_reasoning": "Encrypted disk."}) == []
    # Not yet assessed: nothing to list.
    assert bn.missing({**COMPLETE, "rights_risk": None}) == []


def test_an_item_a_phase_says_will_follow_is_listed_as_to_follow():
    phases = [{"at": BEFORE_DUE.isoformat(), "reference": "AEPD-1", "added": "",
               "follows": ["consequences"]}]
    values = {**COMPLETE, "consequences": "", "phases": phases}
    [missing] = bn.missing(values, BEFORE_DUE)
    assert missing.follows
    assert lines(values, "en") == [
        "Art. 33(3)(c): the likely consequences of the breach (to follow, Art. 33(4))"]
    assert lines(values, "es") == [
        "Art. 33(3)(c): las posibles consecuencias de la brecha (se facilitará más adelante, "
        "art. 33.4)"]


# --- the rules a save obeys -------------------------------------------------------------------


def test_a_notification_after_the_deadline_without_reasons_is_refused_naming_art_33_1():
    late = {**COMPLETE, "authority_notified_at": DUE + timedelta(hours=3)}
    with pytest.raises(ValidationError) as raised:
        bn.check(late)
    assert raised.value.field == "delay_reasons"
    assert "Art. 33(1)" in EN.error(raised.value)
    assert ES.error(raised.value) == ("Se notificó a la autoridad de control después del plazo: "
                                      "indique los motivos del retraso (art. 33.1).")
    bn.check({**late, "delay_reasons": "The bank confirmed the scope only on day 4."})


def test_a_notification_cannot_be_recorded_as_sent_while_an_item_is_missing():
    values = {**COMPLETE, "measures": "", "authority_notified_at": BEFORE_DUE}
    with pytest.raises(ValidationError) as raised:
        bn.check(values)
    assert raised.value.field == "authority_notified_at"
    assert EN.error(raised.value).startswith(
        "The notification to the supervisory authority cannot be recorded as sent while the "
        "measures taken or proposed to address the breach and mitigate its effects "
        "(Art. 33(3)(d)) is missing")
    assert ES.error(raised.value).startswith(
        "La notificación a la autoridad de control no puede registrarse como enviada mientras "
        "falte las medidas adoptadas o propuestas")
    # Unless a phase says it will follow (Art. 33(4)).
    phased = {**values, "phases": [{"at": BEFORE_DUE.isoformat(), "reference": "", "added": "",
                                    "follows": ["measures"]}]}
    bn.check(phased)


def test_in_phases_the_initial_notification_on_time_is_not_late():
    later = DUE + timedelta(days=5)
    phases = bn.normalise_phases([
        {"at": later, "reference": "AEPD-1/2", "added": "Consequences", "follows": []},
        {"at": BEFORE_DUE, "reference": "AEPD-1", "added": "First facts",
         "follows": ["consequences"]}])
    assert [p["reference"] for p in phases] == ["AEPD-1", "AEPD-1/2"]  # oldest first
    assert bn.phases_problem(phases) is None
    values = {**COMPLETE, "authority_notified_at": BEFORE_DUE, "phases": phases}
    assert not bn.notified_late(values)
    bn.check(values)
    assert [p.reference for p in bn.phases_of(phases)] == ["AEPD-1", "AEPD-1/2"]


def test_rules_apply_to_the_fields_a_save_changes():
    """A breach recorded before these rules (notified late, facts missing) still saves an
    edit of another field; changing what a rule looks at applies it."""
    old = {**COMPLETE, "nature": "", "authority_notified_at": DUE + timedelta(hours=30)}
    assert bn.problems(old, changed={"measures"}) == []
    assert [e.field for e in bn.problems(old, changed={"delay_reasons"})] == ["delay_reasons"]
    assert [e.field for e in bn.problems(old, changed={"nature"})] == ["nature"]
    assert {e.field for e in bn.problems(old, changed=None)} == {"delay_reasons",
                                                                "authority_notified_at"}


def test_phases_cannot_come_before_awareness_or_the_initial_notification():
    early = [{"at": (AWARE - timedelta(hours=1)).isoformat(), "reference": "", "added": "",
              "follows": []}]
    assert [e.field for e in bn.problems({**COMPLETE, "phases": early})] == ["phases"]
    before = [{"at": BEFORE_DUE.isoformat(), "reference": "", "added": "", "follows": []}]
    values = {**COMPLETE, "phases": before,
              "authority_notified_at": BEFORE_DUE + timedelta(hours=1)}
    assert "initial notification" in EN.error(bn.problems(values)[0])


def test_ongoing_or_ended_with_its_start_and_end():
    start = AWARE - timedelta(hours=3)
    ongoing = {**COMPLETE, "breach_state": "ongoing", "breach_started_at": start,
               "breach_ended_at": start + timedelta(hours=1)}
    assert [e.field for e in bn.problems(ongoing)] == ["breach_ended_at"]
    backwards = {**COMPLETE, "breach_state": "ended", "breach_started_at": start,
                 "breach_ended_at": start - timedelta(hours=1)}
    assert ES.error(bn.problems(backwards)[0]) == "La brecha no puede terminar antes de empezar."
    bn.check({**backwards, "breach_ended_at": start})


@pytest.mark.parametrize(("value", "problem"), [
    ([], None),
    ("AEPD", bn.MSG_PHASES_SHAPE),
    ([{"reference": "x"}], bn.MSG_PHASES_SHAPE),
    ([{"at": "2026-11-02T10:00:00", "follows": []}], bn.MSG_PHASE_TIME),
    ([{"at": "yesterday"}], bn.MSG_PHASE_TIME),
    ([{"at": "2026-11-02T10:00:00+00:00", "reference": "x" * 301}], bn.MSG_PHASE_REFERENCE),
    ([{"at": "2026-11-02T10:00:00+00:00", "added": "x" * 20_001}], bn.MSG_PHASE_ADDED),
    ([{"at": "2026-11-02T10:00:00+00:00", "added": "a\x00b"}], bn.MSG_PHASE_UNSTORABLE),
    ([{"at": "2026-11-02T10:00:00+00:00", "follows": ["delay_reasons"]}], bn.MSG_PHASE_FOLLOWS),
    ([{"at": "2026-11-02T10:00:00+00:00", "extra": 1}], bn.MSG_PHASES_SHAPE),
    ([{"at": "2026-11-02T10:00:00+00:00"}] * 51, bn.MSG_TOO_MANY_PHASES),
])
def test_what_a_stored_list_of_phases_may_hold(value, problem):
    assert bn.phases_problem(value) == problem


def test_breach_types_are_the_three_classic_ones():
    assert bn.breach_types_problem(["confidentiality", "availability"]) is None
    assert bn.breach_types_problem(["confidentiality", "confidentiality"]) == bn.MSG_BREACH_TYPES
    assert bn.breach_types_problem(["privacy"]) == bn.MSG_BREACH_TYPES
    assert EN.choice("integrity") == "Integrity" and ES.choice("integrity") == "Integridad"
