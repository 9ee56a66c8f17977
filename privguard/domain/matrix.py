"""The register's qualitative risk matrix.

A matrix has likelihood rows and impact columns (3 to 10 of each, 5 × 5 by
default). A cell's score is ``likelihood × impact`` (both 1-based), so the
default scores run from 1 to 25. Levels (low, medium, ...) are derived from the
score through ascending thresholds and are never stored beside it. The appetite
is the highest score the organisation accepts without treatment.

Optional bands link the qualitative scale to quantitative estimates, so a
simulation can *suggest* a cell (never replace the owner's judgement):

* ``likelihood_bands`` are annual probabilities that separate the rows. With
  the default ``(0.05, 0.2, 0.5, 0.8)``: row 1 is below 5 %, row 2 is 5 % up to
  (not including) 20 %, ..., row 5 is 80 % or more.
* ``impact_bands`` are amounts of money (EUR by default) that separate the
  columns, read the same way: column 1 is below 10 000, column 2 is 10 000 up
  to (not including) 100 000, ..., column 5 is 10 000 000 or more.

A value exactly on a bound therefore belongs to the higher row or column.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase

MIN_AXIS = 3
MAX_AXIS = 10

DEFAULT_LIKELIHOOD_LABELS: tuple[str, ...] = (
    "Rare",
    "Unlikely",
    "Possible",
    "Likely",
    "Almost certain",
)
DEFAULT_IMPACT_LABELS: tuple[str, ...] = (
    "Negligible",
    "Minor",
    "Moderate",
    "Major",
    "Severe",
)
DEFAULT_APPETITE = 8
DEFAULT_LIKELIHOOD_BANDS: tuple[float, ...] = (0.05, 0.2, 0.5, 0.8)
DEFAULT_IMPACT_BANDS: tuple[float, ...] = (10_000.0, 100_000.0, 1_000_000.0, 10_000_000.0)

_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")

# --- Messages shown to the user: message ids, translated where they are shown. ---
# {axis} is a Phrase ("likelihood"), {step} an axis label and {level} a level's label
# as the user wrote them (the default ones are translated as matrix labels).
MSG_LEVEL_CODE_EMPTY = N_("Every level needs a short code, such as “low”.")
MSG_LEVEL_LABEL_EMPTY = N_("Every level needs a name, such as “Low”.")
MSG_LEVEL_MIN_SCORE = N_("The lowest score of a level must be a whole number of 1 or more.")
MSG_LEVEL_COLOUR = N_(
    "A level's colour must be written as # followed by six hex digits, such as #2e7d32."
)
MSG_AXIS_SIZE = N_("The matrix needs between {low} and {high} {axis} steps.")
MSG_AXIS_LABEL_EMPTY = N_("Every {axis} step needs a name.")
MSG_AXIS_LABEL_DUPLICATE = N_("Two {axis} steps are both called “{step}”; each needs its own name.")
MSG_LEVELS_EMPTY = N_("The matrix needs at least one level.")
MSG_LEVELS_FIRST = N_("The first level must start at score 1, so that every cell has a level.")
MSG_LEVELS_ORDER = N_("Levels must be listed from lowest to highest, each starting at a higher score than the one before.")
MSG_LEVELS_CODE_DUPLICATE = N_("Two levels use the code “{code}”; each level needs its own code.")
MSG_LEVELS_LABEL_DUPLICATE = N_("Two levels are both called “{level}”; each level needs its own name.")
MSG_LEVEL_UNREACHABLE = N_(
    "No cell of the matrix falls in the level “{level}”; change its lowest score or remove it."
)
MSG_APPETITE = N_("The risk appetite must be a whole number between 1 and {max_score}.")
MSG_BANDS_LENGTH = N_("There must be exactly {expected} {axis} band limits, one fewer than the number of {axis} steps.")
MSG_BANDS_ORDER = N_("The {axis} band limits must increase from one to the next.")
MSG_PROBABILITY_BANDS_RANGE = N_(
    "Likelihood band limits are yearly probabilities and must lie strictly between 0 and 1."
)
MSG_MONEY_BANDS_RANGE = N_("Impact band limits are amounts of money and must be greater than 0.")
MSG_LIKELIHOOD_RANGE = N_("Likelihood must be a whole number from 1 to {high}.")
MSG_IMPACT_RANGE = N_("Impact must be a whole number from 1 to {high}.")
MSG_SCORE_RANGE = N_("A score must be a whole number from 1 to {high}.")
MSG_NO_LIKELIHOOD_BANDS = N_(
    "This matrix has no likelihood bands, so a likelihood cannot be suggested."
)
MSG_NO_IMPACT_BANDS = N_("This matrix has no impact bands, so an impact cannot be suggested.")
MSG_PROBABILITY = N_("A yearly probability must be a number from 0 to 1.")
MSG_LOSS = N_("A loss must be a number of 0 or more.")
MSG_UNKNOWN_LEVEL = N_("There is no level with the code “{code}”.")
MSG_BAD_SETTINGS = N_("The matrix settings are not in a form PrivGuard can read.")
MSG_SCORE_PART = N_("Likelihood and impact must be whole numbers of 1 or more.")

AXIS_LIKELIHOOD = Phrase(N_("likelihood"))
AXIS_IMPACT = Phrase(N_("impact"))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class Level:
    """A band of scores: every score from ``min_score`` up to the next level's."""

    code: str
    label: str
    min_score: int
    colour: str

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not self.code.strip():
            raise ValidationError(MSG_LEVEL_CODE_EMPTY, field="code")
        if not isinstance(self.label, str) or not self.label.strip():
            raise ValidationError(MSG_LEVEL_LABEL_EMPTY, field="label")
        if not _is_int(self.min_score) or self.min_score < 1:
            raise ValidationError(MSG_LEVEL_MIN_SCORE, field="min_score")
        if not isinstance(self.colour, str) or not _COLOUR_RE.match(self.colour):
            raise ValidationError(MSG_LEVEL_COLOUR, field="colour")

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "label": self.label,
            "min_score": self.min_score,
            "colour": self.colour,
        }


DEFAULT_LEVELS: tuple[Level, ...] = (
    Level("low", "Low", 1, "#2e7d32"),
    Level("medium", "Medium", 5, "#f9a825"),
    Level("high", "High", 10, "#ef6c00"),
    Level("critical", "Critical", 17, "#c62828"),
)


def _achievable_scores(rows: int, cols: int) -> frozenset[int]:
    return frozenset(r * c for r in range(1, rows + 1) for c in range(1, cols + 1))


def default_levels_for(rows: int, cols: int) -> tuple[Level, ...]:
    """The default four levels scaled to a ``rows × cols`` matrix.

    On 5 × 5 this is exactly ``DEFAULT_LEVELS`` (1, 5, 10, 17). Elsewhere each
    threshold keeps its share of the highest score (5/25, 10/25, 17/25),
    rounded up. For every size from 3 × 3 to 10 × 10 this leaves at least one
    cell in each level (the tests check all 64 sizes).
    """
    _check_axis_size(rows, AXIS_LIKELIHOOD, "likelihood_labels")
    _check_axis_size(cols, AXIS_IMPACT, "impact_labels")
    max_score = rows * cols
    default_max = len(DEFAULT_LIKELIHOOD_LABELS) * len(DEFAULT_IMPACT_LABELS)
    thresholds = [1]
    for level in DEFAULT_LEVELS[1:]:
        # Integer ceiling, so 17/25 of 25 is exactly 17 (no float rounding).
        thresholds.append(max(-(-level.min_score * max_score // default_max), thresholds[-1] + 1))
    return tuple(
        Level(level.code, level.label, threshold, level.colour)
        for level, threshold in zip(DEFAULT_LEVELS, thresholds, strict=True)
    )


def default_appetite_for(rows: int, cols: int) -> int:
    """The default appetite (8 of 25) scaled to a ``rows × cols`` matrix, rounded down."""
    default_max = len(DEFAULT_LIKELIHOOD_LABELS) * len(DEFAULT_IMPACT_LABELS)
    return max(1, DEFAULT_APPETITE * rows * cols // default_max)


def _check_axis_size(n: int, axis: str, field_name: str) -> None:
    if not (MIN_AXIS <= n <= MAX_AXIS):
        raise ValidationError.of(MSG_AXIS_SIZE, field=field_name, low=MIN_AXIS, high=MAX_AXIS, axis=axis)


def _check_labels(labels: tuple[str, ...], axis: str, field_name: str) -> None:
    _check_axis_size(len(labels), axis, field_name)
    seen: set[str] = set()
    for label in labels:
        if not isinstance(label, str) or not label.strip():
            raise ValidationError.of(MSG_AXIS_LABEL_EMPTY, field=field_name, axis=axis)
        key = label.strip().casefold()
        if key in seen:
            raise ValidationError.of(MSG_AXIS_LABEL_DUPLICATE, field=field_name, axis=axis, step=label.strip())
        seen.add(key)


def _check_bands(
    bands: tuple[float, ...], steps: int, axis: str, field_name: str, *, probability: bool
) -> None:
    if len(bands) != steps - 1:
        raise ValidationError.of(MSG_BANDS_LENGTH, field=field_name, expected=steps - 1, axis=axis)
    range_msg = MSG_PROBABILITY_BANDS_RANGE if probability else MSG_MONEY_BANDS_RANGE
    for value in bands:
        if not _is_number(value) or not math.isfinite(value) or value <= 0:
            raise ValidationError(range_msg, field=field_name)
        if probability and value >= 1:
            raise ValidationError(range_msg, field=field_name)
    if any(b <= a for a, b in zip(bands, bands[1:], strict=False)):
        raise ValidationError.of(MSG_BANDS_ORDER, field=field_name, axis=axis)


def _as_tuple(value: Any, field_name: str) -> tuple[Any, ...]:
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValidationError(MSG_BAD_SETTINGS, field=field_name)
    return tuple(value)


def _as_float_bands(value: Any, field_name: str) -> tuple[float, ...] | None:
    if value is None:
        return None
    items = _as_tuple(value, field_name)
    for item in items:
        if not _is_number(item):
            raise ValidationError(MSG_BAD_SETTINGS, field=field_name)
    return tuple(float(item) for item in items)


@dataclass(frozen=True)
class RiskMatrix:
    """Labels, levels, appetite and optional quantitative bands of a register."""

    likelihood_labels: tuple[str, ...] = DEFAULT_LIKELIHOOD_LABELS
    impact_labels: tuple[str, ...] = DEFAULT_IMPACT_LABELS
    levels: tuple[Level, ...] = DEFAULT_LEVELS
    appetite: int = DEFAULT_APPETITE
    likelihood_bands: tuple[float, ...] | None = DEFAULT_LIKELIHOOD_BANDS
    impact_bands: tuple[float, ...] | None = DEFAULT_IMPACT_BANDS
    # Scores a cell can actually have; derived, not compared or printed.
    _scores: frozenset[int] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # Accept lists (e.g. from JSON) but store tuples, so the value is hashable.
        likelihood = _as_tuple(self.likelihood_labels, "likelihood_labels")
        impact = _as_tuple(self.impact_labels, "impact_labels")
        levels = _as_tuple(self.levels, "levels")
        object.__setattr__(self, "likelihood_labels", likelihood)
        object.__setattr__(self, "impact_labels", impact)
        object.__setattr__(self, "levels", levels)
        object.__setattr__(
            self, "likelihood_bands", _as_float_bands(self.likelihood_bands, "likelihood_bands")
        )
        object.__setattr__(self, "impact_bands", _as_float_bands(self.impact_bands, "impact_bands"))

        _check_labels(likelihood, AXIS_LIKELIHOOD, "likelihood_labels")
        _check_labels(impact, AXIS_IMPACT, "impact_labels")
        rows, cols = len(likelihood), len(impact)
        max_score = rows * cols
        scores = _achievable_scores(rows, cols)
        object.__setattr__(self, "_scores", scores)

        if not levels:
            raise ValidationError(MSG_LEVELS_EMPTY, field="levels")
        if not all(isinstance(level, Level) for level in levels):
            raise ValidationError(MSG_BAD_SETTINGS, field="levels")
        if levels[0].min_score != 1:
            raise ValidationError(MSG_LEVELS_FIRST, field="levels")
        codes: set[str] = set()
        labels: set[str] = set()
        for i, level in enumerate(levels):
            if i and level.min_score <= levels[i - 1].min_score:
                raise ValidationError(MSG_LEVELS_ORDER, field="levels")
            if level.code in codes:
                raise ValidationError.of(MSG_LEVELS_CODE_DUPLICATE, field="levels", code=level.code)
            label_key = level.label.strip().casefold()
            if label_key in labels:
                raise ValidationError.of(MSG_LEVELS_LABEL_DUPLICATE, field="levels", level=level.label)
            codes.add(level.code)
            labels.add(label_key)
            upper = levels[i + 1].min_score if i + 1 < len(levels) else max_score + 1
            if not any(level.min_score <= s < upper for s in scores):
                raise ValidationError.of(MSG_LEVEL_UNREACHABLE, field="levels", level=level.label)

        if not _is_int(self.appetite) or not (1 <= self.appetite <= max_score):
            raise ValidationError.of(MSG_APPETITE, field="appetite", max_score=max_score)

        if self.likelihood_bands is not None:
            _check_bands(
                self.likelihood_bands, rows, AXIS_LIKELIHOOD, "likelihood_bands", probability=True
            )
        if self.impact_bands is not None:
            _check_bands(self.impact_bands, cols, AXIS_IMPACT, "impact_bands", probability=False)

    # --- Shape -------------------------------------------------------------

    @property
    def size(self) -> tuple[int, int]:
        """(likelihood rows, impact columns)."""
        return len(self.likelihood_labels), len(self.impact_labels)

    @property
    def max_score(self) -> int:
        rows, cols = self.size
        return rows * cols

    # --- Scoring -----------------------------------------------------------

    def score(self, likelihood: int, impact: int) -> int:
        """``likelihood × impact``; both 1-based and within the matrix."""
        rows, cols = self.size
        if not _is_int(likelihood) or not (1 <= likelihood <= rows):
            raise ValidationError.of(MSG_LIKELIHOOD_RANGE, field="likelihood", high=rows)
        if not _is_int(impact) or not (1 <= impact <= cols):
            raise ValidationError.of(MSG_IMPACT_RANGE, field="impact", high=cols)
        return likelihood * impact

    def level_for_score(self, score: int) -> Level:
        if not _is_int(score) or not (1 <= score <= self.max_score):
            raise ValidationError.of(MSG_SCORE_RANGE, field="score", high=self.max_score)
        found = self.levels[0]
        for level in self.levels:
            if level.min_score > score:
                break
            found = level
        return found

    def level(self, likelihood: int, impact: int) -> Level:
        return self.level_for_score(self.score(likelihood, impact))

    def level_by_code(self, code: str) -> Level:
        for level in self.levels:
            if level.code == code:
                return level
        raise ValidationError.of(MSG_UNKNOWN_LEVEL, field="level", code=code)

    def within_appetite(self, likelihood: int, impact: int) -> bool:
        """True when the cell's score is at or below the appetite."""
        return self.score(likelihood, impact) <= self.appetite

    def achievable_scores(self) -> tuple[int, ...]:
        """Every score some cell of this matrix has, ascending."""
        return tuple(sorted(self._scores))

    # --- Quantitative suggestion -------------------------------------------

    def cell_for(self, annual_probability: float, median_loss: float) -> tuple[int, int]:
        """Suggested (likelihood, impact), 1-based, for a yearly probability and a loss.

        A value exactly on a band limit falls in the higher row or column.
        """
        if self.likelihood_bands is None:
            raise ValidationError(MSG_NO_LIKELIHOOD_BANDS, field="likelihood_bands")
        if self.impact_bands is None:
            raise ValidationError(MSG_NO_IMPACT_BANDS, field="impact_bands")
        if (
            not _is_number(annual_probability)
            or not math.isfinite(annual_probability)
            or not (0.0 <= annual_probability <= 1.0)
        ):
            raise ValidationError(MSG_PROBABILITY, field="annual_probability")
        if not _is_number(median_loss) or math.isnan(median_loss) or median_loss < 0:
            raise ValidationError(MSG_LOSS, field="median_loss")
        likelihood = bisect_right(self.likelihood_bands, annual_probability) + 1
        impact = bisect_right(self.impact_bands, median_loss) + 1
        return likelihood, impact

    # --- Persistence -------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe description; ``from_dict`` reads it back."""
        return {
            "likelihood_labels": list(self.likelihood_labels),
            "impact_labels": list(self.impact_labels),
            "levels": [level.to_dict() for level in self.levels],
            "appetite": self.appetite,
            "likelihood_bands": (
                None if self.likelihood_bands is None else list(self.likelihood_bands)
            ),
            "impact_bands": None if self.impact_bands is None else list(self.impact_bands),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RiskMatrix:
        """Read ``to_dict`` output. Unknown keys are ignored; missing keys take defaults.

        Defaults for missing levels and appetite are scaled to the matrix size
        (see ``default_levels_for``); missing bands default only on a 5 × 5
        matrix and are left out (``None``) on other sizes.
        """
        if not isinstance(data, Mapping):
            raise ValidationError(MSG_BAD_SETTINGS, field="matrix")
        likelihood = _as_tuple(
            data.get("likelihood_labels", DEFAULT_LIKELIHOOD_LABELS), "likelihood_labels"
        )
        impact = _as_tuple(data.get("impact_labels", DEFAULT_IMPACT_LABELS), "impact_labels")
        _check_labels(likelihood, AXIS_LIKELIHOOD, "likelihood_labels")
        _check_labels(impact, AXIS_IMPACT, "impact_labels")
        rows, cols = len(likelihood), len(impact)

        if "levels" in data:
            levels = tuple(_level_from_dict(item) for item in _as_tuple(data["levels"], "levels"))
        else:
            levels = default_levels_for(rows, cols)
        appetite = data.get("appetite", default_appetite_for(rows, cols))
        if "likelihood_bands" in data:
            likelihood_bands = data["likelihood_bands"]
        else:
            likelihood_bands = DEFAULT_LIKELIHOOD_BANDS if rows == 5 else None
        if "impact_bands" in data:
            impact_bands = data["impact_bands"]
        else:
            impact_bands = DEFAULT_IMPACT_BANDS if cols == 5 else None
        return cls(
            likelihood_labels=likelihood,
            impact_labels=impact,
            levels=levels,
            appetite=appetite,
            likelihood_bands=likelihood_bands,
            impact_bands=impact_bands,
        )

    @classmethod
    def sized(cls, likelihood_labels: Sequence[str], impact_labels: Sequence[str]) -> RiskMatrix:
        """A matrix with these labels and defaults scaled to its size."""
        return cls.from_dict(
            {"likelihood_labels": list(likelihood_labels), "impact_labels": list(impact_labels)}
        )


def _level_from_dict(item: Any) -> Level:
    if not isinstance(item, Mapping):
        raise ValidationError(MSG_BAD_SETTINGS, field="levels")
    try:
        return Level(
            code=item.get("code", ""),
            label=item.get("label", ""),
            min_score=item.get("min_score", 0),
            colour=item.get("colour", ""),
        )
    except ValidationError as exc:
        raise exc.on("levels") from exc


DEFAULT_MATRIX = RiskMatrix()


@dataclass(frozen=True)
class Score:
    """A cell of a matrix, 1-based. Whether it fits a given matrix is that matrix's check."""

    likelihood: int
    impact: int

    def __post_init__(self) -> None:
        if not _is_int(self.likelihood) or self.likelihood < 1:
            raise ValidationError(MSG_SCORE_PART, field="likelihood")
        if not _is_int(self.impact) or self.impact < 1:
            raise ValidationError(MSG_SCORE_PART, field="impact")

    def value(self) -> int:
        return self.likelihood * self.impact
