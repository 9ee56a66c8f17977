"""Page furniture and the build: cover, header and footer, "Page n of N", bytes out.

"n of N" needs the page count before the first page is finished, so the
canvas keeps every page's drawing state and stamps the numbers when the
document is saved (reportlab's two-pass canvasmaker pattern).

A page that a section runs on to (its first flowable is not a heading) names the
section in its top margin, "Timeline (continued)": the document follows the
headings as they are laid out (``afterFlowable``) and writes the line when the
page is finished (``afterPage``), once it knows what the page starts with.

A story that cannot be laid out (reportlab's LayoutError: something taller than a
page that cannot be split) ends in one line naming the section and the text that
did not fit, not in reportlab's description of its flowables.

Every heading is a PDF bookmark (the reader's outline) and a destination that
links can point to (``PageRef``: an index's page number, written once the pages
are known, in the same single layout pass, and the row it stands in a link). The
canvas keeps the pages until the document is saved, so a destination is bound to
its page then, when the page's number is known.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import ActionFlowable, LayoutError
from reportlab.platypus.flowables import NullDraw

from privguard.domain.errors import PrivGuardError
from privguard.reports import fonts
from privguard.reports.i18n import Translator
from privguard.reports.markup import esc, plain
from privguard.reports.model import RenderedReport, ReportMeta
from privguard.reports.progress import Steps
from privguard.reports.styles import (
    ACCENT,
    ALERT,
    CONTINUED,
    INK,
    MUTED,
    NAVY,
    PANEL,
    RULE,
    new_table,
    styles,
)

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm


def frame_width(wide: bool = False) -> float:
    """Width in points of the text frame of a portrait (or wide, landscape) page."""
    return (landscape(A4) if wide else A4)[0] - 2 * MARGIN_X


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` points (canvas strings
    do not wrap, and draw control characters as boxes)."""
    text = " ".join(plain(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits with the ellipsis: a search
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _is_content(flowable: Flowable) -> bool:
    """Whether ``flowable`` prints something (not a spacer, a break or a template switch)."""
    return not isinstance(flowable, NullDraw | ActionFlowable)


def _plain_words(flowable: Any, limit: int = 60) -> str:
    """The first words of what ``flowable`` prints, for an error message."""
    if getattr(flowable, "_content", None):  # a keep-together group: its first flowable
        return _plain_words(flowable._content[0], limit)
    if isinstance(flowable, Paragraph):
        found = flowable.getPlainText()
    elif isinstance(flowable, Table):
        # The tallest row is the one that did not fit; its first cell names it.
        heights = [h or 0 for h in getattr(flowable, "_rowHeights", None) or []]
        row = heights.index(max(heights)) if heights else 0
        cells = flowable._cellvalues[row] if flowable._cellvalues else []
        found = ""
        for cell in cells:
            found = _plain_words(cell[0] if isinstance(cell, list | tuple) and cell else cell)
            if found:
                break
    elif isinstance(flowable, str):
        found = flowable
    else:
        found = ""
    found = " ".join(plain(found).split())
    return found if len(found) <= limit else found[:limit - 1] + "…"


class _NumberedCanvas(pdfcanvas.Canvas):
    def __init__(self, *args: Any, page_label: Callable[[int, int], str], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._pages: list[dict[str, Any]] = []
        self.numbered = True
        #: the page each destination is on (1-based), as the layout reaches it
        self.anchors: dict[str, int] = {}
        # This page's destinations (key, top) and page numbers to write (key, x, y, size).
        self._marks: list[tuple[str, float]] = []
        self._refs: list[tuple[str, float, float, float]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._marks, self._refs = [], []
        self._startPage()

    def mark(self, key: str, top: float) -> None:
        """A destination named ``key`` on the page being laid out, ``top`` points up."""
        if key in self.anchors:
            return
        self.anchors[key] = len(self._pages) + 1
        self._marks.append((key, top))

    def page_ref(self, key: str, x: float, y: float, size: float) -> None:
        """Write, right-aligned at (x, y) of this page, the number of the page ``key`` is on."""
        self._refs.append((key, x, y, size))

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            # Bound now: reportlab names a destination's page by the pages already written.
            for key, top in self._marks:
                self.bookmarkHorizontalAbsolute(key, top)
            for key, x, y, size in self._refs:
                if key in self.anchors:
                    self.setFont(fonts.REGULAR, size)
                    self.setFillColor(INK)
                    self.drawRightString(x, y, str(self.anchors[key]))
            if self.numbered:
                self._stamp(number, total)
            super().showPage()
        super().save()

    def _stamp(self, number: int, total: int) -> None:
        width = self._pagesize[0]
        self.setFont(fonts.REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 10 * mm,
                             self._page_label(number, total))


class ReportDocument(BaseDocTemplate):
    """A4 document with a cover template and a body template."""

    def __init__(self, buffer: io.BytesIO, meta: ReportMeta, t: Translator, title: str, *,
                 wide: bool = False, steps: Steps | None = None, expected: int = 1):
        fonts.register()
        size = landscape(A4) if wide else A4
        # initialFontName: every page starts in our embedded face; otherwise reportlab
        # declares its unembedded Helvetica on each page. lang: the /Lang a reader's screen
        # reader and the PDF/UA checks look for.
        super().__init__(buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title,
                         author=meta.author, subject=f"{title} — {meta.organisation}",
                         creator="PrivGuard", producer="PrivGuard (reportlab)",
                         initialFontName=fonts.REGULAR, lang=meta.lang)
        self.meta, self.t, self.report_title = meta, t, title
        self._steps = steps or Steps()
        self._expected = max(1, expected)
        self._done = 0
        # The headings laid out so far, by level; what the current page started in and
        # starts with; the flowable being laid out (to name it if it cannot be).
        self.sections: dict[int, str] = {}
        self._page_sections: dict[int, str] = {}
        self._page_first: Flowable | None = None
        self.current: Flowable | None = None
        self._headings = 0
        self._outline_level = -1
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._on_cover),
            PageTemplate("body", [body], onPage=self._on_body),
        ])

    # Called by reportlab after each flowable is laid out: the place to report progress
    # and to stop a long layout when the person cancels.
    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        self._done += 1
        if self._done % 20 == 0:
            self._steps.report(self._done / self._expected)
        if self._page_first is None and _is_content(flowable):
            self._page_first = flowable
        section = getattr(flowable, "section", None)
        if section:
            level, words = section
            self.sections = {k: v for k, v in self.sections.items() if k < level}
            self.sections[level] = words
            self._bookmark(flowable, level, words)

    def _bookmark(self, flowable: Flowable, level: int, words: str) -> None:
        """The heading just laid out as a destination and an entry of the PDF's outline."""
        canv = self.canv
        if not hasattr(canv, "mark"):
            return
        self._headings += 1
        key = getattr(flowable, "anchor", None) or f"h{self._headings}"
        top = self.frame._y + getattr(flowable, "height", 0) + flowable.getSpaceAfter() + 2
        canv.mark(key, top)
        # An outline level may go at most one deeper than the one before it.
        outline = min(max(level - 1, 0), self._outline_level + 1)
        self._outline_level = outline
        canv.addOutlineEntry(words or "—", key, level=outline)

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self.current = flowables[0] if flowables else None
        super().handle_flowable(flowables)

    def beforePage(self) -> None:  # noqa: N802 - reportlab's name
        self._page_sections = dict(self.sections)
        self._page_first = None

    def afterPage(self) -> None:  # noqa: N802 - reportlab's name
        """On a body page that a section runs on to, name the section above the text."""
        if self.pageTemplate.id != "body" or self._page_first is None:
            return
        first = getattr(self._page_first, "section", None)
        level = first[0] if first else None
        names = [v for k, v in sorted(self._page_sections.items()) if level is None or k < level]
        if not names:
            return
        canv, width = self.canv, self.pagesize[0] - 2 * MARGIN_X
        room = width - stringWidth(self.t("{section} (continued)", section=""), fonts.ITALIC, 7)
        caption = self.t("{section} (continued)",
                         section=fit(" › ".join(names), fonts.ITALIC, 7, room))
        canv.saveState()
        canv.setFont(fonts.ITALIC, 7)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, self.pagesize[1] - MARGIN_TOP + 2 * mm, caption)
        canv.restoreState()

    def section_path(self) -> str:
        """The section being laid out, "Summary › Decisions", for a message."""
        return " › ".join(v for _k, v in sorted(self.sections.items()))

    def _on_cover(self, canv: Any, doc: Any) -> None:
        canv.numbered = False
        width, height = self.pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        canv.rect(0, height - 15.2 * mm, width, 1.2 * mm, stroke=0, fill=1)
        canv.setFont(fonts.BOLD, 9)
        canv.setFillColorRGB(1, 1, 1)
        canv.drawString(MARGIN_X, height - 8.8 * mm, "PrivGuard")
        canv.drawRightString(width - MARGIN_X, height - 8.8 * mm,
                             self.t("Confidential").upper())
        canv.restoreState()

    def _on_body(self, canv: Any, doc: Any) -> None:
        canv.numbered = True
        width, height = self.pagesize
        t, meta = self.t, self.meta
        canv.saveState()
        top = height - MARGIN_TOP + 8 * mm
        classification = t("Confidential").upper()
        canv.setFont(fonts.BOLD, 7.5)
        canv.setFillColor(ALERT)
        canv.drawRightString(width - MARGIN_X, top, classification)
        room = width - 2 * MARGIN_X - stringWidth(classification, fonts.BOLD, 7.5) - 10 * mm
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, top, fit(f"{meta.organisation} · {self.report_title}",
                                           fonts.REGULAR, 7.5, room))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = MARGIN_BOTTOM - 6 * mm
        canv.line(MARGIN_X, bottom, width - MARGIN_X, bottom)
        footer = t("Generated {when} by {who}", when=t.datetime(meta.generated_at), who=meta.author)
        canv.drawString(MARGIN_X, MARGIN_BOTTOM - 10 * mm,
                        fit(f"{classification} · {footer}", fonts.REGULAR, 7.5,
                            width - 2 * MARGIN_X - 30 * mm))
        canv.restoreState()


class PageRef(Flowable):
    """The number of the page a destination (a heading's ``anchor``) is on, right-aligned;
    its row, from ``left`` points to its left to its own right edge, links there."""

    def __init__(self, key: str, size: float = 8, left: float = 0.0):
        super().__init__()
        self.key, self.size, self.left = key, size, left
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, self.size + 2
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        if not hasattr(canv, "page_ref"):
            return
        x, y = canv.absolutePosition(self.width, 2)
        canv.page_ref(self.key, x, y, self.size)
        canv.linkRect("", self.key, (-self.left, -3, self.width + 3, self.height + 2),
                      relative=1, thickness=0)


def cover(meta: ReportMeta, t: Translator, title: str, subtitle: str,
          extra: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """The cover page flowables, ending with the switch to the body template."""
    s = styles()
    rows = [(t("Organisation"), meta.organisation)]
    if meta.subject:
        rows.append(("", meta.subject))
    if meta.period:
        rows.append((t("Period"), f"{t.date(meta.period[0])} – {t.date(meta.period[1])}"))
    rows.extend(extra)
    rows += [
        (t("Classification"), t("Confidential")),
        (t("Author"), meta.author),
        (t("Generated at"), t.datetime(meta.generated_at)),
        (t("Signing certificate (SHA-256)"), meta.fingerprint or t("Not signed")),
    ]
    table = new_table([[Paragraph(esc(k), s.label), Paragraph(esc(v), s.body)] for k, v in rows],
                  colWidths=[45 * mm, None], hAlign="LEFT", long=True, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]))
    notice = new_table([[Paragraph(esc(t(
        "This document was exported from an encrypted PrivGuard register. It is no longer "
        "protected by the register's encryption: keep it and share it as confidential.")),
        s.small)]], hAlign="LEFT")
    notice.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PANEL),
        ("LINEBEFORE", (0, 0), (0, -1), 2, ALERT),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
    ]))
    return [
        Spacer(1, 38 * mm),
        Paragraph(esc(title), s.title),
        Paragraph(esc(subtitle), s.subtitle) if subtitle else Spacer(1, 12),
        table,
        Spacer(1, 14 * mm),
        notice,
        NextPageTemplate("body"),
        PageBreak(),
    ]


def render(story: list[Flowable], meta: ReportMeta, t: Translator, title: str, *,
           wide: bool = False, steps: Steps | None = None,
           outline: bool = False) -> RenderedReport:
    """Lay out ``story`` into PDF bytes; nothing touches the disk here. ``outline``: the
    reader opens the document with its bookmarks shown."""
    buffer = io.BytesIO()
    steps = steps or Steps()
    doc = ReportDocument(buffer, meta, t, title, wide=wide, steps=steps, expected=len(story))

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canvas = _NumberedCanvas(*args, page_label=lambda n, total: t("Page {n} of {total}",
                                                                      n=n, total=total),
                                 **kwargs)
        if outline:
            canvas.showOutline()
        return canvas

    words = CONTINUED.set(t("(continued)"))
    try:
        doc.build(story, canvasmaker=make_canvas)
    except LayoutError:
        raise _does_not_fit(doc, title) from None
    finally:
        CONTINUED.reset(words)
    steps.report(1.0)
    data = buffer.getvalue()
    return RenderedReport(data=data, pages=doc.page)


def _does_not_fit(doc: ReportDocument, title: str) -> PrivGuardError:
    """The one-line reason a story could not be laid out, naming what did not fit."""
    what = _plain_words(doc.current) or "—"
    section = doc.section_path()
    if section:
        return PrivGuardError.of(
            "The report “{report}” cannot be made: “{text}” (section “{section}”) does not "
            "fit on a page even when split. Shorten it and try again.",
            report=title, text=what, section=section)
    return PrivGuardError.of(
        "The report “{report}” cannot be made: “{text}” does not fit on a page even when "
        "split. Shorten it and try again.", report=title, text=what)
