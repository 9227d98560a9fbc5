"""Files and streams: decoding, line endings, binary input, atomic writes."""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import Protocol

CHUNK_BYTES = 64 * 1024
# A file whose first 8 kB hold more than this share of NUL and other control bytes is
# binary (or UTF-16); a few stray ones are OCR junk that normalize_unicode removes.
_CONTROL_SHARE = 0.05
_SNIFF_BYTES = 8192
_CONTROLS = bytes(c for c in range(32) if c not in b"\t\n\v\f\r\x1b")


class InputError(Exception):
    """A file that cannot be read as text: the message names it and the next step."""


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; ``utf-8`` reads ``utf-8-sig`` (a BOM is not text)."""
    name = codecs.lookup(encoding).name  # LookupError for an unknown encoding
    return "utf-8-sig" if name == "utf-8" else name


def _sniff(head: bytes, name: str, encoding: str) -> None:
    if not head or len(head) - len(head.translate(None, _CONTROLS)) <= _CONTROL_SHARE * len(head):
        return
    even, odd = head[0::2].count(0), head[1::2].count(0)
    one_sided = max(even, odd) > 0.4 * len(head) / 2 and min(even, odd) < 0.05 * len(head) / 2
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or one_sided:
        if not encoding.startswith("utf-16"):
            raise InputError(f"{name} looks like UTF-16 text: try --encoding utf-16")
        return
    raise InputError(f"{name} is a binary file, not text: skipped")


class Readable(Protocol):
    """What ``decode_chunks`` reads from: a file, or a wrapper that hashes what it reads."""

    def read(self, size: int, /) -> bytes: ...


def decode_chunks(stream: Readable, name: str, encoding: str = "utf-8") -> Iterator[str]:
    """Decoded text of ``stream`` in chunks, without carriage returns split from their
    line feeds. Raises ``InputError`` for binary or undecodable input."""
    codec = check_encoding(encoding)
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    offset, held, first = 0, "", True
    while True:
        data = stream.read(CHUNK_BYTES)
        if first:
            _sniff(data[:_SNIFF_BYTES], name, codec)
            first = False
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as error:
            hint = "try --encoding cp1252" if codec == "utf-8-sig" else "try another --encoding"
            where = offset + error.start
            raise InputError(
                f"{name} is not {codec.replace('-sig', '')} (undecodable byte at offset {where}): {hint}"
            ) from None
        except UnicodeError:  # the UTF-16 and UTF-32 decoders want a byte-order mark first
            raise InputError(
                f"{name} has no {codec} byte-order mark: try --encoding {codec}-le or {codec}-be"
            ) from None
        offset += len(data)
        text = held + text
        held = ""
        if text.endswith("\r") and data:
            text, held = text[:-1], "\r"
        if text:
            yield text
        if not data:
            return


def newline_of(head: str) -> str:
    """The line ending the input uses: ``\\r\\n`` if its first line ends so, else ``\\n``."""
    end = head.find("\n")
    return "\r\n" if end > 0 and head[end - 1] == "\r" else "\n"


def with_newline(chunks: Iterable[str], newline: str) -> Iterator[str]:
    """Cleaned text with the input's line endings."""
    for chunk in chunks:
        yield chunk.replace("\n", newline) if newline != "\n" else chunk


# Byte-order marks, longest first: a UTF-32-LE mark begins with the UTF-16-LE one.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def write_back_encoding(encoding: str, head: bytes) -> tuple[str, bytes]:
    """The encoding and byte-order mark to write a file back in, as it was read with
    ``encoding``: ``head`` is its first bytes. A mark the decoder took away is kept.

    >>> write_back_encoding("utf-8", codecs.BOM_UTF8 + b"Text")
    ('utf-8', b'\xef\xbb\xbf')
    >>> write_back_encoding("cp1252", b"Text")
    ('cp1252', b'')
    """
    codec = check_encoding(encoding)
    if codec in ("utf-8-sig", "utf-16", "utf-32"):
        family = codec.removesuffix("-sig")
        for mark, name in _MARKS:
            if head.startswith(mark) and name.startswith(family):
                return name, mark
        return family, b""
    return codec, b""


def encode_chunks(
    chunks: Iterable[str], encoding: str = "utf-8", mark: bytes = b""
) -> Iterator[bytes]:
    """Encode cleaned text, after a byte-order mark if one is given. A character the
    encoding lacks raises ``UnicodeEncodeError``."""
    if mark:
        yield mark
    encoder = codecs.getincrementalencoder(encoding)(errors="strict")
    for chunk in chunks:
        yield encoder.encode(chunk)
    yield encoder.encode("", final=True)


def new_file_mode() -> int:
    """The permissions a new file gets here: read and write for all, less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_temporary(beside: str, chunks: Iterable[bytes], *, mode: int | None = None) -> str:
    """Write ``chunks`` to a new hidden file in the folder of ``beside``, flushed to disk,
    and return its path; its permissions are ``mode``, or a new file's (``new_file_mode``),
    not the private ones of a temporary file. On any error the file is removed."""
    folder = os.path.dirname(os.path.abspath(beside))
    try:
        handle, temporary = tempfile.mkstemp(prefix=".ocrclean-", suffix=".tmp", dir=folder)
    except OSError as error:  # the message names the file asked for, not the temporary one
        raise OSError(error.errno, error.strerror, beside) from None
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, new_file_mode() if mode is None else mode)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.filename == temporary:
            raise OSError(error.errno, error.strerror, beside) from None
        raise
    return temporary


def atomic_write(path: str, chunks: Iterable[bytes], *, mode: int | None = None) -> None:
    """Write ``path`` so that it is never seen half-written: a temporary file in the same
    folder, flushed to disk, then renamed over ``path``. On any error ``path`` is as it was
    and no temporary file is left."""
    temporary = write_temporary(path, chunks, mode=mode)
    try:
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OSError(error.errno, error.strerror, path) from None
        raise
