"""The archive file on its own: encryption, header bound as associated data, KDF caps,
versions and the manifest (no register needed)."""

from __future__ import annotations

import json

import pytest

from privguard import kdf
from privguard.interchange import archive
from privguard.interchange.archive import ArchiveError, ArchiveLocked

UUID = "0b7e1c2a-3f4d-4e5f-8a9b-0c1d2e3f4a5b"
PASS = "an archive passphrase"


def _document() -> dict:
    return archive.build_document(
        organisation="Acme", exported_at="2026-12-02T10:00:00+00:00", exported_by="Ana Ruiz",
        app_version="0.1.0",
        records={"persons": [{"uuid": UUID, "name": "Ana Ruiz", "role": "CPO"}]},
        links={"risk_assets": []},
        history=[{"seq": 1, "at": "2026-12-02T09:00:00+00:00", "actor": "Ana Ruiz",
                  "action": "create", "entity": "persons", "entity_uuid": UUID,
                  "changes": {"name": "Ana Ruiz"}}])


def test_the_defaults_are_the_registers_and_within_the_caps():
    assert archive.DEFAULT_KDF == archive.Kdf(memory_kib=64 * 1024, iterations=3, lanes=4)
    assert archive.DEFAULT_KDF.memory_kib <= kdf.MAX_MEMORY_KIB


def test_encrypted_and_plain_round_trip():
    doc = _document()
    data = archive.encode(doc, PASS)
    assert data.startswith(archive.MAGIC) and b"Ana Ruiz" not in data
    assert archive.decode(data, PASS) == doc
    plain = archive.encode(doc, None)
    assert json.loads(plain) == doc
    assert archive.decode(plain) == doc


def test_the_manifest_is_inside_the_encryption():
    data = archive.encode(_document(), PASS)
    assert b"manifest" not in data and b"sha256" not in data
    assert archive.decode(data, PASS)["manifest"]["counts"]["persons"] == 1


def test_a_wrong_passphrase_or_a_flipped_byte_is_refused():
    data = archive.encode(_document(), PASS)
    with pytest.raises(ArchiveLocked, match="Wrong archive passphrase"):
        archive.decode(data, "another passphrase")
    flipped = bytearray(data)
    flipped[-5] ^= 1
    with pytest.raises(ArchiveLocked):
        archive.decode(bytes(flipped), PASS)
    assert ArchiveLocked.exit_code == 3


def test_the_clear_header_is_bound_as_associated_data():
    data = archive.encode(_document(), PASS)
    header_end = data.index(b"\n", len(archive.MAGIC)) + 1
    header = json.loads(data[len(archive.MAGIC):header_end])
    header["note"] = "edited"
    edited = archive.MAGIC + json.dumps(header).encode() + b"\n" + data[header_end:]
    with pytest.raises(ArchiveLocked):
        archive.decode(edited, PASS)


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 64 * 1024 * 1024, "iterations": 1, "lanes": 1},
    {"memory_kib": 64, "iterations": 1000, "lanes": 1},
    {"memory_kib": 1024 * 1024, "iterations": 10, "lanes": 4},
    {"memory_kib": 64, "iterations": 1, "lanes": 64},
])
def test_kdf_settings_from_a_file_are_capped_before_any_work(kdf):
    data = archive.encode(_document(), PASS)
    header_end = data.index(b"\n", len(archive.MAGIC)) + 1
    header = json.loads(data[len(archive.MAGIC):header_end])
    header["kdf"].update(kdf)
    edited = archive.MAGIC + json.dumps(header).encode() + b"\n" + data[header_end:]
    with pytest.raises(ArchiveError, match="out of range"):
        archive.decode(edited, PASS)


@pytest.mark.parametrize("data", [b"", b"not json", b"[]", b"{}", archive.MAGIC + b"{\n",
                                  archive.MAGIC + b"no header line", b'{"format": 1e999}',
                                  b'{"format": "privguard-archive", "version": NaN}'])
def test_damaged_files_are_one_sentence(data):
    with pytest.raises(ArchiveError) as raised:
        archive.decode(data, PASS)
    assert "\n" not in str(raised.value)


def test_a_newer_archive_is_refused():
    doc = _document() | {"version": 2}
    with pytest.raises(ArchiveError, match="newer version of PrivGuard"):
        archive.decode(archive.encode(doc, None))


def test_an_edited_plain_archive_fails_its_manifest():
    doc = _document()
    doc["records"]["persons"][0]["name"] = "Mallory"
    with pytest.raises(ArchiveError, match="manifest"):
        archive.decode(archive.encode(doc, None))


def test_a_document_off_the_schema_is_refused_with_where():
    doc = _document()
    doc["records"]["persons"][0]["uuid"] = "not-a-uuid"
    doc["manifest"] = archive.manifest(doc)
    with pytest.raises(ArchiveError, match="records/persons/0/uuid"):
        archive.decode(archive.encode(doc, None))


def test_a_version_0_document_is_migrated_forward():
    """The first drafts' shape: "schema": 0, no manifest, no history, no links."""
    old = {"format": "privguard-archive", "schema": 0, "exported_at": "2026-11-01T00:00:00Z",
           "organisation": "Acme",
           "records": {"persons": [{"uuid": UUID, "name": "Ana Ruiz", "role": "CPO"}]}}
    doc = archive.decode(json.dumps(old).encode())
    assert doc["version"] == archive.VERSION and doc["history"] == [] and doc["links"] == {}
    assert doc["records"]["persons"][0]["name"] == "Ana Ruiz"
