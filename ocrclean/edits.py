"""Edits as data: what a filter changes, where, and why; the text is built from them.

A filter that reports its edits has an ``*_edits(text, **options)`` function returning
``Edit``s on the text it is given, in order and not overlapping, and is itself
``apply_edits(text, *_edits(text, **options))``: explaining, logging and replaying a run
cost no more than the run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from operator import and_, itemgetter, methodcaller
from typing import NamedTuple


class Edit(NamedTuple):
    """``text[start:end]`` becomes ``replacement`` (either may be empty), because ``why``."""

    start: int
    end: int
    replacement: str
    why: str = ""


def apply_edits(text: str, edits: Iterable[tuple[int, int, str] | Edit]) -> str:
    """``text`` with each ``(start, end, replacement[, why])`` applied; edits in order, not
    overlapping, positions in the original text.

    >>> apply_edits("the con- stitution", [(7, 9, "")])
    'the constitution'
    """
    edits = edits if isinstance(edits, list) else list(edits)
    if not edits:
        return text
    # the kept text between edits, and the replacements, interleaved (by C-level maps)
    kept_starts, kept_ends = (
        [0, *map(itemgetter(1), edits)],
        [*map(itemgetter(0), edits), len(text)],
    )
    pieces = [""] * (2 * len(edits) + 1)
    pieces[::2] = map(text.__getitem__, map(slice, kept_starts, kept_ends))
    pieces[1::2] = map(itemgetter(2), edits)
    return "".join(pieces)


def narrowed(text: str, start: int, end: int, replacement: str, why: str) -> Edit:
    """The edit of ``text[start:end]`` into ``replacement``, without the characters both
    begin and end with: a line rewritten whole reports only what changed in it.

    >>> narrowed("the Ã©té ends", 0, 13, "the été ends", "mojibake")
    Edit(start=4, end=6, replacement='é', why='mojibake')
    """
    before = text[start:end]
    limit = min(len(before), len(replacement))
    head = 0
    while head < limit and before[head] == replacement[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == replacement[-1 - tail]:
        tail += 1
    return Edit(start + head, end - tail, replacement[head : len(replacement) - tail], why)


def whole_words(text: str, edits: Sequence[Edit]) -> list[Edit]:
    """``edits`` widened to whole words where they start or end inside one, before or
    after the edit, and merged where they then meet: the same text, but each edit's
    ``before`` and ``after`` are words and spaces that a reader (or a word count) can
    account for.

    >>> whole_words("FORCE.-We", [Edit(6, 7, " - ", "a glued dash")])
    [Edit(start=0, end=9, replacement='FORCE. - We', why='a glued dash')]
    """
    # Spaces for spaces cannot glue words: most edits (line breaks joined) are told apart
    # by C-level maps, and a step that makes only those is done.
    befores = map(
        text.__getitem__, map(slice, map(itemgetter(0), edits), map(itemgetter(1), edits))
    )
    spaces = list(map(and_, map(str.isspace, map(itemgetter(2), edits)), map(str.isspace, befores)))
    if all(spaces):
        return list(edits)
    touching: list[Edit] = []  # edits that meet are one edit: together they may glue words
    for edit in edits:
        if touching and edit.start == touching[-1].end:
            last = touching.pop()
            why = "; ".join(dict.fromkeys(filter(None, (last.why, edit.why))))
            edit = Edit(last.start, edit.end, last.replacement + edit.replacement, why)
        touching.append(edit)
    groups: list[tuple[int, int, list[Edit]]] = []  # (start, end, edits) of each widened edit
    widened = len(touching) < len(edits)
    for edit in touching:
        start, end, replacement, _ = edit
        if replacement.isspace() and text[start:end].isspace():
            if groups and start <= groups[-1][1]:
                first_start, last_end, members = groups.pop()
                members.append(edit)
                groups.append((first_start, max(end, last_end), members))
                widened = True
            else:
                groups.append((start, end, [edit]))
            continue
        before = text[start - 1 : start]
        if before and not before.isspace():  # a word before: is the edit glued to it?
            old_first, new_first = text[start : start + 1], replacement[:1] or text[end : end + 1]
            if (old_first and not old_first.isspace()) or (new_first and not new_first.isspace()):
                while start and not text[start - 1].isspace():
                    start -= 1
        after = text[end : end + 1]
        if after and not after.isspace():  # a word after: is the edit glued to it?
            old_last = (
                text[end - 1 : end] if end > edit.start else text[edit.start - 1 : edit.start]
            )
            new_last = replacement[-1:] or text[edit.start - 1 : edit.start]
            if (old_last and not old_last.isspace()) or (new_last and not new_last.isspace()):
                while end < len(text) and not text[end].isspace():
                    end += 1
        if groups and start <= groups[-1][1]:  # meets the last: one edit
            first_start, last_end, members = groups.pop()
            start, end = min(start, first_start), max(end, last_end)
            members.append(edit)
        else:
            members = [edit]
        widened = widened or len(members) > 1 or (start, end) != (edit.start, edit.end)
        groups.append((start, end, members))
    if not widened:
        return list(edits)
    return [
        members[0]
        if len(members) == 1 and (start, end) == members[0][:2]
        else Edit(
            start,
            end,
            apply_edits(
                text[start:end], [(e.start - start, e.end - start, e.replacement) for e in members]
            ),
            "; ".join(dict.fromkeys(e.why for e in members if e.why)),
        )
        for start, end, members in groups
    ]


def pattern_edits(
    pattern: re.Pattern[str], text: str, replacement: Callable[[re.Match[str]], str], why: str
) -> list[Edit]:
    """An edit for each match of ``pattern``: what ``pattern.sub(replacement, text)`` does.

    >>> pattern_edits(re.compile("\\r\\n?"), "a\\r\\nb", lambda m: "\\n", "line ending")
    [Edit(start=1, end=3, replacement='\\n', why='line ending')]
    """
    matches = list(pattern.finditer(text))
    return make_edits(
        map(_START, matches), map(_END, matches), map(replacement, matches), repeat(why)
    )


_START, _END = methodcaller("start"), methodcaller("end")


def make_edits(
    starts: Iterable[int], ends: Iterable[int], replacements: Iterable[str], whys: Iterable[str]
) -> list[Edit]:
    """``Edit``s from their fields, made by C-level maps (a filter may make a million)."""
    return list(map(tuple.__new__, repeat(Edit), zip(starts, ends, replacements, whys)))


def compose(text: str, first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """Edits on ``text`` that make what ``first`` (on ``text``), then ``second`` (on its
    result), make. Edits of the two that overlap become one edit, with both reasons.

    >>> text = "coop- eration  here"
    >>> first = [Edit(4, 6, "", "joined")]
    >>> second = [Edit(11, 13, " ", "one space")]
    >>> composed = compose(text, first, second)
    >>> composed
    [Edit(start=4, end=6, replacement='', why='joined'), Edit(start=13, end=15, replacement=' ', why='one space')]
    >>> apply_edits(text, composed) == apply_edits(apply_edits(text, first), second)
    True
    """
    if not first or not second:
        return list(first or second)
    # Spans in the intermediate text: each first edit's replacement, each second edit's span.
    spans: list[tuple[int, int, int, Edit]] = []
    shift = 0
    for edit in first:
        start = edit.start + shift
        spans.append((start, start + len(edit.replacement), 0, edit))
        shift += len(edit.replacement) - (edit.end - edit.start)
    spans += [(edit.start, edit.end, 1, edit) for edit in second]
    spans.sort(key=lambda span: span[:3])
    composed: list[Edit] = []
    shift = 0  # of the first edits before the span at hand
    i = 0
    while i < len(spans):
        start, end, _, _ = spans[i]
        group = [spans[i]]
        i += 1
        while i < len(spans) and spans[i][0] < end:  # overlapping spans form one edit
            end = max(end, spans[i][1])
            group.append(spans[i])
            i += 1
        firsts = [edit for _, _, source, edit in group if source == 0]
        seconds = [edit for _, _, source, edit in group if source == 1]
        if not seconds:
            composed.append(firsts[0])
        elif not firsts:
            edit = seconds[0]
            composed.append(edit._replace(start=edit.start - shift, end=edit.end - shift))
        else:
            grown = sum(len(e.replacement) - (e.end - e.start) for e in firsts)
            origin_start, origin_end = start - shift, end - shift - grown
            # the intermediate text of the span, then the second edits applied to it
            middle = apply_edits(
                text[origin_start:origin_end],
                [(e.start - origin_start, e.end - origin_start, e.replacement) for e in firsts],
            )
            replacement = apply_edits(
                middle, [(e.start - start, e.end - start, e.replacement) for e in seconds]
            )
            why = "; ".join(dict.fromkeys(e.why for e in (*firsts, *seconds) if e.why))
            composed.append(Edit(origin_start, origin_end, replacement, why))
        shift += sum(len(e.replacement) - (e.end - e.start) for e in firsts)
    return composed


def apply_stages(text: str, *stages: Callable[[str], list[Edit]]) -> str:
    """The text ``stages`` make, each applied to the text the one before it left: what
    ``chain``'s edits make, without composing them (the filter's own run, where no one
    asks for the edits).

    >>> apply_stages("a  b .", lambda t: [Edit(1, 3, " ")], lambda t: [Edit(3, 4, "")])
    'a b.'
    """
    for stage in stages:
        found = stage(text)
        if found:
            text = apply_edits(text, found)
    return text


def chain(text: str, *stages: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits of ``stages`` run one after another, each on the text the one before it
    left, as edits on ``text``.

    >>> chain("a  b .", lambda t: [Edit(1, 3, " ")], lambda t: [Edit(3, 4, "")])
    [Edit(start=1, end=3, replacement=' ', why=''), Edit(start=4, end=5, replacement='', why='')]
    """
    edits: list[Edit] = []
    current, pending = text, list[Edit]()  # the text the last stage was given, its edits
    for stage in stages:
        if pending:  # made only when a later stage needs it
            current, pending = apply_edits(current, pending), []
        found = stage(current)
        if found:
            edits, pending = compose(text, edits, found), found
    return edits
