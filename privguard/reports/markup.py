"""The only way user text reaches reportlab's paragraph markup: escaped.

reportlab parses Paragraph text as XML-ish markup, so a risk called
``<b>Q3 & "R&D" <unclosed`` would either turn bold, vanish or crash the
build. Every piece of text that came from the register goes through
``esc`` (or ``para``); only our own fixed markup is left unescaped.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

# Characters reportlab's parser or the PDF text layer cannot take literally.
CONTROL_CHARS = {i: None for i in range(32) if i not in (9, 10)}


def esc(value: Any) -> str:
    """``value`` as text safe inside Paragraph markup; line breaks are kept."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").translate(CONTROL_CHARS)
    return escape(text, {'"': "&quot;"}).replace("\t", " ").replace("\n", "<br/>")


def para(value: Any, style: Any) -> Paragraph:
    """A paragraph of user text, escaped."""
    return Paragraph(esc(value), style)


def clip(value: Any, limit: int) -> str:
    """Plain text cut to ``limit`` characters for chart labels (not markup)."""
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: max(1, limit - 1)] + "…"
