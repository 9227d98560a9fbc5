"""The ``ocrclean-eval`` command: clean OCR files and score them against ground truth."""

from __future__ import annotations

import codecs
import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from .batch import read_text
from .files import InputError
from .metrics import Score, score
from .pipeline import Pipeline

# Exit status as ocrclean's (README, "Exit status"): 2 a usage error (nothing pairs),
# 123 some pairs could not be read (the others were scored), 130 interrupted.
EXIT_FAILED = 123
EXIT_INTERRUPTED = 130

# Name endings that mark the two sides of a pair in one folder: NAME.ocr.txt and NAME.gt.txt.
OCR_SUFFIX, GT_SUFFIX = ".ocr.txt", ".gt.txt"


def pair_files(ocr_dir: Path, gt_dir: Path) -> list[tuple[str, Path, Path]]:
    """(name, OCR file, ground-truth file) for every pair, sorted by name.

    Rule: a file ``NAME.ocr.txt`` in OCR_DIR pairs with ``NAME.gt.txt`` in GT_DIR (the two
    folders may be the same); failing that, any ``NAME.txt`` in OCR_DIR pairs with the file
    of the same name in GT_DIR. Files without a partner are left out.
    """
    pairs = []
    for path in sorted(ocr_dir.iterdir()):
        if not path.is_file():
            continue
        if path.name.endswith(OCR_SUFFIX):
            name = path.name[: -len(OCR_SUFFIX)]
            truth = gt_dir / (name + GT_SUFFIX)
        elif (
            path.suffix == ".txt"
            and not path.name.endswith(GT_SUFFIX)
            and ocr_dir.resolve() != gt_dir.resolve()
        ):
            name, truth = path.stem, gt_dir / path.name
        else:
            continue
        if truth.is_file():
            pairs.append((name, path, truth))
    return pairs


def _percent(x: float) -> str:
    return f"{100 * x:.2f}%"


def _reduction(before: float, after: float) -> str:
    return f"{100 * (before - after) / before:+.1f}%" if before else "n/a"


def report(total: Score) -> str:
    """The table ``ocrclean-eval`` prints."""
    r = total.rates()
    rows = [
        (
            "CER",
            _percent(r["cer_ocr"]),
            _percent(r["cer_clean"]),
            _reduction(r["cer_ocr"], r["cer_clean"]),
        ),
        (
            "WER",
            _percent(r["wer_ocr"]),
            _percent(r["wer_clean"]),
            _reduction(r["wer_ocr"], r["wer_clean"]),
        ),
    ]
    lines = [f"{'':6s}{'raw OCR':>10s}{'cleaned':>10s}{'reduction':>11s}"]
    lines += [f"{label:6s}{a:>10s}{b:>10s}{c:>11s}" for label, a, b, c in rows]
    lines.append(
        f"words fixed: {total.fixed:,}   damaged: {total.damaged:,} ({_percent(r['damaged_rate'])} of {total.ocr_correct:,} right in the raw OCR)"
    )
    lines.append(f"ground truth: {total.gt_words:,} words, {total.gt_chars:,} characters")
    return "\n".join(lines)


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("ocr_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gt_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--correct", is_flag=True, help="Clean with word correction (ocrclean --correct).")
@click.option("--keep-lines", is_flag=True, help="Clean keeping the original line breaks.")
@click.option(
    "--encoding", default="utf-8", show_default=True, help="Encoding of both folders' files."
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the figures as JSON (totals and per document) instead of a table.",
)
def main(
    ocr_dir: Path, gt_dir: Path, correct: bool, keep_lines: bool, encoding: str, as_json: bool
) -> None:
    """Clean every OCR file and score raw and cleaned text against human ground truth:
    CER, WER, and how many words cleaning fixed and damaged.

    Pairing: NAME.ocr.txt in OCR_DIR with NAME.gt.txt in GT_DIR (both may be one folder),
    or else NAME.txt in OCR_DIR with NAME.txt in GT_DIR. Texts are compared after a
    normalization that ignores layout: NFC, straight quotes, line-break hyphenation
    joined, hyphens between letters dropped, whitespace collapsed.

    \b
    Examples:
      ocrclean-eval corpus/ corpus/              # NAME.ocr.txt next to NAME.gt.txt
      ocrclean-eval ocr/ truth/ --correct --json

    \b
    Exit status: 0 done, 2 usage error (nothing pairs), 123 some pairs unreadable,
    130 interrupted.
    """
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(
            f"unknown encoding {encoding!r}", param_hint="--encoding"
        ) from None
    pairs = pair_files(ocr_dir, gt_dir)
    if not pairs:
        raise click.UsageError(
            f"no pairs: expected NAME{OCR_SUFFIX} in {ocr_dir} with NAME{GT_SUFFIX} in {gt_dir}, "
            f"or files of the same NAME.txt in both folders"
        )
    try:
        _evaluate(pairs, correct, keep_lines, encoding, as_json)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


def _evaluate(
    pairs: list[tuple[str, Path, Path]],
    correct: bool,
    keep_lines: bool,
    encoding: str,
    as_json: bool,
) -> None:
    """Score the pairs and print the figures."""
    pipeline = Pipeline.build(correct=correct, keep_lines=keep_lines)
    total, documents, failed = Score(), {}, 0
    for name, ocr_path, gt_path in pairs:
        try:  # undecodable, binary or UTF-16 files get ocrclean's one-line error, not a guess
            ocr, truth = read_text(str(ocr_path), encoding), read_text(str(gt_path), encoding)
        except (InputError, OSError) as error:
            click.echo(f"error: {error}; the pair {name} is left out", err=True)
            failed += 1
            continue
        figures = score(truth, ocr, pipeline(ocr))
        total += figures
        documents[name] = asdict(figures)
    if as_json:
        json.dump(
            {
                "documents": len(documents),
                "total": {**asdict(total), **total.rates()},
                "per_document": documents,
            },
            sys.stdout,
            indent=1,
        )
        click.echo()
    else:
        click.echo(
            f"{len(documents)} documents, cleaned with {'--correct' if correct else 'the default pipeline'}"
        )
        click.echo(report(total))
    if failed:
        sys.exit(EXIT_FAILED)


if __name__ == "__main__":  # pragma: no cover
    main()
