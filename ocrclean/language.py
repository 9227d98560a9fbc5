"""Language detection: which language a document, or each of its paragraphs, is written in.

Callers use the language to pick language-aware rules (word lists, hyphen habits,
typographic conventions); ``None`` means "apply only the language-independent filters".
Detection compares the text's commonest words with each language's commonest words
(``data/languages.py``, built from wordfreq's lists) in a naive-Bayes score: function words
carry most of the evidence, and OCR damage only removes evidence (a misread word matches no
profile), it never adds any. Languages outside ``SUPPORTED_LANGUAGES`` that are often
mistaken for one (Portuguese, Catalan, Latin, the Scandinavian languages...) have profiles
too, so that their text comes out as ``None`` rather than as its nearest supported language.
"""

from __future__ import annotations

import functools
import math
import re
import struct
from itertools import repeat
from operator import methodcaller
from typing import NamedTuple

from .data.languages import COMMON_WORDS, SUPPORTED_LANGUAGES

__all__ = [
    "LANGUAGE_NAMES",
    "SUPPORTED_LANGUAGES",
    "detect_language",
    "identify_language",
    "paragraph_language",
    "paragraph_languages",
]

# The profiled languages by name, for messages ("the text reads as Portuguese").
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "nl": "Dutch", "es": "Spanish",
    "it": "Italian", "pt": "Portuguese", "ca": "Catalan", "ro": "Romanian", "sv": "Swedish",
    "da": "Danish", "nb": "Norwegian", "pl": "Polish", "cs": "Czech", "fi": "Finnish",
    "hu": "Hungarian", "tr": "Turkish", "id": "Indonesian", "la": "Latin",
}  # fmt: skip

# Words are split at spaces, apostrophes, hyphens and punctuation ("l'homme" gives "l" and
# "homme", as in wordfreq's lists): replacing each mark by a space and splitting at spaces
# runs 5 times faster than a regex for letters.
_WORD_BREAKS = tuple("'\u2019-.,;:!?\"()[]\u00ab\u00bb\u201c\u201d\u201e\u2018\u2014\u2013*_/")
# A paragraph break: a line holding nothing but spaces.
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")

# A word missing from a language's list scores that language this far below its least
# common listed word: an English word in a French text is evidence against French.
_ABSENT_PENALTY = 1.0
# One-letter words ("a", "i", "l", "d", "y", "e") count a quarter: OCR shatters damaged
# words into stray letters, which then speak for whichever language lists most of them
# (Catalan, on Chronicling America's worst pages).
_LETTER_WEIGHT = 0.25
# A long document is judged on this many characters, taken in evenly spaced pieces (its
# language does not change every page; 400 words decide as well as 5,000).
_SAMPLE_CHARS = 2400
_SAMPLE_PIECES = 6
# Most documents are decided by half the sample: the rest is read only when that half
# holds fewer listed words or a narrower lead than these.
_QUICK_SAMPLE_CHARS = 1200
_QUICK_WORDS = 60
_QUICK_LEAD = 0.5
# Evidence needed for a decision: listed words seen, the share of the text's words that
# the winning language lists (prose: 40-60%, shipping lists and damaged OCR: 20-30%; tables,
# OCR garbage, text in an unprofiled language: less), and the winner's lead per listed word
# over the runner-up (in Zipf units).
_MIN_WORDS = 8
_MIN_COVERAGE = 0.15
_MIN_LEAD = 0.15
# Brackets, operators and sigils: 6-12% of the visible characters of source code and
# Markdown, under 2% of prose and of OCR'd newspapers (their noise included). Text with
# more is not prose in any language, whatever words its comments hold. Left out: the
# underscores and asterisks of e-texts (Project Gutenberg's _italics_ and "* * *").
_CODE_MARKS = "{}[]()<>=;#\\|$@/`"
_RE_CODE_MARK = re.compile(f"[{re.escape(_CODE_MARKS)}]")  # (one scan: twice as fast as 17 counts)
_MAX_CODE_MARKS = 0.05
# What ``_verdict`` calls text that is not prose: code, markup.
_NOT_PROSE = "-"
# A paragraph leaves the document's language only on clearer evidence: more listed words
# and a wider lead over the document's language.
_MIN_PARAGRAPH_WORDS = 10
_MIN_SWITCH_LEAD = 0.5
_PROFILED = tuple(COMMON_WORDS)
_PROFILE_INDEX = {language: i for i, language in enumerate(_PROFILED)}


class _Evidence(NamedTuple):
    """What a text's words say: each profile's score and listed-word count, and the number of
    listed words; and the text itself (lowercased) and its words, from which ``_verdict``
    counts its words and code marks only when the listed words leave it a decision to make."""

    scores: list[float]
    listed: tuple[int, ...]
    known: int
    text: str
    words: list[str]


# A listed word's figures are packed side by side into one integer: its Zipf frequency (in
# hundredths) in each profiled language, a _SCORE_BITS-bit field each, then whether each
# language lists it, then a 1 that counts it, a _COUNT_BITS-bit field each; so a text is
# scored by summing integers in C (sum(map(...))), 10 times faster than a loop over words
# and languages, and the sum is unpacked into its fields in one C call (struct). A sample
# holds at most _SAMPLE_CHARS words of at most 800 hundredths each, far below a field's
# capacity. (Narrow count fields make a shorter integer: the sum runs a third faster.)
_SCORE_BITS = 32
_COUNT_BITS = 16
_LISTED_SHIFT = _SCORE_BITS * len(_PROFILED)
_KNOWN_SHIFT = _LISTED_SHIFT + _COUNT_BITS * len(_PROFILED)
_FIELDS = struct.Struct(f"<{len(_PROFILED)}I{len(_PROFILED) + 1}H")


@functools.cache
def _profiles() -> dict[str, int]:
    """Each listed word's packed figures (see _SCORE_BITS); a language that does not list a
    word gets a floor below its least common listed word."""
    profiles = {
        lang: {
            word: float(zipf)
            for word, _, zipf in map(methodcaller("partition", ":"), pairs.split())
        }
        for lang, pairs in COMMON_WORDS.items()
    }
    floors = [round(100 * (min(profiles[lang].values()) - _ABSENT_PENALTY)) for lang in _PROFILED]
    base = sum(floor << (i * _SCORE_BITS) for i, floor in enumerate(floors))
    base += 1 << _KNOWN_SHIFT
    packed = dict.fromkeys(sorted({word for words in profiles.values() for word in words}), base)
    for i, (lang, floor) in enumerate(zip(_PROFILED, floors)):
        listed = 1 << (_LISTED_SHIFT + i * _COUNT_BITS)
        for word, zipf in profiles[lang].items():
            weight = _LETTER_WEIGHT if len(word) == 1 else 1.0
            packed[word] += (
                round(weight * (round(100 * zipf) - floor)) << (i * _SCORE_BITS)
            ) + listed
    return packed


def _evidence(text: str) -> _Evidence:
    text = text.lower()
    words = text.replace("\u017f", "s")  # the long s: ſ
    for mark in _WORD_BREAKS:
        words = words.replace(mark, " ")
    split = words.split()
    fields = _FIELDS.unpack(
        sum(map(_profiles().get, split, repeat(0))).to_bytes(_FIELDS.size, "little")
    )
    languages = len(_PROFILED)
    return _Evidence(
        [score / 100 for score in fields[:languages]],
        fields[languages:-1],
        fields[-1],
        text,
        split,
    )


def _code_marks(evidence: _Evidence) -> float:
    """The share of the text's visible characters that are code marks."""
    text = evidence.text
    return len(_RE_CODE_MARK.findall(text)) / max(1, len(text) - text.count(" "))


def _top_two(evidence: _Evidence) -> tuple[int, int]:
    """The indexes of the two best profiles, best first (ties in profile order, so runs
    agree)."""
    scores = evidence.scores
    best = scores.index(max(scores))
    others = [*scores[:best], -math.inf, *scores[best + 1 :]]
    return best, others.index(max(others))


def _verdict(evidence: _Evidence, min_words: int) -> str | None:
    """The profile a text matches clearly (a supported language or not), ``_NOT_PROSE`` for
    code and markup, or None when the text holds too little evidence to tell."""
    if evidence.known < min_words:
        return None
    if _code_marks(evidence) > _MAX_CODE_MARKS:
        return _NOT_PROSE
    best, second = _top_two(evidence)
    listed = evidence.listed[best]
    if (
        # (the words counted only when the listed ones are too few for all words)
        (
            listed < _MIN_COVERAGE * len(evidence.words)
            and listed < _MIN_COVERAGE * sum(map(str.isalpha, evidence.words))
        )
        or evidence.scores[best] - evidence.scores[second] < _MIN_LEAD * evidence.known
    ):
        return None
    return _PROFILED[best]


def _sample(text: str, chars: int = _SAMPLE_CHARS) -> str:
    """The text, or evenly spaced pieces of it when it is longer than ``chars``."""
    if len(text) <= chars:
        return text
    piece = chars // _SAMPLE_PIECES
    step = (len(text) - piece) // (_SAMPLE_PIECES - 1)
    return "\n".join(text[i * step : i * step + piece] for i in range(_SAMPLE_PIECES))


def _clear(evidence: _Evidence) -> bool:
    """Whether a quick sample already decides: many listed words, a wide lead."""
    best, second = _top_two(evidence)
    lead = evidence.scores[best] - evidence.scores[second]
    return evidence.known >= _QUICK_WORDS and lead >= _QUICK_LEAD * evidence.known


def detect_language(text: str) -> str | None:
    """The language of a document as an ISO 639-1 code among ``SUPPORTED_LANGUAGES``, or None.

    None means: too few words to tell, no clear winner, or clearly another language
    (Latin, Portuguese, Swedish...) or no language at all (code, tables of numbers).
    Long documents are judged on evenly spaced samples.

    >>> detect_language("Il était une fois un roi qui avait trois fils, et le plus jeune "
    ...                 "s'en alla chercher fortune dans le monde.")
    'fr'
    >>> detect_language("Gallia est omnis divisa in partes tres, quarum unam incolunt "
    ...                 "Belgae, aliam Aquitani, tertiam qui ipsorum lingua Celtae, "
    ...                 "nostra Galli appellantur. Hi omnes lingua, institutis, legibus "
    ...                 "inter se differunt.") is None
    True
    """
    language = identify_language(text)
    return language if language in SUPPORTED_LANGUAGES else None


def identify_language(text: str) -> str | None:
    """The language a document reads as among all profiled ones, supported or not (``"pt"``,
    ``"la"``, see ``LANGUAGE_NAMES``), or None: too few words to tell, no clear winner, or
    no language at all (code, tables of numbers).

    >>> identify_language("O menino foi para a escola com os seus amigos e a professora "
    ...                   "disse que não havia aulas naquele dia por causa da chuva.")
    'pt'
    """
    evidence = _evidence(_sample(text, _QUICK_SAMPLE_CHARS))
    if len(text) > _QUICK_SAMPLE_CHARS and not _clear(evidence):
        evidence = _evidence(_sample(text))
    language = _verdict(evidence, _MIN_WORDS)
    return None if language == _NOT_PROSE else language


def paragraph_language(paragraph: str, document_language: str | None) -> str | None:
    """The language of one paragraph of a document in ``document_language``.

    Leaves the document's language in place unless the paragraph itself is clear: at least
    ten listed words, and its own language well ahead of the document's. A clear paragraph
    in an unsupported language (a Latin quotation) gets None. Leaves alone: short
    paragraphs, close calls, and code or markup inside a document (code marks are not a
    language; only a whole document of code gets None).

    >>> paragraph_language("Thank you.", "de")
    'de'
    >>> paragraph_language("Nel mezzo del cammin di nostra vita mi ritrovai per una selva "
    ...                    "oscura, ché la diritta via era smarrita.", "en")
    'it'
    """
    evidence = _evidence(_sample(paragraph))
    language = _verdict(evidence, _MIN_PARAGRAPH_WORDS)
    if language in (None, _NOT_PROSE, document_language):  # code marks are not a language
        return document_language
    found, current = _PROFILE_INDEX.get(language), _PROFILE_INDEX.get(document_language or "")
    if found is not None and current is not None:
        lead = evidence.scores[found] - evidence.scores[current]
        if lead < _MIN_SWITCH_LEAD * evidence.known:
            return document_language
    return language if language in SUPPORTED_LANGUAGES else None


def paragraph_languages(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, language)`` of each paragraph (a run of lines between blank lines).

    ``text[start:end]`` is the paragraph without its surrounding blank lines; a paragraph too
    short to judge takes the language of the whole document (see ``paragraph_language``).

    >>> text = (
    ...     "The poem opens on the evening of Good Friday, when the poet finds that he has lost\\n"
    ...     "his way in a dark wood, and the famous first lines are known to all of us:\\n\\n"
    ...     "Nel mezzo del cammin di nostra vita mi ritrovai per una selva oscura,\\n"
    ...     "ché la diritta via era smarrita.\\n\\n"
    ...     "See page 12."
    ... )
    >>> paragraph_languages(text)
    [(0, 157, 'en'), (159, 261, 'it'), (263, 275, 'en')]
    """
    document_language = detect_language(text)
    spans: list[tuple[int, int, str | None]] = []
    start = 0
    for gap in [*_BLANK_LINES.finditer(text), None]:
        end = len(text) if gap is None else gap.start()
        if text[start:end].strip():
            spans.append((start, end, paragraph_language(text[start:end], document_language)))
        if gap is not None:
            start = gap.end()
    return spans
