"""correct_words beyond English: a model per language, and text in other languages left alone."""

from __future__ import annotations

import pytest

from ocrclean.correct import MODEL_LANGUAGES, correct_words

# French OCR misreadings of the kinds the ICDAR 2017 French periodicals show (do/de, duns/dans,
# celte/cette, lès/les, avee/avec), in noisy sentences of their kind.
FRENCH_MUST_FIX = [
    (
        "dë, cettë: a diaeresis OCR added (a poëte keeps his)",
        (
            "Le ministre a reçu hier dë nombreux députés venus lui parler duns son cabinet, et "
            "cettë visite a duré longtemps; le poëte étoit là."
        ),
        (
            "Le ministre a reçu hier de nombreux députés venus lui parler dans son cabinet, et "
            "cette visite a duré longtemps; le poëte étoit là."
        ),
    ),
    (
        "do, duns, celte",
        (
            "Le ministre a reçu hier do nombreux députés qui sont venus lui parler duns son "
            "cabinet, et celte visite a duré longtemps."
        ),
        (
            "Le ministre a reçu hier de nombreux députés qui sont venus lui parler dans son "
            "cabinet, et cette visite a duré longtemps."
        ),
    ),
    (
        "lès, avee",
        (
            "Le conseil municipal s'est réuni hier soir pour examiner lès propositions du maire, "
            "avee le concours de tous lès membres présents."
        ),
        (
            "Le conseil municipal s'est réuni hier soir pour examiner les propositions du maire, "
            "avec le concours de tous les membres présents."
        ),
    ),
    (
        "accents",
        (
            "Le préfet dèmandait hier si la fédératioi èst duns celte ville do Paris, avee ses membres."
        ),
        (
            "Le préfet demandait hier si la fédération est dans cette ville de Paris, avec ses membres."
        ),
    ),
]

# Clean French (few misread words): an unknown word gives way only to a common word one likely
# confusion away; accented and capitalised words are the author's.
FRENCH_CLEAN = [
    (
        "couduite, socond",
        "Sa couduite fut jugée par le tribunal au socond jour de la session.",
        "Sa conduite fut jugée par le tribunal au second jour de la session.",
    ),
    (
        "an old accent kept",
        (
            "Le soir, quand il rentrait des champs avec son père et ses frères, la vûe du "
            "moulin sur la colline, au-dessus de la rivière, lui rappelait toujours les "
            "longues journées de son enfance passées dans la maison de sa grand-mère."
        ),
        (
            "Le soir, quand il rentrait des champs avec son père et ses frères, la vûe du "
            "moulin sur la colline, au-dessus de la rivière, lui rappelait toujours les "
            "longues journées de son enfance passées dans la maison de sa grand-mère."
        ),
    ),
    (
        "a name kept",
        "Le général Dathier arriva hier soir à Paris avec ses officiers.",
        "Le général Dathier arriva hier soir à Paris avec ses officiers.",
    ),
]

# Noisy French of old books: its old spellings and literary tenses are the author's.
FRENCH_MUST_NOT_CHANGE = [
    (
        "avoit, enfans, tems",
        (
            "Il avoit trois enfans qui étoient tous nés à Paris do la ville, duns le tems où "
            "celte maison étoit à leur père."
        ),
        ["avoit", "enfans", "étoient", "tems", "étoit"],
    ),
    (
        "paroît, connoissance",
        ("Il paroît duns celte ville do Paris que la connoissance avee lès siens étoit grande."),
        ["paroît", "connoissance"],
    ),
    (
        "passé simple",
        (
            "Je résistai longtemps duns celte ville, puis je cédai do bonne grâce et je portai "
            "la lettre au château."
        ),
        ["résistai", "cédai", "portai"],
    ),
    (
        "a word split by a space",
        (
            "Il parlait exclu sivement duns celte langue do son pays, avee lès siens, et des conversa "
            "tions sans fin."
        ),
        ["exclu sivement", "conversa tions"],
    ),
    (
        "a capitalised word the text never spells as the candidate",
        "Le général Relly est arrivé duns celte ville do Turquia avec ses troupes.",
        ["Relly", "Turquia"],
    ),
    ("lone letters", "Il a dit qu'il l a vu duns celte ville do s amis.", [" l a ", " s amis"]),
]

# Clean prose of languages correction has no model for: never rewritten into English.
OTHER_LANGUAGES = [
    (
        "de",
        (
            "Die Regierung hat gestern beschlossen, dass die neuen Gesetze und Verordnungen bis "
            "zum Ende des Jahres in Kraft treten, wir auch vor allem."
        ),
    ),
    (
        "es",
        (
            "El gobierno ha decidido que las nuevas leyes entrarán en vigor antes del fin de año, "
            "y los usos del país cambiarán bien."
        ),
    ),
    (
        "nl",
        (
            "De regering heeft gisteren besloten dat de nieuwe wetten voor het einde van het "
            "jaar in werking treden, zei de minister."
        ),
    ),
    (
        "it",
        (
            "L'opportunità di lavorare con voi è stata per me una grande occasione, e vi "
            "ringrazio tutti di cuore."
        ),
    ),
    (
        "noisy de",
        (
            "Dle Regierung hat gestern beschlossen, dass dle neuen Gesetze und Verordnungen bis "
            "zum Ende des Jahres in Kraft treten, wir auch vor allem tbe."
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [row[1:] for row in FRENCH_MUST_FIX],
    ids=[row[0] for row in FRENCH_MUST_FIX],
)
def test_french_misreadings_are_fixed(text: str, expected: str) -> None:
    assert correct_words(text) == expected
    assert correct_words(text, language="fr") == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [row[1:] for row in FRENCH_MUST_NOT_CHANGE],
    ids=[row[0] for row in FRENCH_MUST_NOT_CHANGE],
)
def test_french_leaves_alone(text: str, kept: list[str]) -> None:
    corrected = correct_words(text, language="fr")
    assert corrected != text  # the sentence is noisy enough to be corrected at all
    for piece in kept:
        assert piece in corrected


@pytest.mark.parametrize(("code", "text"), OTHER_LANGUAGES, ids=[row[0] for row in OTHER_LANGUAGES])
def test_languages_without_a_model_pass_unchanged(code: str, text: str) -> None:
    assert correct_words(text) == text


@pytest.mark.parametrize("language", ["de", "es", "nl", "it", "la", "xx"])
def test_a_forced_language_without_a_model_changes_nothing(language: str) -> None:
    noisy = "The house is on tbe north side of the river, and tho hall waa full."
    assert language not in MODEL_LANGUAGES
    assert correct_words(noisy, language=language) == noisy


def test_a_forced_language_overrides_detection() -> None:
    noisy = "The house is on tbe north side of the river, and tho hall waa full."
    assert correct_words(noisy, language="en") == correct_words(noisy)
    assert "tbe" not in correct_words(noisy, language="en")


def test_a_paragraph_in_another_language_is_left_alone() -> None:
    english = (
        "The meeting wns held in tho evening nnd tho hall waa full of the men of the town, "
        "who had come to hear what the council would say of the new road."
    )
    german = "Die Regierung hat gestern beschlossen, dass die neuen Gesetze und Verordnungen bis zum Ende des Jahres in Kraft treten, wir auch vor allem."
    corrected = correct_words(english + "\n\n" + german)
    assert corrected.endswith("\n\n" + german)
    assert "tho" not in corrected.split("\n\n")[0].split()


@pytest.mark.parametrize(
    ("text", "expected"), [row[1:] for row in FRENCH_CLEAN], ids=[row[0] for row in FRENCH_CLEAN]
)
def test_clean_french(text: str, expected: str) -> None:
    assert correct_words(text, language="fr") == expected
