"""Processing activities (Art. 30 records) with purposes and DPIA screening."""

from __future__ import annotations

from typing import Any

from privguard.domain import catalogue
from privguard.domain import entities as specs
from privguard.domain.dpia import DpiaScreening, screen
from privguard.domain.enums import ProcessingRole, TransferSafeguard
from privguard.domain.errors import ValidationError
from privguard.domain.wording import RECIPIENT_KINDS
from privguard.services.entities import EntityService, plain
from privguard.storage import queries
from privguard.words import N_


class ActivityService(EntityService):
    spec = specs.PROCESSING_ACTIVITY
    list_query = queries.activity_rows

    def _rules(self, session: Any, values: dict[str, Any], obj: Any | None) -> None:
        if values.get("role") == ProcessingRole.PROCESSOR.value and not values.get("controller_name"):
            raise ValidationError(
                N_("When we act as processor, name the controller we process for (Art. 30(2))."),
                "controller_name")
        screen(values.get("dpia_criteria") or [])
        for i, r in enumerate(values.get("recipients") or []):
            if not isinstance(r, dict) or not str(r.get("name", "")).strip():
                raise ValidationError.of("Recipient {n} needs a name.", "recipients", n=i + 1)
            if r.get("kind", "third_party") not in RECIPIENT_KINDS:
                raise ValidationError.of("Recipient {n} has an unknown kind.", "recipients", n=i + 1)
        for i, t in enumerate(values.get("transfers") or []):
            if not isinstance(t, dict) or len(str(t.get("country", "")).strip()) != 2:
                raise ValidationError.of(
                    "Transfer {n} needs the two-letter code of the destination country.",
                    "transfers", n=i + 1)
            if t.get("safeguard") not in {s.value for s in TransferSafeguard}:
                allowed = ", ".join(s.value for s in TransferSafeguard)
                raise ValidationError.of("Transfer {n} needs a safeguard ({allowed}).", "transfers",
                                         n=i + 1, allowed=allowed)
        specials = {e.code for e in catalogue.builtin("data_category") if e.attributes.get("special")}
        if set(values.get("data_categories") or []) & specials:
            values["special_categories"] = True

    def screening(self, activity_id: int) -> DpiaScreening:
        return screen(self.get(activity_id)["dpia_criteria"])

    def purposes(self, activity_id: int) -> list[dict[str, Any]]:
        with self.store.read() as session:
            return [plain(p, specs.PURPOSE) for p in self._load(session, activity_id).purposes]

    def add_purpose(self, activity_id: int, description: str, art6_basis: str,
                    art9_condition: str | None = None, note: str = "") -> int:
        return self.ws.purposes.create(activity_id=activity_id, description=description,
                                       art6_basis=art6_basis, art9_condition=art9_condition,
                                       note=note)
