"""Words: one gettext catalogue for every layer, and the formats of numbers, money and dates.

The lowest layer: the domain marks its messages with ``N_`` and raises errors
that carry a message id and values; whoever shows a text (the window, a report,
the command line) translates it with ``words_for(lang)``.
"""

from privguard.words.catalog import LANGUAGES, N_, Words, choice_source, words_for
from privguard.words.formats import Formats
from privguard.words.phrase import Phrase

__all__ = ["LANGUAGES", "N_", "Formats", "Phrase", "Words", "choice_source", "words_for"]
