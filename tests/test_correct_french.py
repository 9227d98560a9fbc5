"""French word correction: the French pair table, the French confusions and the misread
pronoun rule (issue 16). Must-change rows and must-not-change rows."""

from __future__ import annotations

import pytest

from ocrclean.correct import (
    _RE_SPLIT,
    _association,
    _french_pronouns,
    _french_stray_marks,
    confusions,
    correct_words,
)

PRONOUNS = [
    # (id, text, expected)
    ("11 after a full stop", "la nuit. 11 est parti hier", "la nuit. Il est parti hier"),
    ("11 before an elision", "Le soir. 11 n'a rien dit", "Le soir. Il n'a rien dit"),
    ("II opening a paragraph", "II y a deux jours", "Il y a deux jours"),
    ("Us after a full stop", "la ville. Us ont dit non", "la ville. Ils ont dit non"),
    ("mid-sentence", "mais 11 faut partir", "mais 11 faut partir"),
    # must not change
    ("a date", "le 11 mai 1880", "le 11 mai 1880"),
    ("a time", "à 11 heures du soir", "à 11 heures du soir"),
    ("a Roman numeral after a name", "Louis II a dit", "Louis II a dit"),
    ("a number mid-sentence", "les 11 sont venus", "les 11 sont venus"),
    ("after a number with a stop", "page 11. 11 est", "page 11. 11 est"),
    ("an amount", "Prix. 11 fr. le mètre", "Prix. 11 fr. le mètre"),
    ("already right", "la nuit. Il est parti", "la nuit. Il est parti"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [r[1:] for r in PRONOUNS], ids=[r[0] for r in PRONOUNS]
)
def test_french_pronouns(text: str, expected: str) -> None:
    parts = _RE_SPLIT.split(text)
    _french_pronouns(parts)
    assert "".join(parts) == expected


def test_french_pair_table_knows_french_usage() -> None:
    assert _association("à", "la", 1, "fr") > _association("a", "la", 1, "fr")
    assert _association("il", "est", 1, "fr") > 0
    assert _association("ont", "eu", 0, "fr") > 0


def test_french_confusions_are_the_shapes_and_the_accents() -> None:
    """No table learned from ground truth: the shapes OCR confuses in any Latin print (the
    long s read as f among them) and the accents it drops, adds or swaps."""
    french = confusions("fr")
    assert ("f", "s") in french  # "fous" for "sous"
    assert ("e", "é") in french and ("è", "é") in french
    assert ("e", "é") not in confusions("en")
    assert confusions("en").keys() <= french.keys()


CLEAN = [
    # (id, text): clean French passes --correct unchanged
    (
        "real words a rival could be",
        "Il a vu là-bas la maison où il a eu tant de joies, et tes lettres y sont encore.",
    ),
    (
        "period spelling with accents",
        "La vûe de la ville, une femme nuë, les enfans avoient peur.",
    ),
    ("numbers", "Le 11 mai 1880, à 11 heures, 11 fr. le mètre."),
    (
        "inflected forms the word list lacks",
        "Lorsque vous vîntes me voir, je souffris beaucoup et je régnais seule.",
    ),
    ("a doubled consonant of old print", "Le sculpteur a fait un grouppe de marbre."),
    ("là and eu where they belong", "Il a eu raison, et il était là hier."),
    ("a name after an elision", "Le comte d'Ulin et l'Eafida sont venus, qu'on le sache."),
]


@pytest.mark.parametrize("text", [r[1] for r in CLEAN], ids=[r[0] for r in CLEAN])
def test_clean_french_is_left_alone(text: str) -> None:
    assert correct_words(text, language="fr") == text


NOISY = [
    # (id, text, expected): French OCR, one misreading fixed and the rest kept
    (
        "a word after an elision",
        "Cette mesure a produit l'éffet que le ministre attendait.",
        "Cette mesure a produit l'effet que le ministre attendait.",
    ),
    (
        "là for la, both neighbours against it",
        "Ils sont venus de là ville pour voir le maire.",
        "Ils sont venus de la ville pour voir le maire.",
    ),
    (
        "a misread pronoun in noisy text",
        (
            "Le ministre a reçu hier do nombreux députés qui sont venus lui parler duns son "
            "cabinet. 11 est resté avec eux jusqu'au soir."
        ),
        (
            "Le ministre a reçu hier de nombreux députés qui sont venus lui parler dans son "
            "cabinet. Il est resté avec eux jusqu'au soir."
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in NOISY], ids=[r[0] for r in NOISY])
def test_noisy_french_is_corrected(text: str, expected: str) -> None:
    assert correct_words(text, language="fr") == expected


STRAY = [
    # (id, text, expected)
    ("a stop after de", "le siège de. la ville", "le siège de la ville"),
    ("an apostrophe after la", "dans la' maison du roi", "dans la maison du roi"),
    # must not change
    ("a comma after et: an aside", "et, au lieu de partir", "et, au lieu de partir"),
    ("before a capital", "le roi de. Paris", "le roi de. Paris"),
    ("a word that may end a clause", "il votera pour. le reste", "il votera pour. le reste"),
    ("two marks", "le siège de.. la ville", "le siège de.. la ville"),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in STRAY], ids=[r[0] for r in STRAY])
def test_french_stray_marks(text: str, expected: str) -> None:
    parts = _RE_SPLIT.split(text)
    _french_stray_marks(parts)
    assert "".join(parts) == expected
