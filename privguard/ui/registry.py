"""The areas of the main window, in navigation order.

Areas are imported and built only when first shown, so unlocking shows the
dashboard without paying for the other areas' modules and queries.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStyle


@dataclass(frozen=True)
class AreaEntry:
    key: str
    title: str  # source text; shown through translate("areas", title)
    module: str
    cls: str
    icon: QStyle.StandardPixmap

    def label(self) -> str:
        return QCoreApplication.translate("areas", self.title)

    def build(self, ctx):  # noqa: ANN001, ANN201
        module = importlib.import_module(f"privguard.ui.areas.{self.module}")
        return getattr(module, self.cls)(ctx)


_SP = QStyle.StandardPixmap
AREAS = (
    AreaEntry("dashboard", QT_TRANSLATE_NOOP("areas", "Dashboard"), "dashboard", "DashboardArea",
              _SP.SP_ComputerIcon),
    AreaEntry("inventory", QT_TRANSLATE_NOOP("areas", "Inventory"), "inventory", "InventoryArea",
              _SP.SP_FileDialogDetailedView),
    AreaEntry("assets", QT_TRANSLATE_NOOP("areas", "Assets & services"), "assets", "AssetsArea",
              _SP.SP_DriveHDIcon),
    AreaEntry("risks", QT_TRANSLATE_NOOP("areas", "Risks"), "risks", "RisksArea",
              _SP.SP_MessageBoxWarning),
    AreaEntry("incidents", QT_TRANSLATE_NOOP("areas", "Incidents"), "incidents", "IncidentsArea",
              _SP.SP_MessageBoxCritical),
    AreaEntry("decisions", QT_TRANSLATE_NOOP("areas", "Decisions"), "decisions", "DecisionsArea",
              _SP.SP_DialogApplyButton),
    AreaEntry("reports", QT_TRANSLATE_NOOP("areas", "Reports"), "reports", "ReportsArea",
              _SP.SP_FileIcon),
    AreaEntry("audit", QT_TRANSLATE_NOOP("areas", "Audit trail"), "audit", "AuditArea",
              _SP.SP_FileDialogContentsView),
    AreaEntry("settings", QT_TRANSLATE_NOOP("areas", "Settings"), "settings", "SettingsArea",
              _SP.SP_FileDialogInfoView),
)
BY_KEY = {entry.key: entry for entry in AREAS}
