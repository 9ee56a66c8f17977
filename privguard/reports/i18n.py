"""The words and formats of one report: the program's one gettext catalogue, per report.

A report is made off the GUI (a worker thread, the command line) and may be in
another language than the window's, so each report asks ``words_for(lang)``
for its own :class:`~privguard.words.Words` and passes a ``Translator`` (``t``)
to everything it builds. The English text is the message id, written at the
call: ``t("Risk")``, ``t("Page {n} of {total}", n=1, total=9)``,
``t.plural("{n} new risk was registered.", "{n} new risks were registered.", n)``,
so the extractor finds it (``python -m privguard.words_tool``). Numbers, money,
percentages and dates come from the same formats as the window's; a missing
value prints as a dash.

Stored codes print as words: choices through ``Words.choice``, catalogue entries
(threats, controls, data categories, ...) by their code through
``Words.catalogue``, and the few codes the reports word their own way (a breach
clock's state, the risk to people, whether people were told) from the message
ids below; the usual kinds of timeline entry and recipient read as choices.
Anything the user typed prints as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from privguard.domain import wording
from privguard.reports.model import Entry
from privguard.words import LANGUAGES as _WORD_LANGUAGES
from privguard.words import N_, Formats, words_for

LANGUAGES = tuple(_WORD_LANGUAGES)
DASH = "—"

#: Risk to the rights and freedoms of people (Art. 33/34), as a report names it.
RIGHTS_RISK: Mapping[str, str] = {
    "none": N_("No risk"), "risk": N_("Risk"), "high": N_("High risk"),
}
#: A breach clock's state (privguard.domain.breach_clock.ClockState).
CLOCK_STATE: Mapping[str, str] = {
    "not_required": N_("Not required"), "running": N_("Running"),
    "amber": N_("Under 24 h left"), "red": N_("Under 12 h left"), "overdue": N_("Overdue"),
    "met": N_("Met"), "late": N_("Late"),
}
#: Whether the people concerned were told (privguard.domain.breach_clock.SubjectsNotice).
SUBJECTS_NOTICE: Mapping[str, str] = {
    "not_required": N_("Not required"), "pending": N_("Pending"), "sent": N_("Sent"),
}

class Translator:
    """Words, plural rules and formats for one report's language and currency."""

    def __init__(self, lang: str = "en", currency: str = "EUR"):
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported report language {lang!r}")
        self.lang = lang
        self.currency = (currency or "EUR").upper()
        self.words = words_for(lang)
        self.formats = Formats(lang, blank=DASH)

    # -- words -----------------------------------------------------------------------

    def __call__(self, msgid: str, **values: Any) -> str:
        """``msgid`` (English) in the report's language, blanks filled in its formats."""
        return self.words(msgid, **values)

    def plural(self, singular: str, plural: str, count: int, **values: Any) -> str:
        """The form for ``count`` by the language's plural rules; ``{n}`` is the count."""
        return self.words.plural(singular, plural, count, **values)

    def say(self, text: object) -> str:
        """An engine sentence (a Phrase) in the report's language and currency."""
        return self.words.say(text, self.money)

    def field(self, label: str) -> str:
        """A field's label ("Treatment") as the window names it."""
        return self.words.field(label)

    def matrix(self, label: str) -> str:
        """A default risk-matrix label; a register's own labels stay as the user wrote them."""
        return self.words.matrix(label)

    def choice(self, code: Any) -> str:
        """A stored choice ("it_centric") as words; a dash when there is none."""
        if code is None or code == "":
            return DASH
        return self.words.choice(str(code))

    def _coded(self, table: Mapping[str, str], code: Any) -> str:
        if code is None or code == "":
            return DASH
        text = table.get(str(code))
        return self.words.gettext(text) if text else str(code)

    def rights_risk(self, code: Any) -> str:
        return self._coded(RIGHTS_RISK, code)

    def clock_state(self, code: Any) -> str:
        return self._coded(CLOCK_STATE, code)

    def subjects_notice(self, code: Any) -> str:
        return self._coded(SUBJECTS_NOTICE, code)

    def recipient_kind(self, code: Any) -> str:
        """A recipient's kind ("third_party"); the roles read as the choices they are."""
        if code is None or code == "":
            return DASH
        return wording.coded_words(self.words).get(str(code)) or self.choice(code)

    def timeline_kind(self, code: Any) -> str:
        """A timeline entry's kind; one the user typed prints as typed."""
        if not code:
            return ""
        return wording.coded(self.words, str(code))

    def entry(self, entry: Entry | None) -> str:
        """A catalogue entry by its code in the report's language; the user's own as typed."""
        if entry is None:
            return DASH
        if not entry.code:
            return entry.name
        return self.words.catalogue(entry.kind, entry.code, entry.name)

    def country(self, code: Any) -> str:
        """A country by its ISO code, in words ("United States (US)", "Estados Unidos (US)");
        a code CLDR does not know prints as it is."""
        if code is None or str(code).strip() == "":
            return DASH
        code = str(code).strip().upper()
        name = self.formats.locale.territories.get(code) if len(code) == 2 else None
        return f"{name} ({code})" if name else code

    def entries(self, entries: Any, separator: str = "; ") -> str:
        names = [self.entry(e) for e in entries or []]
        return separator.join(n for n in names if n.strip()) or DASH

    # -- numbers and dates -----------------------------------------------------------

    def number(self, value: float | int | None, decimals: int = 0) -> str:
        return self.formats.number(value, decimals)

    def money(self, value: float | int | None, decimals: int = 0) -> str:
        """"€1,235" in English, "1.235 €" in Spanish, in the register's currency."""
        return self.formats.money(value, self.currency, decimals)

    def money_short(self, value: float) -> str:
        """Axis labels: "€1.2m", "1,2 M €"."""
        return self.formats.money_short(value, self.currency)

    def percent(self, fraction: float | None, decimals: int = 0) -> str:
        return self.formats.percent(fraction, decimals)

    def date(self, value: date | datetime | None) -> str:
        return self.formats.date(value)

    def datetime(self, value: datetime | None) -> str:
        """Always in UTC and labelled so: a report is read far from where it was made."""
        if value is None:
            return DASH
        return f"{self.formats.datetime(value)} UTC"

    def month(self, value: date) -> str:
        return self.formats.month(value)
