"""The full archive of a register: demo -> archive -> another register, and back."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import jsonschema
import pytest

from privguard.domain.errors import ValidationError
from privguard.interchange import archive
from privguard.interchange.archive import ArchiveError, ArchiveLocked
from privguard.services.interchange import InterchangeService
from privguard.services.workspace import create
from privguard.storage import keyslots
from tests.conftest import PASSPHRASE, snapshot
from tests.reports.helpers import build_demo, open_demo

PASS = "the archive's own passphrase"
COUNTED = ("assets", "business_services", "processing_activities", "purposes", "controls",
           "risks", "risk_scores", "incidents", "timeline_entries", "breach_assessments",
           "response_options", "decisions")


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """The demo register (with its report-signing key made) and its archives."""
    old = archive.set_kdf(archive.FAST_TEST_KDF)
    old_slots = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
    try:
        folder = tmp_path_factory.mktemp("demo")
        path = build_demo(folder)
        with open_demo(path) as ws:
            ws.reporting.fingerprint()  # makes and stores the signing key
            signing = ws.settings.internal("report_signing_identity")
            audit_key = ws.settings.internal("audit_key")
            service = InterchangeService(ws)
            service.export_archive(folder / "demo.pga", PASS)
            service.export_archive(folder / "demo.json", None)
            with ws.register.store.read() as session:
                from privguard.storage import transfer
                source = transfer.dump(session)[0]
        return {"path": path, "encrypted": folder / "demo.pga", "plain": folder / "demo.json",
                "signing": signing, "audit_key": audit_key, "records": source}
    finally:
        archive.set_kdf(old)
        keyslots.set_new_slot_kdf(old_slots)


def _fresh(tmp_path: Path, name: str = "Target.privguard"):  # noqa: ANN202
    ws, _ = create(tmp_path / name, organisation="Target Ltd", name="Eva Gil", role="CSO",
                   passphrase=PASSPHRASE)
    return ws


def _counts(ws) -> dict[str, int]:  # noqa: ANN001
    with ws.register.store.read() as session:
        from privguard.storage import transfer
        return {k: len(v) for k, v in transfer.dump(session)[0].items()}


def test_demo_archive_imports_into_a_fresh_register_record_for_record(exported, tmp_path):
    ws = _fresh(tmp_path)
    try:
        before = _counts(ws)
        summary = InterchangeService(ws).import_archive(exported["encrypted"], PASS)
        after = _counts(ws)
        source = exported["records"]
        for table in COUNTED:
            assert after[table] == before[table] + len(source[table]), table
            assert summary.added.get(table, 0) == len(source[table]), table
        # The target keeps its own organisation; the demo's other settings come in.
        assert ws.organisation == "Target Ltd"
        # A few records field by field, found by their uuid.
        with ws.register.store.read() as session:
            from privguard.storage import transfer
            mine = {t: {r["uuid"]: r for r in rows}
                    for t, rows in transfer.dump(session)[0].items()}
        for table in ("risks", "incidents", "decisions", "breach_assessments", "purposes"):
            for record in source[table][:3]:
                assert mine[table][record["uuid"]] == record, (table, record["uuid"])
        decision = source["decisions"][0]
        assert mine["decisions"][decision["uuid"]]["figures"] == decision["figures"]
        assert ws.register.integrity().ok
    finally:
        ws.close()


def test_reimporting_changes_nothing(exported, tmp_path):
    ws = _fresh(tmp_path)
    try:
        service = InterchangeService(ws)
        assert service.import_archive(exported["encrypted"], PASS).total > 0
        counts, audit = _counts(ws), ws.register.store.verify_audit().entries
        again = service.import_archive(exported["plain"], None)
        assert again.total == 0 and again.added == {}
        assert _counts(ws) == counts
        assert ws.register.store.verify_audit().entries == audit
    finally:
        ws.close()


def test_importing_its_own_archive_into_the_demo_changes_nothing(exported, tmp_path):
    import shutil

    copy = tmp_path / "copy.privguard"
    shutil.copytree(exported["path"], copy)
    with open_demo(copy) as ws:
        counts = _counts(ws)
        assert InterchangeService(ws).import_archive(exported["encrypted"], PASS).total == 0
        assert _counts(ws) == counts


def test_the_import_is_one_audited_event(exported, tmp_path):
    ws = _fresh(tmp_path)
    try:
        before = ws.register.store.verify_audit().entries
        summary = InterchangeService(ws).import_archive(exported["plain"], None)
        report = ws.register.store.verify_audit()
        assert report.ok and report.entries == before + 1
        assert summary.history > 0
    finally:
        ws.close()


def test_plain_round_trip_gives_the_same_records(exported, tmp_path):
    ws = _fresh(tmp_path)
    try:
        InterchangeService(ws).import_archive(exported["plain"], None)
        out = tmp_path / "again.json"
        InterchangeService(ws).export_archive(out, None)
        again = json.loads(out.read_text(encoding="utf-8"))["records"]
        source = exported["records"]
        for table in COUNTED:
            mine = {r["uuid"]: r for r in again[table]}
            assert all(mine[r["uuid"]] == r for r in source[table]), table
    finally:
        ws.close()


def test_the_plain_archive_follows_the_shipped_schema_and_holds_no_secret(exported):
    text = exported["plain"].read_text(encoding="utf-8")
    document = json.loads(text)
    jsonschema.Draft202012Validator(archive.schema()).validate(document)
    assert document["version"] == archive.VERSION and document["history"]
    assert "internal." not in text
    key = exported["signing"]["key"]
    assert key and key not in text and key[:40] not in text
    assert base64.b64decode(key)  # it is the base64 of a real key
    # A register keeps its audit key as a setting once its data key was rotated.
    assert exported["audit_key"] is None or exported["audit_key"] not in text
    assert not any(s["key"].startswith("internal.") for s in document["records"]["settings"])


def test_a_wrong_passphrase_or_tampered_archive_writes_nothing(exported, tmp_path):
    ws = _fresh(tmp_path)
    folder = ws.folder
    service = InterchangeService(ws)
    try:
        with pytest.raises(ArchiveLocked):
            service.import_archive(exported["encrypted"], "not the passphrase")
        tampered = tmp_path / "tampered.pga"
        data = bytearray(exported["encrypted"].read_bytes())
        data[len(data) // 2] ^= 0x40
        tampered.write_bytes(bytes(data))
        with pytest.raises(ArchiveLocked):
            service.import_archive(tampered, PASS)
        counts = _counts(ws)
    finally:
        ws.close()
    before = snapshot(folder)
    ws = _fresh(tmp_path, "Other.privguard")
    ws.close()
    assert snapshot(folder) == before and counts["risks"] == 0


def test_a_record_the_forms_refuse_is_refused_and_nothing_is_written(exported, tmp_path):
    document = json.loads(exported["plain"].read_text(encoding="utf-8"))
    document["records"]["risks"][-1]["inherent_likelihood"] = 99
    document["manifest"] = archive.manifest(document)
    bad = tmp_path / "bad.json"
    bad.write_bytes(archive.encode(document, None))
    ws = _fresh(tmp_path)
    try:
        counts = _counts(ws)
        with pytest.raises(ValidationError, match="cannot be saved"):
            InterchangeService(ws).import_archive(bad, None)
        assert _counts(ws) == counts
    finally:
        ws.close()


def test_a_reference_to_a_missing_record_is_a_damaged_archive(exported, tmp_path):
    document = json.loads(exported["plain"].read_text(encoding="utf-8"))
    document["links"]["risk_assets"].append(
        [document["records"]["risks"][0]["uuid"], "00000000-0000-4000-8000-000000000000"])
    document["manifest"] = archive.manifest(document)
    bad = tmp_path / "bad.json"
    bad.write_bytes(archive.encode(document, None))
    ws = _fresh(tmp_path)
    try:
        with pytest.raises((ValidationError, ArchiveError)):
            InterchangeService(ws).import_archive(bad, None)
        assert _counts(ws)["risks"] == 0
    finally:
        ws.close()


@pytest.mark.parametrize("setting", [{"key": "no_such_setting", "value": 1},
                                     {"key": "controller_email", "value": "not an address"}])
def test_a_setting_the_settings_area_refuses_is_refused(exported, tmp_path, setting):
    document = json.loads(exported["plain"].read_text(encoding="utf-8"))
    record = dict(document["records"]["settings"][0])
    record.update(setting, uuid="11111111-2222-4333-8444-555555555555")
    document["records"]["settings"].append(record)
    document["manifest"] = archive.manifest(document)
    bad = tmp_path / "bad.json"
    bad.write_bytes(archive.encode(document, None))
    ws = _fresh(tmp_path)
    try:
        counts = _counts(ws)
        with pytest.raises(ValidationError):
            InterchangeService(ws).import_archive(bad, None)
        assert _counts(ws) == counts
    finally:
        ws.close()


def test_a_rotated_registers_audit_key_stays_in_the_register(tmp_path):
    """After a key rotation the register keeps its audit key as an internal setting: the
    archive holds neither it nor the setting's name."""
    ws = _fresh(tmp_path)
    try:
        ws.assets.create(name="Mail server", kind="system")
        ws.register.rotate_key()
        audit_key = ws.settings.internal("audit_key")
        assert audit_key
        out = tmp_path / "rotated.json"
        InterchangeService(ws).export_archive(out, None)
        text = out.read_text(encoding="utf-8")
        assert audit_key not in text and "internal." not in text
        assert "Mail server" in text
    finally:
        ws.close()
