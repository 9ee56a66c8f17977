"""The Inventory area: the Art. 30 records of processing and their editor.

Every Art. 30 fact has a place in the form, grouped the way the article lists
them. Data subjects and categories are picked from the catalogues (special
categories flagged), purposes, recipients and transfers are small tables, and
the DPIA screening is redone on every tick, with the criteria the record
itself suggests shown beside it (never ticked for the user).

Purposes are entities of their own; the form edits them as a list and the
save writes them in the same transaction as the activity (``ActivityWriter``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privguard.domain import entities as specs
from privguard.domain import wording
from privguard.domain.catalogue import CatalogueEntry, adequate_countries
from privguard.domain.dpia import (
    CRITERIA_TEXT,
    DpiaCriterion,
    DpiaVerdict,
    screen,
    suggested_criteria,
)
from privguard.domain.enums import DpiaStatus, ProcessingRole, TransferSafeguard
from privguard.domain.errors import ValidationError
from privguard.domain.schema import Field
from privguard.domain.wording import RECIPIENT_KINDS
from privguard.ui.editor_area import ListEditorArea
from privguard.ui.forms import FieldEditor, LineEditor, LinkPicker, editor_for, message_of
from privguard.ui.i18n import catalogue_label, choice_label, criterion_text, field_label, say, words
from privguard.ui.style import HINT_CSS
from privguard.ui.widgets.records import Column, RecordsFieldEditor
from privguard.words import Words


def recipient_kind_words(language: Words) -> dict[str, str]:
    """The kinds of recipient as the reader reads them (the record of processing says the same)."""
    return {kind: wording.coded(language, kind) for kind in RECIPIENT_KINDS}


# Transfers inside the EEA are not international transfers: no adequacy decision is needed.
EEA = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
                "IS LI NO".split())
WARNING_CSS = "color: #9a6700;"  # amber readable on light and dark backgrounds
# The purposes, edited with the activity though stored as entities of their own.
PURPOSES = Field("purposes", "Purposes", "json", default=list)


def criterion_label(criterion: DpiaCriterion) -> str:
    return criterion_text(CRITERIA_TEXT[criterion][0])


def criterion_tip(criterion: DpiaCriterion) -> str:
    return criterion_text(CRITERIA_TEXT[criterion][1])


def catalogue_name(entry: CatalogueEntry) -> str:
    """A catalogue entry's name in the window's language, found by its code."""
    return catalogue_label(entry.kind, entry.code, entry.name)


# -- editors -----------------------------------------------------------------------------


class CatalogueListEditor(FieldEditor):
    """A list field of catalogue codes (data subjects, data categories), ticked in a searchable list.

    Codes stay in the order they were stored, new ones after them, so saving an
    unrelated change does not rewrite the list in another order.
    """

    def __init__(self, field: Field, parent: QWidget | None = None):
        picker = LinkPicker(field_label(field.label), parent)
        picker.summary.hide()  # "n linked" reads wrong for categories; the form says what matters
        picker.view.setMinimumHeight(110)
        picker.view.setMaximumHeight(170)
        super().__init__(field, picker)
        self.picker = picker
        self._order: list[str] = []

    def set_items(self, items: list[tuple[str, str]]) -> None:
        picker: LinkPicker = self.widget
        keep = self.raw()
        picker.blockSignals(True)
        picker.model.set_items(items)
        picker.model.set_checked(keep)
        picker.blockSignals(False)

    def raw(self) -> Any:
        checked = set(self.picker.values())
        return [c for c in self._order if c in checked] + sorted(checked - set(self._order))

    def set_value(self, value: Any) -> None:
        self._order = [str(v) for v in value] if isinstance(value, list | tuple) else []
        self.picker.set_values(self._order)

    def connect(self, callback: Callable[[], None]) -> None:
        self.picker.changed.connect(callback)

    def focus(self) -> None:
        self.picker.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_items(self) -> None:
        self.picker.clear()


class DpiaCriteriaEditor(FieldEditor):
    """The nine EDPB screening criteria as check boxes, each explained in its tooltip."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[DpiaCriterion, QCheckBox] = {}
        for n, criterion in enumerate(DpiaCriterion):
            check = QCheckBox(criterion_label(criterion), box)
            check.setToolTip(criterion_tip(criterion))
            self.boxes[criterion] = check
            # One column: two side by side are wider than the pane in Spanish.
            grid.addWidget(check, n, 0)
        super().__init__(field, box)

    def raw(self) -> Any:
        return [str(c) for c, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for criterion, box in self.boxes.items():
            box.setChecked(str(criterion) in chosen)

    def tick(self, criteria: list[DpiaCriterion]) -> None:
        for criterion in criteria:
            self.boxes[criterion].setChecked(True)

    def connect(self, callback: Callable[[], None]) -> None:
        for box in self.boxes.values():
            box.toggled.connect(lambda _v: callback())

    def focus(self) -> None:
        next(iter(self.boxes.values())).setFocus(Qt.FocusReason.OtherFocusReason)


# -- checks of the small tables ------------------------------------------------------------


def _country_ok(text: Any) -> bool:
    return isinstance(text, str) and len(text) == 2 and text.isalpha()


def check_purposes(records: list[dict[str, Any]], art6: set[str], art9: set[str]) -> str | None:
    for n, record in enumerate(records, start=1):
        if not str(record.get("description") or "").strip():
            return QCoreApplication.translate("InventoryArea", "Purpose {n} needs a description.").format(n=n)
        if not record.get("art6_basis"):
            return QCoreApplication.translate("InventoryArea", "Purpose {n} needs a legal basis (Art. 6).").format(n=n)
        if art6 and record["art6_basis"] not in art6:
            return QCoreApplication.translate("InventoryArea", "Purpose {n}: “{code}” is not an Art. 6 legal basis.").format(
                n=n, code=record["art6_basis"])
        condition = record.get("art9_condition")
        if condition and art9 and condition not in art9:
            return QCoreApplication.translate("InventoryArea", "Purpose {n}: “{code}” is not an Art. 9 condition.").format(
                n=n, code=condition)
    return None


def check_recipients(records: list[dict[str, Any]]) -> str | None:
    for n, record in enumerate(records, start=1):
        if not str(record.get("name") or "").strip():
            return QCoreApplication.translate("InventoryArea", "Recipient {n} needs a name.").format(n=n)
        if record.get("kind") not in RECIPIENT_KINDS:
            return QCoreApplication.translate("InventoryArea", "Recipient {n} needs a kind.").format(n=n)
        if record.get("country") and not _country_ok(record["country"]):
            return QCoreApplication.translate("InventoryArea", "Recipient {n}: the country must be a two-letter code such as ES.").format(n=n)
    return None


def check_transfers(records: list[dict[str, Any]]) -> str | None:
    for n, record in enumerate(records, start=1):
        if not _country_ok(record.get("country")):
            return QCoreApplication.translate("InventoryArea", "Transfer {n} needs the two-letter code of the destination "
                                       "country, such as US.").format(n=n)
        if record.get("safeguard") not in {s.value for s in TransferSafeguard}:
            return QCoreApplication.translate("InventoryArea", "Transfer {n} needs a safeguard.").format(n=n)
    return None


def transfer_warnings(records: list[dict[str, Any]]) -> list[str]:
    """What an auditor would ask about these transfers: non-adequate countries without a safeguard."""
    adequate = {code: partial for code, _name, partial in adequate_countries()}
    out = []
    for n, record in enumerate(records, start=1):
        country, safeguard = record.get("country") or "", record.get("safeguard")
        if not _country_ok(country) or country in EEA:
            continue
        if country not in adequate and safeguard in (None, "", TransferSafeguard.NONE.value):
            out.append(QCoreApplication.translate("InventoryArea", "Transfer {n}: {country} has no adequacy decision and the "
                                           "transfer has no safeguard (Art. 44–49).").format(n=n, country=country))
        elif country not in adequate and safeguard == TransferSafeguard.ADEQUACY.value:
            out.append(QCoreApplication.translate("InventoryArea", "Transfer {n}: {country} has no adequacy decision; choose the "
                                           "safeguard actually used.").format(n=n, country=country))
        elif adequate.get(country) and safeguard == TransferSafeguard.ADEQUACY.value:
            out.append(QCoreApplication.translate("InventoryArea", "Transfer {n}: the adequacy decision for {country} covers only "
                                           "some organisations; check the recipient is one of them.")
                       .format(n=n, country=country))
    return out


# -- writing the activity with its purposes ----------------------------------------------------


class ActivityWriter:
    """The activity service, with the purposes read and written as a ``purposes`` list.

    ListEditorArea saves inside one transaction; the purposes are written in it
    after the activity (a new activity needs its id first), so a refused purpose
    leaves nothing half-saved.
    """

    _PURPOSE_FIELDS = ("description", "art6_basis", "art9_condition", "note")

    def __init__(self, ws: Any):
        self.ws = ws
        self.activities = ws.activities

    def __getattr__(self, name: str) -> Any:
        return getattr(self.activities, name)

    def get(self, activity_id: int) -> dict[str, Any]:
        data = self.activities.get(activity_id)
        data["purposes"] = [{k: p.get(k) for k in ("id", *self._PURPOSE_FIELDS)}
                            for p in self.activities.purposes(activity_id)]
        return data

    def create(self, links: Any = None, **values: Any) -> int:
        purposes = values.pop("purposes", None) or []
        activity_id = self.activities.create(links=links, **values)
        self._write_purposes(activity_id, purposes)
        return activity_id

    def update(self, activity_id: int, **values: Any) -> None:
        purposes = values.pop("purposes", None)
        self.activities.update(activity_id, **values)
        if purposes is not None:
            self._write_purposes(activity_id, purposes)

    def _write_purposes(self, activity_id: int, purposes: list[dict[str, Any]]) -> None:
        stored = {p["id"]: p for p in self.activities.purposes(activity_id)}
        kept = set()
        try:
            for purpose in purposes:
                values = {k: purpose.get(k) or ("" if k in ("description", "note") else None)
                          for k in self._PURPOSE_FIELDS}
                pid = purpose.get("id")
                if pid in stored:
                    kept.add(pid)
                    if any(stored[pid].get(k) != v for k, v in values.items()):
                        self.ws.purposes.update(pid, **values)
                else:
                    self.ws.purposes.create(activity_id=activity_id, **values)
            for pid in set(stored) - kept:
                self.ws.purposes.delete(pid)
        except ValidationError as exc:
            # Shown under the purposes table, not as a stray form-wide message.
            raise ValidationError(message_of(exc), "purposes") from exc


# -- the area --------------------------------------------------------------------------------


class InventoryArea(ListEditorArea):
    key = "inventory"
    entity = "processing_activities"
    spec = specs.PROCESSING_ACTIVITY
    service_name = "activities"
    links = ("assets",)
    hidden_columns = frozenset({"retention", "updated_at"})
    watches = ("persons", "assets")

    def __init__(self, ctx: Any, parent: QWidget | None = None):
        # Built before the base class asks for the form's layout and editors.
        self._art6: dict[str, str] = {}
        self._art9: dict[str, str] = {}
        self._subjects: dict[str, CatalogueEntry] = {}
        self._categories: dict[str, CatalogueEntry] = {}
        self._build_editors()
        self._placed = False  # the base class shows a blank item before the labels exist
        super().__init__(ctx, parent)
        self._place_editors()
        self._placed = True
        self.form.fieldChanged.connect(self._field_changed)
        self._load_catalogues()

    def title(self) -> str:
        return self.tr("Inventory")

    def new_heading(self) -> str:
        return self.tr("New processing activity")

    def service(self) -> Any:
        return ActivityWriter(self.ctx.workspace)

    # -- the table -----------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        return {"name": field_label("Name"), "role": field_label("Our role"),
                "owner": field_label("Owner"), "special_categories": self.tr("Special data"),
                "approx_subjects": self.tr("People"), "dpia_status": field_label("DPIA status"),
                "retention": field_label("Retention"), "updated_at": self.tr("Updated")}

    def formats(self) -> dict[str, Any]:
        yes = self.tr("Yes")
        return {"role": "choice", "dpia_status": "choice", "updated_at": "datetime",
                "special_categories": lambda v: yes if v else "", "approx_subjects": "int"}

    # -- the form ------------------------------------------------------------------------

    def _build_editors(self) -> None:
        spec = specs.PROCESSING_ACTIVITY
        self.subjects_editor = CatalogueListEditor(spec.field("data_subjects"))
        self.categories_editor = CatalogueListEditor(spec.field("data_categories"))
        self.purposes_editor = RecordsFieldEditor(
            PURPOSES, (
                Column("description", field_label("Purpose"), max_len=2000, stretch=True),
                Column("art6_basis", QCoreApplication.translate("InventoryArea", "Legal basis (Art. 6)"), "choice", default=None),
                Column("art9_condition", QCoreApplication.translate("InventoryArea", "Art. 9 condition"), "choice", default=None,
                       tip=QCoreApplication.translate("InventoryArea", "Needed for purposes that use special categories of data")),
                Column("note", field_label("Note"), max_len=2000),
            ), title=field_label("Purposes"),
            empty_text=QCoreApplication.translate("InventoryArea", "No purposes yet: add each purpose with its legal basis."),
            check=lambda r: check_purposes(r, set(self._art6), set(self._art9)))
        self.recipients_editor = RecordsFieldEditor(
            spec.field("recipients"), (
                Column("name", field_label("Name"), max_len=300, stretch=True),
                Column("kind", QCoreApplication.translate("InventoryArea", "Kind"), "choice", default="processor"),
                Column("country", QCoreApplication.translate("InventoryArea", "Country"), "country"),
            ), title=field_label("Recipients"),
            empty_text=QCoreApplication.translate("InventoryArea", "No recipients: the data is not disclosed to anyone."),
            check=check_recipients)
        self.recipients_editor.table.model.set_choices(
            "kind", list(recipient_kind_words(words()).items()))
        self.transfers_editor = RecordsFieldEditor(
            spec.field("transfers"), (
                Column("country", QCoreApplication.translate("InventoryArea", "Country"), "country"),
                Column("recipient", QCoreApplication.translate("InventoryArea", "Recipient"), max_len=300, stretch=True),
                Column("safeguard", QCoreApplication.translate("InventoryArea", "Safeguard"), "choice", default=None),
                # The record of processing says where the safeguard's papers are (Art. 30(1)(e)).
                Column("documentation", QCoreApplication.translate("InventoryArea", "Where it is documented"),
                       max_len=300, tip=QCoreApplication.translate(
                           "InventoryArea", "Where the signed clauses, the adequacy reference or "
                           "the transfer impact assessment are kept")),
            ), title=field_label("International transfers"),
            empty_text=QCoreApplication.translate("InventoryArea", "No transfers outside the EEA."),
            check=check_transfers)
        self.transfers_editor.table.model.set_choices(
            "safeguard", [(s.value, choice_label(s.value)) for s in TransferSafeguard])
        self.criteria_editor = DpiaCriteriaEditor(spec.field("dpia_criteria"))
        self.status_editor = editor_for(spec.field("dpia_status"))
        self.reference_editor = editor_for(spec.field("dpia_reference"))
        # Group boxes whose content is placed once the form has made the error labels.
        self.purposes_box, self.recipients_box = QWidget(), QWidget()
        self.transfers_box, self.dpia_box = QWidget(), QWidget()

    def form_editors(self) -> dict[str, FieldEditor]:
        # Contacts and retention are usually one line: a line edit keeps the form short.
        spec = specs.PROCESSING_ACTIVITY
        short = {name: LineEditor(spec.field(name)) for name in (
            "controller_contact", "joint_controllers", "representative", "dpo_contact", "retention")}
        return {**short, "purposes": self.purposes_editor, "data_subjects": self.subjects_editor,
                "data_categories": self.categories_editor, "recipients": self.recipients_editor,
                "transfers": self.transfers_editor, "dpia_criteria": self.criteria_editor,
                "dpia_status": self.status_editor, "dpia_reference": self.reference_editor}

    def form_layout(self) -> list[Any]:
        return [
            (self.tr("Identity and role"), ["name", "description", "role", "owner_id",
                                            "controller_name", "controller_contact",
                                            "joint_controllers", "representative", "dpo_contact"]),
            (self.tr("Purposes and legal bases"), self.purposes_box),
            (self.tr("Data subjects and categories of data"),
             ["data_subjects", "data_categories", "special_categories", "approx_subjects",
              "approx_records"]),
            (self.tr("Recipients and processors"), self.recipients_box),
            (self.tr("International transfers"), self.transfers_box),
            (self.tr("Retention"), ["retention", "retention_days"]),
            (self.tr("Security measures (Art. 32)"), ["security_measures"]),
            (self.tr("Assets used"), ["assets"]),
            (self.tr("Data protection impact assessment"), self.dpia_box),
        ]

    def _place_editors(self) -> None:
        def fill(box: QWidget, *widgets: QWidget | None) -> QVBoxLayout:
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                if widget is not None:
                    layout.addWidget(widget)
            return layout

        self.art9_hint = QLabel(self.tr("Special categories of data are processed: give the Art. 9 "
                                        "condition of each purpose that uses them."), self)
        self.art9_hint.setWordWrap(True)
        self.art9_hint.setStyleSheet(WARNING_CSS)
        self.art9_hint.hide()
        fill(self.purposes_box, self.purposes_editor.widget, self.art9_hint,
             self.purposes_editor.error_label)
        fill(self.recipients_box, self.recipients_editor.widget, self.recipients_editor.error_label)
        self.transfer_warning = QLabel(self)
        self.transfer_warning.setWordWrap(True)
        self.transfer_warning.setStyleSheet(WARNING_CSS)
        self.transfer_warning.hide()
        fill(self.transfers_box, self.transfers_editor.widget, self.transfer_warning,
             self.transfers_editor.error_label)

        hint = QLabel(self.tr("Tick the EDPB criteria that apply (hover over one for its meaning). "
                              "Two or more make a DPIA likely to be required."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_CSS)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("DPIA screening result"))
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet(HINT_CSS)
        self.apply_suggestion = QPushButton(self.tr("Tick the suggested criteria"), self)
        self.apply_suggestion.clicked.connect(self._tick_suggested)
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.apply_suggestion, 0, Qt.AlignmentFlag.AlignTop)
        self._suggested: list[DpiaCriterion] = []
        status_form = QFormLayout()
        for name, editor in (("dpia_status", self.status_editor),
                             ("dpia_reference", self.reference_editor)):
            cell = QWidget(self)
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(editor.widget)
            if editor.error_label is not None:
                cell_layout.addWidget(editor.error_label)
            label = QLabel(field_label(specs.PROCESSING_ACTIVITY.field(name).label), self)
            label.setBuddy(editor.widget)
            status_form.addRow(label, cell)
        self.status_warning = QLabel(self)
        self.status_warning.setWordWrap(True)
        self.status_warning.setStyleSheet(WARNING_CSS)
        self.status_warning.hide()
        layout = fill(self.dpia_box, hint, self.criteria_editor.widget,
                      self.criteria_editor.error_label, self.verdict, self.explanation)
        layout.addLayout(suggestion_row)
        layout.addLayout(status_form)
        layout.addWidget(self.status_warning)

    def form_rules(self) -> list[Any]:
        return [self._controller_named, self._purposes_needed, self._art9_needed]

    def _controller_named(self, values: dict[str, Any]) -> tuple[str, str] | None:
        if values.get("role") == ProcessingRole.PROCESSOR.value and not values.get("controller_name"):
            return "controller_name", self.tr("When we act as processor, name the controller we "
                                              "process for (Art. 30(2)).")
        return None

    def _purposes_needed(self, values: dict[str, Any]) -> tuple[str, str] | None:
        # A processor's record (Art. 30(2)) lists the controllers, not purposes of its own.
        if values.get("role") != ProcessingRole.PROCESSOR.value and values.get("purposes") == []:
            return "purposes", self.tr("Add at least one purpose with its legal basis (Art. 30(1)(b)).")
        return None

    def _art9_needed(self, values: dict[str, Any]) -> tuple[str, str] | None:
        purposes = values.get("purposes")
        if not isinstance(purposes, list) or not purposes or not self._special(values):
            return None
        if not any(p.get("art9_condition") for p in purposes):
            return "purposes", self.tr("Special categories of data are processed: give the Art. 9 "
                                       "condition for the purposes that use them.")
        return None

    def _special(self, values: dict[str, Any]) -> bool:
        codes = values.get("data_categories") or []
        return bool(values.get("special_categories")) or any(
            self._categories[c].attributes.get("special") for c in codes if c in self._categories)

    def new_values(self) -> dict[str, Any]:
        return {"role": ProcessingRole.CONTROLLER.value, "dpia_status": DpiaStatus.NOT_REQUIRED.value,
                "purposes": []}

    # -- catalogues ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.ws is not None:
            self._load_catalogues()
        super().refresh()

    def _load_catalogues(self) -> None:
        """The catalogues' choices (built-in plus the register's own): small, read on the GUI thread."""
        if self.ctx.ws is None:
            return
        catalogues = self.ctx.ws.catalogues
        self._subjects = {e.code: e for e in catalogues.entries("data_subject")}
        self._categories = {e.code: e for e in catalogues.entries("data_category")}
        self._art6 = {e.code: f"{e.code} · {catalogue_name(e)}"
                      for e in catalogues.entries("legal_basis_art6")}
        self._art9 = {e.code: f"{e.code} · {catalogue_name(e)}"
                      for e in catalogues.entries("legal_basis_art9")}
        vulnerable, special = self.tr("vulnerable"), self.tr("special category (Art. 9)")
        criminal = self.tr("criminal offences (Art. 10)")
        self.subjects_editor.set_items([
            (code, catalogue_name(e) + (f" — {vulnerable}" if e.attributes.get("vulnerable") else ""))
            for code, e in self._subjects.items()])
        self.categories_editor.set_items([
            (code, catalogue_name(e) + (f" — {special}" if e.attributes.get("special") else "")
             + (f" — {criminal}" if e.attributes.get("criminal") else ""))
            for code, e in self._categories.items()])
        model = self.purposes_editor.table.model
        model.set_choices("art6_basis", list(self._art6.items()))
        model.set_choices("art9_condition", [(None, self.tr("— none —")), *self._art9.items()])
        self._update_live()

    # -- live feedback ---------------------------------------------------------------------------

    def item_loaded(self, entity_id: Any, data: dict[str, Any]) -> None:
        self._update_live()

    def _field_changed(self, name: str) -> None:
        if name == "data_categories" and not self.form.editor("special_categories").raw():
            values = {"data_categories": self.categories_editor.raw()}
            if self._special(values):
                # What the service would set on save anyway, shown now.
                self.form.editor("special_categories").set_value(True)
        self._update_live()

    def _value(self, name: str) -> Any:
        try:
            return self.form.editor(name).clean()
        except ValidationError:
            return None

    def _update_live(self) -> None:
        if not self._placed:
            return
        special = self._special({"data_categories": self.categories_editor.raw(),
                                 "special_categories": self.form.editor("special_categories").raw()})
        self.art9_hint.setVisible(special)
        warnings = transfer_warnings(self.transfers_editor.raw())
        self.transfer_warning.setText("\n".join(warnings))
        self.transfer_warning.setVisible(bool(warnings))
        self._update_screening(special)

    def _update_screening(self, special: bool) -> None:
        criteria = self.criteria_editor.raw()
        screening = screen(criteria)
        names = ", ".join(criterion_label(DpiaCriterion(c)) for c in screening.codes)
        if screening.verdict is DpiaVerdict.LIKELY_REQUIRED:
            text = self.tr("DPIA likely required: {n} criteria met ({names})").format(
                n=screening.count, names=names)
        elif screening.verdict is DpiaVerdict.CONSIDER:
            text = self.tr("Consider a DPIA: 1 criterion met ({names})").format(names=names)
        else:
            text = self.tr("DPIA not indicated: no criterion met")
        self.verdict.setText(text)
        self.explanation.setText(say(screening.explanation()))

        subjects = [self._subjects[c] for c in self.subjects_editor.raw() if c in self._subjects]
        categories = [self._categories[c] for c in self.categories_editor.raw() if c in self._categories]
        approx = self._value("approx_subjects")
        suggested = suggested_criteria(
            special_category_data=special,
            criminal_offence_data=any(e.attributes.get("criminal") for e in categories),
            vulnerable_subjects=any(e.attributes.get("vulnerable") for e in subjects),
            approx_subjects=approx if isinstance(approx, int) else None)
        self._suggested = [c for c in suggested if str(c) not in criteria]
        if self._suggested:
            self.suggestion.setText(self.tr("This record suggests: {names}.").format(
                names=", ".join(criterion_label(c) for c in self._suggested)))
        self.suggestion.setVisible(bool(self._suggested))
        self.apply_suggestion.setVisible(bool(self._suggested))

        status = self.status_editor.raw()
        mismatch = screening.likely_required and status == DpiaStatus.NOT_REQUIRED.value
        self.status_warning.setText(self.tr("The screening says a DPIA is likely required, but its "
                                            "status is “not required”.") if mismatch else "")
        self.status_warning.setVisible(mismatch)

    def _tick_suggested(self) -> None:
        self.criteria_editor.tick(self._suggested)

    def clear_extra(self) -> None:
        # The register's own catalogue entries are register data too.
        self._subjects, self._categories, self._art6, self._art9 = {}, {}, {}, {}
        self.purposes_editor.table.model.set_choices("art6_basis", [])
        self.purposes_editor.table.model.set_choices("art9_condition", [])
        self.verdict.setText("")
        self.explanation.setText("")
        self.suggestion.hide()
        self.apply_suggestion.hide()
        self.transfer_warning.hide()
        self.status_warning.hide()
        self.art9_hint.hide()
