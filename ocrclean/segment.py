"""Words run together or split apart by OCR, for ``--correct``: the segmentation step of
``correct_words`` (English; in noisy text only).

OCR drops the space between two words (``ofthe``, ``tothe``, ``Themen``) or glues them with
a speck (``to.be``, ``and,would``, ``of'my``), and prints a space inside a word
(``advertise ments``, ``co itinue``). Before words are corrected one by one, this step
splits a token into two words and joins two tokens into one where the evidence is strong:

- **Split** a token no dictionary knows, or a rare one, into two words when English prints
  the pair (symspellpy's bigram counts from Google Books) at least SPLIT_GAP orders of
  magnitude more often than the token itself, and no single-word correction of the token is
  nearly as common. Across a glued mark the pair must be seen as often: a full stop or an
  apostrophe between two lower-case words is debris and goes; a comma stays, with the space
  it lost (it may be debris too: ``be,very``, but a comma is as often the author's).
  A piece may be misread: a short one beside a common word (``attho``: ``at the``), a
  short misread function word beside a longer word (``spenttho``: ``spent the``), a longer
  one beside a function word (``requostof``: ``request of``), or on either side of a glued
  mark (``tho'prayer``: ``the prayer``). A token that with the next makes a word is its
  piece, not words run together (``unaccount able``).
- **Join** two tokens into a word when one of them is no word (nor a common one the pair
  table knows) and the joined form is a common word (``advertise ments``) or one the
  corrector corrects into one (``co itinue`` -> ``coitinue`` -> ``continue``; a rare
  fragment, ``Con pany``; a lone letter, ``c ommittoe``), unless the piece is itself a
  likely misreading of a word printed beside the other (``some tlme``). Beside a common
  word a piece joins only when it is no word nor misread word and the corrector reads the
  join as a word that starts with the common one (``in stiucted``: "instructed"; not ``the
  ofiice``, nor a capitalised ``In terfers``: a misread "in"). A full stop,
  comma, apostrophe or asterisk after the first piece is a misread line-end hyphen when one
  piece is unknown and their join corrects into a common word (``convie. lion``, ``Intro,
  ductlon``). Two dictionary words join only when one is rare, neither is common, English
  never prints them as a pair, and their join is no word but corrects into a common one
  (``mar ringo``, ``intro luce``, ``ra corded``); never ``a part``, ``be come``, ``zeal
  and``, ``bone pits`` (not ``benefits``).
- **Drop** a hyphen glued to a word before a space and a lower-case word, a speck that kept
  the two apart in print and the word from the corrector, when English prints the two as a
  pair (one perhaps misread: ``sentence- to``, ``foi- the``, ``todaj- on``), or the second
  is a function word and the first a word of five letters or more that starts no longer
  word (``licenses- than``; not ``Washing- are``: a word broken across columns), and their
  join is no word nor the misreading of one (``con- tinue`` is left to the hyphen filters),
  nor the first half of a suspended hyphen (``pre- and post-war``).

Leaves alone: clean text (see ``correct._noisy``), anything the corrector leaves alone
(code, other languages), tokens with a digit or any other mark (numbers, codes, URLs,
e-mail addresses, compounds, initials, options: ``-f or``), a token glued by a mark that
the text writes more than once (``Node.js``), all-capitals words and other mixed case, a
capitalised word at a line start (verse) or a name the text writes elsewhere, anything
across a line break, pairs English prints as two words (``a part``, ``any one``, ``in to``,
``may be``), and a split whose halves are not both words of the pair table (``himselfe``,
``wouldbee``: period spelling).

>>> from ocrclean.correct import correct_words
>>> correct_words("Tho sale ofthe land wns made. Tbe advertise ments woro read in tbe hall.")
'The sale of the land was made. The advertisements were read in the hall.'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Callable
from typing import Protocol, TypeVar

from .lexicon import frequencies, phrase_counts, zipf

SPLIT_GAP = 2.0  # the pair is printed this many orders of magnitude more often than the token
SPLIT_KNOWN_GAP = 3.5  # ... or this many for a word the dictionary lists (web typos: "ofthe")
SPLIT_RARE_GAP = 3.0  # ... or this many for one rarer than RARE_ZIPF ("themen"; not "hereto")
RARE_ZIPF = 2.0
SPLIT_MAX_ZIPF = 3.5  # a word at least this common is never split
SPLIT_MIN_LENGTH = 4  # a shorter token is no two words run together ...
THREE_MIN_LENGTH = 8  # ... nor a shorter one three
MISREAD_SPLIT_COST = 1.0  # ... and this much more when one of the two is misread (attho)
ANCHOR_ZIPF = 5.0
MISREAD_LENGTH = 4  # ... the misread one a short word: tho, tbe, aud
LONG_MISREAD_LENGTH = 5  # ... or one this long beside a FUNCTION_ZIPF word (requostof) ...
LONG_MISREAD_COST = 0.5  # ... at this cost, its likeliest correction only
LONG_ANCHOR_LENGTH = 5  # a misread function word beside a word this long (spenttho) ...
LONG_ANCHOR_COST = 0.5  # ... at this cost, the word at least WEAK_ZIPF common
FRAGMENT_MIN_LENGTH = 5  # a piece a common word joins (in stiucted) has this many letters
FUNCTION_ZIPF = 6.0  # one of two words run together is at least this common: of, the, my, very  # ... and the other a word at least this common
CORRECTION_GAP = 1.0  # a split beats a single-word correction this much commoner than the token
JOIN_ZIPF = 3.0  # a joined word is at least this common ...
JOIN_MIN_LENGTH = 7  # two pieces corrected into a word make at least this many letters
LETTER_JOIN_ZIPF = 4.5  # a lone letter joins the next piece into a word at least this common
LETTER_JOIN_MIN_LENGTH = 5  # ... or one it corrects into, of this many letters (c ommittoe)
RARE_PIECE_ZIPF = 3.5  # two words join when one is rarer than this (mar ringo, intro luce) ...
COMMON_PIECE_ZIPF = 5.0  # ... neither is this common (not "am tempted": "attempted") ...
RARE_JOIN_ZIPF = 4.0  # ... and their join corrects into a word this common, unless the
MISREAD_FUNCTION_ZIPF = 6.5  # ... second is a short misreading of a word this common (nt: at)
WEAK_ZIPF = 3.0  # a piece rarer than this that the pair table lacks is no word of its own
SEGMENT_PASSES = 3  # resegment passes at most (two suffice on the SMH and chronam texts)
HYPHEN_MISREADINGS = (".", ",", "*", "'")  # marks OCR reads for a line-end hyphen
MISREAD_CANDIDATES = 3  # a piece's likeliest corrections that may make a pair with the other
QUOTES = "(\"'\u201c\u2018"  # the marks around a word of prose ...
ENDS = ".,;:!?)\u201d\u2019"  # ... and after it
# The last part of an address (yahoo.com), no word glued with a full stop.
DOMAINS = frozenset({"com", "org", "net", "edu", "gov", "info", "io", "uk", "au", "nz", "ca"})
# The endings that make another form of a word, not a longer word it starts (bruise: bruised).
INFLECTIONS = frozenset({"es", "ed", "ing", "est", "'s"})
WORD_START_ZIPF = 3.0  # a word this common that a piece starts: the piece is no word of its own
# The endings after an apostrophe that make a contraction or a possessive, no glued pair.
CONTRACTIONS = frozenset({"s", "t", "d", "ll", "re", "ve", "m", "em", "tis", "twas"})

_RE_GLUED = re.compile(r"([^\W\d_]{2,})([.,'\u2019])([^\W\d_]{2,})([.,;:!?]?)")


class _Word(Protocol):
    @property
    def lead(self) -> str: ...
    @property
    def core(self) -> str: ...
    @property
    def tail(self) -> str: ...
    @property
    def word(self) -> str: ...
    @property
    def title(self) -> bool: ...
    @property
    def upper(self) -> bool: ...


_W = TypeVar("_W", bound=_Word)


@functools.cache
def _pair_table() -> tuple[dict[str, int], float]:
    """symspellpy's bigram counts and the log10 of their total."""
    pairs = phrase_counts()[1]
    return pairs, math.log10(sum(pairs.values()) or 1)


def _in_table(word: str) -> bool:
    """Whether symspellpy's tables know a word (its word counts: the words of its pairs)."""
    return word in phrase_counts()[0]


def pair_zipf(first: str, second: str) -> float:
    """How often English prints ``first second`` on the Zipf scale (log10 per billion
    pairs); 0.0 for a pair the table never saw (it lists pairs from about 2.7 up).

    >>> pair_zipf("of", "the") > 7, pair_zipf("be", "came")
    (True, 0.0)
    """
    pairs, total = _pair_table()
    n = pairs.get(first + " " + second)
    return math.log10(n) - total + 9 if n else 0.0


@functools.lru_cache(maxsize=1 << 16)
def best_split(word: str) -> tuple[tuple[str, ...], float] | None:
    """The words a lower-case ``word`` is most likely run together from, with how often
    English prints them together (Zipf, less the cost of a misread piece), or None when no
    pair is printed SPLIT_GAP orders of magnitude more often than ``word`` (more for a
    dictionary word). One of the words is a common one (FUNCTION_ZIPF); one piece may be a
    misreading ("attho": "at the"); three words when each pair of neighbours is printed.

    >>> [best_split(w)[0] for w in ("ofthe", "verymuch", "attho", "isnotsurprising")]
    [('of', 'the'), ('very', 'much'), ('at', 'tho'), ('is', 'not', 'surprising')]
    >>> best_split("atone"), best_split("himselfe"), best_split("testsuite")
    (None, None, None)
    """
    known = frequencies().get
    own = known(word, 0.0)
    if len(word) < SPLIT_MIN_LENGTH or own >= SPLIT_MAX_ZIPF:
        return None
    gap = SPLIT_GAP if not own else SPLIT_RARE_GAP if own < RARE_ZIPF else SPLIT_KNOWN_GAP
    least = own + gap
    best: tuple[tuple[str, ...], float] | None = None
    halves = _halves(word, 1)
    for first, second in _printed(halves, [a + " " + b for a, b in halves]):  # pairs first
        together = pair_zipf(first, second)
        if together < least or (best and together <= best[1]):
            continue
        if max(known(first, 0.0), known(second, 0.0)) >= FUNCTION_ZIPF:
            best = (first, second), together  # not "testsuite": a compound of the trade
    if best or own:
        return best
    for first, second in _anchored(_halves(word, 2)):  # a common word beside a misread one: attho
        for anchor, other, at in ((first, second, 1), (second, first, 0)):
            if known(anchor, 0.0) < ANCHOR_ZIPF or known(other, 0.0) >= ANCHOR_ZIPF:
                continue
            cost, tried = MISREAD_SPLIT_COST, MISREAD_CANDIDATES  # tried: of its corrections
            if len(other) > MISREAD_LENGTH:  # requostof: a long misread beside "of"
                if (
                    len(other) < LONG_MISREAD_LENGTH
                    or known(anchor, 0.0) < FUNCTION_ZIPF
                    or known(other, 0.0)
                ):
                    continue  # (asked before the piece's corrections are looked up)
                cost, tried = LONG_MISREAD_COST, 1  # its likeliest correction only
            for better, logp in _corrections(other)[:tried]:
                pair = (anchor, better) if at else (better, anchor)
                together = pair_zipf(*pair) + logp - cost
                if together >= least and (best is None or together > best[1]):
                    best = (first, second), together
    if best is None:  # a misread function word beside a longer word: spenttho, thofinest
        best = _function_word_split(word, least)
    if best or len(word) < THREE_MIN_LENGTH:
        return best
    table = phrase_counts()[0]  # (_in_table)
    for first, rest in halves:  # three words of two letters or more: isnotsurprising
        if len(first) < 2 or len(rest) < SPLIT_MIN_LENGTH or first not in table:
            continue
        # the last of three letters or more: not "files to re", "met a store" (a compound)
        cuts = [(rest[:i], rest[i:]) for i in range(2, len(rest) - 2)]
        for second, third in _printed(cuts, [first + " " + second for second, _ in cuts]):
            ab = pair_zipf(first, second)
            bc = pair_zipf(second, third)
            if not bc or max(known(w, 0.0) for w in (first, second, third)) < FUNCTION_ZIPF:
                continue
            together = min(ab, bc)
            if together >= least and (best is None or together > best[1]):
                best = (first, second, third), together
    return best


def _function_word_split(word: str, least: float) -> tuple[tuple[str, ...], float] | None:
    """The two words an unknown ``word`` is most likely run together from where one is a
    misreading of a function word of three or four letters (its likeliest correction
    FUNCTION_ZIPF common: tho, nnd) and the other a word of LONG_ANCHOR_LENGTH letters or
    more, at least WEAK_ZIPF common: the pair printed at least ``least`` (Zipf, less the
    misreading and LONG_ANCHOR_COST). Not a piece of two letters, which starts too many
    words (``loserve``, ``unaccount``)."""
    known = frequencies().get
    best: tuple[tuple[str, ...], float] | None = None
    size = len(word)
    for cut in (*range(3, MISREAD_LENGTH + 1), *range(size - MISREAD_LENGTH, size - 2)):
        first, second = word[:cut], word[cut:]
        short, anchor, at = (first, second, 0) if cut <= MISREAD_LENGTH else (second, first, 1)
        if len(anchor) < LONG_ANCHOR_LENGTH or known(anchor, 0.0) < WEAK_ZIPF:
            continue
        for better, logp in _corrections(short)[:1]:
            if known(better, 0.0) < FUNCTION_ZIPF:
                continue
            together = pair_zipf(*((anchor, better) if at else (better, anchor)))
            together += logp - LONG_ANCHOR_COST
            if together >= least and (best is None or together > best[1]):
                best = (first, second), together
    return best


def _halves(word: str, shortest: int) -> list[tuple[str, str]]:
    """The ways to cut ``word`` in two pieces of at least ``shortest`` letters, where a piece
    of one letter is "a" or "i"."""
    first = shortest if shortest > 1 or word[0] in "ai" else 2
    last = len(word) - (shortest if shortest > 1 or word[-1] in "ai" else 2)
    return [(word[:i], word[i:]) for i in range(first, last + 1)]


def _printed(cuts: list[tuple[str, str]], pairs: list[str]) -> list[tuple[str, str]]:
    """The ``cuts`` of a word whose ``pairs`` (one a cut, "first second") the pair table
    lists, in order: one C-level lookup a cut, where most cuts make no pair (pair_zipf 0.0)."""
    return list(itertools.compress(cuts, map(_pair_table()[0].get, pairs)))


def _anchored(cuts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The ``cuts`` of a word one of whose pieces is at least ANCHOR_ZIPF common, in order
    (one C-level lookup a piece: few cuts have one)."""
    common = _anchors()
    return list(
        itertools.compress(
            cuts,
            map(
                operator.or_,
                map(common.__contains__, map(operator.itemgetter(0), cuts)),
                map(common.__contains__, map(operator.itemgetter(1), cuts)),
            ),
        )
    )


@functools.cache
def _anchors() -> frozenset[str]:
    """The words at least ANCHOR_ZIPF common: the words a misread piece is split from."""
    return frozenset(word for word, z in frequencies().items() if z >= ANCHOR_ZIPF)


def _corrections(piece: str) -> tuple[tuple[str, float], ...]:
    """The likeliest words a piece may be a misreading of, with log10 P of the misreading."""
    from .correct import _in_language, _options  # the corrector calls this module

    options: tuple[tuple[str, float], ...] = _in_language(_options, "en")(piece)[1]
    return options[:MISREAD_CANDIDATES]


def _case(piece: str, title: bool) -> str:
    return piece.capitalize() if title else piece


def resegment(
    parts: list[str],
    tokens: list[_W | None],
    parse: Callable[[str], _W | None],
    fix: Callable[[str], str | None],
) -> tuple[list[str], list[_W | None]]:
    """Split run-together tokens and join split ones in ``parts`` (``re.split`` of a text on
    its tokens: gaps at even places, tokens at odd), ``tokens`` their parses (None: leave
    alone); new parts and parses, as before where nothing changed. ``parse`` parses a new
    token; ``fix`` gives the correction of an unknown word, or None. Passes run until one
    changes nothing (a piece freed from a glued mark may join its neighbour: ``com
    pelled'to``), so that a second run of the corrector finds nothing more to do."""
    # Within one text the corrector's answers and a pair's verdict do not change: each is
    # worked out once, not again for every copy of a word and in every pass.
    fix = functools.cache(fix)
    joins: dict[tuple[_W, _W, str], bool] = {}
    fresh: set[int] | None = None  # the first pass looks at every token
    for _ in range(SEGMENT_PASSES):
        found = _resegment(parts, tokens, parse, fix, joins, fresh)
        if found is None:
            break
        parts, tokens, fresh = found
    return parts, tokens


def _resegment(
    parts: list[str],
    tokens: list[_W | None],
    parse: Callable[[str], _W | None],
    fix: Callable[[str], str | None],
    joins: dict[tuple[_W, _W, str], bool],
    fresh: set[int] | None = None,
) -> tuple[list[str], list[_W | None], set[int]] | None:
    """One pass of resegment: the new parts and parses and the indexes of the new tokens
    among them, or None where nothing changed. ``joins`` holds the verdicts of _joins on
    pairs already weighed (and takes new ones). ``fresh``: the indexes of the tokens the
    last pass made, the only ones a later pass looks at (None: look at every token).

    What a pass does at a token depends on it, its neighbours and the gaps between them
    alone, and the last pass changed nothing where none of these is new: there this pass
    would change nothing either, and does not look."""
    join_piece, split_piece = _piece_tests()
    if fresh is None:
        # The tokens worth a look: pieces no word of their own or rare ones (to join), rare
        # words (to split), tokens no word parses (glued by a mark), and words a hyphen
        # ends (a speck: "sentence- to").
        weak = [token is not None and join_piece(token.word) for token in tokens]
        rare = [token is None or split_piece(token.word) or token.tail == "-" for token in tokens]
        weak.append(False)
        # A token is worth a look when it or the next is weak (a join) or it is rare (a
        # split); the runs between are copied as they are (the last entry stops the last run).
        look = [*map(operator.or_, map(operator.or_, weak, weak[1:]), rare), True]
    else:  # the same tests, of the new tokens and their neighbours only
        weak, rare = [False] * (len(tokens) + 1), [False] * len(tokens)
        near = sorted({j for k in fresh for j in (k - 1, k, k + 1) if 0 <= j < len(tokens)})
        for j in {*near, *(k + 1 for k in near if k + 1 < len(tokens))}:
            token = tokens[j]
            weak[j] = token is not None and join_piece(token.word)
            rare[j] = token is None or split_piece(token.word) or token.tail == "-"
        look = [False] * (len(tokens) + 1)
        look[-1] = True
        for j in near:
            look[j] = weak[j] or weak[j + 1] or rare[j]
    if not any(look[:-1]):
        return None
    glued = Counter(raw for raw, token in zip(parts[1::2], tokens) if token is None)
    out = [parts[0]]
    parsed: list[_W | None] = []
    made: set[int] = set()
    k, last = 0, len(tokens) - 1
    while k <= last:
        if not look[k]:
            end = look.index(True, k)
            out += parts[2 * k + 1 : 2 * end + 1]
            parsed += tokens[k:end]
            k = end
            continue
        token, after = tokens[k], parts[2 * k + 2]
        nxt = tokens[k + 1] if k < last else None
        if (
            token is not None
            and nxt is not None
            and token.tail == "-"
            and "-" not in "".join(parts[2 * k + 5 : 2 * k + 6])  # pre- and post-war
            and _stray_hyphen(token, nxt, after, fix)
        ):
            out += [token.lead + token.core, after]
            made.add(len(parsed))
            parsed.append(parse(out[-2]))
            k += 1
            continue
        if (weak[k] or weak[k + 1]) and token is not None and nxt is not None:
            key = (token, nxt, after)
            joined = joins.get(key)
            if joined is None:
                joined = joins[key] = _joins(token, nxt, after, fix)
            if joined:
                out += [token.lead + token.core + nxt.core + nxt.tail, parts[2 * k + 4]]
                made.add(len(parsed))
                parsed.append(parse(out[-2]))
                k += 2
                continue
        pieces: list[str] | None = None
        if rare[k] and 0 < k < last and tokens[k - 1] is not None and nxt is not None:
            gap = parts[2 * k]  # a word between words: prose
            if token is not None and not (after == " " and zipf(token.word + nxt.word)):
                pieces = _split(token, gap, fix)  # (not "unaccount able": a word's piece)
            elif "\n" not in gap + after and glued[parts[2 * k + 1]] == 1:
                pieces = _unglue(parts[2 * k + 1])  # once: not "os.path", "Node.js"
        if pieces:
            for piece in pieces:
                out += [piece, " "]
                made.add(len(parsed))
                parsed.append(parse(piece))
            out[-1] = after
        else:
            out += [parts[2 * k + 1], after]
            parsed.append(token)
        k += 1
    return (out, parsed, made) if made else None


def _plain(token: _Word) -> bool:
    """Whether a word is in lower case or capitalised (no heading, acronym or mixed case)."""
    return token.core.islower() or (token.core[:1].isupper() and token.core[1:].islower())


def _split(token: _Word, gap: str, fix: Callable[[str], str | None]) -> list[str] | None:
    """The pieces of a run-together word, or None."""
    if not _plain(token) or (token.title and "\n" in gap):
        return None  # a heading, or a capital at a line start (verse)
    if not token.core.isascii() or token.lead.strip(QUOTES) or token.tail.strip(QUOTES + ENDS):
        return None  # a mark around the word (``code``, --option, 's): no prose
    found = best_split(token.word)
    if found is None or _period_spelling(token.word):  # byred, tryall: period spelling
        return None
    words, together = found
    if token.title and (len(words) > 2 or not pair_zipf(*words)):
        return None  # "Heaper", "Attho": a capitalised word splits only into a printed pair
    better = fix(token.word)
    if better is not None and zipf(better) + CORRECTION_GAP >= together:
        return None  # a misread single word is likelier
    return [token.lead + _case(words[0], token.title), *words[1:-1], words[-1] + token.tail]


def _unglue(raw: str) -> list[str] | None:
    """The two words of a token glued by a mark (``to.be``, ``attention,to``), or None."""
    found = _RE_GLUED.fullmatch(raw)
    if found is None:
        return None
    first, mark, second, end = found.groups()
    if not (first.islower() or first[1:].islower()) or not second.islower():
        return None
    a, b = first.lower(), second.lower()
    if zipf(a + b) >= SPLIT_MAX_ZIPF or zipf(first + mark + second) >= WEAK_ZIPF:
        return None  # a word with the mark, or without it (ma'am)
    if mark != "," and (
        b in CONTRACTIONS or b in DOMAINS or not (pair_zipf(a, b) or _misread_glue(a, mark, b))
    ):
        return None  # not "wasn't", "yahoo.com"; "tho'prayer" is "the prayer"
    if mark == "," and not (zipf(a) >= WEAK_ZIPF and zipf(b) >= WEAK_ZIPF):
        return None
    return [first + ("," if mark == "," else ""), second + end]


def _misread_glue(first: str, mark: str, second: str) -> bool:
    """Whether a piece glued to another is a misreading of a word printed beside it
    (``tho'prayer``, ``having.seon``); across a full stop only pieces of three letters or more
    (not ``Node.js``: a file name)."""
    if mark == "." and min(len(first), len(second)) < 3:
        return False
    return _misread_pair(first, second)


def _joins(token: _Word, nxt: _Word, gap: str, fix: Callable[[str], str | None]) -> bool:
    """Whether two tokens are the pieces of one word split by a space."""
    if gap != " " or nxt.lead or not nxt.core.islower() or not _plain(token):
        return False
    first, second = token.word, nxt.word
    if len(first) == 1 and token.lead.strip(QUOTES):
        return False  # an option or a mark before a lone letter: "-f or", ">f our"
    if len(second) < 2 or not (first + second).isascii():
        return False  # a lone letter is a word, an initial or a unit: "in n", "Captain G."
    if token.tail:
        return token.tail in HYPHEN_MISREADINGS and _misread_hyphen_joins(first, second, fix)
    if len(first) == 1 and (first in "ai" or token.title):
        return False
    weak = [piece for piece in (first, second) if _weak(piece)]
    joined = first + second
    own = zipf(joined)
    if not weak:  # two words: "a part", "be come", "zeal and"; but "mar ringo"
        return _rare_pair_joins(token, first, second, fix)
    if len(first) == 1:  # "w as"; not "m any", "n on": a lone m or n is "in", "a"
        if not own and zipf(second) == 0 and len(joined) >= LETTER_JOIN_MIN_LENGTH:
            better = fix(joined) or ""  # c ommittoe; not "u ftee": "after"
            own = zipf(better) if better[:1] == first else 0.0
        if own < LETTER_JOIN_ZIPF or _misread_pair(first, second):
            return False
    elif own:
        if own < JOIN_ZIPF:
            return False
    elif (
        len(joined) < JOIN_MIN_LENGTH
        or not any(_fragment(piece, fix) for piece in weak)
        or (
            max(zipf(first), zipf(second)) >= FUNCTION_ZIPF
            and (token.title or not _function_word_start(first, second, fix))
        )
    ):
        return (
            False  # short, a word of its own ("winches foi"), beside a common word ("the ofiice")
        )
    elif zipf(fix(joined) or "") < JOIN_ZIPF or _misread_pair(first, second):
        return False  # "some tlme", "to hls": a misread word beside a word, no split one
    return not any(zipf(piece) and _period_spelling(piece) for piece in weak)  # goe the


def _function_word_start(first: str, second: str, fix: Callable[[str], str | None]) -> bool:
    """Whether a common word before a piece no word nor misread word is the start of one
    the corrector reads their join as (``in stiucted``: "instructed"; ``his toncal``:
    "historical"; not ``the ofiice``, ``to hls``: a misread word). (Not a capitalised one:
    "In terfers" is a misread "in", not "Interfere"; nor a piece shorter than
    FRAGMENT_MIN_LENGTH: each costs two corrections, and none of the short ones joined.)"""
    return (
        len(second) >= FRAGMENT_MIN_LENGTH
        and zipf(first) >= FUNCTION_ZIPF
        and not zipf(second)
        and fix(second) is None
        and (fix(first + second) or "").startswith(first)
    )


def _stray_hyphen(token: _Word, nxt: _Word, gap: str, fix: Callable[[str], str | None]) -> bool:
    """Whether the hyphen after a word is a speck between two words (``sentence- to``,
    ``made- public``, ``foi- the``, ``todaj- on``, ``licenses- than``): a space and a
    lower-case word after it, the two a pair English prints (one of them perhaps misread:
    the hyphen kept the corrector from the word) or a word and a function word, and their
    join no word nor the misreading of one (not ``con- tinue``, ``in- terfers``). A word
    English does not print beside the next is left alone (``consider- said``: a word broken
    across columns), as is one that starts a longer word (``Washing- are``)."""
    if gap != " " or nxt.lead or not nxt.core.islower() or not _plain(token):
        return False
    first, second = token.word, nxt.word
    if min(len(first), len(second)) < 2 or not (first + second).isascii():
        return False
    joined = first + second
    if zipf(joined) or zipf(fix(joined) or "") >= JOIN_ZIPF:
        return False
    if pair_zipf(first, second) or _misread_pair(first, second):
        return True
    # a word before a function word the pair table is too short to list ("licenses- than",
    # "wreckage- and"), unless it starts a longer word ("Washing- are ... ton")
    return (
        zipf(second) >= FUNCTION_ZIPF
        and len(first) >= LONG_ANCHOR_LENGTH
        and zipf(first) >= WEAK_ZIPF
        and not _starts_a_word(first)
    )


def _starts_a_word(piece: str) -> bool:
    """Whether a word at least WORD_START_ZIPF common starts with ``piece`` and goes on two
    letters or more, not as an ending of the piece's own (``washing``: "washington";
    ``exceeding``: "exceedingly"; not ``bruise``: "bruised")."""
    words = _common_words()
    at = bisect.bisect_left(words, piece)
    while at < len(words) and words[at].startswith(piece):
        rest = words[at][len(piece) :]
        if len(rest) > 1 and rest not in INFLECTIONS:
            return True
        at += 1
    return False


@functools.cache
def _common_words() -> list[str]:
    """The words at least WORD_START_ZIPF common, in order (_starts_a_word's bisection)."""
    return sorted(word for word, z in frequencies().items() if z >= WORD_START_ZIPF)


def _misread_hyphen_joins(first: str, second: str, fix: Callable[[str], str | None]) -> bool:
    """Whether two pieces a mark parts are one word whose line-end hyphen OCR misread as the
    mark (``convie. lion``, ``pre. pnralions``): one piece unknown, neither a lone letter nor
    a word of two letters (not ``neverthele, la``: "is"), nor a function word, and their join
    no word but the misreading of one at least JOIN_ZIPF common."""
    joined = first + second
    return (
        min(len(first), len(second)) > 2
        and (zipf(first) == 0 or zipf(second) == 0)
        and max(zipf(first), zipf(second)) < FUNCTION_ZIPF
        and len(joined) >= JOIN_MIN_LENGTH
        and not zipf(joined)
        and zipf(fix(joined) or "") >= JOIN_ZIPF
        and not _misread_pair(first, second)
    )


def _fixed(token: _Word, joined: str, fix: Callable[[str], str | None]) -> str:
    """The correction of two joined dictionary words, "" for none; a capitalised word keeps
    its first letter (not "Greta in": "retain"). (A capitalised fragment may lose it:
    "Xov ember", "Cen eral": OCR misreads capitals.)"""
    better = fix(joined) or ""
    return "" if token.title and better[:1] != joined[:1] else better


def _fragment(piece: str, fix: Callable[[str], str | None]) -> bool:
    """Whether a piece is a fragment of a word: unknown, or rarer than RARE_ZIPF, no two
    words run together and no misread word (``pany``, ``turo``; not ``iton``: "it on",
    ``thero``: "there")."""
    own = zipf(piece)
    return not own or (own < RARE_ZIPF and best_split(piece) is None and fix(piece) is None)


def _rare_pair_joins(
    token: _Word, first: str, second: str, fix: Callable[[str], str | None]
) -> bool:
    """Whether two dictionary words are the misread pieces of one: one of them rare, neither
    common, the second no short misreading of a function word ("presided nt": "at"), the
    pair never printed, and their join no word but the misreading of a common one (_fixed)."""
    joined = first + second
    pieces = sorted((zipf(first), zipf(second)))
    if (
        len(joined) < JOIN_MIN_LENGTH
        or zipf(joined)
        or pieces[0] >= RARE_PIECE_ZIPF
        or pieces[1] >= COMMON_PIECE_ZIPF
        or pair_zipf(first, second)
    ):
        return False
    if zipf(_fixed(token, joined, fix)) < RARE_JOIN_ZIPF:
        return False
    if len(second) <= MISREAD_LENGTH - 1 and any(
        zipf(word) >= MISREAD_FUNCTION_ZIPF for word, _ in _corrections(second)[:1]
    ):
        return False  # "presided nt", "seat tue": a misread "at", "the"
    return not _misread_pair(first, second)


def _period_spelling(word: str) -> bool:
    from .correct import period_spelling  # the corrector calls this module

    return period_spelling(word, "en")  # as the corrector asks: one cache entry a word


def _misread_pair(first: str, second: str) -> bool:
    """Whether one piece may be a misreading of a word that English prints beside the other."""
    return any(pair_zipf(better, second) for better, _ in _corrections(first)) or any(
        pair_zipf(first, better) for better, _ in _corrections(second)
    )


@functools.cache
def _piece_tests() -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    """_join_piece and _split_piece, each remembered by word (the corrector's _WordMemo: one
    C-level lookup for each of a text's tokens, where an LRU cache also reorders its list,
    and none of a batch's words forgotten before the memo holds _WORD_MEMO of them)."""
    from .correct import _WordMemo  # the corrector calls this module

    return _WordMemo(_join_piece).__getitem__, _WordMemo(_split_piece).__getitem__


def _join_piece(word: str) -> bool:
    """Whether a word may be a piece of one split by a space: no word of its own, or rare."""
    return _weak(word) or zipf(word) < RARE_PIECE_ZIPF


def _split_piece(word: str) -> bool:
    """Whether a word may be words run together: long enough, and no common word."""
    return len(word) >= SPLIT_MIN_LENGTH and frequencies().get(word, 0.0) < SPLIT_MAX_ZIPF


@functools.lru_cache(maxsize=1 << 16)
def _weak(piece: str) -> bool:
    """Whether a piece is no word of its own: unknown, or rare and unknown to the pair table."""
    own = zipf(piece)
    if len(piece) == 1:
        return piece not in "ai"
    return own == 0 or (own < WEAK_ZIPF and not _in_table(piece))
