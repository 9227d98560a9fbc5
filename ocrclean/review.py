"""The review report: one static HTML page that shows what a batch changed.

``ocrclean-report changes.jsonl -o report.html`` reads the edit logs ``ocrclean --log``
wrote and shows how many changes each filter made and of which kind, a sample of each kind
in its context with the filter's reason, the files with the most changes, and a
side-by-side diff of those files. It is how a reader decides whether to trust a batch.

The page needs no network and runs no script. Every text is escaped. A big log makes a
page of bounded size: the samples, the files and the diffs are capped, and the page says
so. The log is read twice, as a stream, so its size does not matter either.

The diffs need the text the batch read. The log names each file as the batch saw it; when
the file is still there (or its ``--backup`` copy), the log's records are replayed onto it,
checked against it, and give both the cleaned text and each sampled change's context.
"""

from __future__ import annotations

import difflib
import gzip
import html
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import click

SAMPLES_PER_KIND = 5  # changes shown for each filter and kind, picked at random (fixed seed)
TOP_FILES = 20  # rows of the "files with the most changes" table
DIFF_FILES = 10  # files shown side by side
HUNKS_PER_FILE = 60  # changed places shown per file
CONTEXT_CHARS = 50  # text shown on each side of a sampled change
CONTEXT_WORDS = 6  # words shown on each side of a changed place in a diff
LONGEST_PIECE = 300  # characters of a before or after shown (a removed page is cut)
MOST_RECORDS_REPLAYED = 200_000  # a file with more changes gets no diff (memory)
EDITS_PER_PLACE = 4  # edits a few words apart are shown as one place, up to this many

Record = dict[str, Any]


def kind_of(record: Record) -> str:
    """What sort of change a record is: its ``kind`` when the log has one, else the verdict
    that heads its ``why`` (``joined``, ``kept the hyphen``), else its shape.

    >>> kind_of({"before": "coop- eration", "after": "cooperation", "why": 'joined: "x"'})
    'joined'
    >>> kind_of({"before": "\\n", "after": " ", "why": "Unwrap hard-wrapped text."})
    'line break -> space'
    >>> kind_of({"before": "Safe .", "after": "Safe."})
    'spacing'
    """
    if isinstance(record.get("kind"), str) and record["kind"]:
        return str(record["kind"])
    why = str(record.get("why") or "")
    head, colon, _ = why.partition(":")
    head = re.sub(r'\s*"[^"]*"', "", head).strip()  # joined "re port": -> joined
    if colon and head[:1].islower() and len(head.split()) <= 8:  # not a rule's summary
        return head
    return _shape(str(record.get("before", "")), str(record.get("after", "")))


def _shape(before: str, after: str) -> str:
    if not before.strip() and not after.strip():
        if "\n" in before and "\n" not in after:
            return "line break -> space" if after else "line break removed"
        return "whitespace"
    if not after.strip():
        return "lines removed" if before.count("\n") > 1 else "text removed"
    if not before.strip():
        return "text added"
    if "".join(before.split()) == "".join(after.split()):
        return "spacing"
    if _INVISIBLE.sub("", before) == _INVISIBLE.sub("", after):
        return "invisible characters"
    return "text replaced"


# Characters a reader cannot see: format and control characters, and spaces other than
# the plain space, tab and line breaks.
_INVISIBLE = re.compile(
    r"[^\S \t\n\f]|[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]"
)


@dataclass
class Tally:
    """What one pass over the logs counts; samples hold record numbers and records."""

    logs: Sequence[str]
    records: int = 0
    malformed: int = 0
    by_filter: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_file: Counter[str] = field(default_factory=Counter)
    by_file_filter: Counter[tuple[str, str]] = field(default_factory=Counter)
    samples: dict[tuple[str, str], list[tuple[int, Record]]] = field(default_factory=dict)


def _open_log(path: str) -> Iterator[str]:
    with open(path, "rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    opener = gzip.open if gzipped else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as lines:
        yield from lines


def read_records(logs: Sequence[str]) -> Iterator[Record | None]:
    """Each line's record, in order; ``None`` for a line that is not a JSON object with a
    ``filter`` (counted as malformed, never fatal)."""
    for path in logs:
        for line in _open_log(path):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            yield record if isinstance(record, dict) and "filter" in record else None


def tally(logs: Sequence[str], *, samples: int = SAMPLES_PER_KIND) -> Tally:
    """Count the changes of ``logs`` and sample each kind (reservoir sampling, fixed seed,
    so a report is the same each time it is made)."""
    counts, rng = Tally(logs), random.Random(0)
    for number, record in enumerate(read_records(logs)):
        if record is None:
            counts.malformed += 1
            continue
        counts.records += 1
        name, source = str(record["filter"]), str(record.get("file", "?"))
        kind = (name, kind_of(record))
        counts.by_filter[name] += 1
        counts.by_kind[kind] += 1
        counts.by_file[source] += 1
        counts.by_file_filter[source, name] += 1
        chosen = counts.samples.setdefault(kind, [])
        if len(chosen) < samples:
            chosen.append((number, record))
        elif (slot := rng.randrange(counts.by_kind[kind])) < samples:
            chosen[slot] = (number, record)
    for chosen in counts.samples.values():
        chosen.sort(key=lambda pair: pair[0])
    return counts


# ---------------------------------------------------------------------------------------
# Replaying a file's records: its cleaned text, and the context of each change


class _Mismatch(Exception):
    pass


@dataclass
class Replayed:
    """A file as the batch read it, as it cleaned it, and the sampled changes' context."""

    original: str = ""
    cleaned: str = ""
    contexts: dict[int, tuple[str, str]] = field(default_factory=dict)
    problem: str = ""  # why there is no diff, and what to do


def _original_path(source: str, backup: str | None) -> str:
    if backup and os.path.exists(source + backup):
        return source + backup
    return source


def replay_file(
    source: str,
    records: list[tuple[int, Record]],
    *,
    wanted: set[int],
    encoding: str = "utf-8",
    backup: str | None = None,
    field: str = "text",
) -> Replayed:
    """Replay ``records`` (numbered) onto the file they were made on, block by block and
    filter by filter, checking that each ``before`` stands where the record says. A JSON
    Lines file is replayed record by record (its ``field``); its records are shown one after
    another, a blank line between."""
    from .files import InputError
    from .stream import clean_stream

    if source == "-":
        return Replayed(problem="standard input is not kept: clean a file to see its diff")
    path = _original_path(source, backup)
    try:
        texts = _texts(path, encoding, field)
    except (OSError, InputError, EOFError) as error:
        return Replayed(
            problem=f"cannot read {path} ({error}): run ocrclean-report where the batch ran, "
            "with the same --encoding"
        )
    by_block: dict[int, list[tuple[int, Record]]] = defaultdict(list)
    for number, record in records:
        by_block[int(record.get("block", 0))].append((number, record))
    replayed = Replayed(original=_RECORD_BREAK.join(texts))
    blocks = iter(range(1 << 62))

    def replay_block(text: str) -> str:
        steps: dict[str, list[tuple[int, Record]]] = {}
        for number, record in by_block.get(next(blocks), []):
            steps.setdefault(str(record["filter"]), []).append((number, record))
        for edits in steps.values():
            pieces, done = [], 0
            for number, record in sorted(edits, key=lambda pair: int(pair[1]["offset"])):
                start, before = int(record["offset"]), str(record["before"])
                end = start + len(before)
                if start < done or text[start:end] != before:
                    raise _Mismatch
                if number in wanted:
                    left = text[max(0, start - CONTEXT_CHARS) : start]
                    replayed.contexts[number] = (left, text[end : end + CONTEXT_CHARS])
                pieces += [text[done:start], str(record["after"])]
                done = end
            pieces.append(text[done:])
            text = "".join(pieces)
        return text

    try:
        cleaned = ["".join(clean_stream([text], replay_block)) for text in texts]
        if by_block and max(by_block) >= next(blocks):  # the log has blocks the file has not
            raise _Mismatch
    except (_Mismatch, KeyError, TypeError, ValueError):
        hint = (
            "changed since the batch ran?"
            if backup
            else "cleaned in place? keep the originals with ocrclean --in-place --backup SUFFIX,"
            " then run ocrclean-report --backup SUFFIX"
        )
        if _is_jsonl(source):
            hint += f"; or was another field than {field!r} cleaned? pass --field"
        return Replayed(problem=f"{path} does not hold the text the log was made on ({hint})")
    replayed.cleaned = _RECORD_BREAK.join(cleaned)
    return replayed


_RECORD_BREAK = "\n\n"  # between the records of a JSON Lines file, as shown


def _is_jsonl(source: str) -> bool:
    return source.endswith((".jsonl", ".jsonl.gz"))


def _texts(path: str, encoding: str, field: str) -> list[str]:
    """The texts the batch cleaned in a file: the whole text, or the ``field`` of each JSON
    record (lines that are not JSON objects were skipped or failed the file)."""
    from .batch import open_source
    from .files import decode_chunks

    with open_source(path) as handle:
        if not _is_jsonl(path):
            return ["".join(decode_chunks(handle, path, encoding))]
        texts = []
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get(field), str):
                texts.append(record[field])
        return texts


# ---------------------------------------------------------------------------------------
# Side-by-side diff: the words that changed, with a few words of context


@dataclass
class Hunk:
    """One changed place: the original and the cleaned text around it, as (text, changed)
    pieces."""

    before: list[tuple[str, bool]]
    after: list[tuple[str, bool]]


_WORD = re.compile(r"\S+")


def diff_hunks(
    original: str, cleaned: str, *, limit: int = HUNKS_PER_FILE
) -> tuple[list[Hunk], int]:
    """The changed places of a word-by-word diff (at most ``limit``) and how many there are.
    Whitespace alone (an unwrapped line) is no changed place: a line break of the original
    is shown in the context instead.

    >>> hunks, total = diff_hunks("the con-\\nstitution of", "the constitution of")
    >>> total, hunks[0].before, hunks[0].after
    (1, [('the ', False), ('con-\\nstitution', True), (' of', False)], [('the ', False), ('constitution', True), (' of', False)])
    """
    spans_a = [m.span() for m in _WORD.finditer(original)]
    spans_b = [m.span() for m in _WORD.finditer(cleaned)]
    words_a = [original[s:e] for s, e in spans_a]
    words_b = [cleaned[s:e] for s, e in spans_b]
    changes = [
        op
        for op in difflib.SequenceMatcher(None, words_a, words_b).get_opcodes()
        if op[0] != "equal"
    ]
    groups: list[list[tuple[str, int, int, int, int]]] = []
    for op in changes:
        if (
            groups
            and op[1] - groups[-1][-1][2] <= 2 * CONTEXT_WORDS
            and len(groups[-1]) < EDITS_PER_PLACE
        ):
            groups[-1].append(op)
        else:
            groups.append([op])
    hunks = [
        Hunk(
            _side(original, spans_a, [(op[1], op[2]) for op in group]),
            _side(cleaned, spans_b, [(op[3], op[4]) for op in group]),
        )
        for group in groups[:limit]
    ]
    return hunks, len(groups)


def _side(
    text: str, spans: list[tuple[int, int]], ranges: list[tuple[int, int]]
) -> list[tuple[str, bool]]:
    """The text from CONTEXT_WORDS words before the first range to as many after the last,
    as (text, changed) pieces: the ranges' words, and the whitespace between two of them,
    are changed."""
    first = max(0, ranges[0][0] - CONTEXT_WORDS)
    last = min(len(spans), ranges[-1][1] + CONTEXT_WORDS)
    changed = {i for start, end in ranges for i in range(start, end)}
    pieces: list[tuple[str, bool]] = []
    for i in range(first, last):
        if i > first:
            _add(pieces, text[spans[i - 1][1] : spans[i][0]], i - 1 in changed and i in changed)
        _add(pieces, text[spans[i][0] : spans[i][1]], i in changed)
    return pieces


def _add(pieces: list[tuple[str, bool]], text: str, changed: bool) -> None:
    if pieces and pieces[-1][1] == changed:
        pieces[-1] = (pieces[-1][0] + text, changed)
    else:
        pieces.append((text, changed))


# ---------------------------------------------------------------------------------------
# The page


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 78em; padding: 0 1em; color: #222 }
table { border-collapse: collapse; margin: .5em 0 1.5em; width: 100% }
th, td { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap }
.text { font-family: ui-monospace, monospace; font-size: 13px; white-space: pre-wrap; word-break: break-word }
del { background: #fdd; color: #900; text-decoration: line-through }
ins { background: #dfd; color: #060; text-decoration: none }
.mark { color: #999 }
.note { color: #555; font-size: 14px }
.why { color: #444; font-size: 13px }
table.diff td { width: 50% }
nav a { margin-right: 1em }
summary { cursor: pointer; font-weight: 600 }
"""


def _visible(text: str, *, limit: int = LONGEST_PIECE) -> str:
    """Escaped text; a line break shows as ⏎, an invisible character as its code point, a
    piece that is only whitespace shows its spaces as ␣, and a long piece is cut with a note."""
    cut = ""
    if len(text) > limit:
        cut = f"<span class=mark> … ({len(text) - limit:,} more characters)</span>"
        text = text[:limit]
    shown = html.escape(text)
    if text and not text.strip():
        shown = shown.replace(" ", "␣").replace("\t", "⇥")
    shown = _INVISIBLE.sub(lambda m: f"<span class=mark>&lt;U+{ord(m[0]):04X}&gt;</span>", shown)
    return shown.replace("\n", "<span class=mark>⏎</span>") + cut


def _table(
    headings: Sequence[str], rows: Iterable[Sequence[str]], numeric: frozenset[int] = frozenset()
) -> str:
    """A table; the cells are HTML already, the headings text; ``numeric`` columns align right."""

    def cell(tag: str, i: int, content: str) -> str:
        return f"<{tag}{' class=n' if i in numeric else ''}>{content}</{tag}>"

    head = "".join(cell("th", i, html.escape(h)) for i, h in enumerate(headings))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>\n" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>\n"


def _order(names: Iterable[str]) -> list[str]:
    """Filters in pipeline order, any others after, by name."""
    from .pipeline import FILTERS

    position = {name: i for i, name in enumerate(FILTERS)}
    return sorted(names, key=lambda name: (position.get(name, len(position)), name))


def _display_names(files: Iterable[str]) -> tuple[str, dict[str, str]]:
    """The folder all files are under, and each file's name under it."""
    paths = [f for f in files if f != "-"]
    common = ""
    if paths:
        common = os.path.dirname(paths[0]) if len(paths) == 1 else os.path.commonpath(paths)
    names = {f: os.path.relpath(f, common) if common else f for f in paths}
    names["-"] = "standard input"
    return common, names


def _anchor(name: str, kind: str) -> str:
    return "k-" + re.sub(r"[^a-z0-9]+", "-", f"{name} {kind}".lower()).strip("-")


@dataclass
class _Page:
    """What the sections of the page are made from."""

    counts: Tally
    replays: dict[str, Replayed]
    diff_files: Sequence[str]
    samples: int
    hunks_per_file: int
    folder: str = ""
    names: dict[str, str] = field(default_factory=dict)
    filters: list[str] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folder, self.names = _display_names(self.counts.by_file)
        self.filters = _order(self.counts.by_filter)
        by_kind = self.counts.by_kind
        self.kinds = sorted(by_kind, key=lambda k: (self.filters.index(k[0]), -by_kind[k], k[1]))

    def name(self, source: str) -> str:
        return html.escape(self.names.get(source, source))


_STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 80em; padding: 0 1em; color: #222 }
table { border-collapse: collapse; margin: .5em 0 1.5em; width: 100% }
th, td { border-bottom: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top }
.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap }
.text { font-family: ui-monospace, monospace; font-size: 13px; white-space: pre-wrap; word-break: break-word }
del { background: #fdd; color: #900 }
ins { background: #dfd; color: #060; text-decoration: none }
.mark { color: #999 }
.note, .why { color: #555; font-size: 13px }
table.diff td { width: 50% }
nav a { margin-right: 1em }
summary { cursor: pointer; font-weight: 600 }
"""


def _head(page: _Page) -> str:
    counts = page.counts
    logs = html.escape(", ".join(counts.logs))
    folder = f" (under <code>{html.escape(page.folder)}</code>)" if page.folder else ""
    malformed = (
        f"<p class=note id=malformed>{counts.malformed:,} lines of the log are not edit records"
        " and were skipped.</p>\n"
        if counts.malformed
        else ""
    )
    return (
        "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n"
        f"<title>ocrclean review: {logs}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>ocrclean review</h1>\n<p id=overview><strong>{counts.records:,}</strong> changes"
        f" in <strong>{len(counts.by_file):,}</strong> files{folder}, from {logs}.</p>\n"
        f"{malformed}<nav><a href=#filters>Filters</a><a href=#kinds>Kinds</a>"
        "<a href=#samples>Samples</a><a href=#files>Files</a><a href=#diffs>Side by side</a></nav>\n"
    )


def _filters_section(page: _Page) -> str:
    by_filter, total = page.counts.by_filter, page.counts.records
    rows = (
        [
            f"<code>{html.escape(f)}</code>",
            f"{by_filter[f]:,}",
            f"{100 * by_filter[f] / total:.1f}%",
        ]
        for f in page.filters
    )
    return (
        "<section id=filters>\n<h2>Changes per filter</h2>\n"
        + _table(["filter", "changes", "share"], rows, frozenset({1, 2}))
        + "</section>\n"
    )


def _kinds_section(page: _Page) -> str:
    by_kind = page.counts.by_kind
    rows = (
        [
            f"<code>{html.escape(f)}</code>",
            f'<a href="#{_anchor(f, kind)}">{html.escape(kind)}</a>',
            f"{by_kind[f, kind]:,}",
        ]
        for f, kind in page.kinds
    )
    return (
        "<section id=kinds>\n<h2>Changes per kind</h2>\n<p class=note>A change's kind is the"
        " verdict that heads its reason (<em>joined</em>, <em>kept the hyphen</em>) or else its"
        " shape (<em>line break -&gt; space</em>, <em>spacing</em>).</p>\n"
        + _table(["filter", "kind", "changes"], rows, frozenset({2}))
        + "</section>\n"
    )


def _where(record: Record, page: _Page) -> str:
    name = page.name(str(record.get("file", "?")))
    if "line" in record:
        column = f":{html.escape(str(record['col']))}" if "col" in record else ""
        return f"{name}:{html.escape(str(record['line']))}{column}"
    block, offset = html.escape(str(record.get("block", 0))), html.escape(str(record.get("offset")))
    return f"{name} <span class=note>(block {block}, offset {offset})</span>"


def _change(record: Record, context: tuple[str, str] | None) -> str:
    left, right = context or ("", "")
    before, after = str(record.get("before", "")), str(record.get("after", ""))
    removed = f"<del>{_visible(before)}</del>" if before else ""
    added = f"<ins>{_visible(after)}</ins>" if after else ""
    return (
        f"<span class=text>{_visible(left, limit=CONTEXT_CHARS)}{removed}{added}"
        f"{_visible(right, limit=CONTEXT_CHARS)}</span>"
    )


def _samples_section(page: _Page) -> str:
    parts = [
        "<section id=samples>\n<h2>Samples</h2>\n",
        (
            f"<p class=note>Up to {page.samples} changes of each kind, picked at random across the"
            " batch. Struck out in red: the text before; in green: the text after; ⏎ is a line break,"
            " ␣ a space. Around them, the text as the filter was given it, when the file could be"
            " read.</p>\n"
        ),
    ]
    for f, kind in page.kinds:
        chosen = page.counts.samples.get((f, kind), [])
        rows = []
        for number, record in chosen:
            replayed = page.replays.get(str(record.get("file", "?")))
            context = replayed.contexts.get(number) if replayed else None
            why = f"<span class=why>{html.escape(str(record.get('why') or ''))}</span>"
            rows.append([_where(record, page), _change(record, context), why])
        parts += [
            (
                f'<h3 id="{_anchor(f, kind)}"><code>{html.escape(f)}</code>: {html.escape(kind)}'
                f" <span class=note>({len(chosen)} of {page.counts.by_kind[f, kind]:,} shown)</span>"
                "</h3>\n"
            ),
            _table(["where", "change", "why"], rows) if rows else "",
        ]
    return "".join(parts) + "</section>\n"


def _files_section(page: _Page) -> str:
    counts = page.counts
    top = counts.by_file.most_common(TOP_FILES)
    rows = []
    for source, n in top:
        name = page.name(source)
        if source in page.diff_files:
            name = f'<a href="#{_file_anchor(page, source)}">{name}</a>'
        split = ", ".join(
            f"{html.escape(f)} {counts.by_file_filter[source, f]:,}"
            for f in page.filters
            if counts.by_file_filter[source, f]
        )
        rows.append([name, f"{n:,}", split])
    return (
        "<section id=files>\n<h2>Files with the most changes</h2>\n"
        f"<p class=note>{len(top)} of {len(counts.by_file):,} files.</p>\n"
        + _table(["file", "changes", "by filter"], rows, frozenset({1}))
        + "</section>\n"
    )


def _file_anchor(page: _Page, source: str) -> str:
    return f"diff-{page.diff_files.index(source)}"


def _files_phrase(n: int) -> str:
    return "The file" if n == 1 else f"The {n:,} files"


def _side_html(pieces: list[tuple[str, bool]], tag: str) -> str:
    return "".join(
        f"<{tag}>{_visible(text)}</{tag}>" if changed else _visible(text)
        for text, changed in pieces
    )


def _diffs_section(page: _Page) -> str:
    parts = [
        "<section id=diffs>\n<h2>Side by side</h2>\n",
        (
            f"<p class=note>{_files_phrase(len(page.diff_files))} with the most changes, word by word: up"
            f" to {page.hunks_per_file} changed places each, with {CONTEXT_WORDS} words around them."
            " A line break that became a space is no changed place by itself: the original's line"
            " breaks show as ⏎.</p>\n"
        ),
    ]
    for source in page.diff_files:
        replayed = page.replays[source]
        parts.append(
            f"<details open id={_file_anchor(page, source)}><summary>{page.name(source)}"
            f" <span class=note>({page.counts.by_file[source]:,} changes)</span></summary>\n"
        )
        if replayed.problem:
            parts.append(f"<p class=note>No diff: {html.escape(replayed.problem)}.</p>\n")
        else:
            hunks, places = diff_hunks(
                replayed.original, replayed.cleaned, limit=page.hunks_per_file
            )
            rows = (
                [
                    f"<span class=text>{_side_html(hunk.before, 'del')}</span>",
                    f"<span class=text>{_side_html(hunk.after, 'ins')}</span>",
                ]
                for hunk in hunks
            )
            parts += [
                f"<p class=note>{len(hunks):,} of {places:,} changed places shown.</p>\n",
                _table(["as found", "cleaned"], rows).replace("<table>", "<table class=diff>", 1),
            ]
        parts.append("</details>\n")
    return "".join(parts) + "</section>\n"


def render(
    counts: Tally,
    replays: dict[str, Replayed],
    diff_files: Sequence[str],
    *,
    samples: int = SAMPLES_PER_KIND,
    hunks_per_file: int = HUNKS_PER_FILE,
) -> str:
    """The report page, as HTML."""
    from . import __version__

    page = _Page(counts, replays, diff_files, samples, hunks_per_file)
    sections = (_filters_section, _kinds_section, _samples_section, _files_section, _diffs_section)
    return (
        _head(page)
        + "".join(section(page) for section in sections)
        + f"<footer class=note>Made by ocrclean-report {html.escape(__version__)}.</footer>\n"
        "</body>\n</html>\n"
    )


def build_report(
    logs: Sequence[str],
    *,
    encoding: str = "utf-8",
    backup: str | None = None,
    field: str = "text",
    samples: int = SAMPLES_PER_KIND,
    diff_files: int = DIFF_FILES,
    hunks_per_file: int = HUNKS_PER_FILE,
) -> str:
    """The report page of ``logs`` (edit logs written by ``ocrclean --log``)."""
    counts = tally(logs, samples=samples)
    shown = [f for f, _ in counts.by_file.most_common(diff_files)]
    sampled = {number for chosen in counts.samples.values() for number, _ in chosen}
    sample_files = {str(r.get("file", "?")) for c in counts.samples.values() for _, r in c}
    needed = {f for f in {*shown, *sample_files} if counts.by_file[f] <= MOST_RECORDS_REPLAYED}
    records: dict[str, list[tuple[int, Record]]] = defaultdict(list)
    for number, record in enumerate(read_records(logs)):
        if record is not None and (source := str(record.get("file", "?"))) in needed:
            records[source].append((number, record))
    replays = {
        source: replay_file(
            source, records[source], wanted=sampled, encoding=encoding, backup=backup, field=field
        )
        for source in needed
    }
    for source in shown:
        replays.setdefault(source, Replayed(problem=f"more than {MOST_RECORDS_REPLAYED:,} changes"))
    return render(counts, replays, shown, samples=samples, hunks_per_file=hunks_per_file)


def write_report(
    logs: Sequence[str],
    out_path: str,
    *,
    encoding: str = "utf-8",
    backup: str | None = None,
    field: str = "text",
    samples: int = SAMPLES_PER_KIND,
    diff_files: int = DIFF_FILES,
) -> None:
    """Write the report page of ``logs`` to ``out_path`` (``-``: standard output), atomically.
    ``encoding``, ``backup`` and ``field`` are those the batch ran with (``--encoding``,
    ``--backup``, ``--field``): how to read its inputs back."""
    page = build_report(
        logs,
        encoding=encoding,
        backup=backup,
        field=field,
        samples=samples,
        diff_files=diff_files,
    )
    if out_path == "-":
        sys.stdout.write(page)
        return
    from .files import atomic_write

    atomic_write(out_path, [page.encode("utf-8")])


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("logs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    default="report.html",
    show_default=True,
    help="The page to write; - for standard output.",
)
@click.option(
    "--encoding", default="utf-8", show_default=True, help="How the batch's input files were read."
)
@click.option(
    "--backup",
    metavar="SUFFIX",
    help="Read each input from FILE+SUFFIX (the batch ran --in-place --backup SUFFIX).",
)
@click.option(
    "--field",
    default="text",
    show_default=True,
    help="The JSON field the batch cleaned in JSON Lines files.",
)
@click.option(
    "--samples",
    default=SAMPLES_PER_KIND,
    show_default=True,
    type=click.IntRange(0),
    help="Changes shown per kind.",
)
@click.option(
    "--files",
    "diff_files",
    default=DIFF_FILES,
    show_default=True,
    type=click.IntRange(0),
    help="Files shown side by side.",
)
def main(
    logs: tuple[str, ...],
    output: str,
    encoding: str,
    backup: str | None,
    field: str,
    samples: int,
    diff_files: int,
) -> None:
    """Write one static HTML page that shows what a batch changed, from its edit logs.

    \b
    Example:
      ocrclean scans/ -o clean/ --log changes.jsonl
      ocrclean-report changes.jsonl -o report.html
    """
    write_report(
        list(logs),
        output,
        encoding=encoding,
        backup=backup,
        field=field,
        samples=samples,
        diff_files=diff_files,
    )
    if output != "-":
        click.echo(f"wrote {output}", err=True)
