"""The edit log: replayed onto the input, its records give the output back exactly."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from click.testing import CliRunner

from ocrclean import Change, replay
from ocrclean.cli import main
from ocrclean.stream import clean_stream

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"


def _replayed(text: str, records: list[dict]) -> str:
    """Replay each block's records onto that block, joined as the command joins them."""
    by_block = defaultdict(list)
    for record in records:
        by_block[record["block"]].append(
            Change(record["filter"], record["before"], record["after"], record["offset"])
        )
    blocks = iter(range(10**6))
    return "".join(clean_stream([text], lambda block: replay(block, by_block[next(blocks)])))


def test_log_replays_to_the_output(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    sources = [SEED, *sorted((ROOT / "fixtures").glob("*.txt"))]
    for path in sources:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "big.txt").write_text(
        SEED.read_text(encoding="utf-8") * 100, encoding="utf-8"
    )  # several blocks
    log = tmp_path / "changes.jsonl"
    result = CliRunner().invoke(
        main, [str(folder), "-o", str(out), "--log", str(log), "-j", "2", "--stats"]
    )
    assert result.exit_code == 0, result.stderr
    assert "changes by filter: " in result.stderr
    records = defaultdict(list)
    for line in log.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == {
            "file", "line", "column", "block", "filter", "offset", "before", "after", "why",
            "language",
        }  # fmt: skip
        records[record["file"]].append(record)
    assert max(r["block"] for r in records[str(folder / "big.txt")]) >= 1
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        assert _replayed(text, records[str(path)]) == (out / path.name).read_text(
            encoding="utf-8"
        ), path.name


def test_stats_without_log_writes_no_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--stats", str(SEED)])
    assert result.exit_code == 0
    assert "rejoin_hyphenated 1" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_blocks_do_not_depend_on_chunking() -> None:
    from ocrclean.stream import blocks

    text = SEED.read_text(encoding="utf-8") * 300
    whole = list(blocks([text]))
    assert len(whole) > 2
    assert list(blocks([text[i : i + 65536] for i in range(0, len(text), 65536)])) == whole
    assert list(blocks([text[i : i + 1000] for i in range(0, len(text), 1000)])) == whole


def test_log_over_an_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("coop- eration\n", encoding="utf-8")
    result = CliRunner().invoke(main, [str(source), "--log", str(source)])
    assert result.exit_code == 2
    assert source.read_text(encoding="utf-8") == "coop- eration\n"


def test_why_names_the_evidence() -> None:
    from ocrclean import explain

    _, changes = explain(
        "Their cooperation grew. Russian coop- eration in the fight\nagainst anti-\nIS forces, the con\nstitution says.\n"
    )
    reasons = {change.before.strip(): change.why for change in changes}
    assert reasons["coop- eration"] == 'joined: the document writes "cooperation" 1x elsewhere'
    assert reasons["anti-\nIS"] == 'kept the hyphen: "IS" is capitalised'
    assert reasons["con\nstitution"].startswith(
        'joined a line break that lost its hyphen: "constitution" is a known word'
    )
    assert all(change.why for change in changes)


def test_why_names_the_evidence_of_each_split_word() -> None:
    """A word split with a space is explained by the evidence that joined it, never by a
    line break further on that another decision concerns."""
    from ocrclean import explain

    _, changes = explain(
        "They made no prog ress in the grain\neast of the river, and waited un til the"
        " end of the day, when the circ les of the town were made of stone.\n",
        options={"rejoin_split_words": {"language": "en"}},
    )
    reasons = {change.before.strip(): change.why for change in changes}
    assert reasons["prog ress"].startswith('joined "prog ress": "ress" is no word of its own')
    assert reasons["un til"] == (
        'joined "un til": 1916 newspapers print it joined 10^3.6 times as often as apart'
    )
    assert reasons["circ les"].startswith('joined "circ les": "circ" is no word of its own')
    assert not any("graineast" in change.why for change in changes)


def test_why_with_protected_words() -> None:
    from ocrclean import explain

    options = {"rejoin_hyphenated": {"protected": ["e-mail"]}}
    _, changes = explain("Send it by e-\nmail today.\n", options=options, keep_lines=True)
    assert changes[0].why == 'kept the hyphen: "e-mail" is a protected word'
