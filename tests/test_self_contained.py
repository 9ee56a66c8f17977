"""The README's one test command passes on a machine with only Python and the Qt runtime
libraries: no test runs a program the project's own install does not bring."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Programs a test may start: this Python, and the tools the project's own install puts beside it.
OWN_TOOLS = {"lint-imports"}
# Programs a test may try, skipping with its reason where they are missing or not allowed:
# a read-only bind mount (util-linux's mount, in every Debian image; it needs root) is the
# one honest way to make a register's media read-only for a test.
SKIPPING_TOOLS = {"mount", "umount"}


_STARTERS = {"run", "Popen", "check_call", "check_output", "call", "which"}
_MODULES = {"subprocess", "shutil"}


def _imported(tree: ast.AST) -> dict[str, str]:
    """Names a module took from subprocess or shutil (``from subprocess import run as go``),
    each with the function it is."""
    return {alias.asname or alias.name: alias.name for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module in _MODULES
            for alias in node.names}


def _program(call: ast.Call, imported: dict[str, str] | None = None) -> str | None:
    """The program a subprocess call or shutil.which() names, when it is written as a literal.
    A test's own helper that happens to be called ``run`` is not a subprocess."""
    func = call.func
    if isinstance(func, ast.Attribute):
        if not (isinstance(func.value, ast.Name) and func.value.id in _MODULES):
            return None
        name = func.attr
    else:
        name = (imported or {}).get(getattr(func, "id", ""), "")
    if name not in _STARTERS or not call.args:
        return None
    first = call.args[0]
    if isinstance(first, ast.List | ast.Tuple) and first.elts:
        first = first.elts[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    return None


def test_no_test_needs_a_program_from_outside_the_project():
    outside = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if "benchmarks" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _imported(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                program = _program(node, imported)
                if program and program not in OWN_TOOLS | SKIPPING_TOOLS \
                        and program != sys.executable:
                    outside.append(f"{path.relative_to(ROOT)}:{node.lineno} runs {program}")
    assert not outside, outside


def test_the_check_finds_a_system_tool(tmp_path):
    tree = ast.parse('import shutil, subprocess\nfrom subprocess import check_output as out\n'
                     'subprocess.run(["some-system-tool", "-png", "a.pdf"])\n'
                     'shutil.which("some-system-tool")\nout(["some-system-tool", "a.pdf"])\n'
                     'def run(*args): pass\nrun("some-system-tool")\n')
    imported = _imported(tree)
    found = [_program(node, imported) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    # Three real starts; the module's own run() is not one.
    assert found.count("some-system-tool") == 3
