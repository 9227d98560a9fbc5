"""correct_words: what it must fix, what it must leave alone, and its properties."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ocrclean import Pipeline, clean
from ocrclean.correct import candidates, correct_words

# Real misreadings from the held-in SMH articles (001-080), each in a sentence of its kind.
MUST_FIX = [
    (
        "the text's own word, repeated, kept: no likely misreading of the candidate",
        "Run gcloud help; tbe gcloud tool lists instances, and gcloud alpha shows the cloud.",
        "Run gcloud help; the gcloud tool lists instances, and gcloud alpha shows the cloud.",
    ),
    (
        "a misreading the text repeats (one confusion away)",
        "The dredgo was at work; tbe dredgo cleared the channel and tbe dredgo came back.",
        "The dredge was at work; the dredge cleared the channel and the dredge came back.",
    ),
    (
        "tbe",
        "The house is on tbe north side of the river.",
        "The house is on the north side of the river.",
    ),
    (  # on a page that shows OCR's marks ("membErs"): a clean text without any keeps its names
        "Cieek",
        "The membErs crossed Cieek Road near the Creek.",
        "The membErs crossed Creek Road near the Creek.",
    ),
    (
        "tlint",
        "It was agreed tlint the meeting should be held on Monday.",
        "It was agreed that the meeting should be held on Monday.",
    ),
    (
        "tho in a noisy text",
        "The meeting wns held in tho evening nnd tho hall waa full.",
        "The meeting was held in the evening and the hall was full.",
    ),
    ("aro", "The men aro now at work on the road.", "The men are now at work on the road."),
    ("havo boen", "They havo boen there for some time.", "They have been there for some time."),
    ("wero", "The prices wero high last week.", "The prices were high last week."),
    (
        "waa",
        "The road waa closed by tbe council nnd the men.",
        "The road was closed by the council and the men.",
    ),
    ("fiom nnd", "He came fiom Sydney nnd Melbourne.", "He came from Sydney and Melbourne."),
    (
        "bo and ho in a noisy text",
        "It will bo done by tbe council, ho said, nnd tho road waa closed.",
        "It will be done by the council, he said, and the road was closed.",
    ),
    (
        "acies",
        "40 acies, parish of Thornshope, near Mount Lambie.",
        "40 acres, parish of Thornshope, near Mount Lambie.",
    ),
    ("tbe with a stray mark", "the house on tbe« north side", "the house on the north side"),
    (
        "In mid-sentence",
        "The meeting wns held In the hall, and it Is said Into the night; tbe road waa closed.",
        "The meeting was held in the hall, and it is said into the night; the road was closed.",
    ),
    (
        "In before a year",
        "They were married In 1911 at Bathurst, nnd tbe couple waa well known.",
        "They were married in 1911 at Bathurst, and the couple was well known.",
    ),
    (
        "Its",
        "It rose to nearly twice Its original height, nnd tbe tower waa seen.",
        "It rose to nearly twice its original height, and the tower was seen.",
    ),
    (
        "one unlisted edit",
        "The anount of the loan and the woik of the council.",
        "The amount of the loan and the work of the council.",
    ),
    (
        "I-word the text writes in lower case",
        "Costs are not Included in the sum; all fees included, nnd tbe sum waa paid.",
        "Costs are not included in the sum; all fees included, and the sum was paid.",
    ),
    (
        "guillemets misread for letters",
        "The large earning» of the works »re well known, «nd it took eight week«.",
        "The large earnings of the works are well known, and it took eight weeks.",
    ),
    (
        "asterisks misread for letters in noisy text",
        "Th* men were tired, nnd tbe road waa closed bu* the egg*, were cheap.",
        "The men were tired, and the road was closed but the eggs, were cheap.",
    ),
    (
        "an asterisk misread for a letter of a name",
        "Jame* Shea waa there, nnd tbe road waa closed.",
        "James Shea was there, and the road was closed.",
    ),
    (
        "a letter misread in a word in capitals",
        "COUNTnY LOTS waa sold, nnd tbe road waa closed.",
        "COUNTRY LOTS was sold, and the road was closed.",
    ),
    (
        "two capitals misread for one",
        "The fine waa paid by VVillinm Stewart nnd tbe men were tired.",
        "The fine was paid by William Stewart and the men were tired.",
    ),
    (
        "a misread place name the text repeats",
        "He waa charged at Sydnoy, nnd tbe man was tried at Sydnoy for it.",
        "He was charged at Sydney, and the man was tried at Sydney for it.",
    ),
    (
        "vowels misread in a longer word; a short abbreviation stays",
        "The stmr waa at tbe whnrf nnd Gllbcrt was hnvlng tea.",
        "The stmr was at the wharf and Gilbert was having tea.",
    ),
    (
        "a likely misreading before a full stop",
        "They left tbe sand in a hoap. The men waa tired nnd cold.",
        "They left the sand in a heap. The men was tired and cold.",
    ),
    (
        "a guillemet misread for a w",
        "It »as late and the men «ere tired, nnd tbe road waa closed.",
        "It was late and the men were tired, and the road was closed.",
    ),
    (
        "Mi before a name",
        "Mr. Smith and Mi Brown went to town, nnd tbe fair waa open.",
        "Mr. Smith and Mr. Brown went to town, and the fair was open.",
    ),
    (
        "a misread initial at a line start of wrapped prose stays lower case",
        (
            "The men waa at tbe hall nnd tho band played, and the men wero sure they would\n"
            "bave been heard by the crowd. Tho band waa loud, nnd tbe hall waa full."
        ),
        (
            "The men was at the hall and the band played, and the men were sure they would\n"
            "have been heard by the crowd. The band was loud, and the hall was full."
        ),
    ),
    (
        "verse: a line start is capitalised, a function word mid-line is not",
        (
            "Tho men waa at tbe hall\nAnd tho band played loud\nbave they been heard\n"
            "By all tbe crowd nnd tho town"
        ),
        (
            "The men was at the hall\nAnd the band played loud\nHave they been heard\n"
            "By all the crowd and the town"
        ),
    ),
    (
        "a title that is a word gets no full stop of the text's sentences",
        "He saw the master. The mastcr, nnd tbe men waa there. Ask the master.",
        "He saw the master. The master, and the men was there. Ask the master.",
    ),
    (
        "a dictionary word that is above all a misreading",
        "The bouse of tbe council will continuo, nnd the road waa closed.",
        "The house of the council will continue, and the road was closed.",
    ),
    (
        "a capital misread inside a lower-case word",
        "He waB there and haB gone, nnd tbe road waa closed.",
        "He was there and has gone, and the road was closed.",
    ),
    (
        "a rare dictionary word its neighbours do not favour in a noisy text",
        "There was a largo number of people, nnd tbe road waa closed.",
        "There was a large number of people, and the road was closed.",
    ),
    (
        "a likely misreading with no vowel, not an abbreviation",
        "He said thnt the Crown Lnnd was sold by the stmr, 10 mths ago, nnd tbe road waa closed.",
        "He said that the Crown Land was sold by the stmr, 10 mths ago, and the road was closed.",
    ),
    (
        "misreadings that look like period spelling in a modern text",
        "The bullet, which lind boen extracted, was on tbe table nnd the rond waa closed.",
        "The bullet, which had been extracted, was on the table and the road was closed.",
    ),
]

# Harm first: in a noisy OCR text ("nnd", "tbe", "waa" corrected) what must stay as it is.
MUST_FIX += [
    (
        "period spelling kept in a noisy text",
        "Hee said himselfe would goe and keepe the meate, nnd tbe doore waa shut.",
        "Hee said himselfe would goe and keepe the meate, and the doore was shut.",
    ),
    (
        "a period-looking word kept in a text spelled in a period style",
        "Hee said himselfe would goe and keepe the meate, nnd tbe doore waa shut by the rond.",
        "Hee said himselfe would goe and keepe the meate, and the doore was shut by the rond.",
    ),
    (
        "period past tenses, endings and vowels kept in a text spelled in a period style",
        (
            "Hee knockt and wisht to goe, and perswaded himselfe hee was threatned, "
            "and proveth it; nnd tbe doore waa shut."
        ),
        (
            "Hee knockt and wisht to goe, and perswaded himselfe hee was threatned, "
            "and proveth it; and the doore was shut."
        ),
    ),
    (
        "period vowels inside a long word kept in a text spelled in a period style",
        "Hee said himselfe would goe to his hoast, and insteed hee staid, nnd tbe doore waa shut.",
        "Hee said himselfe would goe to his hoast, and insteed hee staid, and the doore was shut.",
    ),
    (
        "a misread ending that looks like a period vowel corrected in a modern text",
        "The wall was ten metrea high nnd tbe road waa closed by tbe council.",
        "The wall was ten metres high and the road was closed by the council.",
    ),
    (
        "names that look like period spelling kept in a modern text",
        "Mr. Sare of Brieg came, nnd tbe road waa closed.",
        "Mr. Sare of Brieg came, and the road was closed.",
    ),
    (
        "period words kept in a noisy text",
        "Thou art there, nnd I shew thee tbe way, nor doth he know it waa so.",
        "Thou art there, and I shew thee the way, nor doth he know it was so.",
    ),
    (
        "verse run into prose keeps the capital I of its line starts",
        (
            "Tbe storm-tost main And hard on tbe shore they drive, And high and dry tbose "
            "fifty waa haul'd, In honour of Odin, For down to tbe melting sand And over "
            "each mast nnd the sword In hand."
        ),
        (
            "The storm-tost main And hard on the shore they drive, And high and dry those "
            "fifty was haul'd, In honour of Odin, For down to the melting sand And over "
            "each mast and the sword In hand."
        ),
    ),
    (
        "a name the text writes in a URL kept in a noisy text",
        "The firestore service of https://firestore.googleapis.com/, nnd tbe road waa closed.",
        "The firestore service of https://firestore.googleapis.com/, and the road was closed.",
    ),
    (
        "e-mail addresses spelled out kept in a noisy text",
        "Thanks to Allan Clark allanc at sco.com and ged at solace dot miun dot se, nnd tbe road waa closed.",
        "Thanks to Allan Clark allanc at sco.com and ged at solace dot miun dot se, and the road was closed.",
    ),
    (
        "a real word its neighbours vouch for kept in a noisy text",
        "He laid the book on tbe table, nnd tbe road waa closed.",
        "He laid the book on the table, and the road was closed.",
    ),
    (
        "real words kept in a noisy text",
        "She wore a hat and hid it at the mill, nnd tbe road waa closed.",
        "She wore a hat and hid it at the mill, and the road was closed.",
    ),
    (
        "a lone m between words in a noisy text",
        "The men waa m the hall, nnd tbe road was closed.",
        "The men was in the hall, and the road was closed.",
    ),
    (
        "a capitalised I-word the text writes more often capitalised",
        "The Italian liner and the Italian envoy, an italian boy, nnd tbe road waa closed.",
        "The Italian liner and the Italian envoy, an italian boy, and the road was closed.",
    ),
    (
        "a misread capital I or J in a word newspapers print in lower case",
        "He suffered an Injury to his arm and was Joined by his wife, nnd tbe road waa closed.",
        "He suffered an injury to his arm and was joined by his wife, and the road was closed.",
    ),
    (
        "a misread capital I after a name, in brackets",
        "Mr. Want (Instructed by Mr. Dawson) appeared, nnd tbe road waa closed.",
        "Mr. Want (instructed by Mr. Dawson) appeared, and the road was closed.",
    ),
    (
        "names and titles beginning with I or J kept in a noisy text",
        "He came in June last and the Judge said so, nnd tbe road waa closed.",
        "He came in June last and the Judge said so, and the road was closed.",
    ),
    (
        "a title after a comma kept in a noisy text",
        "He wrote to the master, Inspector of Dredges, nnd tbe road waa closed.",
        "He wrote to the master, Inspector of Dredges, and the road was closed.",
    ),
    (
        "an I-word before a number kept in a noisy text",
        "He came to the Inhabitants 47111 of the town, nnd tbe road waa closed.",
        "He came to the Inhabitants 47111 of the town, and the road was closed.",
    ),
    (
        "ligatures read as one letter",
        "It was the nrst omcial sign of his amiction, and the men knew it.",
        "It was the first official sign of his affliction, and the men knew it.",
    ),
    (
        "a C read as a capital of the same shape stays a capital",
        "He wrote poems on the Tower, Oarthage, and Jerusalem, nnd tbe road waa closed.",
        "He wrote poems on the Tower, Carthage, and Jerusalem, and the road was closed.",
    ),
    (
        "other letters read as a capital of the same shape are lowered",
        "He was Sery glad to see the men, nnd tbe road waa closed.",
        "He was very glad to see the men, and the road was closed.",
    ),
    (
        "a capital at a verse line start kept in a noisy text",
        "Mid storm and gale\nIn his ocean home tbe whale waa seen nnd lost.",
        "Mid storm and gale\nIn his ocean home the whale was seen and lost.",
    ),
    (
        "code spans and markup kept in a noisy text",
        "Use `stdio` and **kwds, *ndigits* and ```js here, nnd tbe road waa closed.",
        "Use `stdio` and **kwds, *ndigits* and ```js here, and the road was closed.",
    ),
    (
        "marks around a corrected word kept",
        'The (tbe) road and "nnd" waa closed.',
        'The (the) road and "and" was closed.',
    ),
    (
        "abbreviations kept in a noisy text",
        "On the 5th inst. the stmr arrived, nnd tbe road waa closed.",
        "On the 5th inst. the stmr arrived, and the road was closed.",
    ),
    (
        "a drop-cap initial kept in a noisy text",
        "L AWRENCE wns on tbe north side, nnd tbe road waa closed.",
        "L AWRENCE was on the north side, and the road was closed.",
    ),
]

MUST_NOT_CHANGE = [
    ("names", "Mr. Windellama bought the lot at Jerralong from Mr. Toose and Mr. Toose's son."),
    ("acronyms", "The NSW and SMH reports (A.A.P.) were read, and the RSL met."),
    ("numbers and currency", "Upset price £5 3s. 6d. per acre; 20s. for lot 17, 3.5 per cent."),
    (
        "archaic spellings",
        "I shew you the connexion between them to-day; the gaol and the waggon were despatched.",
    ),
    ("Roman numerals", "Henry VIII and Louis XIV; chapter ix, page iii, volume ii."),
    (
        "modern prose",
        "The council voted on a plan to build new homes near the river, the mayor said.",
    ),
    ("brand names", "My iPhone and eBay account, and a PowerPoint file."),
    ("mixed case in clean text", "It runs on macOS and the iOS app syncs with iCloud and myData."),
    ("URL and e-mail", "Email john.smith@example.com or visit https://www.example.com/page today."),
    ("abbreviations", "See p. 12 and pp. 3-5, vol. 2, No. 17, Messrs. Smith and Co."),
    ("rare but right", "The burthen of the ship was 300 tons, with a cargo of tallow and hides."),
    ("one-letter words", "I saw a man; the letter A and the letter b; 5 m from here."),
    ("compounds", "A well-known co-operative, the half-yearly meeting, a re-elected member."),
    ("In at a sentence start", "The case was closed. In the morning the men left."),
    ("In in a headline", "The Man In The Moon"),
    ("It after a lost full stop", "He was committed for trial It was then late."),
    ("In at the end of a clause", "He went In. She went In, and they sat down."),
    (
        "a name used twice mid-sentence",
        "Many persons who visited Como and the river come back. The surroundings of Como, and the boats, come first.",
    ),
    (
        "capitalised I-words the text never lowers",
        "He kept Irish terriers, and an Indian prince met the Italian envoy.",
    ),
    (
        "capitalised and short words a ligature reading would make rare words of",
        "The Mumn man and the nrth man were there, and the men knew it.",
    ),
    (
        "a capital I-word in clean text",
        "He suffered an Injury to his arm and was Joined by his wife.",
    ),
    (
        "asterisks of emphasis in clean text",
        "It was *the end* of the day, and the *rest* was silence.",
    ),
    ("asterisks of code", "Call the function with **kwds and see the result of foo* in the shell."),
    (
        "mixed case in clean text",
        "The TODOs, GObject types, GVariant and DVDs of the JavaScript library load, as do the URLs.",
    ),
    ("guillemets quoting", "He called it «the end» and the paper «Le Monde» agreed."),
    ("period words", "Thou art there, and I shew thee the way, nor doth he know; 'tis so."),
    ("a real word in clean text", "She wore a hat and ate an apple at the rolling mill."),
    ("fenced code", "```\nmodule tbe\n```\n"),
    ("abbreviations", "On the 5th inst. the stmr arrived at the wharf."),
    ("drop-cap initial", "L AWRENCE was there."),
    (
        "German",
        "Wie froh bin ich, daß ich weg bin! Bester Freund, was ist das Herz des Menschen und wie arme Leonore.",
    ),
    ("a misspelt name in clean text", "Then Tizzie came home and sat by the fire with her mother."),
    (
        "Dutch",
        "--'t Is 't mijne, ge zult het niet hebben. Als dusdanig is hij braaf en grootmoedig.",
    ),
    (
        "French",
        "Il y a la «classe» ouvrière et les autres, dit-il, et nous ne savons pas pourquoi.",
    ),
    (
        "accents and capitals in clean text",
        (
            "The pérfume and sweetness of a minute, no more; and in the old book called DIVILS "
            "CHARTER the Belovèd prince of the land was sitting by the fire with all his men, "
            "and they spoke of the war and of the sea for a long time that night."
        ),
    ),
    ("empty", ""),
    ("whitespace only", " \n\n\t"),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MUST_FIX], ids=[case[0] for case in MUST_FIX]
)
def test_fixes_real_misreadings(text: str, expected: str) -> None:
    assert correct_words(text) == expected


@pytest.mark.parametrize(
    "text", [case[1] for case in MUST_NOT_CHANGE], ids=[case[0] for case in MUST_NOT_CHANGE]
)
def test_leaves_alone(text: str) -> None:
    assert correct_words(text) == text


def test_the_likeliest_misreading_is_a_candidate() -> None:
    assert dict(candidates("tbe"))["the"] > dict(candidates("tbe")).get("tse", -99) - 1
    assert "the" in dict(candidates("tho", 4.4))
    assert candidates("thee" * 10) == ()


def test_case_and_punctuation_are_kept() -> None:
    assert correct_words('"Tbe end," he said; (tbe end).') == '"The end," he said; (the end).'


def test_off_by_default() -> None:
    text = "on tbe north side\n"
    assert clean(text) == text
    assert clean(text, correct=True) == "on the north side\n"
    assert "correct_words" not in Pipeline.build().names
    assert "correct_words" in Pipeline.build(correct=True).names
    assert Pipeline.build(only=["correct_words"]).names == ["correct_words"]


def test_importing_and_cleaning_without_correct_loads_nothing_of_it() -> None:
    """Run in a fresh interpreter: the default pipeline never builds the correction tables."""
    code = (
        "import sys, ocrclean\n"
        "import ocrclean.correct as c\n"
        "ocrclean.clean('on tbe north side of the river\\n')\n"
        "loaded = [f.__name__ for f in (c._lexicon, c._misreadings, c._bigrams) if f.cache_info().currsize]\n"
        "assert not loaded and 'ocrclean.data.confusions' not in sys.modules and 'symspellpy' not in sys.modules, loaded\n"
    )
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=importlib.import_module("ocrclean").__path__[0] + "/..",
    )


WORDS = st.sampled_from(
    "the of and to in a was for that with by he said council would be tho tbe aro bo ho "
    "waa Cieek Creek acies acres NSW 1842 £5 3s. 6d. iPhone shew to-day Mr. J. ( ) , . ; « m n".split()
)
OCR_LIKE = st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=40).map(" ".join)


@settings(deadline=None)  # the first example loads the word list and the bigrams
@given(st.one_of(st.text(max_size=200), OCR_LIKE))
@example(
    "ay tho the Ay"
)  # correcting one "ay" takes support from the other: both are looked at again
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = correct_words(text)
    assert isinstance(once, str)
    assert correct_words(once) == once


@settings(deadline=None)
@given(OCR_LIKE)
@example("1")
def test_only_words_change_never_lines_or_numbers(text: str) -> None:
    """Lines and their indentation are kept (segmentation never crosses a line break); tokens
    change in number only by words split in two or pieces joined, at most one per two tokens
    of a line; numbers and codes stay as they are (the pronoun "1" -> "I" aside)."""
    out = correct_words(text)
    before, after = text.split("\n"), out.split("\n")
    assert [len(a) - len(a.lstrip()) for a in after] == [len(a) - len(a.lstrip()) for a in before]
    for old, new in zip(before, after):
        assert abs(len(new.split()) - len(old.split())) <= len(old.split()) // 2

    def numbers(words: str) -> list[str]:  # a lone 1 may be read as the pronoun I
        return [t for t in words.split() if any(c.isdigit() for c in t) and t != "1"]

    assert numbers(out) == numbers(text)


PROSE_WORDS = st.sampled_from(
    "the council voted on a plan to build new homes near river and park while mayor said city "
    "would pay for most of it after years debate over cost route".split()
)


@settings(deadline=None)
@given(
    st.lists(PROSE_WORDS, min_size=3, max_size=30).map(lambda ws: " ".join(ws).capitalize() + ".")
)
def test_clean_prose_passes_unchanged(prose: str) -> None:
    assert correct_words(prose) == prose


def test_command_line_flag() -> None:
    from click.testing import CliRunner

    from ocrclean.cli import main

    runner = CliRunner()
    assert (
        runner.invoke(main, ["--correct"], input="on tbe north side\n").stdout
        == "on the north side\n"
    )
    assert runner.invoke(main, [], input="on tbe north side\n").stdout == "on tbe north side\n"
    listing = runner.invoke(main, ["--list-filters"]).stdout
    assert "correct_words" in listing and "(only with --correct)" in listing


# Noisy text (tbe, waa, nnd are corrected) where an asterisk glued to a word is no letter.
ASTERISKS_KEPT = [
    ("emphasis", "In tbe road waa a *big end* nnd tbe men were tired.", "*big end*"),
    ("a pattern", "In tbe road waa the library Draw* functions nnd tbe men.", "Draw* functions"),
    ("a word in capitals", "In tbe road waa the BOND* shares nnd tbe men.", "BOND*"),
    ("a lone letter", "In tbe road waa the item b* nnd tbe men were tired.", "b*"),
]


@pytest.mark.parametrize(
    ("text", "kept"),
    [case[1:] for case in ASTERISKS_KEPT],
    ids=[case[0] for case in ASTERISKS_KEPT],
)
def test_keeps_asterisks_that_are_no_letter(text: str, kept: str) -> None:
    corrected = correct_words(text)
    assert corrected != text and kept in corrected


# Noisy text (tbe, waa, nnd are corrected) where a capitalised word the text repeats is a name.
NAMES_KEPT = [
    ("a rarer confusion", "Mr. Toose waa there nnd tbe men saw Toose at Toose's farm.", "Toose"),
    ("no candidate", "Windellama waa there nnd tbe men saw Windellama.", "Windellama"),
]


@pytest.mark.parametrize(
    ("text", "kept"), [case[1:] for case in NAMES_KEPT], ids=[case[0] for case in NAMES_KEPT]
)
def test_keeps_repeated_names(text: str, kept: str) -> None:
    corrected = correct_words(text)
    assert corrected != text and corrected.count(kept) == text.count(kept)
