"""The README's one test command passes on a machine with only Python and the Qt runtime
libraries: no test runs a program the project's own install does not bring."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Programs a test may start: this Python, and the tools the project's own install puts beside it.
OWN_TOOLS = {"lint-imports"}


def _program(call: ast.Call) -> str | None:
    """The program a subprocess call or shutil.which() names, when it is written as a literal."""
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in {"run", "Popen", "check_call", "check_output", "call", "which"} or not call.args:
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
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                program = _program(node)
                if program and program not in OWN_TOOLS and program != sys.executable:
                    outside.append(f"{path.relative_to(ROOT)}:{node.lineno} runs {program}")
    assert not outside, outside


def test_the_check_finds_a_system_tool(tmp_path):
    tree = ast.parse('import shutil, subprocess\nsubprocess.run(["pdftoppm", "-png", "a.pdf"])\n'
                     'shutil.which("pdftoppm")\n')
    found = [_program(node) for node in ast.walk(tree) if isinstance(node, ast.Call)]
    assert found.count("pdftoppm") == 2
