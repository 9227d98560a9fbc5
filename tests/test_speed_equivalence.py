"""The per-token scans that --correct does in C give the answers of the plain Python loops
they replaced (the speed-ups of the cspeed8 round must change no output)."""

from __future__ import annotations

import re
import sys

import pytest

from ocrclean import correct

# _RE_CODE_SIGN as it was written before: a named group for the brackets, a class of
# operator characters (the regex engine tried it at every place of the text).
_OLD_CODE_SIGN = re.compile(
    r"(?P<bracket>\((?=[^()\n]*\))|\[(?!\d*\])(?=[^[\]\n]*\]))"
    r"|[=!<>+\-*/%&|^]=|=>|->|::|&&|\|\||[{}][^\S\n]*+$",
    re.MULTILINE,
)


@pytest.mark.parametrize(
    "text",
    [
        "if (x == 1) {\n    y += 2;\n}\n",  # code: a call, operators, braces
        "elif lf > lr:\n    a[i] = b->c && d || e :: f => g\n",
        "foo(bar) and mate[1], see [sic] and (2) ->\n{ \n}\t\n",
        "x != y, a <= b, c >= d, e %= f, g &= h, i |= j, k ^= l, m /= n, o *= p, q -= r",
        "The sale of the land was made (at noon) in the hall.\nNo code here.\n",  # prose
        "a ( b\n) [ c\n] {x} y",  # brackets that close on another line: no call
        "",
    ],
)
def test_code_signs_as_before(text: str) -> None:
    old = [(m.span(), m.lastgroup == "bracket") for m in _OLD_CODE_SIGN.finditer(text)]
    new = [(m.span(), text[m.start()] in "([") for m in correct._RE_CODE_SIGN.finditer(text)]
    assert new == old


def test_line_starts_never_begin_with_a_bracket() -> None:
    """_code_lines takes a sign that starts with a bracket for _RE_CODE_SIGN's bracket: no
    match of _RE_CODE_LINE_START may start with one."""
    text = "(x = 1)\n[y = 2]\n  def f():\nif (a): pass\nimport os\n"
    assert all(text[m.start()] not in "([" for m in correct._RE_CODE_LINE_START.finditer(text))


def test_at_is_every_spelling_of_at() -> None:
    """_spelled_addresses looks for "at" in any case by a set: no other character lowers
    to an "a" or a "t", or to both."""
    lowering = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower() in ("a", "t", "at")]
    assert sorted(lowering) == ["A", "T", "a", "t"]
    assert {a + t for a in "aA" for t in "tT"} == correct._AT


@pytest.mark.parametrize("word", ["suporintcudent", "beinsr", "armspheie", "xylophonx", "qqqqqq"])
def test_lexicon_near_as_the_index(word: str) -> None:
    """The English words a misread word is compared with, remembered by length and letter,
    are those of the index, in its order."""
    near = correct._near(word, *correct._lexicon_spellings())
    assert correct._lexicon_near(len(word), word[0], word[-1]) == near
