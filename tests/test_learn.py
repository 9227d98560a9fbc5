"""Batch learning: lines that recur across a batch's documents go as boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ocrclean.cli import main

STORIES = [
    "The council met on Tuesday and voted for the new library.",
    "Heavy rain is expected along the coast until the weekend.",
    "A cargo ship ran aground near the harbour entrance at dawn.",
    "Wheat prices rose again at the Sydney exchange yesterday.",
    "The cricket match was abandoned after lunch because of rain.",
    "Two new schools will open in the western suburbs next year.",
]


def test_learns_a_generated_corpus(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i, story in enumerate(STORIES):
        footer = (
            f"Acme Evening Gazette, Friday edition, page {i + 2}"
            if i != 3
            else "Acme Evening Gazette"
        )
        (folder / f"{i}.txt").write_text(f"{story}\n\n{footer}\n", encoding="utf-8")
    plain = CliRunner().invoke(main, [str(folder), "-o", str(tmp_path / "plain")])
    assert "page 2" in (tmp_path / "plain" / "0.txt").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["--learn", "-v", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "learned 1 boilerplate line(s)" in result.stderr
    for i, story in enumerate(STORIES):
        expected = f"{story}\n" if i != 3 else f"{story}\n\nAcme Evening Gazette\n"
        assert (out / f"{i}.txt").read_text(encoding="utf-8") == expected
    assert plain.exit_code == 0


def test_learns_from_jsonl_records(tmp_path: Path) -> None:
    source = tmp_path / "shard.jsonl"
    records = [
        {"id": i, "text": f"{story}\nDigitised by the Acme Library Project, scan {i}"}
        for i, story in enumerate(STORIES)
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(main, ["--learn", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0, result.stderr
    out = [
        json.loads(line)
        for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert [r["text"] for r in out] == STORIES


def test_small_batches_learn_nothing(tmp_path: Path) -> None:
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(
            "Acme Evening Gazette, page 1\nText.\n", encoding="utf-8"
        )
    result = CliRunner().invoke(main, ["--learn", "--check", str(tmp_path)])
    assert "learned 0 boilerplate line(s)" in result.stderr


def test_batch_vocabulary_is_evidence_for_hyphenation(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(
            f"{STORIES[i]} The Bunyularoad bridge is closed.\n", encoding="utf-8"
        )
    (folder / "3.txt").write_text(
        "Traffic on the Bunyula-\nroad was heavy all day.\n", encoding="utf-8"
    )
    plain = CliRunner().invoke(main, ["--keep-lines", str(folder), "-o", str(tmp_path / "plain")])
    assert plain.exit_code == 0
    assert (tmp_path / "plain" / "3.txt").read_text(
        encoding="utf-8"
    ) == "Traffic on the Bunyula-road\nwas heavy all day.\n"  # undecided: the hyphen stays
    learned = CliRunner().invoke(
        main, ["--keep-lines", "--learn", "-j", "2", str(folder), "-o", str(out)]
    )
    assert learned.exit_code == 0, learned.stderr
    assert (out / "3.txt").read_text(
        encoding="utf-8"
    ) == "Traffic on the Bunyularoad\nwas heavy all day.\n"
