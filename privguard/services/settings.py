"""Register-wide settings stored inside the encrypted register."""

from __future__ import annotations

from datetime import date
from typing import Any

from privguard.domain.errors import ValidationError
from privguard.domain.matrix import DEFAULT_MATRIX, RiskMatrix
from privguard.storage import models as m
from privguard.words import N_

DEFAULTS: dict[str, Any] = {
    "organisation": "",
    "language": "en",
    "currency": "EUR",
    "breach_deadline_hours": 72.0,
    "auto_lock_minutes": 5,
    "matrix": DEFAULT_MATRIX.to_dict(),
    # The controller block of the Art. 30 record (Art. 30(1)(a)): who the organisation is
    # and how to reach it, its data protection officer and its EU representative (Art. 27).
    "controller_address": "",
    "controller_email": "",
    "controller_phone": "",
    "dpo_name": "",
    "dpo_contact": "",
    "eu_representative": "",
    # The last board meeting (YYYY-MM-DD, or ""): the board report's "What changed" counts
    # from it unless another date is chosen.
    "last_board_meeting": "",
}

#: The controller block's settings, in the order the record prints them, with their
#: longest text.
CONTROLLER_KEYS: dict[str, int] = {
    "controller_address": 2000, "controller_email": 300, "controller_phone": 100,
    "dpo_name": 300, "dpo_contact": 2000, "eu_representative": 2000,
}


def board_meeting(value: Any) -> date | None:
    """The stored last board meeting as a date (None when not set)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _check(key: str, value: Any) -> Any:
    if key == "language" and value not in ("en", "es"):
        raise ValidationError(N_("Language must be English (en) or Spanish (es)."), key)
    if key == "breach_deadline_hours":
        if not isinstance(value, int | float) or not 1 <= value <= 24 * 30:
            raise ValidationError(N_("The breach notification deadline must be 1 to 720 hours."), key)
        return float(value)
    if key == "auto_lock_minutes":
        if not isinstance(value, int) or not 1 <= value <= 240:
            raise ValidationError(N_("Auto-lock must be between 1 and 240 minutes."), key)
    if key == "matrix":
        return RiskMatrix.from_dict(value).to_dict()
    if key == "currency" and (not isinstance(value, str) or len(value) != 3):
        raise ValidationError(N_("The currency must be a three-letter code such as EUR."), key)
    if key in CONTROLLER_KEYS:
        return _controller_text(key, value)
    if key == "organisation":
        return _organisation(value)
    if key == "last_board_meeting":
        if value is None or value == "":
            return ""
        if isinstance(value, date):
            return value.isoformat()
        if not isinstance(value, str) or board_meeting(value.strip()) is None:
            raise ValidationError(N_("The last board meeting must be a date such as 2026-03-31."),
                                  key)
        return date.fromisoformat(value.strip()).isoformat()
    return value


#: The organisation's name prints on every cover and page header: one line, a name's length.
ORGANISATION_MAX = 200


def _organisation(value: Any) -> str:
    """Checked when it is changed; a name stored before the rule still prints."""
    if not isinstance(value, str):
        raise ValidationError(N_("The organisation's name must be text."), "organisation")
    value = value.strip()
    if len(value) > ORGANISATION_MAX:
        raise ValidationError.of("The organisation's name can be at most {limit} characters.",
                                 "organisation", limit=ORGANISATION_MAX)
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValidationError(N_("The organisation's name is one line: no tabs, line breaks or "
                                 "other control characters."), "organisation")
    return value


def _controller_text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(N_("The controller's details must be text."), key)
    value = value.strip()
    if len(value) > CONTROLLER_KEYS[key]:
        raise ValidationError.of("This text is too long ({length} characters; at most "
                                 "{limit}).", key, length=len(value), limit=CONTROLLER_KEYS[key])
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise ValidationError(N_("The controller's details cannot hold control characters."), key)
    if key == "controller_email" and value and ("@" not in value or " " in value):
        raise ValidationError(N_("The e-mail address must look like name@example.org."), key)
    return value


class SettingsService:
    def __init__(self, workspace: Any):
        self.ws = workspace
        self._cache: dict[str, Any] | None = None

    @property
    def store(self):  # noqa: ANN201
        return self.ws.register.store

    def all(self) -> dict[str, Any]:
        if self._cache is None:
            with self.store.read() as session:
                stored = {s.key: s.value for s in session.query(m.Setting)
                          if not s.key.startswith(self.INTERNAL_PREFIX)}
            self._cache = {**DEFAULTS, **stored}
        return dict(self._cache)

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise ValidationError.of("There is no setting '{key}'.", key, key=key)
        return self.all()[key]

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise ValidationError.of("There is no setting '{key}'.", key, key=key)
        value = _check(key, value)
        with self.store.write() as session:
            row = session.query(m.Setting).filter_by(key=key).one_or_none()
            if row is None:
                session.add(m.Setting(key=key, value=value, changed_by=self.store.actor))
            elif row.value != value:
                row.value = value
                row.changed_by = self.store.actor
        self._cache = None

    def matrix(self) -> RiskMatrix:
        return RiskMatrix.from_dict(self.get("matrix"))

    # -- values PrivGuard keeps for itself (not user settings) -------------------
    # Kept under their own prefix so they never collide with, or validate as, a
    # user setting; they live in the encrypted register like everything else.

    INTERNAL_PREFIX = "internal."

    def internal(self, key: str) -> Any:
        """A value PrivGuard stored for itself (e.g. the report signing key), or None."""
        with self.store.read() as session:
            row = (session.query(m.Setting).filter_by(key=self.INTERNAL_PREFIX + key)
                   .one_or_none())
            return None if row is None else row.value

    def set_internal(self, key: str, value: Any) -> None:
        with self.store.write() as session:
            row = (session.query(m.Setting).filter_by(key=self.INTERNAL_PREFIX + key)
                   .one_or_none())
            if row is None:
                session.add(m.Setting(key=self.INTERNAL_PREFIX + key, value=value,
                                      changed_by=self.store.actor))
            elif row.value != value:
                row.value = value
                row.changed_by = self.store.actor
        self._cache = None
