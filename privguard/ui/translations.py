"""Keep the translation catalogues in step with the code (a developer tool).

    python -m privguard.ui.translations            # update .ts from the code, build .qm
    python -m privguard.ui.translations --check    # exit 1 if anything is untranslated

Qt's catalogue holds only the texts written in widgets (``self.tr``, ``tr``),
found by Qt's lupdate. Every other word — field labels, choice values,
catalogue entries, error messages — is in the gettext catalogue of
``privguard.words`` (``python -m privguard.words_tool``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own catalogue files, not untrusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "privguard" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("es",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} was not found (it comes with PySide6-Essentials).")
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py") if p.name != "translations.py")


def update(ts: Path) -> None:
    subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),  # noqa: S603 - our own tool and files
                    "-ts", str(ts)], check=True, capture_output=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)],  # noqa: S603 - our own tool
                   check=True, capture_output=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)  # noqa: S314 - our own file
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished") \
                    or not (translation.text or "").strip():
                if translation is not None and translation.get("type") == "vanished":
                    continue
                missing.append((name, message.findtext("source")))
    return missing


def fill(ts: Path, mapping: dict[str, str]) -> int:
    """Set translations from a {source: translation} mapping; returns how many were set."""
    tree = ET.parse(ts)  # noqa: S314 - our own file
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in mapping and translation is not None:
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings")
    parser.add_argument("--fill", type=Path, help="JSON {source: translation} to apply (es)")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = TS_DIR / f"privguard_{lang}.ts"
        update(ts)
        if args.fill:
            import json

            print(f"{fill(ts, json.loads(args.fill.read_text(encoding='utf-8')))} filled")
        release(ts, TS_DIR / f"privguard_{lang}.qm")
        missing = unfinished(ts)
        print(f"{lang}: {len(missing)} untranslated")
        if args.check and missing:
            for context, source in missing[:50]:
                print(f"  [{context}] {source}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
