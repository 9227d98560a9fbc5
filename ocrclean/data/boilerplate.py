"""The built-in boilerplate catalogue for ``strip_boilerplate``.

Each entry is ``(what, pattern)``: what the line is, for the edit log, and a ``regex``
pattern matched against a whole line (case-insensitive, outer spaces stripped, inner runs of
spaces collapsed). ``{e<=N}`` allows N OCR errors (insertions, deletions, substitutions) in
the part it follows; budgets stay near one error per eight characters, and an error may not
turn one known word into another (``Newspapers in India`` is not ``Newspapers in Hindi``).
"""

# Languages and countries PressReader names in its page footers.
LANGUAGES = (
    "english french german spanish italian portuguese dutch russian chinese japanese korean arabic "
    "hebrew turkish polish swedish norwegian danish finnish greek czech slovak hungarian romanian "
    "bulgarian croatian serbian slovenian ukrainian hindi urdu bengali tamil thai vietnamese malay "
    "indonesian afrikaans catalan estonian latvian lithuanian icelandic persian tagalog"
).split()
COUNTRIES = (
    "united states|canada|mexico|united kingdom|ireland|australia|new zealand|south africa|india|"
    "pakistan|bangladesh|sri lanka|singapore|malaysia|indonesia|philippines|thailand|vietnam|china|"
    "hong kong|taiwan|japan|south korea|korea|france|germany|austria|switzerland|belgium|netherlands|"
    "luxembourg|italy|spain|portugal|greece|cyprus|malta|sweden|norway|denmark|finland|iceland|"
    "poland|czech republic|slovakia|hungary|romania|bulgaria|croatia|serbia|slovenia|ukraine|russia|"
    "estonia|latvia|lithuania|turkey|israel|lebanon|jordan|egypt|united arab emirates|uae|qatar|"
    "bahrain|kuwait|oman|saudi arabia|nigeria|ghana|kenya|uganda|tanzania|zimbabwe|zambia|namibia|"
    "botswana|mauritius|brazil|argentina|chile|colombia|peru|venezuela|ecuador|uruguay|jamaica|"
    "trinidad and tobago|barbados|bahamas|bermuda|cayman islands|fiji|papua new guinea|nepal"
)

# Publisher and e-paper footers (PressReader exports of today's newspapers): (what, pattern).
PRESSREADER = [
    # "Newspapers in English" / "Newspapers in French": the language footer of every page.
    ("PressReader's language footer", r"(?:newspapers in (?:" + "|".join(LANGUAGES) + ")){e<=2}"),
    # "Newspapers from United States": the country footer of every page.
    ("PressReader's country footer", r"(?:newspapers from (?:" + COUNTRIES + ")){e<=2}"),
    # "Printed and distributed by PressReader"
    ("PressReader's imprint", r"(?:printed and distributed by pressreader){e<=4}"),
    # "PressReader.com +1 604 278 4604" (the phone number varies by region)
    ("PressReader's address", r"(?:pressreader\.com){e<=2}[ +0-9().-]*"),
    # "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"
    ("PressReader's copyright line", r"(?:copyright and protected by applicable law){e<=4}"),
]

# The Google logo as OCR reads it under "Digitized by": "VjOOQlC", "VjOOQIC", "LjOOQlC",
# "CjOOQlC", "VjOOQ IC", "GoOglc", "Googlc", "Googk" (never the word "Google" itself).
GOOGLE_MISREAD = r"(?:[vlcg^][ji][o0]{2}[gq] ?[il1|][ce]|go[o0]g(?:[l1i]c|[1i]e)|googk)"
# A library that holds the original of a scan: "UNIVERSITY OF MICHIGAN", "HARVARD UNIVERSITY",
# "THE NEW YORK PUBLIC LIBRARY", "Princeton University".
INSTITUTION = (
    r"(?:the )?(?:university|library|harvard|princeton|columbia|cornell|new york|"
    r"[a-z .&,-]{3,20} (?:university|library|college))[a-z .&,-]{0,60}"
)

# Book-scan watermarks and per-page stamps.
BOOK_SCANS = [
    # Google Books page stamp: "Digitized by Google".
    ("the Google Books stamp", r"(?:(?:digiti[sz]ed){e<=2} ?)?by ?google"),
    # The same as OCR reads the logo: "Digitized by VjOOQIC", "byVjOOQlC", "VjOOQlC" alone.
    (
        "the Google Books stamp as OCR reads it",
        r"(?:(?:digiti[sz]ed){e<=2} ?)?(?:by ?)?" + GOOGLE_MISREAD,
    ),
    # HathiTrust per-page footer: "Generated on 2019-03-01 14:22 GMT / http://hdl.handle.net/2027/..."
    # and today's "Generated on 2025-01-20 09:09 GMT / https://hdl.handle.net/2027/...".
    (
        "HathiTrust's page footer",
        r"(?:generated (?:on|at)){e<=1} .{0,40}\bgmt\b.{0,16}(?:hdl\.handle\.net|hathitrust).*",
    ),
    # HathiTrust rights line: "Public Domain, Google-digitized / http://www.hathitrust.org/access_use#pd-google"
    (
        "HathiTrust's rights line",
        r"(?:public domain(?:, google-digitized)?|creative commons[^/]{0,60}) ?/ ?https?://www\.hathitrust\.org/\S+",
    ),
    # HathiTrust/Google source stamp: "Original from UNIVERSITY OF MICHIGAN".
    (
        "the source library stamp",
        r"(?:digitized by \S+ )?(?:original from){e<=1} " + INSTITUTION,
    ),
    # Internet Archive title-page stamp.
    (
        "the Internet Archive stamp",
        r"(?:digitized by the internet archive){e<=3}(?: in \d{4})?(?: with funding from .{3,120})?",
    ),
    # Internet Archive item address printed under that stamp.
    ("the Internet Archive address", r"https?://(?:www\.)?archive\.org/details/\S+"),
]

PATTERNS = PRESSREADER + BOOK_SCANS

# Entries no sentence holds: removed wherever they stand, not only where they stand apart.
UNMISTAKABLE = {
    "the Google Books stamp as OCR reads it",
    "HathiTrust's page footer",
    "HathiTrust's rights line",
}

# Stamps printed over two lines or more, matched against the lines joined with "\n" (each
# line's spaces collapsed); a stamp ends at a line end. (what, pattern)
STAMPS = [
    # "Digitized by the Internet Archive⏎in 2008 with funding from⏎Microsoft Corporation⏎
    # http://www.archive.org/details/historyofrome00livi"
    (
        "the Internet Archive stamp",
        (
            r"(?:digitized by the internet archive){e<=3:[^\n]}"
            r"(?:[ \n]in \d{4})?(?:[ \n]with funding from\n[^\n]{3,120})?"
            r"(?:\nhttps?://(?:www\.)?archive\.org/details/\S+)?"
        ),
    ),
    # "Original from⏎UNIVERSITY OF MICHIGAN", "Digitized by Google⏎Original from⏎HARVARD UNIVERSITY"
    (
        "the source library stamp",
        r"(?:digitized by \S+\n)?(?:original from){e<=1:[^\n]}\n" + INSTITUTION,
    ),
    # "Digitized by⏎Google", "Digitized by⏎VjOOQlC"
    (
        "the Google Books stamp",
        r"(?:digiti[sz]ed){e<=2:[^\n]} ?by\n(?:google|" + GOOGLE_MISREAD + ")",
    ),
]

# Multi-line notices removed as a whole: (first line, last line, most lines in between,
# the fewest characters a first line can have: a shorter line is not tested).
# Google Books' front-matter notice, "This is a digital copy of a book that was preserved
# for generations on library shelves ..." through "... at http://books.google.com/".
NOTICES = [
    (
        r"(?:this is a digital copy of a book that was preserved for generations){e<=6}.*",
        r".*(?:books\.google\.com){e<=2}/? ?\|?",
        60,
        len("this is a digital copy of a book that was preserved for generations") - 6,
    ),
]

# Page separators that split a text into pages for ``strip_running_heads`` (besides the
# form feed of pdftotext and DjVu text exports); each is removed with its line.
# Each holds "page" or "## p." in any case: pages._SEPARATOR_WORDS screens lines for them.
PAGE_SEPARATORS = [
    # HathiTrust plain-text downloads: "## p. 12 (#14) ##################", "## p. (#7) ####"
    r"## p\.(?: \S+)? \(#\d+\) #*",
    # Common dump formats: "--- Page 12 ---", "=== Page 12 ===", "[Page 12]", "<page 12>"
    r"(?:-{2,}|={2,}|\[|<) ?page \d+(?: of \d+)? ?(?:-{2,}|={2,}|\]|>)",
]

# A page number alone on the first or last line of a page: "12", "- 12 -", "Page 12",
# "[12]", "xiv".
PAGE_NUMBER = r"(?:page )?[-\u2013\u2014(\[]? ?(?:\d{1,4}|[ivxlcdm]{1,7}) ?[-\u2013\u2014)\]]?"

# Words that a counted heading puts before its number ("Chapter 2", "Act 3", "May 3",
# "Psalm 23"): a number after one of them counts headings, not pages, so a running head
# ending "THE KINGS 13" may lose its page number but "Chapter 13" may not.
COUNTED_HEADINGS = frozenset(
    (
        "chapter chap ch part book section sect sec act scene canto letter lecture lesson "
        "volume vol number no nr article art psalm hymn song sonnet stanza verse figure fig "
        "plate table appendix version release day week year entry sermon discourse essay poem "
        "story tale step exercise problem question lemma theorem example note session round "
        "chapitre livre partie tome kapitel teil buch abschnitt capítulo capitulo parte libro "
        "hoofdstuk deel january february march april may june july august september october "
        "november december jan feb mar apr jun jul aug sep sept oct nov dec"
    ).split()
)
