"""Keep the gettext catalogue in step with the code (a developer tool).

    python -m privguard.words_tool                 # extract, merge into each .po, compile .mo
    python -m privguard.words_tool --fill F.json   # also set translations from {msgid: msgstr}
    python -m privguard.words_tool --fill-dir D    # the same for every D/*.json
    python -m privguard.words_tool --check         # exit 1 on a missing or fuzzy translation,
                                                   # or a .mo that does not match its .po

Message ids come from two places: calls in the code (``N_``, ``Phrase``,
``ValidationError.of``, ``words(...)``, ``t(...)``, ``ngettext``, ``plural``,
``pgettext``), found by Babel's extractor, and the data the domain ships (field
labels, choice values, matrix labels, DPIA criteria, catalogue entries keyed
by code), listed here. The ``.mo`` files are committed beside their ``.po`` so a
source checkout and a wheel find them alike; ``--check`` (run by the tests)
proves they match.

In a fill file a key "context\\u0004msgid" sets a message with a context, and a
list sets the plural forms.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
from enum import StrEnum
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "privguard"
LOCALE_DIR = ROOT / "resources" / "locale"
LANGUAGES = ("es",)
DOMAIN = "privguard"

KEYWORDS = {
    "N_": None, "_": None, "gettext": None, "t": None, "words": None, "w": None,
    "Phrase": None, "of": None,
    "ngettext": (1, 2), "plural": (1, 2),
    "pgettext": ((1, "c"), 2),
}


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def _data_messages() -> list[tuple[str, str | None, str | None]]:
    """(msgid, context, comment) of the words the domain ships as data."""
    from privguard.domain import catalogue, dpia, enums, matrix, workflow
    from privguard.domain.entities import SPECS
    from privguard.words import choice_source

    found: list[tuple[str, str | None, str | None]] = []
    labels = ({field.label for spec in SPECS.values() for field in spec.fields}
              | {spec.label for spec in SPECS.values()}
              | {rel.replace("_", " ").capitalize() for spec in SPECS.values() for rel in spec.links})
    found += [(label, "field", None) for label in sorted(labels)]
    choices = {choice_source(member.value) for enum in vars(enums).values()
               if isinstance(enum, type) and issubclass(enum, StrEnum) and enum is not StrEnum
               for member in enum}
    found += [(text, "choice", None) for text in sorted(choices)]
    status = {*workflow.RISK_STATUS_LABELS.values(), *workflow.INCIDENT_STATUS_LABELS.values()}
    found += [(text, None, "status name") for text in sorted(status)]
    levels = [level.label for level in matrix.DEFAULT_LEVELS]
    for text in (*matrix.DEFAULT_LIKELIHOOD_LABELS, *matrix.DEFAULT_IMPACT_LABELS, *levels):
        found.append((text, "matrix", None))
    found += [(text, "dpia", None) for pair in dpia.CRITERIA_TEXT.values() for text in pair]
    # Words the catalogues' attributes use (a threat's family and nature, a control's domain
    # and kind, loss forms) are shown as choices.
    attribute_words = {"productivity", "response", "replacement", "fines", "reputation"}
    for kind in catalogue.CATALOGUE_KINDS:
        for entry in catalogue.builtin(kind):
            for key in ("family", "nature", "domain", "kind"):
                if isinstance(entry.attributes.get(key), str):
                    attribute_words.add(entry.attributes[key])
            attribute_words.update(entry.attributes.get("typical_loss_forms") or ())
    found += [(text, "choice", None) for text in sorted({choice_source(w) for w in attribute_words}
                                                        - choices)]
    for kind in catalogue.CATALOGUE_KINDS:
        for entry in catalogue.builtin(kind):
            found.append((entry.name, f"catalogue:{kind}:{entry.code}", None))
            if entry.description:
                found.append((entry.description, f"catalogue:{kind}:{entry.code}:description", None))
    return found


def template() -> Catalog:
    """Every message id of the program, as a fresh catalogue template."""
    pot = Catalog(project="PrivGuard", domain=DOMAIN, charset="utf-8")
    method_map = [("**/ui/domain_strings.py", "ignore"), ("**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
            str(SOURCES), method_map=method_map, keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",), strip_comment_tags=True):
        if isinstance(message, tuple) and not all(message):
            continue  # a call whose first argument is not a literal (a variable), e.g. t(key)
        if not message:
            continue
        pot.add(message, locations=[(filename, lineno)], auto_comments=comments, context=context)
    for message, context, comment in _data_messages():
        if message:
            pot.add(message, context=context, auto_comments=[comment] if comment else [])
    return pot


def _read(path: Path, lang: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=lang, domain=DOMAIN, project="PrivGuard", charset="utf-8")
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, sort_output=False,
             ignore_obsolete=True, include_previous=False, include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def apply_fills(catalog: Catalog, fills: dict[str, object]) -> int:
    count = 0
    for key, value in fills.items():
        context, _, msgid = key.rpartition("\x04")
        message = catalog.get(msgid, context or None)
        if message is None:
            continue
        message.string = tuple(value) if isinstance(value, list) else str(value)
        message.flags.discard("fuzzy")
        count += 1
    return count


def problems(catalog: Catalog) -> list[str]:
    """Messages with no translation, or a fuzzy one (a guess Babel made when an id changed)."""
    found = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s and s.strip() for s in strings):
            where = f"[{message.context}] " if message.context else ""
            label = message.id if isinstance(message.id, str) else message.id[0]
            found.append(("fuzzy: " if message.fuzzy else "missing: ") + where + label)
    return found


def mo_matches_po(lang: str) -> bool:
    return mo_path(lang).exists() and mo_path(lang).read_bytes() == mo_bytes(_read(po_path(lang), lang))


def check(lang: str, pot: Catalog | None = None) -> list[str]:
    """What keeps ``lang`` from being complete: ids the code uses that the .po lacks, missing or
    fuzzy translations, translations whose blanks differ, and a .mo that does not match."""
    pot = template() if pot is None else pot
    catalog = _read(po_path(lang), lang)
    found = [f"not in the .po: {m.id!r}" for m in pot
             if m.id and catalog.get(m.id, m.context) is None]
    found += problems(catalog)
    found += blank_mismatches(catalog)
    if not mo_matches_po(lang):
        found.append(f"{mo_path(lang).name} does not match {po_path(lang).name}: "
                     "run python -m privguard.words_tool")
    return found


def _blanks(text: str) -> set[str]:
    import string

    try:
        return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<unbalanced braces>"}


def blank_mismatches(catalog: Catalog) -> list[str]:
    """Translations that lose or invent a ``{blank}``: they would fall back to English."""
    found = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set().union(*(_blanks(i) for i in ids))
        for text in strings:
            if text and not _blanks(text) <= wanted | {"n"}:
                found.append(f"blanks differ: {ids[0]!r} → {text!r}")
            elif text and len(ids) == 1 and _blanks(text) != wanted:
                found.append(f"blanks differ: {ids[0]!r} → {text!r}")
    return found


def update(fills: dict[str, object] | None = None) -> dict[str, Catalog]:
    pot = template()
    updated = {}
    for lang in LANGUAGES:
        catalog = _read(po_path(lang), lang)
        catalog.update(pot, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        if fills:
            apply_fills(catalog, fills)
        _write_atomic(po_path(lang), po_bytes(catalog))
        _write_atomic(mo_path(lang), mo_bytes(catalog))
        updated[lang] = catalog
    return updated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check: exit 1 on a missing or fuzzy translation or a stale .mo")
    parser.add_argument("--fill", type=Path, action="append", default=[],
                        help="JSON {msgid: translation} to apply (may be repeated)")
    parser.add_argument("--fill-dir", type=Path,
                        help="apply every *.json in this folder, in name order, before --fill")
    args = parser.parse_args(argv)
    if args.check:
        status = 0
        pot = template()
        for lang in LANGUAGES:
            found = check(lang, pot)
            print(f"{lang}: {len(found)} problem(s)")
            for line in found[:80]:
                print(f"  {line}")
            status = status or (1 if found else 0)
        return status
    fills: dict[str, object] = {}
    paths = sorted(args.fill_dir.glob("*.json")) if args.fill_dir else []
    for path in [*paths, *args.fill]:
        fills.update(json.loads(path.read_text(encoding="utf-8")))
    for lang, catalog in update(fills).items():
        left = problems(catalog)
        print(f"{lang}: {len(catalog)} messages, {len(left)} untranslated or fuzzy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
