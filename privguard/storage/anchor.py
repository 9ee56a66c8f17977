"""The anchor: the audit chain's head, recorded in the key header when the register locks.

The database alone cannot tell that it was swapped for an older copy of
itself, or that its newest audit entries were deleted: every entry left still
chains. So when the register locks (and after each backup), the key header
records how far the chain had got — its last sequence number and MAC — with
a tag under a key derived from the data key, so nobody without a slot can
forge or move it. On open, a database *behind* its anchor is refused; one
*ahead* of it (the process died before it could lock) is accepted, and the
anchor moves on at the next lock.

What it does not stop: someone who holds a slot can rewrite history and seal
a new anchor, and someone who replaces keys.json and register.db together
with an older pair of both goes unnoticed. Per-person signatures are a later
step.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from privguard.domain.errors import RegisterDamaged
from privguard.words import N_, Phrase

_INFO = b"privguard anchor v1"


@dataclass(frozen=True)
class Anchor:
    seq: int
    head: str
    tag: str

    def to_json(self) -> dict:
        return {"seq": self.seq, "head": self.head, "tag": self.tag}

    @classmethod
    def from_json(cls, doc: object) -> Anchor | None:
        """The anchor stored in a key header; ValueError when it is malformed."""
        if doc is None:
            return None
        if not isinstance(doc, dict):
            raise ValueError("anchor")
        seq, head, tag = doc.get("seq"), doc.get("head"), doc.get("tag")
        if not (isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0
                and isinstance(head, str) and len(head) <= 128
                and isinstance(tag, str) and len(tag) <= 128):
            raise ValueError("anchor")
        return cls(seq, head, tag)


def _tag(data_key: bytearray, register_id: str, seq: int, head: str) -> str:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(bytes(data_key))
    body = f"{register_id}\0{seq}\0{head}".encode()
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode("ascii")


def seal(data_key: bytearray, register_id: str, seq: int, head: str) -> Anchor:
    return Anchor(seq, head, _tag(data_key, register_id, seq, head))


def check(anchor: Anchor, data_key: bytearray, register_id: str, db_seq: int,
          mac_at_anchor: str | None, backups: Phrase | None) -> None:
    """Refuse a database behind ``anchor`` or off its history; say nothing otherwise.

    ``db_seq`` is the database's last audit entry; ``mac_at_anchor`` the MAC of its
    entry at the anchor's sequence (None when it has no such entry).
    """
    from privguard.storage.errors import with_hint

    if not hmac.compare_digest(anchor.tag, _tag(data_key, register_id, anchor.seq, anchor.head)):
        raise RegisterDamaged(with_hint(N_(
            "The key header's record of the audit trail was altered: keys.json was edited or "
            "belongs to another register. Nothing was changed."), backups))
    if db_seq < anchor.seq:
        raise RegisterDamaged(with_hint(Phrase(
            "register.db is older than the register was when it was last locked: its audit "
            "trail ends at entry {found}, but it had reached entry {expected}. An older copy "
            "was put in its place or its newest history was deleted. Nothing was changed.",
            found=str(db_seq), expected=str(anchor.seq)), backups))
    if anchor.seq and not (mac_at_anchor and hmac.compare_digest(mac_at_anchor, anchor.head)):
        raise RegisterDamaged(with_hint(Phrase(
            "register.db's audit trail differs from the one recorded when the register was "
            "last locked (at entry {expected}): the database was replaced or its history "
            "rewritten. Nothing was changed.", expected=str(anchor.seq)), backups))
