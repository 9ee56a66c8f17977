"""The words of one language: one gettext catalogue for every layer, one object per language.

There is no global ``_``: a report may be made in another language than the
window's, on a worker thread, so whoever shows a text asks ``words_for(lang)``
and passes the object on. The object is read-only once loaded, so threads
share it.

Message ids are the English texts. Words that carry a context:

- ``field``: a field's label ("Likelihood");
- ``choice``: a stored choice value as the user reads it ("Mitigate");
- ``matrix``: the default risk matrix's labels ("Rare", "Critical");
- ``dpia``: the EDPB screening criteria;
- ``catalogue:<kind>:<code>`` and ``…:description``: a catalogue entry, looked up
  by its code, so a reworded English name still finds its translation.

The compiled catalogues are ``resources/locale/<lang>/LC_MESSAGES/privguard.mo``,
built from the ``.po`` beside them (``python -m privguard.words_tool``).
"""

from __future__ import annotations

import functools
import gettext
from collections.abc import Callable
from importlib import resources
from typing import Any

from privguard.words.formats import Formats
from privguard.words.phrase import Phrase

LANGUAGES = {"en": "English", "es": "Español"}
DOMAIN = "privguard"
_CONTEXT_GLUE = "\x04"

# Stored values whose plain capitalisation reads wrong.
_CHOICE_TEXT = {"it_centric": "IT-centric", "business_centric": "Business-centric",
                "dpia": "DPIA", "sccs": "SCCs", "bcrs": "BCRs", "cso": "CSO", "cpo": "CPO",
                "dpo": "DPO", "ciso": "CISO", "it": "IT", "eea": "EEA",
                # The Art. 34(3) exemptions, named by what each one needs.
                "unintelligible": "Data unintelligible to others, e.g. encrypted (Art. 34(3)(a))",
                "risk_no_longer_likely": "Later measures make the high risk unlikely (Art. 34(3)(b))",
                "public_communication": "Told by a public communication instead (Art. 34(3)(c))"}


def N_(text: str) -> str:  # noqa: N802 - the gettext convention that extraction looks for
    """Marks ``text`` as a message id to translate where it is shown, not here."""
    return text


def choice_source(value: str) -> str:
    """The English text of a stored choice value ("joint_controller" → "Joint controller")."""
    if value.isupper():
        return value  # a code written in capitals (a role such as "CPO") stays as it is
    return _CHOICE_TEXT.get(value, value.replace("_", " ").capitalize())


def catalogue_context(kind: str, code: str, part: str = "name") -> str:
    return f"catalogue:{kind}:{code}" + ("" if part == "name" else f":{part}")


class Words:
    """Translations, plural rules and formats of one language."""

    def __init__(self, lang: str, translations: gettext.NullTranslations):
        self.lang = lang
        self._t = translations
        self.formats = Formats(lang)
        catalog: dict[Any, str] = getattr(translations, "_catalog", {})
        # Catalogue entries are keyed by code alone (see the module's docstring).
        self._by_context = {key.split(_CONTEXT_GLUE, 1)[0]: text for key, text in catalog.items()
                            if isinstance(key, str) and key.startswith("catalogue:")
                            and _CONTEXT_GLUE in key and text}

    # -- translating ---------------------------------------------------------------------

    def gettext(self, msgid: str) -> str:
        return self._t.gettext(msgid) if msgid else msgid

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self._t.ngettext(singular, plural, count)

    def pgettext(self, context: str, msgid: str) -> str:
        return self._t.pgettext(context, msgid) if msgid else msgid

    def __call__(self, msgid: str, **values: Any) -> str:
        """``msgid`` in this language with its blanks filled in this language's formats."""
        if not values:
            return self.gettext(msgid)
        return Phrase(msgid, **values).say(self)

    def plural(self, singular: str, plural: str, count: int, **values: Any) -> str:
        """The form for ``count`` (also available as ``{n}``), filled in."""
        return Phrase.plural(singular, plural, count, **values).say(self)

    def say(self, text: object, money: Callable[[float], str] | None = None) -> str:
        """Any text in this language: phrases are translated, plain text stays as it is."""
        if isinstance(text, Phrase):
            return text.say(self, money)
        return "" if text is None else str(text)

    def error(self, exc: BaseException) -> str:
        """An error's message in this language: its message id and values, translated here."""
        template = getattr(exc, "template", None)
        if template:
            params = {k: self.word(k, v) for k, v in (getattr(exc, "params", None) or {}).items()}
            message = exc.args[0] if exc.args else None
            if isinstance(message, Phrase) and message.plural_template is not None:
                params.pop("n", None)
                return Phrase.plural(template, message.plural_template, message.count or 0,
                                     **params).say(self)
            return Phrase(template, **params).say(self)
        message = exc.args[0] if exc.args else str(exc)
        return self.say(message) if isinstance(message, Phrase) else self.gettext(str(message))

    def word(self, name: str, value: Any) -> Any:
        """A value put into an error's blank, in this language where it is one of our words.

        A ``Phrase`` value ("likelihood", a status name) is said in this language; the
        ``{label}``, ``{…_label}`` and ``{what}`` blanks hold a field's or an entity's label
        (context "field"), ``{level}`` and ``{step}`` a matrix label (a register's own labels
        stay as typed). Any other text is a value (a name the user typed, a path, a code)
        and stays as it is: it is never looked up as a message id.
        """
        if isinstance(value, Phrase) or not isinstance(value, str):
            return value
        if name in ("label", "what") or name.endswith("_label"):
            return self.field(value)
        if name in ("level", "step"):
            return self.matrix(value)
        return value

    # -- words with a context -----------------------------------------------------------

    def field(self, label: str) -> str:
        return self.pgettext("field", label)

    def choice(self, value: str | None) -> str:
        """A stored choice value ("it_centric") as the reader reads it ("IT-centric")."""
        if value is None or value == "":
            return ""
        return self.pgettext("choice", choice_source(str(value)))

    def matrix(self, label: str) -> str:
        """A default matrix label; a register's own labels stay as the user typed them."""
        return self.pgettext("matrix", label)

    def catalogue(self, kind: str, code: str, english: str, part: str = "name") -> str:
        """A built-in catalogue entry's name (or description) by its code; others as typed."""
        return self._by_context.get(catalogue_context(kind, code, part), english)


@functools.lru_cache(maxsize=8)
def words_for(lang: str | None) -> Words:
    """The words of ``lang`` (English for an unknown language)."""
    lang = lang if lang in LANGUAGES else "en"
    if lang == "en":
        return Words("en", gettext.NullTranslations())
    folder = resources.files("privguard.resources") / "locale" / lang / "LC_MESSAGES"
    try:
        data = (folder / f"{DOMAIN}.mo").read_bytes()
    except OSError:
        return Words(lang, gettext.NullTranslations())
    import io

    return Words(lang, gettext.GNUTranslations(io.BytesIO(data)))
