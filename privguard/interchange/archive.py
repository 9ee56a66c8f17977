"""The full archive: a register's records as one versioned JSON document, and its file.

The document (``build_document``) holds every record (identified by uuid, references to
other records by their uuid), the links between records and the audit trail as read-only
history, with a manifest: the schema version, the number of records of each kind and the
SHA-256 of each part (records, links, history), checked on reading. It is validated
against the JSON Schema shipped in ``privguard/resources/schemas``; an archive of an older
version is first brought forward by ``migrate_document``.

The file is encrypted unless written plain on purpose (``encode(..., passphrase=None)``):

    PRIVGUARD-ARCHIVE 1\\n
    {"cipher": "AES-256-GCM", "kdf": {"name": "argon2id", "memory_kib": ..., "iterations":
     ..., "lanes": ..., "salt": b64}, "nonce": b64}\\n
    AES-256-GCM(key = Argon2id(passphrase, salt), document JSON, aad = the two lines above)

The clear header is bound as associated data, so editing it (weakening the KDF, changing the
nonce) fails the decryption like a wrong passphrase. KDF parameters read from a file are
capped by fixed constants before any work is done.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from functools import cache
from importlib.resources import files
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from privguard import kdf as argon2
from privguard.domain.errors import PrivGuardError, WrongPassphraseOrDamaged
from privguard.kdf import KdfParams
from privguard.words import N_

FORMAT = "privguard-archive"
#: The document version this PrivGuard writes; every older one still imports.
VERSION = 1
MAGIC = b"PRIVGUARD-ARCHIVE 1\n"
PARTS = ("records", "links", "history")

MAX_HEADER_BYTES = 4096
#: An archive larger than this is not one PrivGuard wrote.
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
SALT_BYTES, NONCE_BYTES = 16, 12


#: Argon2id settings, their caps and derivation are the register's own (privguard.kdf).
Kdf = KdfParams
DEFAULT_KDF = argon2.DEFAULT
FAST_TEST_KDF = argon2.FAST_TEST
_kdf = DEFAULT_KDF


def set_kdf(kdf: Kdf) -> Kdf:
    """Choose the KDF for archives written from now on; returns the old one (tests)."""
    global _kdf
    old, _kdf = _kdf, kdf
    return old


class ArchiveError(PrivGuardError):
    """Not an archive, damaged before the encryption, or one this PrivGuard cannot read."""


class ArchiveLocked(WrongPassphraseOrDamaged):
    """A wrong passphrase, or an archive changed after it was written (exit 3)."""


DAMAGED = N_("This file is not a PrivGuard archive, or it is damaged; nothing was imported.")
LOCKED = N_("Wrong archive passphrase, or the archive was changed after it was written; "
            "nothing was imported.")


# -- the document ------------------------------------------------------------------------


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def manifest(document: dict[str, Any]) -> dict[str, Any]:
    """The manifest of a document's parts: version, counts and the SHA-256 of each part."""
    counts = {name: len(rows) for name, rows in sorted(document["records"].items())}
    counts |= {f"links.{name}": len(rows) for name, rows in sorted(document["links"].items())}
    counts["history"] = len(document["history"])
    return {"version": document["version"], "counts": counts,
            "sha256": {part: hashlib.sha256(_canonical(document[part])).hexdigest()
                       for part in PARTS}}


def build_document(*, organisation: str, exported_at: str, exported_by: str, app_version: str,
                   records: dict[str, list[dict[str, Any]]],
                   links: dict[str, list[list[str]]],
                   history: list[dict[str, Any]]) -> dict[str, Any]:
    document = {"format": FORMAT, "version": VERSION, "exported_at": exported_at,
                "exported_by": exported_by, "privguard": app_version,
                "organisation": organisation, "records": records, "links": links,
                "history": history}
    document["manifest"] = manifest(document)
    return document


@cache
def schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema of archive documents of ``version``, as shipped in the package."""
    text = (files("privguard.resources") / "schemas" / f"archive-{version}.json").read_text(
        encoding="utf-8")
    return json.loads(text)


def migrate_document(document: Any) -> dict[str, Any]:
    """An archive document of any version this PrivGuard knows, as the current version.

    Version 0 (the shape of the first drafts: no manifest and no history, a "schema" key
    instead of "version") is brought forward; a newer version is refused.
    """
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ArchiveError(DAMAGED)
    version = document.get("version", document.get("schema"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ArchiveError(DAMAGED)
    if version > VERSION:
        raise ArchiveError.of(
            "This archive was written by a newer version of PrivGuard (archive version "
            "{version}). Install the latest PrivGuard to import it; nothing was imported.",
            version=str(version))
    if version == 0:
        document = {key: value for key, value in document.items() if key != "schema"}
        document.update(version=1, history=document.get("history", []),
                        links=document.get("links", {}))
        document.setdefault("exported_by", "")
        document["manifest"] = manifest(document)
    return document


def check_document(document: dict[str, Any]) -> None:
    """The document matches the shipped schema and its manifest; else ArchiveError."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema(document.get("version", VERSION)))
    error = next(iter(validator.iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise ArchiveError.of(
            "This archive does not follow the archive schema at {where}; nothing was "
            "imported.", where=where)
    if manifest(document) != document["manifest"]:
        raise ArchiveError(N_("This archive's contents do not match its manifest (it was "
                              "changed or cut short); nothing was imported."))


# -- the file --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _key(passphrase: str, salt: bytes, params: Kdf) -> bytes:
    if not params.within_caps():
        raise ArchiveError(N_("This archive asks for key-derivation settings out of range; "
                              "nothing was imported."))
    return argon2.derive(passphrase, salt, params)


def encode(document: dict[str, Any], passphrase: str | None) -> bytes:
    """The archive file's bytes: encrypted under ``passphrase``, or clear JSON if None."""
    body = _canonical(document)
    if passphrase is None:
        return body + b"\n"
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    kdf = _kdf
    header = {"cipher": "AES-256-GCM",
              "kdf": {"name": "argon2id", "memory_kib": kdf.memory_kib,
                      "iterations": kdf.iterations, "lanes": kdf.lanes, "salt": _b64(salt)},
              "nonce": _b64(nonce)}
    clear = MAGIC + _canonical(header) + b"\n"
    return clear + AESGCM(_key(passphrase, salt, kdf)).encrypt(nonce, body, clear)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _header(data: bytes) -> tuple[bytes, Kdf, bytes, bytes]:
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER_BYTES)
    if end < 0:
        raise ArchiveError(DAMAGED)
    try:
        header = json.loads(data[len(MAGIC):end])
        kdf_doc = header["kdf"]
        if header["cipher"] != "AES-256-GCM" or kdf_doc["name"] != "argon2id":
            raise ValueError(header["cipher"])
        numbers = [kdf_doc[k] for k in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise ValueError(numbers)
        salt = base64.b64decode(kdf_doc["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES:
            raise ValueError("length")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ArchiveError(DAMAGED) from None
    return data[:end + 1], Kdf(*numbers), salt, nonce


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number an archive holds")


def decode(data: bytes, passphrase: str | None = None) -> dict[str, Any]:
    """The document in an archive file's bytes, brought to the current version and checked
    against the schema and its manifest. ``passphrase`` is needed when it is encrypted."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ArchiveError(DAMAGED)
    if is_encrypted(data):
        if passphrase is None:
            raise ArchiveError(N_("This archive is encrypted: give its passphrase."))
        clear, kdf, salt, nonce = _header(data)
        try:
            body = AESGCM(_key(passphrase, salt, kdf)).decrypt(nonce, data[len(clear):], clear)
        except InvalidTag:
            raise ArchiveLocked(LOCKED) from None
    else:
        body = data
    try:
        document = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ArchiveError(DAMAGED) from None
    document = migrate_document(document)
    check_document(document)
    return document
