"""Character tables for ``normalize_unicode``: each entry names the damage it repairs."""

# Typographic ligatures from PDF text layers and e-book exports ("ﬁnancial" -> "financial").
LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}

# Spaces that look like a space but break word splitting and search
# (no-break, en/em/thin/hair spaces from typesetting software).
ODD_SPACES = dict.fromkeys(
    "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f", " "
)

# Line and paragraph separators that editors and some OCR engines emit instead of "\n".
LINE_BREAKS = {"\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}

# Invisible characters with no business in running text: zero-width space, word joiner,
# a BOM in mid-text, and C0/C1 control codes (NUL from broken exports, stray escapes).
# Tab, newline and form feed (a page break) are kept. ZWJ/ZWNJ are kept: they carry
# meaning in Persian, Indic scripts and emoji.
INVISIBLES = dict.fromkeys("\u200b\u2060\ufeff", "")
INVISIBLES.update({chr(c): "" for c in range(0x20) if chr(c) not in "\t\n\x0b\x0c\r"})
INVISIBLES.update({chr(c): "" for c in range(0x7F, 0xA0) if c != 0x85})

REPLACEMENTS = {**LIGATURES, **ODD_SPACES, **LINE_BREAKS, **INVISIBLES}

# Mojibake: UTF-8 decoded as cp1252 or latin-1 ("â€”" for "—", "Ã©" for "é") shows a
# UTF-8 lead byte (Â..ô) followed by a continuation byte (0x80-0xBF as cp1252 or latin-1).
# Only lines with such a pair are handed to ftfy, which makes the final, careful decision.
MOJIBAKE_LEAD = "\u00c2-\u00f4"
MOJIBAKE_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
