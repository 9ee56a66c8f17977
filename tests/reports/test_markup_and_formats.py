"""Escaping of user text and the number, money and date formats of each language."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from privguard.reports import fonts
from privguard.reports.i18n import Translator
from privguard.reports.markup import clip, esc, para
from privguard.reports.model import Entry
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


@pytest.mark.parametrize(("lang", "value", "decimals", "expected"), [
    ("en", 1234.56, 2, "€1,234.56"),
    ("es", 1234.56, 2, "1.234,56\u00a0€"),
    ("en", -5, 2, "-€5.00"),
    ("es", 1_000_000, 0, "1.000.000\u00a0€"),
    ("es", 193_956.4, 0, "193.956\u00a0€"),
])
def test_money_per_language(lang, value, decimals, expected):
    assert Translator(lang, "EUR").money(value, decimals) == expected


def test_other_currencies_and_percent():
    assert Translator("en", "USD").money(10) == "US$10"
    assert Translator("es", "CHF").money(10) == "10\u00a0CHF"
    assert Translator("es").percent(0.125, 1) == "12,5\u00a0%"
    assert Translator("en").percent(0.125, 1) == "12.5%"


def test_missing_values_print_a_dash():
    for t in (Translator("en"), Translator("es")):
        assert t.money(None) == t.number(None) == t.date(None) == t.datetime(None) == "—"
        assert t.choice(None) == t.rights_risk("") == "—"


def test_dates_are_localised_and_times_are_utc():
    moment = datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    assert Translator("en").date(date(2026, 3, 5)) == "5 Mar 2026"
    assert Translator("es").date(date(2026, 3, 5)) == "5 mar 2026"
    assert Translator("en").datetime(moment) == "5 Mar 2026 09:30 UTC"


def test_words_come_from_the_one_catalogue():
    es = Translator("es")
    assert es("Confidential") == "Confidencial"
    assert es("Page {n} of {total}", n=2, total=12) == "Página 2 de 12"
    assert Translator("en")("Page {n} of {total}", n=2, total=1200) == "Page 2 of 1,200"


@pytest.mark.parametrize(("count", "english", "spanish"), [
    (1, "1 new risk was registered.", "Se registró 1 riesgo nuevo."),
    (33, "33 new risks were registered.", "Se registraron 33 riesgos nuevos."),
])
def test_counts_take_the_plural_rules_of_each_language(count, english, spanish):
    for lang, expected in (("en", english), ("es", spanish)):
        t = Translator(lang)
        assert t.plural("{n} new risk was registered.", "{n} new risks were registered.",
                        count) == expected


def test_stored_codes_read_as_words():
    es = Translator("es")
    assert es.choice("it_centric") == "Orientada a TI"
    assert es.rights_risk("none") == "Sin riesgo" and es.rights_risk("high") == "Riesgo alto"
    assert es.clock_state("amber") == "Quedan menos de 24 h"
    assert es.timeline_kind("containment") == "Contención"
    assert es.timeline_kind("my own kind") == "my own kind"
    assert es.recipient_kind("third_party") == "Tercero"
    assert es.recipient_kind("processor") == "Encargado del tratamiento"


def test_catalogue_entries_by_code_and_the_users_own_as_typed():
    es = Translator("es")
    assert es.entry(Entry("data_subject", "DS-CUSTOMERS", "Customers")) == "Clientes"
    # Looked up by code: an English name reworded since still finds its translation.
    assert es.entry(Entry("data_subject", "DS-CUSTOMERS", "Our customers")) == "Clientes"
    assert es.entry(Entry("data_subject", None, "Socios del club")) == "Socios del club"
    assert Translator("en").entry(Entry("data_subject", "DS-CUSTOMERS", "Customers")) == \
        "Customers"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        Translator("fr")
