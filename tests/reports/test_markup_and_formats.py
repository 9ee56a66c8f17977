"""Escaping of user text and the number, money and date formats of each language."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from privguard.reports import fonts
from privguard.reports.i18n import STRINGS, Translator
from privguard.reports.markup import clip, esc, para
from privguard.reports.styles import styles
from tests.reports.helpers import HOSTILE


def test_markup_characters_print_literally():
    fonts.register()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([para(HOSTILE, styles().body),
                                     para("a\nb\x00c\x1b", styles().body)])
    text = PdfReader(buffer).pages[0].extract_text()
    assert HOSTILE in text
    assert "bc" in text.replace("\n", "")


def test_esc_keeps_line_breaks_and_drops_control_characters():
    assert esc("x<y>&z") == "x&lt;y&gt;&amp;z"
    assert esc("one\r\ntwo") == "one<br/>two"
    assert esc(None) == ""
    assert "\x07" not in esc("bell\x07")


def test_clip_shortens_with_an_ellipsis():
    assert clip("abcdef", 4) == "abc…"
    assert clip("  a   b ", 10) == "a b"


@pytest.mark.parametrize(("lang", "value", "expected"), [
    ("en", 1234.56, "€1,234.56"),
    ("es", 1234.56, "1.234,56\u00a0€"),
    ("en", -5, "-€5.00"),
    ("es", 1_000_000, "1.000.000,00\u00a0€"),
])
def test_money_per_language(lang, value, expected):
    assert Translator(lang, "EUR").money(value, 2) == expected


def test_other_currencies_and_percent():
    assert Translator("en", "USD").money(10) == "$10"
    assert Translator("es", "CHF").money(10) == "10\u00a0CHF"
    assert Translator("es").percent(0.125, 1) == "12,5\u00a0%"
    assert Translator("en").percent(0.125, 1) == "12.5%"


def test_dates_are_localised_and_times_are_utc():
    moment = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    assert Translator("en").date(date(2026, 3, 5)) == "5 Mar 2026"
    assert Translator("es").date(date(2026, 3, 5)) == "5 mar 2026"
    assert Translator("en").datetime(moment) == "5 Mar 2026 09:30 UTC"


def test_both_languages_have_every_string():
    assert set(STRINGS["en"]) == set(STRINGS["es"])
    assert Translator("es")("classification") == "Confidencial"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Translator("fr")
