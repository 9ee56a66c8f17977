"""The engine's words: complete in Spanish, same blanks, numbers in the reader's format."""

from __future__ import annotations

import json
import string

from privguard.analysis import results
from privguard.domain.wording import T, metric, say
from privguard.words import Phrase, words_for


def _blanks(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_metric_and_sentence_has_spanish_with_the_same_blanks():
    spanish = words_for("es")
    metrics = {v for k, v in vars(results).items() if k.isupper() and isinstance(v, str)}
    sentences = {v for k, v in vars(T).items() if k.isupper()}
    keep = {T.NUMBER, T.AMOUNT, T.OPTION_SAYS, results.ROSI}
    missing = sorted(text for text in (metrics | sentences) - keep
                     if spanish.gettext(text) == text)
    assert not missing, missing
    wrong = [text for text in metrics | sentences
             if _blanks(spanish.gettext(text)) != _blanks(text)]
    assert not wrong, wrong


def test_a_phrase_is_its_english_sentence_and_says_itself_in_spanish():
    reason = Phrase(T.OPTION_SAYS, option="Stay disconnected",
                    problem=Phrase(T.OVER_MTD, share=0.37, limit=0.1))
    assert reason == "Stay disconnected: Downtime exceeds the MTD in 37% of trials (limit 10%)."
    assert say(reason, "es") == ("Stay disconnected: La inactividad supera el MTD en el "
                                 "37\u00a0% de las simulaciones (límite 10\u00a0%).")
    cost = Phrase(T.KEEP_AS_IS, cost=1234567.0)
    assert "1,234,567" in cost and "1.234.567" in say(cost, "es")


def test_a_phrase_survives_json_and_plain_text_stays_plain():
    reason = Phrase(T.OPTION_SAYS, option="Restore {now}", problem=Phrase(T.DESTROYS_EVIDENCE))
    back = Phrase.from_data(json.loads(json.dumps(reason.to_dict())))
    assert back == reason and say(back, "es") == "Restore {now}: Destruye pruebas forenses."
    assert Phrase.from_data("an older record's sentence") == "an older record's sentence"
    assert Phrase.from_data(None) == ""


def test_a_translation_with_a_wrong_blank_falls_back_to_english():
    class Broken:
        formats = words_for("es").formats

        def gettext(self, text):
            return "Puntúa {puntuacion}"

        def field(self, text):
            return text

    phrase = Phrase(T.CELL_OVER_APPETITE, score=12)
    assert phrase.say(Broken()) == str(phrase)


def test_metric_names_per_service_keep_the_service_name():
    assert metric(results.p_over_mtd_of("response"), "es") == \
        "P(tiempo de inactividad > MTD: response)"
    assert metric(results.expected_part("late_notification"), "es") == \
        "Coste esperado: notificación tardía"
    assert metric("A metric we never named", "es") == "A metric we never named"
    assert metric(results.ALE, "en") == results.ALE


def test_amounts_take_the_readers_currency_where_the_caller_knows_it():
    cost = Phrase(T.LOWEST_COST_MEETING, option="Restore", cost=195207.4)
    assert "(195,207)" in cost, "the engine itself knows no currency"
    assert "(€195,207)" in say(cost, "en", lambda value: f"€{value:,.0f}")
    assert "(195.207)" in say(cost, "es")
