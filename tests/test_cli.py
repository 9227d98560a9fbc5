"""The command line: CliRunner with stdout and stderr apart, and the installed entry point."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean import FILTERS, __version__
from ocrclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "000_b51489e9a307c78f.clean.txt"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_file_to_stdout_matches_golden() -> None:
    result = run(str(SEED))
    assert result.exit_code == 0
    assert result.stdout_bytes == GOLDEN.read_bytes()
    assert result.stderr == ""


@pytest.mark.parametrize("args", [(), ("-",)], ids=["no argument", "dash"])
def test_stdin_to_stdout(args: tuple[str, ...]) -> None:
    result = run(*args, stdin=b"Russian coop- eration\n\nNewspapers in English\n")
    assert result.exit_code == 0
    assert result.stdout == "Russian cooperation\n"


def test_list_filters_in_pipeline_order() -> None:
    result = run("--list-filters")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == list(FILTERS)


def test_skip_and_only() -> None:
    text = b"- By Jane Doe\n\nThe coop- eration\n"
    assert (
        run("--skip", "rejoin_hyphenated", stdin=text).stdout
        == "By Jane Doe\n\nThe coop- eration\n"
    )
    assert (
        run("--only", "rejoin_hyphenated", stdin=text).stdout
        == "- By Jane Doe\n\nThe cooperation\n"
    )
    assert (
        run("--skip", "strip_byline_bullets,rejoin_hyphenated", stdin=text).stdout
        == "- By Jane Doe\n\nThe coop- eration\n"
    )


def test_unknown_filter_is_a_usage_error() -> None:
    result = run("--skip", "nope")
    assert result.exit_code == 2
    assert "unknown filter(s): nope" in result.stderr
    assert result.stdout == ""


def test_keep_lines() -> None:
    text = (
        b"The council voted on three measures that\nthe mayor had put forward in the spring,\n"
        b"before the budget debate began, and it\npassed all of them in the end, they said.\n"
    )
    assert run(stdin=text).stdout.count("\n") == 1
    assert run("--keep-lines", stdin=text).stdout == text.decode()


def test_boilerplate_option() -> None:
    result = run("--boilerplate", r"Page \d+ of \d+", stdin=b"Text\nPage 3 of 12\nMore\n")
    assert result.stdout == "Text\nMore\n"
    bad = run("--boilerplate", "(unclosed", stdin=b"x")
    assert bad.exit_code == 2
    assert "not a valid pattern" in bad.stderr


def test_undecodable_input_names_the_file_and_the_next_step(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"caf\xe9\n")
    result = run(str(path))
    assert result.exit_code == 123
    assert f"{path} is not utf-8" in result.stderr
    assert "try --encoding cp1252" in result.stderr
    assert result.stdout == ""
    assert run("--encoding", "cp1252", str(path)).stdout == "café\n"


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert "missing.txt: no such file or folder" in result.stderr


def test_byte_order_mark_is_dropped() -> None:
    assert run(stdin="\ufeffText\n".encode()).stdout == "Text\n"


def test_explain_goes_to_stderr() -> None:
    result = run("--explain", str(SEED))
    assert result.stdout_bytes == GOLDEN.read_bytes()
    assert "rejoin_hyphenated: 'coop- eration' -> 'cooperation'" in result.stderr
    assert "restore_prefix_hyphens: 'antiIS' -> 'anti-IS'" in result.stderr


def test_version() -> None:
    assert run("--version").stdout.strip() == f"ocrclean, version {__version__}"


def test_installed_entry_point() -> None:
    beside_python = Path(sys.executable).with_name("ocrclean")
    exe = str(beside_python) if beside_python.exists() else shutil.which("ocrclean")
    if not exe:
        pytest.skip("the ocrclean entry point is not installed")
    done = subprocess.run([exe, str(SEED)], capture_output=True, timeout=60, check=True)
    assert done.stdout == GOLDEN.read_bytes()
    piped = subprocess.run(
        [exe], input=SEED.read_bytes(), capture_output=True, timeout=60, check=True
    )
    assert piped.stdout == GOLDEN.read_bytes()


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ocrclean", str(SEED)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stdout == GOLDEN.read_bytes()
