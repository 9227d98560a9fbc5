"""Spacing inside lines: runs of spaces, spaces around punctuation, a missing space.

Every rule acts on evidence that the result is prose punctuation: the word before the mark,
the word after it, the line (code and commands are left alone) and the document's own habits
(French typography, a space before every full stop, spaced brackets, aligned columns).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .data.shapes import TABLE_ROW
from .data.spacing import CODE_LINE, FUNCTION_WORDS, SENTENCE_STARTERS, TITLES
from .edits import Edit, apply_stages, chain
from .lexicon import zipf

# Two or more spaces between words ("the  coalition"); leading indentation is not matched.
# Patterns on runs of spaces start with a literal space (fast scan), only at the run's first
# space, and take the run whole (possessive): linear time on a line of a million spaces.
# Text without tabs gets the pattern that starts with two literal spaces (12x faster).
_RE_SPACE_RUN = re.compile(r"[ \t](?<=\S[ \t])[ \t]++(?=\S)")
_RE_SPACE_RUN_NO_TABS = re.compile(r"  (?<=\S  ) *+(?=\S)")
# A space before a comma or a full stop that ends a word: "the coalition , he said",
# "said the mayor .". (Each pattern starts with its mark, a literal: a fast scan.)
_RE_SPACED_COMMA = re.compile(r",(?<= ,)(?=\s|$)")
_RE_SPACED_FINAL_STOP = re.compile(r"\.(?<= \.)(?=\s|$)")
# A clause glued to the semicolon before it, the space on the wrong side: "on Monday
# ;others said". Not the colon: in old print OCR " :" before a word is a misread letter or
# a speck (" :he" for "the", "made :bets"), as " ;" is before a short word (" ;it" for "at").
_RE_GLUED_CLAUSE = re.compile(r";(?<= ;)(?=([a-z]{4,})[ \t]+[^\W\d_])")
# How common (Zipf) the word that opens a glued clause must be.
_KNOWN_WORD_ZIPF = 3.0
# A run of spaces between words this long or shorter is a slip of the OCR or of the typist
# (``the  coalition``); a longer one on a line no wider than a printed line is layout: a
# contents page's page numbers, a verse half-line's indent, a cast list's columns (on a
# longer line, lines were joined into a paragraph: the gap is a slip there too).
LONGEST_SPACING_SLIP = 3
WIDEST_LAYOUT_LINE = 80
# A dash glued between a run-in heading, a dateline or a numbered entry and its text
# ("POLICE FORCE.-We", "Pepper.-There", "Bathurst, April 14.-Mary"), or after a colon
# ("as follows:-"This"): old print set a dash there; OCR joins the two words into one
# token. (After a comma, "!" or "?" the dash stays glued: books print "tell,—Nothing" so,
# and their transcriptions keep it.)
_RE_GLUED_DASH = re.compile(r"-(?<=[^\W_][.:]-)(?=[\"'\u2018\u201c]?[A-Z])")
# A short abbreviation after the dash makes a compound or a range: "Dr.-Ing.", "Jan.-Feb.".
_RE_ABBREVIATION = re.compile(r"[A-Za-z]{1,4}\.")
# A word of two letters or digits or more, as the one before that punctuation must be (not
# an initial: "H.-So.", not a compound: "HOLLYWOOD-VS.-REPLAYTV", not a list number:
# "9.-Harmony", which transcriptions keep glued).
_RE_PLAIN_WORD = re.compile(r"[^\W_]{2,}")
# Brackets with spaces inside: "( in June )".
_RE_SPACED_OPENING = re.compile(r"\( ")
# What a bracket may hold to count as prose: letters, digits, spaces, commas, full stops,
# apostrophes and hyphens, ending in a letter, digit or full stop.
_RE_PROSE_IN_BRACKETS = re.compile(r"(?:[^\W_]|[ ,.'\u2019-])*(?:[^\W_]|\.)")
# The words inside brackets, of two letters or more.
_RE_LETTERS = re.compile(r"[^\W\d_]{2,}")
# What may follow a sentence-ending full stop: a capital, a quote, the end of the line.
_RE_AFTER_STOP = re.compile(r"[ \t]*(?:[A-Z\"'\u2018\u201c(]|\n|$)")
# A full stop glued to the next sentence: "2030 .The", "over.The" (two patterns,
# each starting with a literal, scan 6x faster than one alternation of look-behinds).
_RE_SPACED_STOP = re.compile(r"\.(?<= \.)(?=[A-Z][a-z])")
_RE_GLUED_STOP = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z])")
# A word a full stop or comma may follow: letters (with inner apostrophes and hyphens) or
# a number, inside any opening and closing quotes and brackets.
_RE_WORD_TOKEN = re.compile(
    r"[\"'\u2018\u201c(]*(?:[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|\d+)[)\"'\u2019\u201d]*"
)
# A word or a number that may end a sentence, before a stray or glued dot.
_RE_SENTENCE_END = re.compile(r"[\"'\u2018\u201c(]*([^\W\d_]{2,}|\d+)")
# ".Net", ".Com": names that start with a full stop.
_DOTTED_NAMES = frozenset({"Net", "Com", "Org", "Gov", "Edu"})
# The word after a dot.
_RE_WORD_AFTER = re.compile(r"[A-Za-z]+")
# Tokens where a full stop belongs to the token: web and e-mail addresses.
_RE_URLISH = re.compile(r"://|www\.|@")
_RE_TOKEN_REST = re.compile(r"\S+")
# Dotted names from code quoted in prose: "types.ModuleType", "pdb.Pdb(", "os.path_join",
# "{cluster.Worker}", "decimal.Decimal)".
_RE_CODE = re.compile(r"[(_{}\[\]<>|=/\\)]|\.[A-Z][a-z]+[A-Z]")
_QUOTES = "\"'`\u2018\u201c"
_OPENING = "\"'(\u2018\u201c"
_TRAILING = ".,;:!?\"')\u2019\u201d"
# French typography: a space before ; : ! ? ("pensez-vous ?"), or the marks glued.
_RE_SPACED_HIGH_MARK = re.compile(r"[;:!?](?<=\w [;:!?])(?=\s|$)")
_RE_GLUED_HIGH_MARK = re.compile(r"[;:!?](?<=\w[;:!?])(?=\s|$)")
# Full stops glued to a word that ends with them ("word.") and all others after a space
# (Debian's " ." paragraph lines, spaced ellipses).
_RE_GLUED_STOP_AT_END = re.compile(r"\.(?<=\w\.)(?=\s|$)")
# A token is looked at no further back than this: a word is shorter.
_LONGEST_TOKEN = 80
# Words after which a dot is not a full stop and a comma or a semicolon not moved.
_NO_SENTENCE_END = FUNCTION_WORDS | TITLES
# Why each rule acts, as the edit log says it.
_SPACE_BEFORE_COMMA = "a space before a comma after a word"
_SPACE_BEFORE_STOP = "a space before a full stop after a word"
_GLUED_CLAUSE = "a clause glued to the semicolon before it"
_SPACED_STOP = "a full stop spaced from its word, glued to a sentence opener"
_GLUED_STOP = "a full stop glued to a sentence opener"
_GLUED_DASH = "a dash glued between a heading or a colon and its text"
_SPACE_RUN = "a run of spaces between words"
# Spaced brackets become a habit, not a slip, from this many in one text ("if ( expr )").
_BRACKET_HABIT = 3


class _Document:
    """What the whole text shows about its own habits; each figure is counted on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._line: tuple[int, int, bool] = (0, 0, False)  # start, end + 1, holds code

    @functools.cached_property
    def french_spacing(self) -> bool:
        """The text sets a space before ``; : ! ?`` as a rule (French typography)."""
        spaced = len(_RE_SPACED_HIGH_MARK.findall(self.text))
        return spaced >= 2 and spaced >= len(_RE_GLUED_HIGH_MARK.findall(self.text))

    @functools.cached_property
    def spaced_stops(self) -> bool:
        """The text sets a space before a tenth or more of its full stops, three or more: a
        convention (Debian's `` .`` paragraph lines), not a slip."""
        spaced = len(_RE_SPACED_FINAL_STOP.findall(self.text))
        glued = len(_RE_GLUED_STOP_AT_END.findall(self.text))
        return spaced >= 3 and spaced * 10 >= spaced + glued

    def in_code(self, position: int) -> bool:
        """Whether the line holding ``position`` holds code or a command. Positions come in
        order, so the line of the last one is kept: a long line is scanned once."""
        if not self._line[0] <= position < self._line[1]:
            start = self.text.rfind("\n", 0, position) + 1
            end = self.text.find("\n", position)
            end = len(self.text) if end < 0 else end
            self._line = (start, end + 1, bool(CODE_LINE.search(self.text, start, end)))
        return self._line[2]


def _run_start(text: str, end: int) -> int:
    """Where the run of spaces ending at ``end`` starts."""
    start = end
    while start and text[start - 1] == " ":  # each space is walked over once
        start -= 1
    return start


def _token_before(text: str, end: int) -> str:
    """The whitespace-delimited token ending at ``end``; one longer than any word is cut
    (the search for its start stops there)."""
    start, limit = end, max(0, end - _LONGEST_TOKEN)
    while start > limit and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_content_word(token: str) -> bool:
    """A word or a number, in any quotes or brackets, not a function word or a title:
    ``mayor``, ``mid-April``, ``(May)``; never ``the``, ``of``, ``Mr``."""
    bare = token.strip("\"'()\u2018\u2019\u201c\u201d").lower()
    return bool(_RE_WORD_TOKEN.fullmatch(token)) and bare not in _NO_SENTENCE_END


def _can_end_sentence(token: str) -> bool:
    """A word of two letters or more or a number, not a function word or a title:
    ``said``, ``Sar``, ``diaL``, ``2030``; never ``the``, ``of``, ``By``, ``tne``, ``Mr``."""
    match = _RE_SENTENCE_END.fullmatch(token)
    return match is not None and match.group(1).lower() not in _NO_SENTENCE_END


def _stop_ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[start:end]`` (after spaces) ends a sentence."""
    return not (
        text.startswith(" .", end)  # spaced ellipsis ". . ."
        or text[start - 1 : start] == "."
        or not _RE_AFTER_STOP.match(text, end)  # "from . import": not a sentence end
    )


def _bracket_groups(text: str) -> list[tuple[int, int]]:
    """(opening, closing) of each bracket pair on one line with a space inside each end:
    ``( in June )``. One spaced end alone is left to the typesetter (``(or gunzip )``)."""
    groups, closing, line_end = [], -1, -1
    for found in _RE_SPACED_OPENING.finditer(text):
        opening = found.start()
        if opening > line_end:
            line_end = text.find("\n", opening)
            line_end = len(text) if line_end < 0 else line_end
        if closing < opening:  # the next closing bracket on the line, found once per bracket
            closing = text.find(")", opening, line_end)
            closing = line_end if closing < 0 else closing
        if (
            closing < line_end
            and text[closing - 1] == " "
            and text.find("(", opening + 1, closing) < 0
        ):
            groups.append((opening, closing))
    return groups


def _prose_in_brackets(text: str, opening: int, closing: int) -> bool:
    """The brackets hold prose and stand as prose does: a space or the line start before,
    a space, punctuation or the line end after, a word inside that is not a function word
    (``( in June )``; not ``name( args )``, ``( and )``, ``( A[j-1] > hold )``)."""
    inside = text[opening + 1 : closing].strip(" ")
    return (
        (opening == 0 or text[opening - 1].isspace())
        and (closing + 1 == len(text) or text[closing + 1] in " \t\n,.;:!?")
        and _RE_PROSE_IN_BRACKETS.fullmatch(inside) is not None
        and any(w.lower() not in FUNCTION_WORDS for w in _RE_LETTERS.findall(inside))
    )


def _spaced_brackets(text: str, document: _Document) -> list[Edit]:
    """ "( in June )" -> "(in June)", unless spaced brackets are the text's habit."""
    groups = [
        (opening, closing)
        for opening, closing in _bracket_groups(text)
        if _prose_in_brackets(text, opening, closing) and not document.in_code(opening)
    ]
    if not groups or len(groups) >= _BRACKET_HABIT:
        return []
    why = "spaces inside brackets that hold prose"
    return [Edit(o, c + 1, "(" + text[o + 1 : c].strip(" ") + ")", why) for o, c in groups]


def _spaces_before(text: str, document: _Document) -> list[Edit]:
    """ "the coalition , he said" -> "the coalition, he said"; "said the mayor ." ->
    "said the mayor."; "on Monday ;others" -> "on Monday; others"."""
    edits = []
    for comma in _RE_SPACED_COMMA.finditer(text):
        start = _run_start(text, comma.start())
        if _is_content_word(_token_before(text, start)) and not document.in_code(start):
            edits.append(Edit(start, comma.start(), "", _SPACE_BEFORE_COMMA))
    for stop in _RE_SPACED_FINAL_STOP.finditer(text):
        start = _run_start(text, stop.start())
        if (
            _is_content_word(_token_before(text, start))
            and _stop_ends_sentence(text, start, stop.end())
            and not document.spaced_stops
            and not document.in_code(start)
        ):
            edits.append(Edit(start, stop.start(), "", _SPACE_BEFORE_STOP))
    for clause in _RE_GLUED_CLAUSE.finditer(text):
        start = _run_start(text, clause.start())
        if (
            _is_content_word(_token_before(text, start))
            and clause.group(1) not in FUNCTION_WORDS
            and zipf(clause.group(1)) >= _KNOWN_WORD_ZIPF
            and not document.in_code(start)
        ):
            if document.french_spacing:  # "train ;plus tard" -> "train ; plus tard"
                edits.append(Edit(clause.end(), clause.end(), " ", _GLUED_CLAUSE))
            else:
                edits.append(Edit(start, clause.end(), "; ", _GLUED_CLAUSE))
    return sorted(edits)


def _stop_stays(text: str, start: int, end: int) -> bool:
    """Whether the full stop ending ``text[start:end]`` (after any spaces) is part of its
    token: a dotted name, code, a quotation, an address."""
    after = _RE_WORD_AFTER.match(text, end)
    word = after.group() if after else ""
    rest = _RE_TOKEN_REST.match(text, end)
    token = _token_before(text, start) + "." + (rest.group() if rest else "")
    return bool(
        word in _DOTTED_NAMES
        or token.rstrip(_TRAILING).count(".") > 1  # dotted names: "U.S.Army", "a.Bc.De"
        or _RE_CODE.search(token)
        or token[0] in _QUOTES
        or _RE_URLISH.search(token)
    )


def _opens_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` is a sentence opener, not an abbreviation (``In.``)."""
    found = _RE_WORD_AFTER.match(text, position)
    return (
        found is not None
        and found.group() in SENTENCE_STARTERS
        and not text.startswith(".", found.end())
    )


def _spaced_stops(text: str) -> list[Edit]:
    """ "2030 .The" -> "2030. The": the spaces before the stop go."""
    edits = []
    for stop in _RE_SPACED_STOP.finditer(text):
        start = _run_start(text, stop.start())
        if (
            _opens_sentence(text, stop.end())
            and _can_end_sentence(_token_before(text, start))
            and not _stop_stays(text, start, stop.end())
        ):
            edits.append(Edit(start, stop.end(), ". ", _SPACED_STOP))
    return edits


def _glued_stops(text: str) -> list[Edit]:
    """ "it was over.The next day" -> "it was over. The next day". The word before starts in
    lower case: ``Python.This`` may be a name and a member."""
    edits = []
    for stop in _RE_GLUED_STOP.finditer(text):
        before = _token_before(text, stop.start())
        if (
            _can_end_sentence(before)
            and before.lstrip(_OPENING)[:1].islower()
            and _opens_sentence(text, stop.end())
            and not _stop_stays(text, stop.start(), stop.end())
        ):
            edits.append(Edit(stop.start(), stop.end(), ". ", _GLUED_STOP))
    return edits


def _glued_dashes(text: str, document: _Document) -> list[Edit]:
    """ "FORCE.-We" -> "FORCE. - We": the dash after a heading or a colon stands apart."""
    edits = []
    for dash in _RE_GLUED_DASH.finditer(text):
        before = _token_before(text, dash.start() - 1)
        heading = before[:1].isupper() or before.isdigit()
        if (
            _RE_PLAIN_WORD.fullmatch(before)
            and (text[dash.start() - 1] == ":" or (heading and before.lower() not in TITLES))
            and not _RE_ABBREVIATION.match(text, dash.end())
            and not document.in_code(dash.start())
        ):
            edits.append(Edit(dash.start(), dash.end(), " - ", _GLUED_DASH))
    return edits


def _column_lines(text: str, runs: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each line, in order, whose runs of spaces align columns: a table row
    (a tab, or two runs of three or more spaces), or a line with a run of spaces ending at
    the same column as one on the line above or below (aligned code comments, a table of
    two columns)."""
    run_ends: dict[int, set[int]] = {}  # line start -> columns where a run of spaces ends
    line_ends: dict[int, int] = {}
    start = end = -1
    for run in runs.finditer(text):
        if run.start() > end:  # runs come in order: each line is found once
            start = text.rfind("\n", 0, run.start()) + 1
            end = text.find("\n", run.end())
            end = line_ends[start] = len(text) if end < 0 else end
        run_ends.setdefault(start, set()).add(run.end() - start)
    columns = set()
    for start, ends in run_ends.items():
        end = line_ends[start]
        below = run_ends.get(end + 1, set())
        if ends & below:
            columns |= {(start, end), (end + 1, line_ends[end + 1])}
        elif TABLE_ROW.search(text, start, end):
            columns.add((start, end))
    return sorted(columns)


def _collapse_runs(text: str) -> list[Edit]:
    """Runs of spaces between words become one space, except on lines whose runs align
    columns, and runs longer than LONGEST_SPACING_SLIP on a line no wider than
    WIDEST_LAYOUT_LINE (layout: OCR engines put one space between words)."""
    if "  " not in text and "\t" not in text:
        return []
    runs = _RE_SPACE_RUN if "\t" in text else _RE_SPACE_RUN_NO_TABS
    edits, done = [], 0
    line_end = -1  # the end of the line of the last long run, and whether it is narrow
    narrow = False
    for start, end in [*_column_lines(text, runs), (len(text), len(text))]:
        for run in runs.finditer(text, done, start):
            if run.end() - run.start() > LONGEST_SPACING_SLIP:
                if run.start() > line_end:  # each line is measured once
                    line_start = text.rfind("\n", 0, run.start()) + 1
                    line_end = text.find("\n", run.end())
                    line_end = len(text) if line_end < 0 else line_end
                    narrow = line_end - line_start <= WIDEST_LAYOUT_LINE
                if narrow:
                    continue
            edits.append(Edit(*run.span(), " ", _SPACE_RUN))
        done = end
    return edits


def normalize_spacing(text: str) -> str:
    """Fix spacing around punctuation and between words, where the result is prose.

    - runs of spaces between words -> one space (``the  coalition``);
    - no space before a comma after a word (``the coalition , he said``), nor before a full
      stop after a word (``said the mayor .``), unless that word is a function word;
    - a clause glued to a semicolon gets its space on the right side (``on Monday ;others
      said`` -> ``on Monday; others said``; in French typography ``train ; plus tard``);
    - no spaces inside brackets that hold prose (``( in June )`` -> ``(in June)``);
    - a dot glued to a sentence opener (``The``, ``It``, ``But``...) becomes a full stop
      with its space when a word that can end a sentence or a number precedes it
      (``2030 .The``, ``Sar .After`` -> ``2030. The``, ``Sar. After``), a lower-case one
      if nothing stands between (``over.The`` -> ``over. The``);
    - a dash glued between a run-in heading, a dateline or a numbered entry and its text
      stands apart (``FORCE.-We`` -> ``FORCE. - We``, ``April 14.-Mary``), as after a colon
      (``as follows:-"This``).

    Leaves alone: a space before ``; : ! ?`` (``denke :``, ``pensez-vous ?``, ``+ and ?``,
    ``3 : 2``); a colon glued to the next word, a semicolon glued to a short or function
    word (``made :bets``, ``did ;not``: old print OCR's misread letters and specks); a dot
    after a function word or a title (``Grand Army of the .Republic``, ``By .Associated
    Press``, ``tne .The``, ``Gen .Grant``) or before any word but a sentence opener (``the
    United .States``, ``Stan .Taylor``, ``your .Xresources``, ``pathlib.Path``,
    ``{cluster.Worker}``, ``Math.Max``); ``U.S.``, ``e.g.``, ``3.5``, ``...``, URLs, e-mail
    addresses, ``.NET``; lines holding code or a command (backticks, braces, operators,
    options: ``pip install -e .``); a dash after a comma, ``!``, ``?`` or a lower-case word,
    an initial, a title or a compound, or before an abbreviation or a lower-case word
    (``tell,-Nothing``, ``stone.-By``, ``H.-So.``, ``Dr.-Ing.``, ``Jan.-Feb.``, ``isl.-nds``); brackets holding no prose (``name( args )``) or spaced throughout the
    text (``if ( expr )``); full stops spaced throughout the text (Debian's `` .`` lines);
    leading indentation; runs of spaces that align columns (table rows, aligned comments);
    runs of four spaces or more on a line of at most 80 characters, which are layout
    (``Preface      vii`` on a contents page, ``_Ber._          He.``, a verse line shared
    by two speakers), not an OCR slip.

    >>> normalize_spacing("the work ends in 2030 .The bridge opens ( in June ) , he said  today .")
    'the work ends in 2030. The bridge opens (in June), he said today.'
    """
    return apply_stages(text, *_STAGES)


def spacing_edits(text: str) -> list[Edit]:
    """What ``normalize_spacing`` changes, and why."""
    return chain(text, *_STAGES)


# The steps of normalize_spacing, in order: each sees the text as the step before left it,
# with its own view of the document.
_STAGES: tuple[Callable[[str], list[Edit]], ...] = (
    lambda text: _spaced_brackets(text, _Document(text)) if "( " in text else [],
    lambda text: _spaces_before(text, _Document(text)),
    _spaced_stops,
    _glued_stops,
    lambda text: _glued_dashes(text, _Document(text)) if "-" in text else [],
    _collapse_runs,
)
