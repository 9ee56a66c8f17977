"""The DejaVu Sans family shipped in resources/fonts, registered once with reportlab.

Embedding our own TrueType fonts is what makes accents, €, ñ and long names
print the same on every machine; reportlab's built-in Helvetica has no € in
its standard encoding and cannot embed.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PrivGuardSans"
BOLD = "PrivGuardSans-Bold"
ITALIC = "PrivGuardSans-Oblique"
BOLD_ITALIC = "PrivGuardSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


# reportlab writes each character's Unicode value into the ToUnicode map as plain hex, so
# one beyond U+FFFF (an emoji, a historic script) becomes an odd-length, invalid string
# that readers reject or misread. The map's values are UTF-16BE: a surrogate pair there.
_BEYOND_BMP = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")
_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _utf16(match: re.Match[str]) -> str:
    return f"<{match[1]}> <{chr(int(match[2], 16)).encode('utf-16-be').hex().upper()}>"


def _valid_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    return _BEYOND_BMP.sub(_utf16, _to_unicode_cmap(fontname, subset))


@functools.cache
def register() -> str:
    """Register the family (idempotent) and return the regular face's name."""
    folder = resources.files("privguard.resources") / "fonts"
    for name, file_name in _FILES.items():
        # as_file gives a real path even from a zipped wheel; TTFont reads it at once.
        with resources.as_file(folder / file_name) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> in paragraph markup pick the right face through these mappings.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    # A drawing (chart, heat map) starts each render in this default font and declares it on
    # the page even when every string names its own: ours, so no unembedded Helvetica.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    ttfonts.makeToUnicodeCMap = _valid_to_unicode_cmap
    return REGULAR
