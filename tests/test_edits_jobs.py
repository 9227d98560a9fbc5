"""-j N on one file or stream: its blocks cleaned by N worker processes, written in order,
byte for byte what one process writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ocrclean.stream import BLOCK_CHARS, blocks, clean_stream

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
PORTUGUESE = (
    "O menino foi para a escola com os seus amigos e a professora disse que não havia aulas "
    "naquele dia por causa da chuva, e todos voltaram para casa con-\ntentes.\n\n"
)


def _command(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ocrclean", *args], input=stdin, capture_output=True, check=True
    )


def test_submitted_blocks_come_back_in_order() -> None:
    text = SEED.read_text(encoding="utf-8") * 200
    assert len(list(blocks([text]))) > 3
    submitted: list[str] = []

    def submit(block: str):
        submitted.append(block)
        return block.upper

    one = "".join(clean_stream([text], str.upper))
    assert "".join(clean_stream([text], str.upper, submit=submit, ahead=3)) == one
    assert submitted == [block for block, _ in blocks([text])]


def test_one_stream_in_two_processes_is_the_same(tmp_path: Path) -> None:
    text = (SEED.read_bytes() + b"\n\n" + PORTUGUESE.encode()) * 200
    assert len(text) > 3 * BLOCK_CHARS
    alone = _command("-j", "1", stdin=text)
    shared = _command("-j", "2", stdin=text)
    assert shared.stdout == alone.stdout
    assert shared.stderr.count(b"language not recognised") <= 1
    source = tmp_path / "big.txt"
    source.write_bytes(text)
    _command("-j", "2", str(source), "-o", str(tmp_path / "out.txt"), stdin=b"")
    assert (tmp_path / "out.txt").read_bytes() == alone.stdout
