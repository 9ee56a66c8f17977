"""The only way user text reaches reportlab's paragraph markup: escaped.

reportlab parses Paragraph text as XML-ish markup, so a risk called
``<b>Q3 & "R&D" <unclosed`` would either turn bold, vanish or crash the
build. Every piece of text that came from the register goes through
``esc`` (or ``para``); only our own fixed markup is left unescaped.

Before escaping, ``plain`` keeps only what prints: control characters the forms
accept (all but NUL) are dropped or read as line breaks, and invisible format
characters (zero-width joiners, bidi overrides, variation selectors, emoji tags,
byte-order marks) are dropped, since the embedded font has no glyph for most of
them and would print each as a box. A character the embedded font has no glyph
for (most emoji, CJK ideographs) prints as U+FFFD "�", one per character: the
same mark on the page and in the PDF's text (reportlab would draw the font's
empty box and read it back as nothing). Everything else prints as typed.
Right-to-left text (Arabic, Hebrew) prints its letters left to right in the
order they were typed, Arabic unjoined: reportlab orders and shapes it only
with its optional rlbidi and uharfbuzz packages, which PrivGuard does not ship.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from privguard.reports import fonts

# Line and paragraph separators (VT, FF, NEL, U+2028, U+2029) read as a new line.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Controls (C0 but tab and new line, DEL, C1), the soft hyphen, invisible format characters
# (zero-width space, joiners, direction marks and overrides, isolates, word joiner,
# invisible operators), variation selectors, the byte-order mark, interlinear annotation
# marks, lone surrogates and the tag / variation-selector supplement (U+E0000-E0FFF).
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e"
                        "\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff"
                        "\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e0fff]")


#: What prints in place of a character the embedded font has no glyph for.
MISSING_GLYPH = "\ufffd"


@functools.cache
def _glyphs() -> dict[int, int]:
    """The characters the embedded regular face can print (its cmap)."""
    return pdfmetrics.getFont(fonts.register()).face.charToGlyph


def plain(value: Any) -> str:
    """``value`` as text that prints: line breaks as ``\\n``, tabs as spaces, the
    invisible and control characters dropped, a character the font lacks as "�".
    Not escaped: for canvas strings and plain table cells, drawn literally."""
    if value is None:
        return ""
    text = _INVISIBLE.sub("", _BREAKS.sub("\n", str(value))).replace("\t", " ")
    if not text.isascii():
        glyphs = _glyphs()
        text = "".join(c if c < "\x80" or ord(c) in glyphs else MISSING_GLYPH for c in text)
    return text


def esc(value: Any) -> str:
    """``value`` as text safe inside Paragraph markup; line breaks are kept."""
    return escape(plain(value), {'"': "&quot;"}).replace("\n", "<br/>")


class TextParagraph(Paragraph):
    """A paragraph that lays its lines out once per width.

    reportlab asks a paragraph in a table cell for its size several times at the same
    width (sizing the table, choosing where to split a row, then placing the part that
    fits); breaking a 20,000-character text into lines each time is most of the cost of
    a long report, so the last result is kept. A split makes new paragraphs, which lay
    themselves out afresh.
    """

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        cached = self.__dict__.get("_wrapped")
        if cached is not None and cached[0] == availWidth and cached[2] is not None:
            self.width, self.height, self.blPara = availWidth, cached[1], cached[2]
            return availWidth, cached[1]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, height, getattr(self, "blPara", None))
        return width, height


def para(value: Any, style: Any) -> TextParagraph:
    """A paragraph of user text, escaped."""
    return TextParagraph(esc(value), style)


def clip(value: Any, limit: int) -> str:
    """Plain text cut to ``limit`` characters for chart labels (not markup)."""
    text = " ".join(plain(value).split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"
