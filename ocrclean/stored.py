"""Tables derived from the word list and the confusions, built ahead and shipped in ``data/``.

A stored table is a gzip text file whose first line names a digest of everything it was
derived from (data files, tables, constants). It is used only when that digest matches the
inputs installed now; otherwise the caller derives the table itself, as it would without the
file, so a stale table costs speed, never a different result. ``benchmarks/build_correct_data.py``
rewrites the tables; byte for byte the same from the same inputs.
"""

from __future__ import annotations

import gzip
import hashlib
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "data"
HEADER = "# ocrclean stored table, derived from inputs with digest "


def digest(files: list[str], *values: object) -> str:
    """A digest of the bytes of ``files`` (a missing file counts as empty) and of the
    ``repr`` of ``values``."""
    hasher = hashlib.sha256()
    for path in files:
        hasher.update(Path(path).read_bytes() if path else b"")
    hasher.update(repr(values).encode("utf-8"))
    return hasher.hexdigest()


def read(name: str, inputs: str) -> str | None:
    """The body of the stored table ``name``, or None when it is missing or was derived
    from other inputs than those with digest ``inputs``."""
    path = FOLDER / name
    if not path.is_file():
        return None
    header, _, body = gzip.decompress(path.read_bytes()).decode("utf-8").partition("\n")
    return body if header == HEADER + inputs else None


def write(name: str, inputs: str, body: str) -> Path:
    """Store ``body`` as the table ``name`` derived from inputs with digest ``inputs``."""
    path = FOLDER / name
    path.write_bytes(gzip.compress((HEADER + inputs + "\n" + body).encode("utf-8"), 9, mtime=0))
    return path
