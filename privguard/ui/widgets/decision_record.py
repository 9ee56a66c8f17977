"""A recorded decision, as it was taken: what it is about, who chose what and why, the inputs
that produced its figures, and the figures themselves, computed again from the frozen inputs
and seed (and checked against the frozen ones, so the record shows that it reproduces)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import PrivGuardError
from privguard.ui.i18n import (
    error_text,
    field_label,
    metric_name,
    moment,
    money,
    number,
    percent,
    say,
    words,
)
from privguard.ui.style import ERROR_CSS, HINT_CSS
from privguard.ui.widgets.analysis_view import AnalysisView
from privguard.words import Phrase

# The inputs a reader weighs, in the order the option dialog asks for them.
_RANGES = ("downtime_hours", "containment_hours", "data_loss_hours",
           "reinfection_downtime_hours", "reinfection_delay_hours")
_LABELS = {"downtime_hours": "Downtime (hours)", "containment_hours": "Time to contain (hours)",
           "data_loss_hours": "Data lost (hours)",
           "reinfection_downtime_hours": "Downtime after a re-infection (hours)",
           "reinfection_delay_hours": "Hours until the attacker is back",
           "cost_one_off": "One-off cost", "cost_per_incident": "Cost per incident",
           "cost_yearly": "Yearly cost", "reinfection_probability": "Probability of re-infection"}


def _range(value: Any) -> str:
    if not isinstance(value, dict):
        return "—" if value is None else number(float(value), 1)
    parts = [value.get(k) for k in ("low", "mode", "high") if value.get(k) is not None]
    return " – ".join(number(float(v), 1) for v in parts)


def inputs_text(inputs: dict[str, Any]) -> str:
    """Each option's inputs, one line each, as they were when the figures were made."""
    currency = inputs.get("currency") or "EUR"
    lines = []
    for option in inputs.get("options") or []:
        lines.append(str(option.get("name", "")))
        for key in ("cost_one_off", "cost_per_incident", "cost_yearly"):
            if option.get(key) is not None:
                lines.append(f"    {field_label(_LABELS[key])}: {money(option[key], currency)}")
        for key in _RANGES:
            if key in option:
                lines.append(f"    {field_label(_LABELS[key])}: {_range(option.get(key))}")
        if option.get("reinfection_probability") is not None:
            lines.append(f"    {field_label(_LABELS['reinfection_probability'])}: "
                         f"{percent(option['reinfection_probability'])}")
    return "\n".join(lines)


def _plain(text: str) -> QLabel:
    """A label for what the user typed: shown as typed, never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def assumptions_text(figures: dict[str, Any]) -> str:
    """Each assumption and limit the figures rest on, with its source, one line each."""
    # The same words as the decision record's PDF, from the one gettext catalogue.
    w = words()
    sources = {"default": w("PrivGuard's default"), "edited": w("edited for this decision")}
    currency = (figures.get("inputs") or {}).get("currency") or "EUR"
    lines = []
    for item in figures.get("assumptions") or []:
        key, value = str(item.get("key") or ""), item.get("value")
        if value is None:
            shown = "—"
        elif isinstance(value, bool):
            shown = "✓" if value else "✗"
        elif isinstance(value, dict):
            shown = f"{_range(value)} h"
        elif key.startswith("constraints.max_p"):
            shown = percent(value, 1)
        elif key.endswith(("_factor", "per_hour")):
            shown = number(value, 1)
        else:
            shown = money(value, currency)
        lines.append(f"{say(Phrase(item.get('label') or key))}: {shown} "
                     f"({sources.get(item.get('source'), '—')})")
    return "\n".join(lines)


def against_text(figures: dict[str, Any]) -> str:
    """One line when the chosen option is not the engine's: by how much it differs."""
    against = figures.get("chosen_against_recommended")
    if not isinstance(against, dict) or against.get("chosen") is None \
            or against.get("recommended") is None:
        return ""
    currency = (figures.get("inputs") or {}).get("currency") or "EUR"
    w = words()
    text = w("Chosen instead of the recommended {option}: {difference} more in {metric}.",
             option=against.get("recommended_name") or "—",
             difference=money(against["chosen"] - against["recommended"], currency),
             metric=metric_name(against["metric"]).lower())
    if against.get("p_over_mtd_chosen") is not None \
            and against.get("p_over_mtd_recommended") is not None:
        text += " " + w("P(downtime > MTD): {chosen} against {recommended}.",
                        chosen=percent(against["p_over_mtd_chosen"], 1),
                        recommended=percent(against["p_over_mtd_recommended"], 1))
    return text


class DecisionRecordDialog(QDialog):
    """Opens on a decision id; the figures arrive from a worker thread."""

    def __init__(self, ctx: Any, decision_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Decision record"))
        self.resize(1100, 720)
        decision = ctx.ws.decisions.get(decision_id)
        self.figures = decision.get("figures") or {}
        row = next((r for r in ctx.ws.decisions.rows().dicts() if r["id"] == decision_id), {})
        about = (self.tr("Incident: {title}") if row.get("subject_kind") == "incident"
                 else self.tr("Risk: {title}")).format(title=row.get("subject") or "—")
        form = QFormLayout()
        self.about = _plain(about)
        form.addRow(self.tr("About"), self.about)
        form.addRow(self.tr("Option chosen"), _plain(decision.get("option_name") or "—"))
        form.addRow(self.tr("Decided by"), _plain(
            f"{decision.get('decided_by') or '—'} · {moment(decision.get('decided_at'))}"))
        form.addRow(self.tr("Rationale"), _plain(decision.get("rationale") or ""))
        inputs = QPlainTextEdit(inputs_text(self.figures.get("inputs") or {}))
        inputs.setObjectName("inputs")
        inputs.setReadOnly(True)
        inputs.setMaximumHeight(150)
        self.check = QLabel(self.tr("Computing the figures again from the frozen inputs…"))
        self.check.setObjectName("reproduced")
        self.check.setStyleSheet(HINT_CSS)
        self.check.setWordWrap(True)
        self.view = AnalysisView()
        self.against = _plain(against_text(self.figures))
        self.against.setObjectName("against")
        self.against.setVisible(bool(self.against.text()))
        self.assumptions = QPlainTextEdit(assumptions_text(self.figures))
        self.assumptions.setObjectName("assumptions")
        self.assumptions.setReadOnly(True)
        self.assumptions.setMaximumHeight(120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # The record scrolls as one page: on a laptop's screen the figures keep their height
        # instead of being squeezed under the inputs.
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The inputs that produced the figures")))
        layout.addWidget(inputs)
        if self.assumptions.toPlainText():
            layout.addWidget(QLabel(self.tr("Assumptions and limits, and where each comes from")))
            layout.addWidget(self.assumptions)
        layout.addWidget(self.against)
        layout.addWidget(self.check)
        self.view.setMinimumHeight(640)
        layout.addWidget(self.view, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        if not self.figures.get("inputs"):
            self.check.setText(self.tr("This decision was taken without a quantitative "
                                       "analysis: the rationale is its record."))
            self.view.clear()
            return
        figures = self.figures

        def work(_progress, _cancelled):  # noqa: ANN001, ANN202
            from privguard.services.analysis import run

            return run(figures["inputs"], seed=figures["seed"], trials=figures["trials"])

        ctx.tasks.start(work, self._computed, self._failed, key=f"decision-record-{decision_id}")

    def _computed(self, result: Any) -> None:
        if not shiboken6.isValid(self):  # closed before the figures came
            return
        currency = (self.figures.get("inputs") or {}).get("currency") or "EUR"
        self.view.show_result(result, currency)
        frozen = {o["option_id"]: o["metrics"] for o in self.figures.get("options") or []}
        fresh = {o.option_id: o.to_dict()["metrics"] for o in result.options}
        if frozen == fresh:
            self.check.setText(self.tr("Computed again from the frozen inputs with seed {seed} "
                                       "and {trials} trials: the figures are the frozen ones.")
                               .format(seed=result.seed, trials=number(result.trials)))
        else:
            self.check.setStyleSheet(ERROR_CSS)
            self.check.setText(self.tr(
                "Computed again from the frozen inputs with seed {seed}, the figures differ from "
                "the frozen ones (frozen under {engine}); `privguard decisions PATH reproduce` "
                "says by how much.").format(seed=result.seed,
                                            engine=self.figures.get("engine") or "—"))

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.check.setStyleSheet(ERROR_CSS)
        self.check.setText(error_text(exc) if isinstance(exc, PrivGuardError)
                           else self.tr("The figures could not be computed again."))
