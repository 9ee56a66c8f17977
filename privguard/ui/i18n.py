"""Translation and locale formatting for the desktop application.

Strings in widgets go through ``self.tr`` (context = class name) or ``tr`` here; field labels and choice names that live in the domain
go through ``field_label`` / ``choice_label`` so they are translated too.
The catalogues are ``resources/translations/privguard_<lang>.qm``. The analysis
engine's metric names and sentences are worded in ``domain/wording.py`` instead,
shared with the PDF reports.
"""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTimeZone, QTranslator
from PySide6.QtWidgets import QApplication

from privguard.domain import wording

LANGUAGES = {"en": "English", "es": "Español"}


def tr(text: str, comment: str | None = None) -> str:
    """Translate outside a QObject. lupdate files a bare ``tr("text", "comment")`` under
    the empty context with ``comment`` as its disambiguation, so look it up the same way."""
    return QCoreApplication.translate("", text, comment)


def field_label(label: str) -> str:
    return QCoreApplication.translate("fields", label)


# Stored values whose plain capitalisation reads wrong.
_CHOICE_TEXT = {"it_centric": "IT-centric", "business_centric": "Business-centric",
                "dpia": "DPIA", "sccs": "SCCs", "bcrs": "BCRs", "cso": "CSO", "cpo": "CPO"}


def choice_source(value: str) -> str:
    """The English text of a stored choice value, as the catalogues list it."""
    return _CHOICE_TEXT.get(value, value.replace("_", " ").capitalize())


def choice_label(value: str) -> str:
    """A stored choice value (``it_centric``) as the user reads it."""
    return QCoreApplication.translate("choices", choice_source(value))


def catalogue_label(name: str) -> str:
    """A catalogue entry's name (threat, control, category); the user's own stay as typed."""
    return QCoreApplication.translate("catalogue", name)


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def current_language() -> str:
    """The language the window speaks now (set by ``Language.apply``)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def engine_text(text: object, currency: str | None = None) -> str:
    """A sentence of the analysis engine in the window's language (see domain/wording.py),
    its amounts in ``currency`` where given."""
    amounts = None if currency is None else (lambda value: money(value, currency))
    return wording.say(text, current_language(), amounts)


def metric_name(name: str) -> str:
    return wording.metric(name, current_language())


class Language:
    """Installs the translator and the locale for one language at a time."""

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
        return True


def money(value: float | None, currency: str = "EUR") -> str:
    if value is None:
        return ""
    symbol = {"EUR": "€", "USD": "$", "GBP": "£"}.get(currency, currency)
    return QLocale().toCurrencyString(float(value), symbol, 0)


def number(value: float | None, decimals: int = 0) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", decimals)


def percent(fraction: float | None, decimals: int = 0) -> str:
    """0.125 → "12.5%" in English, "12,5 %" in Spanish (which spaces the sign)."""
    if fraction is None:
        return ""
    text = number(100 * fraction, decimals)
    return f"{text}\u00a0%" if current_language() == "es" else f"{text}%"


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def moment(value: datetime | None) -> str:
    """A stored (UTC) time shown in the user's local time zone."""
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
