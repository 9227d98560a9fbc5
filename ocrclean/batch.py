"""Batches: which files to clean, where each result goes, and cleaning one file safely."""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import fnmatch
import functools
import gzip
import hashlib
import io
import os
import shutil
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import Any, BinaryIO

from .files import (
    InputError,
    atomic_write,
    decode_chunks,
    encode_chunks,
    newline_of,
    with_newline,
    write_back_encoding,
    write_temporary,
)
from .jsonl import clean_records, is_jsonl, open_input
from .pipeline import Pipeline
from .stream import Origin, clean_stream

STDIN = "-"


class UsageError(Exception):
    """A command line that cannot be carried out; nothing was read or written."""


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to clean one file (picklable, cheap to send)."""

    pipeline: dict[str, Any] = field(default_factory=dict)  # keyword arguments of Pipeline.build
    encoding: str = "utf-8"
    check: bool = False
    diff: bool = False
    in_place: bool = False
    backup: str | None = None
    jsonl: bool | None = None  # None: by file name (.jsonl, .jsonl.gz)
    field: str = "text"  # the JSON field to clean
    on_error: str = "fail"  # a malformed JSON line: "fail" the file, or "skip" the line
    log: bool = False  # record every change (--log, --stats); slower

    @property
    def writes(self) -> bool:
        return not (self.check or self.diff)

    def reads_jsonl(self, source: str) -> bool:
        return self.jsonl if self.jsonl is not None else is_jsonl(source)


@dataclass(frozen=True)
class Job:
    source: str  # a path, or "-" for standard input
    target: str | None  # where the cleaned text goes; None = standard output


# A record of the edit log: file, line, column, block, filter, offset, before, after, why,
# language (a tuple: a batch makes hundreds of thousands, and workers send them back). The
# language is the block's ("" where too few words tell it).
Record = tuple[str, int, int, int, str, int, str, str, str, str]
RECORD_FIELDS = (
    "file", "line", "column", "block", "filter", "offset", "before", "after", "why", "language"
)  # fmt: skip
# The fields of a ``Change`` a record holds, in the record's order (file and block apart).
_CHANGE_FIELDS = ("line", "column", "step", "offset", "before", "after", "why")


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "cleaned", "unchanged" or "failed"
    message: str = ""
    diff: str = ""
    log: tuple[Record, ...] = ()  # with Settings.log: a record per change
    # why a block's language was not recognised (the first such block's), or ""
    unrecognised_language: str = ""


class _Recorder:
    """Cleans like the pipeline, and records each change of each block. The blocks are
    numbered through the file: a stream's blocks, or the blocks of each JSON record in turn
    (a record of up to 256 kB is one block)."""

    def __init__(self, settings: Settings, source: str) -> None:
        self.pipeline, self.source = Pipeline.build(**settings.pipeline), source
        self.records: list[Record] = []
        self.block = 0
        self.origin = Origin()  # where the next block starts in the text

    def __call__(self, text: str) -> str:
        """Clean a whole text (a JSON record), cut in blocks as ``Pipeline`` cuts it."""
        self.origin = Origin()
        return "".join(
            clean_stream(
                [text],
                self.clean_block,
                keep_lines=self.pipeline.keep_lines,
                passed=self.origin.advance,
            )
        )

    def clean_block(self, text: str) -> str:
        """Clean one block of a stream (or of a JSON record), recording its changes."""
        cleaned, changes = self.pipeline.explain_block(text, self.origin)
        fields = [map(attrgetter(name), changes) for name in _CHANGE_FIELDS]
        language = self.pipeline.decided.code if self.pipeline.decided else ""
        self.records += zip(
            repeat(self.source), *fields[:2], repeat(self.block), *fields[2:], repeat(language)
        )
        self.block += 1
        return cleaned


def _cleaner(settings: Settings, source: str) -> Pipeline | _Recorder:
    return _Recorder(settings, source) if settings.log else Pipeline.build(**settings.pipeline)


# ---------------------------------------------------------------------------------------
# Finding the files


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _matches(relpath: str, patterns: Iterable[str]) -> bool:
    name = os.path.basename(relpath)
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relpath, p) for p in patterns)


def walk(folder: str, globs: Iterable[str], excludes: Iterable[str]) -> Iterator[str]:
    """Regular files under ``folder`` (recursively, sorted, hidden ones skipped) matching a
    glob and no exclude pattern, as paths relative to ``folder``. Symbolic links are
    followed, each real folder once, so a link loop ends; a broken link is listed (and
    fails alone, naming itself)."""
    seen: set[tuple[int, int]] = set()

    def visit(path: str, relative: str) -> Iterator[str]:
        try:
            info = os.stat(path)
            entries = sorted(os.scandir(path), key=lambda entry: entry.name)
        except OSError:
            return
        if (info.st_dev, info.st_ino) in seen:
            return
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            if _hidden(entry.name):
                continue
            rel = os.path.join(relative, entry.name) if relative else entry.name
            if _matches(rel, excludes):
                continue
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:
                continue
            if is_dir:
                yield from visit(entry.path, rel)
            elif (is_file or entry.is_symlink()) and _matches(
                rel, globs
            ):  # no FIFOs, sockets, devices
                yield rel

    yield from visit(folder, "")


def _inside(path: str, folder: str) -> bool:
    path, folder = os.path.realpath(path), os.path.realpath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def plan(
    sources: list[str],
    output: str | None,
    settings: Settings,
    globs: Iterable[str] = ("*.txt",),
    excludes: Iterable[str] = (),
) -> list[Job]:
    """The jobs for a command line, or ``UsageError`` before anything is touched.

    ``-o -`` is standard output; ``-o DIR/`` (a trailing slash) or an existing folder puts
    the file, under its own name, into that folder. An input named twice (in any spelling)
    is cleaned once."""
    sources = _once(sources or [STDIN])
    for source in sources:
        if source != STDIN and not os.path.lexists(source):
            raise UsageError(f"{source}: no such file or folder")
    folders = [s for s in sources if s != STDIN and os.path.isdir(s)]
    if STDIN in sources and len(sources) > 1:
        raise UsageError("'-' (standard input) cannot be mixed with files")
    if output == STDIN:
        if folders or len(sources) > 1:
            raise UsageError("-o - (standard output) takes one input file")
        output = None
    if output and output.endswith(("/", os.sep)):
        named = output.rstrip("/" + os.sep) or output
        if os.path.exists(named) and not os.path.isdir(named):
            raise UsageError(f"-o {output} is a file, not a folder")
        if sources == [STDIN]:
            raise UsageError(f"-o {output}: standard input has no file name; name the file")
    if settings.in_place and output:
        raise UsageError("--in-place and -o cannot be used together")
    if settings.in_place and STDIN in sources:
        raise UsageError("--in-place needs files, not standard input")
    if settings.backup and not settings.in_place:
        raise UsageError("--backup goes with --in-place")
    to_folder = bool(folders) or len(sources) > 1
    if to_folder and not (output or settings.in_place or not settings.writes):
        what = "a folder needs" if folders else "several files need"
        raise UsageError(f"{what} -o DIR (a mirror of the input) or --in-place (rewrite the files)")
    if output and to_folder and os.path.exists(output) and not os.path.isdir(output):
        raise UsageError(f"-o {output} is a file: several inputs need a folder")
    for folder in folders:
        if output and to_folder and _inside(output, folder):
            raise UsageError(
                f"-o {output} is inside the input folder {folder}: it would be read back in"
            )
    jobs = []
    for source in sources:
        if source in folders:
            pairs = [(os.path.join(source, rel), rel) for rel in walk(source, globs, excludes)]
        else:
            pairs = [(source, os.path.basename(source))]
        for path, rel in pairs:
            jobs.append(Job(path, _target(path, rel, output, settings, to_folder)))
    jobs = _once_each(jobs)
    _refuse_overwrites(jobs, settings.in_place)
    return jobs


def _once(sources: list[str]) -> list[str]:
    """The inputs in order, each once, however it was spelled (``a.txt``, ``./a.txt``)."""
    seen: set[str] = set()
    unique = []
    for source in sources:
        real = source if source == STDIN else os.path.realpath(source)
        if real not in seen:
            seen.add(real)
            unique.append(source)
    return unique


def _once_each(jobs: list[Job]) -> list[Job]:
    """The jobs, each file once: a file named and also found in a folder named is one."""
    realpath = _resolver()
    seen: set[str] = set()
    unique = []
    for job in jobs:
        real = job.source if job.source == STDIN else realpath(job.source)
        if real not in seen:
            seen.add(real)
            unique.append(job)
    return unique


def _target(
    path: str, rel: str, output: str | None, settings: Settings, to_folder: bool
) -> str | None:
    if settings.in_place:
        return path
    if not settings.writes or not output:
        return None
    if to_folder or os.path.isdir(output) or output.endswith(("/", os.sep)):
        return os.path.join(output, rel)
    return output


def _resolver() -> Callable[[str], str]:
    """``os.path.realpath`` for the many files of a few folders: ``realpath`` costs an
    ``lstat`` per path component (0.1 s for 2,000 files and their targets), so each folder
    is resolved once and only the file name is looked at per file."""
    real_folder = functools.cache(os.path.realpath)

    def real(path: str) -> str:
        folder, name = os.path.split(path)
        if name in ("", os.curdir, os.pardir):
            return os.path.realpath(path)
        joined = os.path.join(real_folder(folder or os.curdir), name)
        return os.path.realpath(joined) if os.path.islink(joined) else joined

    return real


def _refuse_overwrites(jobs: list[Job], in_place: bool) -> None:
    if in_place:
        return
    realpath = _resolver()
    inputs = {realpath(job.source) for job in jobs if job.source != STDIN}
    targets: dict[str, str] = {}
    for job in jobs:
        if job.target is None:
            continue
        real = realpath(job.target)
        if real in inputs or (
            os.path.exists(job.target)
            and job.source != STDIN
            and os.path.samefile(job.target, job.source)
        ):
            raise UsageError(
                f"refusing to write over the input {job.target}: use --in-place to rewrite files"
            )
        if real in targets:
            raise UsageError(
                f"{targets[real]} and {job.source} would both be written to {job.target}"
            )
        targets[real] = job.source


# ---------------------------------------------------------------------------------------
# Cleaning one file


class _Lines:
    """The lines of a JSONL stream, hashed as they are read."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.digest = stream, hashlib.blake2b()

    def __iter__(self) -> Iterator[bytes]:
        for line in self.stream:
            self.digest.update(line)
            yield line


def _gzipped(chunks: Iterable[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(wbits=31)  # the gzip format
    for chunk in chunks:
        if data := compressor.compress(chunk):
            yield data
    yield compressor.flush()


class _Hashing:
    """Passes chunks through while hashing them: the content written, or the text."""

    def __init__(self, chunks: Iterable[bytes] | Iterable[str]) -> None:
        self.chunks, self.digest = chunks, hashlib.blake2b()

    def __iter__(self) -> Iterator[Any]:
        for chunk in self.chunks:
            self.digest.update(
                chunk.encode("utf-8", "surrogatepass") if isinstance(chunk, str) else chunk
            )
            yield chunk


class _Reading:
    """A binary stream that hashes what is read from it and keeps its first bytes (where
    a byte-order mark would be)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.digest, self.head = stream, hashlib.blake2b(), b""

    def read(self, size: int) -> bytes:
        data = self.stream.read(size)
        if len(self.head) < 4:
            self.head += data[: 4 - len(self.head)]
        self.digest.update(data)
        return data


@dataclass
class _Cleaning:
    """One file being cleaned: its cleaned bytes (``output``, hashed as they go) and how to
    tell afterwards whether cleaning changed it."""

    output: _Hashing
    before: _Hashing | _Lines  # the text (or JSON lines) as read
    after: _Hashing  # the text (or JSON lines) as cleaned

    @property
    def changed(self) -> bool:
        return self.before.digest.digest() != self.after.digest.digest()


def _text_cleaning(
    stream: _Reading,
    name: str,
    settings: Settings,
    clean: Pipeline | _Recorder,
    *,
    own_encoding: bool = False,
    workers: BlockWorkers | None = None,
) -> _Cleaning:
    """Cleaned text as UTF-8 with the input's line endings; with ``own_encoding`` (a file
    rewritten in place) in the input's encoding and byte-order mark instead. A mark the
    decoder took away is no change."""
    before = _Hashing(decode_chunks(stream, name, settings.encoding))
    chunks = iter(before)
    first = next(chunks, "")
    newline = newline_of(first)

    def text() -> Iterator[str]:
        yield first
        yield from chunks

    keep_lines = bool(settings.pipeline.get("keep_lines"))
    passed = clean.origin.advance if isinstance(clean, _Recorder) else None
    if workers is not None and passed is None:  # the edit log is kept in this process
        cleaned = clean_stream(
            text(), clean.clean_block, keep_lines=keep_lines, submit=workers.submit,
            ahead=workers.ahead,
        )  # fmt: skip
    else:
        cleaned = clean_stream(text(), clean.clean_block, keep_lines=keep_lines, passed=passed)
    after = _Hashing(with_newline(cleaned, newline))
    encoding, mark = (
        write_back_encoding(settings.encoding, stream.head) if own_encoding else ("utf-8", b"")
    )
    return _Cleaning(_Hashing(encode_chunks(after, encoding, mark)), before, after)


def _jsonl_cleaning(
    lines: _Lines, name: str, settings: Settings, skipped: list[int], clean: Callable[[str], str]
) -> _Cleaning:
    output = _Hashing(_jsonl_bytes(lines, name, settings, skipped, clean))
    return _Cleaning(output, lines, output)


def _jsonl_bytes(
    lines: Iterable[bytes],
    name: str,
    settings: Settings,
    skipped: list[int],
    clean: Callable[[str], str],
) -> Iterator[bytes]:
    return clean_records(
        lines, clean, field=settings.field, on_error=settings.on_error, name=name, skipped=skipped
    )


def _skipped_note(skipped: list[int]) -> str:
    if not skipped:
        return ""
    return f"{len(skipped):,} malformed JSON line(s) skipped, the first at line {skipped[0]}"


# A text that makes every filter load what it needs: the word list, the catalogue patterns.
_WARM_UP = "Newspapers in English\nthe con-\nstitution of the dem\nocrats, antiIS forces tbe\n"


# A worker process's pipeline, for the blocks of one stream cleaned by several processes
# (``_clean_block_in_worker``); built by ``warm_up``, the worker's first step.
_WORKER: dict[str, Pipeline] = {}


def warm_up(settings: Settings) -> None:
    """Load the resources the pipeline needs (the word list, compiled catalogues; with
    --correct the correction tables: 0.15 s, 0.8 s with --correct) in this process: a
    worker's first step, taken while the main process still plans the batch."""
    pipeline = _WORKER["pipeline"] = Pipeline.build(**settings.pipeline)
    pipeline(_WARM_UP)


def _clean_block_in_worker(block: str) -> tuple[str, str]:
    """A block cleaned in a worker, and why its language was not recognised (or "")."""
    pipeline = _WORKER["pipeline"]
    pipeline.unrecognised = ""
    return pipeline.clean_block(block), pipeline.unrecognised


class BlockWorkers:
    """Cleans the blocks of one stream in a pool of worker processes, a few blocks per
    worker in flight, and keeps the first note of an unrecognised language."""

    def __init__(self, pool: Executor, workers: int) -> None:
        self.pool, self.ahead, self.unrecognised = pool, 2 * workers, ""

    def submit(self, block: str) -> Callable[[], str]:
        future = self.pool.submit(_clean_block_in_worker, block)

        def result() -> str:
            cleaned, unrecognised = future.result()
            self.unrecognised = self.unrecognised or unrecognised
            return cleaned

        return result


def clean_file(job: Job, settings: Settings, workers: BlockWorkers | None = None) -> Outcome:
    """Clean one file as ``settings`` say (its blocks in ``workers``, if given); never
    raises for a bad file, and never leaves a half-written output behind."""
    try:
        if settings.diff:
            return _diff(job, settings)
        skipped: list[int] = []
        clean = _cleaner(settings, job.source)
        in_place = job.target == job.source
        with open_source(job.source) as handle:
            reading: _Reading | _Lines
            if settings.reads_jsonl(job.source):
                reading = lines = _Lines(handle)
                cleaning = _jsonl_cleaning(lines, _name(job.source), settings, skipped, clean)
            else:
                reading = _Reading(handle)
                cleaning = _text_cleaning(
                    reading,
                    _name(job.source),
                    settings,
                    clean,
                    own_encoding=in_place,
                    workers=workers,
                )
            gzipped = isinstance(handle, gzip.GzipFile)
            output = cleaning.output
            compress = job.target is not None and (
                job.target.endswith(".gz") or (in_place and gzipped)
            )
            written = _gzipped(output) if compress else output
            if job.target is None:
                for _ in written:  # --check: clean, compare, write nothing
                    pass
            elif in_place:
                outcome = _rewrite(
                    job, settings, reading, cleaning, written, _skipped_note(skipped)
                )
                return _with_log(outcome, clean, workers)
            else:
                os.makedirs(os.path.dirname(os.path.abspath(job.target)), exist_ok=True)
                atomic_write(job.target, written)
        return _with_log(
            Outcome(
                job.source, "cleaned" if cleaning.changed else "unchanged", _skipped_note(skipped)
            ),
            clean,
            workers,
        )
    except InputError as error:
        return Outcome(job.source, "failed", str(error))
    except UnicodeEncodeError as error:
        character = error.object[error.start]
        return Outcome(
            job.source,
            "failed",
            f"{job.source}: the cleaned text has {character!r} (U+{ord(character):04X}), which "
            f"{settings.encoding} cannot encode: the file is left as it was",
        )
    except EOFError:
        return Outcome(job.source, "failed", f"{_name(job.source)}: the gzip data ends early")
    except OSError as error:
        return Outcome(
            job.source,
            "failed",
            f"{error.filename or _name(job.source)}: {error.strerror or error}",
        )


def _with_log(
    outcome: Outcome, clean: Pipeline | _Recorder, workers: BlockWorkers | None = None
) -> Outcome:
    """The outcome with what cleaning found: the edit log's records, and why a block's
    language was not recognised."""
    if outcome.status == "failed":
        return outcome
    pipeline = clean.pipeline if isinstance(clean, _Recorder) else clean
    return dataclasses.replace(
        outcome,
        log=tuple(clean.records) if isinstance(clean, _Recorder) else (),
        unrecognised_language=pipeline.unrecognised or (workers.unrecognised if workers else ""),
    )


def _rewrite(
    job: Job,
    settings: Settings,
    reading: _Reading | _Lines,
    cleaning: _Cleaning,
    written: Iterable[bytes],
    note: str,
) -> Outcome:
    """--in-place: clean into a temporary file beside the input, then rename it over the
    input (after the backup, if asked for); an unchanged file is left untouched.
    ``reading`` hashes the content read, ``cleaning.output`` the cleaned content, ``written``
    is what goes to disk (compressed for gzip)."""
    output = cleaning.output
    mode = os.stat(job.source).st_mode & 0o7777
    temporary = write_temporary(job.source, written, mode=mode)
    try:
        if not cleaning.changed:
            return Outcome(job.source, "unchanged")
        if _digest(job.source) != reading.digest.digest() or (
            settings.backup
            and not _backup(job.source, settings.backup, reading.digest.digest(), mode)
        ):
            # changed meanwhile: by another ocrclean run (to the same result), or by someone
            # else, whose version wins
            if _digest(job.source) == output.digest.digest():
                return Outcome(job.source, "unchanged")
            return Outcome(
                job.source,
                "failed",
                f"{job.source} changed while it was being cleaned: left as it is now",
            )
        os.replace(temporary, job.source)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return Outcome(job.source, "cleaned", note)


def _backup(source: str, suffix: str, expected: bytes, mode: int) -> bool:
    """Copy ``source`` to ``source + suffix`` atomically, only if the copy is the content
    that was cleaned (``expected`` digest): a concurrent run must not back up its result."""
    copy = write_temporary(source, _file_chunks(source), mode=mode)
    try:
        if _digest(copy) != expected:
            return False
        shutil.copystat(source, copy)
        os.replace(copy, source + suffix)
    finally:
        if os.path.exists(copy):
            os.unlink(copy)
    return True


def _digest(path: str) -> bytes:
    """The digest of a file's content, decompressed if it is gzip (as it is read)."""
    digest = hashlib.blake2b()
    with open_source(path) as handle:
        while data := handle.read(1 << 20):
            digest.update(data)
    return digest.digest()


def _file_chunks(path: str) -> Iterator[bytes]:
    with open(path, "rb") as handle:
        while data := handle.read(1 << 20):
            yield data


@contextlib.contextmanager
def open_source(source: str) -> Iterator[BinaryIO]:
    """A file, or standard input for "-", opened for reading bytes; gzip data (found by its
    first bytes, whatever the name) is decompressed."""
    if source == STDIN:
        stdin = sys.stdin.buffer
        peekable = stdin if hasattr(stdin, "peek") else io.BufferedReader(stdin)  # type: ignore[type-var]  # a test runner's BytesIO
        yield open_input(peekable)
    else:
        with open(source, "rb") as handle:
            yield open_input(handle)


def _name(source: str) -> str:
    return "standard input" if source == STDIN else source


def read_text(source: str, encoding: str) -> str:
    """The whole text of a file or of standard input, line endings as LF."""
    with open_source(source) as handle:
        return "".join(decode_chunks(handle, _name(source), encoding)).replace("\r\n", "\n")


def _diff(job: Job, settings: Settings) -> Outcome:
    if settings.reads_jsonl(job.source):
        with open_source(job.source) as handle:
            lines = list(_Lines(handle))
        original = b"".join(lines).decode("utf-8", "replace")
        pipeline = Pipeline.build(**settings.pipeline)
        cleaned = b"".join(_jsonl_bytes(lines, _name(job.source), settings, [], pipeline)).decode(
            "utf-8", "replace"
        )
    else:
        original = read_text(job.source, settings.encoding)
        cleaned = Pipeline.build(**settings.pipeline)(original)
    if cleaned == original:
        return Outcome(job.source, "unchanged")
    label = _name(job.source)
    diff = difflib.unified_diff(
        original.splitlines(keepends=True),
        cleaned.splitlines(keepends=True),
        label,
        f"{label} (cleaned)",
    )
    return Outcome(
        job.source,
        "cleaned",
        diff="".join(line if line.endswith("\n") else line + "\n" for line in diff),
    )


def clean_to_stdout(
    source: str, settings: Settings, workers: BlockWorkers | None = None
) -> Outcome:
    """A file or standard input to standard output, block by block (in ``workers``, if
    given), flushing as it goes."""
    out = sys.stdout.buffer
    skipped: list[int] = []
    clean = _cleaner(settings, source)
    try:
        with open_source(source) as handle:
            if settings.reads_jsonl(source):
                chunks = _jsonl_bytes(_Lines(handle), _name(source), settings, skipped, clean)
            else:
                chunks = iter(
                    _text_cleaning(
                        _Reading(handle), _name(source), settings, clean, workers=workers
                    ).output
                )
            for data in chunks:
                out.write(data)
                out.flush()
    except InputError as error:
        return Outcome(source, "failed", str(error))
    except EOFError:
        return Outcome(source, "failed", f"{_name(source)}: the gzip data ends early")
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        return Outcome(source, "failed", f"{_name(source)}: {error.strerror or error}")
    return _with_log(Outcome(source, "cleaned", _skipped_note(skipped)), clean, workers)
