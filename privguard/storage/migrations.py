"""Schema versions: Alembic upgrades inside one transaction, a backup first.

A register whose revision this PrivGuard does not know was written by a newer
PrivGuard; it is refused untouched rather than guessed at.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from privguard.domain.errors import RegisterTooNew


def _script_location() -> Path:
    # An installed wheel unpacks to a real folder, which Alembic needs.
    return Path(str(files("privguard.migrations")))


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    cfg = Config()
    location = _script_location()
    cfg.set_main_option("script_location", str(location))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_path_separator", "os")
    cfg.set_main_option(
        "version_locations",
        os.pathsep.join(str(p) for p in [location / "versions", *extra_version_locations]),
    )
    return cfg


def head_revision(extra_version_locations: Sequence[Path] = ()) -> str:
    heads = ScriptDirectory.from_config(alembic_config(extra_version_locations)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _known(cfg: Config) -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def upgrade(
    engine: Engine,
    *,
    backup: Callable[[str], object] | None,
    extra_version_locations: Sequence[Path] = (),
) -> tuple[str | None, str]:
    """Bring the schema to head; returns (from, to). Refuses a newer register."""
    cfg = alembic_config(extra_version_locations)
    head = head_revision(extra_version_locations)
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return current, head
    if current is not None and current not in _known(cfg):
        raise RegisterTooNew.of(
            "This register was saved by a newer version of PrivGuard (schema {schema}). "
            "Install the latest PrivGuard to open it; nothing was changed.", schema=current)
    if current is not None and backup is not None:
        backup(f"before-migration-{current}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, head)
    return current, head
