"""The keyed SQLAlchemy engine.

Not the pysqlcipher dialect of SQLAlchemy: it carries the secret in the URL and
keys the connection before our listener runs. Here the URL holds only the path
and the key is set by a ``connect`` listener from bytes we generated, first
thing on every new connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool


def _key_pragma(key: bytearray) -> str:
    if len(key) != 32:
        raise ValueError("data key must be 32 bytes")
    # Raw-key form: SQLCipher uses the bytes as the key and skips its own KDF.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def make_engine(db_path: Path, key: bytearray | None, *, read_only: bool = False) -> Engine:
    """An engine on ``db_path``; ``key=None`` gives plain SQLite (benchmarks only).

    ``read_only`` refuses every write at the SQLite level too (PRAGMA query_only).
    """
    module = sqlcipher if key is not None else sqlite3
    engine = create_engine(f"sqlite:///{db_path}", module=module, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001 - SQLAlchemy's signature
        # Transactions are ours (the BEGIN below), so DDL rolls back with the rest.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            if key is not None:
                cursor.execute(_key_pragma(key))
                cursor.execute("PRAGMA cipher_compatibility = 4")
            cursor.execute("PRAGMA temp_store = MEMORY")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 2000")
            if read_only:
                cursor.execute("PRAGMA query_only = ON")
            # Touch page 1 now so a wrong key fails here, not at the first query.
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine
