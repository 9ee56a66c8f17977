"""Key slots of an open register: who can unlock it, adding, removing, new passphrases.

The same register calls as ``privguard slots`` / ``privguard passwd``, wrapped
so that the desktop application never imports storage. Each call that wraps
the data key runs the slow key derivation: call it off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from privguard.domain.entities import PERSON
from privguard.domain.enums import PersonRole
from privguard.domain.errors import ValidationError, WrongPassphraseOrDamaged
from privguard.domain.schema import ONE_OF
from privguard.services.workspace import check_passphrase
from privguard.storage import keyslots
from privguard.words import N_

KIND_PERSON = keyslots.KIND_PERSON
KIND_RECOVERY = keyslots.KIND_RECOVERY


@dataclass(frozen=True)
class SlotInfo:
    """A key slot as the user sees it: no salt, nonce or wrapped key."""

    id: str
    name: str
    role: str
    kind: str
    created_at: str
    current: bool  # the slot this session was unlocked with

    @property
    def is_person(self) -> bool:
        return self.kind == KIND_PERSON


class KeyService:
    def __init__(self, workspace: Any):
        self.ws = workspace

    @property
    def _register(self) -> Any:
        return self.ws.register

    def slots(self) -> list[SlotInfo]:
        current = self._register.slot.id
        return [SlotInfo(s.id, s.name, s.role, s.kind, s.created_at, s.id == current)
                for s in self._register.header.slots]

    def add_slot(self, name: str, role: str, passphrase: str) -> SlotInfo:
        if not name.strip():
            raise ValidationError(N_("A key slot needs the name of the person it belongs to."), "name")
        try:
            role = PersonRole(role).value
        except ValueError:
            roles = ", ".join(r.value for r in PersonRole)
            raise ValidationError.of(ONE_OF, "role", label=PERSON.field("role").label,
                                     allowed=roles) from None
        check_passphrase(passphrase)
        slot = self._register.add_slot(name, role, passphrase)
        return self._info(slot.id)

    def remove_slot(self, name: str, other_passphrases: dict[str, str | None] | None = None,
                    *, drop_unsealed: bool = False) -> Any:
        """Revoke ``name``: the slot goes, the data key changes (every other slot receives
        the new one), and the report-signing key is replaced, its certificate kept as
        retired so reports signed before still verify. Refused (ValidationError) for the
        last person's slot and for the slot in use. Slow: call it off the GUI thread."""
        result = self._register.remove_slot(name, other_passphrases, drop_unsealed=drop_unsealed)
        self.ws.reporting.retire_identity()
        return result

    def change_passphrase(self, old: str, new: str, name: str | None = None) -> None:
        """A new passphrase for ``name``'s slot (default: the slot in use), proven by the old one.

        Only the slot's wrapping changes; the data key and the database stay as they are.
        """
        header = self._register.header
        slot = header.find_slot(name) if name else self._register.slot
        try:
            key = keyslots.unwrap_key(header, slot, old)
        except WrongPassphraseOrDamaged:
            raise ValidationError(N_("The current passphrase is not right."), "old") from None
        keyslots.zero(key)
        if new == old:
            raise ValidationError(N_("The new passphrase is the same as the current one."),
                                  "passphrase")
        check_passphrase(new)
        self._register.change_passphrase(slot.name if name else None, new)

    def _info(self, slot_id: str) -> SlotInfo:
        return next(s for s in self.slots() if s.id == slot_id)
