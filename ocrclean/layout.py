"""Layout of the whole text: blank lines, trailing blanks, the final newline."""

from __future__ import annotations

import itertools
import re

_BLANKS = " \t"
# (Written to start with three literal newlines: the scan looks for those, 8x faster.)
_RE_BLANK_RUN = re.compile(r"\n\n\n+")
# A blank before a line break; starting with the newline (a literal, rarer than the blank)
# the scan runs 2x faster than ``" \n" in text or "\t\n" in text``.
_RE_BLANK_BEFORE_BREAK = re.compile(r"\n(?<=[ \t]\n)")


def normalize_layout(text: str) -> str:
    """One blank line between paragraphs, no trailing blanks, exactly one final newline.

    Whitespace at line ends goes; runs of blank lines shrink to one; blank lines at the
    start go; the text ends with exactly one newline (an empty text stays empty).

    Leaves alone: leading indentation, single line breaks, form feeds inside the text.

    >>> normalize_layout("\\n\\nTitle  \\n\\n\\n\\nBody text.\\n\\n\\n")
    'Title\\n\\nBody text.\\n'
    """
    if text.endswith((" ", "\t")) or _RE_BLANK_BEFORE_BREAK.search(text):
        # line by line in C: a regex for blanks before "\n" tries every space of the text
        text = "\n".join(map(str.rstrip, text.split("\n"), itertools.repeat(_BLANKS)))
    if "\n\n\n" in text:
        text = _RE_BLANK_RUN.sub("\n\n", text)
    text = text.strip("\n")
    return text + "\n" if text else ""
