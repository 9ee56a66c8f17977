"""Encrypted storage: key slots, keyed engine, ORM, audit chain, migrations, backups."""
