"""The command line imports what a command needs, when it needs it (issue 12, part 4).

Each check runs in a fresh interpreter, since this test process has imported everything
already. Times are measured in tests/benchmarks/reports.py, never here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import privguard
from privguard.services.workspace import create
from tests.conftest import PASSPHRASE

SOURCE = Path(privguard.__file__).resolve().parents[1]
#: Not needed to parse the command line, nor to open a register already at its schema's head
#: and make the board report: the analysis engine, the desktop application, spreadsheets,
#: migrations, and signing before there is a report to sign.
NOT_FOR_A_REPORT = ("numpy", "privguard.analysis", "privguard.services.analysis", "PySide6",
                    "openpyxl", "alembic", "pyhanko", "hypothesis")
#: The builders of the other reports.
OTHER_BUILDERS = ("privguard.reports.ropa", "privguard.reports.risk_register",
                  "privguard.reports.incident", "privguard.reports.decision")


def _modules_after(code: str, *args: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code`` (which sets ``result``)."""
    script = (f"import json, sys\n{code}\n"
              "print(json.dumps({'result': result, 'modules': sorted(sys.modules)}))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        filter(None, [str(SOURCE), os.environ.get("PYTHONPATH")]))}
    env.pop("PRIVGUARD_PASSPHRASE", None)
    run = subprocess.run([sys.executable, "-c", script, *args], env=env, capture_output=True,
                         text=True, check=False, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    answer = json.loads(run.stdout.strip().splitlines()[-1])
    assert answer["result"] == 0, answer
    return set(answer["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m in names or m.startswith(tuple(f"{n}." for n in names)))


def test_parsing_the_command_line_imports_no_heavy_module():
    modules = _modules_after("import privguard.cli\nprivguard.cli.build_parser()\nresult = 0")
    heavy = (*NOT_FOR_A_REPORT, "sqlalchemy", "sqlcipher3", "reportlab", "babel.messages",
             "privguard.services.workspace", "privguard.services.reporting")
    assert _loaded(modules, heavy) == []


def test_the_board_report_imports_only_what_it_needs(tmp_path):
    path = tmp_path / "Small.privguard"
    ws, _ = create(path, organisation="Acme", name="Ana Ruiz", role="CPO", passphrase=PASSPHRASE)
    ws.close()
    code = ("import os\nfrom privguard.cli import main\n"
            f"os.environ['PRIVGUARD_PASSPHRASE'] = {PASSPHRASE!r}\n"
            "result = main(['report', 'board', sys.argv[1], '--out', sys.argv[2], '--no-sign'])")
    modules = _modules_after(code, str(path), str(tmp_path / "board.pdf"))
    assert "privguard.reports.board" in modules  # the report was made here
    assert _loaded(modules, (*NOT_FOR_A_REPORT, *OTHER_BUILDERS)) == []
