"""Edits as the filters' own output: --explain and --log place each edit in the input,
one record per edit, with the filter's own reason."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean import explain
from ocrclean.cli import main
from ocrclean.pipeline import EDITS, Pipeline, differences

WRAPPED = (
    "The council met on Monday to discuss the new bridge over\n"
    "the river, which the engineers say will be finished in the\n"
    "spring of next year if the weather allows the work to go on\n"
    "without delay. The mayor said that the town could not wait\n"
    "any longer for a crossing that had been promised for years.\n"
)


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_explain_places_each_edit_in_the_input(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Russian coop- eration in the\nfight against anti-\nIS forces.\n" + WRAPPED)
    result = run("--explain", str(path))
    language, *lines = result.stderr.splitlines()
    assert language == f"{path}: language: en (detected)"
    assert f"{path}:1:9 rejoin_hyphenated: 'coop- eration' -> 'cooperation' (joined: " in (
        result.stderr
    )
    assert f"{path}:4:57 unwrap_lines: '\\n' -> ' ' (a wrapped line" in result.stderr
    assert all(re.match(rf"{re.escape(str(path))}:\d+:\d+ \w+: '.*' -> '.*' \(.+\)$", line)
               for line in lines)  # fmt: skip


def test_explain_of_a_stream_names_stdin() -> None:
    result = run("--explain", "-", stdin=b"Russian coop- eration\n")
    assert "\n<stdin>:1:9 rejoin_hyphenated: 'coop- eration'" in result.stderr
    assert result.stderr.startswith("<stdin>: language: undetermined (too few words")


def test_lines_are_those_of_the_input_across_blocks() -> None:
    text = WRAPPED * 3000  # several blocks
    _, changes = explain(text)
    lines = text.split("\n")
    assert max(change.block for change in changes) >= 1
    for change in changes:
        if change.step == "unwrap_lines":  # a line break joined: at the end of its line
            assert change.column == len(lines[change.line - 1]) + 1, change


def test_repeated_edits_are_never_collapsed(tmp_path: Path) -> None:
    text = "the con-\nstitution of the state\n" * 2000
    _, changes = explain(text, keep_lines=True)
    joins = [c for c in changes if c.step == "rejoin_hyphenated"]
    assert len(joins) == 2000
    assert all(len(c.before) < 30 for c in joins)
    assert all(c.why.startswith("joined") for c in joins)


def test_stats_count_edits(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("the con-\nstitution of the state\n" * 50)
    log = tmp_path / "log.jsonl"
    result = run(str(path), "-o", str(tmp_path / "out.txt"), "--stats", "--log", str(log))
    assert "rejoin_hyphenated 50" in result.stderr
    records = [json.loads(line) for line in log.read_text().splitlines()]
    joins = [r for r in records if r["filter"] == "rejoin_hyphenated"]
    assert [(r["line"], r["column"]) for r in joins] == [(1 + 2 * i, 5) for i in range(50)]


def test_reporting_filters_build_their_text_from_their_edits() -> None:
    pipeline = Pipeline.build()
    text = WRAPPED + "\n\nNewspapers in English\n"
    for step in pipeline.steps:
        if step.func in EDITS:
            from ocrclean.edits import apply_edits

            assert apply_edits(text, step.edits(text)) == step(text), step.name
        text = step(text)


def test_differences_are_small_and_exact() -> None:
    before = "a con-\nstitution and the dem\nocrats " * 100
    after = before.replace("con-\nstitution ", "constitution\n").replace("dem\nocrats", "democrats")
    found = differences(before, after)
    assert len(found) == 200
    from ocrclean.edits import apply_edits

    assert apply_edits(before, found) == after


def test_log_lines_are_the_json_of_their_records() -> None:
    from ocrclean.batch import RECORD_FIELDS
    from ocrclean.report import _json_line

    record = ('a"b\\é\n', 1, 2, 0, "unwrap_lines", 5, "\n\t\u2028é", "", "w\x00", "de")
    assert (
        _json_line(record)
        == json.dumps(dict(zip(RECORD_FIELDS, record)), ensure_ascii=False) + "\n"
    )


PAGE_PIECES = ["\f", "\n", "\n\n", " ", "12", "13", "14", "THE HISTORY", "a line of text",
               "- 12 -", "Page 3", "## p. 12 (#14) ####", "xiv", "\n\f\n"]  # fmt: skip


@pytest.mark.parametrize("seed", range(5))
def test_running_head_edits_make_the_filters_text(seed: int) -> None:
    from ocrclean.edits import apply_edits
    from ocrclean.pages import running_head_edits, strip_running_heads

    chance = random.Random(seed)
    page = "8 THE HISTORY OF ROME\nThe city grew\nand grew.\n\fTHE KINGS 9\nuntil the\n"
    texts = [page * 5, "x\f" * 50]
    texts += ["".join(chance.choices(PAGE_PIECES, k=chance.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        assert apply_edits(text, running_head_edits(text)) == strip_running_heads(text), text
