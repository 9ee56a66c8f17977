"""What a stored estimate may hold: ranges of hours or money, and a risk's quantitative inputs.

An estimator gives a range, not a number: ``{"low", "mode", "high"}`` read as a PERT
(optionally with its shape ``gamma``, 4 by default), or with ``"dist": "uniform"`` (low and
high only) or ``"dist": "lognormal"`` (low and high as a 90 % range, P5 and P95). A plain
number is a value known exactly.

The checks here run where a value is stored or edited, so that a NaN, an infinity or a
negative hour never reaches the register (JSON would keep ``Infinity``, and the engine would
turn it into NaN decisions). Each returns a message id, or None when the value is fine.
"""

from __future__ import annotations

import math
from typing import Any

from privguard.words import N_

DISTRIBUTIONS = ("pert", "uniform", "lognormal")
# The forms of loss of a risk's quantitative inputs (FAIR's primary forms).
LOSS_FORMS = ("productivity", "response", "replacement", "fines", "reputation")
MAX_GAMMA = 100.0

MSG_NOT_A_NUMBER = N_("Every value must be an ordinary number (not empty, infinite or NaN).")
MSG_NEGATIVE = N_("Values cannot be negative.")
MSG_RANGE_SHAPE = N_("A range needs a low, a most likely and a high value.")
MSG_RANGE_ORDER = N_("A range must satisfy 0 ≤ low ≤ most likely ≤ high.")
MSG_UNIFORM_ORDER = N_("A uniform range must satisfy 0 ≤ low ≤ high.")
MSG_LOGNORMAL_ORDER = N_("A 90 % range must satisfy 0 < low ≤ high.")
MSG_DISTRIBUTION = N_("A range is read as “pert”, “uniform” or “lognormal”.")
MSG_GAMMA = N_("A PERT shape (gamma) must be a number from 0 to 100.")
MSG_QUANT_SHAPE = N_("The quantitative inputs need a yearly frequency and a range for each "
                     "form of loss.")
MSG_LOSS_FORM = N_("Each loss is one of the forms productivity, response, replacement, fines "
                   "or reputation.")
MSG_PROBABILITY = N_("A probability must be a number from 0 to 1.")


def finite(value: Any) -> bool:
    """A real number a person could have typed: not bool, NaN or infinite."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def number_problem(value: Any, minimum: float | None = 0.0) -> str | None:
    if not finite(value):
        return MSG_NOT_A_NUMBER
    if minimum is not None and value < minimum:
        return MSG_NEGATIVE
    return None


def range_problem(value: Any) -> str | None:
    """A range of hours or money (see the module's docstring); None is allowed (no estimate)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        return number_problem(value) if isinstance(value, int | float) else MSG_RANGE_SHAPE
    kind = value.get("dist", "pert")
    if kind not in DISTRIBUTIONS:
        return MSG_DISTRIBUTION
    keys = ("low", "mode", "high") if kind == "pert" else ("low", "high")
    if not set(keys) <= set(value):
        return MSG_RANGE_SHAPE
    numbers = [value[k] for k in keys]
    if "mode" in value and kind != "pert":
        numbers.append(value["mode"])
    if any(not finite(n) for n in numbers):
        return MSG_NOT_A_NUMBER
    if kind == "pert" and not 0 <= value["low"] <= value["mode"] <= value["high"]:
        return MSG_RANGE_ORDER
    if kind == "uniform" and not 0 <= value["low"] <= value["high"]:
        return MSG_UNIFORM_ORDER
    if kind == "lognormal" and not 0 < value["low"] <= value["high"]:
        return MSG_LOGNORMAL_ORDER
    if "gamma" in value and not (finite(value["gamma"]) and 0 <= value["gamma"] <= MAX_GAMMA):
        return MSG_GAMMA
    return None


def _loss_range_problem(bounds: Any) -> str | None:
    if isinstance(bounds, list | tuple):
        if len(bounds) != 2:
            return MSG_RANGE_SHAPE
        if not all(finite(b) for b in bounds):
            return MSG_NOT_A_NUMBER
        return None if 0 < bounds[0] <= bounds[1] else MSG_LOGNORMAL_ORDER
    return range_problem(bounds) if isinstance(bounds, dict) else MSG_RANGE_SHAPE


def quant_problem(quant: Any, loss_forms: tuple[str, ...] | None = None) -> str | None:
    """A risk's quantitative inputs: ``{"frequency": range or number, "losses": {form:
    [low, high] or a range}, "secondary": {"probability": p, "range": [low, high]}}``."""
    if quant is None or quant == {}:
        return None
    if not isinstance(quant, dict) or "frequency" not in quant:
        return MSG_QUANT_SHAPE
    problem = range_problem(quant["frequency"])
    if problem:
        return problem
    losses = quant.get("losses") or {}
    if not isinstance(losses, dict):
        return MSG_QUANT_SHAPE
    for form, bounds in losses.items():
        if loss_forms is not None and form not in loss_forms:
            return MSG_LOSS_FORM
        problem = _loss_range_problem(bounds)
        if problem:
            return problem
    secondary = quant.get("secondary")
    if secondary:
        if not isinstance(secondary, dict) or "range" not in secondary:
            return MSG_QUANT_SHAPE
        p = secondary.get("probability")
        if not (finite(p) and 0 <= p <= 1):
            return MSG_PROBABILITY
        return _loss_range_problem(secondary["range"])
    return None
