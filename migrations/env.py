"""Alembic environment: runs on the keyed connection PrivGuard hands it.

There is deliberately no URL here: the key never leaves the engine's connect
listener, so migrations always run through ``privguard.storage.migrations``.
"""

from alembic import context

from privguard.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("PrivGuard migrations run only through privguard.storage.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # The caller's transaction holds the whole upgrade, so a failure undoes it all.
    transactional_ddl=True,
)
context.run_migrations()
