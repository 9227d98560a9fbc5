"""JSON Lines: one field cleaned, everything else passed through, in order, gzip or not."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from ocrclean.cli import main

RECORDS = [
    {"id": 1, "text": "Russian coop- eration in the fight", "meta": {"page": 3, "score": 1.5}},
    {"id": 2, "text": "Already clean text.", "tags": ["a", "b"]},
    {"id": 3, "title": "no text field"},
    {"id": 4, "text": "The U.S.-led antiIS coalition\n\nNewspapers in English\n"},
]
CLEANED = [
    "Russian cooperation in the fight",
    "Already clean text.",
    None,
    "The U.S.-led anti-IS coalition\n",
]


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def _lines(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def _check(output: bytes) -> None:
    out = [json.loads(line) for line in output.splitlines()]
    assert [r["id"] for r in out] == [1, 2, 3, 4], "order kept"
    for record, original, cleaned in zip(out, RECORDS, CLEANED):
        assert {k: v for k, v in record.items() if k != "text"} == {
            k: v for k, v in original.items() if k != "text"
        }
        assert record.get("text") == cleaned


def test_jsonl_file_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(_lines(RECORDS))
    result = run(str(source))
    assert result.exit_code == 0
    _check(result.stdout_bytes)
    unchanged = _lines(RECORDS).splitlines(keepends=True)[1]
    assert unchanged in result.stdout_bytes, "an unchanged record is written back byte for byte"


def test_gzip_in_and_out(tmp_path: Path) -> None:
    source, target = tmp_path / "corpus.jsonl.gz", tmp_path / "out" / "clean.jsonl.gz"
    source.write_bytes(gzip.compress(_lines(RECORDS)))
    assert run(str(source), "-o", str(target)).exit_code == 0
    _check(gzip.decompress(target.read_bytes()))
    assert run("--check", str(source)).exit_code == 1


def test_stdin_with_jsonl_flag_and_other_field() -> None:
    records = [{"body": "coop- eration", "text": "coop- eration"}]
    result = run("--jsonl", "--field", "body", stdin=_lines(records))
    assert json.loads(result.stdout) == {"body": "cooperation", "text": "coop- eration"}


def test_malformed_line(tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_bytes(_lines(RECORDS[:2]) + b"{not json\n" + _lines(RECORDS[2:]))
    failed = run(str(source), "-o", str(tmp_path / "out.jsonl"))
    assert failed.exit_code == 123
    assert f"{source}:3: not a JSON object" in failed.stderr and "--on-error skip" in failed.stderr
    assert not (tmp_path / "out.jsonl").exists()
    skipped = run("--on-error", "skip", str(source))
    assert skipped.exit_code == 0
    assert "1 malformed JSON line(s) skipped, the first at line 3" in skipped.stderr
    _check(skipped.stdout_bytes)


def test_folder_of_jsonl_and_text(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(_lines(RECORDS))
    (folder / "b.txt").write_text("Russian coop- eration\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(folder), "-o", str(out))
    assert result.exit_code == 0
    _check((out / "a.jsonl").read_bytes())
    assert (out / "b.txt").read_text(encoding="utf-8") == "Russian cooperation\n"
