"""Where to save a file: the native dialog, and the suffix the file must end in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix``: added, not swapped, so "Board Q3 v1.2" does not
    become "Board Q3 v1.pdf"."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_save_path(parent: QWidget, title: str, suggested: Path, filter_text: str,
                  suffix: str) -> Path | None:
    """The path the person chose, ending in ``suffix``; None when they cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filter_text)
    return with_suffix(Path(name), suffix) if name else None
