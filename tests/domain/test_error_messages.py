"""Every error a user can see carries a message id: no f-string, no unmarked literal.

An f-string message cannot be translated (its text changes with its values) and a
bare literal ``SomeError("...")`` is not found by the extractor, so both would show
English to a Spanish reader. This reads the source of the layers that raise errors
(the domain, the services, the storage layer and the command line) and fails on any.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import privguard
from privguard.domain.errors import PrivGuardError

ROOT = Path(privguard.__file__).resolve().parent
LAYERS = ("domain", "services", "storage")
# The calls that take a message as their first argument besides the error classes.
MESSAGE_CALLS = {"Phrase"}


def _sources() -> list[Path]:
    files = [path for layer in LAYERS for path in sorted((ROOT / layer).glob("*.py"))]
    return [*files, ROOT / "cli.py"]


def _error_class_names() -> set[str]:
    """Names of every PrivGuardError subclass the scanned modules can see."""
    names = {"PrivGuardError"}
    modules = ["privguard.cli"]
    for layer in LAYERS:
        package = importlib.import_module(f"privguard.{layer}")
        modules += [f"privguard.{layer}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]
    for module_name in modules:
        module = importlib.import_module(module_name)
        names |= {name for name, value in vars(module).items()
                  if isinstance(value, type) and issubclass(value, PrivGuardError)}
    return names


def _called_name(call: ast.Call) -> tuple[str | None, bool]:
    """(the class or function called, whether it is ``X.of``)."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "of":
        inner = func.value
        return (inner.id if isinstance(inner, ast.Name) else None), True
    if isinstance(func, ast.Name):
        return func.id, False
    return None, False


def _untranslatable(node: ast.expr) -> str | None:
    """Why ``node`` cannot be a message id, or None when it can."""
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return "a message glued together"
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "replace") and isinstance(node.func.value, ast.Constant)):
        return "a message filled in where it is raised"
    return None


def problems_in(source: str, filename: str, error_names: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, is_of = _called_name(node)
        if name not in error_names and name not in MESSAGE_CALLS:
            continue
        message = node.args[0]
        why = _untranslatable(message)
        if why is None and not is_of and name in error_names and isinstance(message, ast.Constant) \
                and isinstance(message.value, str):
            why = "a literal not marked with N_(...) (the extractor would miss it)"
        if why is not None:
            found.append(f"{filename}:{node.lineno}: {name}{'.of' if is_of else ''}(...) with {why}")
    return found


def test_errors_are_raised_with_a_message_id_and_values_never_a_finished_sentence():
    names = _error_class_names()
    assert {"ValidationError", "NotFoundError", "UsageError", "RegisterInUse"} <= names
    found = []
    for path in _sources():
        found += problems_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)), names)
    assert not found, "Errors must carry a message id and values:\n" + "\n".join(found)


@pytest.mark.parametrize("line", [
    'raise ValidationError(f"Risk {n} is wrong.", "x")',
    'raise NotFoundError.of(f"Risk {n} does not exist.")',
    'raise ValidationError("Plain but never extracted.", "x")',
    'raise KeyHeaderError("Broken " + str(path))',
    'raise RegisterInUse("Open in {who}.".format(who=who))',
    'error = Phrase(f"{n} risks")',
])
def test_the_scan_catches_each_way_of_writing_an_untranslatable_message(line):
    names = {"ValidationError", "NotFoundError", "KeyHeaderError", "RegisterInUse"}
    assert problems_in(line, "example.py", names)


@pytest.mark.parametrize("line", [
    'raise ValidationError.of("Risk {n} is wrong.", "x", n=n)',
    'raise ValidationError(N_("A fixed sentence."), "x")',
    'raise ValidationError(MSG_APPROVER, field="approver")',
    'raise RegisterDamaged(with_hint(N_("Damaged."), hint))',
    'raise WrongPassphraseOrDamaged(Phrase.plural("One {x}.", "{n} {x}.", n, x=x))',
])
def test_the_scan_lets_messages_with_an_id_through(line):
    names = {"ValidationError", "RegisterDamaged", "WrongPassphraseOrDamaged"}
    assert not problems_in(line, "example.py", names)
