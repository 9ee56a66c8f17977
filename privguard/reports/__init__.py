"""PDF reports built with reportlab from plain data."""
