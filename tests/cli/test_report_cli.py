"""`privguard report` and `privguard verify-report`: files, messages and exit codes."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import PASS, run
from tests.reports.helpers import pdf_text


@pytest.fixture
def reg_path(tmp_path, monkeypatch):
    path = tmp_path / "Cli.privguard"
    code, _, err = run("new", str(path), "--name", "Ana Ruiz", "--role", "CPO",
                       "--organisation", "Acme", "--passphrase-stdin", stdin=PASS + "\n",
                       monkeypatch=monkeypatch)
    assert code == 0, err
    return path


def _env():
    return {"PRIVGUARD_PASSPHRASE": PASS}


def test_report_writes_a_pdf_warns_and_verifies(reg_path, tmp_path, monkeypatch):
    out = tmp_path / "board.pdf"
    code, stdout, err = run("report", "board", str(reg_path), "--out", str(out), "--lang", "es",
                            env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    assert out.exists() and "Informe para el consejo" in pdf_text(out)
    assert "outside the encrypted register" in stdout
    code, stdout, err = run("verify-report", str(reg_path), str(out), env=_env(),
                            monkeypatch=monkeypatch)
    assert code == 0, err
    assert "intact, signed with this register's certificate" in stdout


def test_verify_report_fails_on_a_changed_byte(reg_path, tmp_path, monkeypatch):
    out = tmp_path / "ropa.pdf"
    code, _, err = run("report", "ropa", str(reg_path), "--out", str(out), env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 0, err
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0xFF
    out.write_bytes(bytes(data))
    code, stdout, err = run("verify-report", str(reg_path), str(out), env=_env(),
                            monkeypatch=monkeypatch)
    assert code == 1
    assert stdout == ""
    assert err.startswith("privguard: ") and "changed after it was signed" in err
    assert err.count("\n") == 1


def test_report_usage_errors_exit_2(reg_path, tmp_path, monkeypatch):
    out = str(tmp_path / "x.pdf")
    for argv in (("report", "incident", str(reg_path), "--out", out),
                 ("report", "board", str(reg_path), "7", "--out", out),
                 ("report", "board", str(reg_path), "--out", out, "--lang", "fr"),
                 ("report", "risks", str(reg_path), "--out", out, "--filter", "bogus=1"),
                 ("report", "board", str(reg_path), "--out", out, "--search", "x")):
        code, _, err = run(*argv, env=_env(), monkeypatch=monkeypatch)
        assert code == 2, (argv, err)
        assert err.startswith("privguard: ") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_report_on_a_missing_incident_exits_1(reg_path, tmp_path, monkeypatch):
    code, _, err = run("report", "incident", str(reg_path), "42", "--out",
                       str(tmp_path / "i.pdf"), env=_env(), monkeypatch=monkeypatch)
    assert code == 1 and "Incident 42 does not exist" in err
    assert not (tmp_path / "i.pdf").exists()


def test_report_with_a_wrong_passphrase_exits_3(reg_path, tmp_path, monkeypatch):
    code, _, _ = run("report", "board", str(reg_path), "--out", str(tmp_path / "b.pdf"),
                     env={"PRIVGUARD_PASSPHRASE": "wrong wrong wrong"}, monkeypatch=monkeypatch)
    assert code == 3
    assert not (tmp_path / "b.pdf").exists()


def test_errors_are_english_unless_the_command_asks_for_a_language(reg_path, tmp_path, monkeypatch):
    out = str(tmp_path / "i.pdf")
    code, _, err = run("report", "incident", str(reg_path), "42", "--out", out, env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 1
    assert err == "privguard: Incident 42 does not exist (it may have been deleted).\n"
    code, _, err = run("report", "incident", str(reg_path), "42", "--out", out, "--lang", "es",
                       env=_env(), monkeypatch=monkeypatch)
    assert code == 1  # the same exit code in every language
    assert err == "privguard: Incidente 42 no existe (puede que se haya eliminado).\n"
    nowhere = tmp_path / "Nowhere"
    code, _, err = run("report", "board", str(nowhere), "--out", out, "--lang", "es",
                       env=_env(), monkeypatch=monkeypatch)
    assert code == 2 and err == f"privguard: No hay ningún registro en {nowhere}.\n"
    code, _, err = run("report", "board", str(reg_path), "7", "--out", out, "--lang", "es",
                       env=_env(), monkeypatch=monkeypatch)
    assert code == 2 and err == "privguard: report board no admite ningún ID.\n"


def test_report_into_a_folder_or_a_read_only_one_says_so(reg_path, tmp_path, monkeypatch):
    """Found by a new user: both printed "internal error (OSError)"."""
    import errno
    import tempfile

    folder = tmp_path / "reports"
    folder.mkdir()
    code, stdout, err = run("report", "board", str(reg_path), "--out", str(folder),
                            env=_env(), monkeypatch=monkeypatch)
    assert code == 2 and stdout == ""
    assert "is a folder; choose a file name inside it" in err and "internal error" not in err
    code, _, err = run("report", "board", str(reg_path), "--out", str(tmp_path / "no" / "b.pdf"),
                       "--lang", "es", env=_env(), monkeypatch=monkeypatch)
    assert code == 2 and "no existe" in err, err

    # Read-only media (a mounted read-only volume refuses even root; the test cannot mount one).
    def refuse(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, _, err = run("report", "board", str(reg_path), "--out", str(folder / "b.pdf"),
                       env=_env(), monkeypatch=monkeypatch)
    assert code == 1 and "read-only" in err and "internal error" not in err, err
    assert list(folder.iterdir()) == []


@pytest.fixture
def signed_report(reg_path, tmp_path, monkeypatch):
    out = tmp_path / "board.pdf"
    code, _, err = run("report", "board", str(reg_path), "--out", str(out), env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 0, err
    cert = tmp_path / "acme.pem"
    code, stdout, err = run("export-certificate", str(reg_path), "--out", str(cert), env=_env(),
                            monkeypatch=monkeypatch)
    assert code == 0, err
    return out, cert, stdout


def test_a_reader_without_the_register_checks_the_file_and_is_told_whom_to_compare(
        signed_report, monkeypatch):
    out, cert, exported = signed_report
    # The reader has no passphrase: none is asked for, none is needed.
    code, stdout, err = run("verify-report", str(out), monkeypatch=monkeypatch)
    assert code == 0, err
    fingerprint = exported.split("fingerprint: ")[1].splitlines()[0]
    assert fingerprint in stdout and fingerprint in pdf_text(out).replace("\n", " ")
    assert "intact, signed by" in stdout
    assert "compare it with the fingerprint your organisation published" in stdout
    code, stdout, err = run("verify-report", str(out), "--cert", str(cert),
                            monkeypatch=monkeypatch)
    assert code == 0, err
    assert "the certificate you gave" in stdout


def test_export_certificate_writes_only_the_public_certificate(signed_report, reg_path):
    _, cert, stdout = signed_report
    text = cert.read_text()
    assert text.startswith("-----BEGIN CERTIFICATE-----") and "PRIVATE" not in text
    assert "privguard verify-report FILE.pdf --cert FILE.pem" in stdout
    # The private key is nowhere in the register folder in clear.
    from privguard.reports import pades

    der = pades.read_certificate(text.encode(), cert.name)
    for path in reg_path.rglob("*"):
        if path.is_file():
            assert der not in path.read_bytes(), path  # even the certificate is encrypted


def test_tampered_appended_and_foreign_reports_exit_1_in_one_line(
        signed_report, reg_path, tmp_path, monkeypatch):
    out, cert, _ = signed_report
    data = out.read_bytes()
    changed, appended = tmp_path / "changed.pdf", tmp_path / "appended.pdf"
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x20
    changed.write_bytes(bytes(flipped))
    appended.write_bytes(data + b"%%EOF\n% appended\n")
    for path in (changed, appended):
        code, stdout, err = run("verify-report", str(path), monkeypatch=monkeypatch)
        assert code == 1 and stdout == ""
        assert err.startswith("privguard: ") and err.count("\n") == 1
        assert "changed after it was signed" in err
    # Another register's report: intact on its own, refused when pinned either way.
    other = tmp_path / "Other.privguard"
    code, _, err = run("new", str(other), "--name", "Eve", "--role", "CSO", "--organisation",
                       "Acme", "--passphrase-stdin", stdin=PASS + "\n", monkeypatch=monkeypatch)
    assert code == 0, err
    foreign = tmp_path / "foreign.pdf"
    code, _, err = run("report", "board", str(other), "--out", str(foreign), env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 0, err
    assert run("verify-report", str(foreign), monkeypatch=monkeypatch)[0] == 0
    code, _, err = run("verify-report", str(foreign), "--cert", str(cert),
                       monkeypatch=monkeypatch)
    assert code == 1 and "not by the one you gave" in err
    code, _, err = run("verify-report", str(reg_path), str(foreign), env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 1 and "not by the one you gave" in err


def test_verify_report_usage_and_unreadable_files(signed_report, tmp_path, monkeypatch):
    out, cert, _ = signed_report
    cases = (
        (("verify-report",), 2, "required"),
        (("verify-report", "a", "b", str(out)), 2, "verify-report takes FILE.pdf"),
        (("verify-report", str(tmp_path / "missing.pdf")), 1, "Cannot read"),
        (("verify-report", str(tmp_path)), 2, "is a folder"),
        (("verify-report", str(out), "--cert", str(out)), 2, "is not a certificate"),
        (("verify-report", str(out), "--cert", str(tmp_path / "none.pem")), 1, "Cannot read"),
    )
    for argv, expected, words in cases:
        code, stdout, err = run(*argv, monkeypatch=monkeypatch)
        assert code == expected, (argv, err)
        assert words in err and err.count("\n") == 1 and stdout == "", (argv, err)


def test_unsigned_export_says_so_on_its_cover(reg_path, tmp_path, monkeypatch):
    out = tmp_path / "risks.pdf"
    code, stdout, err = run("report", "risks", str(reg_path), "--out", str(out), "--no-sign",
                            env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    assert "not signed" in stdout and "Not signed" in pdf_text(out)
    code, _, err = run("verify-report", str(out), monkeypatch=monkeypatch)
    assert code == 1 and "carries no signature" in err


def _breach(reg_path) -> int:
    """An incident with a breach assessment whose notification is due, added as a user would."""
    from datetime import UTC, datetime, timedelta

    from privguard.services.workspace import open_workspace

    with open_workspace(reg_path, PASS) as ws:
        now = datetime.now(UTC)
        incident = ws.incidents.create(title="Payroll file sent to the wrong bank",
                                       severity="high", detected_at=now - timedelta(hours=5))
        ws.breaches.assess(incident, aware_at=now - timedelta(hours=5), rights_risk="risk",
                           nature="Payroll file e-mailed to the wrong bank.",
                           measures="The bank deleted it.", approx_subjects=820)
        return incident


def test_report_notification_writes_the_draft_as_text_or_pdf(reg_path, tmp_path, monkeypatch):
    incident = str(_breach(reg_path))
    out = tmp_path / "draft.txt"
    code, stdout, err = run("report", "notification", str(reg_path), incident, "--out",
                            str(out), "--lang", "es", env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Notificación de una brecha de datos personales a la autoridad")
    assert "Payroll file e-mailed to the wrong bank." in text and "820" in text
    # What is still missing is named, in the authority's language.
    assert "Art. 33(3)(c): las posibles consecuencias de la brecha" in text
    assert "Wrote the notification draft" in stdout and "not signed" in stdout
    pdf = tmp_path / "draft.pdf"
    code, stdout, err = run("report", "notification", str(reg_path), incident, "--out",
                            str(pdf), env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    assert "signed" in stdout and "Notification of a personal data breach" in pdf_text(pdf)
    code, stdout, err = run("verify-report", str(reg_path), str(out), env=_env(),
                            monkeypatch=monkeypatch)
    assert code == 0, err


def test_report_notification_usage_errors_exit_2(reg_path, tmp_path, monkeypatch):
    incident = str(_breach(reg_path))
    for argv, says in (
            (("report", "notification", str(reg_path), "--out", str(tmp_path / "d.txt")),
             "needs the incident's ID"),
            (("report", "notification", str(reg_path), incident, "--out",
              str(tmp_path / "d.docx")), "FILE.pdf or FILE.txt")):
        code, stdout, err = run(*argv, env=_env(), monkeypatch=monkeypatch)
        assert code == 2, (argv, err)
        assert stdout == "" and says in err and err.count("\n") == 1
    assert list(tmp_path.glob("d.*")) == []
    # An incident without a breach assessment has no draft: one line, exit 2.
    from privguard.services.workspace import open_workspace

    with open_workspace(reg_path, PASS) as ws:
        from datetime import UTC, datetime

        plain = ws.incidents.create(title="Printer jam", severity="low",
                                    detected_at=datetime.now(UTC))
    code, _, err = run("report", "notification", str(reg_path), str(plain), "--out",
                       str(tmp_path / "d.txt"), "--lang", "es", env=_env(),
                       monkeypatch=monkeypatch)
    assert code == 2 and "no tiene evaluación de brecha" in err and err.count("\n") == 1


def test_breach_log_and_the_board_since_a_date(reg_path, tmp_path, monkeypatch):
    """`report breach-log` (Art. 33(5)) and `report board --since`: the period chosen, or the
    last board meeting kept in Settings."""
    out = tmp_path / "breaches.pdf"
    code, stdout, err = run("report", "breach-log", str(reg_path), "--out", str(out),
                            env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    assert "Wrote the report “Breach log”" in stdout
    assert "Breach log" in pdf_text(out) and "No personal-data breaches" in pdf_text(out)
    board = tmp_path / "board.pdf"
    code, _, err = run("report", "board", str(reg_path), "--out", str(board), "--since",
                       "2020-01-15", env=_env(), monkeypatch=monkeypatch)
    assert code == 0, err
    assert "What changed since 15 Jan 2020" in pdf_text(board)
    for argv in (("report", "board", str(reg_path), "--out", str(board), "--since", "15/01/26"),
                 ("report", "ropa", str(reg_path), "--out", str(board), "--since", "2026-01-15"),
                 ("report", "board", str(reg_path), "--out", str(board), "--since",
                  "2999-01-01")):
        code, _, err = run(*argv, env=_env(), monkeypatch=monkeypatch)
        assert code == 2, (argv, err)


def test_a_report_under_another_extension_is_refused(reg_path, tmp_path, monkeypatch):
    for name in ("board.txt", "board.docx", "board"):
        code, _, err = run("report", "board", str(reg_path), "--out", str(tmp_path / name),
                           env=_env(), monkeypatch=monkeypatch)
        assert code == 2 and "Reports are PDF files" in err, (name, err)
        assert not (tmp_path / name).exists()
    code, _, err = run("verify-report", str(tmp_path / "draft.txt"), monkeypatch=monkeypatch)
    assert code == 1 and "text files carry no signature" in err


def test_a_reader_that_stops_early_is_not_an_error(reg_path, tmp_path):
    """`privguard list … | head -1`: the pipe closes before the output ends."""
    import os
    import subprocess
    import sys

    from privguard.services.workspace import open_workspace

    with open_workspace(reg_path, PASS) as ws:
        ws.risks.create_many({"title": f"Risk {i:05d} " + "x" * 200, "inherent_likelihood": 2,
                              "inherent_impact": 3} for i in range(2_000))
    env = {**os.environ, "PRIVGUARD_PASSPHRASE": PASS}
    proc = subprocess.Popen([sys.executable, "-m", "privguard", "list", str(reg_path), "risks"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0 and err == "", err


def test_a_filter_on_a_value_that_does_not_exist_is_refused(reg_path, tmp_path, monkeypatch):
    """Found by a new user: `--filter status=bogus` made an empty report and exit 0."""
    code, _, err = run("report", "risks", str(reg_path), "--out", str(tmp_path / "r.pdf"),
                       "--filter", "status=bogus", env=_env(), monkeypatch=monkeypatch)
    assert code == 2 and "Status must be one of" in err and "identified" in err
    assert not (tmp_path / "r.pdf").exists()
