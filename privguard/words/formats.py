"""Numbers, money, percentages and dates as each language writes them (Babel's CLDR data).

The one place that formats a value for a reader: the window, the reports and
the engine's sentences all come here, so "12,5 %" and "1.234 €" read the same on
screen and on paper. Formatting is cached because tables format 100k cells.
"""

from __future__ import annotations

import functools
import math
from datetime import UTC, date, datetime, tzinfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import (
    format_compact_currency,
    format_currency,
    format_decimal,
    format_percent,
)

# The CLDR locale each shipped language formats with.
LOCALES = {"en": "en_GB", "es": "es_ES"}

_CACHE = 65536


@functools.lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    return Locale.parse(LOCALES.get(lang, "en_GB"))


def _with_decimals(pattern: str, decimals: int) -> str:
    """A CLDR pattern with exactly ``decimals`` fraction digits ("#,##0.00 ¤" → "#,##0 ¤")."""
    head, sep, tail = pattern.partition("0.")
    if sep:
        tail = tail.lstrip("0#")
        pattern = head + "0" + tail
    head, sep, tail = pattern.rpartition("0")
    return head + sep + ("." + "0" * decimals if decimals > 0 else "") + tail


@functools.lru_cache(maxsize=64)
def _pattern(lang: str, kind: str, decimals: int) -> str:
    loc = _locale(lang)
    if kind == "currency":
        base = loc.currency_formats["standard"].pattern
    elif kind == "percent":
        base = loc.percent_formats[None].pattern
    else:
        base = loc.decimal_formats[None].pattern
    # Negative sub-patterns are left to Babel, which writes a minus sign before the amount.
    return _with_decimals(base.split(";")[0], decimals)


@functools.lru_cache(maxsize=_CACHE)
def _number(lang: str, value: float, decimals: int) -> str:
    return format_decimal(value, format=_pattern(lang, "decimal", decimals), locale=_locale(lang),
                          decimal_quantization=True)


@functools.lru_cache(maxsize=_CACHE)
def _money(lang: str, value: float, currency: str, decimals: int) -> str:
    return format_currency(value, currency, format=_pattern(lang, "currency", decimals),
                           locale=_locale(lang), currency_digits=False)


@functools.lru_cache(maxsize=_CACHE)
def _percent(lang: str, value: float, decimals: int) -> str:
    return format_percent(value, format=_pattern(lang, "percent", decimals), locale=_locale(lang))


class Formats:
    """Formats for one language; every method writes ``blank`` for a missing value."""

    def __init__(self, lang: str, blank: str = ""):
        self.lang = lang if lang in LOCALES else "en"
        self.blank = blank
        self.locale = _locale(self.lang)

    def _missing(self, value: object) -> bool:
        return value is None or (isinstance(value, float) and not math.isfinite(value))

    def number(self, value: float | None, decimals: int = 0) -> str:
        if self._missing(value):
            return self.blank
        return _number(self.lang, float(value), decimals)

    def integer(self, value: int | None) -> str:
        return self.number(value, 0)

    def money(self, value: float | None, currency: str = "EUR", decimals: int = 0) -> str:
        """"€1,234" in English, "1234 €" / "12.345 €" in Spanish (which groups from 5 digits)."""
        if self._missing(value):
            return self.blank
        return _money(self.lang, float(value), (currency or "EUR").upper(), decimals)

    def money_short(self, value: float | None, currency: str = "EUR") -> str:
        """Axis labels: "€1.2M" in English, "1,2 M€" in Spanish."""
        if self._missing(value):
            return self.blank
        if abs(value) < 1000:
            return self.money(value, currency)
        return format_compact_currency(float(value), (currency or "EUR").upper(), locale=self.locale,
                                       fraction_digits=1)

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        """0.125 → "12.5%" in English, "12,5 %" in Spanish (with ``decimals=1``)."""
        if self._missing(fraction):
            return self.blank
        return _percent(self.lang, float(fraction), decimals)

    def spec(self, value: float, format_spec: str) -> str:
        """A number put into a sentence with a ``str.format`` spec, in this language."""
        if format_spec.endswith("%"):
            return self.percent(value, _decimals(format_spec, 0))
        if format_spec.endswith("f") or format_spec in ("", ","):
            default = 0 if isinstance(value, int) else 2
            return self.number(value, _decimals(format_spec, default))
        if format_spec.endswith("g") or format_spec == "d":
            if isinstance(value, float) and not value.is_integer():
                return format_decimal(value, locale=self.locale)
            return self.number(value, 0)
        return format(value, format_spec)

    def date(self, value: date | datetime | None) -> str:
        """"2 Dec 2026" / "2 dic 2026": a report is read far from where it was made."""
        if value is None:
            return self.blank
        if isinstance(value, datetime):
            value = value.astimezone(UTC).date() if value.tzinfo else value.date()
        return format_date(value, "d MMM y", locale=self.locale)

    def time(self, value: datetime, zone: tzinfo | None = UTC) -> str:
        if zone is not None and value.tzinfo is not None:
            value = value.astimezone(zone)
        return format_time(value, "HH:mm", locale=self.locale)

    def datetime(self, value: datetime | None, zone: tzinfo | None = UTC) -> str:
        """Date and time in ``zone`` (UTC unless told), without naming the zone."""
        if value is None:
            return self.blank
        if zone is not None and value.tzinfo is not None:
            value = value.astimezone(zone)
        return f"{format_date(value, 'd MMM y', locale=self.locale)} {self.time(value, None)}"

    def month(self, value: date) -> str:
        """"Dec 26" / "dic 26": a month on a chart axis."""
        return format_date(value, "MMM yy", locale=self.locale)


def _decimals(format_spec: str, default: int) -> int:
    if "." in format_spec:
        digits = "".join(ch for ch in format_spec.split(".", 1)[1] if ch.isdigit())
        if digits:
            return int(digits)
    return default
