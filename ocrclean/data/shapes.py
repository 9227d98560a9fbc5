"""Line shapes shared by the layout filters; each names the structure it recognises."""

import re

# A table row: a tab between cells, or two runs of three or more spaces between cells (pdftotext -layout,
# score tables). Justified OCR prose has double spaces, rarely two runs of three.
TABLE_ROW = re.compile(r"\S *\t[ \t]*\S|\S {3,}\S[^\n]* {3,}\S")
# A list item: bullet or enumerator, then a space ("• item", "- item", "1. item", "(a) item").
LIST_ITEM = re.compile(r"(?:[-\u2013\u2022\u25aa*]|\(?(?:\d{1,3}|[a-zA-Z])[.)])[ \t]+\S")
