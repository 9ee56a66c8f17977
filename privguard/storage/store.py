"""Sessions on an open register: every write is one audited transaction."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from privguard.domain.errors import ReadOnlyRegister, RegisterLocked
from privguard.storage import audit
from privguard.storage.errors import user_errors
from privguard.words import N_

READ_ONLY_MESSAGE = N_(
    "This register is open read-only: its folder or disk cannot be written. Browsing, "
    "verifying and exporting reports work; to change it, copy its folder somewhere writable.")


class Store:
    def __init__(self, engine: Engine, audit_key: bytearray, actor: str, folder: Path | None,
                 *, read_only: bool = False):
        self._engine: Engine | None = engine
        self.read_only = read_only
        self._audit_key = audit_key
        self.actor = actor
        self.folder = folder
        # Per thread: a worker thread's transaction must not be joined by the GUI thread.
        self._local = threading.local()

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RegisterLocked(N_("The register is locked. Unlock it to continue."))
        return self._engine

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One audited transaction; a nested call joins the outer one."""
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        if self.read_only:
            raise ReadOnlyRegister(READ_ONLY_MESSAGE)
        with user_errors(self.folder):
            session = Session(self.engine, expire_on_commit=False, autoflush=True)
            audit.install(session, self._audit_key, self.actor)
            self._local.session = session
            try:
                with session.begin():
                    yield session
            finally:
                self._local.session = None
                session.close()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with user_errors(self.folder):
            session = Session(self.engine, expire_on_commit=False)
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    def event(self, entity: str, entity_id: int | None, details: dict) -> None:
        """Record something that is not a row change (a report exported, a slot added)."""
        with self.write() as session:
            audit.append_event(session, self._audit_key, self.actor, entity, entity_id, details)

    def verify_audit(self) -> audit.ChainReport:
        with self.read() as session:
            return audit.verify_chain(session, self._audit_key)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
