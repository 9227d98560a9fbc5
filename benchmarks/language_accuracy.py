"""Accuracy, start-up cost and speed of language detection (ocrclean/language.py).

    python3 benchmarks/language_accuracy.py [--per-source 150] [--eval /work/shared/eval]

Cuts real text into windows of 20, 50 and 200 words and asks ``detect_language`` for each:
clean prose (clean-text: French, German, Spanish, Dutch, English, Italian, Portuguese; code,
tables and CSV, which must come out as None), real OCR (French ICDAR 2017, the Sydney Morning
Herald, Chronicling America front pages, English ICDAR books), and clean prose of each
language with simulated OCR damage (letter confusions at a 4% rate: e/c, rn/m, li/h, u/n,
1/l...). Prints a confusion matrix and the accuracy per source and length, then the start-up
cost (import and first call, in a fresh interpreter) and the speed on whole documents.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ocrclean.language import detect_language, paragraph_languages  # noqa: E402

LENGTHS = (20, 50, 200)
# OCR confusions (what was printed -> what was read), applied to a letter or pair at random.
CONFUSIONS = {
    "e": "c",
    "c": "e",
    "m": "rn",
    "rn": "m",
    "h": "li",
    "li": "h",
    "u": "n",
    "n": "u",
    "l": "1",
    "i": "l",
    "o": "0",
    "a": "s",
    "s": "f",
    "t": "f",
    "d": "cl",
}
NOISE_RATE = 0.04


def clean(eval_dir: Path, name: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((eval_dir / "clean-text").glob(name))]


def ocr(eval_dir: Path, pattern: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(eval_dir.glob(pattern))]


def add_noise(text: str, rng: random.Random) -> str:
    """The text with OCR-like letter confusions at NOISE_RATE per letter, and a few broken words."""
    out: list[str] = []
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if pair in CONFUSIONS and rng.random() < NOISE_RATE:
            out.append(CONFUSIONS[pair])
            i += 2
            continue
        char = text[i]
        roll = rng.random()
        if char in CONFUSIONS and roll < NOISE_RATE:
            out.append(CONFUSIONS[char])
        elif char.isalpha() and roll > 1 - NOISE_RATE / 4:
            out.append(char + " ")  # a word broken by a stray space
        else:
            out.append(char)
        i += 1
    return "".join(out)


def windows(texts: list[str], length: int, limit: int) -> list[str]:
    """Up to ``limit`` consecutive windows of ``length`` words, spread over the texts."""
    found = []
    for text in texts:
        words = text.split()
        found.extend(
            " ".join(words[i : i + length]) for i in range(0, len(words) - length + 1, length)
        )
    if len(found) <= limit:
        return found
    step = len(found) / limit
    return [found[int(k * step)] for k in range(limit)]


def sources(eval_dir: Path) -> list[tuple[str, str | None, list[str]]]:
    """(name, expected language, texts)."""
    rng = random.Random(16)
    prose = {
        "en": clean(eval_dir, "gutenberg_en/*.txt") + clean(eval_dir, "nonfiction_en/*.txt"),
        "de": clean(eval_dir, "german/*.txt"),
        "fr": clean(eval_dir, "french/*.txt"),
        "nl": clean(eval_dir, "dutch/*.txt"),
        "es": clean(eval_dir, "spanish/*.txt"),
        "it": clean(eval_dir, "other_lang/faker_it_IT.txt") + clean(eval_dir, "other_lang/*ude_4*"),
    }
    found: list[tuple[str, str | None, list[str]]] = [
        (f"clean {lang}", lang, texts) for lang, texts in prose.items()
    ]
    found += [
        ("clean pt (1900 spelling)", None, clean(eval_dir, "other_lang/*ude_1*")),
        ("code", None, clean(eval_dir, "code/*")),
        ("tables+csv", None, clean(eval_dir, "tables/*") + clean(eval_dir, "csv_tsv/*")),
        ("OCR fr icdar-periodical", "fr", ocr(eval_dir, "icdar2017-fr-periodical/*.ocr.txt")),
        ("OCR fr icdar-monograph", "fr", ocr(eval_dir, "icdar2017-fr-monograph/*.ocr.txt")),
        ("OCR en overproof-smh", "en", ocr(eval_dir, "overproof-smh/*.ocr.txt")),
        ("OCR en chronam-pages", "en", ocr(eval_dir, "chronam-pages/*.txt")),
        ("OCR en icdar-monograph", "en", ocr(eval_dir, "icdar2017-en-monograph/*.ocr.txt")),
    ]
    found += [
        (f"noisy {lang} (simulated)", lang, [add_noise(t, rng) for t in texts])
        for lang, texts in prose.items()
    ]
    return found


def mixed(eval_dir: Path, per_pair: int) -> None:
    """Documents of one language quoting another: eight paragraphs of 50 words in the host
    language (clean or simulated OCR), then one quoted paragraph of 20 or 50 words (clean).
    Counts quoted paragraphs given their own language and host paragraphs wrongly switched."""
    prose = {
        name.split()[1]: texts for name, _, texts in sources(eval_dir) if name.startswith("noisy")
    }
    clean_prose = {
        name.split()[1]: texts
        for name, _, texts in sources(eval_dir)
        if name.startswith("clean ") and "(" not in name
    }
    print("\n## mixed documents (host: simulated OCR, 8 x 50 words; quote: clean)\n")
    print(
        f"{'quote length':>12} {'quotes found':>13} {'kept host':>10} {'host paragraphs switched':>25}"
    )
    for length in (20, 50):
        found = kept = total = switched = hosts = 0
        for host, host_texts in prose.items():
            host_windows = windows(host_texts, 50, 8 * per_pair)
            for quote, quote_texts in clean_prose.items():
                if quote == host:
                    continue
                quotes = windows(quote_texts, length, per_pair)
                for k, quoted in enumerate(quotes):
                    paragraphs = host_windows[8 * k : 8 * k + 8] + [quoted]
                    answers = [lang for _, _, lang in paragraph_languages("\n\n".join(paragraphs))]
                    total += 1
                    found += answers[-1] == quote
                    kept += answers[-1] == host
                    hosts += len(answers) - 1
                    switched += sum(answer != host for answer in answers[:-1])
        print(f"{length:>9} w. {found / total:13.1%} {kept / total:10.1%} {switched / hosts:25.2%}")


def real_documents(eval_dir: Path) -> None:
    """Paragraphs of real documents given another language than their document's (the
    OCR pages mostly lack blank lines, so the clean books are the real test)."""
    print("\n## real documents: paragraphs given another language than the document\n")
    for pattern in (
        "clean-text/gutenberg_en/*.txt",
        "clean-text/nonfiction_en/*.txt",
        "clean-text/french/*.txt",
        "clean-text/german/*.txt",
        "clean-text/spanish/*.txt",
        "clean-text/dutch/*.txt",
        "clean-text/other_lang/*.txt",
        "chronam-pages/*.txt",
        "overproof-smh/*.ocr.txt",
    ):
        counts: Counter[str] = Counter()
        paragraphs = 0
        for doc in ocr(eval_dir, pattern):
            document_language = detect_language(doc)
            spans = paragraph_languages(doc)
            paragraphs += len(spans)
            switched = [(a, b, lang) for a, b, lang in spans if lang != document_language]
            counts.update(f"{document_language}->{lang}" for _, _, lang in switched)
            for a, b, lang in switched[:2]:
                print(f"  {document_language}->{lang}: {doc[a:b][:100]!r}")
        print(f"{pattern}: {paragraphs} paragraphs; switched: {dict(counts.most_common())}")


def spread(answers: Counter[str | None]) -> str:
    return ", ".join(f"{k or 'None'} {v}" for k, v in answers.most_common())


def whole_files(eval_dir: Path) -> None:
    """The answer for each whole document: clean-text by class (None for code and markup is
    by design; for English prose it is a miss), and each OCR set."""
    print("\n## whole documents: answers per clean-text class and per OCR set\n")
    for folder in sorted(p for p in (eval_dir / "clean-text").iterdir() if p.is_dir()):
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]
        print(f"{folder.name:24} {spread(Counter(map(detect_language, texts)))}")
    for pattern in (
        "icdar2017-fr-periodical/*.ocr.txt",
        "icdar2017-fr-monograph/*.ocr.txt",
        "icdar2017-en-monograph/*.ocr.txt",
        "overproof-smh/*.ocr.txt",
        "chronam-pages/*.txt",
    ):
        answers = Counter(map(detect_language, ocr(eval_dir, pattern)))
        print(f"{pattern.split('/')[0]:24} {spread(answers)}")


def startup_ms() -> tuple[float, float]:
    """Import and first-call cost in a fresh interpreter, in milliseconds."""
    code = (
        "import time; t0 = time.perf_counter(); import ocrclean.language as L; "
        "t1 = time.perf_counter(); L.detect_language('the cat sat on the mat and it was good'); "
        "t2 = time.perf_counter(); print((t1 - t0) * 1e3, (t2 - t1) * 1e3)"
    )
    runs = [
        tuple(map(float, subprocess.check_output([sys.executable, "-c", code], cwd=ROOT).split()))
        for _ in range(5)
    ]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def speed(eval_dir: Path) -> tuple[float, float]:
    """MB/s of detect_language on whole documents: chronam pages, and French ICDAR documents."""
    rates = []
    for pattern in ("chronam-pages/*.txt", "icdar2017-fr-periodical/*.ocr.txt"):
        docs = ocr(eval_dir, pattern)
        size = sum(len(d.encode("utf-8")) for d in docs)
        best = float("inf")
        for _ in range(5):  # the best of five runs: the machine is shared
            start = time.perf_counter()
            for doc in docs:
                detect_language(doc)
            best = min(best, time.perf_counter() - start)
        rates.append(size / best / 1e6)
    return rates[0], rates[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--eval", type=Path, default=Path("/work/shared/eval"))
    parser.add_argument("--per-source", type=int, default=150)
    args = parser.parse_args()
    labels = ["en", "de", "fr", "nl", "es", "it", None]
    for length in LENGTHS:
        matrix: dict[str | None, Counter[str | None]] = defaultdict(Counter)
        print(f"\n## windows of {length} words\n")
        print(f"{'source':28} {'n':>5} {'accuracy':>9}  answers")
        for name, expected, texts in sources(args.eval):
            answers = Counter(detect_language(w) for w in windows(texts, length, args.per_source))
            if not answers:
                continue
            matrix[expected].update(answers)
            total = sum(answers.values())
            print(f"{name:28} {total:5} {answers[expected] / total:9.1%}  {spread(answers)}")
        print(f"\nconfusion (rows: truth, columns: answer), {length} words")
        print("truth  " + "".join(f"{str(c):>6}" for c in labels) + "  accuracy")
        for row in labels:
            if matrix[row]:
                total = sum(matrix[row].values())
                cells = "".join(f"{matrix[row][c]:6}" for c in labels)
                print(f"{row or 'None':6} {cells}  {matrix[row][row] / total:8.1%}")
    whole_files(args.eval)
    mixed(args.eval, 20)
    real_documents(args.eval)
    imported, first = startup_ms()
    chronam, icdar = speed(args.eval)
    print(f"\nstart-up: import {imported:.1f} ms, first call {first:.1f} ms")
    print(f"speed: {chronam:.0f} MB/s on chronam pages, {icdar:.0f} MB/s on French ICDAR documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
