"""The code checks a reviewer would otherwise make: lint, format and types.

They run with the tests so that the one test command of the README catches a lint, format or
type error before a reviewer does (``CONTRIBUTING.md`` says how to run each alone). The
settings live in ``pyproject.toml``; the tool versions are pinned in the test dependencies.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECKS = {
    "ruff check": [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
    "ruff format": [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
    "mypy": [sys.executable, "-m", "mypy"],
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_code_passes(name: str) -> None:
    done = subprocess.run(
        CHECKS[name], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )
    assert done.returncode == 0, f"{name} found problems:\n{done.stdout}{done.stderr}"


def test_version_is_written_once() -> None:
    """``pyproject.toml`` reads the version from the package, which ``--version`` shows."""
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in project
    assert 'version = { attr = "ocrclean.__version__" }' in project
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    from ocrclean import __version__

    assert f"## [{__version__}]" in changelog, "the changelog has no entry for this version"
