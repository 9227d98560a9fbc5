"""Reading input and writing output: encodings, standard streams, clear errors."""

from __future__ import annotations

import codecs
import sys

import click


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if codec.name == "utf-8":
        encoding = "utf-8-sig"  # a byte-order mark is not text
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        hint = "try --encoding cp1252" if codec.name == "utf-8" else "try another --encoding"
        raise click.ClickException(
            f"{name} is not {codec.name} (undecodable byte at offset {error.start}): {hint}"
        ) from None


def read_text(src: str, encoding: str = "utf-8") -> str:
    """The text of file ``src`` (``-`` = standard input), decoded with ``encoding``."""
    if src == "-":
        return _decode(sys.stdin.buffer.read(), encoding, "standard input")
    try:
        with open(src, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise click.ClickException(f"cannot read {src}: {error.strerror}") from None
    return _decode(data, encoding, src)


def write_stdout(text: str) -> None:
    """Write ``text`` as UTF-8 to standard output; a closed pipe (``| head``) is not an error."""
    try:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        sys.stderr.close()  # nothing more can be written; exit quietly
