"""Errors a user can act on, shared by every layer.

Each carries a message written for the person at the keyboard: no paths of
secrets, no key material, no stack traces. Anything that is not one of these
is a bug and is reported as such by the front ends.
"""

from __future__ import annotations

from typing import Any


class PrivGuardError(Exception):
    """Base of every error the user can act on.

    The message is English (``str(exc)``, for logs and the command line); where it
    comes from a fixed sentence, ``template`` (the gettext message id) and ``params``
    keep the sentence and its values apart, so it is translated where it is shown
    (``privguard.words.Words.error``), not where it is raised.
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
