"""Catalogues, fonts, icons and translations shipped inside the package."""
