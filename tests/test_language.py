"""Language detection (ocrclean/language.py): documents, paragraphs, and text to leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocrclean.language import (
    SUPPORTED_LANGUAGES,
    detect_language,
    paragraph_language,
    paragraph_languages,
)

ENGLISH = (
    "The meeting of the council was held on Tuesday evening, when the mayor said that the "
    "new bridge would be opened in the spring, and that the cost of the work had been "
    "less than was expected by those who had opposed it."
)
GERMAN = (
    "Die Versammlung des Gemeinderates fand am Dienstag statt, und der Bürgermeister sagte, "
    "daß die neue Brücke im Frühjahr eröffnet werden solle, weil die Kosten der Arbeit "
    "geringer waren, als man es von ihr erwartet hatte."
)
FRENCH = (
    "La séance du conseil municipal s'est tenue mardi soir, et le maire a dit que le "
    "nouveau pont serait ouvert au printemps, parce que le coût des travaux avait été "
    "moins élevé qu'on ne l'avait prévu dans la ville."
)
DUTCH = (
    "De vergadering van de gemeenteraad werd op dinsdag gehouden, en de burgemeester zei "
    "dat de nieuwe brug in het voorjaar zou worden geopend, omdat de kosten van het werk "
    "lager waren dan men had verwacht."
)
SPANISH = (
    "La sesión del ayuntamiento se celebró el martes por la noche, y el alcalde dijo que el "
    "nuevo puente se abriría en la primavera, porque el coste de las obras había sido "
    "menor de lo que se esperaba en la ciudad."
)
ITALIAN = (
    "La seduta del consiglio comunale si è tenuta martedì sera, e il sindaco ha detto che "
    "il nuovo ponte sarà aperto in primavera, perché il costo dei lavori è stato minore di "
    "quello che si aspettava nella città."
)
LATIN = (
    "Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, "
    "tertiam qui ipsorum lingua Celtae, nostra Galli appellantur. Hi omnes lingua, "
    "institutis, legibus inter se differunt. Gallos ab Aquitanis Garumna flumen, a Belgis "
    "Matrona et Sequana dividit."
)
PORTUGUESE = (
    "A reunião da câmara municipal realizou-se na terça-feira à noite, e o presidente disse "
    "que a nova ponte seria aberta na primavera, porque o custo das obras tinha sido menor "
    "do que se esperava na cidade, onde não havia muitos que a queriam."
)
SWEDISH = (
    "Kommunfullmäktiges möte hölls på tisdagskvällen, och borgmästaren sade att den nya "
    "bron skulle öppnas till våren, eftersom kostnaden för arbetet hade varit lägre än vad "
    "man hade väntat sig i staden och det var inte mycket som hade gått fel."
)
POLISH = (
    "Posiedzenie rady miejskiej odbyło się we wtorek wieczorem, a burmistrz powiedział, że "
    "nowy most zostanie otwarty na wiosnę, ponieważ koszt prac był niższy, niż się tego "
    "spodziewano w mieście, i nie było to dla nikogo zaskoczeniem."
)
# Real OCR damage: misread letters, broken words, stray digits and marks.
ENGLISH_OCR = (
    "Tho meeting of tho council was hold on Tuesday evening, when the mayor said "
    "that tbe new bridge would bo opened in the spring, and that tho cost of the "
    "w ork had been less than was ex- pected by those who bad opposed it."
)
# The long s read as f, as OCR of old print does.
GERMAN_OCR = (
    "Die Verfammlung des Gemeinderates fand am Dienstag ftatt, und der Bürgermeifter "
    "fagte, daß die neue Brücke im Frühjahr eröffnet werden folle, weil die Koften "
    "der Arbeit geringer waren, als man es von ihr erwartet hatte."
)
FRENCH_OCR = (
    "La féance du confeil municipal s'eft tenue mardi foir, et le maire a dit que le "
    "nouveau pont ferait ouvert au printemps, parce que le coût des travaux avait "
    "été moins é1evé qu'on ne l'avait prévu dans la vil1e."
)
# Fraktur OCR that keeps the long s.
GERMAN_FRAKTUR = (
    "Die Verſammlung des Gemeinderates fand am Dienstag ſtatt, und der Bürgermeiſter "
    "ſagte, daß die neue Brücke im Frühjahr eröffnet werden ſolle, weil die Koſten "
    "der Arbeit geringer waren, als man es von ihr erwartet hatte."
)
PYTHON = """def read_config(path: str) -> dict[str, str]:
    # Read the settings of the file and return them as a dict
    with open(path, encoding="utf-8") as handle:
        return {key.strip(): value for key, _, value in (line.partition("=") for line in handle)}
    if not path or path == "-": raise ValueError(f"no config in {path!r} for the user")
"""
NUMBERS = """\
1915   12,400   3,211   18.5
1916   13,950   3,407   19.1
1917   15,210   3,662   20.4
Total  41,560  10,280   58.0
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (ENGLISH, "en"),
        (GERMAN, "de"),
        (FRENCH, "fr"),
        (DUTCH, "nl"),
        (SPANISH, "es"),
        (ITALIAN, "it"),
        (ENGLISH_OCR, "en"),
        (GERMAN_OCR, "de"),
        (FRENCH_OCR, "fr"),
        (GERMAN_FRAKTUR, "de"),
        # a long document is judged on samples, and still right
        ((FRENCH + "\n\n") * 40, "fr"),
    ],
    ids=[
        "en",
        "de",
        "fr",
        "nl",
        "es",
        "it",
        "en-ocr-tho-tbe-bo",
        "de-ocr-long-s-read-as-f",
        "fr-ocr-f-for-s-1-for-l",
        "de-fraktur-long-s",
        "fr-long-document",
    ],
)
def test_detects(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Ja.",
        "The end.",
        "Chapter IV",
        LATIN,
        PORTUGUESE,
        SWEDISH,
        POLISH,
        PYTHON,
        NUMBERS,
        "Smith 3, Jones 4, Brown 5, Miller 2, Wilson 7, Taylor 1, Clarke 6",
        "\u4eca\u65e5\u306f\u3068\u3066\u3082\u3044\u3044\u5929\u6c17\u3067\u3059\u3002" * 20,
        "#### ==== //// .... ,,,, 1234 5678 ;;;; ????",
    ],
    ids=[
        "empty",
        "blank",
        "one-word",
        "two-words",
        "heading",
        "latin",
        "portuguese-not-spanish",
        "swedish-not-german",
        "polish",
        "python-code",
        "table-of-numbers",
        "list-of-names",
        "japanese",
        "punctuation-noise",
    ],
)
def test_returns_none(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    "paragraph, document_language, expected",
    [
        # too short to decide: the document's language stands
        ("Ja.", "en", "en"),
        ("Sì, signore.", "en", "en"),
        ("Le Temps, Paris.", "de", "de"),
        ("Mit freundlichen Grüßen", "fr", "fr"),
        ("Voir page 3.", None, None),
        # clear evidence: the paragraph's own language
        (ITALIAN, "en", "it"),
        (ENGLISH, "de", "en"),
        (FRENCH, "nl", "fr"),
        (LATIN, "de", None),
        # the same language as the document: nothing to switch
        (GERMAN, "de", "de"),
        # code marks are not a language: a code block keeps the document's
        (PYTHON, "en", "en"),
        # OCR damage is no evidence for another language
        (ENGLISH_OCR, "en", "en"),
        # a document of no known language quoting a clear paragraph
        (SPANISH, None, "es"),
    ],
    ids=[
        "short-ja",
        "short-italian-reply",
        "short-french-name",
        "short-german-closing",
        "short-no-document-language",
        "italian-quote-in-english",
        "english-quote-in-german",
        "french-in-dutch",
        "latin-passage-in-german",
        "german-in-german",
        "code-block-in-english",
        "damaged-english-in-english",
        "spanish-in-unknown",
    ],
)
def test_paragraph_language(
    paragraph: str, document_language: str | None, expected: str | None
) -> None:
    assert paragraph_language(paragraph, document_language) == expected


def test_mixed_document() -> None:
    text = "\n\n".join(
        [ENGLISH, ENGLISH, "Signed, the Clerk.", ITALIAN, ENGLISH, LATIN, "  \n", ENGLISH]
    )
    spans = paragraph_languages(text)
    assert [language for _, _, language in spans] == ["en", "en", "en", "it", "en", None, "en"]
    assert text[spans[2][0] : spans[2][1]] == "Signed, the Clerk."
    assert all(text[a:b].strip() == text[a:b] for a, b, _ in spans)


def test_paragraph_spans_cover_every_paragraph() -> None:
    text = "\n\nFirst line\nsecond line\n \t\nThird.\n"
    assert [text[a:b] for a, b, _ in paragraph_languages(text)] == [
        "First line\nsecond line",
        "Third.\n",
    ]


def test_supported_languages() -> None:
    assert set(SUPPORTED_LANGUAGES) == {"en", "de", "fr", "nl", "es", "it"}


@given(st.text())
def test_never_raises_and_deterministic(text: str) -> None:
    language = detect_language(text)
    assert language is None or language in SUPPORTED_LANGUAGES
    assert detect_language(text) == language
    spans = paragraph_languages(text)
    assert spans == paragraph_languages(text)
    assert all(0 <= a < b <= len(text) for a, b, _ in spans)


@given(st.lists(st.sampled_from(ENGLISH.split() + ["\n\n", "\n", "ſ", "l'", "-"]), max_size=80))
def test_never_raises_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    assert detect_language(text) in (None, "en", *SUPPORTED_LANGUAGES)
    paragraph_languages(text)
