"""The key header (``keys.json``): who can unlock the register, and how.

The database is encrypted with a random 256-bit data key. Each key slot holds
that data key wrapped with AES-256-GCM under a key derived by Argon2id from the
slot's passphrase (or from the recovery key). The slot's metadata is bound to
the ciphertext as associated data, so renaming a slot or weakening its KDF
parameters in the file makes the slot fail to open instead of silently working.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from privguard import kdf
from privguard.domain.errors import KeyHeaderError, ValidationError, WrongPassphraseOrDamaged
from privguard.fileio import write_atomic
from privguard.kdf import KdfParams, normalise_secret  # noqa: F401 - public here too
from privguard.storage.anchor import Anchor
from privguard.words import N_, Phrase

# 2: slots hold an X25519 key pair and the data key sealed to it, and the header a key
# generation. Slots of format 1 still open, and are upgraded at their next unlock.
FORMAT_VERSION = 2
SLOT_V1 = 1
DATA_KEY_BYTES = 32
_SEAL_INFO = b"privguard slot seal v1"
KIND_PERSON = "person"
KIND_RECOVERY = "recovery"
RECOVERY_SLOT_NAME = "Recovery key"


#: A key header is a few kilobytes; a larger file is not one.
MAX_HEADER_BYTES = 1024 * 1024
SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16


def check_kdf(params: KdfParams) -> None:
    """Refuse settings past the fixed caps (privguard.kdf) before deriving anything."""
    if not params.memory_in_range():
        raise KeyHeaderError(N_("The key header asks for an impossible amount of memory."))
    if not params.within_caps():
        raise KeyHeaderError(N_("The key header has key-derivation settings out of range."))


DEFAULT_KDF = kdf.DEFAULT
FAST_TEST_KDF = kdf.FAST_TEST

_new_slot_kdf = DEFAULT_KDF


def set_new_slot_kdf(params: KdfParams) -> KdfParams:
    """Choose the KDF profile for slots created from now on; returns the old one."""
    global _new_slot_kdf
    old, _new_slot_kdf = _new_slot_kdf, params
    return old


def new_slot_kdf() -> KdfParams:
    return _new_slot_kdf


@dataclass(frozen=True)
class Sealed:
    """The data key sealed to a slot's public key: anyone can seal, only the slot opens."""
    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str
    name: str
    role: str
    created_at: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    #: format 1: the data key under the passphrase's key; format 2: the slot's X25519
    #: private key under it, the data key being in ``sealed``
    wrapped_key: bytes
    public_key: bytes | None = None
    sealed: Sealed | None = None

    @property
    def upgraded(self) -> bool:
        return self.public_key is not None

    @property
    def label(self) -> str:
        return self.name if self.kind == KIND_RECOVERY else f"{self.name} ({self.role})"


@dataclass
class KeyHeader:
    register_id: str
    created_at: str
    organisation: str
    slots: list[Slot] = field(default_factory=list)
    format_version: int = FORMAT_VERSION
    #: counts data-key rotations; every slot's sealed key is bound to it, so a slot pasted
    #: back from an older keys.json does not open
    generation: int = 0
    #: how far the audit chain had got when the register last locked (storage.anchor)
    anchor: Anchor | None = None

    def person_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == KIND_PERSON]

    def find_slot(self, name: str | None) -> Slot:
        """The slot called ``name`` (case-insensitive), or the first person's slot."""
        if name is None:
            people = self.person_slots()
            if not people:
                raise KeyHeaderError(N_("The key header has no person slot."))
            return people[0]
        wanted = name.strip().casefold()
        for slot in self.slots:
            # The name alone, the label every message shows ("Ana Ruiz (CPO)"), or the id.
            if wanted in (slot.name.casefold(), slot.label.casefold()) or slot.id == name:
                return slot
        if wanted in ("recovery", RECOVERY_SLOT_NAME.casefold()):
            for slot in self.slots:
                if slot.kind == KIND_RECOVERY:
                    return slot
        names = ", ".join(s.name for s in self.slots)
        raise ValidationError.of("No key slot is called '{name}'. Slots: {names}.", "slot",
                                 name=name, names=names)


def check_label(text: str, field: str) -> str:
    """A slot's name or role, stripped; control characters (tabs, line breaks) refused,
    since they are printed in lists and prompts. Applies to slots added from now on."""
    text = (text or "").strip()
    what = Phrase(N_("role") if field == "role" else N_("name"))
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text):
        raise ValidationError.of("The {what} of a key slot cannot contain tabs, line breaks "
                                 "or other control characters.", field, what=what)
    if len(text) > 200:
        raise ValidationError.of("The {what} of a key slot can be at most 200 characters.",
                                 field, what=what)
    return text


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_recovery_key() -> str:
    """160 random bits in eight groups of four base32 characters, easy to type from paper."""
    text = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    check_kdf(params)
    return kdf.derive(secret, salt, params)


def _aad(register_id: str, slot_id: str, kind: str, name: str, role: str, kdf: KdfParams,
         public: bytes | None = None) -> bytes:
    bound = {
        "format": SLOT_V1,
        "register": register_id,
        "slot": slot_id,
        "kind": kind,
        "name": name,
        "role": role,
        "kdf": asdict(kdf),
    }
    if public is not None:
        # Format 2: the public key is bound too, so swapping it in the file breaks the slot.
        bound.update(format=2, public=_b64(public))
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal_aad(register_id: str, slot_id: str, public: bytes, generation: int) -> bytes:
    bound = {"register": register_id, "slot": slot_id, "public": _b64(public),
             "generation": generation}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                info=_SEAL_INFO).derive(shared)


def seal(register_id: str, generation: int, slot_id: str, public: bytes,
         data_key: bytearray) -> Sealed:
    """The data key sealed to ``public`` (X25519, HKDF, AES-GCM); no passphrase needed."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = _seal_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)),
                    ephemeral_public, public)
    nonce = os.urandom(NONCE_BYTES)
    ciphertext = AESGCM(key).encrypt(nonce, bytes(data_key),
                                     _seal_aad(register_id, slot_id, public, generation))
    return Sealed(ephemeral_public, nonce, ciphertext)


def reseal(header: KeyHeader, slot: Slot, data_key: bytearray, generation: int) -> Slot:
    """``slot`` holding ``data_key`` of ``generation``: how a rotation reaches every slot."""
    if slot.public_key is None:
        raise KeyHeaderError(N_("This key slot must be unlocked once before the key can be "
                                "changed without its passphrase."))
    return replace(slot, sealed=seal(header.register_id, generation, slot.id, slot.public_key,
                                     data_key))


def wrap_key(
    header: KeyHeader,
    data_key: bytearray,
    *,
    kind: str,
    name: str,
    role: str,
    secret: str,
    kdf: KdfParams | None = None,
    slot_id: str | None = None,
    salt: bytes | None = None,
    created_at: str | None = None,
) -> Slot:
    """A slot of format 2 for ``secret``: an X25519 key pair whose private half is wrapped
    under the passphrase's key, and ``data_key`` sealed to its public half."""
    kdf = kdf or _new_slot_kdf
    if kind == KIND_RECOVERY:
        secret = normalise_recovery_key(secret)
    slot_id = slot_id or uuid.uuid4().hex[:12]
    salt = salt or os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = _derive(secret, salt, kdf)
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    wrapped = AESGCM(kek).encrypt(
        nonce, private.private_bytes_raw(),
        _aad(header.register_id, slot_id, kind, name, role, kdf, public))
    return Slot(
        id=slot_id,
        kind=kind,
        name=name,
        role=role,
        created_at=created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=kdf,
        salt=salt,
        nonce=nonce,
        wrapped_key=wrapped,
        public_key=public,
        sealed=seal(header.register_id, header.generation, slot_id, public, data_key),
    )


def upgrade_slot(header: KeyHeader, slot: Slot, secret: str, data_key: bytearray) -> Slot:
    """A format-1 slot as format 2, with the same passphrase, salt and KDF settings."""
    return wrap_key(header, data_key, kind=slot.kind, name=slot.name, role=slot.role,
                    secret=secret, kdf=slot.kdf, slot_id=slot.id, salt=slot.salt,
                    created_at=slot.created_at)


def unwrap_key(header: KeyHeader, slot: Slot, secret: str) -> bytearray:
    """The data key, or WrongPassphraseOrDamaged; the message never hints which."""
    if slot.kind == KIND_RECOVERY:
        secret = normalise_recovery_key(secret)
    kek = _derive(secret, slot.salt, slot.kdf)
    aad = _aad(header.register_id, slot.id, slot.kind, slot.name, slot.role, slot.kdf,
               slot.public_key)
    try:
        opened = bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped_key, aad))
    except InvalidTag:
        raise WrongPassphraseOrDamaged.of(
            "Wrong passphrase for '{slot}', or the key header was altered.", slot=slot.label
        ) from None
    if slot.public_key is None:
        key = opened
    else:
        key = _open_sealed(header, slot, opened)
    if len(key) != DATA_KEY_BYTES:
        raise KeyHeaderError(N_("The key header holds a key of the wrong size."))
    return key


def _open_sealed(header: KeyHeader, slot: Slot, private_raw: bytearray) -> bytearray:
    try:
        private = X25519PrivateKey.from_private_bytes(bytes(private_raw))
    finally:
        zero(private_raw)
    # The public half in the file must be this slot's: checked at every unlock.
    if slot.sealed is None or private.public_key().public_bytes_raw() != slot.public_key:
        raise KeyHeaderError(N_("The key header was altered: a key slot's public key does not "
                                "match it."))
    sealed = slot.sealed
    try:
        key = _seal_key(private.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral)),
                        sealed.ephemeral, slot.public_key)
        return bytearray(AESGCM(key).decrypt(
            sealed.nonce, sealed.ciphertext,
            _seal_aad(header.register_id, slot.id, slot.public_key, header.generation)))
    except (InvalidTag, ValueError):
        raise KeyHeaderError.of(
            "The key slot of '{slot}' does not hold the register's current key: it was removed "
            "or comes from an older copy of keys.json. Ask someone who can unlock the register "
            "to add you again.", slot=slot.label) from None


def header_to_json(header: KeyHeader) -> bytes:
    doc = {
        "format_version": FORMAT_VERSION,  # what this version writes, whatever it read
        "register_id": header.register_id,
        "created_at": header.created_at,
        "organisation": header.organisation,
        "slots": [
            {
                "id": s.id,
                "kind": s.kind,
                "name": s.name,
                "role": s.role,
                "created_at": s.created_at,
                "kdf": {"algorithm": "argon2id", **asdict(s.kdf)},
                "salt": _b64(s.salt),
                "wrap": {"algorithm": "aes-256-gcm", "nonce": _b64(s.nonce), "key": _b64(s.wrapped_key)},
                **({} if s.public_key is None else {"seal": {
                    "algorithm": "x25519-hkdf-sha256-aes-256-gcm",
                    "public": _b64(s.public_key),
                    "ephemeral": _b64(s.sealed.ephemeral) if s.sealed else "",
                    "nonce": _b64(s.sealed.nonce) if s.sealed else "",
                    "key": _b64(s.sealed.ciphertext) if s.sealed else "",
                }}),
            }
            for s in header.slots
        ],
    }
    if header.generation:
        doc["generation"] = header.generation
    if header.anchor is not None:
        doc["anchor"] = header.anchor.to_json()
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def header_from_json(raw: bytes) -> KeyHeader:
    try:
        doc = json.loads(raw.decode("utf-8"))
        version = int(doc["format_version"])
        if version > FORMAT_VERSION:
            raise KeyHeaderError(N_(
                "This register's key header was written by a newer PrivGuard. "
                "Install the latest PrivGuard to open it."
            ))
        slots = []
        for s in doc["slots"]:
            if s["kdf"]["algorithm"] != "argon2id" or s["wrap"]["algorithm"] != "aes-256-gcm":
                raise KeyHeaderError(N_("The key header uses an algorithm PrivGuard does not know."))
            slots.append(
                Slot(
                    id=str(s["id"]),
                    kind=str(s["kind"]),
                    name=str(s["name"]),
                    role=str(s["role"]),
                    created_at=str(s["created_at"]),
                    kdf=KdfParams(
                        memory_kib=int(s["kdf"]["memory_kib"]),
                        iterations=int(s["kdf"]["iterations"]),
                        lanes=int(s["kdf"]["lanes"]),
                    ),
                    salt=_unb64(s["salt"]),
                    nonce=_unb64(s["wrap"]["nonce"]),
                    wrapped_key=_unb64(s["wrap"]["key"]),
                    **_seal_from_json(s.get("seal")),
                )
            )
            last = slots[-1]
            if len(last.salt) < SALT_BYTES or len(last.nonce) != NONCE_BYTES \
                    or len(last.wrapped_key) != DATA_KEY_BYTES + TAG_BYTES:
                raise ValueError("sizes")
        header = KeyHeader(
            register_id=str(doc["register_id"]),
            created_at=str(doc["created_at"]),
            organisation=str(doc.get("organisation", "")),
            slots=slots,
            format_version=version,
            generation=_natural(doc.get("generation", 0)),
            anchor=Anchor.from_json(doc.get("anchor")),
        )
    except KeyHeaderError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
        # OverflowError: Infinity where a number belongs; RecursionError: nesting a parser
        # cannot follow. UnicodeDecodeError is a ValueError.
        raise KeyHeaderError(N_(
            "The key header (keys.json) is damaged or incomplete. "
            "Restore it from a backup in the register's backups folder."
        )) from None
    if not slots:
        raise KeyHeaderError(N_("The key header (keys.json) has no key slots."))
    return header


def _natural(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError("not a count")
    return value


def _seal_from_json(doc: object) -> dict:
    """A format-2 slot's public key and sealed data key; nothing for a format-1 slot."""
    if doc is None:
        return {}
    if not isinstance(doc, dict) or doc.get("algorithm") != "x25519-hkdf-sha256-aes-256-gcm":
        raise ValueError("seal")
    sealed = Sealed(_unb64(doc["ephemeral"]), _unb64(doc["nonce"]), _unb64(doc["key"]))
    public = _unb64(doc["public"])
    if len(public) != 32 or len(sealed.ephemeral) != 32 or len(sealed.nonce) != NONCE_BYTES \
            or len(sealed.ciphertext) != DATA_KEY_BYTES + TAG_BYTES:
        raise ValueError("seal sizes")
    return {"public_key": public, "sealed": sealed}


def read_header(path: Path) -> KeyHeader:
    try:
        if path.is_file() and path.stat().st_size > MAX_HEADER_BYTES:
            raise KeyHeaderError(N_(
                "The key header (keys.json) is damaged or incomplete. "
                "Restore it from a backup in the register's backups folder."))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyHeaderError.of(
            "The key header {name} is missing from {folder}. "
            "Without it the register cannot be unlocked; restore it from a backup.",
            name=path.name, folder=str(path.parent)) from None
    except IsADirectoryError:
        raise KeyHeaderError.of(
            "{path} is a folder, not the register's key header. Restore keys.json from a "
            "backup in the register's backups folder.", path=str(path)) from None
    except PermissionError:
        raise KeyHeaderError.of("The key header {path} cannot be read: you do not have "
                                "permission to read it.", path=str(path)) from None
    except OSError as exc:
        raise KeyHeaderError.of("The key header {path} cannot be read ({reason}).",
                                path=str(path), reason=exc.strerror or type(exc).__name__) from None
    return header_from_json(raw)


def write_header(path: Path, header: KeyHeader) -> None:
    write_atomic(path, header_to_json(header))


def new_header(organisation: str) -> KeyHeader:
    return KeyHeader(
        register_id=uuid.uuid4().hex,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        organisation=organisation,
    )


def zero(buffer: bytearray) -> None:
    """Overwrite key bytes we hold; Python's immutable copies are out of our reach."""
    for i in range(len(buffer)):
        buffer[i] = 0
