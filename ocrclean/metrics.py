"""Error rates against ground truth: normalization, word alignment, CER, WER, fixed and damaged.

The normalization compares word content, not layout: NFC, typographic quotes, hyphen variants,
ligatures and long s folded, line-break hyphenation joined ("con-\\nstitution"), hyphens between
letters dropped ("north-east" = "northeast"), whitespace collapsed, and no blank before closing
punctuation or after an opening bracket ("word ;" = "word;"). Ground truth, raw OCR and cleaned
text are normalized alike, so unwrapping lines or keeping a hyphen is neither rewarded nor
penalised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

_FOLD = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2010": "-", "\u2011": "-", "\u00ac": "-",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
    "\u017f": "s", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
}  # fmt: skip
_RE_FOLD = re.compile("|".join(map(re.escape, _FOLD)))
_LETTER = r"[^\W\d_]"
_RE_SOFT_BREAK = re.compile("\u00ad[^\\S\\n]*\\n\\s*")
_RE_LINE_BREAK_HYPHEN = re.compile(rf"(?<={_LETTER})-[^\S\n]*\n\s*(?={_LETTER})")
_RE_SPACED_HYPHEN = re.compile(rf"(?<={_LETTER})-[^\S\n]+(?=[^\W\d_])")
_RE_INNER_HYPHEN = re.compile(rf"(?<={_LETTER})-(?={_LETTER})")
_RE_BLANK_BEFORE = re.compile(r" ([,.;:!?)\]])")
_RE_BLANK_AFTER = re.compile(r"([(\[]) ")


def normalize(text: str) -> str:
    """One line of single-spaced words, with layout differences folded away.

    >>> normalize("The con-\\nstitution of north-east\\n“Sydney” ;  ( 1842 )")
    'The constitution of northeast "Sydney"; (1842)'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _RE_SOFT_BREAK.sub("", text).replace("\u00ad", "")
    text = _RE_FOLD.sub(lambda m: _FOLD[m.group()], text)
    text = _RE_LINE_BREAK_HYPHEN.sub("", text)
    text = _RE_SPACED_HYPHEN.sub(lambda m: "" if m.string[m.end()].islower() else m.group(), text)
    text = _RE_INNER_HYPHEN.sub("", text)
    text = " ".join(text.split())
    return _RE_BLANK_AFTER.sub(r"\1", _RE_BLANK_BEFORE.sub(r"\1", text))


def _matched(reference: list[str], version: list[str]) -> dict[int, int]:
    """{reference index: version index} for the words an alignment matches exactly."""
    return {
        op.src_start + k: op.dest_start + k
        for op in Levenshtein.opcodes(reference, version)
        if op.tag == "equal"
        for k in range(op.src_end - op.src_start)
    }


@dataclass
class Score:
    """Edit counts of one or more documents: raw OCR and cleaned text against ground truth."""

    gt_chars: int = 0
    gt_words: int = 0
    ocr_char_edits: int = 0
    ocr_word_edits: int = 0
    clean_char_edits: int = 0
    clean_word_edits: int = 0
    ocr_correct: int = 0  # ground-truth words the raw OCR has right
    fixed: int = 0  # wrong in the raw OCR, right after cleaning
    damaged: int = 0  # right in the raw OCR, wrong after cleaning

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))

    def rates(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        return {
            "cer_ocr": ratio(self.ocr_char_edits, self.gt_chars),
            "cer_clean": ratio(self.clean_char_edits, self.gt_chars),
            "wer_ocr": ratio(self.ocr_word_edits, self.gt_words),
            "wer_clean": ratio(self.clean_word_edits, self.gt_words),
            "damaged_rate": ratio(self.damaged, self.ocr_correct),
        }


def score(gt: str, ocr: str, cleaned: str) -> Score:
    """Compare raw OCR and its cleaned version with the ground truth.

    A ground-truth word is right in a version when the word alignment matches it to an
    identical word. A word counts as damaged only if cleaning changed or dropped it: a word
    the cleaner left as it was keeps its status (so a different but equal alignment of a
    repeated word is not counted).

    >>> s = score("the cat sat on the mat", "tho cat sat on tbe mat", "the cat sat in the mat")
    >>> (s.ocr_word_edits, s.clean_word_edits, s.fixed, s.damaged)
    (2, 1, 2, 1)
    """
    gt_n, ocr_n, clean_n = normalize(gt), normalize(ocr), normalize(cleaned)
    gt_w, ocr_w, clean_w = gt_n.split(), ocr_n.split(), clean_n.split()
    in_ocr, in_clean = _matched(gt_w, ocr_w), _matched(gt_w, clean_w)
    kept = _matched(clean_w, ocr_w)  # cleaned word -> the same, untouched, OCR word
    kept_ocr = set(kept.values())
    right_ocr = set(in_ocr) | {i for i, j in in_clean.items() if j in kept}
    right_clean = set(in_clean) | {i for i, j in in_ocr.items() if j in kept_ocr}
    return Score(
        gt_chars=len(gt_n),
        gt_words=len(gt_w),
        ocr_char_edits=Levenshtein.distance(ocr_n, gt_n),
        ocr_word_edits=Levenshtein.distance(ocr_w, gt_w),
        clean_char_edits=Levenshtein.distance(clean_n, gt_n),
        clean_word_edits=Levenshtein.distance(clean_w, gt_w),
        ocr_correct=len(right_ocr),
        fixed=len(right_clean - right_ocr),
        damaged=len(right_ocr - right_clean),
    )


def aligned_words(gt: str, ocr: str) -> list[tuple[str, str]]:
    """(OCR word, ground-truth word) pairs of a one-for-one word alignment, equal or not.

    >>> aligned_words("the cat sat", "tho cat")
    [('tho', 'the'), ('cat', 'cat')]
    """
    gt_w, ocr_w = normalize(gt).split(), normalize(ocr).split()
    pairs: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(ocr_w, gt_w):
        i1, i2, j1, j2 = op.src_start, op.src_end, op.dest_start, op.dest_end
        if op.tag in ("equal", "replace") and i2 - i1 == j2 - j1:
            pairs += zip(ocr_w[i1:i2], gt_w[j1:j2])
    return pairs
