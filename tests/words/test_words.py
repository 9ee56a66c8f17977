"""The one catalogue of words: complete in Spanish, compiled as committed, plurals and formats
by CLDR, and one object per language that threads can share."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

from babel.messages.catalog import Catalog

from privguard import words_tool
from privguard.domain.errors import NotFoundError, ValidationError
from privguard.words import N_, Phrase, words_for


def test_the_spanish_catalogue_is_complete_and_its_mo_is_built_from_its_po():
    problems = words_tool.check("es")
    assert not problems, "\n".join(problems[:40])


def test_an_english_only_message_in_the_code_fails_the_check(tmp_path, monkeypatch):
    source = tmp_path / "privguard"
    source.mkdir()
    (source / "new_rule.py").write_text(
        'from privguard.words import N_\n\nMSG = N_("A rule nobody has translated yet.")\n',
        encoding="utf-8")
    monkeypatch.setattr(words_tool, "SOURCES", source)
    problems = words_tool.check("es")
    assert any("A rule nobody has translated yet." in line for line in problems)


def test_a_translation_that_loses_a_blank_or_is_fuzzy_is_reported():
    catalog = Catalog(locale="es")
    catalog.add("{n} risks above appetite", "riesgos por encima del apetito")
    catalog.add("Saved.", "Guardado.", flags=["fuzzy"])
    catalog.add("Untranslated.", "")
    found = words_tool.blank_mismatches(catalog) + words_tool.problems(catalog)
    assert any("blanks differ" in line for line in found)
    assert any(line.startswith("fuzzy: Saved.") for line in found)
    assert any(line.startswith("missing: Untranslated.") for line in found)


def test_spanish_plurals_follow_cldr_and_english_says_one_and_many():
    es, en = words_for("es"), words_for("en")
    singular, plural = "{n} new risk was registered.", "{n} new risks were registered."
    assert en.plural(singular, plural, 1) == "1 new risk was registered."
    assert en.plural(singular, plural, 33) == "33 new risks were registered."
    one, many = es.plural(singular, plural, 1), es.plural(singular, plural, 33)
    assert one != many and "1" in one and "33" in many
    assert "riesgo" in one and "riesgos" in many


def test_numbers_money_percentages_and_dates_as_each_language_writes_them():
    es, en = words_for("es").formats, words_for("en").formats
    assert en.money(1234567.4, "EUR") == "€1,234,567"
    assert es.money(1234567.4, "EUR") == "1.234.567\u00a0€"
    assert en.money(-2500, "GBP") == "-£2,500"
    assert en.percent(0.125, 1) == "12.5%" and es.percent(0.125, 1) == "12,5\u00a0%"
    assert es.number(1234.5, 1) == "1.234,5" and en.number(1234.5, 1) == "1,234.5"
    assert en.date(date(2026, 12, 2)) == "2 Dec 2026" and es.date(date(2026, 12, 2)) == "2 dic 2026"
    stamp = datetime(2026, 12, 2, 15, 4, tzinfo=UTC)
    assert es.datetime(stamp) == "2 dic 2026 15:04"
    assert es.money_short(1_200_000, "EUR").replace("\u00a0", "").replace(" ", "") == "1,2M€"
    assert en.money_short(1_200_000, "EUR") == "€1.2m"  # CLDR en_GB
    for value in (None, float("nan"), float("inf")):
        assert en.money(value) == "" and es.percent(value) == ""


def test_an_error_is_translated_where_it_is_shown_with_its_values_in_place():
    exc = ValidationError.of("Likelihood must be a whole number from 1 to {high}.",
                             "current_likelihood", high=5)
    assert str(exc) == "Likelihood must be a whole number from 1 to 5."
    assert words_for("en").error(exc) == str(exc)
    spanish = words_for("es").error(exc)
    assert spanish != str(exc) and "5" in spanish
    missing = NotFoundError(Phrase(N_("The register was locked.")))
    assert missing.template == "The register was locked."


def test_one_words_object_per_language_shared_by_threads():
    seen = []

    def look():
        seen.append((words_for("es"), words_for("es").choice("joint_controller")))

    threads = [threading.Thread(target=look) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(w) for w, _text in seen}) == 1
    assert len({text for _w, text in seen}) == 1
    assert seen[0][1].startswith("Corresponsable")
    assert words_for("en") is not words_for("es")
    assert words_for("xx").lang == "en"


def test_catalogue_entries_are_found_by_code_not_by_their_english_name():
    es = words_for("es")
    name = es.catalogue("data_category", "DC-IDENTIFICATION", "Identification data")
    assert name != "Identification data"
    assert es.catalogue("data_category", "DC-IDENTIFICATION", "Identity data (renamed)") == name
    assert es.catalogue("threat", "MY-OWN", "Badger in the server room") == \
        "Badger in the server room"
