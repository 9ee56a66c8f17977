"""Scores on the register's matrix as table cells: "12 · High" on the level's colour."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from privguard.domain.matrix import RiskMatrix
from privguard.reports.i18n import Translator
from privguard.reports.markup import esc
from privguard.reports.styles import INK, styles

Cell = tuple[int, int] | None


def effective(risk: dict[str, Any], *stages: str) -> Cell:
    """The first stage of ``stages`` that has a score (e.g. residual, else current)."""
    for stage in stages:
        if risk.get(stage):
            return risk[stage]
    return None


def value(cell: Cell) -> int:
    return cell[0] * cell[1] if cell else 0


def above_appetite(matrix: RiskMatrix, cell: Cell) -> bool:
    return cell is not None and value(cell) > matrix.appetite


def chip(matrix: RiskMatrix, cell: Cell, t: Translator) -> tuple[Paragraph, colors.Color | None]:
    """The cell's paragraph and the background the table should give it."""
    s = styles()
    if not cell:
        return Paragraph(esc(t("not scored")), s.small), None
    level = matrix.level(*cell)
    fill = colors.HexColor(level.colour)
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    ink = "#ffffff" if luminance < 0.62 else INK.hexval().replace("0x", "#")
    markup = f'<font color="{ink}"><b>{value(cell)}</b> {esc(t.matrix(level.label))}</font>'
    return Paragraph(markup, s.cell), fill


def chip_columns(matrix: RiskMatrix, rows: list[list[Any]], cells: list[list[Cell]],
                 columns: list[int], t: Translator) -> list[tuple]:
    """Put score chips into ``rows`` at ``columns``; returns the table style commands."""
    commands: list[tuple] = []
    for r, (row, row_cells) in enumerate(zip(rows, cells, strict=True), start=1):
        for column, cell in zip(columns, row_cells, strict=True):
            paragraph, fill = chip(matrix, cell, t)
            row[column] = paragraph
            if fill is not None:
                commands.append(("BACKGROUND", (column, r), (column, r), fill))
    return commands
