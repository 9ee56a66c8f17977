"""The ``privguard`` command line. Scripts and auditors depend on it: extend, don't break.

Exit codes: 0 success, 2 usage error, 3 wrong passphrase or damaged register,
4 register in use by another process, 5 a decision reproduced under another numpy or
engine version within 3 standard errors (``decisions reproduce``), 1 anything else. Errors are one line on
stderr. Passphrases never come from argv: the terminal (no echo), the
PRIVGUARD_PASSPHRASE variable, or stdin lines with --passphrase-stdin.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

from privguard import __version__
from privguard.domain.errors import PrivGuardError, ValidationError
from privguard.words import N_, words_for

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_KEY, EXIT_IN_USE = 0, 1, 2, 3, 4
ENV_PASSPHRASE = "PRIVGUARD_PASSPHRASE"  # noqa: S105 - a name or a public demo value, not a secret
ENV_NEW_PASSPHRASE = "PRIVGUARD_NEW_PASSPHRASE"  # noqa: S105 - a name or a public demo value, not a secret
ENV_ARCHIVE_PASSPHRASE = "PRIVGUARD_ARCHIVE_PASSPHRASE"  # noqa: S105 - a variable's name, not a secret


class UsageError(PrivGuardError):
    exit_code = EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        command = self.prog.partition(" ")[2].strip()
        if command:
            raise UsageError.of("{message} (see `privguard {command} --help`)",
                                message=message, command=command)
        raise UsageError.of("{message} (see `privguard --help`)", message=message)


class Secrets:
    """Where passphrases come from for this run; each is asked for at most once."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO):
        self.from_stdin = getattr(args, "passphrase_stdin", False)
        self.stdin = stdin
        self._lines: list[str] | None = None

    def _next_stdin_line(self, missing: UsageError) -> str:
        if self._lines is None:
            self._lines = self.stdin.read().splitlines()
        if not self._lines:
            raise missing
        return self._lines.pop(0)

    def _ask(self, prompt: str, variable: str = ENV_PASSPHRASE) -> str:
        if not sys.stdin.isatty():
            raise UsageError.of(
                "No passphrase given: set {variable} or use --passphrase-stdin "
                "when not running in a terminal.", variable=variable)
        return getpass.getpass(prompt)

    def current(self, label: str = "the register") -> str:
        if self.from_stdin:
            return self._next_stdin_line(UsageError(N_(
                "--passphrase-stdin: no line left on standard input for the passphrase.")))
        if os.environ.get(ENV_PASSPHRASE):
            return os.environ[ENV_PASSPHRASE]
        return self._ask(f"Passphrase for {label}: ")

    def new(self, label: str, *, only: bool = False) -> str:
        """A new passphrase. ``only``: the command needs no other (``new``), so it comes
        from PRIVGUARD_PASSPHRASE; otherwise PRIVGUARD_NEW_PASSPHRASE, beside the current
        one in PRIVGUARD_PASSPHRASE."""
        if self.from_stdin:
            return self._next_stdin_line(UsageError.of(
                "--passphrase-stdin: no line left on standard input for the new passphrase "
                "for {name}.", name=label))
        variables = (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE) if only else (ENV_NEW_PASSPHRASE,)
        for variable in variables:
            if os.environ.get(variable):
                return os.environ[variable]
        first = self._ask(f"New passphrase for {label}: ", variables[0])
        if self._ask("Repeat it: ", variables[0]) != first:
            raise ValidationError(N_("The two passphrases differ; nothing was changed."), "passphrase")
        return first


    def archive(self, *, new: bool) -> str:
        """An archive's passphrase: the next stdin line (after the register's), the
        PRIVGUARD_ARCHIVE_PASSPHRASE variable, or the terminal (asked twice when new)."""
        if self.from_stdin:
            return self._next_stdin_line(UsageError(N_(
                "--passphrase-stdin: no line left on standard input for the archive's "
                "passphrase.")))
        if os.environ.get(ENV_ARCHIVE_PASSPHRASE):
            return os.environ[ENV_ARCHIVE_PASSPHRASE]
        first = self._ask("Passphrase for the archive: ", ENV_ARCHIVE_PASSPHRASE)
        if new and self._ask("Repeat it: ", ENV_ARCHIVE_PASSPHRASE) != first:
            raise ValidationError(N_("The two passphrases differ; nothing was written."),
                                  "passphrase")
        return first


def _print_recovery_key(key: str, out: TextIO) -> None:
    print("", file=out)
    print("RECOVERY KEY (shown once; print it or store it offline, apart from this computer):",
          file=out)
    print(f"    {key}", file=out)
    print("It unlocks the register if every passphrase is forgotten.", file=out)


# -- commands ----------------------------------------------------------------------


def _open(args: argparse.Namespace, secrets: Secrets):  # noqa: ANN202
    from privguard.services.workspace import open_workspace

    return open_workspace(Path(args.path), secrets.current(str(args.path)), args.slot)


def _opened(command):  # noqa: ANN001, ANN202
    """A command that works on an open register: unlocked here, closed after."""
    def run(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
        with _open(args, secrets) as ws:
            return command(args, ws, out)
    return run


def cmd_new(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services.workspace import check_passphrase, create

    passphrase = secrets.new(args.name, only=True)
    check_passphrase(passphrase)
    ws, recovery = create(Path(args.path), organisation=args.organisation or "",
                          name=args.name, role=args.role, passphrase=passphrase)
    ws.close()
    print(f"Created register {args.path} for {args.name} ({args.role}).", file=out)
    _print_recovery_key(recovery, out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services import demo

    path = Path(args.path) if args.path else demo.default_path()
    created = demo.ensure(path, scale=args.scale, progress=lambda msg: print(msg, file=out))
    verb = "Created" if created else "Reopened"
    print(f"{verb} the demo register at {path}", file=out)
    print(f"Unlock it as '{demo.DEMO_PERSON}' with the passphrase: {demo.DEMO_PASSPHRASE}", file=out)
    if not args.no_gui:
        return _launch_gui(path, demo=True)
    return EXIT_OK


def cmd_slots(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services.workspace import read_slots

    if args.action == "list":
        for slot in read_slots(Path(args.path)):
            print(f"{slot['name']}\t{slot['role']}\t{slot['kind']}\t{slot['created_at']}", file=out)
        return EXIT_OK
    with _open(args, secrets) as ws:
        if args.action == "add":
            if not args.name or not args.role:
                raise UsageError(N_("slots add needs --name and --role."))
            from privguard.services.workspace import check_passphrase

            passphrase = secrets.new(args.name)
            check_passphrase(passphrase)
            ws.register.add_slot(args.name, args.role, passphrase)
            print(f"Added a key slot for {args.name} ({args.role}).", file=out)
        else:
            if not args.name:
                raise UsageError(N_("slots remove needs --name."))
            label = ws.register.header.find_slot(args.name).label
            from privguard.services.keys import KeyService

            result = KeyService(ws).remove_slot(args.name,
                                                _old_slot_passphrases(args, ws, args.name),
                                                drop_unsealed=args.drop_other_slots)
            print(f"Removed the key slot of {label}. The register's key was changed, so a copy "
                  "of that slot opens nothing here; the backups' key headers forgot it too.",
                  file=out)
            _print_rotation(result, out)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services.workspace import check_passphrase

    with _open(args, secrets) as ws:
        passphrase = secrets.new(ws.register.slot.label)
        check_passphrase(passphrase)
        ws.register.change_passphrase(None, passphrase)
        print(f"Changed the passphrase of {ws.register.slot.label}.", file=out)
    return EXIT_OK


def _old_slot_passphrases(args: argparse.Namespace, ws, removing: str | None = None,  # noqa: ANN001
                          ) -> dict[str, str | None]:
    """Passphrases of the people whose slots predate sealing (format 1): a new key cannot
    reach them otherwise. Asked in a terminal; dropped with --drop-other-slots."""
    removed = ws.register.header.find_slot(removing).id if removing else None
    old = [s for s in ws.register.header.person_slots()
           if not s.upgraded and s.id not in (ws.register.slot.id, removed)]
    if not old or getattr(args, "drop_other_slots", False):
        return {}
    if not sys.stdin.isatty():
        names = ", ".join(s.label for s in old)
        raise UsageError.of("These key slots have not been unlocked since PrivGuard began sealing "
                            "keys to each slot ({names}): run in a terminal to enter their "
                            "passphrases, ask them to unlock once first, or pass "
                            "--drop-other-slots.", names=names)
    return {s.id: getpass.getpass(f"Passphrase for {s.label} (empty to drop the slot): ") or None
            for s in old}


def _print_rotation(result, out: TextIO) -> None:  # noqa: ANN001
    for label in result.dropped:
        print(f"Dropped the key slot of {label}; add it again with `privguard slots add`.",
              file=out)
    if result.recovery_key:
        print("The old recovery key no longer opens the register; here is the new one.",
              file=out)
        _print_recovery_key(result.recovery_key, out)
    else:
        print("Everyone else's passphrase and the recovery key still open it.", file=out)


def cmd_rotate_key(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    with _open(args, secrets) as ws:
        result = ws.register.rotate_key(_old_slot_passphrases(args, ws),
                                        drop_unsealed=args.drop_other_slots)
        print("The data key was changed; a backup was taken first.", file=out)
        _print_rotation(result, out)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    with _open(args, secrets) as ws:
        report = ws.register.integrity()
    if report.cipher_problems:
        print(f"Page integrity: FAILED ({len(report.cipher_problems)} problem(s))", file=out)
        for line in report.cipher_problems[:20]:
            print(f"  - {line}", file=out)
    else:
        print("Page integrity: OK (every page's HMAC verified)", file=out)
    if report.audit_problems:
        print(f"Audit trail: FAILED ({report.audit_entries} entries read)", file=out)
        for line in report.audit_problems:
            print(f"  - {line}", file=out)
    else:
        print(f"Audit trail: OK ({report.audit_entries} entries, chain intact)", file=out)
    return EXIT_OK if report.ok else EXIT_KEY


def cmd_backup(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    with _open(args, secrets) as ws:
        ws.register.export_backup(Path(args.out))
    print(f"Wrote an encrypted backup to {args.out}. It opens with the passphrases of today.", file=out)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services.workspace import open_workspace, restore_backup

    target = restore_backup(Path(args.file), Path(args.to))
    try:
        with open_workspace(target, secrets.current(str(args.file)), args.slot) as ws:
            report = ws.register.integrity()
    except PrivGuardError:
        import shutil

        shutil.rmtree(target, ignore_errors=True)
        raise
    if not report.ok:
        print(f"Restored to {target}, but its check failed; run `privguard verify {target}`.", file=out)
        return EXIT_KEY
    print(f"Restored to {target} and verified it.", file=out)
    return EXIT_OK


def _filters(pairs: Sequence[str] | None) -> dict[str, object]:
    filters: dict[str, object] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError.of("--filter takes FIELD=VALUE, not '{pair}'.", pair=pair)
        filters[name.strip()] = value.split(",") if "," in value else value
    return filters


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date such as 2026-03-31") from None


def cmd_report(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    needs_id = args.kind in ("incident", "decision", "notification")
    if args.kind == "notification" and args.id is None:
        raise UsageError(N_("report notification needs the incident's ID after the register "
                            "path."))
    if needs_id and args.id is None:
        raise UsageError.of("report {kind} needs the {kind}'s ID after the register path.",
                            kind=args.kind)
    if not needs_id and args.id is not None:
        raise UsageError.of("report {kind} takes no ID.", kind=args.kind)
    if (args.filter or args.search) and args.kind != "risks":
        raise UsageError(N_("--filter and --search apply to the risks report only."))
    if getattr(args, "since", None) is not None and args.kind != "board":
        raise UsageError(N_("--since applies to the board report only."))
    query = {"filters": _filters(args.filter), "search": args.search or ""}
    with _open(args, secrets) as ws:
        outcome = ws.reporting.export(args.kind, Path(args.out), lang=args.lang,
                                      subject_id=args.id, sign=not args.no_sign,
                                      filters=query if args.kind == "risks" else None,
                                      since=getattr(args, "since", None))
    signed = "signed" if outcome.signed else "not signed"
    if args.kind == "notification" and outcome.path.suffix.lower() == ".txt":
        print(f"Wrote the notification draft to {outcome.path} (plain text, not signed; "
              f"SHA-256 {outcome.sha256}).", file=out)
    else:
        from privguard.services.reporting import REPORT_TITLES

        title = words_for("en").gettext(REPORT_TITLES.get(args.kind, args.kind))
        pages = "1 page" if outcome.pages == 1 else f"{outcome.pages} pages"
        print(f"Wrote the report “{title}” to {outcome.path} ({pages}, {signed}; "
              f"SHA-256 {outcome.sha256}).", file=out)
    if outcome.record_id is None:
        print("The register is open read-only, so this export is not recorded in it.", file=out)
    what = "PDF" if outcome.path.suffix.lower() != ".txt" else "text file"
    print(f"Note: the {what} is outside the encrypted register; keep it and share it as "
          "confidential.", file=out)
    return EXIT_OK


def _read_file(path: Path, what: str = "file") -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise UsageError.of("{path} is a folder, not a {what}.", path=str(path),
                            what=what) from None
    except OSError as exc:
        raise PrivGuardError.of("Cannot read {path}: {reason}.", path=str(path),
                                reason=exc.strerror or type(exc).__name__) from None


def cmd_verify_report(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.reports import pades

    if len(args.paths) > 2:
        raise UsageError(N_("verify-report takes FILE.pdf, or the register's folder and "
                            "FILE.pdf (see `privguard verify-report --help`)."))
    *register, report = (Path(p) for p in args.paths)
    if report.suffix.lower() == ".txt" and not register:
        raise PrivGuardError.of("{file} is a plain-text draft: text files carry no signature. "
                                "Its SHA-256 is recorded in the register that wrote it: "
                                "`privguard verify-report PATH {file}` checks it there.",
                                file=report.name)
    pinned: tuple[bytes, ...] = ()
    if args.cert:
        pinned = (pades.read_certificate(_read_file(Path(args.cert), "certificate"),
                                         Path(args.cert).name),)
    if not register or pinned:
        check = pades.check(_read_file(report, "PDF file"), pinned, name=report.name)
        if not check.ok:
            raise PrivGuardError(check.message)  # one line on stderr, exit 1
        if not register:
            print(words_for("en").say(check.message), file=out)
            return EXIT_OK
    args.path = register[0]
    with _open(args, secrets) as ws:
        outcome = ws.reporting.verify(report)
    if not outcome.ok:
        raise PrivGuardError(outcome.message)
    print(words_for("en").say(outcome.message), file=out)
    return EXIT_OK


def cmd_export_certificate(args: argparse.Namespace, ws, out: TextIO) -> int:  # noqa: ANN001
    path = ws.reporting.export_certificate(Path(args.out))
    print(f"Wrote the report-signing certificate to {path}.", file=out)
    print(f"Its SHA-256 fingerprint: {ws.reporting.fingerprint()}", file=out)
    print("Publish it (intranet, annual report, a letter to the authority) so readers can "
          "check reports with `privguard verify-report FILE.pdf --cert FILE.pem`.", file=out)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    if args.format != "archive":
        raise UsageError.of("--format {format}: spreadsheets come in a later version of "
                            "PrivGuard; use --format archive.", format=args.format)
    from privguard.services.interchange import InterchangeService
    from privguard.services.workspace import check_passphrase

    with _open(args, secrets) as ws:
        passphrase = None
        if not args.plain:
            passphrase = secrets.archive(new=True)
            check_passphrase(passphrase)
        summary = InterchangeService(ws).export_archive(Path(args.out), passphrase)
    records = sum(n for k, n in summary.counts.items() if "." not in k and k != "history")
    how = "an encrypted" if summary.encrypted else "a plain (unencrypted) JSON"
    print(f"Wrote {how} archive of {records} records to {args.out}.", file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from privguard.services.interchange import InterchangeService, is_encrypted

    encrypted = is_encrypted(Path(args.file))  # a missing file is said before any passphrase
    with _open(args, secrets) as ws:
        passphrase = secrets.archive(new=False) if encrypted else None
        summary = InterchangeService(ws).import_archive(Path(args.file), passphrase)
    if not summary.total:
        print(f"Nothing to import: the register already holds every record of {args.file}.",
              file=out)
        return EXIT_OK
    print(f"Imported {args.file}:", file=out)
    for kind, count in summary.added.items():
        print(f"  {kind.replace('_', ' ')}: {count}", file=out)
    print(f"The archive's audit trail ({summary.history} entries) stays in the archive as "
          "history; the import is one entry in this register's trail.", file=out)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    return _launch_gui(Path(args.path) if getattr(args, "path", None) else None)


def _launch_gui(path: Path | None, *, demo: bool = False) -> int:
    try:
        from privguard.ui.app import run
    except ImportError as exc:
        # PySide6 needs system libraries (EGL, fontconfig, xkbcommon) a server may lack.
        print(f"The desktop application cannot start here: {exc}. The commands listed by "
              "`privguard --help` still work.", file=sys.stderr)
        return EXIT_ERROR
    return run(path, demo=demo)


# -- parsing -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--slot", metavar="NAME", help="key slot to unlock (default: the first person's)")
    common.add_argument("--passphrase-stdin", action="store_true",
                        help="read passphrases from standard input, one per line")
    parser = _Parser(prog="privguard", description="PrivGuard: an encrypted register of personal "
                     "data, risks, incidents and decisions.")
    parser.add_argument("--version", action="version", version=f"privguard {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    p = sub.add_parser("new", parents=[common], help="create a register folder")
    p.add_argument("path")
    p.add_argument("--name", required=True, help="your name (the first key slot)")
    p.add_argument("--role", required=True, help="your role: CPO, CSO, DPO, CISO, ...")
    p.add_argument("--organisation", default="", help="the organisation the register is for")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("demo", parents=[common], help="create or reopen the demo register")
    p.add_argument("--path", help="where (default: in your user data folder)")
    p.add_argument("--scale", type=int, metavar="N", help="build an N-risk register for benchmarks")
    p.add_argument("--no-gui", action="store_true", help="do not open the application")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("slots", parents=[common], help="list, add or remove key slots")
    p.add_argument("path")
    p.add_argument("action", choices=("list", "add", "remove"))
    p.add_argument("--name", help="the person whose slot to add or remove")
    p.add_argument("--role", help="their role (for add)")
    p.add_argument("--drop-other-slots", action="store_true",
                   help="remove: drop slots not unlocked since keys are sealed to each slot, "
                        "instead of asking their passphrases")
    p.set_defaults(func=cmd_slots)

    p = sub.add_parser("passwd", parents=[common], help="change a slot's passphrase")
    p.add_argument("path")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("rotate-key", parents=[common], help="re-encrypt under a new data key")
    p.add_argument("path")
    p.add_argument("--drop-other-slots", action="store_true",
                   help="drop other people's slots instead of asking for their passphrases")
    p.set_defaults(func=cmd_rotate_key)

    p = sub.add_parser("verify", parents=[common], help="check page integrity and the audit trail")
    p.add_argument("path")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("backup", parents=[common], help="write an encrypted backup file")
    p.add_argument("path")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore a backup file to a new folder")
    p.add_argument("file")
    p.add_argument("--to", required=True, metavar="PATH")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("report", parents=[common], help="export a PDF report",
                       description="Exports a signed PDF report. 'notification' drafts the "
                       "notification of an incident's personal-data breach to the supervisory "
                       "authority (Art. 33): FILE.pdf, or FILE.txt to paste into its form.")
    p.add_argument("kind", choices=("board", "ropa", "breach-log", "risks", "incident",
                                    "decision", "notification"))
    p.add_argument("path", help="the register folder")
    p.add_argument("id", nargs="?", type=int, help="incident ID (incident, notification) or "
                   "decision ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf",
                   help="the file to write; a notification draft may also be FILE.txt")
    p.add_argument("--lang", choices=("en", "es"), help="default: the register's language")
    p.add_argument("--filter", action="append", metavar="FIELD=VALUE",
                   help="risks report: a Risks-table filter (repeatable; a,b for either)")
    p.add_argument("--search", metavar="TEXT", help="risks report: the Risks-table search")
    p.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                   help="board report: what changed since this date (default: the last board "
                        "meeting in Settings, else 90 days ago)")
    p.add_argument("--no-sign", action="store_true", help="do not sign the export")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "verify-report", parents=[common],
        help="check a report's signature; with a register or --cert, also who signed it",
        description="Checks the signature a report carries. With FILE.pdf alone it needs no "
        "register and prints the signer's fingerprint to compare with the one your "
        "organisation published; with the register's folder first, or --cert, the signer must "
        "be that register or that certificate.")
    p.add_argument("paths", nargs="+", metavar="[PATH] FILE.pdf",
                   help="the report, optionally after the register's folder")
    p.add_argument("--cert", metavar="FILE.pem", help="the certificate the signer must have")
    p.set_defaults(func=cmd_verify_report)

    p = sub.add_parser("export-certificate", parents=[common],
                       help="write the register's report-signing certificate, to publish")
    p.add_argument("path", help="the register folder")
    p.add_argument("--out", required=True, metavar="FILE.pem")
    p.set_defaults(func=_opened(cmd_export_certificate))

    p = sub.add_parser(
        "export", parents=[common], help="export the register's data as a full archive",
        description="Writes every record, link, setting, decision and score history, with the "
        "audit trail as history, to one archive file. Encrypted under a passphrase of its own "
        "(asked on the terminal, or PRIVGUARD_ARCHIVE_PASSPHRASE) unless --plain.")
    p.add_argument("path", help="the register folder")
    p.add_argument("--format", default="archive", choices=("archive", "xlsx", "csv"),
                   help="archive (spreadsheets come in a later version)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--plain", action="store_true",
                   help="write clear JSON, unencrypted: anyone with the file can read it")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import", parents=[common], help="import an archive into the register",
        description="Adds the archive's records the register does not hold yet (matched by "
        "their uuid): importing your own archive again changes nothing. All or nothing.")
    p.add_argument("path", help="the register folder")
    p.add_argument("file", help="the archive file")
    p.set_defaults(func=cmd_import)

    from privguard import cli_analysis

    cli_analysis.add_parsers(sub, common, _opened)

    p = sub.add_parser("gui", help="open the desktop application")
    p.add_argument("path", nargs="?")
    p.set_defaults(func=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    # Errors are said in English, or in the language a command was asked for (report --lang).
    lang = "en"
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", None) or "en"
        if args.command is None:
            return _launch_gui(None)
        if getattr(args, "scale", None) is not None and args.scale < 1:
            raise UsageError(N_("--scale must be a positive number of risks."))
        return args.func(args, Secrets(args, stdin), stdout)
    except PrivGuardError as exc:
        code = EXIT_USAGE if isinstance(exc, ValidationError) else exc.exit_code
        print(f"privguard: {words_for(lang).error(exc)}", file=stderr)
        return code
    except KeyboardInterrupt:
        print("privguard: interrupted; nothing more was changed.", file=stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (`privguard list … | head`): what it wanted, it has. Point
        # stdout at nothing so the interpreter's last flush does not fail again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        if os.environ.get("PRIVGUARD_DEBUG"):
            raise
        # A file system's refusal the user can act on: say which file and why.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"privguard: {exc.strerror or type(exc).__name__}{where}.", file=stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        if os.environ.get("PRIVGUARD_DEBUG"):
            raise
        print(f"privguard: internal error ({type(exc).__name__}); please report it. "
              "Set PRIVGUARD_DEBUG=1 to see details.", file=stderr)
        return EXIT_ERROR
