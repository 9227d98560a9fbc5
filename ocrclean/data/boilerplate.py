"""The built-in boilerplate catalogue for ``strip_boilerplate``.

Each entry is a ``regex`` pattern matched against a whole line (case-insensitive, outer
spaces stripped, inner runs of spaces collapsed). ``{e<=N}`` allows N OCR errors
(insertions, deletions, substitutions) in the part it follows; budgets stay near one error
per eight characters so that real prose is never taken for boilerplate.
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

# Publisher and e-paper footers (PressReader exports of today's newspapers).
PRESSREADER = [
    # "Newspapers in English" / "Newspapers in French": the language footer of every page.
    r"(?:newspapers in (?:" + "|".join(LANGUAGES) + ")){e<=2}",
    # "Newspapers from United States": the country footer of every page.
    r"(?:newspapers from (?:" + COUNTRIES + ")){e<=2}",
    # "Printed and distributed by PressReader"
    r"(?:printed and distributed by pressreader){e<=4}",
    # "PressReader.com +1 604 278 4604" (the phone number varies by region)
    r"(?:pressreader\.com){e<=2}[ +0-9().-]*",
    # "COPYRIGHT AND PROTECTED BY APPLICABLE LAW"
    r"(?:copyright and protected by applicable law){e<=4}",
]

# Book-scan watermarks and per-page stamps.
BOOK_SCANS = [
    # Google Books page stamp, often misread: "Digitized by Google", "Digitized by VjOOQIC".
    r"(?:digiti[sz]ed by){e<=2} (?:google|[a-z0-9]{4,8})",
    # HathiTrust per-page footer: "Generated on 2019-03-01 14:22 GMT / http://hdl.handle.net/2027/..."
    r"(?:generated (?:on|at)){e<=1} .{0,40}\bgmt\b.{0,10}(?:hdl\.handle\.net|hathitrust).*",
    # HathiTrust rights line: "Public Domain, Google-digitized / http://www.hathitrust.org/access_use#pd-google"
    r"(?:public domain(?:, google-digitized)?|creative commons[^/]{0,60}) ?/ ?https?://www\.hathitrust\.org/\S+",
    # HathiTrust/Google source stamp: "Original from UNIVERSITY OF MICHIGAN".
    r"(?:digitized by \S+ )?(?:original from){e<=1} (?:the )?(?:university|library|harvard|princeton|columbia|cornell|new york|[a-z .&,-]{3,20} (?:university|library|college))[a-z .&,-]{0,60}",
    # Internet Archive title-page stamp.
    r"(?:digitized by the internet archive){e<=3}(?: in \d{4})?(?: with funding from .{3,120})?",
    # Internet Archive item address printed under that stamp.
    r"https?://(?:www\.)?archive\.org/details/\S+",
]

PATTERNS = PRESSREADER + BOOK_SCANS

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
    # HathiTrust plain-text downloads: "## p. 12 (#14) ##################"
    r"## p\. \S+ \(#\d+\) #*",
    # Common dump formats: "--- Page 12 ---", "=== Page 12 ===", "[Page 12]", "<page 12>"
    r"(?:-{2,}|={2,}|\[|<) ?page \d+(?: of \d+)? ?(?:-{2,}|={2,}|\]|>)",
]

# A page number alone on the first or last line of a page: "12", "- 12 -", "Page 12",
# "[12]", "xiv".
PAGE_NUMBER = r"(?:page )?[-\u2013\u2014(\[]? ?(?:\d{1,4}|[ivxlcdm]{1,7}) ?[-\u2013\u2014)\]]?"
