"""Golden pairs: fixtures/NAME.txt cleans to fixtures/NAME.clean.txt, and the seed page to
its golden file.

Regenerate the expectations after a deliberate change with
``OCRCLEAN_REGEN=1 pytest tests/test_golden.py``, then review them with ``git diff``.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from ocrclean import clean

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
SEED_GOLDEN = Path(__file__).resolve().parent / "golden" / "000_b51489e9a307c78f.clean.txt"
SHARED_GOLDEN = ROOT.parent / "shared" / "golden" / "000_b51489e9a307c78f.clean.txt"
REGEN = os.environ.get("OCRCLEAN_REGEN") == "1"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _assert_same(actual: str, expected: str, name: str) -> None:
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"{name} (expected)",
                f"{name} (actual)",
            )
        )
        pytest.fail(f"output differs from the golden file:\n{diff}")


def _pairs():
    for source in sorted(FIXTURES.glob("*.txt")):
        if not source.name.endswith(".clean.txt"):
            yield pytest.param(source, source.with_name(source.stem + ".clean.txt"), id=source.stem)


@pytest.mark.parametrize(("source", "expected"), list(_pairs()))
def test_fixture(source: Path, expected: Path) -> None:
    cleaned = clean(_read(source))
    if REGEN:
        expected.write_text(cleaned, encoding="utf-8")
    _assert_same(cleaned, _read(expected), source.name)
    assert clean(cleaned) == cleaned, "not idempotent"


def test_seed_page_matches_golden() -> None:
    cleaned = clean(_read(SEED))
    _assert_same(cleaned, _read(SEED_GOLDEN), SEED.name)
    assert clean(cleaned) == cleaned


@pytest.mark.skipif(not SHARED_GOLDEN.exists(), reason="../shared is not beside the project")
def test_seed_golden_is_the_shared_one() -> None:
    assert SEED_GOLDEN.read_bytes() == SHARED_GOLDEN.read_bytes()


def test_clean_prose_fixture_passes_unchanged() -> None:
    prose = _read(FIXTURES / "clean_prose.txt")
    assert clean(prose) == prose
