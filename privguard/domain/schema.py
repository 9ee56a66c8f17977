"""Field specifications and validation shared by the services and the editors.

A spec says what a field accepts; ``clean`` turns user input into stored values
or raises ValidationError naming the field, with a sentence a person can act on.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from privguard.domain.errors import ValidationError
from privguard.words import N_

# The sentences a field check can say. {label} is the field's label; whoever shows the
# message translates the sentence and the label separately (``Words.error``).
REQUIRED = N_("{label} is required.")
MUST_BE_TEXT = N_("{label} must be text.")
TOO_LONG = N_("{label} is too long ({length} characters; at most {limit}).")
UNSTORABLE = N_("{label} contains a character that cannot be stored.")
AT_LEAST = N_("{label} must be at least {limit}.")
AT_MOST = N_("{label} must be at most {limit}.")
WHOLE_NUMBER = N_("{label} must be a whole number.")
NUMBER = N_("{label} must be a number.")
FINITE = N_("{label} must be a finite number.")
YES_NO = N_("{label} must be yes or no.")
DATE = N_("{label} must be a date like 2026-03-31.")
DATETIME_LIKE = N_("{label} must be a date and time like 2026-03-31T14:30+01:00.")
DATETIME = N_("{label} must be a date and time.")
TIME_ZONE = N_("{label} needs a time zone.")
ONE_OF = N_("{label} must be one of: {allowed}.")
LIST = N_("{label} must be a list.")
STRUCTURED = N_("{label} must be structured data.")
EMAIL = N_("{label} is not an e-mail address.")
COUNTRY = N_("{label} must be a two-letter country code such as ES or US.")
# {what} is an entity's label ("Risk"), {name} and {names} what the caller gave.
NO_FIELD = N_("{what} has no field '{name}'.")
NO_FIELD_NAMED = N_("{what} has no field named {names}.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text, int, float, bool, date, datetime, choice, list, json, email, country
    required: bool = False
    max_len: int = 300
    minimum: float | None = None
    maximum: float | None = None
    choices: type[StrEnum] | None = None
    default: Any = None
    check: Callable[[Any], str | None] | None = field(default=None, compare=False)

    def clean(self, value: Any) -> Any:
        if isinstance(value, str) and self.kind not in ("text",):
            value = value.strip()
        if value is None or value == "":
            if self.required:
                raise self._fail(REQUIRED)
            return "" if self.kind in ("text", "email", "country") else None
        cleaned = getattr(self, f"_clean_{self.kind}")(value)
        if self.check is not None:
            problem = self.check(cleaned)
            if problem:
                raise ValidationError(problem, self.name)
        return cleaned

    def _fail(self, template: str, **params: Any) -> ValidationError:
        params = {"label": self.label, **params}
        return ValidationError(template.format(**params), self.name, template=template,
                               params=params)

    def _clean_text(self, value: Any) -> str:
        if not isinstance(value, str):
            raise self._fail(MUST_BE_TEXT)
        text = value.strip()
        if self.required and not text:
            raise self._fail(REQUIRED)
        if len(text) > self.max_len:
            raise self._fail(TOO_LONG, length=len(text), limit=self.max_len)
        if "\x00" in text:
            raise self._fail(UNSTORABLE)
        return text

    def _range(self, number: float) -> None:
        if self.minimum is not None and number < self.minimum:
            raise self._fail(AT_LEAST, limit=f"{self.minimum:g}")
        if self.maximum is not None and number > self.maximum:
            raise self._fail(AT_MOST, limit=f"{self.maximum:g}")

    def _clean_int(self, value: Any) -> int:
        try:
            number = int(str(value).replace(",", "").replace("_", "")) if not isinstance(value, int) else value
        except ValueError:
            raise self._fail(WHOLE_NUMBER) from None
        if isinstance(value, bool):
            raise self._fail(WHOLE_NUMBER)
        self._range(number)
        return number

    def _clean_float(self, value: Any) -> float:
        try:
            number = float(str(value).replace(",", "").replace("_", "")) if not isinstance(value, int | float) else float(value)
        except ValueError:
            raise self._fail(NUMBER) from None
        if number != number or number in (float("inf"), float("-inf")):
            raise self._fail(FINITE)
        self._range(number)
        return number

    def _clean_bool(self, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "true", "yes", "y"):
            return True
        if str(value).lower() in ("0", "false", "no", "n"):
            return False
        raise self._fail(YES_NO)

    def _clean_date(self, value: Any) -> date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self._fail(DATE) from None

    def _clean_datetime(self, value: Any) -> datetime:
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise self._fail(DATETIME_LIKE) from None
        if not isinstance(value, datetime):
            raise self._fail(DATETIME)
        if value.tzinfo is None:
            raise self._fail(TIME_ZONE)
        return value

    def _clean_choice(self, value: Any) -> str:
        assert self.choices is not None
        try:
            return self.choices(str(value)).value
        except ValueError:
            allowed = ", ".join(c.value for c in self.choices)
            raise self._fail(ONE_OF, allowed=allowed) from None

    def _clean_list(self, value: Any) -> list:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list | tuple):
            raise self._fail(LIST)
        return list(value)

    def _clean_json(self, value: Any) -> Any:
        if not isinstance(value, dict | list):
            raise self._fail(STRUCTURED)
        return value

    def _clean_email(self, value: Any) -> str:
        text = self._clean_text(value)
        if not _EMAIL.match(text):
            raise self._fail(EMAIL)
        return text

    def _clean_country(self, value: Any) -> str:
        text = str(value).strip().upper()
        if not _COUNTRY.match(text):
            raise self._fail(COUNTRY)
        return text


@dataclass(frozen=True)
class EntitySpec:
    entity: str
    label: str
    fields: tuple[Field, ...]
    links: Mapping[str, str] = field(default_factory=dict)  # relation -> entity it links to

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise ValidationError.of(NO_FIELD, name, what=self.label, name=name)

    def clean(self, data: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
        """Validated values for the fields given; with partial=False, every required one."""
        unknown = set(data) - {f.name for f in self.fields}
        if unknown:
            raise ValidationError.of(NO_FIELD_NAMED, sorted(unknown)[0], what=self.label,
                                     names=", ".join(sorted(unknown)))
        out = {}
        for f in self.fields:
            if f.name in data:
                out[f.name] = f.clean(data[f.name])
            elif not partial:
                if f.required:
                    raise f._fail(REQUIRED)
                if f.default is not None:
                    out[f.name] = f.default() if callable(f.default) else f.default
        return out


def rating(name: str, label: str) -> Field:
    return Field(name, label, "int", minimum=1, maximum=5, default=2)


def require_all(values: Iterable[tuple[bool, str, str]]) -> None:
    """Raise for the first (ok, message, field) that is not ok."""
    for ok, message, name in values:
        if not ok:
            raise ValidationError(message, name)
