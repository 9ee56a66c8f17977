"""Entity editors built from the domain's field specs, validating as the user types.

Every field is validated with the same ``Field.clean`` the services use, so the
message next to a field is the one the save would raise. Messages appear once
the user has touched a field (or pressed Save), not on a blank new form.
References to other entities are searchable combos, links are checkable
searchable lists: nobody types an id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privguard.domain.errors import ValidationError
from privguard.domain.rows import RowSet
from privguard.domain.schema import EntitySpec, Field
from privguard.ui.i18n import catalogue_label, choice_label, error_text, field_label, words

_LONG_TEXT = 300  # text fields allowed more than this get a multi-line editor
_INT32 = 2**31 - 1
ERROR_STYLE = "color: #c62828;"  # the one colour a form uses: its error messages

# Where the choices of a reference field or a link come from:
# entity -> (workspace service, how a row reads in the list).
SOURCES: dict[str, tuple[str, Callable[[dict[str, Any]], str]]] = {
    "persons": ("people", lambda r: f"{r['name']} ({r['role']})" if r.get("role") else r["name"]),
    "threats": ("threats", lambda r: catalogue_label("threat", r.get("code"), r["name"])),
    "assets": ("assets", lambda r: r["name"]),
    "business_services": ("services", lambda r: r["name"]),
    "processing_activities": ("activities", lambda r: r["name"]),
    "controls": ("controls", lambda r: f"{r['code']} {catalogue_label('control', r['code'], r['name'])}"
                 if r.get("code") else r["name"]),
    "risks": ("risks", lambda r: r["title"]),
    "incidents": ("incidents", lambda r: r["title"]),
}
# Reference fields and the entity they point to (the services' _REFERENCES, for the UI).
REFERENCES = {
    "owner_id": "persons", "reporter_id": "persons", "acceptance_approver_id": "persons",
    "threat_id": "threats", "activity_id": "processing_activities", "incident_id": "incidents",
    "risk_id": "risks",
}

Choices = list[tuple[Any, str]]


def load_choices(ws: Any, entity: str) -> Choices:
    """(id, label) pairs of an entity, sorted by label; safe to call off the GUI thread."""
    service, label = SOURCES[entity]
    rows: RowSet = getattr(ws, service).rows()
    items = [(r["id"], label(r)) for r in rows.dicts()]
    items.sort(key=lambda item: item[1].casefold())
    return items


def message_of(exc: BaseException) -> str:
    """An error's message as the user reads it, in the window's language: the message id and
    values it carries (``template``/``params``) are translated here, where it is shown."""
    return error_text(exc)


class _Unmatched:
    """Text typed into a reference combo that names nothing in its list."""

    def __init__(self, text: str):
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Unmatched) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


# -- field editors ----------------------------------------------------------------------


class FieldEditor:
    """One field's widget: ``raw()`` is what the user entered, ``clean()`` the value to save.

    Subclass it for special inputs (the risk matrix picker does); the form only
    needs ``widget``, ``raw``, ``set_value``, ``clean`` and ``connect``.
    """

    def __init__(self, field: Field, widget: QWidget):
        self.field = field
        self.widget = widget
        self.error_label: QLabel | None = None

    def raw(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def clean(self) -> Any:
        return self.field.clean(self.raw())

    def connect(self, callback: Callable[[], None]) -> None:
        raise NotImplementedError

    def set_enabled(self, enabled: bool) -> None:
        self.widget.setEnabled(enabled)

    def focus(self) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_items(self) -> None:
        """Forget register data held in the widget itself (lists of names)."""


class LineEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        edit = QLineEdit(parent)
        edit.setMaxLength(max(field.max_len, 1) if field.kind in ("text", "email") else 32767)
        if field.kind == "country":
            edit.setMaxLength(2)
            edit.setPlaceholderText("ES")
        if field.kind == "list":
            edit.setPlaceholderText(QCoreApplication.translate("EntityForm", "Separate items with commas"))
        super().__init__(field, edit)

    def raw(self) -> Any:
        return self.widget.text()

    def set_value(self, value: Any) -> None:
        if isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        self.widget.setText("" if value is None else str(value))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda _t: callback())


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(field, edit)

    def raw(self) -> Any:
        return self.widget.toPlainText()

    def set_value(self, value: Any) -> None:
        self.widget.setPlainText("" if value is None else str(value))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(callback)


class SpinEditor(FieldEditor):
    """Small bounded whole numbers (ratings) that always have a value."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        spin = QSpinBox(parent)
        spin.setRange(int(field.minimum), int(field.maximum))
        super().__init__(field, spin)

    def raw(self) -> Any:
        return self.widget.value()

    def set_value(self, value: Any) -> None:
        default = self.field.default if self.field.default is not None else self.field.minimum
        self.widget.setValue(int(value if value is not None else default))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.valueChanged.connect(lambda _v: callback())


class NumberEditor(FieldEditor):
    """A number typed in the user's locale; empty means not set."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        super().__init__(field, edit)

    def raw(self) -> Any:
        return self.widget.text().strip()

    def clean(self) -> Any:
        text = self.raw()
        if text:
            locale = QLocale()
            value, ok = (locale.toLongLong(text) if self.field.kind == "int"
                         else locale.toDouble(text))
            if ok:
                return self.field.clean(value)
        return self.field.clean(text)

    def set_value(self, value: Any) -> None:
        if value is None:
            self.widget.setText("")
        elif isinstance(value, str):  # text as typed, kept by a snapshot (may be "" or invalid)
            self.widget.setText(value)
        elif self.field.kind == "int":
            self.widget.setText(str(int(value)))
        else:
            text = f"{float(value):.12g}"
            self.widget.setText(text.replace(".", QLocale().decimalPoint()))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.textChanged.connect(lambda _t: callback())


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        combo = QComboBox(parent)
        super().__init__(field, combo)
        assert field.choices is not None
        self._all = [c.value for c in field.choices]
        self.set_allowed(self._all)

    def set_allowed(self, values: Iterable[str]) -> None:
        """Offer only these values (a workflow's next steps); the current one stays."""
        combo: QComboBox = self.widget
        current = self.raw()
        allowed = [v for v in self._all if v in set(values) or v == current]
        combo.blockSignals(True)
        combo.clear()
        # A choice with a default (a status) always has a value; others may be left empty.
        if not self.field.required and self.field.default is None:
            combo.addItem(QCoreApplication.translate("EntityForm", "— not set —"), None)
        for value in allowed:
            combo.addItem(choice_label(value), value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def raw(self) -> Any:
        return self.widget.currentData()

    def set_value(self, value: Any) -> None:
        index = self.widget.findData(value)
        if index < 0 and value is not None:
            self.set_allowed([*self._all])
            index = self.widget.findData(value)
        self.widget.setCurrentIndex(max(index, 0))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.currentIndexChanged.connect(lambda _i: callback())


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, QCheckBox(parent))

    def raw(self) -> Any:
        return self.widget.isChecked()

    def set_value(self, value: Any) -> None:
        default = self.field.default if self.field.default is not None else False
        self.widget.setChecked(bool(value if value is not None else default))

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.toggled.connect(lambda _v: callback())


class _OptionalEdit(QWidget):
    """A date (or date-time) edit with an explicit "not set" state: a checkbox before it."""

    def __init__(self, edit: QDateEdit, required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = edit
        self.check = QCheckBox(self)
        self.check.setToolTip(QCoreApplication.translate("EntityForm", "Untick to leave the date not set"))
        self.check.setAccessibleName(QCoreApplication.translate("EntityForm", "Date set"))
        self.check.setVisible(not required)
        self.check.setChecked(required)
        edit.setCalendarPopup(True)
        edit.setSpecialValueText(QCoreApplication.translate("EntityForm", "Not set"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(edit, 1)
        self.check.toggled.connect(self._toggled)
        self._toggled(self.check.isChecked())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if not on:
            # The minimum shows the special text "Not set".
            self.edit.setDateTime(self.edit.minimumDateTime())
        elif self.edit.dateTime() == self.edit.minimumDateTime():
            self.edit.setDateTime(QDateTime.currentDateTime())

    def is_set(self) -> bool:
        return self.check.isChecked()

    def focus(self) -> None:
        (self.edit if self.check.isChecked() else self.check).setFocus()


class DateEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        edit = QDateEdit(parent)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        super().__init__(field, _OptionalEdit(edit, field.required, parent))

    def raw(self) -> Any:
        box: _OptionalEdit = self.widget
        return box.edit.date().toPython() if box.is_set() else None

    def set_value(self, value: Any) -> None:
        box: _OptionalEdit = self.widget
        if isinstance(value, datetime):
            value = value.date()
        if isinstance(value, date):
            box.check.setChecked(True)
            box.edit.setDate(QDate(value.year, value.month, value.day))
        else:
            box.check.setChecked(self.field.required)
            if self.field.required:
                box.edit.setDate(QDate.currentDate())

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.check.toggled.connect(lambda _v: callback())
        self.widget.edit.dateChanged.connect(lambda _d: callback())

    def focus(self) -> None:
        self.widget.focus()


class DateTimeEditor(FieldEditor):
    """A moment shown and typed in local time, stored as an aware datetime."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        edit = QDateTimeEdit(parent)
        edit.setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0)))
        edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        super().__init__(field, _OptionalEdit(edit, field.required, parent))
        self._original: datetime | None = None

    def raw(self) -> Any:
        box: _OptionalEdit = self.widget
        if not box.is_set():
            return None
        shown = box.edit.dateTime().toPython().astimezone()
        # The edit keeps minutes only; an unchanged value keeps its stored precision.
        if self._original is not None and abs((shown - self._original).total_seconds()) < 60 \
                and shown.replace(second=0, microsecond=0) == \
                self._original.astimezone().replace(second=0, microsecond=0):
            return self._original
        return shown

    def set_value(self, value: Any) -> None:
        box: _OptionalEdit = self.widget
        self._original = value if isinstance(value, datetime) and value.tzinfo else None
        if isinstance(value, datetime):
            local = value.astimezone() if value.tzinfo else value
            box.check.setChecked(True)
            box.edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                           QTime(local.hour, local.minute)))
        else:
            box.check.setChecked(self.field.required)
            if self.field.required:
                box.edit.setDateTime(QDateTime.currentDateTime())

    def connect(self, callback: Callable[[], None]) -> None:
        self.widget.check.toggled.connect(lambda _v: callback())
        self.widget.edit.dateTimeChanged.connect(lambda _d: callback())

    def focus(self) -> None:
        self.widget.focus()


class ReferenceEditor(FieldEditor):
    """Another entity picked by name from a searchable list (type any part of the name)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(20)
        combo.lineEdit().setPlaceholderText(QCoreApplication.translate("EntityForm", "Type to search…"))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        super().__init__(field, combo)
        self.combo = combo
        self._value: Any = None
        self.set_items([])

    def set_items(self, items: Choices) -> None:
        combo = self.combo
        keep = self.raw() if combo.count() else self._value
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)  # empty: not set
        for value, label in items:
            combo.addItem(label, value)
        combo.blockSignals(False)
        self.set_value(keep)

    def clear_items(self) -> None:
        self._value = None
        self.set_items([])

    def raw(self) -> Any:
        combo = self.combo
        text = combo.currentText().strip()
        if not text:
            if self._value is not None and combo.findData(self._value) < 0:
                return self._value  # the list has not arrived yet
            return None
        index = combo.currentIndex()
        if index > 0 and combo.itemText(index) == combo.currentText():
            return combo.itemData(index)
        found = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if found > 0:
            return combo.itemData(found)
        return _Unmatched(text)

    def clean(self) -> Any:
        value = self.raw()
        if isinstance(value, _Unmatched):
            raise ValidationError(
                QCoreApplication.translate("EntityForm", "Choose {label} from the list; nothing is called “{text}”.")
                .format(label=field_label(self.field.label), text=value.text), self.field.name)
        return self.field.clean(value)

    def set_value(self, value: Any) -> None:
        combo = self.combo
        self._value = value
        index = combo.findData(value) if value is not None else 0
        combo.blockSignals(True)
        combo.setCurrentIndex(max(index, 0))
        if index < 0:
            combo.setEditText("")
        combo.blockSignals(False)

    def connect(self, callback: Callable[[], None]) -> None:
        self.combo.editTextChanged.connect(lambda _t: callback())
        self.combo.currentIndexChanged.connect(lambda _i: callback())


# -- links ---------------------------------------------------------------------------------


class CheckListModel(QAbstractListModel):
    """Checkable (id, label) items with a contains-filter; fine with tens of thousands."""

    checkedChanged = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._items: Choices = []
        self._lower: list[str] = []
        self._visible: list[int] = []
        self._checked: set[Any] = set()
        self._text = ""
        self._only_checked = False

    def set_items(self, items: Choices) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._lower = [label.lower() for _id, label in self._items]
        self._refilter()
        self.endResetModel()

    def set_filter(self, text: str, only_checked: bool = False) -> None:
        self.beginResetModel()
        self._text, self._only_checked = text.lower(), only_checked
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        words = self._text.split()
        self._visible = [i for i, low in enumerate(self._lower)
                         if all(w in low for w in words)
                         and (not self._only_checked or self._items[i][0] in self._checked)]

    def checked(self) -> list[Any]:
        return sorted(self._checked)

    def set_checked(self, ids: Iterable[Any]) -> None:
        self.beginResetModel()
        self._checked = set(ids)
        self._refilter()
        self.endResetModel()
        self.checkedChanged.emit()

    def label_of(self, entity_id: Any) -> str:
        return next((label for i, label in self._items if i == entity_id), str(entity_id))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        entity_id, label = self._items[self._visible[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if entity_id in self._checked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.UserRole:
            return entity_id
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entity_id = self._items[self._visible[index.row()]][0]
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == Qt.CheckState.Checked:
            self._checked.add(entity_id)
        else:
            self._checked.discard(entity_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)


class LinkPicker(QWidget):
    """Pick linked entities (assets, activities, controls, ...) from a searchable checkable list."""

    changed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CheckListModel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Search…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.only_checked = QCheckBox(self.tr("Only linked"), self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setMinimumHeight(120)
        self.view.setAccessibleName(title)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.only_checked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.filter_edit.textChanged.connect(self._refilter)
        self.only_checked.toggled.connect(self._refilter)
        self.model.checkedChanged.connect(self._on_checked)
        self._on_checked()

    def _refilter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.only_checked.isChecked())

    def _on_checked(self) -> None:
        ids = self.model.checked()
        if not ids:
            self.summary.setText(self.tr("Nothing linked."))
        else:
            names = ", ".join(self.model.label_of(i) for i in ids[:5])
            more = len(ids) - 5
            # A count's words need plural rules ("1 vinculado", "2 vinculados"): gettext's.
            self.summary.setText(words().plural("{n} linked: {names}", "{n} linked: {names}",
                                                len(ids), names=names)
                                 + (self.tr(" and {more} more").format(more=more) if more > 0 else ""))
        self.changed.emit()

    def set_items(self, items: Choices) -> None:
        self.model.set_items(items)
        self._on_checked()

    def values(self) -> list[Any]:
        return self.model.checked()

    def set_values(self, ids: Iterable[Any]) -> None:
        self.model.set_checked(ids)

    def clear(self) -> None:
        self.filter_edit.clear()
        self.model.set_items([])
        self.model.set_checked([])


# -- the form ------------------------------------------------------------------------------

Layout = Sequence[str | tuple[str, Sequence[str] | QWidget]]
Rule = Callable[[dict[str, Any]], tuple[str, str] | None]


def editor_for(field: Field, parent: QWidget | None = None) -> FieldEditor:
    if field.name in REFERENCES:
        return ReferenceEditor(field, parent)
    if field.kind == "text":
        return TextEditor(field, parent) if field.max_len > _LONG_TEXT else LineEditor(field, parent)
    if field.kind in ("email", "country", "list"):
        return LineEditor(field, parent)
    if field.kind == "int":
        bounded = field.minimum is not None and field.maximum is not None \
            and field.maximum <= _INT32 and field.maximum - field.minimum <= 1000
        if bounded and (field.required or field.default is not None):
            return SpinEditor(field, parent)
        return NumberEditor(field, parent)
    if field.kind == "float":
        return NumberEditor(field, parent)
    if field.kind == "choice":
        return ChoiceEditor(field, parent)
    if field.kind == "bool":
        return BoolEditor(field, parent)
    if field.kind == "date":
        return DateEditor(field, parent)
    if field.kind == "datetime":
        return DateTimeEditor(field, parent)
    raise ValueError(f"No generic editor for {field.kind} field {field.name}; pass one in editors.")


def _form_layout(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    # Fields grow with the pane on every platform (macOS's default keeps them narrow).
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class EntityForm(QWidget):
    """An editor for some fields of one entity, laid out in order, grouped optionally.

    ``layout`` lists field names (and link relations such as "assets"), or
    ``(group title, [names])`` tuples shown as group boxes, or ``(group title,
    widget)`` for a widget of the caller's (the risk matrix picker). ``editors`` supplies
    special editors; those, and ``links`` not named in ``layout``, are part of
    the form (values, validation, dirty state) but placed by the caller through
    ``editor(name).widget`` / ``error_label`` and ``picker(relation)``.
    ``rules`` are cross-field checks run after every change: each returns
    ``(field, message)`` or None.
    """

    dirtyChanged = Signal(bool)
    fieldChanged = Signal(str)

    def __init__(self, spec: EntitySpec, layout: Layout, links: Sequence[str] = (),
                 editors: Mapping[str, FieldEditor] | None = None,
                 rules: Sequence[Rule] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.rules = list(rules)
        self.editors: dict[str, FieldEditor] = dict(editors or {})
        self.pickers: dict[str, LinkPicker] = {}
        self._errors: dict[str, str] = {}     # what validation found
        self._server: dict[str, str] = {}     # what the last save was refused for
        self._touched: set[str] = set()
        self._show_all = False
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self._loading = False

        outer = QVBoxLayout(self)
        self.message = QLabel(self)  # form-wide errors (a refused status change, ...)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        outer.addWidget(self.message)

        wanted_links = list(links) + [n for n in self._names(layout) if n in spec.links]
        for relation in dict.fromkeys(wanted_links):
            picker = LinkPicker(field_label(relation.replace("_", " ").capitalize()), self)
            picker.changed.connect(lambda r=relation: self._on_change(r))
            self.pickers[relation] = picker

        loose = _form_layout()
        outer.addLayout(loose)
        for item in layout:
            if isinstance(item, str):
                self._add_row(loose, item)
            elif isinstance(item[1], QWidget):
                box = QGroupBox(item[0], self)
                QVBoxLayout(box).addWidget(item[1])
                outer.addWidget(box)
            else:
                title, names = item
                box = QGroupBox(title, self)
                form = _form_layout(box)
                for name in names:
                    self._add_row(form, name)
                outer.addWidget(box)
        for name, editor in self.editors.items():
            if editor.error_label is None:
                editor.error_label = self._error_label()
            editor.connect(lambda n=name: self._on_change(n))
        outer.addStretch(1)
        self.set_values({})

    @staticmethod
    def _names(layout: Layout) -> list[str]:
        out: list[str] = []
        for item in layout:
            if isinstance(item, str):
                out.append(item)
            elif not isinstance(item[1], QWidget):
                out.extend(item[1])
        return out

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _add_row(self, form: QFormLayout, name: str) -> None:
        if name in self.pickers:
            form.addRow(field_label(name.replace("_", " ").capitalize()), self.pickers[name])
            return
        spec_field = self.spec.field(name)
        editor = self.editors.get(name) or editor_for(spec_field, self)
        self.editors[name] = editor
        editor.error_label = self._error_label()
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor.widget)
        box.addWidget(editor.error_label)
        label = QLabel(field_label(spec_field.label), self)
        label.setBuddy(editor.widget)
        if spec_field.required:
            label.setToolTip(self.tr("Required"))
        form.addRow(label, cell)

    # -- values ------------------------------------------------------------------------

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def picker(self, relation: str) -> LinkPicker:
        return self.pickers[relation]

    def set_values(self, data: Mapping[str, Any]) -> None:
        """Show an entity (a dict from ``service.get``), or defaults for keys it lacks."""
        self._loading = True
        try:
            for name, editor in self.editors.items():
                if name in data:
                    editor.set_value(data[name])
                else:
                    default = editor.field.default
                    editor.set_value(default() if callable(default) else default)
            for relation, picker in self.pickers.items():
                picker.set_values(data.get(relation) or [])
        finally:
            self._loading = False
        self._touched.clear()
        self._server.clear()
        self._show_all = False
        self._baseline = self.snapshot()
        self._validate()
        self._set_dirty(False)

    def snapshot(self) -> dict[str, Any]:
        """What is entered now, valid or not (kept in memory across a lock)."""
        out = {name: editor.raw() for name, editor in self.editors.items()}
        out.update({f"links:{r}": p.values() for r, p in self.pickers.items()})
        return out

    def restore_snapshot(self, snapshot: Mapping[str, Any]) -> None:
        """Put back what ``snapshot`` returned, as unsaved edits over the shown entity."""
        self._loading = True
        try:
            for key, value in snapshot.items():
                if key.startswith("links:") and key[6:] in self.pickers:
                    self.pickers[key[6:]].set_values(value)
                elif key in self.editors:
                    raw = None if isinstance(value, _Unmatched) else value
                    self.editors[key].set_value(raw)
        finally:
            self._loading = False
        self._touched.update(k for k in snapshot if k in self.editors)
        self._validate()
        self._set_dirty(self.snapshot() != self._baseline)

    def values(self) -> dict[str, Any]:
        """Cleaned values of every field (the raw entry for a field that is invalid)."""
        out = {}
        for name, editor in self.editors.items():
            try:
                out[name] = editor.clean()
            except ValidationError:
                out[name] = editor.raw()
        return out

    def changed_values(self) -> dict[str, Any]:
        """Cleaned values of the fields that differ from what was loaded."""
        current = self.snapshot()
        values = self.values()
        return {n: values[n] for n in self.editors if current[n] != self._baseline.get(n)}

    def links(self) -> dict[str, list[Any]]:
        return {relation: picker.values() for relation, picker in self.pickers.items()}

    def changed_links(self) -> dict[str, list[Any]]:
        return {r: ids for r, ids in self.links().items() if ids != self._baseline.get(f"links:{r}")}

    def set_items(self, name: str, items: Choices) -> None:
        """The choices of a reference field or a link picker."""
        if name in self.pickers:
            self.pickers[name].set_items(items)
        elif isinstance(self.editors.get(name), ReferenceEditor):
            self._loading = True
            try:
                self.editors[name].set_items(items)
            finally:
                self._loading = False

    def sources(self) -> dict[str, str]:
        """The entity whose rows fill each reference field and link picker."""
        out = {n: REFERENCES[n] for n, e in self.editors.items()
               if n in REFERENCES and isinstance(e, ReferenceEditor)}
        out.update({r: self.spec.links[r] for r in self.pickers})
        return out

    def clear(self) -> None:
        """Forget everything, lists of names included (the register is locking)."""
        for editor in self.editors.values():
            editor.clear_items()
        for picker in self.pickers.values():
            picker.clear()
        self.set_values({})

    # -- validation ----------------------------------------------------------------------

    def touch(self, name: str) -> None:
        """Treat ``name`` as edited by the user (a widget changed it from code)."""
        self._on_change(name)

    def _on_change(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self._server.pop(name, None)
        self._validate()
        self._set_dirty(self.snapshot() != self._baseline)
        self.fieldChanged.emit(name)

    def _validate(self) -> None:
        errors: dict[str, str] = {}
        cleaned: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if not editor.widget.isEnabled() and editor.raw() in (None, ""):
                cleaned[name] = None
                continue
            try:
                cleaned[name] = editor.clean()
            except ValidationError as exc:
                errors[name] = message_of(exc)
        for rule in self.rules:
            found = rule(cleaned)
            if found is not None and found[0] not in errors:
                errors[found[0]] = found[1]
        self._errors = errors
        self._show_errors()

    def _show_errors(self) -> None:
        for name, editor in self.editors.items():
            text = self._server.get(name) or (
                self._errors.get(name) if self._show_all or name in self._touched else None)
            if editor.error_label is not None:
                editor.error_label.setText(text or "")
                editor.error_label.setVisible(bool(text))
        form_wide = [m for n, m in self._server.items() if n not in self.editors]
        self.message.setText("\n".join(form_wide))
        self.message.setVisible(bool(form_wide))

    def is_valid(self) -> bool:
        return not self._errors

    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    def first_error(self) -> tuple[str, str] | None:
        """(field, message) of the first invalid field in form order, or None."""
        for name in self.editors:
            if name in self._errors:
                return name, self._errors[name]
        return next(iter(self._errors.items()), None)

    def validate(self) -> bool:
        """Check every field, show every message and focus the first problem."""
        self._show_all = True
        self._validate()
        first = self.first_error()
        if first is not None:
            self.editors[first[0]].focus()
        return first is None

    def clear_save_errors(self) -> None:
        self._server.clear()
        self._show_errors()

    def show_error(self, field: str | None, message: str) -> None:
        """Show an error the service raised on save next to its field (or above the form)."""
        key = field if field in self.editors else f"form:{field}"
        self._server[key] = message
        self._show_errors()
        if field in self.editors:
            self.editors[field].focus()

    def error_text(self, field: str) -> str:
        editor = self.editors.get(field)
        if editor is not None and editor.error_label is not None \
                and not editor.error_label.isHidden():
            return editor.error_label.text()
        return ""

    # -- dirty state ----------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
