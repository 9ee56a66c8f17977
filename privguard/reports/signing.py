"""Ed25519 signatures over exported reports, with a key kept inside the register.

What is signed is the SHA-256 of the exact PDF bytes, bound to the register's
id, so a signature cannot be replayed for another register and one changed
byte of the file breaks it. The signature lives in the register's record of
the export, not in the PDF: a file cannot carry a signature over itself.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

DOMAIN = b"privguard-report-signature/1"


def new_private_key() -> str:
    """A fresh private key as hex, to be stored only inside the encrypted register."""
    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
        serialization.NoEncryption())
    return raw.hex()


def _private(private_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))


def public_key(private_hex: str) -> bytes:
    return _private(private_hex).public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw)


def public_key_pem(private_hex: str) -> str:
    return _private(private_hex).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def key_fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).hexdigest()[:20]
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _message(register_id: str, sha256_hex: str) -> bytes:
    return b"\0".join((DOMAIN, register_id.encode("utf-8"), sha256_hex.lower().encode("ascii")))


def sign(private_hex: str, register_id: str, sha256_hex: str) -> str:
    return base64.b64encode(_private(private_hex).sign(_message(register_id, sha256_hex))).decode()


def verify(public_raw: bytes, signature_b64: str, register_id: str, sha256_hex: str) -> bool:
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            signature, _message(register_id, sha256_hex))
    except (InvalidSignature, ValueError):
        return False
    return True
