"""The command's rough edges, one test each: what a new user tries first must just work.

CliRunner with stdout and stderr apart; a real subprocess where the behaviour needs one
(standard output as a pipe, Ctrl-C)."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.cli import main
from ocrclean.evaluate import main as evaluate

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "000_b51489e9a307c78f.clean.txt"
DIRTY = "Russian coop- eration in the fight\n"
CLEAN = "Russian cooperation in the fight\n"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


# -o DIR/ and -o -


@pytest.mark.parametrize("exists", [False, True], ids=["new folder", "existing folder"])
def test_output_folder_with_a_slash_takes_the_file_in(
    page: Path, tmp_path: Path, exists: bool
) -> None:
    folder = tmp_path / "newdir"
    if exists:
        folder.mkdir()
    result = run(str(page), "-o", f"{folder}/")
    assert result.exit_code == 0, result.stderr
    assert (folder / "page.txt").read_text(encoding="utf-8") == CLEAN
    assert result.stdout == ""


def test_existing_output_folder_without_a_slash_takes_the_file_in(
    page: Path, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    assert run(str(page), "-o", str(tmp_path / "out")).exit_code == 0
    assert (tmp_path / "out" / "page.txt").read_text(encoding="utf-8") == CLEAN


def test_output_folder_that_is_a_file_names_no_temporary_file(page: Path, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file\n", encoding="utf-8")
    result = run(str(page), "-o", f"{tmp_path / 'taken'}/")
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr
    assert ".ocrclean-" not in result.stderr and ".tmp" not in result.stderr


def test_write_errors_name_the_target_not_the_temporary_file(page: Path, tmp_path: Path) -> None:
    (tmp_path / "blocked").write_text("a file where a folder should be\n", encoding="utf-8")
    result = run(str(page), "-o", str(tmp_path / "blocked" / "page.txt"))
    assert result.exit_code == 123
    assert ".ocrclean-" not in result.stderr and ".tmp" not in result.stderr
    assert "blocked" in result.stderr


def test_output_folder_for_standard_input_is_refused() -> None:
    result = run("-o", "out/", stdin=DIRTY.encode())
    assert result.exit_code == 2
    assert "standard input has no file name" in result.stderr


def test_dash_output_is_standard_output(page: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(str(page), "-o", "-")
    assert result.exit_code == 0
    assert result.stdout == CLEAN
    assert not (tmp_path / "-").exists()
    assert run("-o", "-", stdin=DIRTY.encode()).stdout == CLEAN
    several = run(str(page), str(SEED), "-o", "-")
    assert several.exit_code == 2 and "takes one input" in several.stderr


def test_dash_output_through_a_real_pipe(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ocrclean", str(SEED), "-o", "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert done.stdout == GOLDEN.read_bytes()
    assert not (tmp_path / "-").exists()


# --check names the files


def test_check_names_each_file_that_would_change(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    result = run("--check", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"would clean {tmp_path / 'a.txt'}",
        f"would clean {tmp_path / 'b.txt'}",
        "2 files would be cleaned, 1 unchanged",
    ]
    assert run("--check", "-q", str(tmp_path)).stderr == ""
    clean = run("--check", str(tmp_path / "clean.txt"))
    assert clean.exit_code == 0
    assert clean.stderr == "0 files would be cleaned, 1 unchanged\n"


# gzip wherever text is read


def test_gzip_on_standard_input() -> None:
    result = run(stdin=gzip.compress(DIRTY.encode()))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == CLEAN
    record = b'{"text": "Russian coop- eration"}\n'
    jsonl = run("--jsonl", stdin=gzip.compress(record))
    assert jsonl.stdout == '{"text": "Russian cooperation"}\n'
    check = run("--check", stdin=gzip.compress(DIRTY.encode()))
    assert check.exit_code == 1 and "would clean -" in check.stderr


def test_gzip_on_a_real_standard_input() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ocrclean"],
        input=gzip.compress(SEED.read_bytes()),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stdout == GOLDEN.read_bytes()


def test_gzip_files_in_folders_and_out(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "sub").mkdir(parents=True)
    (source / "sub" / "a.txt.gz").write_bytes(gzip.compress(DIRTY.encode()))
    (source / "b.txt").write_text(DIRTY, encoding="utf-8")
    result = run(str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert gzip.decompress((tmp_path / "out" / "sub" / "a.txt.gz").read_bytes()) == CLEAN.encode()
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert run(str(source / "sub" / "a.txt.gz")).stdout == CLEAN, "gzip in, text to stdout"
    assert run("--diff", str(source / "sub" / "a.txt.gz")).stdout.count("+Russian") == 1
    assert run("--check", str(source / "sub" / "a.txt.gz")).exit_code == 1
    assert run("-i", str(source)).exit_code == 0
    assert gzip.decompress((source / "sub" / "a.txt.gz").read_bytes()) == CLEAN.encode()
    assert run("--check", str(source)).exit_code == 0


def test_truncated_gzip_fails_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(gzip.compress(DIRTY.encode() * 100)[:40])
    result = run(str(path))
    assert result.exit_code == 123
    assert f"{path}: the gzip data ends early" in result.stderr


# --in-place: the file's own encoding and byte-order mark, each file once


def test_in_place_keeps_the_files_own_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café coop- eration\n".encode("cp1252"))
    result = run("--in-place", "--encoding", "cp1252", str(path))
    assert result.exit_code == 0, result.stderr
    assert path.read_bytes() == "Café cooperation\n".encode("cp1252")


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16", codecs.BOM_UTF16_LE),
        ("utf-16", codecs.BOM_UTF16_BE),
    ],
    ids=["utf-8 BOM", "utf-16-le BOM", "utf-16-be BOM"],
)
def test_in_place_keeps_the_byte_order_mark(tmp_path: Path, encoding: str, mark: bytes) -> None:
    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(mark, "utf-8")
    path = tmp_path / "marked.txt"
    path.write_bytes(mark + DIRTY.encode(codec))
    assert run("-i", "--encoding", encoding, str(path)).exit_code == 0
    assert path.read_bytes() == mark + CLEAN.encode(codec)


def test_clean_file_with_a_byte_order_mark_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "marked.txt"
    path.write_bytes(codecs.BOM_UTF8 + CLEAN.encode())
    before = path.stat().st_mtime_ns
    check = run("--check", str(path))
    assert check.exit_code == 0
    assert "0 files would be cleaned, 1 unchanged" in check.stderr
    assert "1 unchanged" in run("-i", str(path)).stderr
    assert path.stat().st_mtime_ns == before
    assert path.read_bytes() == codecs.BOM_UTF8 + CLEAN.encode()
    assert run(str(path)).stdout_bytes == CLEAN.encode(), "standard output stays UTF-8, no mark"


def test_in_place_refuses_a_character_the_encoding_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ocrclean import batch

    class LongS:  # no filter makes a character its input's encoding lacks; this one does
        def clean_block(self, text: str) -> str:
            return text.replace("coop- eration", "ſ")

    monkeypatch.setattr(batch, "_cleaner", lambda settings, source: LongS())
    path = tmp_path / "legacy.txt"
    original = "Café coop- eration\n".encode("cp1252")
    path.write_bytes(original)
    result = run("-i", "--encoding", "cp1252", str(path))
    assert result.exit_code == 123
    assert f"{path}: the cleaned text has 'ſ' (U+017F), which cp1252 cannot encode" in (
        result.stderr
    )
    assert path.read_bytes() == original, "left untouched"
    assert not list(tmp_path.glob(".ocrclean-*"))


def test_duplicate_inputs_are_cleaned_once(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(page.parent)
    result = run("-i", "-v", "page.txt", "page.txt", "./page.txt", str(page))
    assert result.exit_code == 0
    assert result.stderr.count("page.txt") == 1, result.stderr
    assert "1 file cleaned, 0 unchanged" in result.stderr
    one = run("page.txt", "./page.txt")  # one input after all: to standard output
    assert one.exit_code == 0 and one.stdout == CLEAN


def test_a_file_named_and_found_in_its_folder_is_cleaned_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(DIRTY, encoding="utf-8")
    result = run("--check", "-v", str(folder), str(folder / "a.txt"))
    assert result.stderr.count("would clean") == 1, result.stderr


# exit codes: one table for both commands


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in result.stderr
    assert result.stdout == ""
    assert run("-i", str(SEED), str(tmp_path / "missing.txt")).exit_code == 2


def test_evaluate_with_nothing_to_pair_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "ocr").mkdir()
    (tmp_path / "gt").mkdir()
    (tmp_path / "ocr" / "a.ocr.txt").write_text("x\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate, [str(tmp_path / "ocr"), str(tmp_path / "gt")])
    assert result.exit_code == 2
    assert "no pairs" in result.stderr


def test_explain_on_an_unreadable_file_exits_as_a_failed_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9\n")
    result = run("--explain", str(path))
    assert result.exit_code == 123, "1 is --check's"
    assert "try --encoding cp1252" in result.stderr


def test_log_into_a_missing_folder_is_a_usage_error(page: Path, tmp_path: Path) -> None:
    result = run("--log", str(tmp_path / "no" / "log.jsonl"), str(page))
    assert result.exit_code == 2
    assert ".ocrclean-" not in result.stderr


@pytest.fixture
def broken_pipe_raises():
    """A write to a closed pipe raises here, whatever an in-process run of the command
    (which ends quietly on SIGPIPE, as cat does) set before."""
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    yield
    signal.signal(signal.SIGPIPE, previous)


@pytest.mark.usefixtures("broken_pipe_raises")
def test_interrupt_exits_130() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "ocrclean"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    paragraph = b"The council met on Tuesday. It voted to build new homes near the river.\n\n"

    def write() -> None:
        with contextlib.suppress(BrokenPipeError):  # the command stops reading when interrupted
            process.stdin.write(paragraph * 8000)
            process.stdin.flush()

    writer = threading.Thread(target=write)
    writer.start()  # more than one block, and standard input stays open
    assert process.stdout.read(64), "the first block is out: the command is running"
    process.send_signal(signal.SIGINT)
    errors: list[bytes] = []
    reader = threading.Thread(target=lambda: errors.append(process.communicate(timeout=60)[1]))
    reader.start()
    writer.join(timeout=60)
    reader.join(timeout=60)
    assert process.returncode == 130, errors
    assert b"Traceback" not in errors[0]


# JSON Lines with CRLF


def test_jsonl_keeps_crlf_on_every_record(tmp_path: Path) -> None:
    path = tmp_path / "dos.jsonl"
    path.write_bytes(
        b'{"text": "Russian coop- eration"}\r\n{"text": "Already clean."}\r\n{"text": "coop- eration"}'
    )
    out = run(str(path)).stdout_bytes
    assert out == (
        b'{"text": "Russian cooperation"}\r\n{"text": "Already clean."}\r\n'
        b'{"text": "cooperation"}\r\n'
    )
    assert run(str(path), "--check").exit_code == 1
