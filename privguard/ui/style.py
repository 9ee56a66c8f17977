"""The few colours the application sets itself; everything else is the native style."""

# A red readable on both light and dark window backgrounds (Windows' error red).
ERROR_CSS = "color: #d13438;"
HINT_CSS = "color: palette(placeholder-text);"
# A calm notice across the top of the work area (read-only register): the native
# tooltip colours, which every platform style keeps readable.
BANNER_CSS = ("background: palette(tooltip-base); color: palette(tooltip-text); "
              "padding: 6px 10px; border-bottom: 1px solid palette(mid);")
