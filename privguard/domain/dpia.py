"""DPIA screening with the nine criteria of the EDPB (WP248 rev.01) guidelines.

The guidelines say that processing meeting two or more of the criteria is
likely to need a data protection impact assessment (Art. 35 GDPR); meeting one
may still call for one. The screening records which criteria apply and gives a
verdict; it never decides for the user.

``suggested_criteria`` proposes criteria that follow from facts already in the
record of a processing activity (special-category data, vulnerable people,
numbers of people). Suggestions are shown to the user, never applied silently.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from privguard.domain.errors import ValidationError
from privguard.words import N_, Phrase


class DpiaCriterion(StrEnum):
    """Stable codes, stored as these strings. Order is the guidelines' order."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_COMBINING = "matching_combining"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    PREVENTS_RIGHTS = "prevents_rights"


class DpiaVerdict(StrEnum):
    LIKELY_REQUIRED = "likely_required"
    CONSIDER = "consider"
    NOT_INDICATED = "not_indicated"


#: How many criteria make a DPIA likely to be required.
LIKELY_REQUIRED_AT = 2

#: Default number of people above which processing is suggested as large scale.
#: The GDPR and the EDPB give no number; this is a starting point to review.
DEFAULT_LARGE_SCALE_THRESHOLD = 5000

#: Short label and one-sentence explanation of each criterion, in our own words.
CRITERIA_TEXT: dict[DpiaCriterion, tuple[str, str]] = {
    DpiaCriterion.EVALUATION_SCORING: (
        "Evaluation or scoring",
        "People are evaluated, scored or profiled, for example on their work, "
        "finances, health, preferences, behaviour, location or movements.",
    ),
    DpiaCriterion.AUTOMATED_DECISION: (
        "Automated decisions with significant effect",
        "Decisions that have legal or similarly significant effects on people are "
        "made by automated means.",
    ),
    DpiaCriterion.SYSTEMATIC_MONITORING: (
        "Systematic monitoring",
        "People are observed, monitored or tracked in a systematic way, including "
        "in publicly accessible places.",
    ),
    DpiaCriterion.SENSITIVE_DATA: (
        "Sensitive or highly personal data",
        "The processing uses special-category data, data about criminal offences or "
        "other highly personal data such as financial or location data.",
    ),
    DpiaCriterion.LARGE_SCALE: (
        "Large scale",
        "Many people, a large amount of data, a long period or a wide geographical "
        "area are involved.",
    ),
    DpiaCriterion.MATCHING_COMBINING: (
        "Matching or combining datasets",
        "Data from different sources or purposes are matched or combined in ways "
        "people would not reasonably expect.",
    ),
    DpiaCriterion.VULNERABLE_SUBJECTS: (
        "Vulnerable people",
        "The people concerned are vulnerable or in a weaker position, such as "
        "children, employees, patients or elderly people.",
    ),
    DpiaCriterion.INNOVATIVE_TECHNOLOGY: (
        "Innovative use or new technology",
        "New technologies or new ways of using existing ones are applied, whose "
        "effects on people are not yet well understood.",
    ),
    DpiaCriterion.PREVENTS_RIGHTS: (
        "Blocks a right, service or contract",
        "The processing itself can stop people from exercising a right or from "
        "using a service or entering into a contract.",
    ),
}

# --- Messages shown to the user (plain English; translated by the UI). -------
MSG_UNKNOWN_CRITERION = N_("“{code}” is not one of the nine DPIA screening criteria.")
MSG_SUBJECTS = N_("The approximate number of people must be a whole number of 0 or more.")
MSG_THRESHOLD = N_("The large-scale threshold must be a whole number of 1 or more.")

EXPLANATION_LIKELY_REQUIRED = N_(
    "{count} of the nine screening criteria apply. Under the EDPB guidelines, "
    "processing that meets two or more criteria is likely to require a data "
    "protection impact assessment (DPIA)."
)
EXPLANATION_CONSIDER = N_(
    "One of the nine screening criteria applies. A DPIA is not automatically "
    "indicated, but consider one if the processing is otherwise high risk, and "
    "record why you decided either way."
)
EXPLANATION_NOT_INDICATED = N_(
    "None of the nine screening criteria apply, so the screening does not "
    "indicate a DPIA. Screen again if the processing changes."
)


def _coerce(code: str | DpiaCriterion) -> DpiaCriterion:
    try:
        return DpiaCriterion(code)
    except ValueError:
        raise ValidationError.of(MSG_UNKNOWN_CRITERION, field="dpia_criteria", code=code) from None


def _canonical(criteria: Iterable[DpiaCriterion]) -> tuple[DpiaCriterion, ...]:
    chosen = set(criteria)
    return tuple(c for c in DpiaCriterion if c in chosen)


@dataclass(frozen=True)
class DpiaScreening:
    """Which criteria apply, and what that means."""

    criteria: frozenset[DpiaCriterion] = frozenset()

    def __post_init__(self) -> None:
        if isinstance(self.criteria, str):
            raise ValidationError.of(MSG_UNKNOWN_CRITERION, field="dpia_criteria", code=self.criteria)
        object.__setattr__(self, "criteria", frozenset(_coerce(c) for c in self.criteria))

    @property
    def count(self) -> int:
        return len(self.criteria)

    @property
    def likely_required(self) -> bool:
        return self.count >= LIKELY_REQUIRED_AT

    @property
    def verdict(self) -> DpiaVerdict:
        if self.likely_required:
            return DpiaVerdict.LIKELY_REQUIRED
        if self.count == 1:
            return DpiaVerdict.CONSIDER
        return DpiaVerdict.NOT_INDICATED

    @property
    def codes(self) -> tuple[str, ...]:
        """The criteria's codes in the guidelines' order, for storage and display."""
        return tuple(str(c) for c in _canonical(self.criteria))

    def explanation(self) -> Phrase:
        """The verdict explained, in words the window and the report translate."""
        verdict = self.verdict
        if verdict is DpiaVerdict.LIKELY_REQUIRED:
            return Phrase(EXPLANATION_LIKELY_REQUIRED, count=self.count)
        if verdict is DpiaVerdict.CONSIDER:
            return Phrase(EXPLANATION_CONSIDER)
        return Phrase(EXPLANATION_NOT_INDICATED)


def screen(criteria: Iterable[str | DpiaCriterion]) -> DpiaScreening:
    """Screen a set of criterion codes; an unknown code is a ValidationError."""
    if isinstance(criteria, str):
        # A bare string is one code, not a sequence of letters.
        criteria = [criteria]
    return DpiaScreening(frozenset(_coerce(c) for c in criteria))


def suggested_criteria(
    *,
    special_category_data: bool,
    vulnerable_subjects: bool,
    approx_subjects: int | None,
    large_scale_threshold: int = DEFAULT_LARGE_SCALE_THRESHOLD,
    criminal_offence_data: bool = False,
    automated_decisions: bool = False,
    profiling: bool = False,
) -> tuple[DpiaCriterion, ...]:
    """Criteria implied by facts of a processing activity, in the guidelines' order.

    * special-category (Art. 9) or criminal-offence (Art. 10) data → sensitive data;
    * vulnerable data subjects (children, employees, patients…) → vulnerable people;
    * ``approx_subjects`` at or above ``large_scale_threshold`` → large scale
      (unknown numbers suggest nothing);
    * profiling → evaluation or scoring;
    * automated decisions with legal or similar effect → automated decisions.
    """
    if approx_subjects is not None and (
        not isinstance(approx_subjects, int)
        or isinstance(approx_subjects, bool)
        or approx_subjects < 0
    ):
        raise ValidationError(MSG_SUBJECTS, field="approx_subjects")
    if (
        not isinstance(large_scale_threshold, int)
        or isinstance(large_scale_threshold, bool)
        or large_scale_threshold < 1
    ):
        raise ValidationError(MSG_THRESHOLD, field="large_scale_threshold")
    found: set[DpiaCriterion] = set()
    if special_category_data or criminal_offence_data:
        found.add(DpiaCriterion.SENSITIVE_DATA)
    if vulnerable_subjects:
        found.add(DpiaCriterion.VULNERABLE_SUBJECTS)
    if approx_subjects is not None and approx_subjects >= large_scale_threshold:
        found.add(DpiaCriterion.LARGE_SCALE)
    if profiling:
        found.add(DpiaCriterion.EVALUATION_SCORING)
    if automated_decisions:
        found.add(DpiaCriterion.AUTOMATED_DECISION)
    return _canonical(found)
