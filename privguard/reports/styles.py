"""The look of every report: a restrained palette, one type family, a clear hierarchy."""

from __future__ import annotations

import functools
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Table, TableStyle

from privguard.reports import fonts

INK = colors.HexColor("#1d2433")
MUTED = colors.HexColor("#5b6475")
NAVY = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#2b6f8e")
RULE = colors.HexColor("#d5dae2")
ZEBRA = colors.HexColor("#f4f6f9")
PANEL = colors.HexColor("#eef2f7")
ALERT = colors.HexColor("#b42318")
OK = colors.HexColor("#2e7d32")
SERIES = [colors.HexColor(c) for c in
          ("#1f3a5f", "#c2410c", "#2b6f8e", "#7c3aed", "#15803d", "#b45309", "#be185d")]


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle
    callout: ParagraphStyle
    ask: ParagraphStyle


@functools.cache
def styles() -> Styles:
    regular = fonts.register()
    bold = fonts.BOLD
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, bulletFontName=regular)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=bold, fontSize=26, leading=32,
                             textColor=NAVY, spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18,
                                textColor=MUTED, spaceAfter=24),
        h1=ParagraphStyle("h1", parent=base, fontName=bold, fontSize=15, leading=19,
                          textColor=NAVY, spaceBefore=14, spaceAfter=8, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11.5, leading=15,
                          textColor=ACCENT, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        body=ParagraphStyle("body", parent=base, spaceAfter=6),
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        note=ParagraphStyle("note", parent=base, fontSize=8, leading=10.5, textColor=MUTED,
                            spaceBefore=3, spaceAfter=8),
        cell=ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        cell_bold=ParagraphStyle("cell_bold", parent=base, fontName=bold, fontSize=8,
                                 leading=10),
        cell_right=ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10,
                                  alignment=TA_RIGHT),
        head=ParagraphStyle("head", parent=base, fontName=bold, fontSize=7.5, leading=9.5,
                            textColor=colors.white),
        label=ParagraphStyle("label", parent=base, fontName=bold, fontSize=8, leading=10,
                             textColor=MUTED),
        callout=ParagraphStyle("callout", parent=base, fontSize=10, leading=14.5,
                               spaceAfter=4),
        ask=ParagraphStyle("ask", parent=base, fontSize=9.5, leading=13.5, leftIndent=14,
                           bulletIndent=0, spaceAfter=5),
    )


#: "(continued)" in the language of the report being laid out (pages.render sets it): the
#: mark a table row carries on the page it goes on to.
CONTINUED: ContextVar[str] = ContextVar("continued", default="(continued)")


class ContinuedTable(LongTable):
    """A table that may split inside a row (a 20,000-character field), and says so.

    The rest of a split row, on the next page, says "(continued)" above the text that
    goes on; in a label / value table (``key_column``) the row's label is repeated with
    the mark, so the reader knows which field goes on.
    """

    key_column = False

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        first, rest = parts
        first.key_column = rest.key_column = self.key_column
        header = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if first._nrows + rest._nrows - header == self._nrows + 1:  # a row was cut in two
            _mark(first._cellvalues[-1], rest, header, self.key_column)
        return parts


#: Room above a cell's text for the mark, in points.
MARK_ROOM = 9.0


class ContinuedMark(Flowable):
    """"(continued)" over the text of a cell that goes on from the page before.

    It has no height: it draws in room added to the cell's top padding. A mark that
    took lines of its own could be all that fits of a cell on a page, and the table
    would then go on splitting without moving its text on.
    """

    def __init__(self, word: str):
        super().__init__()
        self.word = word
        self.room = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.room = availWidth
        return availWidth, 0

    def draw(self) -> None:
        if stringWidth(self.word, fonts.ITALIC, 7) > self.room:
            return  # a column too narrow for the word: the page's caption says it
        self.canv.saveState()
        self.canv.setFont(fonts.ITALIC, 7)
        self.canv.setFillColor(MUTED)
        self.canv.drawString(0, 2, self.word)
        self.canv.restoreState()


def _mark(top: list, rest: Table, row: int, key_column: bool) -> None:
    """Mark the part of a row that goes on to the next page."""
    word = CONTINUED.get()
    cells = rest._cellvalues[row]
    if key_column and isinstance(top[0], str) and top[0].strip():
        # Our own label, a line or two: it repeats, with the word under it.
        cells[0] = top[0] if top[0].endswith(word) else f"{top[0]}\n{word}"
        rest._argH[row] = None  # measured again, with the word
        return
    for i, value in enumerate(cells):
        if isinstance(value, list | tuple) and value:
            if not isinstance(value[0], ContinuedMark):
                cells[i] = [ContinuedMark(word), *value]
            style = rest._cellStyles[row][i]
            if not getattr(style, "continued_room", False):
                style.topPadding += MARK_ROOM
                style.continued_room = True
                rest._argH[row] = None  # measured again, with the room for the mark
            return


def new_table(data: list, *, long: bool = False, **kwargs: Any) -> Table:
    """A reportlab table whose cells start in our embedded face: reportlab's default cell
    font is Helvetica, which it then declares (unembedded) on every page."""
    table = (ContinuedTable if long else Table)(data, **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.register())]))
    return table


def grid_table(header_rows: int = 1, zebra: bool = True) -> TableStyle:
    """Data tables: a dark header row repeated on each page, light rules, zebra rows."""
    commands = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(commands)


def field_table() -> TableStyle:
    """Label / value tables (a record's fields): labels in a muted column, light rules."""
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), PANEL),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.6, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ])
