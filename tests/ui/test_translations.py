"""Spanish ships complete, and choosing it shows Spanish in the window."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from privguard.ui import translations as T
from privguard.ui.app import build_window
from privguard.ui.preferences import Preferences
from tests.ui.conftest import DEMO_PASSPHRASE


def test_qt_keeps_only_widget_texts():
    # Field labels, choices, messages, catalogue entries and DPIA criteria are gettext words
    # (privguard.words); Qt's catalogue holds what the widgets write, nothing else.
    import xml.etree.ElementTree as ET

    contexts = {c.findtext("name") for c in ET.parse(T.TS_DIR / "privguard_es.ts").getroot()
                .iter("context")}
    assert not contexts & {"fields", "choices", "messages", "catalogue", "dpia", "TimelineKinds"}
    assert not (T.UI / "domain_strings.py").exists()


@pytest.mark.parametrize("lang", T.LANGUAGES)
def test_every_visible_string_has_a_translation(tmp_path, lang):
    shipped = T.TS_DIR / f"privguard_{lang}.ts"
    ts = tmp_path / shipped.name
    shutil.copy(shipped, ts)
    T.update(ts)  # what lupdate finds in today's code, merged into the shipped catalogue
    missing = T.unfinished(ts)
    assert missing == [], f"{len(missing)} untranslated, e.g. {missing[:5]}"
    qm = tmp_path / f"privguard_{lang}.qm"
    T.release(ts, qm)
    assert qm.read_bytes() == (T.TS_DIR / qm.name).read_bytes(), \
        "the shipped .qm is older than the .ts: run `python -m privguard.ui.translations`"


def test_spanish_shows_in_the_main_window(qtbot, tmp_path, demo_path):
    window = build_window(prefs=Preferences(tmp_path / "config"))
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_register(demo_path)
        window.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.ctx.ws is not None, timeout=10_000)
        assert window.nav.item(0).text() == "Dashboard"
        window.ctx.ws.settings.set("language", "es")
        window.ctx.changed.emit("language")
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels[:4] == ["Panel", "Inventario", "Activos y servicios", "Riesgos"]
        assert [m.title() for m in (a.menu() for a in window.menuBar().actions())][0] == "&Archivo"
        assert "Desbloqueado" in window.who.text()
        window.navigate("dashboard", {})
        heat = window.areas["dashboard"].heat_maps["residual"]
        assert heat.describe(1, 1).startswith("Probabilidad Rara, impacto Insignificante"), \
            heat.describe(1, 1)
        window.navigate("risks", {})
        area = window.areas["risks"]
        assert area.act_new.text() == "Nuevo"
        assert window.current_area().title() == "Riesgos"
        # Number boxes in the rebuilt areas write Spanish numbers, not the window's old locale.
        window.navigate("decisions", {})
        spin = window.current_area().findChild(QDoubleSpinBox)
        spin.setDecimals(1)
        assert spin.textFromValue(6.5) == "6,5"
        # Qt's own buttons too (found by a new user: OK/Cancel, Back/Next stayed English).
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert "Cancelar" in texts and "Cancel" not in texts, texts
    finally:
        window.close_register()
        window.ctx.language.apply("en")


def test_no_string_is_translated_in_a_context_lupdate_cannot_see():
    # lupdate files `box.tr("…")` under the context "box", while Qt looks it up under the
    # object's class at run time: such a string stays English in every language.
    import re

    wrong = []
    for path in sorted((T.UI).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\b(?!self\b)[a-z_]\w*\.tr\(", line):
                wrong.append(f"{path.name}:{number}: {line.strip()}")
    assert not wrong, "use self.tr() or privguard.ui.i18n.tr():\n" + "\n".join(wrong)


def test_domain_messages_read_in_spanish_with_their_blanks_filled(qapp):
    from privguard.domain.errors import ValidationError
    from privguard.domain.matrix import RiskMatrix
    from privguard.domain.workflow import check_risk_transition
    from privguard.ui.forms import message_of
    from privguard.ui.i18n import Language

    def refused(action) -> ValidationError:
        with pytest.raises(ValidationError) as caught:
            action()
        return caught.value

    status = refused(lambda: check_risk_transition("identified", "treating"))
    # A register's own step names stay as typed; the sentence and "probability" are ours.
    axis = refused(lambda: RiskMatrix(likelihood_labels=("Seldom", "Seldom", "Often")))
    language = Language()
    language.apply("es")
    try:
        assert message_of(status) == "Un riesgo debe evaluarse antes de pasar a «En tratamiento»."
        assert message_of(axis) == ("Dos grados de probabilidad se llaman «Seldom»; "
                                    "cada uno necesita su propio nombre.")
    finally:
        language.apply("en")
    assert message_of(status) == str(status) == \
        "A risk must be assessed before it can be “Being treated”."
