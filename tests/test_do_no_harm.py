"""Do no harm: clean text passes through unchanged, and real OCR never gets worse.

The clean-prose corpus is the prose of Python's own reference documentation
(``pydoc_data.topics``, shipped with every Python): the paragraphs that are plain
sentences, unwrapped and single-spaced. The OCR checks use the overProof SMH articles and
the scorer in ``../shared`` (skipped when it is not beside the project).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ocrclean import clean, explain

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
EVAL = SHARED / "eval" / "overproof-smh"
SENTENCE_END = (".", "!", "?", ":", '"', ")")


def _documentation_prose() -> str:
    from pydoc_data.topics import topics

    paragraphs = []
    for name in sorted(topics):
        for block in topics[name].split("\n\n"):
            lines = block.split("\n")
            if any(
                line[:1].isspace() or not line.strip() or set(line) <= set("*=-^~")
                for line in lines
            ):
                continue  # code, lists and headings, not prose
            text = ""
            for line in lines:  # undo textwrap, which breaks lines only at spaces and hyphens
                text += line if not text or text.endswith("-") else " " + line
            if text.endswith(SENTENCE_END):
                paragraphs.append(" ".join(text.split()))
    return "\n\n".join(paragraphs) + "\n"


def test_documentation_prose_passes_unchanged() -> None:
    prose = _documentation_prose()
    assert len(prose) > 100_000
    cleaned, changes = explain(prose)
    assert cleaned == prose, "\n".join(map(repr, changes[:20]))


@pytest.fixture(scope="module")
def evallib():
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside the project")
    sys.path.insert(0, str(SHARED / "tools" / "score"))
    import evallib

    return evallib


def _documents(suffix: str) -> list[tuple[str, str]]:
    return [
        (
            path.read_text(encoding="utf-8"),
            path.with_name(path.name.replace(suffix, ".gt.txt")).read_text(encoding="utf-8"),
        )
        for path in sorted(EVAL.glob(f"*{suffix}"))
    ]


def _word_errors(evallib, pairs) -> tuple[int, int, int]:
    """(word edits, character edits, ground-truth words) over documents (text, truth)."""
    words = chars = total = 0
    for text, truth in pairs:
        hyp, ref = evallib.normalize(text), evallib.normalize(truth)
        words += evallib.levenshtein(hyp.split(), ref.split())
        chars += evallib.levenshtein(hyp, ref)
        total += len(ref.split())
    return words, chars, total


def test_ground_truth_survives_cleaning(evallib) -> None:
    """Cleaning the human ground truth itself changes at most 0.2% of its words."""
    documents = _documents(".gt.txt")
    words, _, total = _word_errors(evallib, [(clean(truth), truth) for truth, _ in documents])
    assert words / total <= 0.002, f"WER {words / total:.4%} on clean ground truth"


def test_raw_ocr_never_gets_worse(evallib) -> None:
    documents = _documents(".ocr.txt")
    raw_words, raw_chars, _ = _word_errors(evallib, documents)
    words, chars, _ = _word_errors(evallib, [(clean(ocr), truth) for ocr, truth in documents])
    assert words < raw_words and chars < raw_chars
