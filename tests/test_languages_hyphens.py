"""rejoin_hyphenated in German, French, Dutch, Spanish and Italian documents: the document's
language decides, with its own word list and compound habits (must-change and must-not-change
rows; every row is also checked for idempotence)."""

from __future__ import annotations

import pytest

from ocrclean.hyphens import rejoin_hyphenated, rejoin_split_words
from ocrclean.language import detect_language

# Enough of each language for detect_language to recognise the document.
GERMAN = "Es war einmal ein Mann, der mit seiner Frau und den Kindern in einem kleinen Haus am Rande des Waldes wohnte. "
FRENCH = "Il était une fois un homme qui vivait avec sa femme et ses enfants dans une petite maison au bord de la forêt. "
SPANISH = "Había una vez un hombre que vivía con su mujer y sus hijos en una casa pequeña a la orilla del bosque. "
DUTCH = "Er was eens een man die met zijn vrouw en kinderen in een klein huis aan de rand van het bos woonde. "
ITALIAN = "C'era una volta un uomo che viveva con sua moglie e i suoi figli in una piccola casa ai margini del bosco. "

ROWS = [
    # must change: line-end hyphens joined with the language's own word list
    (
        "de bis-weilen",
        GERMAN + "Er ging bis-\nweilen in die Stadt.",
        GERMAN + "Er ging bisweilen\nin die Stadt.",
    ),
    (
        "de Arbeits-plätzen",
        GERMAN + "Sie sahen an den Arbeits-\nplätzen nach.",
        GERMAN + "Sie sahen an den Arbeitsplätzen\nnach.",
    ),
    (
        "de compound unknown to the list",
        GERMAN + "Er war bei der Eisenbahn-\nverwaltung angestellt.",
        GERMAN + "Er war bei der Eisenbahnverwaltung\nangestellt.",
    ),
    (
        "de Fraktur double hyphen, long s kept",
        GERMAN + "Die Verſamm⸗\nlung war groß.",
        GERMAN + "Die Verſammlung\nwar groß.",
    ),
    (
        "de Fraktur hyphen read as =",
        GERMAN + "Die Regie=\nrung hat beschlossen.",
        GERMAN + "Die Regierung\nhat beschlossen.",
    ),
    (
        "de Fraktur hyphen read as not-sign",
        GERMAN + "Er ging bis¬\nweilen in die Stadt.",
        GERMAN + "Er ging bisweilen\nin die Stadt.",
    ),
    (
        "es re-frendado",
        SPANISH + "El decreto fue re-\nfrendado por el ministro.",
        SPANISH + "El decreto fue refrendado\npor el ministro.",
    ),
    (
        "es ingre-sar",
        SPANISH + "Quería ingre-\nsar en la escuela.",
        SPANISH + "Quería ingresar\nen la escuela.",
    ),
    (
        "es si-guientes",
        SPANISH + "Los días si-\nguientes fueron buenos.",
        SPANISH + "Los días siguientes\nfueron buenos.",
    ),
    (
        "fr pour-tant",
        FRENCH + "Il était pour-\ntant très content.",
        FRENCH + "Il était pourtant\ntrès content.",
    ),
    (
        "fr gouver-nement",
        FRENCH + "Le gouver-\nnement a décidé.",
        FRENCH + "Le gouvernement\na décidé.",
    ),
    (
        "nl spoorweg-maatschappij",
        DUTCH + "Hij werkte bij de spoorweg-\nmaatschappij in de stad.",
        DUTCH + "Hij werkte bij de spoorwegmaatschappij\nin de stad.",
    ),
    (
        "it soprat-tutto",
        ITALIAN + "Amava soprat-\ntutto il mare.",
        ITALIAN + "Amava soprattutto\nil mare.",
    ),
    # must not change (or keep the hyphen)
    (
        "fr peut-être keeps its hyphen",
        FRENCH + "Il viendra peut-\nêtre demain.",
        FRENCH + "Il viendra peut-être\ndemain.",
    ),
    (
        "fr porte-monnaie keeps its hyphen",
        FRENCH + "Il a perdu son porte-\nmonnaie hier.",
        FRENCH + "Il a perdu son porte-monnaie\nhier.",
    ),
    (
        "fr a word said twice",
        FRENCH + "Un violon faisait crin-\ncrin dans la rue.",
        FRENCH + "Un violon faisait crin-crin\ndans la rue.",
    ),
    ("de suspended at a line end", GERMAN + "Das Arbeits-\nund Sozialministerium.", None),
    ("de suspended inside a line", GERMAN + "Der Ein- oder Ausgang.", None),
    ("de capital after the hyphen", GERMAN + "Die Nord-\nOstsee.", GERMAN + "Die Nord-Ostsee."),
    ("de equation", GERMAN + "Wenn x=\ny ist, oder ab=\ncd.", None),
    ("de = inside a line", GERMAN + "Die Regie= rung und a=b.", None),
    ("nl suspended", DUTCH + "In Oost- en West-Vlaanderen.", None),
    ("nl suspended at a line end", DUTCH + "Hij deed land-\nen tuinbouw.", None),
    (
        "nl vowels kept apart",
        DUTCH + "Hij zag een zee-\negel aan de kust.",
        DUTCH + "Hij zag een zee-egel\naan de kust.",
    ),
    (
        "nl first piece that keeps its hyphen",
        DUTCH + "De oud-\nburgemeester kwam.",
        DUTCH + "De oud-burgemeester\nkwam.",
    ),
    ("es suspended", SPANISH + "La macro- y microeconomía.", None),
    ("fr suspended", FRENCH + "Les pré- et postnatal.", None),
    (
        "en = at a line end is no hyphen in English",
        "and the indirect jump is supported via the option -mharden-sls=\nall of the time.",
        None,
    ),
    ("code with =", "x= y\nfoo=\nbar\n", None),
]


@pytest.mark.parametrize(
    ("text", "expected"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS]
)
def test_rejoin_hyphenated_in_the_document_language(text: str, expected: str | None) -> None:
    expected = text if expected is None else expected
    assert rejoin_hyphenated(text) == expected
    assert rejoin_hyphenated(expected) == expected, "not idempotent"


@pytest.mark.parametrize(
    ("prefix", "language"),
    [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), (DUTCH, "nl"), (ITALIAN, "it")],
)
def test_the_rows_are_in_their_language(prefix: str, language: str) -> None:
    assert detect_language(prefix + prefix) == language


@pytest.mark.xfail(
    strict=True,
    reason="a Dutch coordinating compound (koppelwoord) broken at its hyphen reads as a solid compound",
)
def test_dutch_coordinating_compound_keeps_its_hyphen() -> None:
    text = DUTCH + "Hij was aartsbisschop-\nleermeester van de prins."
    assert rejoin_hyphenated(text) == DUTCH + "Hij was aartsbisschop-leermeester\nvan de prins."


# language="xx": the caller (ocrclean --lang) names the document's language; "und" (or a
# language without a word list) makes only the decisions that need none.
FORCED_ROWS = [
    # must change
    ("de forced on a short text", "de", "Er ging bis-\nweilen.", "Er ging bisweilen."),
    ("de forced, Fraktur =", "de", "Die Regie=\nrung hat", "Die Regierung\nhat"),
    ("de forced, a region subtag", "de-AT", "Er ging bis-\nweilen.", "Er ging bisweilen."),
    ("en forced", "en", "the con-\nstitution of", "the constitution\nof"),
    (
        "und keeps an undecided hyphen glued",
        "und",
        "the con-\nstitution of",
        "the con-stitution\nof",
    ),
    ("und, a capital after the hyphen", "und", "the anti-\nIS coalition", "the anti-IS\ncoalition"),
    ("und, a number after the hyphen", "und", "Su-\n24 bomber", "Su-24\nbomber"),
    (
        "und, the document's spelling",
        "und",
        "cooperation and co-\noperation",
        "cooperation and cooperation",
    ),
    ("und, a soft hyphen", "und", "co\u00ad\noperation now", "cooperation\nnow"),
    ("unsupported language is und", "pt", "the con-\nstitution of", "the con-stitution\nof"),
    # must not change
    ("en forced: = is no hyphen", "en", "Die Regie=\nrung hat", None),
    ("und: no = hyphen", "und", "Die Regie=\nrung hat", None),
    ("und: a suspended hyphen", "und", "pre-\nand post-war", None),
    ("und: a space split without evidence", "und", "Russian coop- eration in", None),
    ("und: no prefix list inside a line", "und", "the anti- IS coalition", None),
    ("fr forced: a compound keeps its hyphen", "fr", "son porte-\nmonnaie", "son porte-monnaie"),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [row[1:] for row in FORCED_ROWS],
    ids=[row[0] for row in FORCED_ROWS],
)
def test_rejoin_hyphenated_in_a_forced_language(
    language: str, text: str, expected: str | None
) -> None:
    expected = text if expected is None else expected
    assert rejoin_hyphenated(text, language=language) == expected
    assert rejoin_hyphenated(expected, language=language) == expected, "not idempotent"


# (id, language, protected words, text, expected)
SPLIT_ROWS = [
    # must change
    ("en forced", "en", (), "the dem\nocrats are", "the democrats\nare"),
    (
        "en forced, split with a space",
        "en",
        (),
        "they respond ed to the call, as they responded to the last",
        "they responded to the call, as they responded to the last",
    ),
    (
        "und joins a protected word",
        "und",
        ("democrats",),
        "the dem\nocrats are",
        "the democrats\nare",
    ),
    # must not change
    ("und joins nothing by frequency", "und", (), "the dem\nocrats are", None),
    (
        "und: no split with a space",
        "und",
        (),
        "they respond ed to the call, as they responded to the last",
        None,
    ),
    (
        "de forced: no English pair evidence",
        "de",
        (),
        "they respond ed to the call, as they responded to the last",
        None,
    ),
    ("fr forced: a common word is no piece", "fr", (), "tournée vers la\nruelle et", None),
]


@pytest.mark.parametrize(
    ("language", "protected", "text", "expected"),
    [row[1:] for row in SPLIT_ROWS],
    ids=[row[0] for row in SPLIT_ROWS],
)
def test_rejoin_split_words_in_a_forced_language(
    language: str, protected: tuple[str, ...], text: str, expected: str | None
) -> None:
    expected = text if expected is None else expected
    assert rejoin_split_words(text, language=language, protected=protected) == expected
    assert rejoin_split_words(expected, language=language, protected=protected) == expected


def test_forced_language_none_is_detection() -> None:
    text = GERMAN + "Er ging bis-\nweilen in die Stadt."
    assert rejoin_hyphenated(text, language=None) == rejoin_hyphenated(text, language="de")
