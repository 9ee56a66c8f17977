"""The few colours the application sets itself; everything else is the native style."""

# A red readable on both light and dark window backgrounds (Windows' error red).
ERROR_CSS = "color: #d13438;"
HINT_CSS = "color: palette(placeholder-text);"
