"""Every record of the register as plain JSON values, and back (the full archive).

A record is its columns but ``id``; a reference to another record (``owner_id``, ...) is that
record's uuid; links are pairs of uuids. Loading adds the records whose uuid the register does
not hold yet (records with the same natural key, a setting's key or a threat's code, are the
same record), in the caller's transaction, with plain inserts: the caller records the import
as one audited event. Settings PrivGuard keeps for itself (``internal.``) never leave and are
never loaded.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, Integer, String, Table, Text, insert, select
from sqlalchemy.orm import Session

from privguard.domain.errors import ValidationError
from privguard.storage import models as m

INTERNAL_PREFIX = "internal."

#: Record tables in an order where every reference points to a table before it.
TABLES: tuple[str, ...] = (
    "settings", "catalogue_items", "persons", "business_services", "assets",
    "processing_activities", "purposes", "threats", "controls", "risks", "risk_scores",
    "incidents", "timeline_entries", "breach_assessments", "response_options", "decisions",
    "report_records",
)
LINKS: tuple[Table, ...] = (
    m.asset_services, m.activity_assets, m.risk_assets, m.risk_activities, m.risk_controls,
    m.incident_assets, m.incident_services, m.incident_activities, m.incident_risks,
)
#: What makes two records the same where a table holds it unique, besides the uuid.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "settings": ("key",), "catalogue_items": ("kind", "code"), "threats": ("code",),
    "business_services": ("name",),
}
_SKIP = {"id"}

Check = Callable[[str, dict[str, Any]], None]


def _table(name: str) -> Table:
    return m.Base.metadata.tables[name]


def _references(table: Table) -> dict[str, str]:
    return {c.name: next(iter(c.foreign_keys)).column.table.name
            for c in table.columns if c.foreign_keys}


def _out(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _uuids(session: Session, name: str) -> dict[int, str]:
    table = _table(name)
    return dict(session.execute(select(table.c.id, table.c.uuid)).all())


def dump(session: Session) -> tuple[dict[str, list[dict]], dict[str, list[list[str]]],
                                     list[dict[str, Any]]]:
    """(records by table, links by link table, the audit trail as history)."""
    uuid_of = {name: _uuids(session, name) for name in TABLES}
    internal_ids: set[int] = set()
    records: dict[str, list[dict]] = {}
    for name in TABLES:
        table = _table(name)
        refs = _references(table)
        rows = []
        for row in session.execute(select(table).order_by(table.c.id)).mappings():
            if name == "settings" and str(row["key"]).startswith(INTERNAL_PREFIX):
                internal_ids.add(row["id"])
                continue
            rows.append({key: (uuid_of[refs[key]].get(value) if key in refs and value is not None
                               else _out(value))
                         for key, value in row.items() if key not in _SKIP})
        records[name] = rows
    links = {}
    for link in LINKS:
        left, right = (next(iter(c.foreign_keys)).column.table.name for c in link.columns)
        pairs = session.execute(select(*link.columns)).all()
        links[link.name] = sorted([uuid_of[left][a], uuid_of[right][b]] for a, b in pairs)
    history = []
    for entry in session.execute(select(m.AuditEntry).order_by(m.AuditEntry.id)).scalars():
        if (entry.entity == "settings" and entry.entity_id in internal_ids) \
                or INTERNAL_PREFIX in entry.changes:
            continue  # a secret's existence and name stay in the register too
        history.append({"seq": entry.id, "at": entry.at.isoformat(), "actor": entry.actor,
                        "action": entry.action, "entity": entry.entity,
                        "entity_uuid": uuid_of.get(entry.entity, {}).get(entry.entity_id),
                        "changes": json.loads(entry.changes)})
    return records, links, history


def _damaged(table: str, uuid: str, column: str) -> ValidationError:
    return ValidationError.of(
        "The archive's {table} record {uuid} has an unreadable value in '{column}'; nothing "
        "was imported.", column, table=table, uuid=uuid, column=column)


def _value(table: str, uuid: str, column: Any, value: Any) -> Any:
    """An archive value as the column stores it; a wrong type is a damaged archive."""
    if value is None:
        if column.nullable:
            return None
        raise _damaged(table, uuid, column.name)
    kind = column.type
    impl = getattr(kind, "impl", kind)
    try:
        if isinstance(kind, m.UTCDateTime):
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError(value)
            return parsed
        if isinstance(impl, Date):
            return date.fromisoformat(value)
        if isinstance(impl, Boolean):
            ok = isinstance(value, bool)
        elif isinstance(impl, Integer):
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif isinstance(impl, Float):
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif isinstance(impl, String | Text):
            ok = isinstance(value, str) and (impl.length is None or len(value) <= impl.length)
        elif isinstance(impl, JSON):
            ok = True
        else:
            ok = False
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise _damaged(table, uuid, column.name)
    return value


def load(session: Session, records: dict[str, list[dict]], links: dict[str, list[list[str]]],
         check: Check) -> dict[str, int]:
    """Add what the register lacks; returns how many records and links of each kind were
    added. ``check(table, values)`` validates a new record (ids of references resolved) as
    the forms would, raising ValidationError."""
    added: dict[str, int] = {}
    id_of: dict[str, dict[str, int]] = {}
    for name in TABLES:
        table = _table(name)
        refs = _references(table)
        columns = {c.name: c for c in table.columns if c.name not in _SKIP}
        known = {u: i for i, u in _uuids(session, name).items() if u}
        natural = NATURAL_KEYS.get(name)
        by_natural = {}
        if natural:
            by_natural = {tuple(row[1:]): row[0] for row in session.execute(
                select(table.c.id, *(table.c[k] for k in natural)))}
        new = []
        for record in records.get(name, []):
            uuid = record["uuid"]
            if uuid in known:
                continue
            unknown = set(record) - set(columns)
            if unknown:
                raise _damaged(name, uuid, sorted(unknown)[0])
            if name == "settings" and str(record.get("key", "")).startswith(INTERNAL_PREFIX):
                continue
            values = {}
            for key, column in columns.items():
                if key not in record:
                    continue
                value = record[key]
                if key in refs and value is not None:
                    target = id_of.get(refs[key], {}).get(value)
                    if target is None:
                        target = {u: i for i, u in _uuids(session, refs[key]).items()}.get(value)
                    if target is None:
                        raise _damaged(name, uuid, key)
                    values[key] = target
                else:
                    values[key] = _value(name, uuid, column, value)
            same = tuple(values.get(k) for k in natural or ())
            if natural and None not in same and same in by_natural:
                known[uuid] = by_natural[same]
                continue
            check(name, values)
            new.append(values)
        for values in new:
            new_id = session.execute(insert(table).values(**values)).inserted_primary_key[0]
            known[values["uuid"]] = new_id
        id_of[name] = known
        added[name] = len(new)
    for link in LINKS:
        (lcol, left), (rcol, right) = ((c.name, next(iter(c.foreign_keys)).column.table.name)
                                       for c in link.columns)
        have = set(session.execute(select(*link.columns)).all())
        wanted = []
        for a, b in links.get(link.name, []):
            pair = (id_of.get(left, {}).get(a), id_of.get(right, {}).get(b))
            if None in pair:
                raise _damaged(link.name, a if pair[0] is None else b, lcol if pair[0] is None
                               else rcol)
            if pair not in have:
                have.add(pair)
                wanted.append({lcol: pair[0], rcol: pair[1]})
        if wanted:
            session.execute(insert(link), wanted)
        added[f"links.{link.name}"] = len(wanted)
    return added
