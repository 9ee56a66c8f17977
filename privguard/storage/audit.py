"""The tamper-evident audit trail.

Every flush of an audited entity appends entries to ``audit_entries``. Each
entry's MAC is HMAC-SHA256, under a key derived from the data key, over the
previous entry's MAC and the entry's own content, so editing, reordering or
deleting history breaks the chain at that point.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event, func, insert, inspect, select
from sqlalchemy.orm import Session

from privguard.domain.errors import RegisterDamaged
from privguard.storage.models import AUDITED, AuditEntry, Base, utcnow
from privguard.words import N_, Phrase

GENESIS = "0" * 64
_SKIP = {"created_at", "updated_at", "changed_by"}


def audit_key_from(data_key: bytearray) -> bytearray:
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"privguard audit chain v1"
    ).derive(bytes(data_key))
    return bytearray(derived)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Base):
        return inspect(value).identity[0] if inspect(value).identity else None
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def canonical(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_mac(key: bytes | bytearray, prev_mac: str, seq: int, at: datetime, actor: str,
              action: str, entity: str, entity_id: int | None, changes: str) -> str:
    body = canonical([prev_mac, seq, at.isoformat(), actor, action, entity, entity_id, changes])
    return hmac.new(bytes(key), body.encode("utf-8"), hashlib.sha256).hexdigest()


def _column_snapshot(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP or attr.key == "id":
            continue
        value = getattr(obj, attr.key)
        if value is not None and value != "" and value != [] and value != {}:
            out[attr.key] = _plain(value)
    return out


def _link_changes(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        hist = state.attrs[rel.key].history
        added = sorted(inspect(o).identity[0] for o in hist.added if inspect(o).identity)
        removed = sorted(inspect(o).identity[0] for o in hist.deleted if inspect(o).identity)
        if added or removed:
            out[rel.key] = {"added": added, "removed": removed}
    return out


def _update_changes(obj: Base) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if _plain(old) != _plain(new):
            out[attr.key] = [_plain(old), _plain(new)]
    out.update(_link_changes(obj))
    return out


# Settings PrivGuard keeps for itself (e.g. the report signing key) are secrets:
# the trail records that they changed, never their value.
_SECRET_SETTING_PREFIX = "internal."  # noqa: S105 - a key prefix, not a secret


def _redacted(obj: Base, changes: dict[str, Any]) -> dict[str, Any]:
    if type(obj).__tablename__ == "settings" and \
            str(getattr(obj, "key", "")).startswith(_SECRET_SETTING_PREFIX) and "value" in changes:
        changes = {**changes, "value": "(secret, not recorded)"}
    return changes


@dataclass
class _Pending:
    action: str
    obj: Base
    changes: dict[str, Any]


def install(session: Session, key: bytearray, actor: str) -> None:
    """Record every audited change made in ``session`` as chained entries."""
    pending: list[_Pending] = []

    @event.listens_for(session, "before_flush")
    def _collect_deletes(sess: Session, _ctx: Any, _instances: Any) -> None:
        # Deleted rows' values must be read before the flush removes them.
        for obj in sess.deleted:
            if type(obj).__tablename__ in AUDITED:
                pending.append(_Pending("delete", obj, _column_snapshot(obj)))

    @event.listens_for(session, "after_flush")
    def _write(sess: Session, _ctx: Any) -> None:
        rows = list(pending)
        pending.clear()
        for obj in sess.new:
            if type(obj).__tablename__ in AUDITED:
                changes = _column_snapshot(obj)
                changes.update(_link_changes(obj))
                rows.append(_Pending("create", obj, changes))
        for obj in sess.dirty:
            if type(obj).__tablename__ in AUDITED and sess.is_modified(obj):
                changes = _update_changes(obj)
                if changes:
                    rows.append(_Pending("update", obj, changes))
        if rows:
            # New rows have their id by now, though not yet an identity key.
            _append(sess, key, actor, [(p.action, type(p.obj).__tablename__,
                                        getattr(p.obj, "id", None), _redacted(p.obj, p.changes))
                                       for p in rows])


def _append(session: Session, key: bytearray, actor: str,
            entries: list[tuple[str, str, int | None, dict[str, Any]]]) -> None:
    conn = session.connection()
    last = conn.execute(
        select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    at = utcnow()
    values = []
    for action, entity, entity_id, changes in entries:
        seq += 1
        text = canonical(changes)
        mac = entry_mac(key, prev, seq, at, actor, action, entity, entity_id, text)
        values.append({"id": seq, "at": at, "actor": actor, "action": action, "entity": entity,
                       "entity_id": entity_id, "changes": text, "prev_mac": prev, "mac": mac})
        prev = mac
    conn.execute(insert(AuditEntry), values)


def append_event(session: Session, key: bytearray, actor: str, entity: str,
                 entity_id: int | None, details: dict[str, Any]) -> None:
    """An entry for something that is not a row change (key rotated, report exported...)."""
    _append(session, key, actor, [("event", entity, entity_id, details)])


@dataclass
class ChainReport:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(session: Session, key: bytearray, *, limit_problems: int = 20) -> ChainReport:
    report = ChainReport()
    prev, expected_seq = GENESIS, 1
    table = AuditEntry.__table__
    result = session.connection().execute(select(table).order_by(table.c.id))
    for e in result.yield_per(5000):
        report.entries += 1
        if e.id != expected_seq:
            report.problems.append(
                Phrase(N_("entries {first}–{last} are missing (deleted from the trail)"),
                       first=str(expected_seq), last=str(e.id - 1))
                if e.id > expected_seq else Phrase(N_("entry {id} is out of order"), id=str(e.id))
            )
        if e.prev_mac != prev:
            report.problems.append(Phrase(N_("entry {id} does not follow the entry before it"),
                                          id=str(e.id)))
        mac = entry_mac(key, e.prev_mac, e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.changes)
        if not hmac.compare_digest(mac, e.mac):
            report.problems.append(Phrase(N_("entry {id} ({action} {entity} {entity_id}) was altered"),
                                          id=str(e.id), action=e.action, entity=e.entity,
                                          entity_id=str(e.entity_id)))
        prev, expected_seq = e.mac, e.id + 1
        if len(report.problems) >= limit_problems:
            report.problems.append(Phrase(N_("… further problems not listed")))
            break
    return report


def rechain(session: Session, old_key: bytearray, new_key: bytearray) -> None:
    """Re-seal the whole chain under a new key; refuses if it is already broken."""
    check = verify_chain(session, old_key)
    if not check.ok:
        raise RegisterDamaged(N_(
            "The audit trail is already broken; the data key was not rotated. "
            "Run `privguard verify` for details."
        ))
    conn = session.connection()
    prev = GENESIS
    table = AuditEntry.__table__
    rows = conn.execute(select(table).order_by(table.c.id)).all()
    for e in rows:
        mac = entry_mac(new_key, prev, e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.changes)
        conn.execute(table.update().where(table.c.id == e.id).values(prev_mac=prev, mac=mac))
        prev = mac


def head(session: Session) -> tuple[int, str]:
    """The last entry's sequence number and MAC: (0, GENESIS) for an empty trail."""
    last = session.connection().execute(
        select(AuditEntry.id, AuditEntry.mac).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def mac_at(session: Session, seq: int) -> str | None:
    if seq == 0:
        return GENESIS
    return session.connection().execute(
        select(AuditEntry.mac).where(AuditEntry.id == seq)).scalar_one_or_none()


def count(session: Session) -> int:
    return session.connection().execute(select(func.count()).select_from(AuditEntry)).scalar_one()
