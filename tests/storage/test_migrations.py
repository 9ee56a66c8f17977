"""Schema versions: no drift, all-or-nothing upgrades with a backup, newer registers refused."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from privguard.domain.errors import RegisterTooNew
from privguard.storage import migrations
from privguard.storage import register as reg
from privguard.storage.models import Base, Person
from tests.conftest import PASSPHRASE


@pytest.fixture
def created(register_path: Path) -> Path:
    register, _ = reg.create_register(register_path, name="Ana", role="CPO",
                                      passphrase=PASSPHRASE)
    with register.store.write() as s:
        s.add(Person(name="Bob Stone", role="CSO"))
    register.close()
    return register_path


def test_models_and_migrations_agree(created):
    with reg.open_register(created, PASSPHRASE) as register, register.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


def test_new_register_is_at_head(created):
    with reg.open_register(created, PASSPHRASE) as register, register.store.engine.connect() as conn:
        assert migrations.current_revision(conn) == migrations.head_revision()


FAILING = '''
from alembic import op
import sqlalchemy as sa

revision = "0099_fails"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("persons", sa.Column("nickname", sa.String(50)))
    op.execute("UPDATE persons SET name = 'half-migrated'")
    raise RuntimeError("simulated failure in the middle of a migration")
'''

WORKING = '''
from alembic import op
import sqlalchemy as sa

revision = "0099_works"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("persons", sa.Column("nickname", sa.String(50)))
'''


def _extra(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "extra_versions"
    folder.mkdir()
    (folder / "0099.py").write_text(body.format(head=migrations.head_revision()))
    return folder


def _columns(register: reg.Register) -> list[str]:
    with register.store.engine.connect() as conn:
        return [c["name"] for c in inspect(conn).get_columns("persons")]


def test_a_migration_failing_half_way_leaves_schema_and_data(created, tmp_path):
    extra = _extra(tmp_path, FAILING)
    with pytest.raises(RuntimeError, match="simulated failure"):
        reg.open_register(created, PASSPHRASE, extra_version_locations=(extra,))
    with reg.open_register(created, PASSPHRASE) as register:
        assert "nickname" not in _columns(register)
        with register.store.read() as s:
            assert [p.name for p in s.query(Person)] == ["Bob Stone"]
    # The backup was taken before the attempt.
    assert any("before-migration" in p.name for p in reg.list_backups(created))


def test_a_migration_backs_up_first_then_upgrades(created, tmp_path):
    extra = _extra(tmp_path, WORKING)
    with reg.open_register(created, PASSPHRASE, extra_version_locations=(extra,)) as register:
        assert "nickname" in _columns(register)
    backups = reg.list_backups(created)
    assert len(backups) == 1 and f"before-migration-{migrations.head_revision()}" in backups[0].name
    with reg.open_register(backups[0], PASSPHRASE, migrate=False) as old:
        assert "nickname" not in _columns(old)


def test_register_from_a_newer_privguard_is_refused_untouched(created):
    from tests.conftest import snapshot

    with reg.open_register(created, PASSPHRASE) as register, register.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999_future'"))
    before = snapshot(created)
    with pytest.raises(RegisterTooNew, match="newer version of PrivGuard"):
        reg.open_register(created, PASSPHRASE)
    assert snapshot(created) == before


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    with reg.open_register(path, PASSPHRASE) as register, register.store.engine.begin() as conn:
        cfg = migrations.alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_0002_makes_data_lost_a_range_and_keeps_options_and_decisions(workspace, register_path):
    """A register of revision 0001 (one number for the hours of data lost), data and all."""
    from privguard.services.workspace import open_workspace

    ws = workspace
    incident = ws.incidents.create(title="Virus on the mail servers", severity="high",
                                   detected_at=datetime.now(UTC))
    option = ws.options.create(incident_id=incident, name="Restore", orientation="it_centric",
                               data_loss_hours=9.5, downtime_hours={"low": 6, "mode": 12, "high": 30})
    decision = ws.decisions.decide(option, "Restore tonight.")
    ws.close()
    _downgrade(register_path, "0001_baseline")
    with reg.open_register(register_path, PASSPHRASE, migrate=False) as old, \
            old.store.engine.connect() as conn:
        assert migrations.current_revision(conn) == "0001_baseline"
        columns = {c["name"]: c for c in inspect(conn).get_columns("response_options")}
        assert "reinfection_downtime_hours" not in columns
        assert conn.execute(text("SELECT data_loss_hours FROM response_options")).scalar() == 9.5

    ws = open_workspace(register_path, PASSPHRASE)  # upgrades, after a backup
    try:
        stored = ws.options.get(option)
        assert stored["data_loss_hours"] == {"low": 9.5, "mode": 9.5, "high": 9.5}
        assert stored["downtime_hours"] == {"low": 6, "mode": 12, "high": 30}
        assert stored["reinfection_downtime_hours"] is None
        assert stored["reinfection_delay_hours"] is None
        # Renaming and dropping a column never fired the decisions' ON DELETE SET NULL.
        assert ws.decisions.get(decision)["option_id"] == option
        assert ws.register.integrity().ok
        # The upgraded option analyses: one value of data lost is a range of one value.
        inputs = ws.analysis.inputs_for_incident(incident)
        assert ws.analysis.run(inputs, seed=1, trials=1_000, sensitivity=False).options
    finally:
        ws.close()
    assert any("before-migration-0001_baseline" in p.name for p in reg.list_backups(register_path))


def test_the_head_read_from_the_version_files_is_alembics_head():
    """Opening a register at head skips importing Alembic by reading the head from the
    version files' text; it must be the head Alembic itself finds."""
    from privguard.storage import migrations

    assert migrations._declared_head() == migrations.head_revision()


def test_0003_adds_the_breach_details_and_old_breaches_open_and_save(workspace, register_path):
    """A register of revision 0002, data and all: a breach notified late without reasons and
    without most Art. 33(3) facts (what the rules added in 0003 refuse for new ones) still
    opens, reads its new fields as not said yet, and saves an edit of another field."""
    from datetime import timedelta

    from privguard.services.workspace import open_workspace

    ws = workspace
    aware = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    incident = ws.incidents.create(title="Payroll file sent to the wrong bank", severity="high",
                                   detected_at=aware)
    ws.close()
    _downgrade(register_path, "0002_incident_ranges")
    with reg.open_register(register_path, PASSPHRASE, migrate=False) as old, \
            old.store.engine.begin() as conn:
        assert migrations.current_revision(conn) == "0002_incident_ranges"
        columns = {c["name"] for c in inspect(conn).get_columns("breach_assessments")}
        assert "delay_reasons" not in columns and "phases" not in columns
        # Written as PrivGuard before 0003 wrote it: notified 100 h after awareness.
        conn.execute(text(
            "INSERT INTO breach_assessments (incident_id, aware_at, nature, data_categories, "
            "data_subjects, consequences, measures, contact_point, rights_risk, deadline_hours, "
            "authority_notified_at, authority_reference, subjects_reference, created_at, "
            "updated_at, changed_by) VALUES (:i, :aware, '', '[]', '[]', '', '', '', 'risk', "
            "72.0, :notified, 'AEPD-1', '', :aware, :aware, 'Ana Ruiz')"),
            {"i": incident, "aware": aware.replace(tzinfo=None),
             "notified": (aware + timedelta(hours=100)).replace(tzinfo=None)})

    ws = open_workspace(register_path, PASSPHRASE)  # upgrades, after a backup
    try:
        stored = ws.breaches.for_incident(incident)
        assert stored["authority_reference"] == "AEPD-1"
        assert stored["authority_notified_at"] == aware + timedelta(hours=100)
        assert stored["breach_types"] == [] and stored["phases"] == []
        assert stored["delay_reasons"] == "" and stored["cross_border"] is False
        assert stored["breach_state"] is None and stored["subjects_told"] is None
        assert stored["subjects_exemption"] is None and stored["no_risk_reasoning"] == ""
        # The new rules look at what a save changes: the old record still saves.
        ws.breaches.assess(incident, measures="Bank asked to delete the file.")
        assert ws.breaches.for_incident(incident)["measures"] == "Bank asked to delete the file."
        # What it lacks is listed, the late notification's reasons first.
        missing = [m.item.code for m in ws.breaches.missing(incident)]
        assert missing[0] == "delay_reasons" and "nature" in missing
        assert ws.register.integrity().ok
    finally:
        ws.close()
    assert any("before-migration-0002_incident_ranges" in p.name
               for p in reg.list_backups(register_path))


def test_0004_gives_every_record_of_an_older_register_a_uuid(workspace, register_path):
    """A register of revision 0003, data and all: every record gets a distinct uuid, keeps
    its values and links, and records made after the upgrade get one too."""
    from privguard.services.workspace import open_workspace

    ws = workspace
    owner = ws.people.create(name="Bob Stone", role="CSO")
    asset = ws.assets.create(name="Mail server", kind="system", owner_id=owner)
    risk = ws.risks.create(title="Ransomware on mail", inherent_likelihood=4, inherent_impact=4,
                           status="identified", links={"assets": [asset]})
    ws.close()
    _downgrade(register_path, "0003_breach_details")
    with reg.open_register(register_path, PASSPHRASE, migrate=False) as old, \
            old.store.engine.connect() as conn:
        assert migrations.current_revision(conn) == "0003_breach_details"
        assert "uuid" not in {c["name"] for c in inspect(conn).get_columns("risks")}

    ws = open_workspace(register_path, PASSPHRASE)  # upgrades, after a backup
    try:
        with ws.register.store.engine.connect() as conn:
            uuids = []
            for table in ("persons", "assets", "risks", "risk_scores", "settings"):
                rows = conn.execute(text(f"SELECT uuid FROM {table}")).scalars().all()
                assert rows and all(rows), table
                uuids += rows
        assert len(set(uuids)) == len(uuids)
        stored = ws.risks.get(risk)
        assert stored["title"] == "Ransomware on mail" and stored["assets"] == [asset]
        assert ws.assets.get(asset)["owner_id"] == owner
        new = ws.assets.create(name="Web shop", kind="application")
        assert len(ws.assets.get(new)["uuid"]) == 36
        assert ws.register.integrity().ok
    finally:
        ws.close()
    assert any("before-migration-0003_breach_details" in p.name
               for p in reg.list_backups(register_path))
