"""The look of every report: a restrained palette, one type family, a clear hierarchy."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Table, TableStyle

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


def new_table(data: list, *, long: bool = False, **kwargs: Any) -> Table:
    """A reportlab table whose cells start in our embedded face: reportlab's default cell
    font is Helvetica, which it then declares (unembedded) on every page."""
    table = (LongTable if long else Table)(data, **kwargs)
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
