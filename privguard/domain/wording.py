"""Words the program composes: the analysis engine's sentence templates and metric names.

The templates (``T``) are gettext message ids, translated where they are shown
(``privguard.words``), so the decision an officer reads on screen is worded
exactly as the one the board reads on paper. A template's blanks must stay as
they are in a translation; ``{x:money}`` marks an amount. Metric names are the
constants of ``privguard.analysis.results``; those named per service or per cost
component are read back into their template here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from privguard.words import N_, Phrase, Words, words_for


class T:
    """The engine's sentence templates (English); ``Phrase(T.X, ...)`` fills one in."""

    # Blanks named in a template are the values the engine passes; keep them in translations.

    GORDON_LOEB = N_("Spends more a year than ALE/e ({limit:money}), the Gordon–Loeb bound: "
                   "check the estimates before investing this much.")
    P95_ANNUAL_OVER = N_("P95 annual loss {p95:money} is above the tolerance {tolerance:money}.")
    CELL_OVER_APPETITE = N_("The suggested cell scores {score}, above the risk appetite.")
    WIDE_RANGE = N_("Check the {component} range {low:money}–{high:money}: it is so wide that its "
                  "mean per event ({mean:money}) is above its high end. A lognormal cannot be "
                  "zero; give the range of the loss when it happens and a probability (as for "
                  "secondary loss).")
    OPTION_SAYS = N_("{option}: {problem}")
    NONE_MEETS = N_("No option meets every constraint; the cheapest is named anyway.")
    KEEP_AS_IS = N_("Keep the risk as is: no option lowers the expected total cost a year "
                  "below {cost:money}.")
    LOWEST_ANNUAL_MEETING = N_("{option}: lowest expected total cost a year ({cost:money}) among "
                             "the options meeting the constraints.")
    LOWEST_ANNUAL_NONE = N_("{option}: lowest expected total cost a year ({cost:money}) among the "
                          "options (none meets them).")
    LOWEST_COST_MEETING = N_("{option}: lowest expected cost ({cost:money}) among the options "
                           "meeting the constraints.")
    LOWEST_COST_NONE = N_("{option}: lowest expected cost ({cost:money}) among the options (none meets them).")
    P95_COST_OVER = N_("P95 cost {p95:money} is above the tolerance {tolerance:money}.")
    OVER_MTD = N_("Downtime exceeds the MTD in {share:.0%} of trials (limit {limit:.0%}).")
    DEADLINE_MISSED = N_("The notification deadline is missed in {share:.0%} of trials "
                       "(limit {limit:.0%}).")
    DESTROYS_EVIDENCE = N_("Destroys forensic evidence.")
    AS_IS = N_("{metric} as is")
    OF_OPTION = N_("{metric} of {option}")
    FREQUENCY = N_("Frequency (events a year)")
    LOSS_PER_EVENT = N_("Loss per event: {component}")
    OPTION_DOWNTIME = N_("{option}: downtime (h)")
    OPTION_CONTAINMENT = N_("{option}: time to contain (h)")
    OPTION_REINFECTION = N_("{option}: probability of re-infection")
    EXFILTRATION_PER_HOUR = N_("Exfiltration cost per hour")
    EVIDENCE_LOST = N_("Cost of lost evidence")
    LATE_NOTIFICATION = N_("Cost of a late notification")
    DOWNTIME_CURVES = N_("Cost-of-downtime curves")
    HALF = N_("half")
    DOUBLE = N_("double")
    # Pure formats, not words: every language writes them the same way, so no message id.
    NUMBER = "{value:g}"
    AMOUNT = "{value:money}"
    # Metrics named per business service or per cost component.
    P_OVER_MTD_OF = N_("P(downtime > MTD: {service})")
    EXPECTED_PART = N_("Expected cost: {component}")
    # The rule: the constraint that decided (one option alone meets it, or none does).
    ONLY_WITHIN_MTD = N_("{option}: the only option that keeps {service} within its MTD in "
                         "{share:.0%} of cases (at least {required:.0%} required).")
    ONLY_MEETS_DEADLINE = N_("{option}: the only option that meets the notification deadline "
                             "in {share:.0%} of cases (at least {required:.0%} required).")
    ONLY_WITHIN_TOLERANCE = N_("{option}: the only option whose {metric} ({p95:money}) is "
                               "within the tolerance {tolerance:money}.")
    ONLY_WITHIN_APPETITE = N_("{option}: the only option whose suggested cell is within the "
                              "risk appetite.")
    NONE_WITHIN_MTD = N_("No option keeps {service} within its MTD in {required:.0%} of cases; "
                         "{option} violates the constraints least (within its MTD in "
                         "{share:.0%} of cases).")
    NONE_MEETS_DEADLINE = N_("No option meets the notification deadline in {required:.0%} of "
                             "cases; {option} violates the constraints least (deadline met in "
                             "{share:.0%} of cases).")
    NONE_WITHIN_TOLERANCE = N_("No option keeps its {metric} within the tolerance "
                               "{tolerance:money}; {option} violates the constraints least "
                               "({p95:money}).")
    NONE_WITHIN_APPETITE = N_("No option brings the risk within the appetite; {option} "
                              "violates the constraints least (score {score}).")
    NONE_MEETS_ANY = N_("No option meets every constraint; {option} violates them least.")
    LEAST_VIOLATING_RULE = N_("No option meets every constraint: the least violating is "
                              "named (the smallest total excess over the limits, then the "
                              "lowest expected cost).")
    WITHIN_NOISE = N_("{option} and {other} differ by {difference:money} in expected cost, "
                      "less than {multiple:g} paired standard errors ({se:money}): within "
                      "noise. Run more trials or decide on other grounds.")
    # Break-evens: where an input flips the recommendation.
    STAYS_BEST_BELOW = N_("{option} stays best while {input} < {value} (then {other})")
    STAYS_BEST_ABOVE = N_("{option} stays best while {input} > {value} (then {other})")
    NO_FLIP = N_("{option} stays best for {input} from {low} to {high}: no flip in range")
    MOST_LIKELY = N_("{input}, most likely")
    OPTION_REINFECTION_DOWNTIME = N_("{option}: downtime after a re-infection (h)")
    OPTION_REINFECTION_DELAY = N_("{option}: hours until the attacker is back")
    OPTION_DATA_LOSS = N_("{option}: data lost (h)")
    OPTION_COST_ONE_OFF = N_("{option}: one-off cost")
    OPTION_COST_PER_INCIDENT = N_("{option}: cost per incident")
    OPTION_COST_YEARLY = N_("{option}: yearly cost")
    OPTION_FREQUENCY_FACTOR = N_("{option}: frequency factor")
    RECORDS_PER_HOUR = N_("Records exposed per hour uncontained")
    COST_PER_RECORD = N_("Cost per record exposed")
    SCOPE_FACTOR = N_("Breach scope factor when evidence is lost")
    DELAY_FACTOR = N_("Investigation delay factor when evidence is lost")
    ANALYSIS_HOURS = N_("Analysis time (h)")


# A risk's forms of loss (and the secondary loss) as a sentence names them ("Loss per event:
# productivity"); the same ids as the service's messages about loss forms.
LOSS_FORM_WORDS = {
    "productivity": N_("productivity"), "response": N_("response"),
    "replacement": N_("replacement"), "fines": N_("fines"), "reputation": N_("reputation"),
    "secondary": N_("secondary loss"),
}


# The engine's cost components (``analysis.incident.COMPONENTS``) as the reader reads them.
COMPONENT_WORDS = {
    "downtime": N_("downtime"), "data loss": N_("data loss"), "exposure": N_("exposure"),
    # Decisions frozen before engine 1.2 name the exposure component "exfiltration".
    "exfiltration": N_("exfiltration"),
    "evidence": N_("evidence"), "late notification": N_("late notification"),
    "response": N_("response"),
}

_DYNAMIC_METRICS = [
    (re.compile(r"^P\(downtime > MTD: (?P<service>.+)\)$"), T.P_OVER_MTD_OF),
    (re.compile(r"^Expected cost: (?P<component>.+)$"), T.EXPECTED_PART),
]


def metric(name: str, lang: str) -> str:
    """A metric's name in ``lang``, including per-service and per-component ones."""
    words = words_for(lang)
    for pattern, template in _DYNAMIC_METRICS:
        match = pattern.match(name)
        if match:
            # A component is our word; a service is the user's name and stays as typed.
            values = {k: Phrase(COMPONENT_WORDS.get(v, v)) if k == "component" else v
                      for k, v in match.groupdict().items()}
            return Phrase(template, **values).say(words)
    return words.gettext(name)


def matrix_label(text: str, lang: str) -> str:
    """A likelihood, impact or level label of the default matrix in ``lang``; a register's
    own labels stay as the user typed them."""
    return words_for(lang).matrix(text)


def say(text: object, lang: str, money: Callable[[float], str] | None = None) -> str:
    """An engine sentence (or plain text) in ``lang``, with that language's number format;
    ``money`` writes amounts in the reader's currency."""
    return words_for(lang).say(text, money)


# Codes stored outside the domain's enums that read as choices: the usual kinds of timeline
# entry (in the order an incident goes through them; any other word may be typed) and the
# kinds of recipient of an activity. The window and the reports say the same words.
TIMELINE_KINDS = ("detection", "analysis", "containment", "eradication", "recovery",
                  "communication", "notification", "evidence", "decision", "status", "note")
RECIPIENT_KINDS = ("internal", "processor", "third_party", "authority", "joint_controller")


@functools.lru_cache(maxsize=8)
def coded_words(words: Words) -> dict[str, str]:
    """Those codes in the language of ``words`` (written out so the extraction finds each)."""
    return {
        "detection": words.pgettext("choice", "Detection"),
        "analysis": words.pgettext("choice", "Analysis"),
        "containment": words.pgettext("choice", "Containment"),
        "eradication": words.pgettext("choice", "Eradication"),
        "recovery": words.pgettext("choice", "Recovery"),
        "communication": words.pgettext("choice", "Communication"),
        "notification": words.pgettext("choice", "Notification"),
        "evidence": words.pgettext("choice", "Evidence"),
        "decision": words.pgettext("choice", "Decision"),
        "status": words.pgettext("choice", "Status"),
        "note": words.pgettext("choice", "Note"),
        "internal": words.pgettext("choice", "Internal"),
        "processor": words.pgettext("choice", "Processor"),
        "third_party": words.pgettext("choice", "Third party"),
        "authority": words.pgettext("choice", "Authority"),
        "joint_controller": words.pgettext("choice", "Joint controller"),
    }


def coded(words: Words, code: str | None) -> str:
    """A timeline or recipient kind as the reader reads it; one the user typed reads as typed."""
    return coded_words(words).get(code, code) if code else ""
