"""Errors a user can act on, shared by every layer.

Each carries a message written for the person at the keyboard: no paths of
secrets, no key material, no stack traces. Anything that is not one of these
is a bug and is reported as such by the front ends.
"""

from __future__ import annotations

from typing import Any

from privguard.words import Phrase


class PrivGuardError(Exception):
    """Base of every error the user can act on.

    The message is English (``str(exc)``, for logs); where it comes from a fixed
    sentence, ``template`` (the gettext message id) and ``params`` keep the sentence
    and its values apart, so it is translated where it is shown
    (``privguard.words.Words.error``), not where it is raised. Never an f-string:
    ``X.of("Cannot read {path}.", path=str(p))``, ``X(N_("A fixed sentence."))`` or
    ``X(Phrase.plural(...))``. A value the user typed, a path or a number is a param;
    a value that is one of our words is a ``Phrase(N_(...))`` (said in the reader's
    language), or a field or entity label in a ``{label}``/``{what}`` blank.
    """

    exit_code = 1
    template: str | None = None
    params: dict[str, Any] = {}  # noqa: RUF012 - replaced per instance, never mutated

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        message = args[0] if args else None
        if getattr(message, "template", None) and isinstance(getattr(message, "params", None), dict):
            # A Phrase: the message id and values travel with it.
            self.template = message.template
            self.params = dict(message.params)

    @classmethod
    def of(cls, template: str, **params: Any):
        """The sentence ``template`` with its blanks filled, keeping both for translation."""
        exc = cls(template.format(**params))
        exc.template = template
        exc.params = params
        return exc

    def phrase(self) -> str:
        """The message as a ``Phrase`` (to list it beside others, said in the reader's
        language), or as plain English when it has no message id."""
        message = self.args[0] if self.args else ""
        if isinstance(message, Phrase):
            return message
        if self.template:
            return Phrase(self.template, **self.params)
        return str(message)


class ValidationError(PrivGuardError):
    """Input that cannot be saved; ``field`` names where the problem is.

    Where the message comes from a fixed sentence with blanks, ``template`` and
    ``params`` keep them apart so a front end can show it in another language.
    """

    exit_code = 2

    def __init__(self, message: str, field: str | None = None, *, template: str | None = None,
                 params: dict | None = None):
        super().__init__(message)
        self.field = field
        if template is not None:
            self.template = template
            self.params = params or {}

    @classmethod
    def of(cls, template: str, field: str | None = None, **params: object) -> ValidationError:
        """The sentence ``template`` with its blanks filled, keeping both for translation."""
        return cls(template.format(**params), field, template=template, params=params)

    def on(self, field: str | None) -> ValidationError:
        """The same message (and message id) about another field, e.g. a rule checked by
        the domain under its own name and reported on the form's field."""
        moved = ValidationError(self.args[0] if self.args else str(self), field)
        if self.template is not None:
            moved.template, moved.params = self.template, dict(self.params)
        return moved


class NotFoundError(PrivGuardError):
    pass


class WrongPassphraseOrDamaged(PrivGuardError):
    """A wrong key and a damaged file look the same to SQLCipher and AES-GCM."""

    exit_code = 3


class RegisterDamaged(WrongPassphraseOrDamaged):
    """The key was right but pages or the key header fail their checks."""


class KeyHeaderError(WrongPassphraseOrDamaged):
    """keys.json is missing, truncated or not one we can read."""


class RegisterInUse(PrivGuardError):
    exit_code = 4


class RegisterTooNew(PrivGuardError):
    """The register was written by a newer PrivGuard than this one."""


class DiskFull(PrivGuardError):
    pass


class ReadOnlyRegister(PrivGuardError):
    pass


class RegisterLocked(PrivGuardError):
    """An operation was attempted after the register was locked."""
