"""Config files and profiles: flag > config file > profile > default."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.cli import main
from ocrclean.data.profiles import PROFILES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
TEXT = b"- By Jane Doe\n\n?? ?? Putin\nPutin\n\nThe talks went on.\n"
ALL = "By Jane Doe\n\nThe talks went on.\n"  # byline bullet and caption both stripped
NO_CAPTIONS = (
    "- By Jane Doe\n\n?? ?? Putin\nPutin\n\nThe talks went on.\n"  # neither (historical-newspaper)
)


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), input=TEXT, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_default_and_profile() -> None:
    assert run() == ALL
    assert run("--profile", "historical-newspaper") == NO_CAPTIONS


def test_config_file_beats_profile_and_flag_beats_config(in_tmp: Path) -> None:
    (in_tmp / "ocrclean.toml").write_text('profile = "historical-newspaper"\n', encoding="utf-8")
    assert run() == NO_CAPTIONS  # config > default
    assert run("--profile", "generic") == ALL  # flag > config
    (in_tmp / "ocrclean.toml").write_text(
        'profile = "historical-newspaper"\nskip = ["strip_captions"]\n', encoding="utf-8"
    )
    assert (
        run() == "By Jane Doe\n\n?? ?? Putin\nPutin\n\nThe talks went on.\n"
    )  # config's skip > profile's
    assert (
        run("--skip", "strip_byline_bullets") == "- By Jane Doe\n\nThe talks went on.\n"
    )  # flag > config


def test_pyproject_table_in_a_parent_folder(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (in_tmp / "pyproject.toml").write_text(
        '[tool.ocrclean]\nskip = "strip_captions"\n', encoding="utf-8"
    )
    (in_tmp / "deeper").mkdir()
    monkeypatch.chdir(in_tmp / "deeper")
    assert "?? ?? Putin" in run()


def test_pyproject_without_table_is_ignored(in_tmp: Path) -> None:
    (in_tmp / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert run() == ALL


def test_explicit_config_and_bad_settings(in_tmp: Path) -> None:
    (in_tmp / "team.toml").write_text('profile = "historical-newspaper"\n', encoding="utf-8")
    assert run("--config", "team.toml") == NO_CAPTIONS
    (in_tmp / "ocrclean.toml").write_text("colour = 'blue'\n", encoding="utf-8")
    bad = CliRunner().invoke(main, [], input=TEXT)
    assert bad.exit_code == 2 and "unknown setting(s) colour" in bad.stderr
    (in_tmp / "ocrclean.toml").write_text("jobs = 'many'\n", encoding="utf-8")
    assert CliRunner().invoke(main, [], input=TEXT).exit_code == 2
    (in_tmp / "ocrclean.toml").write_text("jobs = [\n", encoding="utf-8")
    assert "config file" in CliRunner().invoke(main, [], input=TEXT).stderr


@pytest.mark.parametrize("name", list(PROFILES))
def test_every_profile_is_listed_and_documented(name: str) -> None:
    listed = CliRunner().invoke(main, ["--list-profiles"]).stdout
    assert name in listed
    assert f"`{name}`" in README


def test_protected_words_from_config_and_flag(in_tmp: Path) -> None:
    text = b"Send it by e-\nmail or fax.\n"
    assert (
        CliRunner().invoke(main, ["--keep-lines"], input=text).stdout
        == "Send it by email\nor fax.\n"
    )
    (in_tmp / "ocrclean.toml").write_text(
        'protected = ["e-mail"]\nkeep-lines = true\n', encoding="utf-8"
    )
    assert CliRunner().invoke(main, [], input=text).stdout == "Send it by e-mail\nor fax.\n"
    assert (
        CliRunner().invoke(main, ["--protect", "email"], input=text).stdout
        == "Send it by email\nor fax.\n"
    )
