"""The Assets & services area: what carries the data, and what the business runs on it.

Two lists in one area, on tabs: assets (kind, owner, hosting country, C/I/A
ratings, the business services they carry) and business services (owner, the
BIA figures MTD/RTO/RPO, the cost of lost data and the cost-of-downtime curve,
drawn live). Each tab is a ListEditorArea of its own; the area answers the
window for both, so an unsaved asset is not lost because the services tab is
the one showing when the register locks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from privguard.domain import entities as specs
from privguard.domain.enums import AssetKind
from privguard.ui.area import Area
from privguard.ui.context import AppContext
from privguard.ui.editor_area import ListEditorArea
from privguard.ui.forms import FieldEditor
from privguard.ui.i18n import field_label, number
from privguard.ui.style import HINT_CSS
from privguard.ui.widgets.curve import CurveEditor


def hours_text(value: Any) -> str:
    if value is None:
        return ""
    return number(value, 1 if float(value) % 1 else 0) + " h"


class AssetPane(ListEditorArea):
    key = "assets.assets"
    entity = "assets"
    spec = specs.ASSET
    service_name = "assets"
    links = ("services",)
    hidden_columns = frozenset({"vendor", "updated_at"})
    watches = ("persons", "business_services")

    def title(self) -> str:
        return self.tr("Assets")

    def new_heading(self) -> str:
        return self.tr("New asset")

    def headers(self) -> dict[str, str]:
        return {"name": field_label("Name"), "kind": field_label("Kind"),
                "owner": field_label("Owner"), "hosting_country": field_label("Hosting country"),
                "vendor": field_label("Vendor"), "confidentiality": self.tr("C"),
                "integrity": self.tr("I"), "availability": self.tr("A"),
                "updated_at": self.tr("Updated")}

    def formats(self) -> dict[str, Any]:
        return {"kind": "choice", "updated_at": "datetime"}

    def form_layout(self) -> list[Any]:
        return [
            (self.tr("Asset"), ["name", "kind", "description", "owner_id", "vendor",
                                "hosting_country"]),
            (self.tr("Ratings (1 low – 5 high)"), ["confidentiality", "integrity", "availability"]),
            (self.tr("Business services it carries"), ["services"]),
        ]

    def new_values(self) -> dict[str, Any]:
        return {"kind": AssetKind.SYSTEM.value}


class ServicePane(ListEditorArea):
    key = "assets.services"
    entity = "business_services"
    spec = specs.BUSINESS_SERVICE
    service_name = "services"
    links = ("assets",)
    hidden_columns = frozenset({"rpo_hours", "updated_at"})
    watches = ("persons", "assets")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        # Built before the base class asks for the form's layout and editors.
        self.curve = CurveEditor(specs.BUSINESS_SERVICE.field("impact_curve"),
                                 currency=lambda: ctx.currency)
        self.curve_box = QWidget()
        super().__init__(ctx, parent)
        hint = QLabel(self.tr("The cost to the business after each length of outage. Hours must "
                              "increase from point to point and costs must not fall."), self.curve_box)
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_CSS)
        box = QVBoxLayout(self.curve_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(hint)
        box.addWidget(self.curve.widget, 1)
        if self.curve.error_label is not None:
            box.addWidget(self.curve.error_label)
        self.form.fieldChanged.connect(self._field_changed)

    def title(self) -> str:
        return self.tr("Business services")

    def new_heading(self) -> str:
        return self.tr("New business service")

    def headers(self) -> dict[str, str]:
        return {"name": field_label("Name"), "owner": field_label("Owner"),
                "mtd_hours": self.tr("MTD"), "rto_hours": self.tr("RTO"), "rpo_hours": self.tr("RPO"),
                "data_loss_cost_per_hour": field_label("Cost per hour of lost data"),
                "updated_at": self.tr("Updated")}

    def formats(self) -> dict[str, Any]:
        return {"mtd_hours": hours_text, "rto_hours": hours_text, "rpo_hours": hours_text,
                "data_loss_cost_per_hour": "money", "updated_at": "datetime"}

    def form_editors(self) -> dict[str, FieldEditor]:
        return {"impact_curve": self.curve}

    def form_layout(self) -> list[Any]:
        return [
            (self.tr("Business service"), ["name", "description", "owner_id"]),
            (self.tr("Business impact"), ["mtd_hours", "rto_hours", "rpo_hours",
                                          "data_loss_cost_per_hour"]),
            (field_label("Cost-of-downtime curve"), self.curve_box),
            (self.tr("Assets it runs on"), ["assets"]),
        ]

    def form_rules(self) -> list[Any]:
        return [self._rto_within_mtd]

    def _rto_within_mtd(self, values: dict[str, Any]) -> tuple[str, str] | None:
        rto, mtd = values.get("rto_hours"), values.get("mtd_hours")
        if rto is not None and mtd is not None and rto > mtd:
            return "rto_hours", self.tr("The RTO cannot be longer than the maximum tolerable "
                                        "downtime ({mtd}).").format(mtd=hours_text(mtd))
        return None

    def item_loaded(self, entity_id: Any, data: dict[str, Any]) -> None:
        self._update_markers()

    def _field_changed(self, name: str) -> None:
        if name in ("mtd_hours", "rto_hours"):
            self._update_markers()

    def _update_markers(self) -> None:
        values = {}
        for name in ("mtd_hours", "rto_hours"):
            try:
                values[name] = self.form.editor(name).clean()
            except Exception:  # noqa: BLE001 - a half-typed number simply draws no marker
                values[name] = None
        self.curve.set_markers(values["mtd_hours"], values["rto_hours"])


class AssetsArea(Area):
    """Assets and business services on two tabs; the window's calls reach both."""

    key = "assets"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.assets = AssetPane(ctx, self)
        self.services = ServicePane(ctx, self)
        self.panes: dict[str, ListEditorArea] = {"assets": self.assets, "services": self.services}
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.assets, self.assets.title())
        self.tabs.addTab(self.services, self.services.title())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for pane in self.panes.values():
            pane.dirtyChanged.connect(lambda _d: self.dirtyChanged.emit(self.has_unsaved()))

    def title(self) -> str:
        return self.tr("Assets & services")

    def current_pane(self) -> ListEditorArea:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ListEditorArea) else self.assets

    def show_pane(self, name: str) -> ListEditorArea:
        pane = self.panes[name]
        self.tabs.setCurrentWidget(pane)
        return pane

    def refresh(self) -> None:
        for pane in self.panes.values():
            pane.refresh()

    def clear(self) -> None:
        for pane in self.panes.values():
            pane.clear()

    def has_unsaved(self) -> bool:
        return any(pane.has_unsaved() for pane in self.panes.values())

    def save(self) -> bool:
        dirty = [pane for pane in self.panes.values() if pane.has_unsaved()]
        if not dirty:
            return self.current_pane().save()  # Ctrl+S on a blank new item says what is missing
        for pane in dirty:
            if not pane.save():
                self.tabs.setCurrentWidget(pane)  # show the refused edit and its message
                return False
        return True

    def discard(self) -> None:
        for pane in self.panes.values():
            if pane.has_unsaved():
                pane.discard()

    def pending_edits(self) -> Any:
        edits = {name: pane.pending_edits() for name, pane in self.panes.items()
                 if pane.has_unsaved()}
        return edits or None

    def restore_edits(self, edits: Any) -> None:
        for name, pane_edits in (edits or {}).items():
            if name in self.panes:
                self.panes[name].restore_edits(pane_edits)
                self.tabs.setCurrentWidget(self.panes[name])

    def new_item(self) -> None:
        self.current_pane().new_item()

    def focus_filter(self) -> None:
        self.current_pane().focus_filter()

    def show_filter(self, **filters: Any) -> None:
        """``pane="services"`` picks the tab; the rest filters (or, with ``id=``, selects) there."""
        pane = self.show_pane(filters.pop("pane", "assets"))
        pane.show_filter(**filters)
