"""The tables --correct ships in ocrclean/data/ (the misreading index, the candidates of short
dictionary words): in sync with the inputs, read back exactly, and ignored (never wrong) when stale. benchmarks/build_correct_data.py rebuilds and fully checks them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ocrclean import correct, stored
from ocrclean.lexicon import frequencies, zipf

REBUILD = "stale: run python3 benchmarks/build_correct_data.py (and bump CANDIDATES_VERSION if candidates() changed)"


def test_tables_were_built_from_the_installed_inputs() -> None:
    inputs = correct.candidates_inputs()
    assert stored.read(correct.INDEX_TABLE, inputs) is not None, REBUILD
    assert stored.read(correct.KNOWN_TABLE, inputs) is not None, REBUILD


@pytest.mark.parametrize("language", [lang for lang in correct.MODEL_LANGUAGES if lang != "en"])
def test_other_languages_index_tables_hold_what_is_derived(language: str) -> None:
    name, inputs = correct.index_table_name(language), correct.index_inputs(language)
    assert stored.read(name, inputs) == correct.index_table(language), REBUILD


def test_index_table_holds_what_is_derived() -> None:
    """All of it (1 s)."""
    assert stored.read(correct.INDEX_TABLE, correct.candidates_inputs()) == correct.index_table(), (
        REBUILD
    )


def test_known_table_holds_what_candidates_derives() -> None:
    """One stored word in 25 (a full check takes 6 s: build_correct_data.py --check), plus
    the words the table leaves out because they have no candidates."""
    words = sorted(filter(correct._is_stored, frequencies()))[::25] + [
        "the",
        "tho",
        "bo",
        "aro",
        "shew",
    ]
    stored_now = {word: correct._stored_candidates(word) for word in words}
    assert stored_now == {
        word: (correct.candidates(word, zipf(word)) if correct._is_stored(word) else None)
        for word in words
    }, REBUILD


@pytest.mark.parametrize(
    "word",
    ["cieek", "Tho", "e", "amusomonts", "thee" * 3],
    ids=["unknown", "capitalised", "letter", "unknown-long", "too-long"],
)
def test_words_the_table_does_not_cover_are_derived(word: str) -> None:
    assert correct._stored_candidates(word) is None


def test_a_stale_table_is_ignored(monkeypatch) -> None:
    monkeypatch.setattr(correct, "candidates_inputs", lambda: "0" * 64)
    correct._stored_known.cache_clear()
    correct._misreadings.cache_clear()
    correct._hittable.cache_clear()
    try:
        assert correct._stored_known() is None
        assert correct._stored_candidates("tho") is None
        # derived, not read: "tbe" is "the" by tb/th, and by b/h
        assert correct._misreadings("en")["tbe"] == "the -2.3 the " + repr(
            correct.confusions()["b", "h"]
        )
        assert correct._hittable("en") == (
            correct._lexicon("en").keys() | correct._misreadings("en").keys()
        )
    finally:
        monkeypatch.undo()
        correct._stored_known.cache_clear()
        correct._misreadings.cache_clear()
        correct._hittable.cache_clear()


def test_writing_a_table_is_reproducible(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(stored, "FOLDER", tmp_path)
    first = stored.write("t.txt.gz", "abc", "x\ty 1.5").read_bytes()
    assert stored.write("t.txt.gz", "abc", "x\ty 1.5").read_bytes() == first
    assert stored.read("t.txt.gz", "abc") == "x\ty 1.5"
    assert stored.read("t.txt.gz", "abd") is None


def test_cleaning_without_correct_reads_no_table() -> None:
    code = (
        "import ocrclean, ocrclean.correct as c\n"
        "ocrclean.clean('on tbe north side of the river\\n')\n"
        "assert not c._stored_known.cache_info().currsize and not c._misreadings.cache_info().currsize\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=correct.__file__.rsplit("/ocrclean/", 1)[0]
    )
