"""Reusable flowables: headings, data tables that split with repeated headers, field lists.

A heading carries ``section`` (its level and words) so the page furniture can name the
section a page goes on with ("Timeline (continued)"); a table's row cut by a page break
says "(continued)" where it goes on (styles.ContinuedTable).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from privguard.reports import fonts
from privguard.reports.markup import TextParagraph, esc, plain
from privguard.reports.styles import INK, MUTED, RULE, field_table, grid_table, new_table, styles


def text(value: Any, style: Any = None) -> Paragraph:
    """User text as a wrapped, escaped paragraph."""
    return TextParagraph(esc(value), style or styles().cell)


def heading(value: str, level: int = 1, style: ParagraphStyle | None = None) -> Paragraph:
    """A section (level 1) or subsection (level 2) heading; pages that a section runs on
    to name it in their top margin."""
    s = styles()
    flowable = Paragraph(esc(value), style or (s.h1 if level == 1 else s.h2))
    flowable.section = (level, " ".join(plain(value).split()))
    return flowable


def body(value: str) -> Paragraph:
    return TextParagraph(esc(value), styles().body)


def note(value: str) -> Paragraph:
    return TextParagraph(esc(value), styles().note)


def _scaled(fractions: Sequence[float], width: float) -> list[float]:
    total = sum(fractions)
    return [width * f / total for f in fractions]


_PAD = 4.0  # cell padding each side, as in styles.grid_table
_CELL_FONT_SIZE = 8


@functools.lru_cache(maxsize=4096)
def _label_lines(label: str, width: float) -> str:
    """Our own labels, pre-broken into lines once: a plain cell is far cheaper than a
    Paragraph, and the same labels repeat for every record."""
    return "\n".join(simpleSplit(label, fonts.BOLD, _CELL_FONT_SIZE, width))


def _cell(value: Any, right: bool, width: float) -> Any:
    """A table cell: flowables as they are; text that fits on one line as a plain string
    (drawn literally, never parsed as markup); longer text as an escaped paragraph."""
    if isinstance(value, Flowable) or (isinstance(value, list) and value
                                       and all(isinstance(v, Flowable) for v in value)):
        return value
    text = plain(value)
    if "\n" not in text and stringWidth(text, fonts.REGULAR, _CELL_FONT_SIZE) <= width:
        return text
    s = styles()
    return TextParagraph(esc(text), s.cell_right if right else s.cell)


def _plain_text_style(style: TableStyle, first_row: int) -> None:
    style.add("FONT", (0, first_row), (-1, -1), fonts.REGULAR, _CELL_FONT_SIZE, 10)
    style.add("TEXTCOLOR", (0, first_row), (-1, -1), INK)


def data_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               width: float, *, right: Sequence[int] = (), extra: Sequence[tuple] = ()) -> Table:
    """A table that may run over many pages; the header row repeats on each.

    ``widths`` are relative column widths, scaled to ``width`` points;
    ``right`` lists columns aligned right (amounts); cells may be flowables.
    """
    s = styles()
    columns = _scaled(widths, width)
    data: list[list[Any]] = [[Paragraph(esc(h), s.head) for h in headers]]
    data += [[_cell(v, i in right, columns[i] - 2 * _PAD) for i, v in enumerate(row)]
             for row in rows]
    # splitInRow: a cell taller than a page (a 20,000-character field) goes on over pages.
    table = new_table(data, long=True, colWidths=columns, repeatRows=1, hAlign="LEFT",
                      splitInRow=1)
    style = grid_table()
    _plain_text_style(style, 1)
    for column in right:
        style.add("ALIGN", (column, 1), (column, -1), "RIGHT")
    for command in extra:
        style.add(*command)
    table.setStyle(style)
    return table


def fields(pairs: Sequence[tuple[str, Any]], width: float, label_fraction: float = 0.32) -> Table:
    """Label / value rows for one record; values may be flowables or user text."""
    columns = _scaled([label_fraction, 1 - label_fraction], width)
    inner = [c - 2 * (_PAD + 1) for c in columns]
    data = [[_label_lines(label, inner[0]), _cell(value, False, inner[1])]
            for label, value in pairs]
    table = new_table(data, long=True, colWidths=columns, hAlign="LEFT", splitInRow=1)
    table.key_column = True  # a field cut by a page break goes on under its label again
    style = field_table()
    _plain_text_style(style, 0)
    style.add("FONT", (0, 0), (0, -1), fonts.BOLD, _CELL_FONT_SIZE, 10)
    style.add("TEXTCOLOR", (0, 0), (0, -1), MUTED)
    table.setStyle(style)
    return table


def panel(flowables: list[Flowable], width: float, background: colors.Color,
          edge: colors.Color) -> Table:
    """A tinted box with a coloured left edge, for the summary's key messages."""
    table = new_table([[flowables]], colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, edge),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
    ]))
    return table
