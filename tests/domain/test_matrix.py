"""Known answers for the qualitative risk matrix."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from privguard.domain.errors import ValidationError
from privguard.domain.matrix import (
    DEFAULT_LEVELS,
    DEFAULT_MATRIX,
    Level,
    RiskMatrix,
    Score,
    default_appetite_for,
    default_levels_for,
)


def labels(n: int, prefix: str = "L") -> tuple[str, ...]:
    return tuple(f"{prefix}{i}" for i in range(1, n + 1))


# --- Defaults, pinned --------------------------------------------------------


def test_default_shape_and_labels():
    m = DEFAULT_MATRIX
    assert m.size == (5, 5)
    assert m.max_score == 25
    assert m.likelihood_labels == ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
    assert m.impact_labels == ("Negligible", "Minor", "Moderate", "Major", "Severe")
    assert m.appetite == 8
    assert m.likelihood_bands == (0.05, 0.2, 0.5, 0.8)
    assert m.impact_bands == (10_000, 100_000, 1_000_000, 10_000_000)
    assert m == RiskMatrix()


def test_default_levels_pinned():
    assert [(lv.code, lv.label, lv.min_score, lv.colour) for lv in DEFAULT_MATRIX.levels] == [
        ("low", "Low", 1, "#2e7d32"),
        ("medium", "Medium", 5, "#f9a825"),
        ("high", "High", 10, "#ef6c00"),
        ("critical", "Critical", 17, "#c62828"),
    ]


def test_default_heat_map_pinned():
    m = DEFAULT_MATRIX
    grid = [
        "".join(m.level(likelihood, impact).code[0] for impact in range(1, 6))
        for likelihood in range(5, 0, -1)
    ]
    assert grid == [
        "mhhcc",  # scores 5 10 15 20 25
        "lmhhc",  # scores 4 8 12 16 20
        "lmmhh",  # scores 3 6 9 12 15
        "llmmh",  # scores 2 4 6 8 10
        "llllm",  # scores 1 2 3 4 5
    ]


def test_scores_at_corners():
    m = DEFAULT_MATRIX
    assert m.score(1, 1) == 1
    assert m.score(1, 5) == 5
    assert m.score(5, 1) == 5
    assert m.score(5, 5) == 25
    assert m.level(1, 1).code == "low"
    assert m.level(5, 5).code == "critical"
    assert m.level(1, 5).code == "medium"
    assert m.level(5, 1).code == "medium"


def test_level_for_score_at_thresholds():
    m = DEFAULT_MATRIX
    expected = {
        1: "low",
        4: "low",
        5: "medium",
        9: "medium",
        10: "high",
        16: "high",
        17: "critical",
        20: "critical",
        25: "critical",
    }
    for score, code in expected.items():
        assert m.level_for_score(score).code == code, score


def test_appetite_boundary():
    m = DEFAULT_MATRIX
    assert m.within_appetite(2, 4)  # 8 == appetite: acceptable
    assert m.within_appetite(4, 2)
    assert not m.within_appetite(3, 3)  # 9 > 8
    assert m.within_appetite(1, 1)
    assert not m.within_appetite(5, 5)


@pytest.mark.parametrize(
    ("likelihood", "impact", "field"),
    [
        (0, 1, "likelihood"),
        (6, 1, "likelihood"),
        (1, 0, "impact"),
        (1, 6, "impact"),
        (True, 1, "likelihood"),
        (2.0, 1, "likelihood"),
        (1, "3", "impact"),
    ],
)
def test_score_out_of_range(likelihood, impact, field):
    with pytest.raises(ValidationError) as exc:
        DEFAULT_MATRIX.score(likelihood, impact)
    assert exc.value.field == field
    with pytest.raises(ValidationError):
        DEFAULT_MATRIX.level(likelihood, impact)
    with pytest.raises(ValidationError):
        DEFAULT_MATRIX.within_appetite(likelihood, impact)


@pytest.mark.parametrize("score", [0, 26, -1])
def test_level_for_score_out_of_range(score):
    with pytest.raises(ValidationError) as exc:
        DEFAULT_MATRIX.level_for_score(score)
    assert exc.value.field == "score"


def test_level_by_code():
    assert DEFAULT_MATRIX.level_by_code("high").min_score == 10
    with pytest.raises(ValidationError):
        DEFAULT_MATRIX.level_by_code("extreme")


def test_achievable_scores_5x5():
    assert DEFAULT_MATRIX.achievable_scores() == (1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25)


# --- cell_for at band edges ---------------------------------------------------


@pytest.mark.parametrize(
    ("probability", "likelihood"),
    [
        (0.0, 1),
        (0.0499, 1),
        (0.05, 2),
        (0.1999, 2),
        (0.2, 3),
        (0.5, 4),
        (0.7999, 4),
        (0.8, 5),
        (1.0, 5),
    ],
)
def test_cell_for_likelihood_edges(probability, likelihood):
    assert DEFAULT_MATRIX.cell_for(probability, 0)[0] == likelihood


@pytest.mark.parametrize(
    ("loss", "impact"),
    [
        (0, 1),
        (9_999.99, 1),
        (10_000, 2),
        (99_999, 2),
        (100_000, 3),
        (1_000_000, 4),
        (9_999_999, 4),
        (10_000_000, 5),
        (1e12, 5),
        (float("inf"), 5),
    ],
)
def test_cell_for_impact_edges(loss, impact):
    assert DEFAULT_MATRIX.cell_for(0.5, loss)[1] == impact


def test_cell_for_example():
    # 30 % a year, median loss 250 000 EUR: Possible × Moderate.
    assert DEFAULT_MATRIX.cell_for(0.3, 250_000) == (3, 3)


@pytest.mark.parametrize(
    ("probability", "loss", "field"),
    [
        (-0.01, 1, "annual_probability"),
        (1.01, 1, "annual_probability"),
        (float("nan"), 1, "annual_probability"),
        ("0.5", 1, "annual_probability"),
        (0.5, -1, "median_loss"),
        (0.5, float("nan"), "median_loss"),
        (0.5, None, "median_loss"),
    ],
)
def test_cell_for_rejects_bad_inputs(probability, loss, field):
    with pytest.raises(ValidationError) as exc:
        DEFAULT_MATRIX.cell_for(probability, loss)
    assert exc.value.field == field


def test_cell_for_without_bands():
    m = RiskMatrix(likelihood_bands=None)
    with pytest.raises(ValidationError) as exc:
        m.cell_for(0.5, 1)
    assert exc.value.field == "likelihood_bands"
    m = RiskMatrix(impact_bands=None)
    with pytest.raises(ValidationError) as exc:
        m.cell_for(0.5, 1)
    assert exc.value.field == "impact_bands"


# --- Round trip ------------------------------------------------------------------


def test_to_dict_is_json_safe_and_round_trips():
    d = DEFAULT_MATRIX.to_dict()
    text = json.dumps(d)
    back = RiskMatrix.from_dict(json.loads(text))
    assert back == DEFAULT_MATRIX
    assert d["levels"][3] == {
        "code": "critical",
        "label": "Critical",
        "min_score": 17,
        "colour": "#c62828",
    }
    assert d["appetite"] == 8


def test_from_dict_empty_is_default():
    assert RiskMatrix.from_dict({}) == DEFAULT_MATRIX


def test_from_dict_ignores_unknown_keys():
    d = DEFAULT_MATRIX.to_dict() | {"version": 7, "theme": "dark"}
    assert RiskMatrix.from_dict(d) == DEFAULT_MATRIX


def test_from_dict_partial_keeps_the_rest_default():
    m = RiskMatrix.from_dict({"appetite": 12})
    assert m.appetite == 12
    assert m.levels == DEFAULT_LEVELS


def test_from_dict_custom_matrix_round_trips():
    m = RiskMatrix(
        likelihood_labels=labels(3, "P"),
        impact_labels=labels(4, "I"),
        levels=(Level("ok", "Fine", 1, "#00ff00"), Level("bad", "Bad", 6, "#FF0000")),
        appetite=4,
        likelihood_bands=(0.1, 0.5),
        impact_bands=None,
    )
    assert m.size == (3, 4)
    assert m.max_score == 12
    again = RiskMatrix.from_dict(json.loads(json.dumps(m.to_dict())))
    assert again == m
    assert again.impact_bands is None
    assert hash(again) == hash(m)


def test_from_dict_other_size_scales_defaults():
    m = RiskMatrix.from_dict(
        {"likelihood_labels": list(labels(3)), "impact_labels": list(labels(3))}
    )
    assert m.size == (3, 3)
    assert [lv.min_score for lv in m.levels] == [1, 2, 4, 7]
    assert m.appetite == 2
    assert m.likelihood_bands is None
    assert m.impact_bands is None
    assert RiskMatrix.sized(labels(3), labels(3)) == m


def test_sized_10x10_pinned():
    m = RiskMatrix.sized(labels(10), labels(10))
    assert [lv.min_score for lv in m.levels] == [1, 20, 40, 68]
    assert m.appetite == 32
    assert m.max_score == 100


def test_default_levels_for_5x5_is_default():
    assert default_levels_for(5, 5) == DEFAULT_LEVELS
    assert default_appetite_for(5, 5) == 8


@pytest.mark.parametrize(("rows", "cols"), list(itertools.product(range(3, 11), repeat=2)))
def test_scaled_defaults_valid_for_every_size(rows, cols):
    m = RiskMatrix.sized(labels(rows), labels(cols))
    assert m.size == (rows, cols)
    # Every level holds at least one cell, and corners are lowest and highest.
    used = {m.level(r, c).code for r in range(1, rows + 1) for c in range(1, cols + 1)}
    assert used == {"low", "medium", "high", "critical"}
    assert m.level(1, 1).code == "low"
    assert m.level(rows, cols).code == "critical"
    assert 1 <= m.appetite < m.max_score


def test_constructor_accepts_lists():
    m = RiskMatrix(
        likelihood_labels=list(DEFAULT_MATRIX.likelihood_labels),
        impact_labels=list(DEFAULT_MATRIX.impact_labels),
        levels=list(DEFAULT_LEVELS),
        likelihood_bands=[0.05, 0.2, 0.5, 0.8],
        impact_bands=[10_000, 100_000, 1_000_000, 10_000_000],
    )
    assert m == DEFAULT_MATRIX
    assert isinstance(m.levels, tuple)


# --- Invalid configurations, with the field named ----------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"likelihood_labels": labels(2)}, "likelihood_labels"),
        ({"likelihood_labels": labels(11)}, "likelihood_labels"),
        ({"impact_labels": labels(2)}, "impact_labels"),
        ({"impact_labels": ("a", "b", "c", "d", "A")}, "impact_labels"),  # duplicate, case-blind
        ({"impact_labels": ("a", "b", " ", "d", "e")}, "impact_labels"),
        ({"likelihood_labels": "abcde"}, "likelihood_labels"),
        ({"levels": ()}, "levels"),
        ({"levels": (Level("low", "Low", 2, "#000000"),)}, "levels"),  # first must be 1
        ({"levels": (Level("a", "A", 1, "#000000"), Level("b", "B", 1, "#000000"))}, "levels"),
        (
            {
                "levels": (
                    Level("a", "A", 1, "#000000"),
                    Level("b", "B", 10, "#000000"),
                    Level("c", "C", 5, "#000000"),
                )
            },
            "levels",
        ),  # not ascending
        ({"levels": (Level("a", "A", 1, "#000000"), Level("a", "B", 5, "#000000"))}, "levels"),
        ({"levels": (Level("a", "A", 1, "#000000"), Level("b", "a", 5, "#000000"))}, "levels"),
        ({"levels": (Level("a", "A", 1, "#000000"), Level("b", "B", 26, "#000000"))}, "levels"),
        # 17..19 holds no cell of a 5 × 5 matrix (16 and 20 are the neighbours).
        (
            {
                "levels": (
                    Level("a", "A", 1, "#000000"),
                    Level("b", "B", 17, "#000000"),
                    Level("c", "C", 20, "#000000"),
                )
            },
            "levels",
        ),
        ({"levels": ("low",)}, "levels"),
        ({"appetite": 0}, "appetite"),
        ({"appetite": 26}, "appetite"),
        ({"appetite": 8.0}, "appetite"),
        ({"appetite": True}, "appetite"),
        ({"likelihood_bands": (0.05, 0.2, 0.5)}, "likelihood_bands"),
        ({"likelihood_bands": (0.05, 0.2, 0.2, 0.8)}, "likelihood_bands"),
        ({"likelihood_bands": (0.05, 0.5, 0.2, 0.8)}, "likelihood_bands"),
        ({"likelihood_bands": (0.0, 0.2, 0.5, 0.8)}, "likelihood_bands"),
        ({"likelihood_bands": (0.05, 0.2, 0.5, 1.0)}, "likelihood_bands"),
        ({"likelihood_bands": (0.05, 0.2, 0.5, float("nan"))}, "likelihood_bands"),
        ({"impact_bands": (10, 100, 1000)}, "impact_bands"),
        ({"impact_bands": (0, 100, 1000, 10_000)}, "impact_bands"),
        ({"impact_bands": (10, 100, 100, 10_000)}, "impact_bands"),
        ({"impact_bands": (10, 100, 1000, float("inf"))}, "impact_bands"),
        ({"impact_bands": (10, 100, "1000", 10_000)}, "impact_bands"),
    ],
)
def test_invalid_configurations_name_the_field(changes, field):
    with pytest.raises(ValidationError) as exc:
        RiskMatrix(**changes)
    assert exc.value.field == field
    assert str(exc.value)  # a message for the user, never empty


def test_bands_must_match_a_resized_matrix():
    # Default bands are for 5 steps; a 4-row matrix must bring its own.
    with pytest.raises(ValidationError) as exc:
        RiskMatrix(likelihood_labels=labels(4), levels=default_levels_for(4, 5))
    assert exc.value.field == "likelihood_bands"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"code": "", "label": "Low", "min_score": 1, "colour": "#000000"}, "code"),
        ({"code": "low", "label": " ", "min_score": 1, "colour": "#000000"}, "label"),
        ({"code": "low", "label": "Low", "min_score": 0, "colour": "#000000"}, "min_score"),
        ({"code": "low", "label": "Low", "min_score": 1.5, "colour": "#000000"}, "min_score"),
        ({"code": "low", "label": "Low", "min_score": 1, "colour": "green"}, "colour"),
        ({"code": "low", "label": "Low", "min_score": 1, "colour": "#fff"}, "colour"),
        ({"code": "low", "label": "Low", "min_score": 1, "colour": "#00000g"}, "colour"),
    ],
)
def test_level_validation(kwargs, field):
    with pytest.raises(ValidationError) as exc:
        Level(**kwargs)
    assert exc.value.field == field


@pytest.mark.parametrize(
    "data",
    [
        {"levels": [{"code": "low", "label": "Low", "min_score": 1, "colour": "red"}]},
        {"levels": [{"code": "low"}]},
        {"levels": ["low"]},
        {"levels": "low"},
        {"levels": {"code": "low"}},
    ],
)
def test_from_dict_bad_levels_name_levels(data):
    with pytest.raises(ValidationError) as exc:
        RiskMatrix.from_dict(data)
    assert exc.value.field == "levels"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"likelihood_labels": "Rare"}, "likelihood_labels"),
        ({"likelihood_labels": 5}, "likelihood_labels"),
        ({"impact_labels": ["a", "b"]}, "impact_labels"),
        ({"likelihood_bands": "0.1"}, "likelihood_bands"),
        ({"likelihood_bands": [0.05, 0.2, 0.5, None]}, "likelihood_bands"),
        ({"appetite": "8"}, "appetite"),
    ],
)
def test_from_dict_bad_values(data, field):
    with pytest.raises(ValidationError) as exc:
        RiskMatrix.from_dict(data)
    assert exc.value.field == field


def test_from_dict_rejects_non_mapping():
    with pytest.raises(ValidationError):
        RiskMatrix.from_dict([1, 2, 3])  # type: ignore[arg-type]


# --- Score --------------------------------------------------------------------------


def test_score_value_object():
    s = Score(4, 3)
    assert s.value() == 12
    assert DEFAULT_MATRIX.level(s.likelihood, s.impact).code == "high"
    assert Score(1, 1) == Score(1, 1)
    with pytest.raises(AttributeError):
        s.likelihood = 2  # type: ignore[misc]


@pytest.mark.parametrize(
    ("likelihood", "impact", "field"),
    [
        (0, 1, "likelihood"),
        (1, 0, "impact"),
        (-3, 2, "likelihood"),
        (1.0, 2, "likelihood"),
        (False, 2, "likelihood"),
    ],
)
def test_score_rejects_invalid(likelihood, impact, field):
    with pytest.raises(ValidationError) as exc:
        Score(likelihood, impact)
    assert exc.value.field == field


# --- Properties ----------------------------------------------------------------------


@st.composite
def matrices(draw):
    rows = draw(st.integers(3, 10))
    cols = draw(st.integers(3, 10))
    max_score = rows * cols
    scores = sorted({r * c for r in range(1, rows + 1) for c in range(1, cols + 1)})
    # Level thresholds chosen among achievable scores keep every level reachable.
    extra = draw(st.lists(st.sampled_from(scores[1:]), unique=True, max_size=5))
    thresholds = [1, *sorted(extra)]
    levels = tuple(Level(f"l{i}", f"Level {i}", t, "#123abc") for i, t in enumerate(thresholds))
    appetite = draw(st.integers(1, max_score))
    lbands = draw(
        st.none()
        | st.lists(st.floats(0.001, 0.999), min_size=rows - 1, max_size=rows - 1, unique=True)
        .map(sorted)
        .map(tuple)
    )
    ibands = draw(
        st.none()
        | st.lists(st.integers(1, 10**9), min_size=cols - 1, max_size=cols - 1, unique=True)
        .map(sorted)
        .map(lambda xs: tuple(float(x) for x in xs))
    )
    return RiskMatrix(
        likelihood_labels=labels(rows, "P"),
        impact_labels=labels(cols, "I"),
        levels=levels,
        appetite=appetite,
        likelihood_bands=lbands,
        impact_bands=ibands,
    )


@given(matrices())
def test_round_trip_property(m):
    assert RiskMatrix.from_dict(json.loads(json.dumps(m.to_dict()))) == m


@given(matrices(), st.data())
def test_level_monotone_in_score(m, data):
    a = data.draw(st.integers(1, m.max_score))
    b = data.draw(st.integers(a, m.max_score))
    index = {lv.code: i for i, lv in enumerate(m.levels)}
    assert index[m.level_for_score(a).code] <= index[m.level_for_score(b).code]
    assert m.level_for_score(a).min_score <= a


@given(matrices(), st.data())
def test_level_monotone_along_axes(m, data):
    rows, cols = m.size
    r = data.draw(st.integers(1, rows - 1))
    c = data.draw(st.integers(1, cols))
    assert m.level(r, c).min_score <= m.level(r + 1, c).min_score
    assert m.score(r, c) < m.score(r + 1, c)
    if m.within_appetite(r + 1, c):
        assert m.within_appetite(r, c)


@given(st.floats(0, 1), st.floats(0, 1e9), st.floats(0, 1), st.floats(0, 1e9))
def test_cell_for_monotone(p1, loss1, p2, loss2):
    lo_p, hi_p = sorted((p1, p2))
    lo_l, hi_l = sorted((loss1, loss2))
    a = DEFAULT_MATRIX.cell_for(lo_p, lo_l)
    b = DEFAULT_MATRIX.cell_for(hi_p, hi_l)
    assert 1 <= a[0] <= b[0] <= 5
    assert 1 <= a[1] <= b[1] <= 5
