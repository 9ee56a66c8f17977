"""DPIA screening: the nine EDPB criteria, counts 0/1/2 and suggestions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privguard.domain.dpia import (
    CRITERIA_TEXT,
    DpiaCriterion,
    DpiaScreening,
    DpiaVerdict,
    screen,
    suggested_criteria,
)
from privguard.domain.errors import ValidationError
from privguard.words import words_for

EN, ES = words_for("en"), words_for("es")


def test_nine_criteria_with_stable_codes():
    assert [c.value for c in DpiaCriterion] == [
        "evaluation_scoring",
        "automated_decision",
        "systematic_monitoring",
        "sensitive_data",
        "large_scale",
        "matching_combining",
        "vulnerable_subjects",
        "innovative_technology",
        "prevents_rights",
    ]


def test_every_criterion_has_text():
    assert set(CRITERIA_TEXT) == set(DpiaCriterion)
    labels = set()
    for label, explanation in CRITERIA_TEXT.values():
        assert label and explanation
        assert explanation.endswith(".")
        labels.add(label)
    assert len(labels) == 9


def test_no_criteria():
    s = screen([])
    assert s.count == 0
    assert not s.likely_required
    assert s.verdict == DpiaVerdict.NOT_INDICATED == "not_indicated"
    assert "None of the nine" in EN.say(s.explanation())
    assert s.codes == ()


def test_one_criterion():
    s = screen(["large_scale"])
    assert s.count == 1
    assert not s.likely_required
    assert s.verdict == "consider"
    assert "One of the nine" in EN.say(s.explanation())
    # Found by a new user: the explanation stayed English in a Spanish window.
    assert "nueve" in ES.say(s.explanation()) and "nine" not in ES.say(s.explanation())


def test_two_criteria():
    s = screen([DpiaCriterion.SENSITIVE_DATA, "vulnerable_subjects"])
    assert s.count == 2
    assert s.likely_required
    assert s.verdict == "likely_required"
    assert EN.say(s.explanation()).startswith("2 of the nine")
    assert "2 de los nueve" in ES.say(s.explanation())
    assert s.criteria == frozenset(
        {DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.VULNERABLE_SUBJECTS}
    )


def test_all_nine():
    s = screen(DpiaCriterion)
    assert s.count == 9
    assert s.verdict == "likely_required"
    assert EN.say(s.explanation()).startswith("9 of the nine")


def test_duplicates_count_once():
    s = screen(["large_scale", DpiaCriterion.LARGE_SCALE, "large_scale"])
    assert s.count == 1
    assert s.verdict == "consider"


def test_codes_in_guideline_order():
    s = screen(["prevents_rights", "evaluation_scoring", "large_scale"])
    assert s.codes == ("evaluation_scoring", "large_scale", "prevents_rights")


def test_bare_string_is_one_code():
    assert screen("large_scale").criteria == frozenset({DpiaCriterion.LARGE_SCALE})


@pytest.mark.parametrize("bad", ["profiling", "", "LARGE_SCALE", "large scale"])
def test_unknown_code_rejected(bad):
    with pytest.raises(ValidationError) as exc:
        screen(["large_scale", bad])
    assert exc.value.field == "dpia_criteria"
    assert "nine" in str(exc.value)


def test_screening_is_a_frozen_value():
    a = DpiaScreening(frozenset({DpiaCriterion.LARGE_SCALE}))
    b = screen(["large_scale"])
    assert a == b
    assert hash(a) == hash(b)
    with pytest.raises(AttributeError):
        a.criteria = frozenset()  # type: ignore[misc]
    assert DpiaScreening().count == 0
    # Codes given to the constructor directly are checked too.
    assert DpiaScreening(["large_scale"]).criteria == {DpiaCriterion.LARGE_SCALE}  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        DpiaScreening(frozenset({"nope"}))  # type: ignore[arg-type]


# --- Suggestions -------------------------------------------------------------------


def test_suggest_nothing():
    assert (
        suggested_criteria(
            special_category_data=False, vulnerable_subjects=False, approx_subjects=None
        )
        == ()
    )


def test_suggest_from_facts():
    assert suggested_criteria(
        special_category_data=True, vulnerable_subjects=True, approx_subjects=120_000
    ) == (
        DpiaCriterion.SENSITIVE_DATA,
        DpiaCriterion.LARGE_SCALE,
        DpiaCriterion.VULNERABLE_SUBJECTS,
    )


@pytest.mark.parametrize(
    ("subjects", "large"), [(0, False), (4999, False), (5000, True), (5001, True)]
)
def test_large_scale_threshold_default(subjects, large):
    got = suggested_criteria(
        special_category_data=False, vulnerable_subjects=False, approx_subjects=subjects
    )
    assert (DpiaCriterion.LARGE_SCALE in got) is large


def test_large_scale_threshold_configurable():
    kwargs = {"special_category_data": False, "vulnerable_subjects": False}
    assert suggested_criteria(**kwargs, approx_subjects=100, large_scale_threshold=100) == (
        DpiaCriterion.LARGE_SCALE,
    )
    assert suggested_criteria(**kwargs, approx_subjects=99, large_scale_threshold=100) == ()


def test_other_facts():
    got = suggested_criteria(
        special_category_data=False,
        vulnerable_subjects=False,
        approx_subjects=10,
        criminal_offence_data=True,
        profiling=True,
        automated_decisions=True,
    )
    assert got == (
        DpiaCriterion.EVALUATION_SCORING,
        DpiaCriterion.AUTOMATED_DECISION,
        DpiaCriterion.SENSITIVE_DATA,
    )
    assert screen(got).likely_required


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"approx_subjects": -1}, "approx_subjects"),
        ({"approx_subjects": 1.5}, "approx_subjects"),
        ({"approx_subjects": True}, "approx_subjects"),
        ({"approx_subjects": 10, "large_scale_threshold": 0}, "large_scale_threshold"),
    ],
)
def test_suggest_rejects_bad_numbers(kwargs, field):
    with pytest.raises(ValidationError) as exc:
        suggested_criteria(special_category_data=False, vulnerable_subjects=False, **kwargs)
    assert exc.value.field == field


@given(st.sets(st.sampled_from(list(DpiaCriterion))))
def test_verdict_follows_count(chosen):
    s = screen({c.value for c in chosen})
    assert s.count == len(chosen)
    expected = {0: "not_indicated", 1: "consider"}.get(len(chosen), "likely_required")
    assert s.verdict == expected
    assert s.likely_required is (len(chosen) >= 2)
    assert screen(s.codes) == s
