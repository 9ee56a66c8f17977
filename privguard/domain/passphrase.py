"""What a passphrase must be: long and varied enough that a thief cannot guess it."""

from __future__ import annotations

from privguard.domain.errors import ValidationError
from privguard.words import N_

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases a stolen laptop's thief could guess."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError.of(
            "The passphrase must have at least {n} characters; a few unrelated words work well.",
            "passphrase", n=MIN_PASSPHRASE)
    if len(set(passphrase)) < 4:
        raise ValidationError(N_("The passphrase is too repetitive."), "passphrase")
