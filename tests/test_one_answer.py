"""One answer: the command, ``clean()``, ``explain()`` and the edit log agree on any text,
however long (a text longer than a block is cut where the command cuts a stream)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean import clean, explain, replay
from ocrclean.cli import main
from ocrclean.stream import BLOCK_CHARS

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds" / "000_b51489e9a307c78f.txt", *sorted((ROOT / "fixtures").glob("*.txt"))]


def _long_text() -> str:
    """Several blocks' worth of the seed and fixtures, in turn."""
    texts = [path.read_text(encoding="utf-8") for path in SOURCES if ".clean." not in path.name]
    text, k = "", 0
    while len(text) < 3 * BLOCK_CHARS:
        text += texts[k % len(texts)].rstrip("\n") + "\n\n"
        k += 1
    return text


@pytest.mark.parametrize("keep_lines", [False, True], ids=["unwrap", "keep-lines"])
def test_command_equals_api_on_a_long_text(tmp_path: Path, keep_lines: bool) -> None:
    text = _long_text()
    source, target = tmp_path / "long.txt", tmp_path / "long.clean.txt"
    source.write_text(text, encoding="utf-8")
    flags = ["--keep-lines"] if keep_lines else []
    result = CliRunner().invoke(main, [str(source), "-o", str(target), *flags])
    assert result.exit_code == 0, result.stderr
    from_api = clean(text, keep_lines=keep_lines)
    assert target.read_text(encoding="utf-8") == from_api
    piped = CliRunner().invoke(main, flags, input=text)
    assert piped.stdout == from_api


def test_explain_and_replay_agree_with_clean_on_a_long_text() -> None:
    text = _long_text()
    cleaned, changes = explain(text)
    assert cleaned == clean(text)
    assert max(change.block for change in changes) >= 2
    assert replay(text, changes) == cleaned


def test_a_short_text_is_one_block() -> None:
    text = SOURCES[0].read_text(encoding="utf-8")
    _, changes = explain(text)
    assert changes and {change.block for change in changes} == {0}
