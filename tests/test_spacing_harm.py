"""normalize_spacing on the shapes that cost most: linear time, idempotent, and the one-line
examples of each harm it must not do, gathered in a single document (document evidence)."""

from __future__ import annotations

import time

import pytest

from ocrclean.spacing import normalize_spacing

SECONDS_PER_MB = 3.0

# One line, a megabyte long, packed with candidates of one rule: each line, token and
# bracket is looked at a bounded number of times.
WORST_CASES = {
    "commas": "word , " * 150_000,
    "spaced stops": "said .The " * 100_000,
    "glued stops": "over.The " * 100_000,
    "final stops": "said the mayor . " * 60_000,
    "brackets never closed": "( a " * 250_000,
    "brackets nested": "( ( ( x ) " * 100_000,
    "semicolons": "Monday ;others said " * 50_000,
    "dashes": "FORCE.-We " * 100_000,
    "runs of spaces": "a  b   c " * 100_000,
    "runs of spaces on lines": "a  b   c\n" * 100_000,
    "long runs of spaces": "a    b      c " * 70_000,
    "long runs of spaces on lines": "a    b      c\n" * 70_000,
    "a long token": "x" * 1_000_000 + " ,",
}


@pytest.mark.parametrize("name", WORST_CASES)
def test_worst_case_is_linear_and_idempotent(name: str) -> None:
    text = WORST_CASES[name]
    start = time.process_time()  # CPU time: a busy machine does not fail the test
    out = normalize_spacing(text)
    assert time.process_time() - start < SECONDS_PER_MB * max(1.0, len(text) / 1e6)
    assert normalize_spacing(out) == out


# Clean text of the kinds the harm measurement holds: nothing here may change, even with
# every shape in one document.
CLEAN_DOCUMENT = """\
Requires-Dist: pytest ; extra == 'testing'
Requires-Dist: sphinx (>=3.5) ; extra == 'docs'
Use pathlib.Path in tests, {cluster.Worker} and [`WebAssembly.Module`][].
Edit your .Xresources file, then run pip install -e . or docker build -t myapp .
If this bit is set, then + and ? are operators, and \\+ and \\? are literals.
unsigned __REPB_PREFIX(no_sub) : 1;
if ( expr ) statement
while ( expr ) statement
for ( var in array ) statement
Florian Weimer Florian.Weimer at rus.uni-stuttgart.de
Comedy: Hell, by Dante, Illust.Dore V10
Bueno, me alegro-repuso Doña Francisca- . Ahí están Gravina
ich mich oft und denke : ach könntest du das
Thanks for your interest ! Any expertise ?), please
a ratio of 3 : 2, in the case of (or gunzip ).
Grand Army of the .Republic, By .Associated Press, the United .States
"""


def test_clean_document_passes_unchanged() -> None:
    assert normalize_spacing(CLEAN_DOCUMENT) == CLEAN_DOCUMENT


FRENCH = "Pensez-vous ? Oui ; il part : bien ; le train ;plus tard ! Voilà ?"


def test_french_typography_keeps_its_spaces() -> None:
    assert normalize_spacing(FRENCH) == FRENCH.replace(";plus", "; plus")
