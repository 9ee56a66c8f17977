"""Words the program composes, in the languages PrivGuard ships: the analysis engine's
metric names and sentences, and the default risk matrix's labels.

One table serves the window and the PDF reports, so the decision an officer
reads on screen is worded exactly as the one the board reads on paper. Keys
are the English metric names (``privguard.analysis.results``; a test keeps the
two in step) and sentence templates (``T``); a template's blanks must stay as
they are; ``{x:money}`` marks an amount. It lives in the domain because the
engine, the reports and the window all need it and none of them may import
another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from privguard.domain.phrase import say as say_phrase


class T:
    """The engine's sentence templates (English); ``Phrase(T.X, ...)`` fills one in."""

    # Blanks named in a template are the values the engine passes; keep them in translations.

    GORDON_LOEB = ("Spends more a year than ALE/e ({limit:money}), the Gordon–Loeb bound: "
                   "check the estimates before investing this much.")
    P95_ANNUAL_OVER = "P95 annual loss {p95:money} is above the tolerance {tolerance:money}."
    CELL_OVER_APPETITE = "The suggested cell scores {score}, above the risk appetite."
    WIDE_RANGE = ("Check the {component} range {low:money}–{high:money}: it is so wide that its "
                  "mean per event ({mean:money}) is above its high end. A lognormal cannot be "
                  "zero; give the range of the loss when it happens and a probability (as for "
                  "secondary loss).")
    OPTION_SAYS = "{option}: {problem}"
    NONE_MEETS = "No option meets every constraint; the cheapest is named anyway."
    KEEP_AS_IS = ("Keep the risk as is: no option lowers the expected total cost a year "
                  "below {cost:money}.")
    LOWEST_ANNUAL_MEETING = ("{option}: lowest expected total cost a year ({cost:money}) among "
                             "the options meeting the constraints.")
    LOWEST_ANNUAL_NONE = ("{option}: lowest expected total cost a year ({cost:money}) among the "
                          "options (none meets them).")
    LOWEST_COST_MEETING = ("{option}: lowest expected cost ({cost:money}) among the options "
                           "meeting the constraints.")
    LOWEST_COST_NONE = "{option}: lowest expected cost ({cost:money}) among the options (none meets them)."
    P95_COST_OVER = "P95 cost {p95:money} is above the tolerance {tolerance:money}."
    OVER_MTD = "Downtime exceeds the MTD in {share:.0%} of trials (limit {limit:.0%})."
    DEADLINE_MISSED = ("The notification deadline is missed in {share:.0%} of trials "
                       "(limit {limit:.0%}).")
    DESTROYS_EVIDENCE = "Destroys forensic evidence."
    AS_IS = "{metric} as is"
    OF_OPTION = "{metric} of {option}"
    FREQUENCY = "Frequency (events a year)"
    LOSS_PER_EVENT = "Loss per event: {component}"
    OPTION_DOWNTIME = "{option}: downtime (h)"
    OPTION_CONTAINMENT = "{option}: time to contain (h)"
    OPTION_REINFECTION = "{option}: probability of re-infection"
    EXFILTRATION_PER_HOUR = "Exfiltration cost per hour"
    EVIDENCE_LOST = "Cost of lost evidence"
    LATE_NOTIFICATION = "Cost of a late notification"
    DOWNTIME_CURVES = "Cost-of-downtime curves"
    HALF = "half"
    DOUBLE = "double"
    NUMBER = "{value:g}"
    AMOUNT = "{value:money}"
    # Metrics named per business service or per cost component.
    P_OVER_MTD_OF = "P(downtime > MTD: {service})"
    EXPECTED_PART = "Expected cost: {component}"


SPANISH: dict[str, str] = {
    # Metric names
    "Expected annual loss (ALE)": "Pérdida anual esperada (ALE)",
    "ALE standard error": "Error estándar de la ALE",
    "Median annual loss": "Pérdida anual mediana",
    "P90 annual loss": "Pérdida anual P90",
    "P95 annual loss": "Pérdida anual P95",
    "P99 annual loss": "Pérdida anual P99",
    "CVaR95 annual loss (mean of worst 5%)": "Pérdida anual CVaR95 (media del 5 % peor)",
    "P(at least one event a year)": "P(al menos un evento al año)",
    "P(annual loss > 0)": "P(pérdida anual > 0)",
    "Median loss per event": "Pérdida mediana por evento",
    "ALE reduction (ΔALE)": "Reducción de la ALE (ΔALE)",
    "ΔALE paired standard error": "Error estándar emparejado de la ΔALE",
    "Annualised cost": "Coste anualizado",
    "Expected total cost a year (ALE + cost)": "Coste total esperado al año (ALE + coste)",
    "ROSI": "ROSI",
    "NPV": "VAN",
    "Payback (years)": "Periodo de recuperación (años)",
    "P(NPV > 0)": "P(VAN > 0)",
    "Expected cost": "Coste esperado",
    "Expected cost standard error": "Error estándar del coste esperado",
    "Median cost": "Coste mediano",
    "P95 cost": "Coste P95",
    "CVaR95 cost (mean of worst 5%)": "Coste CVaR95 (media del 5 % peor)",
    "P(best option)": "P(mejor opción)",
    "Expected regret": "Arrepentimiento esperado",
    "Expected downtime (h)": "Tiempo de inactividad esperado (h)",
    "P95 downtime (h)": "Tiempo de inactividad P95 (h)",
    "P(downtime > MTD)": "P(tiempo de inactividad > MTD)",
    "P(notification deadline missed)": "P(plazo de notificación incumplido)",
    "P(re-infection)": "P(reinfección)",
    T.P_OVER_MTD_OF: "P(tiempo de inactividad > MTD: {service})",
    T.EXPECTED_PART: "Coste esperado: {component}",
    # Cost components of an incident
    "downtime": "inactividad", "data loss": "pérdida de datos", "exfiltration": "exfiltración",
    "evidence": "pruebas", "late notification": "notificación tardía", "response": "respuesta",
    # Sentences
    T.GORDON_LOEB: ("Gasta al año más que ALE/e ({limit:money}), el límite de Gordon–Loeb: "
                    "revise las estimaciones antes de invertir tanto."),
    T.P95_ANNUAL_OVER: "La pérdida anual P95 de {p95:money} supera la tolerancia de {tolerance:money}.",
    T.CELL_OVER_APPETITE: "La celda propuesta puntúa {score}, por encima del apetito de riesgo.",
    T.WIDE_RANGE: ("Revise el rango de {component}, {low:money}–{high:money}: es tan amplio que "
                   "su media por evento ({mean:money}) supera su extremo alto. Una lognormal no "
                   "puede ser cero; indique el rango de la pérdida cuando se produce y una "
                   "probabilidad (como para la pérdida secundaria)."),
    T.OPTION_SAYS: "{option}: {problem}",
    T.NONE_MEETS: "Ninguna opción cumple todas las restricciones; se indica igualmente la más barata.",
    T.KEEP_AS_IS: ("Mantener el riesgo como está: ninguna opción baja el coste total esperado "
                   "al año de {cost:money}."),
    T.LOWEST_ANNUAL_MEETING: ("{option}: el menor coste total esperado al año ({cost:money}) "
                              "entre las opciones que cumplen las restricciones."),
    T.LOWEST_ANNUAL_NONE: ("{option}: el menor coste total esperado al año ({cost:money}) entre "
                           "las opciones (ninguna las cumple)."),
    T.LOWEST_COST_MEETING: ("{option}: el menor coste esperado ({cost:money}) entre las opciones "
                            "que cumplen las restricciones."),
    T.LOWEST_COST_NONE: ("{option}: el menor coste esperado ({cost:money}) entre las opciones "
                         "(ninguna las cumple)."),
    T.P95_COST_OVER: "El coste P95 de {p95:money} supera la tolerancia de {tolerance:money}.",
    T.OVER_MTD: ("La inactividad supera el MTD en el {share:.0%} de las simulaciones "
                 "(límite {limit:.0%})."),
    T.DEADLINE_MISSED: ("Se incumple el plazo de notificación en el {share:.0%} de las "
                        "simulaciones (límite {limit:.0%})."),
    T.DESTROYS_EVIDENCE: "Destruye pruebas forenses.",
    T.AS_IS: "{metric} sin cambios",
    T.OF_OPTION: "{metric} de {option}",
    T.FREQUENCY: "Frecuencia (eventos al año)",
    T.LOSS_PER_EVENT: "Pérdida por evento: {component}",
    T.OPTION_DOWNTIME: "{option}: inactividad (h)",
    T.OPTION_CONTAINMENT: "{option}: tiempo de contención (h)",
    T.OPTION_REINFECTION: "{option}: probabilidad de reinfección",
    T.EXFILTRATION_PER_HOUR: "Coste de la exfiltración por hora",
    T.EVIDENCE_LOST: "Coste de las pruebas perdidas",
    T.LATE_NOTIFICATION: "Coste de una notificación tardía",
    T.DOWNTIME_CURVES: "Curvas de coste de inactividad",
    T.HALF: "la mitad",
    T.DOUBLE: "el doble",
}

# The default risk matrix's words. A register's own labels print as the user wrote them.
MATRIX_SPANISH: dict[str, str] = {
    "Rare": "Rara", "Unlikely": "Improbable", "Possible": "Posible", "Likely": "Probable",
    "Almost certain": "Casi segura",
    "Negligible": "Insignificante", "Minor": "Menor", "Moderate": "Moderado", "Major": "Mayor",
    "Severe": "Grave",
    "Low": "Bajo", "Medium": "Medio", "High": "Alto", "Critical": "Crítico",
}

_TABLES = {"es": SPANISH}
_MATRIX_TABLES = {"es": MATRIX_SPANISH}
_DYNAMIC_METRICS = [
    (re.compile(r"^P\(downtime > MTD: (?P<service>.+)\)$"), T.P_OVER_MTD_OF),
    (re.compile(r"^Expected cost: (?P<component>.+)$"), T.EXPECTED_PART),
]


def translator(lang: str) -> Callable[[str], str]:
    """English text → the same text in ``lang`` (unchanged where there is no wording)."""
    table = _TABLES.get(lang)
    if table is None:
        return lambda text: text
    return lambda text: table.get(text, text)


def metric(name: str, lang: str) -> str:
    """A metric's name in ``lang``, including per-service and per-component ones."""
    translate = translator(lang)
    if name in SPANISH or lang not in _TABLES:
        return translate(name)
    for pattern, template in _DYNAMIC_METRICS:
        match = pattern.match(name)
        if match:
            # A component is our word; a service is the user's name and stays as typed.
            values = {k: translate(v) if k == "component" else v
                      for k, v in match.groupdict().items()}
            return translate(template).format(**values)
    return name


def matrix_label(text: str, lang: str) -> str:
    """A likelihood, impact or level label of the risk matrix in ``lang``."""
    return _MATRIX_TABLES.get(lang, {}).get(text, text)


def say(text: object, lang: str, money: Callable[[float], str] | None = None) -> str:
    """An engine sentence (or plain text) in ``lang``, with that language's number format;
    ``money`` writes amounts in the reader's currency."""
    return say_phrase(text, translator(lang), decimal_comma=lang == "es", money=money)

