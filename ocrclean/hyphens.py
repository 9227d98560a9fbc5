"""Words broken by hyphenation and line breaks: join, keep the hyphen, or leave as found."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import heapq
import itertools
import json
import operator
import re
import string
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from enum import Enum
from typing import NamedTuple, TypeVar

import regex

from .boilerplate import is_boilerplate
from .data.words import (
    CAPITAL_PREFIXES,
    DUTCH_VOWELS,
    HYPHENATED_FIRST_PIECES,
    SOLID_COMPOUND_LANGUAGES,
    SUSPENSION_CONNECTORS,
)
from .edits import apply_edits
from .evidence import Pieces, context_gain, pieces, print_ratio, vocabulary
from .language import SUPPORTED_LANGUAGES, detect_language
from .lexicon import frequencies, phrase_counts, zipf
from .paragraphs import kept_lines
from .unicode import RE_LOOSE_SOFT_HYPHEN

# The language code for text whose language is undetermined or has no word list here
# (ISO 639-2 "und"): only the decisions that need no word list are made.
UNDETERMINED = "und"


_Answer = TypeVar("_Answer")


def _once(question: Callable[[], _Answer]) -> Callable[[], _Answer]:
    """``question``, asked at the first call only: a filter's lazy evidence about one text.
    (``functools.cache`` costs more to set up than a short document takes to clean.)"""
    answers: list[_Answer] = []

    def asked() -> _Answer:
        if not answers:
            answers.append(question())
        return answers[0]

    return asked


def _remembered(question: Callable[[str], _Answer]) -> Callable[[str], _Answer]:
    """``question`` about a word, asked once per word: ``_once`` for questions about words."""
    answers: dict[str, _Answer] = {}

    def asked(word: str) -> _Answer:
        if word not in answers:
            answers[word] = question(word)
        return answers[word]

    return asked


def document_language(text: str, language: str | None) -> str | None:
    """The language whose decisions a filter makes: ``language`` when the caller names one
    (its primary subtag, lower case: ``"DE"``, ``"de-AT"`` -> ``"de"``; a language without a
    word list here, or ``"und"``, -> ``"und"``), else the one ``detect_language`` reads in
    ``text`` (None where it cannot tell: English decides there).

    >>> document_language("", "de-AT"), document_language("", "pt"), document_language("", None)
    ('de', 'und', None)
    """
    if language is None:
        return detect_language(text)
    primary = re.split(r"[-_]", language.strip(), maxsplit=1)[0].lower()
    return primary if primary in SUPPORTED_LANGUAGES else UNDETERMINED


class Decision(Enum):
    JOIN = "join"  # con-⏎stitution -> constitution
    HYPHEN = "hyphen"  # U.S.-⏎led -> U.S.-led
    LEAVE = "leave"  # no evidence: the text stays as it was


# Thresholds on the Zipf scale (log10 per billion words; see ``evidence``), measured on
# the ground truth of the overProof SMH articles (README, "Word lists").
KNOWN_WORD = 1.0  # below this, a wordfreq entry is noise ("wellknown" 1.6 is close)
PIECE_WORD = 2.0  # both pieces at least this common: a compound ("self-government")
HYPHEN_JOIN = 2.0  # association above which a hyphenated break is joined
LOST_JOIN = 3.5  # association above which an unhyphenated break is joined
RARE_PIECE = 4.5  # an unhyphenated break joins only if one piece is rarer than this
MIN_SPLIT_WORD = 5  # printers do not break shorter words; "lo⏎bo" is OCR noise, not "lobo"
MAX_PASSES = 4  # rejoin_split_words repeats until nothing changes (two passes, nearly always)
PRINT_RATIO = 2.0  # 1916 print writes a word split by a space 100x less often than joined
CONTEXT_GAIN = 0.4  # its context reads 10^0.4 times likelier with the joined word: "with out the"
# Split with a space inside a line, where the document does not write the joined word: 1916
# print writes it 1000x more often joined ("un til" 3.6, "say ing" 3.5; "Harris on" 2.2,
# "less on" 2.1, "no body" 2.6)...
STRONG_PRINT_RATIO = 3.0
FRAGMENT_PIECE = 2.5  # ... or a piece is no word: "circ" 2.3, "ithin" 0; "loyal"'s "loy" 2.6
NEIGHBOURS = 4  # ... and of the 4 tokens either side...
READABLE_SHARE = 0.75  # ... three in four are English words, not OCR garbage ("lliu limi t il")
_TOKEN_PUNCTUATION = ".,;:!?\"'()[]-\u2018\u2019\u201c\u201d"
KNOWN_SPLIT_WORD = 3.0  # Zipf of a word joined from two pieces that are words themselves
COMMON_WORD = 6.0  # Zipf of "with" 6.8, "her" 6.3, "out" 6.4: a word of its own, not a piece
FRAGMENT = 3.5  # Zipf below which a piece is a fragment, not a word: "jured" 0, "fer" 3.1
WORD = 4.0  # Zipf of "able" 5.4, "state" 5.8: after one letter, a word, not the rest of one
# Zipf: outside English, two pieces at a line break that are both this common are two words
# ("ihr⏎es" 6.2 and 6.9, "que⏎en"), not a word that lost its hyphen ("sol⏎dati": "sol" 4.1,
# "completa⏎mente": 4.7).
COMMON_PIECE = 5.0
ENGLISH_MARKERS = 20  # English's most frequent words ("the", "of", "and")...
ENGLISH_SHARE = 0.1  # ... are a tenth of an English text's words (a quarter in prose)
ONE_LETTER_WORDS = frozenset({"a", "i"})  # "a bout", "I n": a word of its own, not a piece
RARE_COMPOUND = 3.5  # a prefixed word rarer than this ("preexisting" 2.9, "protest" 4.5)...
COMMON_BASE = 4.0  # ... after a prefix, of a common word ("existing" 4.8), keeps the hyphen
KNOWN_NAME = 3.0  # after a prefix, a word this common or an acronym: "Russian" 5.0, "Dor" 2.8
COMPOUND_PIECE = 3.0  # German and Dutch pieces this common make a solid compound ("Hofe" 3.4)
MIN_COMPOUND_PIECE = 3  # letters: "in" and "en" start and end words; "Jagd", "hofe" are words
# Outside English, a line-end break whose joined word is this common and no rarer than its
# pieces side by side joins: French "pour-⏎tant" 5.2, "sur-⏎tout" 5.5, Dutch "in-⏎drukken"
# 3.7. French compounds that keep the hyphen are rare joined: "peut-être" 2.3, "contre-coup" 2.8.
KNOWN_JOINED = 3.0
JOINED_ASSOCIATION = 0.5
# English writes more compounds with a hyphen (arm-chair, to-day in old print): there a
# line-end break joins when the joined word is sixteen times likelier than its pieces side
# by side ("some-⏎body", "door-⏎way", "through-⏎out", "agree-⏎able"), and the hyphen stays
# below that ("to-⏎day" 1.17, "break-⏎up", "well-⏎known", "Anglo-⏎Saxon").
ENGLISH_JOINED_ASSOCIATION = 1.2
# After a line-end hyphen, a lower-case piece rarer than this is no word: the rest of a word
# the printer broke ("me-⏎drosas", "achttie-⏎nen", "curtsey-⏎ing"), joined even when the list
# lacks the whole word; not after a capitalised piece outside German and Dutch ("Fu-⏎chaio",
# a name written with its hyphen; German and Dutch capitalise nouns), nor next to a one-letter
# piece.
WORD_REST = 1.0

# A hyphen (or soft hyphen, or what Fraktur OCR reads for the double oblique hyphen: the
# not-sign, the double hyphen ⸗, and an equals sign at a line end after a letter) after a
# letter, digit or full stop, then a line break (through blank lines and page breaks) or
# spaces, then a letter or digit: "con-⏎stitution", "coop- eration", "construc-⏎⏎tion",
# "Verſamm⸗⏎lung", "Regie=⏎rung".
_GAP = r"(?P<gap>[ \t\f]*\n[ \t\f\n]*|[ \t]+)(?=[^\W_])"
_RE_BREAK = re.compile(
    r"(?:[-\u2010\u00ac\u00ad\u2e17](?<=[\w.][-\u2010\u00ac\u00ad\u2e17])"
    r"|=(?<=[^\W\d_]=)(?=[ \t]*\n))" + _GAP
)
# The same for text with no rarer hyphen: a pattern that starts with a literal scans 7x faster.
_RE_HYPHEN_BREAK = re.compile(r"-(?<=[\w.]-)" + _GAP)
_RARE_HYPHENS = ("\u2010", "\u00ac", "\u00ad", "\u2e17")
_RE_EQUALS_AT_LINE_END = re.compile(r"=[ \t]*\n")
# Fraktur's hyphen read as an equals sign: a line break only in prose of another language
# than English, and only where the joined word is known (never "key=⏎value").
_EQUALS_HYPHEN = "="

_RE_TOKEN = re.compile(r"\S*")
_RE_TAIL = re.compile(r"[ \t]*")
# How far back to look for the word before a break: longer tokens are not words.
_LOOK_BACK = 64
_RE_LETTERS_END = re.compile(r"[^\W\d_]+$")
_RE_LETTERS_START = re.compile(r"^[^\W\d_]+")
_RE_FOLLOWING_TOKEN = re.compile(r"\s*(\S+)")
_PROTECTED_WEIGHT = 1_000_000  # a protected word outweighs any document's own spelling
_HYPHENS = ("-", "\u2010", "\u00ac", "\u00ad", "\u2e17")
_OPENERS = "\"'([{\u2018\u201c"
# Suspended hyphens: a connector word ("and", "versus", "as well as", "but not", "en"), and
# the word that shares the suspended half ("post-war", "intra-", "20th-century,").
# A table or CSV row: a field, then a separator glued to the next field ("6,Li,6.94").
_RE_RECORD_FIELD = re.compile(r"[^\s,;|]*[,;|][^\s,;|]+[,;|]")
# Words written in lower case: a capitalised word also written so starts a sentence.
_LOWER_LETTERS = frozenset(string.ascii_lowercase)
_RE_CONNECTOR = re.compile(r"[^\W\d_]{1,6}")
# The shared half is a word: after its last hyphen letters or nothing ("intra-"), never a
# number alone ("sud-⏎marine E-2" is no suspended hyphen).
_RE_SHARED_HALF = re.compile(
    r"[\"'(\u2018\u201c]*[^\W_]+(?:-[^\W_]+)*-(?:[^\W_]*[^\W\d_][^\W_]*)?"
    r"[.,;:!?)\"'\u2019\u201d]*"
)
# After a shared half that ends in a hyphen ("intra-"): the end of the phrase, not a word
# that the hyphen would join ("nn-⏎n").
_RE_PHRASE_END = re.compile(r"[ \t]*(?:$|[^\w\s])")
MAX_CONNECTORS = 3  # "as well as"
CONNECTOR_WORD = 2.5  # Zipf: "versus" 4.3, "en" 4.5, "oder" 2.8; a fragment such as "gence" is 0
SHORT_CONNECTOR = 3  # "en", "und", "and": with no hyphenated word after, only a short one
# Zipf: a capitalised word after a line-end hyphen that the document also writes in lower case
# starts a sentence only if it is a word that often does ("The" 7.7, "However" 5.6,
# "Yesterday" 4.9), not the second half of a compound ("Frog-⏎Footman": "footman" 2.5).
SENTENCE_WORD = 4.5
# Zipf: a word this common after a language's connector ("met", "hij", "la") makes the
# connector the end of a broken word ("wegloop-⏎en met"), not a suspension before a compound.
FUNCTION_WORD = 5.5
# Zipf: a connector after a line-end hyphen is a common word ("versus" 4.3, "nor" 4.6),
# not the end of a broken word that happens to be listed ("nal" 2.5, "sailed" 3.7).
LINE_END_CONNECTOR = 4.0
CONNECTOR_USES = 3  # ... that the document uses on its own this often


def _breaks(text: str) -> re.Pattern[str]:
    """The break pattern for ``text``: the fast one when it has only ASCII hyphens."""
    rare = any(hyphen in text for hyphen in _RARE_HYPHENS) or (
        _EQUALS_HYPHEN in text and _RE_EQUALS_AT_LINE_END.search(text) is not None
    )
    return _RE_BREAK if rare else _RE_HYPHEN_BREAK


def decide(
    left: str,
    right: str,
    vocab: Counter[str],
    *,
    line_end: bool,
    lower_elsewhere: bool = False,
    language: str = "en",
) -> Decision:
    """Decide a break between word pieces ``left`` and ``right`` (letters only).

    Evidence, strongest first: the document's own spelling (``vocab``), then the
    dictionary of the document's ``language``. ``line_end`` is true for a hyphen at the
    end of a line, where a printer breaks words; a hyphen followed by a space inside a line
    is weaker evidence. ``lower_elsewhere``: the document writes a capitalised ``right`` in
    lower case elsewhere and is a word that starts sentences (``SENTENCE_WORD``), so here a
    sentence starts (``mid-⏎The``); a rarer word is the second half of a compound
    (``the Frog-⏎Footman`` in a story that also writes ``footman``), and a name is a name
    (``mid-⏎April``). In German and Dutch, which write compounds solid, two words at a
    line end make one word even where the dictionary lacks it (``Eisenbahn-⏎verwaltung``).
    With ``language="und"`` (``UNDETERMINED``) no dictionary is consulted: only the
    document's spelling and a capital after a line-end hyphen decide.

    >>> decide("coop", "eration", Counter(), line_end=False)
    <Decision.JOIN: 'join'>
    >>> decide("anti", "IS", Counter(), line_end=True)
    <Decision.HYPHEN: 'hyphen'>
    >>> decide("tired", "but", Counter(), line_end=False)
    <Decision.LEAVE: 'leave'>
    >>> decide("mid", "The", Counter(), line_end=True, lower_elsewhere=True)
    <Decision.LEAVE: 'leave'>
    >>> decide("Frog", "Footman", Counter(), line_end=True, lower_elsewhere=True)
    <Decision.HYPHEN: 'hyphen'>
    >>> decide("bis", "weilen", Counter(), line_end=True, language="de")
    <Decision.JOIN: 'join'>
    >>> decide("peut", "être", Counter(), line_end=True, language="fr")
    <Decision.HYPHEN: 'hyphen'>
    >>> decide("con", "stitution", Counter(), line_end=True, language="und")
    <Decision.LEAVE: 'leave'>
    """
    joined, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    seen_joined, seen_hyphenated = vocab[joined], vocab[hyphenated]
    if right[0].isupper():
        if seen_joined > seen_hyphenated:
            return Decision.JOIN
        if seen_hyphenated:
            return Decision.HYPHEN
        if (
            lower_elsewhere
            and not right.isupper()
            and (language == UNDETERMINED or zipf(right.lower(), language) >= SENTENCE_WORD)
        ):
            return Decision.LEAVE  # "mid-⏎The", "so-⏎However": a sentence starts there
        if line_end or (language != UNDETERMINED and left.lower() in CAPITAL_PREFIXES):
            return Decision.HYPHEN
        return Decision.LEAVE
    if seen_joined != seen_hyphenated:
        return Decision.JOIN if seen_joined > seen_hyphenated else Decision.HYPHEN
    if language == UNDETERMINED:
        return Decision.LEAVE  # no word list: the document's own spelling is all there is
    if language != "en" and left.lower() == right.lower():
        return Decision.HYPHEN if line_end else Decision.LEAVE  # "crin-⏎crin": a word said twice
    evidence = pieces(left, right, language)
    if (
        line_end
        and left.lower() in CAPITAL_PREFIXES
        and evidence.joined < RARE_COMPOUND
        and evidence.right >= COMMON_BASE
    ):
        return Decision.HYPHEN  # "pre-⏎existing": a prefix before a common word keeps its hyphen
    if evidence.joined >= KNOWN_WORD and evidence.association >= HYPHEN_JOIN:
        return Decision.JOIN
    if line_end and len(left) + len(right) >= MIN_SPLIT_WORD:
        needed = ENGLISH_JOINED_ASSOCIATION if language == "en" else JOINED_ASSOCIATION
        if evidence.joined >= KNOWN_JOINED and evidence.association >= needed:
            return Decision.JOIN  # "pour-⏎tant", "some-⏎body": a common word of common pieces
        if language != "en" and _solid_compound(left, right, evidence, language):
            return Decision.JOIN
    if (
        evidence.left >= PIECE_WORD
        and evidence.right >= PIECE_WORD
        and (line_end or left.lower() in CAPITAL_PREFIXES)
    ):
        return Decision.HYPHEN
    if (
        line_end
        and evidence.right < WORD_REST
        and min(len(left), len(right)) >= 2
        and right.islower()
        and (left.islower() or language in SOLID_COMPOUND_LANGUAGES)
    ):
        return Decision.JOIN  # "me-⏎drosas", "einförmi-⏎ges", "curtsey-⏎ing": the rest of a word
    return Decision.LEAVE


def _solid_compound(left: str, right: str, evidence: Pieces, language: str) -> bool:
    """Two words that German or Dutch write as one: both pieces common words of three
    letters or more, the second in lower case; not a first piece that keeps its hyphen
    (``ex-``, ``oud-``, ``niet-``), not two vowels that Dutch keeps apart (``zee-egel``)."""
    return (
        language in SOLID_COMPOUND_LANGUAGES
        and min(len(left), len(right)) >= MIN_COMPOUND_PIECE
        and right.islower()
        and min(evidence.left, evidence.right) >= COMPOUND_PIECE
        and left.lower() not in HYPHENATED_FIRST_PIECES
        and not (language == "nl" and left[-1].lower() in DUTCH_VOWELS and right[0] in DUTCH_VOWELS)
    )


def _is_connector(token: str, language: str = "en") -> bool:
    """A short lower-case word ("and", "versus", "en"), not a fragment ("gence"); in a
    language without a word list (``UNDETERMINED``), any short lower-case word."""
    return (
        _RE_CONNECTOR.fullmatch(token) is not None
        and token.islower()
        and (language == UNDETERMINED or zipf(token, language) >= CONNECTOR_WORD)
    )


def _is_suspended(
    text: str,
    right: re.Match[str],
    gap: str,
    written_often: Callable[[str], bool],
    language: str = "en",
    left: str = "",
) -> bool:
    """A suspended hyphen, recognised by its shape, not by a list of connectors: a short
    connector phrase (up to three short lower-case words), then the hyphenated word that
    shares the other half: ``pre- and post-war``, ``pre- versus post-treatment``, ``inter-
    as well as intra-``, ``Oost- en West-Vlaanderen``. Inside a line also one short word that
    the document uses on its own again and again, then a word: ``dag- en nachtronden``.
    In a document in another language than English, also one of that language's connectors
    (``SUSPENSION_CONNECTORS``) before a word, at a line end too: ``Arbeits-⏎und
    Sozialministerium``, but not before a function word (``wegloop-⏎en met``, ``als-⏎of
    hij``: words broken at the line end). ``written_often``: whether the document writes a
    word on its own again and again (``_written_often``). At a
    line end, where printers break words, the connector must be a common word
    (``LINE_END_CONNECTOR``) that makes no word with ``left``, the piece before the hyphen:
    ``the infer-⏎nal head-peddler`` and ``was him-⏎self red-headed`` are words broken at the
    line end, not suspended hyphens."""
    connector = right.group()
    if not _is_connector(connector, language):
        return False
    if connector in SUSPENSION_CONNECTORS.get(language, ()):
        following = _RE_FOLLOWING_TOKEN.match(text, right.end())
        if (
            following is not None
            and following.group(1)[0].isalpha()
            and zipf(following.group(1).lower(), language) < FUNCTION_WORD
        ):
            return True
    if (
        "\n" in gap
        and language != UNDETERMINED
        and (
            zipf(connector, language) < LINE_END_CONNECTOR
            or zipf((left + connector).lower(), language) >= CONNECTOR_WORD
        )
    ):
        return False
    # At a line end, where printers break words ("held⏎as a host-age"), one connector only.
    longest = 1 if "\n" in gap else MAX_CONNECTORS
    position, phrase = right.end(), 1
    following = _RE_FOLLOWING_TOKEN.match(text, position)
    while following is not None:
        token = following.group(1)
        if _RE_SHARED_HALF.fullmatch(token) and (
            not token.endswith("-") or _RE_PHRASE_END.match(text, following.end())
        ):
            return True
        if phrase == longest or not _is_connector(token, language):
            break
        phrase, position = phrase + 1, following.end()
        following = _RE_FOLLOWING_TOKEN.match(text, position)
    return (
        following is not None
        and phrase == 1
        and "\n" not in gap
        and len(connector) <= SHORT_CONNECTOR
        and following.group(1)[0].isalpha()
        and written_often(connector)
    )


def _written_often(text: str, word: str) -> bool:
    """``text`` writes ``word`` between spaces ``CONNECTOR_USES`` times or more. The count
    stops there: counting in the whole text, once per connector, made long texts slow.

    >>> _written_often("dag en nacht, dag en nacht, heen en weer", "en")
    True
    """
    needle, position = f" {word} ", 0
    for _ in range(CONNECTOR_USES):
        position = text.find(needle, position)
        if position < 0:
            return False
        position += len(needle)
    return True


def _matched(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str]:
    """The match at ``position`` of a pattern that matches there by construction: one that
    matches the empty string (``\\S*``), or one a look-ahead has already checked."""
    match = pattern.match(text, position)
    if match is None:
        raise ValueError(f"{pattern.pattern!r} does not match at {position}")
    return match


def _left_token(text: str, end: int) -> tuple[int, str]:
    """Where the token ending at ``end`` (a hyphen's position) starts, and the token: at
    most ``_LOOK_BACK`` characters, as longer tokens are not words."""
    token = text[max(0, end - _LOOK_BACK) : end].rsplit(None, 1)[-1]
    return end - len(token), token


def _break_decision(
    left_token: str,
    right_token: str,
    hyphen: str,
    gap: str,
    suspended: bool,
    record: bool,
    vocab: Counter[str],
    written_lower: Callable[[str], bool],
    language: str | None = None,
) -> Decision:
    """The decision for one break: ``left_token`` and ``right_token`` are the whitespace-
    delimited tokens around ``hyphen`` + ``gap``; ``record``: the next line is a table or
    CSV row; ``written_lower``: whether the document writes a word in lower case; ``language``:
    the document's, whose dictionary decides (English where it is not known)."""
    if hyphen == _EQUALS_HYPHEN:  # "Regie=⏎rung" in German Fraktur; "key=⏎value" elsewhere
        if language in (None, "en", UNDETERMINED):
            return Decision.LEAVE
        if not (left_token.isalpha() and len(left_token) > 1 and right_token[1:2].isalpha()):
            return Decision.LEAVE  # "x=⏎y": an equation
        decision = _break_decision(
            left_token, right_token, "-", gap, suspended, record, vocab, written_lower, language
        )
        return decision if decision is Decision.JOIN else Decision.LEAVE
    line_end = "\n" in gap
    across_blank = gap.count("\n") > 1 or "\f" in gap
    if hyphen == "\u00ad":  # a soft hyphen only marks where a word may break
        return Decision.JOIN if line_end else Decision.LEAVE
    if not left_token or suspended or (line_end and record):
        return Decision.LEAVE
    left = _RE_LETTERS_END.search(left_token)
    right = _RE_LETTERS_START.match(right_token)
    if not left or not right or left_token[: left.start()].strip(_OPENERS):
        # "U.S.-⏎led", "19th-⏎century", "Su-⏎24": not a word split in two
        return Decision.HYPHEN if line_end and not across_blank else Decision.LEAVE
    if not line_end and len(left.group()) == len(right.group()) == 1:
        return Decision.LEAVE  # ". i r- i": two letters inside a line are no broken word
    lower_elsewhere = right.group()[0].isupper() and written_lower(right.group().lower())
    decision = decide(
        left.group(),
        right.group(),
        vocab,
        line_end=line_end,
        lower_elsewhere=lower_elsewhere,
        language=language or "en",
    )
    if across_blank and (decision is not Decision.JOIN or right.group()[0].isupper()):
        return Decision.LEAVE  # a blank line is a paragraph break unless the word is certain
    if decision is Decision.LEAVE and line_end and right.group()[0].islower():
        # Undecided at a line end: the hyphen stays glued ("agree-nent"), the printed form,
        # rather than a line break that unwrapping would turn into "agree- nent".
        return Decision.HYPHEN
    return decision


# Letters, a hyphen, then spaces on the same line: the piece before a middle piece. Read
# backwards (``_backwards``), as a search for it ending at the position found it: perhaps
# with a line break at the position itself (a search's "$" also matches before one).
_RE_HYPHEN_SPACE_BEFORE = re.compile(r"\n?[ \t]+[-\u2010\u00ac\u2e17]([^\W\d_]+)")


def _backwards(text: str, position: int) -> str:
    """The ``_LOOK_BACK`` characters before ``position``, last first: a pattern for what
    ends at a position, written for them, is matched at its start, where a search for a
    pattern anchored at the end (``...$``) tries every start in the window (10x slower)."""
    return text[max(0, position - _LOOK_BACK) : position][::-1]


def _middle_piece(text: str, position: int, piece: str) -> bool:
    """``piece``, at ``position``, is no word (``_is_fragment``) and follows, on its line,
    another piece that is no word, a hyphen and spaces (``dellv- j⏎ered``, ``Rov- c- w-``):
    a middle piece of a word broken more than once, whose join with the next piece makes no
    word, only a longer ``word- piece``. Leaves alone: a word after them, which starts a word
    of its own (``th- preside nt``), a piece after a word and a stray hyphen (``they-
    consid⏎ered``) or after a dash (``the coming - offen⏎sive``)."""
    if not _is_fragment(piece.lower()):
        return False
    before = _hyphened_piece_before(text, position)
    return before is not None and _is_fragment(before.lower())


def _hyphened_piece_before(text: str, position: int) -> str | None:
    """The letters, a hyphen and blanks that end right before ``position`` on its line (and
    a line break right at ``position``, if any): those letters, or None.

    >>> _hyphened_piece_before("dellv- jered", 7), _hyphened_piece_before("the j", 4)
    ('dellv', None)
    """
    match = _RE_HYPHEN_SPACE_BEFORE.match(_backwards(text, position))
    return match[1][::-1] if match else None


def _written_lower(text: str, word: str) -> bool:
    """``text`` writes ``word`` (lower-case ASCII letters) as a word of its own: no letter
    just before or after it, and not as the second piece of a word broken in two
    (``_RE_PIECE_BEFORE``). The pattern starts with the word itself, a literal, which
    scans fast; a look-behind then checks the letter before it."""
    if not word or not _LOWER_LETTERS.issuperset(word):
        return False
    for match in _lower_word(word).finditer(text):
        piece = _RE_PIECE_BEFORE.search(text, max(0, match.start() - _LOOK_BACK), match.start())
        if piece is None or (
            piece["left"] and (piece["left"] + word).lower() not in _split_words()
        ):
            return True
    return False


# What stands before a word that may be the second piece of a word broken in two, which
# this run or rejoin_split_words may join: a hyphen and blanks (``per-⏎son``, ``Ho- ly``),
# or, at the start of a line, the last word of the line before (``left``: ``rea⏎son``,
# a piece where the two make a known word). Counted as the word written on its own, such a
# piece decides a break otherwise than a second run, which finds it joined.
_RE_PIECE_BEFORE = re.compile(
    r"(?:[-\u2010\u00ac\u2e17][ \t]*\n?|(?<![^\W\d_])(?P<left>[^\W\d_]+)[ \t]*\n)[ \t]*$"
)


@functools.lru_cache(maxsize=4096)
def _lower_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"{word}(?<![^\W\d_]{word})(?![^\W\d_])")


def _is_record(text: str, position: int, kept_line: Callable[[int], bool | None]) -> bool:
    """The line at ``position`` is a table or CSV row: ``6,Li,6.94``, ``a\tb``; and where
    the document's structure can be measured (``kept_line``), a line that keeps its line
    break, not a line of OCR garbage in prose (``eent.;-tnegIetter,t&Tthe-nation.``)."""
    line_end = text.find("\n", position)
    line = text[position : None if line_end < 0 else line_end]
    if "\t" not in line and _RE_RECORD_FIELD.match(line) is None:
        return False
    return kept_line(position) is not False


# The structure of the last texts measured: rejoin_split_words asks it of the same text at
# line breaks and at pairs split with a space.
_kept_lines = functools.lru_cache(maxsize=2)(kept_lines)


@functools.lru_cache(maxsize=2)
def _line_starts(text: str) -> list[int]:
    """Where each line of ``text`` starts (summed in C from the lines' lengths).

    >>> _line_starts("ab\\n\\ncd")
    [0, 3, 4]
    """
    return list(itertools.accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))[:-1]


def _kept_line(text: str) -> Callable[[int], bool | None]:
    """Whether the line at a position of ``text`` keeps its line break (verse, a table,
    code: ``paragraphs.kept_lines``), measured at the first question; None where a text
    is too short to measure."""

    # (a lambda, not a decorated inner function: mypyc compiles this one as Python runs it)
    measure = _once(lambda: (_kept_lines(text), _line_starts(text)))

    def kept(position: int) -> bool | None:
        lines, line_starts = measure()
        return None if lines is None else lines[bisect.bisect_right(line_starts, position) - 1]

    return kept


def _break_before(text: str, word_start: int, free_from: int) -> int | None:
    """Where the blanks before the word at ``word_start`` begin, when a line break can take
    their place: they are on the word's line, after ``free_from`` (the end of the last edit),
    and the line keeps text before them that no earlier filter removes; else None."""
    start = word_start
    while start > free_from and text[start - 1] in " \t":
        start -= 1
    if start == word_start or start <= free_from or text[start - 1] == "\n":
        return None
    rest = text[text.rfind("\n", 0, start) + 1 : start]
    return None if not rest.strip() or is_boilerplate(rest) else start


def _moved_break(text: str, start: int, end: int) -> str:
    """What replaces the spaces after a word joined across a line break: a line break,
    which keeps the line structure, when a word follows; nothing at the end of the line;
    the spaces themselves where the rest of the line would become a line that an earlier
    filter removes (a "?? " marker, a "- By" bullet, a boilerplate line)."""
    following = text[end : end + 1]
    if not following or following == "\n":
        return ""
    if not (following.isalnum() or following in _OPENERS):
        return text[start:end]
    line_end = text.find("\n", end)
    rest = text[end : None if line_end < 0 else line_end]
    return text[start:end] if is_boilerplate(rest) else "\n"


@functools.lru_cache(maxsize=4)
def _batch_vocabulary(path: str) -> Counter[str]:
    with open(path, encoding="utf-8") as handle:
        return Counter(json.load(handle))


def document_evidence(
    text: str,
    *,
    protected: Iterable[str] = (),
    batch_vocabulary: str | None = None,
    words: Collection[str] | None = None,
) -> Counter[str]:
    """The spelling evidence for a text's breaks: its own words, the batch's, and the
    protected words (which outweigh everything). With ``words`` (lower-case), only those
    are counted: the ones a filter will look up."""
    vocab = vocabulary(text, words=words)
    if batch_vocabulary:
        batch = _batch_vocabulary(batch_vocabulary)
        vocab.update(
            batch if words is None else {word: batch[word] for word in words if word in batch}
        )
    vocab.update({word.lower(): _PROTECTED_WEIGHT for word in protected})
    return vocab


def _lookups(left_token: str, right_token: str) -> tuple[str, ...]:
    """The words ``decide`` looks up for a break between these tokens: the joined and the
    hyphenated spelling."""
    left, right = _RE_LETTERS_END.search(left_token), _RE_LETTERS_START.match(right_token)
    if not left or not right:
        return ()
    return (left.group() + right.group()).lower(), f"{left.group()}-{right.group()}".lower()


def rejoin_hyphenated(
    text: str,
    *,
    protected: Iterable[str] = (),
    batch_vocabulary: str | None = None,
    language: str | None = None,
    keep_lines: bool = False,
) -> str:
    """Rejoin words hyphenated across a line break, a blank line or a space.

    Three-way decision for ``con-⏎stitution``, ``coop- eration``, ``construc-⏎⏎tion`` and
    soft hyphens: join the pieces, keep the hyphen (``U.S.-⏎led`` -> ``U.S.-led``,
    ``anti-⏎IS`` -> ``anti-IS``, ``Su-⏎24`` -> ``Su-24``), or leave the text as found.
    Evidence, strongest first: how the document spells the word elsewhere; wordfreq's
    frequencies of the joined word against the two pieces; a capitalised or numeric second
    half keeps the hyphen. At a line end the joined word stays on the first line and the
    line break moves after it, so line structure survives.

    The frequencies are those of the document's language (``language.detect_language``:
    German, French, Dutch, Spanish, Italian; English where it cannot tell), read at the
    first break to decide: ``bis-⏎weilen``, ``re-⏎frendado``, ``pour-⏎tant`` join. Outside
    English a line-end break also joins into a common word whose pieces are common words
    (``pour-⏎tant``, ``sur-⏎tout``), and German and Dutch, which write compounds solid,
    join two common words at a line end (``Eisenbahn-⏎verwaltung``). Fraktur OCR's hyphens
    count as hyphens: ``¬``, ``⸗`` and, in prose of another language than English, an
    ``=`` at a line end after a word (``Regie=⏎rung``, joined only into a known word). The
    long s stays as printed (``Verſamm⸗⏎lung`` -> ``Verſammlung``).

    ``language`` (an ISO code: ``"de"``, ``"en"``...) forces that language's decisions
    instead of the detected one (``ocrclean --lang``). ``"und"`` (undetermined, and any
    language without a word list here) makes only the decisions that need no word list:
    the document's own spelling, soft hyphens, a capital, digit or abbreviation after a
    line-end hyphen (``anti-⏎IS``, ``Su-⏎24``, ``U.S.-⏎led``) and an undecided line-end
    hyphen kept glued (``con-⏎stitution`` -> ``con-stitution``); no ``=`` hyphens.

    ``protected`` words (``["e-mail", "co-op"]``) count as the document's own spelling,
    stronger than any other evidence; ``batch_vocabulary``, a JSON file of word counts that
    ``ocrclean --learn`` writes from the whole batch, adds to the document's own counts.

    ``keep_lines`` (``ocrclean --keep-lines``): where what follows the joined word cannot
    start a line (``Ho ca-⏎pito; – disse``), the joined word starts the next line instead
    (``Ho⏎capito; – disse``), so that no two lines become one.

    A line-end hyphen no evidence decides stays glued (``agree-⏎nent`` -> ``agree-nent``):
    the printed form, where a kept line break would become ``agree- nent`` once unwrapped.

    Leaves alone: suspended hyphens, recognised by shape (``pre- and post-war``, ``pre-
    versus post-treatment``, ``inter- as well as intra-``, ``dag- en nachtronden``),
    numbers (``555- 1234``), dashes between spaced words (``word - word``), a hyphen before
    a space inside a line without evidence (``tired- but``), between two one-letter pieces
    (``r- i``) or, in English, among OCR garbage (``Ho- ly or.gnu vajs``: fewer than three
    in four of the tokens around are English words, ``_readable``), a line-end hyphen before a
    capitalised word the document also writes in lower case (``mid-⏎The``: a sentence
    starts) or before a CSV or tab row (``re-⏎6,Li,6.94``), a break across a blank line
    unless the joined word is certain; outside English, a suspended hyphen before the
    language's connector (``Arbeits-⏎und Sozialministerium``, ``macro- y microeconomía``),
    compounds that keep their hyphen (``peut-⏎être``, ``porte-⏎monnaie``, ``zee-⏎egel``,
    ``oud-⏎burgemeester``), a word said twice (``crin-⏎crin``), and an ``=`` that is not
    a Fraktur hyphen (``x=⏎y``, ``key=⏎value`` in English or code).

    >>> rejoin_hyphenated("the con-\\nstitution of the U.S.-\\nled coalition")
    'the constitution\\nof the U.S.-led\\ncoalition'
    >>> rejoin_hyphenated("the con-\\nstitution of the U.S.-\\nled coalition", language="und")
    'the con-stitution\\nof the U.S.-led\\ncoalition'
    """
    if "\u00ad" in text:  # the line after it may be gone ("the\xad⏎Digitized by Google")
        text = RE_LOOSE_SOFT_HYPHEN.sub("", text)
    breaks = []
    for match in _breaks(text).finditer(text):
        breaks.append(
            (match, _left_token(text, match.start()), _matched(_RE_TOKEN, text, match.end()))
        )
    if not breaks:
        return text
    # The document's spelling is counted only for the words the breaks will look up.
    lookups = {word for _, (_, left), right in breaks for word in _lookups(left, right.group())}
    vocab = document_evidence(
        text, protected=protected, batch_vocabulary=batch_vocabulary, words=lookups
    )
    edits: list[tuple[int, int, str]] = []
    chained = False  # a joined piece ends in another break: decide that one on the result
    # The same break twice is decided once.
    decisions: dict[tuple[str, str, str, str, bool, bool], Decision] = {}
    written_lower = _remembered(functools.partial(_written_lower, text))
    written_often = _remembered(functools.partial(_written_often, text))
    chosen = document_language(text, language)  # its word list is read at its first lookup
    kept_line = _kept_line(text)
    for match, (left_start, left), right in breaks:
        if edits and edits[-1][1] > left_start:
            chained = True
            continue
        gap = match["gap"]
        if "\n" not in gap and _middle_piece(text, left_start, left):
            continue  # "Rov- c- w-": a piece of a chain of pieces, whose word no join makes
        key = (
            left,
            right.group(),
            match.group()[0],
            "\n\n" if gap.count("\n") > 1 or "\f" in gap else "\n" if "\n" in gap else " ",
            _is_suspended(text, right, gap, written_often, chosen or "en", left),
            "\n" in gap and _is_record(text, right.start(), kept_line),
        )
        if key not in decisions:
            decisions[key] = _break_decision(*key, vocab, written_lower, chosen)
        decision = decisions[key]
        if decision is Decision.LEAVE:
            continue
        if (
            "\n" not in gap
            and chosen == "en"
            and max(vocab[word] for word in _lookups(left, right.group())) < _PROTECTED_WEIGHT
            and not _readable(text, left_start, right.end())
        ):
            continue  # "Senator Ho- ly or.ganu uajs": pieces in OCR garbage make no word
        tail = _matched(_RE_TAIL, text, right.end())
        one_break = gap.count("\n") == 1 and "\f" not in gap
        moved = _moved_break(text, tail.start(), tail.end()) if one_break else None
        if keep_lines and moved and moved == tail.group():  # the rest cannot start a line
            before = _break_before(text, left_start, edits[-1][1] if edits else 0)
            if before is not None:
                edits.append((before, left_start, "\n"))  # the joined word starts the next line
                moved = None
        edits.append((match.start(), match.end(), "" if decision is Decision.JOIN else "-"))
        if right.group().endswith(_HYPHENS):
            chained = True  # the joined piece ends in another break: decided on the result
        elif moved is not None:
            edits.append((tail.start(), tail.end(), moved))
    if not edits:
        return text
    result = apply_edits(text, edits)
    return (
        rejoin_hyphenated(
            result,
            protected=protected,
            batch_vocabulary=batch_vocabulary,
            language=language,
            keep_lines=keep_lines,
        )
        if chained
        else result
    )


# A line break between two words: the last word of a line (letters only, after a space, an
# opening quote or a stray full stop glued to it: " .So⏎ciety", which normalize_spacing
# spaces later, is decided on this run, not on the next) and the first token of the next
# line, split into its letters, the rest of the token and the spaces after it:
# "dem⏎ocrats". The pattern starts with the line
# break (a fast scan); the word before it is a look-behind, which ``regex`` allows.
_RE_SPLIT = regex.compile(
    r"(?<=(?:^|[\s\"'(\[\u2018\u201c\u2013\u2014-]|(?:^|\s)\.)([^\W\d_]{1,64})[ \t]{0,64})(\n[ \t]*)([^\W\d_]+)(\S*)([ \t]*)"
)
_APOSTROPHES = ("'", "\u2019")
# Two words at a position of the text, split with a space or a line break ("de serving").
_RE_PAIR_AT = re.compile(r"[ \t]*([^\W\d_]+)(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+)(?!\S)")
_SPLIT_GROUPS = 5  # _RE_SPLIT.split gives the text between matches, then these groups
# The split of the last texts: a pass of rejoin_split_words splits the text that the check
# of the pass before (_settled) split.
_split_at_breaks = functools.lru_cache(maxsize=2)(_RE_SPLIT.split)
# The words next to a split pair on its line: the context that weighs a join. The one
# before is read backwards (``_backwards``), as a search for it ending at the position
# found it (perhaps with a line break at the position itself).
_RE_WORD_BEFORE = re.compile(r"\n?(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+)")
_RE_WORD_AFTER = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([^\W\d_]+)")


@functools.lru_cache(maxsize=1 << 16)
def _lost_hyphen(left: str, right: str) -> bool:
    if (
        len(left) + len(right) < MIN_SPLIT_WORD
        or not right.islower()
        or not (left.islower() or left[1:].islower())
    ):
        return False
    evidence = pieces(left, right)
    return (
        evidence.joined >= KNOWN_WORD
        and min(evidence.left, evidence.right) < RARE_PIECE
        and evidence.association > LOST_JOIN
    )


def _is_phrase(left: str, right: str) -> bool:
    """Clean English prints ``left right`` as a pair often enough for symspellpy's bigram
    list: ``a bout``, ``Homo sapiens``, ``fairy tale``."""
    return f"{left} {right}".lower() in phrase_counts()[1]


def _one_word(
    before: str | None,
    left: str,
    right: str,
    after: str | None,
    seen: int,
    *,
    readable: Callable[[], bool],
) -> bool | None:
    """Strong evidence that ``left right`` is one word split in two: 1916 newspapers print
    it joined at least 10^2 times as often as apart, clean English reads it joined likelier
    in this context (``before`` and ``after``) and does not print the pair as two words
    (symspellpy's bigrams: ``any thing``, ``it self``); neither piece is a very common word
    beside another word (``ot her``, ``in deed``); and the document itself writes the joined
    word elsewhere (``seen`` times). In ``readable`` context (``_readable``: English words
    around, not OCR garbage, not verse), the pair counts alone suffice where a piece is no
    word (``circ les``, ``w ould``, ``complicate d``) or 1916 newspapers print the joined
    word 10^3 times as often (``un til``). None: one word, should the document write it."""
    if not _is_split_shape(left, right):
        return False
    lower = left.lower()
    ratio = print_ratio(lower, right)
    if ratio < PRINT_RATIO:
        return False
    fragment = _has_fragment(lower, right)
    if left[0].isupper() and before is not None and before.islower() and not fragment:
        return False  # "will De served": a capital inside a sentence is a misread, not a word
    if _is_phrase(lower, right):
        return False  # clean English prints it apart: "any thing", "it self" in older prose
    common, other = sorted((zipf(lower), zipf(right)), reverse=True)
    if common >= COMMON_WORD and other >= FRAGMENT:
        return False  # "ot her" is "of her", "the se" may go on, "in deed and act" is two words
    shown = seen > 0 or ((fragment or ratio >= STRONG_PRINT_RATIO) and readable())
    if (
        context_gain(before and before.lower(), lower, right, after and after.lower())
        < CONTEXT_GAIN
    ):
        return False
    return True if shown else None


def _kept_breaks(text: str) -> Callable[[int], bool]:
    """Whether the line break after ``position`` of ``text`` belongs to verse, a table or
    code (``paragraphs.kept_lines``): both lines keep their breaks."""
    kept_line = _kept_line(text)

    def kept(position: int) -> bool:
        line_end = text.find("\n", position)
        return bool(kept_line(position)) and line_end >= 0 and bool(kept_line(line_end + 1))

    return kept


def _readable_prose(
    text: str, start: int, end: int, line_break: bool, kept_break: Callable[[int], bool]
) -> bool:
    """``_readable`` around ``text[start:end]``, and a line break inside it, if any, is no
    line break of verse, a table or code (``a red wheel⏎barrow``)."""
    return not (line_break and kept_break(start)) and _readable(text, start, end)


def _readable(text: str, start: int, end: int) -> bool:
    """The words around ``text[start:end]`` read as English: of the ``NEIGHBOURS`` tokens
    either side (punctuation stripped), ``READABLE_SHARE`` are words of clean English
    (symspellpy's list; of one letter only ``a`` and ``I``). On OCR garbage (``lliu limi t
    il H i``, ``i,o-.v w arns is mat``) two pieces may make a word by chance."""
    words = phrase_counts()[0]
    tokens = [
        *text[max(0, start - NEIGHBOURS * _LOOK_BACK) : start].split()[-NEIGHBOURS:],
        *text[end : end + NEIGHBOURS * _LOOK_BACK].split()[:NEIGHBOURS],
    ]
    known = [
        token in words and (len(token) > 1 or token in ONE_LETTER_WORDS)
        for token in (token.strip(_TOKEN_PUNCTUATION).lower() for token in tokens)
    ]
    return bool(known) and sum(known) >= READABLE_SHARE * len(known)


def _has_fragment(left: str, right: str) -> bool:
    """One of the pieces (lower case) is no word of its own: a letter other than ``a`` and
    ``i`` (``w ould``, ``complicate d``), or letters rarer than Zipf 2.5 (``circ``, ``ould``
    2.6 is a word of sorts)."""
    return _is_fragment(left) or _is_fragment(right)


def _is_fragment(piece: str) -> bool:
    """``piece`` (lower case) is no word of its own: a letter other than ``a`` and ``i``,
    or letters rarer than Zipf 2.5."""
    if len(piece) == 1:
        return piece not in ONE_LETTER_WORDS
    return zipf(piece) < FRAGMENT_PIECE


@functools.lru_cache(maxsize=1 << 14)
def _is_split_shape(left: str, right: str) -> bool:
    """Pieces that can be one word: letters, the second in lower case, the first in lower
    case or capitalised; not the one-letter words "a" and "I" (``a bout``), not a lost
    apostrophe (``nation s``); the joined word known (Zipf 3 or more)."""
    return (
        left.isalpha()
        and right.isalpha()
        and right.islower()
        and (left[1:].islower() or len(left) == 1)
        and len(left) + len(right) >= MIN_SPLIT_WORD
        and left.lower() not in ONE_LETTER_WORDS
        and right != "s"
        and zipf(left + right) >= KNOWN_SPLIT_WORD
        # one letter, then a word of its own: "t able" is "not able" or "be able" misread
        and (min(len(left), len(right)) > 1 or zipf(left if len(right) == 1 else right) < WORD)
    )


def _word_before(text: str, position: int) -> str | None:
    """The word (letters only) that ends right before ``position``, separated by blanks or
    one line break (and a line break right at ``position``, if any), or None.

    >>> _word_before("do with out", 3), _word_before("do,\\n\\nwith", 5)
    ('do', None)
    """
    match = _RE_WORD_BEFORE.match(_backwards(text, position))
    return match[1][::-1] if match else None


def _word_after(text: str, position: int) -> str | None:
    match = _RE_WORD_AFTER.match(text, position)
    return match.group(1) if match else None


def _is_english(text: str) -> bool:
    """Whether the document is in English: the phrase evidence (English word pairs) means
    nothing in Dutch (``wat er``, ``dan te``), and a common word is no English word piece in
    French (``la⏎ruelle``). ``language.detect_language`` decides; where it cannot (a few
    lines, code), English's most frequent words must make a good share of the words."""
    language = detect_language(text)
    if language is not None:
        return language == "en"
    markers = _english_markers()
    words = len(text.split())
    return words > 0 and sum(vocabulary(text, words=markers).values()) >= ENGLISH_SHARE * words


@functools.cache
def _english_markers() -> frozenset[str]:
    """English's most frequent words, from wordfreq's list (``the``, ``of``, ``and``...).
    (``heapq.nlargest`` ranks as a stable sort does, without sorting 321,000 words.)"""
    words = frequencies()
    ranked = heapq.nlargest(
        ENGLISH_MARKERS,
        itertools.compress(words.items(), map(str.isalpha, words)),
        key=operator.itemgetter(1),
    )
    return frozenset(word for word, _ in ranked)


@functools.cache
def _split_words() -> frozenset[str]:
    """The words common enough to be joined from two pieces that are words themselves."""
    return frozenset(word for word, z in frequencies().items() if z >= KNOWN_SPLIT_WORD)


@functools.lru_cache(maxsize=4096)
def _left_piece(left: str) -> re.Pattern[str]:
    """``left`` as a whole token, the gap after it, and the next token (looked ahead). The
    pattern starts with the piece itself, a literal, which scans fast; a look-behind then
    checks that no other character of the token stands before it."""
    piece = re.escape(left)
    return re.compile(rf"({piece})(?<!\S{piece})([ \t]+|[ \t]*\n[ \t]*)(?=(\S+)([ \t]*))")


def _spaced_splits(
    text: str, english: Callable[[], bool], revisit: _Revisit
) -> list[tuple[int, int, str]]:
    """The edits that join words split with a space, inside a line or across one line
    break: ``with out`` -> ``without``, where the evidence is strong (``_one_word``) and
    the document does not write the pair apart more often than joined. ``english``: whether
    the document is in English, asked only when a pair gets that far."""
    # Every pair of neighbouring tokens at once, in C: which of them join into a known word?
    tokens = text.split()
    joined = map(str.lower, map(str.__add__, tokens, itertools.islice(tokens, 1, None)))
    hit_indices = list(
        itertools.compress(range(len(tokens) - 1), map(_split_words().__contains__, joined))
    )
    hits = set(
        zip(
            map(tokens.__getitem__, hit_indices),
            map(tokens.__getitem__, map((1).__add__, hit_indices)),
        )
    )
    pairs = {
        pair
        for pair in hits
        if _is_split_shape(*pair) and print_ratio(pair[0].lower(), pair[1]) >= PRINT_RATIO
    }
    if not pairs or not english():
        return []
    # Each pair where the text writes it: the left piece as a whole token, the gap, and the
    # next token (``_left_piece``'s matches), found from the token's place among the tokens.
    found: dict[tuple[str, str], list[_Pair]] = {}
    for pair in _pairs_at(
        text, tokens, [k for k in hit_indices if (tokens[k], tokens[k + 1]) in pairs]
    ):
        found.setdefault((pair.left, pair.right), []).append(pair)
    found = dict(sorted(found.items(), key=_left_of_key))  # (the order of a scan per left piece)
    vocab = vocabulary(text, words={(left + right).lower() for left, right in found})
    measured_break = _kept_breaks(text)

    def kept_break(position: int) -> bool:
        kept = measured_break(position)
        revisit.again |= kept  # the document's structure decided
        return kept

    edits: list[tuple[int, int, str]] = []
    for (left, right), matches in found.items():
        seen = vocab[(left + right).lower()]
        if len(matches) > max(seen, 1):
            revisit.apart.append((left, right))
            continue  # the document writes the pair apart, again and again: two words
        for match in matches:
            end = match.end + len(right)
            if _middle_piece(text, match.start, left):
                continue  # "treas- c urer": the middle of a word broken twice, not its start
            before, after = _word_before(text, match.start), _word_after(text, end)
            readable = functools.partial(
                _readable_prose, text, match.start, end, "\n" in match.gap, kept_break
            )
            verdict = _one_word(before, left, right, after, seen, readable=readable)
            if verdict is None:
                revisit.words.add((left + right).lower())  # the document's spelling decides
            if not verdict:
                continue
            if "\n" in match.gap:  # the line break moves after the joined word
                tail = (end, end + len(match.trailing))
                edits.append((match.start, tail[1], left + right + _moved_break(text, *tail)))
            else:
                edits.append((match.start, end, left + right))
    return sorted(edits)


class _Pair(NamedTuple):
    """Two neighbouring tokens where ``_left_piece`` matches: the left one at ``start``,
    the ``gap`` after it (blanks, or one line break and blanks) up to ``end``, the ``right``
    one and the blanks after it (``trailing``)."""

    start: int
    end: int
    left: str
    gap: str
    right: str
    trailing: str


def _left_of_key(item: tuple[tuple[str, str], list[_Pair]]) -> str:
    """The left piece of a pair's key: what a scan per left piece found them in order of."""
    return item[0][0]


# After a left piece: the gap ``_left_piece`` allows, the next token and the blanks after it.
_RE_GAP_AND_NEXT = re.compile(r"([ \t]+|[ \t]*\n[ \t]*)(?=(\S+)([ \t]*))")


def _pairs_at(text: str, tokens: list[str], indices: list[int]) -> Iterator[_Pair]:
    """The pairs of ``tokens`` (``text.split()``) that start at ``indices`` (ascending)
    whose gap is one ``_left_piece`` allows, in text order. A token's place is found by
    splitting the text after the last one found at most as many times as tokens lie
    between them (a split keeps no empty token, and leaves the rest from the next token
    on), rather than by a scan of the whole text per left piece."""
    offset, at = 0, 0  # where the token ``at`` starts
    for k in indices:
        if k > at:
            rest = text[offset:]
            offset += len(rest) - len(rest.split(None, k - at)[-1])
        elif k == 0:
            offset = len(text) - len(text.lstrip())
        at = k
        left = tokens[k]
        found = _RE_GAP_AND_NEXT.match(text, offset + len(left))
        if found is not None:
            yield _Pair(offset, found.end(), left, found[1], found[2], found[3])


def rejoin_split_words(
    text: str, *, protected: Iterable[str] = (), language: str | None = None
) -> str:
    """Rejoin words split in two: across a line break that lost its hyphen (``dem⏎ocrats``),
    or with a space (``de serving``, ``respond ed``, ``ad mission``).

    OCR often drops a line-end hyphen. The pieces are joined when the joined word is far
    likelier than the two pieces side by side (frequencies, not a yes/no dictionary test:
    word lists hold fragments such as ``ards`` and ``sion``): the joined word must be
    known, one piece must be rare as a word of its own, and the joined word must be at
    least 10^3.5 times likelier than the pair; and the pair must be unlikely as two words:
    not a pair clean English prints (symspellpy's bigrams: ``a⏎bout``, ``fairy⏎tale``), not
    a second piece the document writes on its own elsewhere (``le⏎mur``) unless it writes
    the joined word too. The line break moves after the joined word. A stray full stop
    glued to the first piece stays where it is (``Aeronautical .So⏎ciety`` ->
    ``Aeronautical .Society``).

    Pieces that are both words, with a space or a line break between them (``re⏎turn``,
    ``elect ed``), join only on strong evidence: 1916 newspapers (the chronam-1916 pages)
    print the joined word at least 100 times as often as the pair; the words around read
    likelier with the joined word (symspellpy's English bigrams); the document is in
    English and does not write the pair more often than the joined word; and the document
    writes the joined word elsewhere, or, among English words (not OCR garbage, not verse),
    a piece is no word (``circ les``, ``w ould``) or 1916 newspapers print the joined word
    1000 times as often as the pair (``un less``, ``al⏎though``, ``chair⏎man``).

    A ``protected`` word is always joined when its pieces meet at a line break.

    ``language`` (an ISO code) says which language the document is in instead of
    ``language.detect_language``: the English evidence above decides only in ``"en"``; in
    another language a line break joins only pieces that are no common word there
    (``dem⏎ocrats`` in a quotation). ``"und"`` (undetermined or unsupported) joins nothing
    by word frequencies: only ``protected`` words.

    Leaves alone: two real words (``the⏎other``, ``a⏎round``, ``may⏎be``, ``per⏎cent``,
    ``a⏎bout on points``, ``Homo⏎sapiens``, ``as king of``, ``from day to day``, ``Harris
    on Monday``, ``less on the table``), pairs clean English also prints apart (``any
    thing``, ``with out``, ``it self`` in older prose, ``no body``), pieces inside OCR
    garbage (``lliu limi t il H``), a misread word before a common one (``ot her`` for "of her", ``t able``),
    capitalised second pieces (``New⏎York``), names and words the dictionary does not know,
    and text in other languages (``wat er``, ``dan te``).

    >>> rejoin_split_words("failing to prevent the dem\\nocrats and the\\nother cow\\nards")
    'failing to prevent the democrats\\nand the\\nother cowards'
    >>> rejoin_split_words("the deserving poor and the de serving rich")
    'the deserving poor and the deserving rich'
    """
    # A join is evidence for the next ("follow ing" joined, "ing" no longer stands alone
    # elsewhere): repeat until nothing changes, so that a second run has nothing left to do.
    # A pass whose joins cannot have changed any other decision (``_Revisit``) ends it: the
    # next pass would find nothing, and is not run.
    chosen = None if language is None else document_language(text, language)
    english = _once(lambda: _is_english(text) if chosen is None else chosen == "en")
    written_in = _once(lambda: detect_language(text) if chosen is None else chosen)
    by_frequency = chosen != UNDETERMINED
    for _ in range(MAX_PASSES):
        revisit = _Revisit()
        middle, breaks = _rejoin_line_breaks(
            text, protected, english, revisit, by_frequency=by_frequency, written_in=written_in
        )
        # (a document given in another language joins no pair split with a space: its
        # pairs are not even looked up)
        spaced = _spaced_splits(middle, english, revisit) if chosen in (None, "en") else []
        joined = apply_edits(middle, spaced) if spaced else middle
        if joined == text:
            break
        text = joined
        if _settled(breaks, spaced, text, revisit, protected, english, by_frequency):
            break
    return text


@dataclasses.dataclass
class _Revisit:
    """What a pass of ``rejoin_split_words`` left undecided for want of evidence that its
    own joins may bring: joined words the document did not write (``words``: a pair split
    with a space), line breaks whose second piece the document wrote alone and whose joined
    word it did not (``breaks``: the joined word, the piece, where), pairs split with a space
    that the document writes apart more often than joined (``apart``: the pieces), or a
    decision only a new pass can check (``again``: a break inside verse, a join overlapping
    another)."""

    words: set[str] = dataclasses.field(default_factory=set)
    breaks: list[tuple[str, str, int]] = dataclasses.field(default_factory=list)
    apart: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    again: bool = False


# Around a join, what the decisions of a new pass read: the pieces, the words next to them
# and (``_readable``) four tokens either side, never more than 256 characters away.
_READ_TOKENS = NEIGHBOURS + 2
_READ_CHARS = 600
# At most this many pieces at breaks are bounded by a scan each (_starting_lines) before the
# check of a pass splits its result at every break.
_FEW_PIECES = 4


def _settled(
    first: list[tuple[int, int, str]],
    second: list[tuple[int, int, str]],
    result: str,
    revisit: _Revisit,
    protected: Iterable[str],
    english: Callable[[], bool],
    by_frequency: bool,
) -> bool:
    """Whether a new pass of ``rejoin_split_words`` over ``result`` would join nothing:
    ``first`` and ``second`` are the pass's line-break joins and spaced joins (edits of
    the text before each). A new pass decides differently only near a join (new
    neighbours, new context), or where a count that decided a rejection has changed: so it
    is needed only where such a count changed (``revisit``), or where a pair or break near a
    join passes the checks that need no document evidence."""
    if revisit.again or _overlapping(second):
        return False
    # The breaks the spaced joins have not joined since (``chair⏎man``).
    starts = [start for start, _, _ in second]
    after_first, after_second = _mover(first), _mover(second)
    breaks = [
        (word, right)
        for word, right, position in revisit.breaks
        if not _inside(after_first(position), starts, second)
    ]
    # Near a join: breaks and pairs that the document's counts may now decide otherwise.
    pairs = list(revisit.words)
    joins = [
        (after_second(start), after_second(end)) for start, end in _replaced_spans(first)
    ] + _replaced_spans(second)
    wanted = {word.lower() for word in protected}
    windows: list[tuple[int, int]] = []
    for low, high in sorted(
        _bounds(result, start, end, _READ_TOKENS, _READ_CHARS) for start, end in joins
    ):
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    # The windows as one text, a blank line between them (no line break joins across it; a
    # pair across it costs only a needless new pass).
    near = "\n\n".join(result[low:high] for low, high in windows)
    found = _break_candidates(near, wanted, english, by_frequency)
    if found is None:
        return False
    breaks += found
    if english():
        for word, needs_seen in _pair_candidates(near):
            if not needs_seen:
                return False
            pairs.append(word)
    if not (pairs or breaks or revisit.apart):
        return True
    apart = [(left, right, (left + right).lower()) for left, right in revisit.apart]
    counts = vocabulary(
        result,
        words={*pairs, *itertools.chain.from_iterable(breaks), *(word for _, _, word in apart)},
    )
    if any(counts[word] for word in pairs):
        return False  # "seen": the document writes the joined word
    if any(
        _written_apart(result, left, right) <= max(counts[word], 1) for left, right, word in apart
    ):
        return False  # a pair no longer written apart more often than joined: decided anew
    if any(counts[word] for word, _ in breaks):
        return False  # the joined word written
    # A piece written alone more often than lines start with it is still alone (a scan per
    # piece, for a few pieces: the split costs less than many scans); the others are
    # counted where the breaks are.
    rights = {right for _, right in breaks}
    unsure = (
        [right for right in rights if counts[right] <= _starting_lines(result, right)]
        if len(rights) <= _FEW_PIECES
        else list(rights)
    )
    if unsure:
        at_breaks = Counter(map(str.lower, _split_at_breaks(result)[3 :: _SPLIT_GROUPS + 1]))
        if any(counts[right] <= at_breaks[right] for right in unsure):
            return False  # a piece no more alone
    return True


def _starting_lines(text: str, piece: str) -> int:
    """How many lines of ``text`` start with ``piece`` (lower case), in any case, after
    blanks: at least as many as the line breaks that ``_RE_SPLIT`` finds before it. Counted
    by a scan for the piece (``_RE_SPLIT`` splits the whole text); for a piece not in
    ASCII, the text's length.

    >>> _starting_lines("the cow\\nards and\\n  Ards\\nwards", "ards")
    2
    """
    if not piece.isascii():
        return len(text)
    return sum(1 for _ in _line_start(piece).finditer(text))


@functools.lru_cache(maxsize=1024)
def _line_start(piece: str) -> re.Pattern[str]:
    # (every character whose lower case is an ASCII letter matches it ignoring case)
    return re.compile(r"\n[ \t]*" + re.escape(piece), re.IGNORECASE)


def _written_apart(text: str, left: str, right: str) -> int:
    """How often ``text`` writes ``left right`` apart where ``_spaced_splits`` would join
    them: spaces or one line break between them."""
    return sum(match[3] == right for match in _left_piece(left).finditer(text))


def _bounds(text: str, start: int, end: int, tokens: int, chars: int) -> tuple[int, int]:
    """``text[start:end]`` widened by ``tokens`` tokens either side or, where those reach
    further, by ``chars`` characters; by one token at least, however far."""
    head = text[max(0, start - chars) : start]
    split = head.rsplit(None, tokens)
    if len(split) > tokens:
        low = start - len(head) + len(split[0])
    elif head.strip():
        low = start - len(head)
    else:
        low = len(text[:start].rstrip())
        while low > 0 and not text[low - 1].isspace():
            low -= 1
    tail = text[end : end + chars]
    split = tail.split(None, tokens)
    if len(split) > tokens:
        high = end + len(tail) - len(split[-1])
    elif tail.strip():
        high = end + len(tail)
    else:
        high = len(text) - len(text[end:].lstrip())
        while high < len(text) and not text[high].isspace():
            high += 1
    return low, high


def _inside(position: int, starts: list[int], edits: list[tuple[int, int, str]]) -> bool:
    """``position`` lies inside one of ``edits`` (sorted; ``starts``: their starts)."""
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and position < edits[index][1]


def _overlapping(edits: list[tuple[int, int, str]]) -> bool:
    return any(start < end for (_, end, _), (start, _, _) in itertools.pairwise(edits))


def _replaced_spans(edits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where each replacement of ``edits`` (sorted, not overlapping) stands in the result."""
    spans, shift = [], 0
    for start, end, replacement in edits:
        spans.append((start + shift, start + shift + len(replacement)))
        shift += len(replacement) - (end - start)
    return spans


def _mover(edits: list[tuple[int, int, str]]) -> Callable[[int], int]:
    """Where a position of a text stands once ``edits`` (sorted, not overlapping) are
    applied (inside a replaced span: the replacement's start), found by bisection.

    >>> moved = _mover([(2, 4, "x"), (6, 7, "abc")])
    >>> [moved(position) for position in (1, 2, 3, 4, 6, 7, 9)]
    [1, 2, 2, 3, 5, 8, 10]
    """
    starts = [start for start, _, _ in edits]
    shifts = list(
        itertools.accumulate(
            (len(replacement) - (end - start) for start, end, replacement in edits), initial=0
        )
    )

    def moved(position: int) -> int:
        index = bisect.bisect_left(starts, position)  # the edits before start before it
        if index and edits[index - 1][1] > position:
            return starts[index - 1] + shifts[index - 1]
        return position + shifts[index]

    return moved


def _break_candidates(
    text: str, wanted: set[str], english: Callable[[], bool], by_frequency: bool
) -> list[tuple[str, str]] | None:
    """The line breaks in ``text`` that pass the checks of ``_rejoin_line_breaks`` that
    need no document evidence, as their joined word and second piece (lower case); None for
    a protected word, which joins on no other evidence. (Every break at once, in C, as
    ``_rejoin_line_breaks`` finds them; only those that join into a known word are looked
    at one by one.)"""
    step = _SPLIT_GROUPS + 1
    parts = _RE_SPLIT.split(text)
    lefts, rights, rests = parts[1::step], parts[3::step], parts[4::step]
    joined = list(map(str.lower, map(str.__add__, lefts, rights)))
    if not wanted.isdisjoint(joined):
        return None
    if not by_frequency:
        return []
    known = frequencies().keys() & joined
    found = []
    for k in itertools.compress(range(len(joined)), map(known.__contains__, joined)):
        left, right, rest = lefts[k], rights[k], rests[k]
        if (
            _lost_hyphen(left, right)
            and rest[:1] not in _APOSTROPHES
            and not rest.endswith(_HYPHENS)
            and not (zipf(left) >= WORD and not english())
            and not _is_phrase(left, right)
        ):
            found.append((joined[k], right.lower()))
    return found


def _pair_candidates(context: str) -> list[tuple[str, bool]]:
    """The pairs of neighbouring tokens of ``context`` that pass the checks of
    ``_one_word`` that need no document evidence, as their joined word (lower case) and
    whether they join only where the document writes it."""
    tokens = context.split()
    joined = map(str.lower, map(str.__add__, tokens, tokens[1:]))
    found = []
    for left, right in itertools.compress(
        zip(tokens, tokens[1:]), map(_split_words().__contains__, joined)
    ):
        lower = left.lower()
        if not _is_split_shape(left, right) or _is_phrase(lower, right):
            continue
        ratio = print_ratio(lower, right)
        common, other = sorted((zipf(lower), zipf(right)), reverse=True)
        if ratio >= PRINT_RATIO and not (common >= COMMON_WORD and other >= FRAGMENT):
            found.append(
                (lower + right, not (_has_fragment(lower, right) or ratio >= STRONG_PRINT_RATIO))
            )
    return found


def _is_word_of(piece: str, language: str | None) -> bool:
    """Whether ``piece`` is a very common word (``COMMON_PIECE``) of ``language``, a language
    with a word list other than English (False for English, None or ``und``)."""
    return (
        language not in (None, "en", UNDETERMINED) and zipf(piece.lower(), language) >= COMMON_PIECE
    )


def _rejoin_line_breaks(
    text: str,
    protected: Iterable[str],
    english: Callable[[], bool],
    revisit: _Revisit,
    *,
    by_frequency: bool = True,
    written_in: Callable[[], str | None] = lambda: None,
) -> tuple[str, list[tuple[int, int, str]]]:
    """``rejoin_split_words`` at line breaks whose first piece lost its hyphen; with
    ``by_frequency`` false, only at the ``protected`` words. The text, and the edits that
    made it; what the document's evidence rejected goes to ``revisit``. ``written_in``: the
    document's language, asked only outside English, where two pieces that are words of
    that language are two words (``ihr⏎es auf den Kopf``), not a word broken in two."""
    parts = _split_at_breaks(text)
    if len(parts) == 1:
        return text, []
    # Every break at once, in C: which joined words does the dictionary (or the user) know?
    # Nearly all breaks join two words into nothing known, and cost no Python step of their own.
    step = _SPLIT_GROUPS + 1
    lefts, rights = parts[1::step], parts[3::step]
    joined = list(map(str.lower, map(str.__add__, lefts, rights)))
    wanted = {word.lower() for word in protected}
    known = frequencies().keys() & joined if by_frequency else set()  # (one C-level pass)
    candidates = known | wanted.intersection(joined)
    if not candidates:
        return text, []
    indices = list(itertools.compress(range(len(joined)), map(candidates.__contains__, joined)))
    # Whether each candidate's pieces read as a word that lost its hyphen, all at once (a
    # C-level map of the cached test): half the candidates fail it, and a failed one matters
    # only where it overlaps the join just before it (then a new pass decides it).
    lost = list(
        map(_lost_hyphen, map(lefts.__getitem__, indices), map(rights.__getitem__, indices))
    )
    if not any(lost) and not wanted:
        return text, []  # (most short documents: "in⏎to" is a known word, but no lost hyphen)
    lengths = list(map(len, parts))
    lengths[1::step] = [0] * len(lefts)  # the word before a break is a look-behind, not text
    ends = list(itertools.accumulate(lengths))  # ends[j]: where parts[j] ends in text
    edits: list[tuple[int, int, str]] = []
    vocab: Counter[str] | None = None
    pieces_at_breaks: Counter[str] = Counter()
    kept: list[bool] | None = None  # the lines of verse, tables, code...: breaks that stay
    last_joined = -2  # the break joined last
    for k, hyphen_lost in zip(indices, lost):
        if not hyphen_lost and k != last_joined + 1 and joined[k] not in wanted:
            continue  # rejected below, and no join before it to overlap
        word = joined[k]
        j = 1 + k * step  # parts[j] is the word before the break, then break, letters, rest, spaces
        left, right = lefts[k], rights[k]
        before = text[max(0, ends[j] - 2 * _LOOK_BACK) : ends[j]]
        left_start = ends[j] - len(before) + len(before.rstrip(" \t")) - len(left)
        if edits and edits[-1][1] > left_start:
            revisit.again = True
            continue
        if word not in wanted:
            if not hyphen_lost or parts[j + 3][:1] in _APOSTROPHES:
                continue  # "sorte⏎d'expression": an elided word, not the rest of "sorted"
            if _middle_piece(text, left_start, left):
                continue  # "dellv- j⏎ered": the middle of a word broken twice, not its start
            if parts[j + 3].endswith(_HYPHENS):
                continue  # "Sec⏎tor- Unr-th": broken again, a hyphen break rejoin_hyphenated left
            if not english() and (
                zipf(left) >= WORD
                or (_is_word_of(left, written_in()) and _is_word_of(right, written_in()))
            ):
                continue  # "la⏎ruelle", "ihr⏎es": in another language, words are no pieces
            if vocab is None:  # the document's spelling, for the few breaks that get here
                # (only the words of the candidates that passed the test of a lost hyphen)
                looked_up = {
                    *itertools.compress(map(joined.__getitem__, indices), lost),
                    *map(str.lower, itertools.compress(map(rights.__getitem__, indices), lost)),
                }
                vocab = document_evidence(text, words=looked_up)
                pieces_at_breaks = Counter(filter(looked_up.__contains__, map(str.lower, rights)))
            # (the pieces at line breaks count as pieces, not as words written elsewhere)
            alone = vocab[right.lower()] - pieces_at_breaks[right.lower()]
            if _is_phrase(left, right):
                continue  # likely as two words: only strong evidence joins (_spaced_splits)
            if alone > 0 and not vocab[word]:
                revisit.breaks.append((word, right.lower(), ends[j]))
                continue
        if kept is None:
            kept = _kept_lines(text) or []
            if not any(kept):
                kept = []  # no line keeps its break: none to look up
        line = bisect.bisect_right(_line_starts(text), ends[j]) - 1 if kept else 0
        if kept and kept[line] and kept[line + 1]:
            revisit.again = True
            continue  # "a red wheel⏎barrow": a break inside a poem is not a word broken in two
        moved = _moved_break(text, ends[j + 3], ends[j + 4])
        edits.append((left_start, ends[j + 4], left + right + parts[j + 3] + moved))
        last_joined = k
    return (apply_edits(text, edits), edits) if edits else (text, [])


# A lower-case letter before a capital, then a letter, and a known prefix glued to the
# capitalised word or acronym: "antiIS", "proRussian". The first scan runs over a byte per
# character (latin-1, "?" for the rest) with ASCII letters reduced to their case ("antiIS"
# -> "aaaaAA"), where it starts with a literal: 2x faster than a character class on the text.
_LETTER_CASES = bytes.maketrans(
    string.ascii_lowercase.encode() + string.ascii_uppercase.encode(), b"a" * 26 + b"A" * 26
)
_RE_CAMEL_CASES = re.compile(rb"A(?<=aA)(?=[aA])")
_RE_GLUED_PREFIX = re.compile(
    r"(?<![\w'\u2019-])(?:" + "|".join(sorted(CAPITAL_PREFIXES, key=len, reverse=True)) + r")$"
)
_LONGEST_PREFIX = max(map(len, CAPITAL_PREFIXES))
_RE_WORD_REST = re.compile(r"\w+")
# Code in a document: a call ("f()", "obj.method("), an arrow function, a fenced block.
_RE_CODE = re.compile(r"\w\(\)|\w\.[A-Za-z_]\w*\(|=>|```")
# What follows a prefix in a compound that is a word: a name or an acronym ("Russian", "IS");
# internal capitals after lower case make an identifier ("IsYourPort").
_RE_NAME_OR_ACRONYM = re.compile(r"[A-Z][a-z]+|[A-Z]+s?")
_PRINTED_HYPHENS = ("\u2010", "\u2011")


def _in_identifier(text: str, compound: str) -> bool:
    """``compound`` is written somewhere in ``text`` as (part of) an identifier: after a
    dot, underscore, dollar or backtick (``Promise.allSettled``, `` `postMessage` ``), or
    before a dot and a letter, a bracket, an underscore or a backtick (``multiVis.h``,
    ``subChannel.port1``, ``postMessage(blob)``)."""
    return (
        re.search(rf"[.$_`]{re.escape(compound)}\b|\b{re.escape(compound)}(?:\.\w|[(\[_`$])", text)
        is not None
    )


def restore_prefix_hyphens(text: str, *, protected: Iterable[str] = ()) -> str:
    """Put back the hyphen between a prefix and a capitalised word: ``antiIS`` -> ``anti-IS``.

    E-paper exports drop the hyphen in ``anti-IS``, ``pro-Russian``, ``non-NATO``,
    ``mid-April``. Only lower-case prefixes from a fixed list (``anti pro non mid pre post
    ex neo pan semi multi inter trans ultra counter ...``) glued to an acronym or to a
    capitalised word that wordfreq knows well (Zipf 3 or more).

    Leaves alone: camel-case names and brands (``iPhone``, ``eBay``, ``McDonald``,
    ``MacArthur``, ``reCAPTCHA``, ``deGrom``, ``ProPublica``), identifiers (a compound that
    the document also writes after a dot, an underscore or a backtick, or before a dot, a
    bracket or an underscore: ``port.postMessage()``, ``Promise.allSettled``,
    ``multiVis.h``; internal capitals after the first: ``hereIsYourPort``; anything in a
    document holding code: a call ``f()``, ``=>``, a fenced block), prefixes already hyphenated,
    OCR noise that looks like a glued prefix (``proLeedings`` for "proceedings"), and
    ``protected`` words (``["proPublica"]``).

    >>> restore_prefix_hyphens("the U.S.-led antiIS coalition and proRussian rebels")
    'the U.S.-led anti-IS coalition and pro-Russian rebels'

    The hyphen is the one the document itself prints in that compound, if any
    (``anti‐IS`` with U+2010 in a headline gives ``antiIS`` the same).
    """
    # compound -> the hyphen the document prints in it
    hyphens: dict[str, str] = dict.fromkeys(protected, "")
    edits: list[tuple[int, int, str]] = []
    code = None  # whether the document holds code: looked up at the first candidate
    for camel in _RE_CAMEL_CASES.finditer(
        text.encode("latin-1", "replace").translate(_LETTER_CASES)
    ):
        end = camel.start()
        prefix = _RE_GLUED_PREFIX.search(text, max(0, end - _LONGEST_PREFIX), end)
        if not prefix:
            continue
        compound = prefix.group() + _matched(_RE_WORD_REST, text, end).group()
        if compound not in hyphens:
            rest = compound[len(prefix.group()) :]
            if code is None:
                code = _RE_CODE.search(text) is not None
            if code or not _RE_NAME_OR_ACRONYM.fullmatch(rest) or _in_identifier(text, compound):
                hyphens[compound] = ""  # "hereIsYourPort", "port.postMessage()", "multiVis.h"
                continue
            printed = any(hyphen in text for hyphen in _PRINTED_HYPHENS) and re.search(
                rf"\b{re.escape(prefix.group())}([\u2010\u2011]){re.escape(rest)}\b", text
            )
            known = rest.isupper() or zipf(rest) >= KNOWN_NAME  # "proLeedings" is OCR noise
            hyphens[compound] = printed.group(1) if printed else "-" if known else ""
        if hyphens[compound]:
            edits.append((end, end, hyphens[compound]))
    return apply_edits(text, edits) if edits else text


def _evidence_phrase(left: str, right: str, language: str = "en") -> str:
    evidence = pieces(left, right, language)
    return (
        f'"{(left + right).lower()}" is a known word (Zipf {evidence.joined:.1f}), '
        f'10^{evidence.association:.1f} times likelier than "{left.lower()}" and "{right.lower()}" apart'
    )


def break_reason(text: str, position: int, vocab: Counter[str], language: str | None = None) -> str:
    """Why ``rejoin_hyphenated`` decided the first break at or after ``position`` of
    ``text`` as it did (for the edit log), from the same evidence as the decision;
    ``language`` as the filter was given it (None: detected from ``text``)."""
    match = _breaks(text).search(text, position)
    if not match:
        return ""
    (_, left_token), right_token = (
        _left_token(text, match.start()),
        _matched(_RE_TOKEN, text, match.end()),
    )
    if match.group()[0] == "\u00ad":
        return "joined: a soft hyphen only marks where a word may break"
    left = _RE_LETTERS_END.search(left_token)
    right = _RE_LETTERS_START.match(right_token.group())
    if not left or not right or left_token[: left.start()].strip(_OPENERS):
        return f'kept the hyphen: "{left_token}-{right_token.group()}" is not a word split in two'
    joined, hyphenated = (
        (left.group() + right.group()).lower(),
        f"{left.group()}-{right.group()}".lower(),
    )
    for word, verb in ((joined, "joined"), (hyphenated, "kept the hyphen")):
        if vocab[word] >= _PROTECTED_WEIGHT:
            return f'{verb}: "{word}" is a protected word'
    if vocab[joined] > vocab[hyphenated]:
        return f'joined: the document writes "{joined}" {vocab[joined]}x elsewhere'
    if vocab[hyphenated]:
        return f'kept the hyphen: the document writes "{hyphenated}" {vocab[hyphenated]}x elsewhere'
    if right.group()[0].isupper():
        return f'kept the hyphen: "{right.group()}" is capitalised'
    language = document_language(text, language) or "en"
    if language == UNDETERMINED:
        return (
            f"kept the hyphen: no word list for the text's language, and the document does not "
            f'write "{joined}"'
        )
    line_end = "\n" in match["gap"]
    decision = decide(left.group(), right.group(), vocab, line_end=line_end, language=language)
    if decision is Decision.JOIN:
        evidence = pieces(left.group(), right.group(), language)
        if evidence.joined >= KNOWN_JOINED and evidence.association < HYPHEN_JOIN:
            return f'joined: "{joined}" is a common {language} word (Zipf {evidence.joined:.1f})'
        if evidence.joined < KNOWN_WORD or evidence.association < HYPHEN_JOIN:
            return (
                f'joined: "{left.group()}" and "{right.group()}" are words, and {language} '
                "writes compounds solid"
            )
        return "joined: " + _evidence_phrase(left.group(), right.group(), language)
    return f'kept the hyphen: "{left.group()}" and "{right.group()}" are words, "{joined}" is not'


def split_reason(text: str, position: int) -> str:
    """Why ``rejoin_split_words`` joined the words at ``position`` (two words, split with a
    space or a line break) or at the first line break after it (for the edit log)."""
    pair = _RE_PAIR_AT.match(text, position)
    spaced = pair and ("\n" not in pair[0] or not _lost_hyphen(pair[1], pair[2]))
    if pair and spaced and _is_split_shape(pair[1], pair[2]):
        left, right = pair[1], pair[2]
        joined = left + right
        printed = (
            f"1916 newspapers print it joined 10^{print_ratio(left.lower(), right):.1f} times "
            "as often as apart"
        )
        if vocabulary(text, words={joined.lower()})[joined.lower()]:
            return (
                f'joined "{left} {right}": the document writes "{joined}" elsewhere, and {printed}'
            )
        fragment = left if _is_fragment(left.lower()) else right
        if _has_fragment(left.lower(), right):
            return f'joined "{left} {right}": "{fragment}" is no word of its own, and {printed}'
        return f'joined "{left} {right}": {printed}'
    match = _RE_SPLIT.search(text, position)
    if not match or match.start(1) > position:  # a break further on is another decision's
        return ""
    return "joined a line break that lost its hyphen: " + _evidence_phrase(match[1], match[3])


def rejoin_corrected_splits(
    text: str, *, protected: Iterable[str] = (), language: str | None = None
) -> str:
    """Rejoin the words split in two that word correction gave the evidence for (tele phone
    once telephono reads telephone).

    With ``--correct`` only, after ``correct_words``: ``rejoin_split_words`` once more on the
    corrected text, by the same rules.

    Before correction a document may write the joined word only misread (``lncrease``,
    ``telephono``, ``Sundav``), and read as OCR garbage rather than English: a split of it
    (``in⏎crease``, ``tele⏎phone``) then stays, for want of evidence. Once correction wrote
    the word right, the evidence is there; without this step a second run of the command
    would join what the first left (it did on 32 of the 300 chronam pages).

    Leaves alone: everything ``rejoin_split_words`` leaves alone (two real words, pairs
    English prints apart, capitalised second pieces, names, other languages), and text
    correction did not change: there it finds nothing the first pass did not.

    >>> rejoin_corrected_splits("It was an increase of pay and a great in crease of work.")
    'It was an increase of pay and a great increase of work.'
    """
    return rejoin_split_words(text, protected=protected, language=language)
