"""The audit trail: every change, who made it and when, and a check of the chain."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from privguard.domain.entities import SPECS
from privguard.domain.rows import RowSet
from privguard.domain.schema import Field
from privguard.ui.area import Area
from privguard.ui.areas.incident.timeline import kind_label
from privguard.ui.context import AppContext
from privguard.ui.i18n import error_text, field_label, words
from privguard.ui.style import ERROR_CSS
from privguard.ui.tables import TablePane
from privguard.words import Words

# How link tables name the entities they join.
_LINKED = {"activity": "processing_activities", "activities": "processing_activities",
           "service": "business_services", "services": "business_services"}


def _field(entity: str, name: str) -> Field | None:
    spec = SPECS.get(entity)
    if spec is None:
        return None
    for field in spec.fields:
        if field.name == name:
            return field
    return None


def _key_text(entity: str, key: str, words: Words) -> str:
    """A changed field's name as the form labels it; other keys (settings, key slots) as stored."""
    field = _field(entity, key)
    if field is not None:
        return words.field(field.label)
    spec = SPECS.get(entity)
    if spec is not None and key in spec.links:
        return words.field(key.replace("_", " ").capitalize())
    return key


def _value_text(entity: str, key: str, value: Any, words: Words) -> str:
    if isinstance(value, dict) and set(value) <= {"added", "removed"}:
        # A change of links: the ids added and removed.
        said = [words("added {ids}", ids=", ".join(map(str, value["added"])))
                if value.get("added") else "",
                words("removed {ids}", ids=", ".join(map(str, value["removed"])))
                if value.get("removed") else ""]
        return ", ".join(text for text in said if text) or "—"
    field = _field(entity, key)
    if isinstance(value, str) and field is not None and field.kind == "choice":
        value = words.choice(value)
    elif isinstance(value, str) and entity == "timeline_entries" and key == "kind":
        value = kind_label(value, words)
    return _short(value)


def changes_text(entity: str, raw: Any, words: Words) -> str:
    """One line a person can read, in the language of ``words``:
    ``Title: 'Old' → 'New'; Status: …`` (field labels and choice values translated)."""
    try:
        changes = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return str(raw)
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for key, value in changes.items():
        name = _key_text(entity, key, words)
        if isinstance(value, list | tuple) and len(value) == 2:
            parts.append(f"{name}: {_value_text(entity, key, value[0], words)} → "
                         f"{_value_text(entity, key, value[1], words)}")
        else:
            parts.append(f"{name}: {_value_text(entity, key, value, words)}")
    return "; ".join(parts)


def with_changes_text(rows: RowSet, words: Words) -> RowSet:
    """``rows`` with each entry's changes written out (done off the GUI thread: the trail can
    be long, and the text filter searches every entry)."""
    if "changes" not in rows.columns or "entity" not in rows.columns:
        return rows
    at, entity = rows.index("changes"), rows.index("entity")
    return RowSet(rows.columns, [(*r[:at], changes_text(r[entity], r[at], words), *r[at + 1:])
                                 for r in rows.rows])


def _short(value: Any, limit: int = 80) -> str:
    # Frozen decision figures run to kilobytes; the table shows a glimpse.
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class AuditArea(Area):
    key = "audit"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.table = TablePane(ctx)
        self.table.setObjectName("audit_table")
        self.verify_button = QPushButton(self.tr("Verify the trail"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(self.tr(
            "Check every page of the register and every link of the audit chain"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(wordWrap=True)
        self.result.setObjectName("verify_result")
        top = QHBoxLayout()
        intro = QLabel(self.tr("Every change to the register, newest first. Entries are "
                               "chained with a keyed hash: editing or deleting one is "
                               "detected."))
        intro.setWordWrap(True)  # one line would widen the window past a laptop's screen
        top.addWidget(intro, 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)
        self.ctx.changed.connect(lambda _entity: self.refresh() if self.isVisible() else None)

    def title(self) -> str:
        return self.tr("Audit trail")

    def headers(self) -> dict[str, str]:
        return {"at": self.tr("When"), "actor": self.tr("Who"), "action": self.tr("Action"),
                "entity": self.tr("What"), "entity_id": self.tr("Id"),
                "changes": self.tr("Changes")}

    def refresh(self) -> None:
        if self.ctx.ws is None:
            return
        from privguard.domain.rows import ListQuery

        ws, language = self.ctx.ws, words()

        def load(_progress, _cancelled):
            return with_changes_text(ws.audit_rows(ListQuery(order_by="id", descending=True)),
                                     language)

        self.ctx.tasks.start(load, self._loaded, key="audit")

    def entity_label(self, table: str) -> str:
        """What an entry is about, as a person would say it: 'Risk', not 'risks'."""
        spec = SPECS.get(table)
        if spec is not None:
            return field_label(spec.label)
        others = {
            "settings": self.tr("Setting"), "report_records": self.tr("Exported report"),
            "risk_scores": self.tr("Risk score"), "catalogue_items": self.tr("Catalogue entry"),
        }
        if table in others:
            return others[table]
        # Link tables (risk_assets, incident_services …): the two things they join.
        first, _, second = table.partition("_")
        names = [SPECS.get(_LINKED.get(part, part)) or SPECS.get(f"{part}s")
                 for part in (first, second)]
        if second and all(names):
            return self.tr("{first} ↔ {second}").format(first=field_label(names[0].label),
                                                       second=field_label(names[1].label))
        return table.replace("_", " ").capitalize()

    def _loaded(self, rows) -> None:  # noqa: ANN001
        if self.ctx.ws is None:
            return
        self.table.set_rows(rows, self.headers(), hidden={"id"},
                            formats={"changes": "text", "action": "choice",
                                     "entity": self.entity_label})

    def verify(self) -> None:
        if self.ctx.ws is None:
            return
        ws = self.ctx.ws
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking every page and every audit entry…"))

        def check(_progress, _cancelled):
            return ws.register.integrity()

        self.ctx.tasks.start(check, self._verified, self._failed, key="audit-verify")

    def _verified(self, report) -> None:  # noqa: ANN001
        self.verify_button.setEnabled(True)
        if report.ok:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("Verified: every page is intact and the audit chain of "
                                        "{n} entries is unbroken.").format(n=report.audit_entries))
            return
        self.result.setStyleSheet(ERROR_CSS)
        problems = [*report.cipher_problems, *report.audit_problems]
        self.result.setText(self.tr("The check FAILED ({n} problem(s)). First: {first}").format(
            n=len(problems), first=problems[0] if problems else "?"))

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setStyleSheet(ERROR_CSS)
        self.result.setText(self.tr("The check could not run: {reason}").format(reason=error_text(exc)))

    def clear(self) -> None:
        self.table.clear()
        self.result.clear()

    def focus_filter(self) -> None:
        self.table.focus_filter()
