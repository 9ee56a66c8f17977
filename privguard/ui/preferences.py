"""Per-user preferences that live outside any register: recent registers, window size.

Kept in a small JSON file in the user's config folder (platformdirs). It holds
no register content, only folder paths, and is written atomically.
``PRIVGUARD_CONFIG_DIR`` points it elsewhere (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_path

from privguard.fileio import write_atomic

MAX_RECENT = 8


def config_dir() -> Path:
    override = os.environ.get("PRIVGUARD_CONFIG_DIR")
    return Path(override) if override else user_config_path("PrivGuard", appauthor=False)


class Preferences:
    def __init__(self, folder: Path | None = None):
        self.path = (folder or config_dir()) / "preferences.json"
        self.data: dict[str, Any] = {}
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data = loaded
        except (OSError, ValueError):
            self.data = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.save()

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.data, indent=1).encode("utf-8"))
        except OSError:
            pass  # Preferences are a convenience; failing to save them must not stop work.

    def recent(self) -> list[Path]:
        paths = [Path(p) for p in self.data.get("recent", []) if isinstance(p, str)]
        return [p for p in paths if (p / "keys.json").exists()]

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.data.get("recent", []) if p != text]
        self.set("recent", [text, *recent][:MAX_RECENT])
