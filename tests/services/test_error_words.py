"""Errors raised by the real services on a real register, said in Spanish where they are shown.

Each error keeps its English sentence (``str(exc)``, for logs) and its message id and
values, so ``words_for("es").error(exc)`` says it in Spanish with the values in place:
labels and status names in Spanish, numbers in Spanish formats, and what the user
typed, paths and IDs exactly as they were.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from privguard.domain.errors import PrivGuardError, RegisterDamaged, ValidationError
from privguard.services import analysis
from privguard.services.keys import KeyService
from privguard.services.workspace import open_workspace
from privguard.words import words_for
from tests.conftest import PASSPHRASE

AWARE = datetime(2026, 11, 20, 8, tzinfo=UTC)


def _raised(action) -> PrivGuardError:
    with pytest.raises(PrivGuardError) as info:
        action()
    return info.value


def _cases(ws):
    """(what the user did, English sentence, Spanish sentence) on one register."""
    risk = ws.risks.create(title="Ransomware", inherent_likelihood=4, inherent_impact=5)
    incident = ws.incidents.create(title="Virus", severity="high", detected_at=AWARE)
    return [
        (lambda: ws.risks.get(12345),
         "Risk 12345 does not exist (it may have been deleted).",
         "Riesgo 12345 no existe (puede que se haya eliminado)."),
        (lambda: ws.assets.create(name="Mail", kind="system", confidentiality=9),
         "Confidentiality must be at most 5.",
         "El campo «Confidencialidad» debe ser como máximo 5."),
        (lambda: ws.assets.create(name="Mail", kind="system", owner_id=999),
         "Owner: Person 999 does not exist.",
         "Propietario: Persona 999 no existe."),
        (lambda: ws.risks.update(risk, status="treating"),
         "A risk must be assessed before it can be “Being treated”.",
         "Un riesgo debe evaluarse antes de pasar a «En tratamiento»."),
        (lambda: ws.risks.create(title="Half a score", inherent_likelihood=3,
                                 inherent_impact=3, residual_likelihood=2),
         "Give both likelihood and impact for the residual score, or neither.",
         "Indique tanto la probabilidad como el impacto de la puntuación residual, o ninguno de los dos."),
        # A value the user typed that happens to be one of our words stays as typed.
        (lambda: ws.settings.get("impact"),
         "There is no setting 'impact'.",
         "No existe el ajuste «impact»."),
        (lambda: ws.settings.set("matrix", {"likelihood_labels": ["Low", "Mid", "Mid"],
                                            "impact_labels": ["X", "Y", "Z"]}),
         "Two likelihood steps are both called “Mid”; each needs its own name.",
         "Dos grados de probabilidad se llaman «Mid»; cada uno necesita su propio nombre."),
        (lambda: ws.incidents.create(title="Late", severity="low", detected_at=AWARE,
                                     occurred_at=datetime(2026, 11, 21, tzinfo=UTC)),
         "Detected at cannot be before “Occurred at”.",
         "«Fecha de detección» no puede ser anterior a «Fecha en que se produjo»."),
        (lambda: ws.breaches.assess(incident, aware_at=AWARE, rights_risk="risk",
                                    authority_notified_at=datetime(2026, 11, 19, tzinfo=UTC)),
         "The time the supervisory authority was notified cannot be earlier than the time the "
         "organisation became aware of the breach.",
         "El momento en que se notificó a la autoridad de control no puede ser anterior al "
         "momento en que la organización tuvo conocimiento de la brecha."),
        (lambda: analysis.run({"mode": "annual"}, trials=10),
         "Use between 1,000 and 2,000,000 trials.",
         "Use entre 1.000 y 2.000.000 simulaciones."),
        (lambda: KeyService(ws).add_slot("Bob Stone", "CSO", "short"),
         "The passphrase must have at least 10 characters; a few unrelated words work well.",
         "La frase de contraseña debe tener al menos 10 caracteres; unas cuantas palabras sin "
         "relación entre sí funcionan bien."),
        (lambda: ws.catalogues.add("threat", "t-ransomware", "Mine"),
         "The code T-RANSOMWARE belongs to a built-in threat entry; choose another code for "
         "your own entry.",
         "El código T-RANSOMWARE pertenece a una entrada integrada (amenaza); elija otro código "
         "para su propia entrada."),
    ]


def test_service_errors_are_english_in_the_log_and_spanish_where_they_are_shown(workspace):
    es, en = words_for("es"), words_for("en")
    for action, english, spanish in _cases(workspace):
        exc = _raised(action)
        assert str(exc) == english
        assert en.error(exc) == english
        assert es.error(exc) == spanish, english
        assert exc.template, english  # the message id travels with the error


def test_a_validation_error_moved_to_another_field_keeps_its_message_id(workspace):
    ws = workspace
    approver = ws.people.create(name="Bob Stone", role="CSO")
    with pytest.raises(ValidationError) as info:
        ws.risks.create(title="Accepted", inherent_likelihood=2, inherent_impact=2,
                        treatment="accept", acceptance_approver_id=approver,
                        acceptance_expires_on=datetime(2020, 1, 1, tzinfo=UTC).date())
    assert info.value.field == "acceptance_expires_on"
    assert words_for("es").error(info.value) == "La aceptación debe vencer después de hoy."


def test_storage_errors_keep_the_path_and_the_slot_as_they_are(workspace, register_path):
    workspace.close()
    wrong = _raised(lambda: open_workspace(register_path, "not the passphrase at all"))
    assert str(wrong) == "Wrong passphrase for 'Ana Ruiz (CPO)', or the key header was altered."
    assert words_for("es").error(wrong) == ("Frase de contraseña incorrecta para «Ana Ruiz (CPO)», "
                                            "o se ha alterado la cabecera de claves.")
    nowhere = register_path.parent / "Nowhere.privguard"
    missing = _raised(lambda: open_workspace(nowhere, PASSPHRASE))
    assert str(missing) == f"There is no register at {nowhere}."
    assert words_for("es").error(missing) == f"No hay ningún registro en {nowhere}."


def _flip_byte(db: Path, page: int, offset: int = 100) -> None:
    data = bytearray(db.read_bytes())
    data[page * 4096 + offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_a_damaged_register_says_how_many_problems_in_each_language(workspace, register_path):
    for i in range(40):
        workspace.people.create(name=f"Person {i}", role="Other")
    workspace.register.backup("manual")
    workspace.close()
    db = register_path / "register.db"
    pages = db.stat().st_size // 4096
    assert pages > 3
    _flip_byte(db, pages - 2)
    _flip_byte(db, pages - 3)
    with pytest.raises(RegisterDamaged) as info:
        open_workspace(register_path, PASSPHRASE)
    exc = info.value
    english, spanish = str(exc), words_for("es").error(exc)
    backups = str(register_path / "backups")
    assert english.startswith("The register is damaged (2 problems, first: ")
    assert "Nothing was changed." in english
    assert "problem(s)" not in english and backups in english
    assert spanish.startswith("El registro está dañado (2 problemas; el primero: ")
    assert "No se ha cambiado nada." in spanish
    assert "Las copias de seguridad se guardan en " + backups in spanish
    assert "problem" not in spanish.replace("problema", "")
