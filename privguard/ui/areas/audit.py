"""The audit trail: every change, who made it and when, and a check of the chain."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from privguard.domain.entities import SPECS
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.i18n import field_label
from privguard.ui.style import ERROR_CSS
from privguard.ui.tables import TablePane

# How link tables name the entities they join.
_LINKED = {"activity": "processing_activities", "activities": "processing_activities",
           "service": "business_services", "services": "business_services"}


def _changes_text(raw: Any) -> str:
    """One line a person can read: ``title: "Old" → "New"; status: …``."""
    try:
        changes = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return str(raw)
    if not isinstance(changes, dict):
        return str(changes)
    parts = []
    for key, value in changes.items():
        if isinstance(value, list | tuple) and len(value) == 2:
            parts.append(f"{key}: {_short(value[0])} → {_short(value[1])}")
        else:
            parts.append(f"{key}: {_short(value)}")
    return "; ".join(parts)


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
        top.addWidget(QLabel(self.tr("Every change to the register, newest first. Entries are "
                                     "chained with a keyed hash: editing or deleting one is "
                                     "detected.")), 1)
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

        ws = self.ctx.ws

        def load(_progress, _cancelled):
            return ws.audit_rows(ListQuery(order_by="id", descending=True))

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
                            formats={"changes": _changes_text, "action": "choice",
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
        self.result.setText(self.tr("The check could not run: {reason}").format(reason=exc))

    def clear(self) -> None:
        self.table.clear()
        self.result.clear()

    def focus_filter(self) -> None:
        self.table.focus_filter()
