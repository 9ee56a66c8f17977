"""Editing one response option's analysis inputs in memory, for "what if" questions.

The edits change a copy of the inputs the analysis runs on, not the register;
"Save to the option" writes them back through the services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from privguard.ui.i18n import percent_suffix, words
from privguard.words import Words

LOSS_FORMS = ("productivity", "response", "replacement", "fines", "reputation")


def loss_form_words(language: Words) -> dict[str, str]:
    """The forms of loss (FAIR) as the reader reads them: ``language.choice(form)``, written
    out so that the extraction finds each one."""
    return {"productivity": language.pgettext("choice", "Productivity"),
            "response": language.pgettext("choice", "Response"),
            "replacement": language.pgettext("choice", "Replacement"),
            "fines": language.pgettext("choice", "Fines"),
            "reputation": language.pgettext("choice", "Reputation")}


def _spin(maximum: float, decimals: int = 0, suffix: str = "", step: float = 1.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setKeyboardTracking(False)  # re-run when a number is complete, not per digit
    return spin


class _Range(QWidget):
    """Low / most likely / high, as the PERT distribution takes them."""

    changed = Signal()

    def __init__(self, maximum: float, suffix: str):
        super().__init__()
        self.spins = [_spin(maximum, 1, suffix) for _ in range(3)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, spin in zip((self.tr("low"), self.tr("likely"), self.tr("high")), self.spins, strict=True):
            layout.addWidget(QLabel(label))
            layout.addWidget(spin, 1)
            spin.valueChanged.connect(self.changed)

    def set_value(self, value: dict | None) -> None:
        value = value if isinstance(value, dict) else {"low": 0, "mode": 0, "high": 0}
        # A uniform or lognormal range, or a PERT's shape, stays what it was through an edit.
        self._extra = {k: v for k, v in value.items() if k not in ("low", "mode", "high")}
        for spin, key in zip(self.spins, ("low", "mode", "high"), strict=True):
            spin.blockSignals(True)
            spin.setValue(float(value.get(key) or 0))
            spin.blockSignals(False)

    def value(self) -> dict[str, Any]:
        low, mode, high = (s.value() for s in self.spins)
        return {**getattr(self, "_extra", {}), "low": low, "mode": mode, "high": high}


class OptionInputs(QWidget):
    """The inputs of one option; ``changed`` fires after each completed edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = "incident"
        self.option: dict[str, Any] | None = None
        self.problem = QLabel(wordWrap=True)
        self.form = QFormLayout(self)
        # A long label ("Inactividad tras una reinfección") puts its field under it rather
        # than widening the window past the screen.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.cost_one_off = _spin(1e10, 0, step=1000)
        self.cost_per_incident = _spin(1e10, 0, step=1000)
        self.cost_yearly = _spin(1e10, 0, step=1000)
        self.downtime = _Range(24 * 365, " h")
        self.containment = _Range(24 * 365, " h")
        self.data_loss = _Range(24 * 365, " h")
        self.reinfection_downtime = _Range(24 * 365, " h")
        self.reinfection_delay = _Range(24 * 365, " h")
        percent = percent_suffix()
        self.reinfection = _spin(100, 0, percent, 5)
        self.evidence = QCheckBox(self.tr("Forensic evidence is preserved"))
        self.frequency = _spin(1000, 0, percent, 5)
        self.loss = {form: _spin(1000, 0, percent, 5) for form in LOSS_FORMS}
        self._rows: dict[str, list[QWidget]] = {"incident": [], "annual": []}
        self._add("both", self.tr("One-off cost"), self.cost_one_off)
        self._add("incident", self.tr("Cost per incident"), self.cost_per_incident)
        self._add("annual", self.tr("Yearly cost"), self.cost_yearly)
        self._add("incident", self.tr("Downtime"), self.downtime)
        self._add("incident", self.tr("Time to contain"), self.containment)
        self._add("incident", self.tr("Data lost"), self.data_loss)
        self._add("incident", self.tr("Chance of re-infection"), self.reinfection)
        self._add("incident", self.tr("Downtime after a re-infection"), self.reinfection_downtime)
        self._add("incident", self.tr("Attacker back after"), self.reinfection_delay)
        self._add("incident", "", self.evidence)
        self._add("annual", self.tr("Events that still happen"), self.frequency)
        forms = loss_form_words(words())
        for form, spin in self.loss.items():
            self._add("annual", self.tr("Loss kept: {form}").format(form=forms[form]), spin)
        for spin in (self.cost_one_off, self.cost_per_incident, self.cost_yearly,
                     self.reinfection, self.frequency, *self.loss.values()):
            spin.valueChanged.connect(self._edited)
        for ranged in (self.downtime, self.containment, self.data_loss, self.reinfection_downtime,
                       self.reinfection_delay):
            ranged.changed.connect(self._edited)
        self.evidence.toggled.connect(self._edited)
        self._loading = False

    def _add(self, mode: str, label: str, widget: QWidget) -> None:
        title = QLabel(label)
        self.form.addRow(title, widget)
        for key in (("incident", "annual") if mode == "both" else (mode,)):
            self._rows[key] += [title, widget]

    def set_option(self, mode: str, option: dict[str, Any] | None) -> None:
        self.mode, self.option = mode, option
        other = "annual" if mode == "incident" else "incident"
        for widget in self._rows[other]:
            widget.setVisible(False)
        for widget in self._rows[mode]:
            widget.setVisible(True)
        self.setEnabled(option is not None)
        if option is None:
            return
        self._loading = True
        try:
            self.cost_one_off.setValue(float(option.get("cost_one_off") or 0))
            if mode == "incident":
                self.cost_per_incident.setValue(float(option.get("cost_per_incident") or 0))
                self.downtime.set_value(option.get("downtime_hours"))
                self.containment.set_value(option.get("containment_hours"))
                self.data_loss.set_value(option.get("data_loss_hours"))
                # No estimate of its own: the same outage again, as the engine reads it.
                self.reinfection_downtime.set_value(option.get("reinfection_downtime_hours")
                                                    or option.get("downtime_hours"))
                self.reinfection_delay.set_value(option.get("reinfection_delay_hours"))
                self.reinfection.setValue(100 * float(option.get("reinfection_probability") or 0))
                self.evidence.setChecked(bool(option.get("evidence_preserved", True)))
            else:
                self.cost_yearly.setValue(float(option.get("cost_yearly") or 0))
                self.frequency.setValue(100 * float(option.get("frequency_factor", 1.0)))
                factors = option.get("loss_factors") or {}
                for form, spin in self.loss.items():
                    spin.setValue(100 * float(factors.get(form, 1.0)))
        finally:
            self._loading = False

    def _edited(self) -> None:
        if self._loading or self.option is None:
            return
        option = self.option
        option["cost_one_off"] = self.cost_one_off.value()
        if self.mode == "incident":
            option["cost_per_incident"] = self.cost_per_incident.value()
            option["downtime_hours"] = self.downtime.value()
            option["containment_hours"] = self.containment.value()
            option["data_loss_hours"] = self.data_loss.value()
            again = self.reinfection_downtime.value()
            if option.get("reinfection_downtime_hours") is not None \
                    or again != {**again, **(option.get("downtime_hours") or {})}:
                option["reinfection_downtime_hours"] = again
            option["reinfection_delay_hours"] = self.reinfection_delay.value()
            option["reinfection_probability"] = self.reinfection.value() / 100
            option["evidence_preserved"] = self.evidence.isChecked()
        else:
            option["cost_yearly"] = self.cost_yearly.value()
            option["frequency_factor"] = self.frequency.value() / 100
            option["loss_factors"] = {form: spin.value() / 100 for form, spin in self.loss.items()
                                      if abs(spin.value() - 100) > 1e-9}
        self.changed.emit()

    def problems(self) -> list[str]:
        """What the analysis cannot run on, in words (checked before each run)."""
        if self.option is None or self.mode != "incident":
            return []
        found = []
        for name, rng in ((self.tr("Downtime"), self.downtime.value()),
                          (self.tr("Time to contain"), self.containment.value()),
                          (self.tr("Data lost"), self.data_loss.value()),
                          (self.tr("Downtime after a re-infection"),
                           self.reinfection_downtime.value()),
                          (self.tr("Attacker back after"), self.reinfection_delay.value())):
            if rng.get("dist", "pert") == "pert" and not rng["low"] <= rng["mode"] <= rng["high"]:
                found.append(self.tr("{what}: low ≤ likely ≤ high is needed.").format(what=name))
        return found
