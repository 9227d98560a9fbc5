"""ocrclean-eval: pairing, metrics on tiny corpora with known figures, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.evaluate import main, pair_files
from ocrclean.metrics import normalize, score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("con-\nstitution", "constitution"),
        ("north-east and north- east", "northeast and northeast"),
        ("“quoted” ‘single’", "\"quoted\" 'single'"),
        ("word ;  ( aside )", "word; (aside)"),
        ("ﬁne\u00a0day", "fine day"),
        ("U.S.-led", "U.S.-led"),
    ],
    ids=[
        "line-break hyphen",
        "inner hyphens",
        "curly quotes",
        "blank before punctuation",
        "ligature and nbsp",
        "hyphen after a dot kept",
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("gt", "ocr", "cleaned", "figures"),
    [
        ("the cat sat", "the cat sat", "the cat sat", (0, 0, 0, 0, 3)),
        ("the cat sat", "tho cat sat", "the cat sat", (1, 0, 1, 0, 2)),
        ("the cat sat", "the cat sat", "the cot sat", (0, 1, 0, 1, 3)),
        ("the cat sat on", "tho cat sat", "the cat sat", (2, 1, 1, 0, 2)),
        ("a b c d", "a x c d", "a b c y", (1, 1, 1, 1, 3)),
    ],
    ids=[
        "identical",
        "one fixed",
        "one damaged",
        "a missing word stays missing",
        "one fixed, one damaged",
    ],
)
def test_score_counts(gt: str, ocr: str, cleaned: str, figures: tuple[int, ...]) -> None:
    s = score(gt, ocr, cleaned)
    assert (s.ocr_word_edits, s.clean_word_edits, s.fixed, s.damaged, s.ocr_correct) == figures


def test_character_error_rate() -> None:
    s = score("abcd efgh", "abed efgh", "abcd efgh")
    assert (s.gt_chars, s.ocr_char_edits, s.clean_char_edits) == (9, 1, 0)
    assert s.rates()["cer_ocr"] == pytest.approx(1 / 9)


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_pairs_by_suffix_in_one_folder(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "c",
        {"a.ocr.txt": "x", "a.gt.txt": "x", "b.ocr.txt": "y", "c.gt.txt": "z", "notes.txt": "n"},
    )
    assert [name for name, _, _ in pair_files(folder, folder)] == ["a"]


def test_pairs_by_same_name_in_two_folders(tmp_path: Path) -> None:
    ocr = _write(tmp_path / "ocr", {"p1.txt": "x", "p2.txt": "y"})
    gt = _write(tmp_path / "gt", {"p1.txt": "x"})
    assert [(name, a.parent.name, b.parent.name) for name, a, b in pair_files(ocr, gt)] == [
        ("p1", "ocr", "gt")
    ]


def test_command_prints_the_table(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "c",
        {"a.ocr.txt": "tho cat sat on the mat\n", "a.gt.txt": "the cat sat on the mat\n"},
    )
    result = CliRunner().invoke(main, [str(folder), str(folder)])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.stdout
    assert "WER       16.67%    16.67%" in result.stdout
    assert "words fixed: 0   damaged: 0" in result.stdout


def test_command_corrects_and_writes_json(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "c",
        {
            "a.ocr.txt": "He said tbe cat sat on the mat.\n",
            "a.gt.txt": "He said the cat sat on the mat.\n",
        },
    )
    result = CliRunner().invoke(main, [str(folder), str(folder), "--correct", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == 1
    assert (
        figures["total"]["ocr_word_edits"],
        figures["total"]["clean_word_edits"],
        figures["total"]["fixed"],
    ) == (1, 0, 1)
    assert figures["per_document"]["a"]["damaged"] == 0


def test_command_refuses_when_nothing_pairs(tmp_path: Path) -> None:
    ocr = _write(tmp_path / "ocr", {"a.ocr.txt": "x"})
    gt = _write(tmp_path / "gt", {"b.gt.txt": "x"})
    result = CliRunner().invoke(main, [str(ocr), str(gt)])
    assert result.exit_code == 2  # a usage error, as in ocrclean's exit status table
    assert "no pairs" in result.stderr and "NAME.ocr.txt" in result.stderr


def test_command_scores_the_rest_when_a_file_is_unreadable(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "c",
        {"a.ocr.txt": "tho cat sat\n", "a.gt.txt": "the cat sat\n", "b.gt.txt": "the dog\n"},
    )
    (folder / "b.ocr.txt").write_bytes("the dog\n".encode("utf-16"))
    result = CliRunner().invoke(main, [str(folder), str(folder)])
    assert result.exit_code == 123
    assert (
        "b.ocr.txt looks like UTF-16 text: try --encoding utf-16; the pair b is left out"
        in result.stderr
    )
    assert "1 documents" in result.stdout
