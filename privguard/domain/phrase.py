"""Sentences the program composes (the engine's recommendation, its reasons) in any language.

A ``Phrase`` is the English sentence, so everything that treats it as text keeps
working, and it also keeps its template and values apart, so the window and
the PDF report can say it in Spanish with Spanish number formats. Templates use
``str.format`` blanks; a value may itself be a phrase and is said in the same
language.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str], str]
Money = Callable[[float], str]

# A blank written {cost:money} is an amount: the reader's currency where the caller knows it.
MONEY_SPEC = "money"


def _same(text: str) -> str:
    return text


class _Formatter(string.Formatter):
    def __init__(self, translate: Translate, decimal_comma: bool, money: Money | None = None):
        self.translate = translate
        self.decimal_comma = decimal_comma
        self.money = money

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Phrase):
            return value.say(self.translate, self.decimal_comma, self.money)
        if format_spec == MONEY_SPEC:
            if self.money is not None:
                return self.money(value)
            format_spec = ",.0f"
        text = super().format_field(value, format_spec)
        if self.decimal_comma and isinstance(value, int | float) and not isinstance(value, bool):
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
            if format_spec.endswith("%"):
                text = text[:-1] + "\u00a0%"
        return text


class Phrase(str):
    """An English sentence that can be said again in another language."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Phrase:
        text = _Formatter(_same, False).vformat(template, (), params)
        phrase = super().__new__(cls, text)
        phrase.template = template
        phrase.params = params
        return phrase

    def say(self, translate: Translate = _same, decimal_comma: bool = False,
            money: Money | None = None) -> str:
        """The sentence with ``translate`` applied to its template (and to nested phrases')."""
        template = translate(self.template) or self.template
        try:
            return _Formatter(translate, decimal_comma, money).vformat(template, (), self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a wrong blank must not hide the sentence: say it in English.
            return str(self)

    def to_dict(self) -> dict[str, Any]:
        return {"text": str(self), "template": self.template,
                "params": {k: v.to_dict() if isinstance(v, Phrase) else v
                           for k, v in self.params.items()}}

    @classmethod
    def from_data(cls, data: Any) -> str:
        """A phrase back from ``to_dict()``; plain text (older records) stays plain text."""
        if isinstance(data, Mapping) and isinstance(data.get("template"), str):
            params = {k: cls.from_data(v) if isinstance(v, Mapping) else v
                      for k, v in (data.get("params") or {}).items()}
            try:
                return cls(data["template"], **params)
            except (KeyError, IndexError, ValueError):
                return str(data.get("text", ""))
        return "" if data is None else str(data)


def say(text: Any, translate: Translate = _same, decimal_comma: bool = False,
        money: Money | None = None) -> str:
    """Any text in the reader's language: phrases are translated, plain text is left as it is."""
    if isinstance(text, Phrase):
        return text.say(translate, decimal_comma, money)
    return "" if text is None else str(text)
