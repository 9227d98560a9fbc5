"""Line shapes shared by the layout filters; each names the structure it recognises."""

import re

# A table row: a tab between cells, or two runs of three or more spaces between cells (pdftotext -layout,
# score tables). Justified OCR prose has double spaces, rarely two runs of three.
TABLE_ROW = re.compile(r"\S *\t[ \t]*\S|\S {3,}\S[^\n]* {3,}\S")
# A list item: bullet or enumerator, then a space ("• item", "- item", "1. item", "(a) item").
LIST_ITEM = re.compile(r"(?:[-\u2013\u2022\u25aa*]|\(?(?:\d{1,3}|[a-zA-Z])[.)])[ \t]+\S")

# A list item as a structure: a bullet, a number, or a letter in brackets (``- item``, ``2. item``,
# ``(b) item``, ``b) item``); not ``H. L. Crissman``, initials that start a wrapped line.
LIST_LINE = re.compile(r"(?:[-\u2013\u2022\u25aa*]|\(?\d{1,3}[.)]|\(?[a-z]\)|\([A-Za-z]\))[ \t]+\S")

# The shapes below are matched against a stripped line (``re.match``); each alone says the line
# is no wrapped prose.
# A code line: a C preprocessor line, a Python or shell statement that no sentence looks like
# (``def f(x):``, ``import sys``, ``i = 5``), a call ending the line (``print(i)``, ``f(x);``),
# a brace ending a line, a comment (``/* ... */``, ``// ...``), a C declaration
# (``typedef long int s_reg_t;``, ``extern void *``, ``memchr (void *__s) __THROW``), a line
# continued by a backslash (``chip "lm85-*" \\``).
CODE_LINE = re.compile(
    r"#\s*(?:include|define|undef|ifn?def|if|elif|else|endif|pragma|error)\b"
    r"|#!/"
    r"|(?:def|class)\s+\w+\s*[(:]"
    r"|(?:import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*|from\s+[\w.]+\s+import\s+\S.*)$"
    r"|(?:if|elif|while|for|with|except|try|else|finally)\b[^.]*(?:[(_\[=.]|\bin\b|\bnot\b)[^.]*:$"
    r"|(?:else|try|finally):$"
    r"|[\w.\[\]'\"]+\s*(?:[-+*/%|&^]|//|<<|>>)?=\s*\S.*[^.,!?]$"
    r"|[\w.]+\([^()]*(?:\([^()]*\)[^()]*)*\)[;:]?$"
    r"|.*[{}]$"
    r"|.*\)\s*;$"
    r"|.*\*/$|/[*/]"
    r"|(?:typedef|extern|static|struct|enum|union|const|unsigned|signed|int|char|void|long)\b.*;$"
    r"|.*\w \*$"
    r"|.*\S\s+\\$"
    r"|.*\) __\w+$"
)
# An SRT subtitle timecode (``00:01:02,345 --> 00:01:04,000``).
TIMECODE = re.compile(r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}\s+-->\s")
# A header field: a name of one to three words, a colon, a value (``From: Jane``, ``Content-Type:
# text/plain``, ``Release date: July 19, 2005``).
HEADER_FIELD = re.compile(r"[A-Z][\w-]*(?: [\w-]+){0,2}:(?:\s|$)")
# A programme or schedule line: a time of day first (``10:30 Opening Address``, ``9.45 a.m. Prayer``).
SCHEDULE_LINE = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s+\S", re.IGNORECASE)
# A line of an address: a house number and a street (``123 Main St.``), a town with a state and a
# ZIP code (``Springfield, IL 62701``) or a British postcode (``London SW1A 1AA``), a box.
ADDRESS_LINE = re.compile(
    r"\d+[A-Za-z]?\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Blvd|Boulevard"
    r"|Dr|Drive|Place|Pl|Square|Sq|Terrace|Way|Court|Ct)\b\.?,?(?:\s+\S+){0,3}$"
    r"|.*,\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?$"
    r"|.*\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$"
    r"|P\.?\s?O\.?\s+Box\s+\d+"
)
# A speaker cue opening a speech in a play: a name in capitals and a stop or colon (``HAMLET.``,
# ``FIRST SCHOLAR.``, ``MRS HALE:``), or in italics (``_Ber._``, ``_Hor._``).
SPEAKER_CUE = re.compile(
    r"(?:[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]*){0,3}[.:]|_[A-Z][\w'\u2019. ]{0,24}\._)(?:\s|$)"
)
# What may open a line before its first letter, not counting as its first character (quotes,
# brackets, italics marks).
LEADING_MARKS = "\"'\u2018\u2019\u201c\u201d([_*\u00bb\u00ab"
# Marks that, starting each of three or more lines in a row, set those lines apart: comments
# (``//``, ``%``, `` * ``), table rows (``|``), bullets, shell prompts (``$ make``), rules.
# (Not ``:``, ``;`` or ``!``: OCR reads a column rule as one of those now and then.)
PREFIX_MARKS = frozenset(">#|%*+\u2022/\\=$")
# Of those, the marks for which two lines suffice: quoted e-mail (``> ``, ``>>> x``), comments
# (``#``).
PAIRED_MARKS = frozenset(">#")
# A thousands separator (``4,000,000``), not a field separator.
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# Marks that open the entries of a glossary, a bibliography or notes (``~Grendel~.--``,
# ``[12] Ibid.``, ``* note``, ``§ 3``); not quotes or dashes, which open dialogue.
ENTRY_MARKS = frozenset("~[*\u2022\u00a7#")
# A screenplay's scene heading, at a line break (``INT. FARMHOUSE - NIGHT``, ``EXT. ROAD -- DAY``,
# ``INT./EXT. CAR``).
SCENE_HEADING = re.compile(r"\n(?:INT|EXT|I/E)(?:\.?/(?:INT|EXT))?\.? +[A-Z0-9'][^\n]*[A-Z]")
