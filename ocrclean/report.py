"""What a batch tells the user on stderr: errors, a progress bar, a summary line."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections import Counter
from operator import itemgetter
from types import TracebackType
from typing import TYPE_CHECKING

import click

from .batch import Outcome, Record

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar


def language_note(source: str, why: str) -> str:
    """What the command says, once a run, when a document's language is not recognised."""
    name = "<stdin>" if source == "-" else source
    return (
        f"ocrclean: {name}: language not recognised ({why}); only language-independent "
        "filters run; use --lang to set it"
    )


def _count(n: int, what: str) -> str:
    return f"{n:,} {what}{'' if n == 1 else 's'}"


class Report:
    """Collects outcomes; prints errors as they come and a summary at the end.

    A progress bar is shown for batches only when stderr is a terminal; ``quiet`` leaves
    only error lines, ``verbose`` adds a line per file, ``name`` (--check) a line per file
    that would change: ``would clean FILE``, as black says ``would reformat FILE``.
    """

    def __init__(
        self,
        total: int,
        *,
        check: bool = False,
        quiet: bool = False,
        verbose: bool = False,
        name: bool = False,
    ) -> None:
        self.total, self.check, self.quiet, self.verbose = total, check, quiet, verbose
        self.name = name
        self.counts = {"cleaned": 0, "unchanged": 0, "failed": 0}
        self._bar: ProgressBar[int] | None = None
        self._language_told = False

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    @property
    def changed(self) -> int:
        return self.counts["cleaned"]

    def __enter__(self) -> Report:
        if self.total > 1 and not self.quiet and not self.verbose and sys.stderr.isatty():
            self._bar = click.progressbar(length=self.total, file=sys.stderr, label="cleaning")
            self._bar.__enter__()
        return self

    def add(self, outcome: Outcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == "failed":
            self._echo(f"error: {outcome.message}")
        elif outcome.message and not self.quiet:
            self._echo(f"warning: {outcome.source}: {outcome.message}")
        if outcome.unrecognised_language and not self._language_told and not self.quiet:
            self._echo(language_note(outcome.source, outcome.unrecognised_language))
            self._language_told = True  # once a run: a batch in one language says it once
        named = self.verbose or (self.name and not self.quiet and outcome.status == "cleaned")
        if outcome.status != "failed" and named:
            verb = "would clean" if self.check and outcome.status == "cleaned" else outcome.status
            self._echo(f"{verb} {outcome.source}")
        if self._bar is not None:
            self._bar.update(1)

    def _echo(self, message: str) -> None:
        if self._bar is not None:
            click.echo("", err=True)  # leave the bar's line
        click.echo(message, err=True)

    def summary(self) -> str:
        cleaned = "would be cleaned" if self.check else "cleaned"
        parts = [
            f"{_count(self.counts['cleaned'], 'file')} {cleaned}",
            f"{self.counts['unchanged']:,} unchanged",
        ]
        if self.failed:
            parts.append(f"{self.failed:,} failed")
        return ", ".join(parts)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)
        if kind is None and not self.quiet:
            click.echo(self.summary(), err=True)


# What json.dumps(ensure_ascii=False) writes for a string; most strings of a log recur (the
# file, the filter, a reason, a line break), so each is written once.
_string = functools.lru_cache(maxsize=4096)(json.encoder.encode_basestring)


def _json_line(record: Record) -> str:
    """The record as ``json.dumps`` of the dict of ``RECORD_FIELDS`` writes it (without
    ASCII escapes), and a line break; written directly: a batch logs hundreds of thousands."""
    file, line, column, block, step, offset, before, after, why, language = record
    return (
        f'{{"file": {_string(file)}, "line": {line:d}, "column": {column:d}, '
        f'"block": {block:d}, "filter": {_string(step)}, "offset": {offset:d}, '
        f'"before": {_string(before)}, "after": {_string(after)}, "why": {_string(why)}, '
        f'"language": {_string(language)}}}\n'
    )


class ChangeLog:
    """The edit log (``--log FILE``, one JSON record per change, written atomically at the
    end) and the change counts (``--stats``)."""

    def __init__(self, path: str | None, *, per_file: bool = False) -> None:
        self.path, self.per_file = path, per_file
        self.by_filter: Counter[str] = Counter()
        self.by_file: Counter[str] = Counter()
        self._temporary: str | None = None
        if path:
            from .files import write_temporary

            self._temporary = write_temporary(path, ())
            # kept open across add() calls; close() closes it
            self._out = open(self._temporary, "w", encoding="utf-8")  # noqa: SIM115

    def add(self, outcome: Outcome) -> None:
        if not outcome.log:
            return
        self.by_filter.update(map(itemgetter(4), outcome.log))
        self.by_file[outcome.log[0][0]] += len(outcome.log)
        if self._temporary:
            self._out.write("".join(map(_json_line, outcome.log)))

    def close(self, show_stats: bool) -> None:
        if self._temporary and self.path:
            self._out.close()
            os.replace(self._temporary, self.path)
        if show_stats:
            counts = (
                ", ".join(f"{name} {n:,}" for name, n in self.by_filter.most_common()) or "none"
            )
            click.echo(f"changes by filter: {counts}", err=True)
            if self.per_file:
                for name, n in sorted(self.by_file.items()):
                    click.echo(f"changes in {name}: {n:,}", err=True)
