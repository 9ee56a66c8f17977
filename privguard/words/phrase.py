"""Sentences the program composes, kept as a message id and its values until they are shown.

A ``Phrase`` is the English sentence, so everything that treats it as text keeps
working (logs, English output, old records), and it also keeps its template
(the gettext message id) and values apart, so the window and the PDF report can
say it in another language with that language's number formats. Templates use
``str.format`` blanks; a value may itself be a phrase and is said in the same
language. ``{x:money}`` marks an amount, written in the reader's currency where
the caller knows it.

A phrase with a plural (``Phrase.plural``) picks its form by ``count`` with the
language's own plural rules.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from privguard.words.catalog import Words

Money = Callable[[float], str]

MONEY_SPEC = "money"


class _Formatter(string.Formatter):
    def __init__(self, words: Words | None, money: Money | None = None):
        self.words = words
        self.money = money

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Phrase):
            return value.say(self.words, self.money) if self.words else str(value)
        if format_spec == MONEY_SPEC:
            if self.money is not None:
                return self.money(value)
            format_spec = ",.0f"
        if self.words is not None and isinstance(value, int | float) and not isinstance(value, bool):
            return self.words.formats.spec(value, format_spec)
        return super().format_field(value, format_spec)


class Phrase(str):
    """An English sentence that can be said again in another language."""

    template: str
    params: dict[str, Any]
    plural_template: str | None
    count: int | None

    def __new__(cls, template: str, **params: Any) -> Phrase:
        return cls._make(template, None, None, params)

    @classmethod
    def plural(cls, singular: str, plural: str, count: int, **params: Any) -> Phrase:
        """A sentence with a singular and a plural form, chosen by ``count`` (also ``{n}``)."""
        return cls._make(singular, plural, int(count), {"n": count, **params})

    @classmethod
    def _make(cls, template: str, plural: str | None, count: int | None,
              params: dict[str, Any]) -> Phrase:
        source = template if plural is None or count == 1 else plural
        phrase = super().__new__(cls, _Formatter(None).vformat(source, (), params))
        phrase.template = template
        phrase.plural_template = plural
        phrase.count = count
        phrase.params = params
        return phrase

    def say(self, words: Words | None = None, money: Money | None = None) -> str:
        """The sentence in the language of ``words`` (English when None)."""
        if words is None:
            return str(self)
        if self.plural_template is not None:
            template = words.ngettext(self.template, self.plural_template, self.count or 0)
        else:
            template = words.gettext(self.template)
        params = {k: words.field(v) if k == "label" and isinstance(v, str) else v
                  for k, v in self.params.items()}
        try:
            return _Formatter(words, money).vformat(template, (), params)
        except (KeyError, IndexError, ValueError):
            # A translation with a wrong blank must not hide the sentence: say it in English.
            return str(self)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": str(self), "template": self.template,
            "params": {k: v.to_dict() if isinstance(v, Phrase) else v for k, v in self.params.items()}}
        if self.plural_template is not None:
            data["plural"] = self.plural_template
            data["count"] = self.count
        return data

    @classmethod
    def from_data(cls, data: Any) -> str:
        """A phrase back from ``to_dict()``; plain text (older records) stays plain text."""
        if isinstance(data, Mapping) and isinstance(data.get("template"), str):
            params = {k: cls.from_data(v) if isinstance(v, Mapping) else v
                      for k, v in (data.get("params") or {}).items()}
            try:
                if isinstance(data.get("plural"), str):
                    params.pop("n", None)
                    return cls.plural(data["template"], data["plural"], int(data.get("count") or 0),
                                      **params)
                return cls(data["template"], **params)
            except (KeyError, IndexError, ValueError, TypeError):
                return str(data.get("text", ""))
        return "" if data is None else str(data)
