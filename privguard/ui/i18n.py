"""Words and formats of the desktop application.

Two catalogues, one rule: a text written in a widget goes through ``self.tr``
(context = class name) or ``tr`` here and lives in Qt's
``resources/translations/privguard_<lang>.qm``; every other word — field labels,
choice values, catalogue entries (by code), the default matrix's labels, DPIA
criteria, the engine's sentences, error messages — comes from the one gettext
catalogue of ``privguard.words``, which the reports and the command line read too.
Numbers, money, percentages and dates are written by its ``formats`` (Babel's
CLDR data), so the window and the PDF write "12,5 %" and "1234 €" alike.

Everything here speaks the window's language (``current_language``); a caller
that needs another language asks ``words_for(lang)`` itself.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from privguard.domain import wording
from privguard.words import LANGUAGES, Phrase, Words, choice_source, words_for

__all__ = ["LANGUAGES", "Language", "catalogue_label", "choice_label", "choice_source",
           "criterion_text", "current_language", "day", "engine_text", "error_text",
           "field_label", "matrix_label", "metric_name", "moment", "money", "number", "percent", "percent_suffix",
           "say", "system_language", "tr", "words"]


def tr(text: str, comment: str | None = None) -> str:
    """Translate widget text outside a QObject. lupdate files a bare ``tr("text", "comment")``
    under the empty context with ``comment`` as its disambiguation, so look it up the same way."""
    return QCoreApplication.translate("", text, comment)


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def current_language() -> str:
    """The language the window speaks now (set by ``Language.apply``)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def words() -> Words:
    """The gettext words of the window's language."""
    return words_for(current_language())


# -- words -----------------------------------------------------------------------------------


def field_label(label: str) -> str:
    """A field's label ("Likelihood") in the window's language."""
    return words().field(label)


def choice_label(value: str | None) -> str:
    """A stored choice value (``it_centric``) as the user reads it ("IT-centric")."""
    return words().choice(value)


def catalogue_label(kind: str, code: str | None, english: str) -> str:
    """A catalogue entry's name, looked up by its ``code`` (``privguard.domain.catalogue``
    kinds); an entry of the user's own, or one without a code, stays as typed."""
    return words().catalogue(kind, code, english) if code else english


def matrix_label(text: str) -> str:
    """A likelihood, impact or level label of the default matrix; a register's own labels stay
    as the user typed them."""
    return words().matrix(text)


def criterion_text(text: str) -> str:
    """An EDPB screening criterion's name or explanation (``domain.dpia.CRITERIA_TEXT``)."""
    return words().pgettext("dpia", text)


def engine_text(text: object, currency: str | None = None) -> str:
    """A sentence of the analysis engine (or any ``Phrase``) in the window's language, its
    amounts in ``currency`` where given; plain text stays as it is."""
    w = words()
    amounts = None if currency is None else (lambda value: w.formats.money(value, currency))
    return w.say(text, amounts)


def say(text: object) -> str:
    """One of our sentences in the window's language: a ``Phrase`` with its values, or a plain
    message id (``N_("...")``); text that is not in the catalogue stays as it is."""
    if text is None:
        return ""
    w = words()
    return w.say(text) if isinstance(text, Phrase) else w.gettext(str(text))


def metric_name(name: str) -> str:
    return wording.metric(name, current_language())


def error_text(exc: BaseException) -> str:
    """An error's message in the window's language: translated here, where it is shown, from
    the message id and values it carries."""
    return words().error(exc)


# -- formats ---------------------------------------------------------------------------------


def money(value: float | None, currency: str = "EUR") -> str:
    """"€1,234" in English, "1234 €" / "12.345 €" in Spanish."""
    return words().formats.money(value, currency or "EUR")


def number(value: float | None, decimals: int = 0) -> str:
    return words().formats.number(value, decimals)


def percent(fraction: float | None, decimals: int = 0) -> str:
    """0.125 → "12.5%" in English, "12,5 %" in Spanish (``decimals=1``)."""
    return words().formats.percent(fraction, decimals)


def percent_suffix() -> str:
    """What follows a number in a percentage, for a spin box's suffix: "%" in English,
    "\u00a0%" in Spanish (which spaces the sign, without breaking the line there)."""
    text = words().formats.percent(0)
    return text[text.rindex("0") + 1:]


@functools.lru_cache(maxsize=65536)
def _day(lang: str, value: date) -> str:
    return words_for(lang).formats.date(value)


def day(value: date | None) -> str:
    """"2 Dec 2026" / "2 dic 2026", as the reports write a date."""
    return "" if value is None else _day(current_language(), value)


@functools.lru_cache(maxsize=65536)
def _moment(lang: str, value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    # The user's own time zone, with its summer time on that date.
    return words_for(lang).formats.datetime(value.astimezone(), zone=None)


def moment(value: datetime | None) -> str:
    """A stored (UTC) time shown in the user's local time zone: "2 dic 2026 14:30"."""
    return "" if value is None else _moment(current_language(), value)


# -- the language of the window --------------------------------------------------------------


class Language:
    """Installs Qt's translator (widget texts) and the locale (number and date editors) for one
    language at a time; the gettext words follow ``current_language`` by themselves."""

    def __init__(self) -> None:
        self.code = "en"
        self._translators: list[QTranslator] = []

    def apply(self, code: str) -> bool:
        app = QCoreApplication.instance()
        code = code if code in LANGUAGES else "en"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.code = code
        locale = QLocale(code if code != "en" else "en_GB")
        QLocale.setDefault(locale)
        # A widget takes its parent's locale, and windows keep the one they were created
        # with: without this, number boxes in a rebuilt area would still write 6.0, not 6,0.
        for window in QApplication.topLevelWidgets():
            window.setLocale(locale)
        if code == "en":
            return True
        translator = QTranslator(app)
        folder = resources.files("privguard.resources") / "translations"
        with resources.as_file(folder / f"privguard_{code}.qm") as path:
            if not translator.load(str(path)):
                return False
        app.installTranslator(translator)
        self._translators.append(translator)
        # Qt's own words (a dialog's OK/Cancel, a wizard's Back/Next, a line edit's menu) come
        # from the catalogue PySide6 ships; without it they stay English in a Spanish window.
        qt_words = QTranslator(app)
        if qt_words.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_words)
            self._translators.append(qt_words)
        return True
