"""The filter registry and pipelines built from it: choose, skip, configure, explain."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .boilerplate import boilerplate_drops, strip_boilerplate
from .bylines import strip_byline_bullets
from .captions import caption_drops, strip_captions
from .correct import correct_words
from .edits import apply_edits
from .hyphens import (
    break_reason,
    document_evidence,
    rejoin_hyphenated,
    rejoin_split_words,
    restore_prefix_hyphens,
    split_reason,
)
from .layout import normalize_layout
from .pages import running_head_drops, strip_running_heads
from .paragraphs import rejoin_broken_paragraphs, unwrap_lines
from .spacing import normalize_spacing
from .stream import BLOCK_CHARS, clean_stream
from .unicode import normalize_unicode

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
        normalize_spacing,
        normalize_layout,
    )
}

# Filters a pipeline runs only when asked: ``correct=True`` or named in ``only``.
OPTIONAL = {"correct_words"}


def summary(func: Filter) -> str:
    """First line of a filter's docstring: what ``--list-filters`` shows."""
    return (func.__doc__ or "").strip().split("\n", 1)[0]


@dataclass(frozen=True)
class Step:
    """One named, configured filter of a pipeline."""

    name: str
    func: Filter
    options: Mapping[str, Any] = field(default_factory=dict)

    def __call__(self, text: str) -> str:
        return self.func(text, **self.options)


@dataclass(frozen=True)
class Change:
    """One edit a step made: ``before``, at ``offset`` in the text the step was given,
    became ``after`` (either may be empty)."""

    step: str
    before: str
    after: str
    offset: int = 0
    why: str = ""
    block: int = 0  # the block of a long text it was made in (0 for a text of one block)


_RE_TOKEN = re.compile(r"\S+|\s+")
_RE_WORD = re.compile(r"(\S+)")


def _offsets(parts: list[str]) -> list[int]:
    starts, position = [], 0
    for part in parts:
        starts.append(position)
        position += len(part)
    return starts + [position]


def _changes(step: str, before: str, after: str) -> list[Change]:
    """Every edit between two texts, word by word (whitespace runs count as tokens).

    Lines are aligned first (fast, even on repetitive text), then the words of each
    changed group of lines; a very large group is reported whole."""
    old_parts, new_parts = _RE_WORD.split(before), _RE_WORD.split(after)
    if old_parts[1::2] == new_parts[1::2]:  # the same words: only spacing changed (fast path)
        starts = _offsets(old_parts)
        return [
            Change(step, a, b, starts[2 * i])
            for i, (a, b) in enumerate(zip(old_parts[::2], new_parts[::2]))
            if a != b
        ]
    old_lines, new_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    line_starts = _offsets(old_lines)
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines).get_opcodes():
        if tag == "equal":
            continue
        old_text, new_text = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        changes += _word_changes(step, old_text, new_text, line_starts[i1])
    return changes


_MAX_WORD_DIFF = 4000  # tokens on either side; larger groups of lines are reported whole


def _word_changes(step: str, before: str, after: str, offset: int) -> list[Change]:
    old, new = _RE_TOKEN.findall(before), _RE_TOKEN.findall(after)
    if max(len(old), len(new)) > _MAX_WORD_DIFF:
        return [Change(step, before, after, offset)]
    starts = _offsets(old)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Change(step, "".join(old[i1:i2]), "".join(new[j1:j2]), offset + starts[i1])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


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

    def __init__(self, steps: Sequence[Step], *, keep_lines: bool = False) -> None:
        self.steps, self.keep_lines = tuple(steps), keep_lines

    @classmethod
    def build(
        cls,
        *,
        only: Iterable[str] | None = None,
        skip: Iterable[str] = (),
        keep_lines: bool = False,
        options: Mapping[str, Mapping[str, Any]] | None = None,
        correct: bool = False,
    ) -> Pipeline:
        """A pipeline of the registry's filters, in registry order.

        ``only``: run just these filters; ``skip``: leave these out; ``keep_lines``: keep
        the original line breaks (no unwrapping; a broken paragraph is rejoined with a line
        break); ``options``: keyword options per filter, e.g.
        ``{"strip_boilerplate": {"extra": [r"Page \\d+ of \\d+"]}}``; ``correct``: also
        correct misread words (``correct_words``, off by default).
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
            options["rejoin_broken_paragraphs"] = {
                **options.get("rejoin_broken_paragraphs", {}),
                "keep_lines": True,
            }
        return cls(
            [
                Step(name, func, options.get(name, {}))
                for name, func in FILTERS.items()
                if name in wanted and name not in skip
            ],
            keep_lines=keep_lines,
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
        for step in self.steps:
            text = step(text)
        return text

    def explain(self, text: str) -> tuple[str, list[Change]]:
        """Clean ``text`` as ``__call__`` does and report which step changed what, word by
        word: every removed line and every changed word, in full, with the step responsible
        and why (the evidence for a joined or hyphenated word; the filter's rule otherwise).
        Offsets are within the block (``Change.block``) as each step received it."""
        changes: list[Change] = []
        counter = itertools.count()

        def explained(block: str) -> str:
            index = next(counter)
            cleaned, found = self.explain_block(block)
            changes.extend(dataclasses.replace(c, block=index) for c in found)
            return cleaned

        cleaned = "".join(clean_stream([text], explained, keep_lines=self.keep_lines))
        return cleaned, changes

    def explain_block(self, text: str) -> tuple[str, list[Change]]:
        """``explain`` for ``text`` cleaned as one block."""
        changes: list[Change] = []
        for step in self.steps:
            after = step(text)
            if after != text:
                changes += [
                    dataclasses.replace(change, why=_why(step, text, change))
                    for change in _changes(step.name, text, after)
                ]
            text = after
        return text, changes


def _why(step: Step, text: str, change: Change) -> str:
    """The evidence behind a change, for the edit log. A rejoin is reported as two changes
    (the left piece grows, the right piece goes); both get the reason of their break."""
    reason = ""
    if step.func is rejoin_hyphenated:
        grows = any(h in change.before for h in "-\u00ad")
        position = (
            change.offset
            if grows
            else max(text.rfind("-", 0, change.offset), text.rfind("\u00ad", 0, change.offset))
        )
        options = step.options
        evidence = _evidence(
            text, tuple(options.get("protected", ())), options.get("batch_vocabulary")
        )
        reason = break_reason(text, max(position, 0), evidence)
    elif step.func in _DROPS:
        reason = _drop_reason(step, text, change)
    elif step.func is rejoin_split_words:
        position = change.offset if change.after.strip() else text.rfind("\n", 0, change.offset)
        reason = split_reason(text, max(position, 0))
    return reason or summary(step.func)


# Filters that delete lines report each deletion with its evidence: (start, end, why).
_DROPS: dict[Filter, Callable[..., list[tuple[int, int, str]]]] = {
    strip_boilerplate: boilerplate_drops,
    strip_captions: caption_drops,
    strip_running_heads: running_head_drops,
}


def _drop_reason(step: Step, text: str, change: Change) -> str:
    """The evidence of the deletions a change overlaps (a change may hold several lines)."""
    end = change.offset + max(len(change.before), 1)
    drops = _drops(step.func, text, tuple(sorted(step.options.items())))
    return "; ".join(
        dict.fromkeys(why for start, stop, why in drops if start < end and change.offset < stop)
    )


@functools.lru_cache(maxsize=4)
def _drops(
    func: Filter, text: str, options: tuple[tuple[str, Any], ...]
) -> list[tuple[int, int, str]]:
    """A step's deletions, shared by the changes of one step."""
    return _DROPS[func](
        text,
        **{name: tuple(value) if isinstance(value, list) else value for name, value in options},
    )


@functools.lru_cache(maxsize=4)
def _evidence(text: str, protected: tuple[str, ...], batch_vocabulary: str | None) -> Counter[str]:
    """The spelling evidence of a step's input, shared by the changes of one step."""
    return document_evidence(text, protected=protected, batch_vocabulary=batch_vocabulary)


_DEFAULT = Pipeline.build()


def clean(text: str, **settings: Any) -> str:
    """Clean OCR text with the default pipeline, or one built from ``settings``.

    ``settings`` are those of ``Pipeline.build``: ``only``, ``skip``, ``keep_lines``,
    ``options``, ``correct``.

    >>> clean("More unity in anti-IS effort\\n\\n- By Sylvie Corbet\\n\\nThe U.S.-led antiIS coalition\\n")
    'More unity in anti-IS effort\\n\\nBy Sylvie Corbet\\n\\nThe U.S.-led anti-IS coalition\\n'
    """
    pipeline = Pipeline.build(**settings) if settings else _DEFAULT
    return pipeline(text)


def explain(text: str, **settings: Any) -> tuple[str, list[Change]]:
    """Clean ``text`` like ``clean`` and list every change with the step that made it."""
    return Pipeline.build(**settings).explain(text)
