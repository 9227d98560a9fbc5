"""The ``ocrclean`` command: a thin Click layer over the pipeline and the file layer."""

from __future__ import annotations

import sys

import click
import regex

from . import __version__
from .files import read_text, write_stdout
from .pipeline import FILTERS, Pipeline, summary


def _names(values: tuple[str, ...]) -> list[str]:
    """``--skip a --skip b`` and ``--skip a,b`` alike."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _list_filters(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    width = max(map(len, FILTERS))
    for name, func in FILTERS.items():
        click.echo(f"{name:<{width}}  {summary(func)}")
    ctx.exit()


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("src", required=False, default="-", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--only", multiple=True, metavar="NAMES", help="Run only these filters (comma-separated or repeated).")
@click.option("--skip", multiple=True, metavar="NAMES", help="Leave these filters out (comma-separated or repeated).")
@click.option("--keep-lines", is_flag=True, help="Keep the original line breaks: do not unwrap hard-wrapped text.")
@click.option(
    "--boilerplate",
    multiple=True,
    metavar="REGEX",
    help="Also remove lines matching REGEX (whole line, case-insensitive; repeatable).",
)
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the input.")
@click.option("--explain", is_flag=True, help="List every change, with the filter that made it, on stderr.")
@click.option(
    "--list-filters",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_list_filters,
    help="List the filters in pipeline order and exit.",
)
@click.version_option(__version__, "-V", "--version", prog_name="ocrclean")
def main(
    src: str,
    only: tuple[str, ...],
    skip: tuple[str, ...],
    keep_lines: bool,
    boilerplate: tuple[str, ...],
    encoding: str,
    explain: bool,
) -> None:
    """Clean OCR'd text: strip scan artifacts and boilerplate, rejoin hyphenated and broken
    words and paragraphs, fix spacing.

    Reads SRC (a file, or - for standard input, the default) and writes the cleaned text to
    standard output; messages go to standard error.

    \b
    Examples:
      ocrclean page.txt > page.clean.txt
      zcat dump.txt.gz | ocrclean --keep-lines | indexer
      ocrclean --skip unwrap_lines,normalize_spacing page.txt
    """
    for pattern in boilerplate:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise click.BadParameter(f"{pattern!r} is not a valid pattern: {error}", param_hint="--boilerplate")
    options = {"strip_boilerplate": {"extra": list(boilerplate)}} if boilerplate else None
    try:
        pipeline = Pipeline.build(only=_names(only) or None, skip=_names(skip), keep_lines=keep_lines, options=options)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    text = read_text(src, encoding)
    if explain:
        cleaned, changes = pipeline.explain(text)
        for change in changes:
            click.echo(f"{change.step}: {change.before!r} -> {change.after!r}", err=True)
    else:
        cleaned = pipeline(text)
    write_stdout(cleaned)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
