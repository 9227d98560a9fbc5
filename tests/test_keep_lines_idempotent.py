"""``ocrclean --keep-lines`` is idempotent at word breaks: a second run joins nothing the
first left. Each row is cleaned twice with the keep-lines pipeline; the first run must give
the expected text (None: the text as found), the second must change nothing.

The shapes are those a second run used to change on 1916 newspaper pages: evidence read on
the text before other joins (a piece of a split word counted as the word written on its own),
a stray full stop that a later filter spaces, and pieces inside OCR garbage."""

from __future__ import annotations

import pytest

from ocrclean import clean

# An English sentence around each row, so that the document's language is detected.
_AROUND = "The men of the board met on Monday and spoke of the plan for the new road.\n"

# (name, text, expected after one run); expected None = must not change.
CASES = [
    (
        "capital after a line-end hyphen, the word written lower only as a split piece",
        "Mr. J. K. Ander-\nSon\nspoke for them, and gave the rea\nson for the delay.\n",
        "Mr. J. K. Ander-Son\nspoke for them, and gave the reason\nfor the delay.\n",
    ),
    (
        "capital after a line-end hyphen, the word written lower on its own",
        "Mr. J. K. Ander-\nSon\nspoke for them, and his son gave the reason.\n",
        None,
    ),
    (
        "split word after a stray full stop glued to it",
        "He was president of the Geographical .So\nciety, Mr. Brown said, and spoke.\n",
        "He was president of the Geographical .Society,\nMr. Brown said, and spoke.\n",
    ),
    (
        "split word after a spaced full stop",
        "He was president of the Geographical. So\nciety, Mr. Brown said, and spoke.\n",
        "He was president of the Geographical. Society,\nMr. Brown said, and spoke.\n",
    ),
    (
        "hyphen-space pieces inside OCR garbage",
        "The bill was disagreed with by Senator Ho- ly or.gnu vajs .e\nof the committee.\n",
        None,
    ),
    (
        "one letter, a hyphen, a space and one letter inside a line",
        "A strong attack north of the river\n. i r- i\nwas made. t ,ri( ure\n",
        None,
    ),
    (
        "two one-letter pieces inside a line, in readable text",
        "He came home at ten a- m on the first day of the month to see them.\n",
        None,
    ),
    (
        "hyphen-space pieces among English words",
        "We thank you for the coop- eration of all the people of the town.\n",
        "We thank you for the cooperation of all the people of the town.\n",
    ),
    (
        "suspended hyphen",
        "Both pre- and post-war plans were laid before the board of the town.\n",
        None,
    ),
    (
        "line-end hyphen before a sentence that starts with a capital",
        "They had voted for it in the mid-\nThe town also wrote the plan, and the men said so.\n",
        None,
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[name for name, _, _ in CASES])
def test_keep_lines_second_run_changes_nothing(name: str, text: str, expected: str | None) -> None:
    document = _AROUND + text
    once = clean(document, keep_lines=True)
    assert once == _AROUND + (text if expected is None else expected)
    assert clean(once, keep_lines=True) == once
