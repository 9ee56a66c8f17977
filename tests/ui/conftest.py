"""Fixtures for the desktop application: real registers, real widgets, offscreen."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from privguard.services.demo import DEMO_PASSPHRASE, DEMO_PERSON
from privguard.storage import keyslots


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """Collect cycles on the GUI thread only, as the application does (see ui/collector.py)."""
    from privguard.ui import collector

    collector.install(qapp)


@pytest.fixture(autouse=True)
def collect_after_each_test(gui_thread_collector):
    # The windows a test leaves behind die here, on the GUI thread, not in the next test's worker.
    yield
    gc.collect()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, built once per test run (fast KDF) and closed."""
    from privguard.services import demo

    old = keyslots.set_new_slot_kdf(keyslots.FAST_TEST_KDF)
    try:
        path = tmp_path_factory.mktemp("demo") / "Demo.privguard"
        demo.ensure(path)
    finally:
        keyslots.set_new_slot_kdf(old)
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo register that a test may change."""
    target = tmp_path / demo_template.name
    shutil.copytree(demo_template, target)
    return target


@pytest.fixture
def demo_ws(demo_path: Path):
    from privguard.services.workspace import open_workspace

    ws = open_workspace(demo_path, DEMO_PASSPHRASE, DEMO_PERSON)
    yield ws
    if ws.register.is_open:
        ws.close()


def make_ctx(ws):
    from privguard.ui.context import AppContext

    ctx = AppContext()
    ctx.ws = ws
    return ctx


@pytest.fixture
def ctx(qapp, workspace):
    context = make_ctx(workspace)
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()


@pytest.fixture
def demo_ctx(qapp, demo_ws):
    context = make_ctx(demo_ws)
    yield context
    context.tasks.cancel_all()
    context.tasks.wait()


@pytest.fixture
def spanish(demo_ctx):
    """The demo register's context with the window speaking Spanish, English again after."""
    demo_ctx.language.apply("es")
    yield demo_ctx
    demo_ctx.language.apply("en")
