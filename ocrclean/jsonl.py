"""JSON Lines corpora: clean one text field of each record, pass the rest through."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, cast

from .files import InputError

GZIP_MAGIC = b"\x1f\x8b"


def is_jsonl(path: str) -> bool:
    """Whether a file name says JSON Lines: ``.jsonl`` or ``.jsonl.gz``."""
    return path.endswith((".jsonl", ".jsonl.gz"))


def open_input(stream: BinaryIO) -> BinaryIO:
    """``stream``, decompressed when it starts with the gzip magic number."""
    peek = getattr(stream, "peek", None)
    head = peek(2)[:2] if peek else b""
    # a GzipFile reads like the binary file it wraps; typeshed does not call it a BinaryIO
    return (
        cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb")) if head == GZIP_MAGIC else stream
    )


def clean_records(
    lines: Iterable[bytes],
    clean: Callable[[str], str],
    *,
    field: str = "text",
    on_error: str = "fail",
    name: str = "input",
    skipped: list[int] | None = None,
) -> Iterator[bytes]:
    """Clean ``field`` of each JSON record (one per line), in order; other fields, and
    records whose field is missing or not a string, pass through with the same values.
    An unchanged record is written back byte for byte; a cleaned record ends with the line
    ending of the original (LF or CRLF); a cleaned text ends with a line break only if the
    original did.

    A malformed line raises ``InputError`` naming the line (``on_error="fail"``), or is
    left out and its number appended to ``skipped`` (``on_error="skip"``).

    >>> out = clean_records([b'{"id": 7, "text": "coop- eration"}\\n'], lambda t: t.replace("- ", ""))
    >>> list(out)
    [b'{"id": 7, "text": "cooperation"}\\n']
    """
    newline = b"\n"  # a record keeps its own line ending; a last line without one gets the file's
    for number, line in enumerate(lines, 1):
        if line.endswith(b"\n"):
            newline = b"\r\n" if line.endswith(b"\r\n") else b"\n"
        if not line.strip():
            yield line
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError) as error:
            if on_error == "skip":
                if skipped is not None:
                    skipped.append(number)
                continue
            raise InputError(
                f"{name}:{number}: not a JSON object ({error}): fix the line or use --on-error skip"
            ) from None
        text = record.get(field)
        if isinstance(text, str):
            cleaned = clean(text)
            if not text.endswith("\n"):  # a field is not a file: no final newline added
                cleaned = cleaned.removesuffix("\n")
        if not isinstance(text, str) or cleaned == text:
            yield line if line.endswith(b"\n") else line + newline
            continue
        record[field] = cleaned
        yield json.dumps(record, ensure_ascii=False).encode("utf-8") + newline
