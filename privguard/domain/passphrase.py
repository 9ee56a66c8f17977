"""What a passphrase must be: long and varied enough that a thief cannot guess it."""

from __future__ import annotations

from privguard.domain.errors import ValidationError

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases a stolen laptop's thief could guess."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"The passphrase must have at least {MIN_PASSPHRASE} characters; "
            "a few unrelated words work well.", "passphrase")
    if len(set(passphrase)) < 4:
        raise ValidationError("The passphrase is too repetitive.", "passphrase")
