"""Bringing a register's data out as a full archive, and back in.

Export reads every record through the open register (no key material, no ``internal.``
settings) and writes the archive file atomically, encrypted unless asked plain. Import
reads, decrypts, brings the document to the current version and checks it against the
shipped schema, then adds in one transaction the records whose uuid the register does not
hold, each checked by the same field rules and cross-field rules as its form, and records
the import as one audited event. The audit trail in an archive is history to read: it is
not written into the target's own trail. Any failure leaves the register as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privguard import __version__
from privguard.domain.entities import SPECS
from privguard.domain.errors import ValidationError
from privguard.fileio import write_atomic
from privguard.interchange import archive
from privguard.services import settings
from privguard.storage import transfer
from privguard.words import N_

if TYPE_CHECKING:
    from privguard.services.workspace import Workspace

#: Where the import refuses a record, said with the record's identity first.
REFUSED = N_("The archive's record {uuid} ({what}) cannot be saved: {problem} Nothing was "
             "imported.")


@dataclass
class ArchiveSummary:
    path: Path
    encrypted: bool
    counts: dict[str, int]


@dataclass
class ImportSummary:
    added: dict[str, int] = field(default_factory=dict)
    history: int = 0

    @property
    def total(self) -> int:
        return sum(self.added.values())


def is_encrypted(path: Path) -> bool:
    """Whether the archive at ``path`` needs a passphrase (to ask for one only then)."""
    with open(path, "rb") as handle:
        return archive.is_encrypted(handle.read(len(archive.MAGIC)))


class InterchangeService:
    def __init__(self, workspace: Workspace):
        self.ws = workspace

    @property
    def store(self):  # noqa: ANN201 - storage type stays out of the signature
        return self.ws.register.store

    # -- export ------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        with self.store.read() as session:
            records, links, history = transfer.dump(session)
        return archive.build_document(
            organisation=self.ws.organisation or "", exported_by=self.ws.actor,
            exported_at=datetime.now(UTC).isoformat(), app_version=__version__,
            records=records, links=links, history=history)

    def export_archive(self, out: Path, passphrase: str | None) -> ArchiveSummary:
        """Write the full archive to ``out``: encrypted under ``passphrase``, or clear JSON
        when it is None (the caller asked for plain on purpose)."""
        document = self.document()
        write_atomic(Path(out), archive.encode(document, passphrase))
        if not self.ws.register.read_only:  # a read-only register still exports
            self.store.event("archive", None, {"action": "export", "file": Path(out).name,
                                               "encrypted": passphrase is not None})
        return ArchiveSummary(Path(out), passphrase is not None, document["manifest"]["counts"])

    # -- import ------------------------------------------------------------------

    def _services(self) -> dict[str, Any]:
        ws = self.ws
        return {s.spec.entity: s for s in (
            ws.people, ws.services, ws.assets, ws.activities, ws.purposes, ws.threats,
            ws.controls, ws.risks, ws.incidents, ws.timeline, ws.breaches, ws.options,
            ws.decisions)}

    def import_archive(self, path: Path, passphrase: str | None) -> ImportSummary:
        data = Path(path).read_bytes()
        document = archive.decode(data, passphrase)
        services = self._services()
        summary = ImportSummary(history=len(document["history"]))

        with self.store.write() as session:
            def check(table: str, values: dict[str, Any]) -> None:
                if table == "settings":  # as the Settings area checks them
                    key = values.get("key", "")
                    if key not in settings.DEFAULTS:
                        raise ValidationError.of("There is no setting '{key}'.", key, key=key)
                    settings._check(key, values.get("value"))
                    return
                service = services.get(table)
                if service is None:
                    return
                spec = SPECS[table]
                known = {f.name for f in spec.fields}
                try:
                    cleaned = spec.clean({k: v for k, v in values.items() if k in known},
                                         partial=False)
                    service._rules(session, cleaned, None)
                except ValidationError as exc:
                    raise ValidationError.of(REFUSED, exc.field, uuid=values.get("uuid", ""),
                                             what=spec.label, problem=exc.phrase()) from None

            added = transfer.load(session, document["records"], document["links"], check)
            summary.added = {k: v for k, v in added.items() if v}
            if summary.added:
                self.store.event("archive", None, {
                    "action": "import", "file": Path(path).name,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "organisation": document["organisation"],
                    "exported_at": document["exported_at"], "added": summary.added,
                    "history_not_imported": summary.history})
        self.ws.settings._cache = None
        return summary
