"""Hostile input finishes in linear time with sane output (a guard, not a benchmark).

Regex-heavy text tools are classic victims of catastrophic backtracking: 100,000 blank
lines once took a minute here. The bound is on the process's CPU time, not the wall clock,
so a loaded machine does not fail it, and it is loose: a case that goes quadratic takes
minutes, far past it. Speed itself is measured by ``benchmarks/``, not here.
"""

from __future__ import annotations

import time

import pytest

from ocrclean import clean

CPU_SECONDS_PER_MB = 10.0
CORRECT_CPU_SECONDS_PER_MB = 40.0  # correction looks words up one by one

CASES = {
    "10 MB without a newline": (
        "word " * 2_000_000,
        lambda out: out == ("word " * 2_000_000).strip() + "\n",
    ),
    "1 MB of hyphens": ("-" * 1_000_000, lambda out: out == "-" * 1_000_000 + "\n"),
    # without an e-paper caption printed twice, "??" is text (OCR's unreadable letters)
    "1 MB of picture markers": (
        "?? " * 333_333,
        lambda out: out == ("?? " * 333_333).strip() + "\n",
    ),
    "1 MB of e-paper captions": (" ??  ?? Putin\nPutin\n" * 50_000, lambda out: out == ""),
    "100k blank lines": ("\n" * 100_000, lambda out: out == ""),
    "100k blank lines after text": (
        "the\n" + "\n" * 100_000 + "end",
        lambda out: out == "the\n\nend\n",
    ),
    "100k one-character lines": ("a\n" * 100_000, lambda out: set(out) <= {"a", "\n", " "}),
    "repeated boilerplate": ("Newspapers in English\n" * 50_000, lambda out: out == ""),
    "alternating scripts": (
        "abc абв 漢字 אבג " * 70_000,
        lambda out: out.startswith("abc абв 漢字 אבג abc"),
    ),
    "NUL bytes": (
        "text\x00" * 200_000,
        lambda out: "\x00" not in out and out.startswith("texttext"),
    ),
    "a million spaces": ("x" + " " * 1_000_000 + "y", lambda out: out == "x y\n"),
    "spaces before a comma": ("x" + " " * 1_000_000 + ",", lambda out: out == "x,\n"),
    "hyphen breaks": ("con- " * 200_000, lambda out: len(out) > 0),
    "form feeds": ("x\f" * 300_000, lambda out: out.count("x") == 300_000),
    "long lines of dashes": (("-" * 100_000 + "\n") * 10, lambda out: out.count("-") == 1_000_000),
    "blank lines with spaces": (" \n\t\n" * 100_000 + "end", lambda out: out == "end\n"),
    # words the fast screens look for, many on one line: each line is tested once
    "a line of page words": (
        "page " * 200_000,
        lambda out: out == ("page " * 200_000).strip() + "\n",
    ),
    "a line of boilerplate anchors": (
        "press " * 200_000,
        lambda out: out == ("press " * 200_000).strip() + "\n",
    ),
    "a line of bylines": ("By Ann " * 200_000, lambda out: out.startswith("By Ann By Ann")),
    "a line of stray question marks": (
        "why?? " * 200_000,
        lambda out: out.startswith("why?? why??"),
    ),
    "a line of glued prefixes": (
        "antiIS " * 150_000,
        lambda out: out.startswith("anti-IS anti-IS"),
    ),
}


# The same for word correction (--correct), which looks words up one by one.
CORRECT_CASES = {
    "a 1 MB word": ("ab" * 500_000, lambda out: out == "ab" * 500_000 + "\n"),
    # repeated 70,000 times, "tbe" is the text's own word: kept
    "unknown words": (
        "xqzv tbe wkrp " * 70_000,
        lambda out: out.split() == ["xqzv", "tbe", "wkrp"] * 70_000,
    ),
    "guillemets": (
        "earning» «nd «the end» " * 40_000,
        lambda out: out.startswith("earnings and «the end»"),
    ),
    "capital I words": ("was In tbe hall " * 60_000, lambda out: out.startswith("was in tbe hall")),
    # a line no call or assignment ends: the test for lines of code must not go back over it
    "a 1 MB dotted name": ("a." * 500_000, lambda out: len(out) >= 1_000_000),
    "a listing of 20,000 lines": (
        "lf = f(row[lf:])\n" * 20_000,
        lambda out: out.split("\n")[:2] == ["lf = f(row[lf:])"] * 2,
    ),
}


@pytest.mark.parametrize(
    ("name", "correct"),
    [(name, False) for name in CASES] + [(name, True) for name in CORRECT_CASES],
)
def test_worst_case(name: str, correct: bool) -> None:
    text, sane = (CORRECT_CASES if correct else CASES)[name]
    start = time.process_time()
    out = clean(text, correct=correct)
    seconds = time.process_time() - start
    megabytes = max(1.0, len(text.encode("utf-8")) / 1e6)
    bound = CORRECT_CPU_SECONDS_PER_MB if correct else CPU_SECONDS_PER_MB
    assert seconds < bound * megabytes, f"{seconds:.1f} CPU s for {megabytes:.1f} MB"
    assert sane(out), repr(out[:200])
