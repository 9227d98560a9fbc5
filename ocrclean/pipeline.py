"""The filter registry and pipelines built from it: choose, skip, configure, explain."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import add, itemgetter, le, methodcaller, sub
from typing import Any, NamedTuple

from .boilerplate import boilerplate_edits, strip_boilerplate
from .bylines import byline_edits, strip_byline_bullets
from .captions import caption_edits, strip_captions
from .correct import correct_words
from .edits import Edit, apply_edits, whole_words
from .hyphens import (
    break_reason,
    document_evidence,
    rejoin_corrected_splits,
    rejoin_hyphenated,
    rejoin_split_words,
    restore_prefix_hyphens,
    split_reason,
)
from .language import LANGUAGE_NAMES, SUPPORTED_LANGUAGES, identify_language
from .layout import normalize_layout
from .pages import running_head_edits, strip_running_heads
from .paragraphs import paragraph_edits, rejoin_broken_paragraphs, unwrap_edits, unwrap_lines
from .spacing import normalize_spacing, spacing_edits
from .stream import BLOCK_CHARS, Origin, clean_stream
from .unicode import normalize_unicode, unicode_edits

Filter = Callable[..., str]

# The registry: every filter, in the order a pipeline runs them.
FILTERS: dict[str, Filter] = {
    f.__name__: f
    for f in (
        normalize_unicode,
        strip_captions,
        strip_boilerplate,
        strip_running_heads,
        strip_byline_bullets,
        rejoin_hyphenated,
        rejoin_split_words,
        restore_prefix_hyphens,
        unwrap_lines,
        rejoin_broken_paragraphs,
        correct_words,
        rejoin_corrected_splits,
        normalize_spacing,
        normalize_layout,
    )
}

# The filters that report their edits, each with the function that does: the filter is
# ``apply_edits(text, edits(text, **options))``. Other filters' edits are found by comparing
# their input and output.
EDITS: dict[Filter, Callable[..., list[Edit]]] = {
    normalize_unicode: unicode_edits,
    strip_captions: caption_edits,
    strip_boilerplate: boilerplate_edits,
    strip_running_heads: running_head_edits,
    strip_byline_bullets: byline_edits,
    unwrap_lines: unwrap_edits,
    rejoin_broken_paragraphs: paragraph_edits,
    normalize_spacing: spacing_edits,
}

# The filters whose decisions depend on the text's language: they take a ``language`` option.
LANGUAGE_AWARE = frozenset(
    {"rejoin_hyphenated", "rejoin_split_words", "correct_words", "rejoin_corrected_splits"}
)
# A language code: ISO 639 (``de``, ``deu``), perhaps with a region (``de-AT``, ``pt_BR``).
_RE_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def check_language(language: str) -> str:
    """``language`` if it is ``"auto"`` or reads as a language code; a ValueError that
    says what is expected otherwise."""
    if language == "auto" or _RE_LANGUAGE_CODE.fullmatch(language):
        return language
    raise ValueError(
        f"{language!r} is not a language code: use an ISO 639 code such as "
        f"{', '.join(SUPPORTED_LANGUAGES)}, or auto"
    )


class Language(NamedTuple):
    """The language a block is cleaned as: ``code`` (``"de"``; ``"pt"`` for a language
    without word lists here; ``""`` when too few words tell), the ``option`` the
    language-aware filters get (``"und"``: only the decisions that need no word list; None:
    each detects it as before), whether it is one they know, and how it was decided."""

    code: str
    option: str | None
    recognised: bool
    how: str


def decide_language(setting: str, text: str) -> Language:
    """The language a block is cleaned as: ``setting`` (a code, from ``--lang``), or with
    ``"auto"`` the one ``text`` reads as.

    >>> decide_language("de-AT", "").option, decide_language("pt", "").recognised
    ('de', False)
    """
    if setting != "auto":
        code = re.split("[-_]", setting, maxsplit=1)[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return Language(code, code, True, f"set to {setting}")
        return Language(code, "und", False, f"set to {setting}, which has no word lists here")
    code = identify_language(text) or ""
    if code in SUPPORTED_LANGUAGES:
        return Language(code, code, True, "detected")
    if code:
        name = LANGUAGE_NAMES.get(code, code)
        return Language(
            code, "und", False, f"the text reads as {name}, which has no word lists here"
        )
    return Language("", None, True, "too few words to tell: English word lists decide")


# Filters a pipeline runs only when asked: ``correct=True`` or named in ``only``.
OPTIONAL = {"correct_words", "rejoin_corrected_splits"}


def summary(func: Filter) -> str:
    """The first paragraph of a filter's docstring, on one line: what ``--list-filters``
    shows, and the edit log's reason for an edit no evidence explains."""
    return " ".join((func.__doc__ or "").strip().split("\n\n", 1)[0].split())


@dataclass(frozen=True)
class Step:
    """One named, configured filter of a pipeline."""

    name: str
    func: Filter
    options: Mapping[str, Any] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        return self.func(text, **self.options)

    def edits(self, text: str) -> list[Edit]:
        """The edits this step makes on ``text``, each with its reason: as the filter
        reports them, or, for a filter that does not, found by comparing its input and
        output (and explained by the evidence it keeps)."""
        reported = EDITS.get(self.func)
        if reported is not None:
            return reported(text, **self.options)
        after = self(text)
        if after == text:
            return []
        return [edit._replace(why=_why(self, text, edit)) for edit in differences(text, after)]


class Change(NamedTuple):
    """One edit a step made: ``before``, at ``offset`` in the text the step was given,
    became ``after`` (either may be empty). ``line`` and ``column`` (from 1) are where it
    stands in the text the pipeline was given."""

    step: str
    before: str
    after: str
    offset: int = 0
    why: str = ""
    block: int = 0  # the block of a long text it was made in (0 for a text of one block)
    line: int = 0
    column: int = 0


_RE_TOKEN = re.compile(r"\S+|\s+")
# A difference is aligned again on this many characters that are the same on both sides.
_ANCHOR = 16
# How far past a difference the texts are searched for the place they agree again, and
# on what: near first, then far; on a long anchor first, then on a word and the space
# after it (in text with a change every few words no long stretch is the same).
_RESYNC_SEARCHES = ((64, False), (64, True), (4000, False), (4000, True))
# Runs of the same text are skipped this many characters at a time.
_CHUNK = 256


def _same_until(before: str, after: str, i: int, j: int) -> int:
    """How many characters ``before[i:]`` and ``after[j:]`` share at their start."""
    done = 0
    while before[i + done : i + done + _CHUNK] == after[j + done : j + done + _CHUNK]:
        if i + done >= len(before) or j + done >= len(after):
            return done
        done += _CHUNK
    low, high = 0, min(_CHUNK, len(before) - i - done, len(after) - j - done)
    while low < high:  # the length of the shared start of the chunk, by bisection
        middle = (low + high + 1) // 2
        if before[i + done : i + done + middle] == after[j + done : j + done + middle]:
            low = middle
        else:
            high = middle - 1
    return done + low


def _agree_again(before: str, after: str, i: int, j: int) -> tuple[int, int]:
    """Where ``before`` and ``after``, which differ at ``i`` and ``j``, agree again: the
    first word or space boundary of ``before`` whose next characters come next in
    ``after`` too (the ends of both, failing that)."""
    if i >= len(before):
        return len(before), len(after)
    first = _RE_TOKEN.match(before, i)
    next_token = first.end() if first else i + 1
    for span, short in _RESYNC_SEARCHES:
        for found in _RE_TOKEN.finditer(before, next_token, min(len(before), i + span)):
            start = found.start()
            if short:  # a word and the space after it
                following = _RE_TOKEN.match(before, found.end())
                anchor = before[start : following.end() if following else found.end()]
            else:
                anchor = before[start : start + _ANCHOR]
            if start + len(anchor) >= len(before):  # the end of the text: the ends must agree
                if short and after.endswith(anchor) and len(after) - len(anchor) >= j:
                    return start, len(after) - len(anchor)
                continue
            limit = j + (start - i) + span + len(anchor)
            position = after.find(anchor, j, limit)
            # on a boundary of the same kind: "eration" agrees with "eration", not "cooperation"
            while position > j and after[position - 1].isspace() != before[start - 1].isspace():
                position = after.find(anchor, position + 1, limit)
            if position >= 0:
                return start, position
    return len(before), len(after)


def differences(before: str, after: str) -> list[Edit]:
    """The edits that make ``after`` from ``before``, whole words (or runs of spaces) each:
    what a filter that does not report its edits changed. Each difference ends where the
    two texts agree again, so a text with many changes gives many small edits.

    >>> differences("the con-\\nstitution of it", "the constitution\\nof it")
    [Edit(start=4, end=19, replacement='constitution\\n', why='')]
    """
    edits: list[Edit] = []
    i = j = 0
    while True:
        shared = _same_until(before, after, i, j)
        i, j = i + shared, j + shared
        if i >= len(before) and j >= len(after):
            return edits
        # start at the word the difference is in
        # start at the word the difference is in, unless it is a difference of spaces
        while (
            i
            and not before[i - 1].isspace()
            and not (before[i : i + 1].isspace() and after[j : j + 1].isspace())
        ):
            i, j = i - 1, j - 1
        end, end_after = _agree_again(before, after, i, j)
        edits.append(Edit(i, end, after[j:end_after]))
        i, j = end, end_after


def replay(text: str, changes: Iterable[Change], *, keep_lines: bool = False) -> str:
    """Apply reported changes to the text they were made on: the cleaned text again.

    A long text is cut into blocks as ``clean`` cuts it, and each block gets the changes
    made in it (``Change.block``); ``keep_lines`` must be the pipeline's, since it decides
    how the cleaned blocks are joined. Within a block, changes are applied a step at a
    time, in the order given; within a step, offsets refer to the text as that step
    received it.

    >>> text = "Russian coop- eration\\n\\n\\n"
    >>> cleaned, changes = explain(text)
    >>> replay(text, changes) == cleaned
    True
    """
    by_block: dict[int, list[Change]] = {}
    for change in changes:
        by_block.setdefault(change.block, []).append(change)
    counter = itertools.count()
    return "".join(
        clean_stream(
            [text],
            lambda block: _replay_block(block, by_block.get(next(counter), [])),
            keep_lines=keep_lines,
        )
    )


def _replay_block(text: str, changes: list[Change]) -> str:
    steps: dict[str, list[Change]] = {}
    for change in changes:
        steps.setdefault(change.step, []).append(change)
    for edits in steps.values():
        ordered = sorted(edits, key=lambda c: c.offset)
        text = apply_edits(text, [(c.offset, c.offset + len(c.before), c.after) for c in ordered])
    return text


class Pipeline:
    """An ordered list of named steps; call it on a text to clean it.

    >>> pipeline = Pipeline.build(skip=["unwrap_lines"])
    >>> pipeline("Russian coop- eration  in the fight")
    'Russian cooperation in the fight\\n'
    """

    def __init__(
        self, steps: Sequence[Step], *, keep_lines: bool = False, language: str = "auto"
    ) -> None:
        self.steps, self.keep_lines = tuple(steps), keep_lines
        self.language = check_language(language)
        self.language_aware = any(step.name in LANGUAGE_AWARE for step in self.steps)
        # why the first block whose language was not recognised got only the
        # language-independent decisions ("" while there is none)
        self.unrecognised = ""
        self.decided: Language | None = None  # the language of the last block cleaned
        self.explained_languages: list[Language] = []  # each block's, as ``explain`` found it

    @classmethod
    def build(
        cls,
        *,
        only: Iterable[str] | None = None,
        skip: Iterable[str] = (),
        keep_lines: bool = False,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        correct: bool = False,
        language: str = "auto",
    ) -> Pipeline:
        """A pipeline of the registry's filters, in registry order.

        ``only``: run just these filters; ``skip``: leave these out; ``keep_lines``: keep
        the original line breaks (no unwrapping; a broken paragraph is rejoined with a line
        break); ``options``: keyword options per filter, e.g.
        ``{"strip_boilerplate": {"extra": [r"Page \\d+ of \\d+"]}}``; ``correct``: also
        correct misread words (``correct_words``, off by default); ``language``: the text's
        language (an ISO 639 code, ``"de"``; ``"auto"``, the default, detects it in each
        block), passed to the language-aware filters (``LANGUAGE_AWARE``).
        """
        only, skip, options = list(only or ()), list(skip), dict(options or {})
        unknown = sorted({*only, *skip, *options} - FILTERS.keys())
        if unknown:
            raise ValueError(
                f"unknown filter(s): {', '.join(unknown)}; known: {', '.join(FILTERS)}"
            )
        wanted = set(only or FILTERS.keys() - OPTIONAL) | (OPTIONAL if correct else set())
        if keep_lines:
            skip.append("unwrap_lines")
            for name in ("rejoin_broken_paragraphs", "rejoin_hyphenated"):
                options[name] = {**options.get(name, {}), "keep_lines": True}
        return cls(
            [
                Step(name, func, options.get(name, {}))
                for name, func in FILTERS.items()
                if name in wanted and name not in skip
            ],
            keep_lines=keep_lines,
            language=language,
        )

    @property
    def names(self) -> list[str]:
        return [step.name for step in self.steps]

    def __call__(self, text: str) -> str:
        """Clean ``text``. A text longer than a block (``stream.BLOCK_CHARS``, 256 kB) is
        cleaned block by block, cut where the command cuts a file or a stream (see
        ``ocrclean.stream``), so that the command and the API give one answer."""
        if len(text) <= BLOCK_CHARS:
            return self.clean_block(text)
        return "".join(clean_stream([text], self.clean_block, keep_lines=self.keep_lines))

    def clean_block(self, text: str) -> str:
        """Clean ``text`` as one block: every step sees all of it."""
        for step in self._steps(text):
            text = step(text)
        return text

    def _steps(self, text: str) -> Sequence[Step]:
        """The steps for a block: the language-aware ones get the block's language."""
        if not self.language_aware:
            return self.steps
        self.decided = language = decide_language(self.language, text)
        if not language.recognised and not self.unrecognised:
            self.unrecognised = language.how
        if language.option is None:
            return self.steps
        return [
            Step(step.name, step.func, {**step.options, "language": language.option})
            if step.name in LANGUAGE_AWARE
            else step
            for step in self.steps
        ]

    def explain(self, text: str) -> tuple[str, list[Change]]:
        """Clean ``text`` as ``__call__`` does and report each edit of each step as the step
        made it: every removed line, every joined break, every changed word, with why (the
        filter's evidence). Offsets are within the block (``Change.block``) as each step
        received it; lines and columns are those of ``text``. ``explained_languages``
        holds the language of each block, where the pipeline has language-aware filters."""
        changes: list[Change] = []
        counter = itertools.count()
        origin = Origin()
        self.explained_languages = []

        def explained(block: str) -> str:
            index = next(counter)
            cleaned, found = self.explain_block(block, origin)
            changes.extend(c._replace(block=index) for c in found)
            if self.decided is not None:
                self.explained_languages.append(self.decided)
            return cleaned

        cleaned = "".join(
            clean_stream([text], explained, keep_lines=self.keep_lines, passed=origin.advance)
        )
        return cleaned, changes

    def explain_block(self, text: str, origin: Origin | None = None) -> tuple[str, list[Change]]:
        """``explain`` for ``text`` cleaned as one block, which starts at ``origin`` of the
        whole text (line 1, column 1 if not given)."""
        changes: list[Change] = []
        made: list[list[Edit]] = []  # each step's edits, on the text it was given
        line_starts: list[int] | None = None
        for step in self._steps(text):
            edits = whole_words(text, step.edits(text))
            if not edits:
                continue
            if line_starts is None:  # the lines of the text as given, to place edits in it
                line_starts = [0, *map(_END, _RE_LINE_BREAK.finditer(text))]
            starts = list(map(_START_FIELD, edits))
            for earlier in reversed(made):
                starts = _origins(starts, earlier)
            lines, columns = _places(starts, line_starts, origin or Origin())
            # (made by C-level maps: a step may make thousands)
            changes += map(
                tuple.__new__,
                repeat(Change),
                zip(
                    repeat(step.name),
                    map(
                        text.__getitem__,
                        map(slice, map(_START_FIELD, edits), map(_END_FIELD, edits)),
                    ),
                    map(_REPLACEMENT_FIELD, edits),
                    map(_START_FIELD, edits),
                    map(_WHY_FIELD, edits),
                    repeat(0),
                    lines,
                    columns,
                ),
            )
            text = apply_edits(text, edits)
            made.append(edits)
        return text, changes


_START_FIELD, _END_FIELD, _REPLACEMENT_FIELD, _WHY_FIELD = map(itemgetter, range(4))
_END = methodcaller("end")
_RE_LINE_BREAK = re.compile("\n")


def _origins(positions: list[int], edits: Sequence[Edit]) -> list[int]:
    """Where each of ``positions`` of the text ``edits`` made stood in the text they were
    made on. A position in a replacement maps into what it replaced."""
    lengths = list(map(len, map(itemgetter(2), edits)))
    starts, ends = list(map(itemgetter(0), edits)), list(map(itemgetter(1), edits))
    # the growth of the text by the edits before each edit, and where each edit's
    # replacement starts and ends in the text they made
    grown = list(accumulate(map(sub, lengths, map(sub, ends, starts)), initial=0))
    made_starts = list(map(add, starts, grown))
    made_ends = list(map(add, made_starts, lengths))
    # the first edit whose replacement ends after each position: most positions lie
    # before it, shifted by the growth before it; a few lie inside its replacement
    after = list(map(bisect.bisect_right, repeat(made_ends), positions))
    origins = list(map(sub, positions, map(grown.__getitem__, after)))
    made_starts.append(len(positions) and positions[-1] + 1)  # no edit after the last
    inside = map(le, map(made_starts.__getitem__, after), positions)
    for k in compress(range(len(positions)), inside):
        i = after[k]
        origins[k] = min(starts[i] + positions[k] - made_starts[i], ends[i])
    return origins


def _places(
    positions: list[int], line_starts: list[int], origin: Origin
) -> tuple[list[int], list[int]]:
    """The line and the column of each position of a block that starts at ``origin``."""
    lines = list(map((-1).__add__, map(bisect.bisect_right, repeat(line_starts), positions)))
    columns = list(map((1).__add__, map(sub, positions, map(line_starts.__getitem__, lines))))
    if origin.column != 1:  # the block starts inside a line: its first line's columns move
        for k in compress(range(len(lines)), map((0).__eq__, lines)):
            columns[k] += origin.column - 1
    return list(map(origin.line.__add__, lines)), columns


def _why(step: Step, text: str, edit: Edit) -> str:
    """The evidence behind an edit of a filter that does not report its edits. A rejoin is
    found as one edit (``con-⏎stitution `` -> ``constitution⏎``), explained by its break."""
    reason = ""
    if step.func is rejoin_hyphenated:
        options = step.options
        evidence = _evidence(
            text, tuple(options.get("protected", ())), options.get("batch_vocabulary")
        )
        reason = break_reason(text, edit.start, evidence, options.get("language"))
    elif step.func in (rejoin_split_words, rejoin_corrected_splits):
        reason = split_reason(text, edit.start)
    return reason or summary(step.func)


@functools.lru_cache(maxsize=4)
def _evidence(text: str, protected: tuple[str, ...], batch_vocabulary: str | None) -> Counter[str]:
    """The spelling evidence of a step's input, shared by the edits of one step."""
    return document_evidence(text, protected=protected, batch_vocabulary=batch_vocabulary)


_DEFAULT = Pipeline.build()


def clean(text: str, **settings: Any) -> str:
    """Clean OCR text with the default pipeline, or one built from ``settings``.

    ``settings`` are those of ``Pipeline.build``: ``only``, ``skip``, ``keep_lines``,
    ``options``, ``correct``, ``language``.

    >>> clean("More unity in anti-IS effort\\n\\n- By Sylvie Corbet\\n\\nThe U.S.-led antiIS coalition\\n")
    'More unity in anti-IS effort\\n\\nBy Sylvie Corbet\\n\\nThe U.S.-led anti-IS coalition\\n'
    """
    pipeline = Pipeline.build(**settings) if settings else _DEFAULT
    return pipeline(text)


def explain(text: str, **settings: Any) -> tuple[str, list[Change]]:
    """Clean ``text`` like ``clean`` and list every change with the step that made it."""
    return Pipeline.build(**settings).explain(text)
