"""--lang: the language the language-aware filters use, set or detected per document; a
language they do not know gets only the language-independent decisions, said once a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.cli import main

GERMAN = "Er hat ein Haus-\ntier zu Hause.\n"  # English knows both pieces, not the compound
ENGLISH = "the con-\nstitution of it\n"
PORTUGUESE = (
    "O menino foi para a escola com os seus amigos e a professora disse que não havia aulas "
    "naquele dia por causa da chuva, e todos voltaram para casa con-\ntentes.\n"
)
NOTE = "language not recognised"


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("args", "text", "expected"),
    [
        (("--lang", "de"), GERMAN, "Er hat ein Haustier\nzu Hause.\n"),
        (("--lang", "DE-at"), GERMAN, "Er hat ein Haustier\nzu Hause.\n"),
        (("--lang", "en"), GERMAN, "Er hat ein Haus-tier\nzu Hause.\n"),
        ((), ENGLISH, "the constitution\nof it\n"),
        (("--lang", "auto"), ENGLISH, "the constitution\nof it\n"),
        (("--lang", "pt"), ENGLISH, "the con-stitution\nof it\n"),
    ],
    ids=[
        "de joins",
        "region subtag",
        "en keeps",
        "auto",
        "auto named",
        "unsupported: no word list",
    ],
)
def test_lang_sets_the_word_lists(args: tuple[str, ...], text: str, expected: str) -> None:
    assert run("--keep-lines", *args, stdin=text).stdout == expected


@pytest.mark.parametrize("value", ["english", "12", "", "de AT"])
def test_a_value_that_is_no_language_code_is_a_usage_error(value: str) -> None:
    result = run("--lang", value, stdin=ENGLISH)
    assert result.exit_code == 2
    assert "--lang" in result.stderr and "ISO 639" in result.stderr


def test_lang_in_the_config_file(in_tmp: Path) -> None:
    (in_tmp / "ocrclean.toml").write_text('lang = "de"\n', encoding="utf-8")
    assert run("--keep-lines", stdin=GERMAN).stdout == "Er hat ein Haustier\nzu Hause.\n"
    assert run("--keep-lines", "--lang", "en", stdin=GERMAN).stdout == (
        "Er hat ein Haus-tier\nzu Hause.\n"
    )  # the flag beats the file
    (in_tmp / "ocrclean.toml").write_text('lang = "klingon!"\n', encoding="utf-8")
    assert run(stdin=GERMAN).exit_code == 2


def test_an_unrecognised_language_is_said_once_a_run(in_tmp: Path) -> None:
    folder = in_tmp / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(PORTUGUESE, encoding="utf-8")
    (folder / "d.txt").write_text(ENGLISH, encoding="utf-8")
    result = run(str(folder), "-o", str(in_tmp / "out"), "-j", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(NOTE) == 1
    assert "reads as Portuguese" in result.stderr and "use --lang to set it" in result.stderr
    assert "con-tentes" in (in_tmp / "out" / "a.txt").read_text(encoding="utf-8")
    assert NOTE not in run(str(folder / "d.txt")).stderr
    assert NOTE not in run("-q", str(folder / "a.txt")).stderr


def test_a_stream_in_an_unrecognised_language(in_tmp: Path) -> None:
    result = run(stdin=PORTUGUESE)
    assert result.stderr.startswith("ocrclean: <stdin>: language not recognised (")
    forced = run("--lang", "la", stdin=ENGLISH)
    assert "(set to la, which has no word lists here)" in forced.stderr


def test_explain_and_log_record_the_language(in_tmp: Path) -> None:
    (in_tmp / "de.txt").write_text(GERMAN, encoding="utf-8")
    explained = run("--explain", "--lang", "de", str(in_tmp / "de.txt"))
    assert f"{in_tmp / 'de.txt'}: language: de (set to de)" in explained.stderr
    (in_tmp / "pt.txt").write_text(PORTUGUESE, encoding="utf-8")
    explained = run("--explain", str(in_tmp / "pt.txt"))
    assert f"{in_tmp / 'pt.txt'}: language: pt (the text reads as Portuguese" in explained.stderr
    log = in_tmp / "log.jsonl"
    run(str(in_tmp / "de.txt"), "--lang", "de", "-o", str(in_tmp / "out.txt"), "--log", str(log))
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert records and all(record["language"] == "de" for record in records)


@pytest.mark.parametrize(
    ("args", "text", "why"),
    [
        (("--lang", "de"), GERMAN, '"haustier" is a known word'),
        (("--lang", "pt"), ENGLISH, "no word list for the text's language"),
        ((), PORTUGUESE, "no word list for the text's language"),
    ],
)
def test_the_why_of_a_hyphen_follows_the_language_used(
    args: tuple[str, ...], text: str, why: str
) -> None:
    result = run("--explain", *args, "-", stdin=text)
    lines = [line for line in result.stderr.splitlines() if "rejoin_hyphenated" in line]
    assert lines and all(why in line for line in lines), result.stderr
