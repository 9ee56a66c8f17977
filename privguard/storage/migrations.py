"""Schema versions: Alembic upgrades inside one transaction, a backup first.

A register whose revision this PrivGuard does not know was written by a newer
PrivGuard; it is refused untouched rather than guessed at.

Alembic is imported only when there is something to migrate (about 0.2 s of imports
a command does not need when the register is already at head): the head is read from
the version files' text and the register's revision from its ``alembic_version``
table, and any doubt (an unusual file, several heads, another revision) takes
Alembic's own path, as before.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from privguard.domain.errors import RegisterTooNew

if TYPE_CHECKING:
    from alembic.config import Config

#: The module-level names of a version file that shape the revision graph.
_GRAPH_NAMES = ("revision", "down_revision", "branch_labels", "depends_on")


def _script_location() -> Path:
    # An installed wheel unpacks to a real folder, which Alembic needs.
    return Path(str(files("privguard.migrations")))


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    from alembic.config import Config

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
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(extra_version_locations)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _known(cfg: Config) -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def upgrade(
    engine: Engine,
    *,
    backup: Callable[[str], object] | None,
    extra_version_locations: Sequence[Path] = (),
) -> tuple[str | None, str]:
    """Bring the schema to head; returns (from, to). Refuses a newer register."""
    head = _declared_head(extra_version_locations)
    if head is not None and _stored_revision(engine) == head:
        return head, head  # at head: Alembic is not needed, nor imported
    from alembic import command

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


def _declared_head(extra_version_locations: Sequence[Path] = ()) -> str | None:
    """The one head the version files declare, read from their text without running them
    (running them imports Alembic); None when unsure, and Alembic then decides."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for folder in [_script_location() / "versions", *extra_version_locations]:
        try:
            # The files Alembic reads: *.py, not __init__ nor an editor's ".#" lock file.
            names = sorted(n for n in os.listdir(folder) if n.endswith(".py")
                           and not n.startswith(("__init__", ".#")))
            graphs = [_graph(Path(folder) / n) for n in names]
        except (OSError, SyntaxError, TypeError, UnicodeDecodeError, ValueError):
            return None
        for graph in graphs:
            if graph is None or graph.get("branch_labels") or graph.get("depends_on"):
                return None
            revision, down = graph.get("revision"), graph.get("down_revision")
            if not isinstance(revision, str) or revision in revisions:
                return None
            revisions.add(revision)
            if isinstance(down, str):
                downs.add(down)
            elif isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
                downs.update(down)
            elif down is not None:
                return None
    heads = revisions - downs
    if len(heads) != 1 or not downs <= revisions:
        return None
    return heads.pop()


def _graph(path: Path) -> dict[str, object] | None:
    """A version file's revision, down_revision, branch_labels and depends_on, each set once
    at module level to a literal (``revision = "0002_x"`` or ``revision: str = "0002_x"``);
    None when the file sets one of them any other way."""
    graph: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for target in targets for t in ast.walk(target)
                     if isinstance(t, ast.Name)}
            if not names & set(_GRAPH_NAMES):
                continue
            plain = (len(targets) == 1 and isinstance(targets[0], ast.Name)
                     and not isinstance(node, ast.AugAssign) and node.value is not None)
            if not plain or targets[0].id in graph:
                return None
            graph[targets[0].id] = ast.literal_eval(node.value)
    return graph


def _stored_revision(engine: Engine) -> str | None:
    """The register's one revision in ``alembic_version``, as Alembic reads it; None when the
    table is missing or does not hold exactly one row (Alembic then decides)."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                "AND name = 'alembic_version'").first() is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None
