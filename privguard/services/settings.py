"""Register-wide settings stored inside the encrypted register."""

from __future__ import annotations

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
}


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
