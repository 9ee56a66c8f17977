"""The Risks area: the register of risks and their editor.

Scores are picked on the register's own matrix (its labels and levels, never
numbers alone), the status only offers the workflow's next steps, and the
acceptance fields open only when the treatment is "accept".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import entities as specs
from privguard.domain.enums import RiskStatus, ScoreStage, ThreatNature, Treatment
from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.domain.matrix import RiskMatrix
from privguard.domain.rows import ListQuery, RowSet
from privguard.domain.schema import Field
from privguard.domain.workflow import OPEN_RISK_STATUSES, check_acceptance, next_risk_statuses
from privguard.ui.editor_area import ListEditorArea, error_text
from privguard.ui.forms import ChoiceEditor, FieldEditor, ReferenceEditor, load_choices, message_of
from privguard.ui.i18n import catalogue_label, choice_label, field_label, matrix_label, tr
from privguard.ui.tables import RowTableModel

STAGES = tuple(s.value for s in ScoreStage)
CATALOGUE = "catalogue:"  # a threat still in the catalogue, added to the register on save




def swatch(colour: str, size: int = 12) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return pixmap


def add_scores(rows: RowSet) -> RowSet:
    """The RowSet with ``<stage>_score`` columns (likelihood × impact, or None)."""
    cols = rows.columns
    (a1, b1), (a2, b2), (a3, b3) = [(cols.index(f"{s}_likelihood"), cols.index(f"{s}_impact"))
                                    for s in STAGES]
    out = [r + (r[a1] * r[b1] if r[a1] and r[b1] else None,
                r[a2] * r[b2] if r[a2] and r[b2] else None,
                r[a3] * r[b3] if r[a3] and r[b3] else None) for r in rows.rows]
    return RowSet(cols + tuple(f"{s}_score" for s in STAGES), out)


def score_format(matrix: RiskMatrix) -> tuple[Callable[[Any], str], dict[int, str]]:
    """How a score column reads ("12 · High") and the colour of each score's level."""
    labels, colours = {}, {}
    for score in matrix.achievable_scores():
        level = matrix.level_for_score(score)
        labels[score] = f"{score} · {matrix_label(level.label)}"
        colours[score] = level.colour
    return (lambda s: labels.get(s, str(s))), colours


# -- the matrix picker ----------------------------------------------------------------------


class ScoreEditor(FieldEditor):
    """Likelihood or impact, chosen by its label on the register's matrix."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        combo = QComboBox(parent)
        combo.setAccessibleName(field_label(field.label))
        super().__init__(field, combo)
        self._labels: tuple[str, ...] = ()

    def set_labels(self, labels: tuple[str, ...]) -> None:
        combo: QComboBox = self.widget
        current = self.raw() if combo.count() else None
        self._labels = labels
        combo.blockSignals(True)
        combo.clear()
        if not self.field.required:
            combo.addItem("—", None)
        for n, label in enumerate(labels, start=1):
            combo.addItem(f"{n} · {matrix_label(label)}", n)
        combo.blockSignals(False)
        self.set_value(current)

    def raw(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        combo: QComboBox = self.widget
        index = combo.findData(value) if value is not None else -1
        if index < 0:
            # Required stages start unchosen, so nobody saves a guessed score.
            index = 0 if not self.field.required else -1
        combo.setCurrentIndex(index)

    def clean(self) -> Any:
        value = self.raw()
        if value is not None and self._labels and value > len(self._labels):
            value = None
        return self.field.clean(value)

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())


class MatrixPicker(QWidget):
    """Likelihood × impact for the inherent, current and residual stages, with the level."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.matrix = RiskMatrix()
        self.editors: dict[str, ScoreEditor] = {}
        self.levels: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Likelihood"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Impact"), self), 0, 3)
        grid.addWidget(QLabel(self.tr("Level"), self), 0, 4, 1, 2)
        titles = {"inherent": self.tr("Inherent"), "current": self.tr("Current"),
                  "residual": self.tr("Residual")}
        for row, stage in enumerate(STAGES, start=1):
            r = row * 2 - 1
            grid.addWidget(QLabel(titles[stage], self), r, 0)
            for column, part in ((1, "likelihood"), (3, "impact")):
                name = f"{stage}_{part}"
                editor = ScoreEditor(specs.RISK.field(name), self)
                self.editors[name] = editor
                grid.addWidget(editor.widget, r, column)
                editor.connect(lambda s=stage: self._update(s))
            grid.addWidget(QLabel("×", self), r, 2)
            self.swatches[stage] = QLabel(self)
            self.levels[stage] = QLabel(self)
            # Wrap rather than widen the form: "15 · High · above appetite" is long in Spanish.
            self.levels[stage].setWordWrap(True)
            self.levels[stage].setMinimumWidth(90)
            grid.addWidget(self.swatches[stage], r, 4)
            grid.addWidget(self.levels[stage], r, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)
        self._grid = grid

    def place_errors(self) -> None:
        """Put each editor's error label (made by the form) under its stage."""
        for row, stage in enumerate(STAGES, start=1):
            for column, part in ((1, "likelihood"), (3, "impact")):
                label = self.editors[f"{stage}_{part}"].error_label
                if label is not None:
                    self._grid.addWidget(label, row * 2, column, 1, 2 if part == "likelihood" else 3)

    def set_matrix(self, matrix: RiskMatrix) -> None:
        self.matrix = matrix
        for name, editor in self.editors.items():
            editor.set_labels(matrix.likelihood_labels if name.endswith("likelihood")
                              else matrix.impact_labels)
        for stage in STAGES:
            self._update(stage)

    def _update(self, stage: str) -> None:
        lik = self.editors[f"{stage}_likelihood"].raw()
        imp = self.editors[f"{stage}_impact"].raw()
        rows, cols = self.matrix.size
        if not lik or not imp or lik > rows or imp > cols:
            self.swatches[stage].clear()
            self.levels[stage].setText(self.tr("Not scored"))
            return
        level = self.matrix.level(lik, imp)
        self.swatches[stage].setPixmap(swatch(level.colour, 14))
        text = self.tr("{score} · {level}").format(score=lik * imp, level=matrix_label(level.label))
        if not self.matrix.within_appetite(lik, imp):
            text += " · " + self.tr("above appetite")
        self.levels[stage].setText(text)
        self.levels[stage].setToolTip(text)


# -- threats ------------------------------------------------------------------------------


class ThreatEditor(ReferenceEditor):
    """A threat of the register, one from the catalogue, or a new custom one."""

    def __init__(self, field: Field, on_new: Callable[[], None], parent: QWidget | None = None):
        super().__init__(field, parent)
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        self.new_button = QPushButton(tr("Custom threat…"), box)
        self.new_button.setToolTip(tr("Add a threat that is not in the catalogue"))
        self.new_button.clicked.connect(on_new)
        layout.addWidget(self.new_button)
        self.widget = box

    def clean(self) -> Any:
        value = self.raw()
        if isinstance(value, str) and value.startswith(CATALOGUE):
            return value
        return super().clean()

    def focus(self) -> None:
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)


class CustomThreatDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Custom threat"))
        self.name = QLineEdit(self)
        self.nature = QComboBox(self)
        for nature in ThreatNature:
            self.nature.addItem(choice_label(nature.value), nature.value)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(field_label("Name"), self.name)
        form.addRow(field_label("Nature"), self.nature)
        form.addRow(self.error)
        form.addRow(buttons)


# -- the area --------------------------------------------------------------------------------


class RisksArea(ListEditorArea):
    key = "risks"
    entity = "risks"
    spec = specs.RISK
    service_name = "risks"
    links = ("assets", "activities", "controls")
    hidden_columns = frozenset({"acceptance_expires_on", "updated_at"})
    watches = ("persons", "threats", "assets", "processing_activities", "controls", "settings")

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        # Built before the base class asks for the form's editors and tabs.
        self._matrix = RiskMatrix()
        self._threat_codes: dict[str, str | None] = {}
        self.matrix_picker = MatrixPicker()
        self.matrix_picker.set_matrix(self._matrix)
        self.history_model = RowTableModel()
        super().__init__(ctx, parent)
        self.matrix_picker.place_errors()
        self.form.fieldChanged.connect(self._field_changed)
        self.toolbar.addSeparator()
        self.act_export = self._action(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            self.tr("Export what you see…"),
            self.tr("A PDF risk register of the risks this filter shows"), self.export_view)

    def export_view(self) -> None:
        """Open the risk register report with the filters this table shows."""
        columns = {column: sorted(value) if isinstance(value, set | frozenset) else value
                   for column, value in self.table.model.column_filters.items()
                   if isinstance(value, str | int | float | set | frozenset)}
        self.ctx.navigate("reports", kind="risks", search=self.table.filter_edit.text(),
                          filters=columns)

    def title(self) -> str:
        return self.tr("Risks")

    def new_heading(self) -> str:
        return self.tr("New risk")

    # -- the table -------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        return {
            "title": field_label("Title"), "threat": field_label("Threat"),
            "owner": field_label("Owner"), "inherent_score": self.tr("Inherent"),
            "current_score": self.tr("Current"), "residual_score": self.tr("Residual"),
            "treatment": field_label("Treatment"), "status": field_label("Status"),
            "review_on": field_label("Next review"),
            "acceptance_expires_on": field_label("Acceptance expires on"),
            "updated_at": self.tr("Updated"),
        }

    def formats(self) -> dict[str, Any]:
        fmt, _colours = score_format(self._matrix)
        return {"inherent_score": fmt, "current_score": fmt, "residual_score": fmt,
                "threat": self._threat_name, "treatment": "choice", "status": "choice", "review_on": "date",
                "acceptance_expires_on": "date", "updated_at": "datetime"}

    def colours(self) -> dict[str, dict[Any, str]]:
        _fmt, colours = score_format(self._matrix)
        return {f"{s}_score": colours for s in STAGES}

    def load_rows(self, ws: Any, query: ListQuery | None = None) -> RowSet:
        # The list carries the threat's name; its code finds the name in the window's language.
        threats = ws.threats.rows()
        self._threat_codes = dict(zip(threats.column("name"), threats.column("code"), strict=True))
        return add_scores(ws.risks.rows(query))

    def _threat_name(self, name: str) -> str:
        return catalogue_label("threat", self._threat_codes.get(name), name)

    def load_choices(self, ws: Any, name: str, entity: str) -> list[tuple[Any, str]]:
        items = load_choices(ws, entity)
        if name != "threat_id":
            return items
        # Catalogue threats not yet in the register are offered too.
        known = {code for code in ws.threats.rows().column("code") if code}
        extra = [(f"{CATALOGUE}{e.code}", f"{catalogue_label(e.kind, e.code, e.name)} ({e.code})")
                 for e in ws.catalogues.entries("threat") if e.code not in known]
        extra.sort(key=lambda item: item[1].casefold())
        return items + extra

    def refresh(self) -> None:
        if self.ctx.ws is not None:
            matrix = self.ctx.ws.settings.matrix()
            if matrix != self._matrix:
                self._matrix = matrix
                self.matrix_picker.set_matrix(matrix)
        super().refresh()

    # -- the form --------------------------------------------------------------------------

    def form_editors(self) -> dict[str, FieldEditor]:
        editors: dict[str, FieldEditor] = dict(self.matrix_picker.editors)
        editors["threat_id"] = ThreatEditor(specs.RISK.field("threat_id"), self._custom_threat)
        return editors

    def form_layout(self) -> list[Any]:
        return [
            (self.tr("Risk"), ["title", "description", "threat_id", "owner_id", "status",
                               "review_on"]),
            (self.tr("Scores on the matrix"), self.matrix_picker),
            (self.tr("Treatment"), ["treatment", "treatment_justification",
                                    "acceptance_approver_id", "acceptance_expires_on"]),
        ]

    def form_rules(self) -> list[Any]:
        return [self._both_parts, self._acceptance]

    def _both_parts(self, values: dict[str, Any]) -> tuple[str, str] | None:
        for stage in STAGES:
            lik, imp = values.get(f"{stage}_likelihood"), values.get(f"{stage}_impact")
            if (lik is None) != (imp is None):
                missing = f"{stage}_impact" if imp is None else f"{stage}_likelihood"
                return missing, self.tr("Give both likelihood and impact, or neither.")
        return None

    def _acceptance(self, values: dict[str, Any]) -> tuple[str, str] | None:
        if values.get("treatment") != Treatment.ACCEPT.value:
            return None
        approver = values.get("acceptance_approver_id")
        today = self.ctx.ws.today() if self.ctx.ws else datetime.now(UTC).date()
        try:
            check_acceptance(Treatment.ACCEPT, "yes" if approver else None,
                             values.get("acceptance_expires_on"), today)
        except ValidationError as exc:
            field = {"approver": "acceptance_approver_id",
                     "expires_on": "acceptance_expires_on"}.get(exc.field or "", "treatment")
            return field, message_of(exc)
        return None

    def editor_tabs(self) -> list[tuple[str, QWidget]]:
        links = QWidget(self)
        layout = QVBoxLayout(links)
        titles = {"assets": self.tr("Assets"), "activities": self.tr("Processing activities"),
                  "controls": self.tr("Controls")}
        for relation in self.links:
            box = QGroupBox(titles[relation], links)
            QVBoxLayout(box).addWidget(self.form.picker(relation))
            layout.addWidget(box, 1)
        history = QWidget(self)
        self.history_view = QTableView(history)
        self.history_view.setModel(self.history_model)
        self.history_view.verticalHeader().hide()
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_note = QLabel(history)
        self.history_note.setWordWrap(True)
        box = QVBoxLayout(history)
        box.addWidget(self.history_note)
        box.addWidget(self.history_view, 1)
        # Three pickers stacked are taller than a laptop's screen allows: they scroll.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(links)
        return [(self.tr("Links"), scroll), (self.tr("History"), history)]

    def new_values(self) -> dict[str, Any]:
        return {"status": RiskStatus.IDENTIFIED.value}

    def item_loaded(self, entity_id: Any, data: dict[str, Any]) -> None:
        status = data.get("status") or RiskStatus.IDENTIFIED.value
        editor = self.form.editor("status")
        assert isinstance(editor, ChoiceEditor)
        allowed = {status, *(s.value for s in next_risk_statuses(status))}
        editor.set_allowed(allowed)
        editor.set_value(status)
        self._treatment_changed()
        self._load_history(entity_id)

    def _field_changed(self, name: str) -> None:
        if name == "treatment":
            self._treatment_changed()

    def _treatment_changed(self) -> None:
        accept = self.form.editor("treatment").raw() == Treatment.ACCEPT.value
        for name in ("acceptance_approver_id", "acceptance_expires_on"):
            self.form.editor(name).set_enabled(accept)

    def _load_history(self, entity_id: Any) -> None:
        if entity_id is None or self.ctx.ws is None:
            self.history_model.clear()
            self.history_note.setText(self.tr("The history of a risk's scores starts when it is saved."))
            return
        rows = self.ctx.ws.risks.history(entity_id)
        cols = rows.columns
        li, ii = cols.index("likelihood"), cols.index("impact")
        scored = RowSet(cols + ("score",), [r + (r[li] * r[ii],) for r in reversed(rows.rows)])
        fmt, colours = score_format(self._matrix)
        self.history_model.set_rows(
            scored, {"at": self.tr("When"), "stage": self.tr("Stage"),
                     "likelihood": self.tr("Likelihood"), "impact": self.tr("Impact"),
                     "score": self.tr("Score"), "by": self.tr("By")},
            formats={"stage": "choice", "score": fmt, "at": "datetime"},
            colours={"score": colours})
        self.history_view.resizeColumnsToContents()
        self.history_note.setText(self.tr("{n} score changes, newest first.").format(n=len(rows)))

    def prepare_save(self, values: dict[str, Any]) -> dict[str, Any]:
        threat = values.get("threat_id")
        if isinstance(threat, str) and threat.startswith(CATALOGUE):
            values["threat_id"] = self.ctx.workspace.catalogues.threat_id(threat[len(CATALOGUE):])
        if values.get("treatment") != Treatment.ACCEPT.value:
            # Acceptance details mean nothing for another treatment.
            values["acceptance_approver_id"] = None
            values["acceptance_expires_on"] = None
        return values

    def _after_write(self, entity_id: Any) -> None:
        # A catalogue threat may have joined the register: reload the choices too.
        threat = self.form.editor("threat_id").raw()
        super()._after_write(entity_id)
        if isinstance(threat, str):
            self.ctx.notify_changed("threats")
            self.refresh()

    def _custom_threat(self) -> None:
        if self.ctx.ws is None:
            return
        dialog = CustomThreatDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                threat_id = self.ctx.ws.threats.create(
                    name=dialog.name.text(), nature=dialog.nature.currentData(), custom=True)
            except PrivGuardError as exc:
                dialog.error.setText(error_text(exc))
                continue
            editor = self.form.editor("threat_id")
            assert isinstance(editor, ReferenceEditor)
            items = [(editor.combo.itemData(i), editor.combo.itemText(i))
                     for i in range(1, editor.combo.count())]
            self.form.set_items("threat_id", [(threat_id, dialog.name.text().strip()), *items])
            editor.set_value(threat_id)
            self.form.touch("threat_id")
            self.ctx.notify_changed("threats")
            break

    def clear_extra(self) -> None:
        self.history_model.clear()
        self.history_note.setText("")

    # -- filtering on a heat-map cell ------------------------------------------------------

    def show_filter(self, **filters: Any) -> None:
        stage = filters.pop("stage", None)
        lik, imp = filters.pop("likelihood", None), filters.pop("impact", None)
        if stage is None:
            super().show_filter(**filters)
            return
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage}")
        # The heat map counts open risks only; the cell's list must hold the same ones.
        columns = {"status": OPEN_RISK_STATUSES, **filters}
        if lik is not None:
            columns[f"{stage}_likelihood"] = lik
        if imp is not None:
            columns[f"{stage}_impact"] = imp
        super().show_filter(**columns)
        stage_name = {"inherent": self.tr("Inherent"), "current": self.tr("Current"),
                      "residual": self.tr("Residual")}[stage]
        parts = [stage_name]
        rows, cols = self._matrix.size
        if lik is not None and 1 <= lik <= rows:
            parts.append(matrix_label(self._matrix.likelihood_labels[lik - 1]))
        if imp is not None and 1 <= imp <= cols:
            parts.append(matrix_label(self._matrix.impact_labels[imp - 1]))
        text = parts[0] + " · " + " × ".join(parts[1:]) if len(parts) > 1 else parts[0]
        self.table.show_chip(self.tr("Filtered: {cell}").format(cell=text))
