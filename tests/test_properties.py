"""Hypothesis properties: the pipeline never raises, is idempotent, and leaves clean prose alone."""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ocrclean import FILTERS, Pipeline, clean

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

WORDS = (
    "the of and to in a was for on that with by he said city council would be from his at "
    "government people year new first coalition attacks cooperation constitution democrats "
    "president minister Russia France Syria Putin Hollande IS NATO U.S. anti pro non Su 24 "
    "1842 3.5 $4.2 10:30 e.g. con stitution coop eration dem ocrats cow ards well known "
).split()
PIECES = st.sampled_from(
    WORDS
    + [
        "-",
        "- ",
        "-\n",
        "\n",
        "\n\n",
        " ?? ",
        "??",
        "\f",
        "  ",
        ",",
        ".",
        " .",
        "—",
        "’",
        "“",
        "\u00ad",
        "\u00a0",
    ]
    + [
        "Newspapers in English",
        "\nDigitized by Google\n",
        "\n12\n",
        "\n- By Jane Doe\n",
        "â€”",
        "ﬁ",
        "\t",
        "\r\n",
    ]
)
OCR_LIKE = st.lists(st.one_of(PIECES, PIECES.map(lambda w: w + " ")), max_size=80).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=300), OCR_LIKE)


@given(ANY_TEXT)
@example("\xad\n12\nthe\n12\n")  # a soft hyphen no word precedes: unwrapping moved it into a line
@example(
    "the\xad\n\u00e2\u20ac\u201d"
)  # a soft hyphen kept for "â", which the mojibake repair made "—"
@example(
    "the\nthe came in English\n\nthe \nthethethethethethe\n12\n"
)  # rejoined, it measured as hard-wrapped
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = clean(text)
    assert isinstance(once, str)
    assert clean(once) == once


@given(ANY_TEXT)
@example("Â¤Ä ")  # ftfy judged the mojibake line with its trailing space, the next run without
@example("the\xad\nDigitized by Google\n")  # a soft hyphen kept for a line boilerplate removal took
def test_keep_lines_is_idempotent(text: str) -> None:
    once = clean(text, keep_lines=True)
    assert clean(once, keep_lines=True) == once


@given(ANY_TEXT, st.sets(st.sampled_from(sorted(FILTERS))))
def test_any_filter_subset_never_raises(text: str, skipped: set[str]) -> None:
    assert isinstance(Pipeline.build(skip=skipped)(text), str)


@given(st.sampled_from(sorted(FILTERS)), ANY_TEXT)
def test_each_filter_is_idempotent(name: str, text: str) -> None:
    func = FILTERS[name]
    once = func(text)
    assert func(once) == once


PROSE_WORDS = st.sampled_from(
    "the council voted on a plan to build new homes near river and park while mayor said city "
    "would pay for most of it after years debate over cost route".split()
)
SENTENCE = st.lists(PROSE_WORDS, min_size=3, max_size=15).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
PROSE = st.lists(PARAGRAPH, min_size=1, max_size=6).map(lambda ps: "\n\n".join(ps) + "\n")


@given(PROSE)
def test_clean_prose_passes_unchanged(prose: str) -> None:
    assert clean(prose) == prose


# Steps that only delete (whole lines, page separators, a bullet); every other step but
# normalize_unicode only moves whitespace and hyphens: it never adds or changes a letter.
DELETING = {"strip_boilerplate", "strip_running_heads", "strip_captions", "strip_byline_bullets"}
_RE_LAYOUT = re.compile("[\\s\\-\u2010\u2011\u00ac\u00ad]")


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    remaining = iter(whole)
    return all(token in remaining for token in part)


@given(ANY_TEXT, st.booleans())
def test_every_change_is_a_documented_kind(text: str, keep_lines: bool) -> None:
    for step in Pipeline.build(keep_lines=keep_lines).steps:
        after = step(text)
        if step.name in DELETING:
            assert _is_subsequence(after.split(), text.split()), f"{step.name} added words"
        elif step.name != "normalize_unicode":
            assert _RE_LAYOUT.sub("", after) == _RE_LAYOUT.sub("", text), (
                f"{step.name} changed letters"
            )
        text = after


@settings(max_examples=60)
@given(ANY_TEXT, st.sets(st.sampled_from(sorted(FILTERS)), max_size=4), st.booleans())
def test_command_line_matches_the_api(text: str, skipped: set[str], keep_lines: bool) -> None:
    """Through the command (bytes in, streaming blocks, bytes out) as through ``clean``."""
    from click.testing import CliRunner

    from ocrclean.cli import main
    from ocrclean.files import newline_of

    args = ["--keep-lines"] * keep_lines + [
        arg for name in sorted(skipped) for arg in ("--skip", name)
    ]
    result = CliRunner().invoke(main, args, input=text.encode("utf-8"), catch_exceptions=False)
    if result.exit_code == 123:  # refused as binary: mostly control characters
        assert "binary file" in result.stderr or "UTF-16" in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    expected = clean(text.removeprefix("\ufeff"), skip=skipped, keep_lines=keep_lines)
    assert result.stdout_bytes == expected.replace("\n", newline_of(text)).encode("utf-8")


@given(ANY_TEXT)
def test_explain_replays_to_the_output(text: str) -> None:
    from ocrclean import explain, replay

    cleaned, changes = explain(text)
    assert replay(text, changes) == cleaned
