"""The ``ocrclean`` command: a thin Click layer over the pipeline and the batch layer."""

from __future__ import annotations

import codecs
import dataclasses
import gc
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

import click
from click.core import ParameterSource

from . import __version__
from .data.profiles import PROFILES

# The filters, the word list and the batch layer are imported when a command needs them,
# so that ``ocrclean --version`` and ``--help`` start in a few tens of milliseconds.
if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .batch import BlockWorkers, Job, Outcome, Settings

# Exit status, one table for ocrclean and ocrclean-eval (README, "Exit status"):
EXIT_CHANGES = 1  # --check: something would change
EXIT_USAGE = 2  # a usage error, nothing read or written (click's own code for its errors)
EXIT_FAILED = 123  # some files could not be cleaned; the others were
EXIT_INTERRUPTED = 130  # Ctrl-C: every file is whole, as it was or cleaned


def _names(values: Sequence[str]) -> list[str]:
    """``--skip a --skip b`` and ``--skip a,b`` alike."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _list_filters(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .pipeline import FILTERS, OPTIONAL, summary

    width = max(map(len, FILTERS))
    for name, func in FILTERS.items():
        click.echo(
            f"{name:<{width}}  {summary(func)}"
            + (" (only with --correct)" if name in OPTIONAL else "")
        )
    ctx.exit()


def _pipeline_settings(
    only: Sequence[str],
    skip: Sequence[str],
    keep_lines: bool,
    boilerplate: Sequence[str],
    protected: Sequence[str],
    correct: bool = False,
    language: str = "auto",
) -> dict[str, Any]:
    import regex

    from .pipeline import Pipeline, check_language

    try:
        check_language(language)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--lang") from None
    for pattern in boilerplate:
        try:
            regex.compile(pattern)
        except regex.error as error:
            raise click.BadParameter(
                f"{pattern!r} is not a valid pattern: {error}", param_hint="--boilerplate"
            ) from error
    settings: dict[str, Any] = {
        "only": _names(only) or None,
        "skip": _names(skip),
        "keep_lines": keep_lines,
        "options": {},
    }
    if correct:
        settings["correct"] = True
    if language != "auto":
        settings["language"] = language
    if boilerplate:
        settings["options"]["strip_boilerplate"] = {"extra": list(boilerplate)}
    for name in (
        "rejoin_hyphenated",
        "rejoin_split_words",
        "restore_prefix_hyphens",
        "rejoin_corrected_splits",
    ):
        if protected:
            settings["options"][name] = {"protected": list(protected)}
    try:
        Pipeline.build(**settings)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    return settings


def _list_profiles(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    width = max(map(len, PROFILES))
    for name, profile in PROFILES.items():
        skipped = ", ".join(profile.get("skip", ())) or "nothing"
        click.echo(f"{name:<{width}}  {profile['description']} (skips {skipped})")
    ctx.exit()


# Options a config file or a profile may set (key in the file -> parameter name).
CONFIGURABLE = {
    "profile": "profile", "skip": "skip", "only": "only", "keep_lines": "keep_lines",
    "boilerplate": "boilerplate", "encoding": "encoding", "glob": "globs", "exclude": "exclude",
    "jobs": "jobs", "jsonl": "jsonl", "field": "field", "on_error": "on_error",
    "quiet": "quiet", "verbose": "verbose", "learn": "learn", "protected": "protected", "correct": "correct",
    "lang": "lang",
}  # fmt: skip


def _apply_config(ctx: click.Context, values: dict[str, Any]) -> dict[str, Any]:
    """Fill the options not given on the command line: config file, then profile."""
    from pathlib import Path

    from .config import ConfigError, find_config, load_config

    try:
        path = Path(values["config"]) if values["config"] else find_config()
        from_file = load_config(path) if path else {}
    except ConfigError as error:
        raise click.UsageError(f"config file {error}") from None
    unknown = sorted(from_file.keys() - CONFIGURABLE.keys())
    if unknown:
        raise click.UsageError(
            f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(CONFIGURABLE)}"
        )
    from_file = {CONFIGURABLE[key]: value for key, value in from_file.items()}
    given = {
        name for name in values if ctx.get_parameter_source(name) is not ParameterSource.DEFAULT
    }
    profile_name = values["profile"] if "profile" in given else from_file.get("profile", "generic")
    if profile_name not in PROFILES:
        raise click.UsageError(f"unknown profile {profile_name!r}; known: {', '.join(PROFILES)}")
    layers = [{k: v for k, v in PROFILES[profile_name].items() if k != "description"}, from_file]
    params = {param.name: param for param in ctx.command.params}
    for layer in layers:
        for name, value in layer.items():
            if name in given or name == "profile":
                continue
            if params[name].multiple and isinstance(value, str):
                value = [value]
            try:
                values[name] = params[name].type_cast_value(ctx, value)
            except click.BadParameter as error:
                raise click.UsageError(f"{path}: {name}: {error.message}") from None
    return values


def _start_workers(settings: Settings, workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, started now: each loads what the pipeline needs
    (the word list; with --correct the correction tables) while this process is still
    walking the folders, so that start-up is not paid twice in a row before the first
    file is cleaned."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_up, initargs=(settings,))
    for _ in range(workers):  # a process is started per task submitted while none is idle
        pool.submit(int)
    return pool


def _warm_up(settings: Settings) -> None:
    """A worker's first step: load what the pipeline needs (batch.warm_up), then set it
    aside from the garbage collector (see _clean_file)."""
    from .batch import warm_up

    warm_up(settings)
    gc.freeze()


def _clean_file(job: Job, settings: Settings, workers: BlockWorkers | None = None) -> Outcome:
    """batch.clean_file, then every object alive set aside from the garbage collector for
    good (gc.freeze): what outlives a file is the filters' tables and caches (with --correct
    hundreds of thousands of objects), which the collector's full passes would otherwise walk
    again and again, a tenth of the time of a --correct batch. Leaves alone: nothing a
    collection would have freed, since the pipeline makes no reference cycles."""
    from .batch import clean_file

    outcome = clean_file(job, settings, workers)
    gc.freeze()
    return outcome


def _block_workers(
    settings: Settings, workers: int, pool: ProcessPoolExecutor | None
) -> BlockWorkers | None:
    """Workers for the blocks of a single input: ``-j N`` on one file or stream."""
    from .batch import BlockWorkers as Workers

    if pool is None or workers <= 1 or settings.log:
        return None
    return Workers(pool, workers)


def _run(
    jobs: list[Job], settings: Settings, workers: int, pool: ProcessPoolExecutor | None = None
) -> Iterator[Outcome]:
    """Outcomes in input order, whatever order the workers finish in: in this process, or
    in ``pool`` (started with ``workers`` processes if none is given)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield _clean_file(job, settings, _block_workers(settings, workers, pool))
        return
    with pool or _start_workers(settings, workers) as pool:
        yield from pool.map(
            _clean_file,
            jobs,
            [settings] * len(jobs),
            chunksize=max(1, min(16, len(jobs) // (workers * 8))),
        )


class _Program(click.Command):
    """The command, which run as a program (the ``ocrclean`` script, ``python -m ocrclean``)
    ends its process as soon as it is done (_end)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self.main(*args, **kwargs)
        except SystemExit as done:
            _end(done)


def _end(done: SystemExit) -> NoReturn:
    """Exit with ``done``'s status at once, its output flushed, without freeing the objects
    of the process one by one: with --correct its tables and caches are millions of them, a
    second of work the system does in no time. Leaves alone: an exit whose status is no
    number (a message) or whose output cannot be flushed: it exits as Python does."""
    code = 0 if done.code is None else done.code
    if not isinstance(code, int):
        raise done
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        raise done from None
    os._exit(code)


@click.command(
    cls=_Program,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.argument("sources", nargs=-1, type=click.Path(allow_dash=True), metavar="[SRC]...")
@click.option(
    "-o",
    "--output",
    metavar="PATH",
    help="Write to PATH: a file for one input (- for standard output), a folder for several "
    "(a mirror of the input tree); DIR/ with a slash, or an existing folder, takes the file in.",
)
@click.option("-i", "--in-place", is_flag=True, help="Rewrite the files themselves, atomically.")
@click.option(
    "--backup", metavar="SUFFIX", help="With --in-place, keep the original as FILE+SUFFIX."
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; name each file that would change (would clean FILE) and exit 1 if any.",
)
@click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of the changes.")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    default=("*.txt", "*.txt.gz", "*.jsonl", "*.jsonl.gz"),
    show_default=True,
    metavar="PATTERN",
    help="Files to take from folders (repeatable).",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="PATTERN",
    help="Files and folders to leave out (repeatable).",
)
@click.option(
    "-j",
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Files cleaned in parallel (processes).",
)
@click.option(
    "--only",
    multiple=True,
    metavar="NAMES",
    help="Run only these filters (comma-separated or repeated).",
)
@click.option(
    "--skip",
    multiple=True,
    metavar="NAMES",
    help="Leave these filters out (comma-separated or repeated).",
)
@click.option(
    "--keep-lines",
    is_flag=True,
    help="Keep the original line breaks: do not unwrap hard-wrapped text.",
)
@click.option(
    "--correct",
    is_flag=True,
    help="Also correct misread words (tbe -> the), conservatively: slower; for historical OCR, not for clean text.",
)
@click.option(
    "--lang",
    default="auto",
    show_default=True,
    metavar="CODE",
    help="The text's language (en, de, fr, nl, es, it): sets the word lists of the "
    "language-aware filters; auto detects it in each document. Another language gets only "
    "the language-independent decisions.",
)
@click.option(
    "--boilerplate",
    multiple=True,
    metavar="REGEX",
    help="Also remove lines matching REGEX (whole line, case-insensitive; repeatable).",
)
@click.option(
    "--protect",
    "protected",
    multiple=True,
    metavar="WORD",
    help="A word no filter may break, join or hyphenate otherwise (repeatable), e.g. e-mail.",
)
@click.option(
    "--jsonl/--no-jsonl",
    default=None,
    help="Input is JSON Lines (default: by name, .jsonl or .jsonl.gz).",
)
@click.option(
    "--field",
    default="text",
    show_default=True,
    help="The JSON field to clean; other fields pass through.",
)
@click.option(
    "--on-error",
    type=click.Choice(["fail", "skip"]),
    default="fail",
    show_default=True,
    help="A malformed JSON line fails its file, or is skipped.",
)
@click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    help="Encoding of the input (output is UTF-8; --in-place writes back in this encoding).",
)
@click.option(
    "--learn",
    is_flag=True,
    help="First read the whole batch: lines that recur in half its documents (3 or more) are boilerplate.",
)
@click.option(
    "--log",
    "log_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write every change to this JSON Lines file: file, filter, offset, before, after, why.",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, writable=True),
    help="After the batch, write a review page (HTML) of its changes to this file (as ocrclean-report).",
)
@click.option(
    "--stats", is_flag=True, help="Count the changes per filter (and per file, with -v) on stderr."
)
@click.option(
    "--explain",
    is_flag=True,
    help="One file: list every change, with the filter that made it, on stderr.",
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option("-v", "--verbose", is_flag=True, help="A line per file on stderr.")
@click.option(
    "--profile",
    type=click.Choice(list(PROFILES)),
    default="generic",
    help="Filter choices for a kind of source (see --list-profiles).",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, exists=True),
    help="Settings file (default: the nearest ocrclean.toml, or pyproject.toml with [tool.ocrclean]).",
)
@click.option(
    "--list-filters",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_list_filters,
    help="List the filters in pipeline order and exit.",
)
@click.option(
    "--list-profiles",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_list_profiles,
    help="List the profiles and exit.",
)
@click.version_option(__version__, "-V", "--version", prog_name="ocrclean")
def main(**values: Any) -> None:
    """Clean OCR'd text: strip scan artifacts and boilerplate, rejoin hyphenated and broken
    words and paragraphs, fix spacing.

    SRC is a file, a folder (cleaned recursively) or - for standard input (the default).
    One input goes to standard output unless -o says otherwise; folders and several files
    need -o DIR or --in-place. Messages go to standard error.

    \b
    Examples:
      ocrclean page.txt > page.clean.txt
      ocrclean page.txt -o clean/
      ocrclean < dump.txt.gz | indexer
      ocrclean scans/ -o clean/ -j 4
      ocrclean --in-place --backup .orig scans/
      ocrclean --check --diff scans/
      ocrclean corpus.jsonl.gz -o clean.jsonl.gz --field body

    \b
    Exit status: 0 done, 1 --check found changes, 2 usage error (a missing input too),
    123 some files failed, 130 interrupted.

    Settings come from, strongest first: flags, the config file, the profile, defaults.
    """
    values = _apply_config(click.get_current_context(), values)
    try:
        _clean(Request(**values))
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)


@dataclass(frozen=True)
class Request:
    """The command's options, resolved from flags, the config file and the profile."""

    sources: tuple[str, ...]
    output: str | None
    in_place: bool
    backup: str | None
    check: bool
    diff: bool
    globs: tuple[str, ...]
    exclude: tuple[str, ...]
    jobs: int
    only: tuple[str, ...]
    skip: tuple[str, ...]
    keep_lines: bool
    correct: bool
    boilerplate: tuple[str, ...]
    protected: tuple[str, ...]
    lang: str
    jsonl: bool | None
    field: str
    on_error: str
    encoding: str
    learn: bool
    log_path: str | None
    report_path: str | None
    stats: bool
    explain: bool
    quiet: bool
    verbose: bool
    profile: str | None
    config: str | None


def _clean(request: Request) -> None:
    """Carry out the command with its settings resolved."""
    from .batch import Settings

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # "| head" ends us quietly, as it does cat
    try:
        codecs.lookup(request.encoding)
    except LookupError:
        raise click.BadParameter(
            f"unknown encoding {request.encoding!r}", param_hint="--encoding"
        ) from None
    settings = Settings(
        pipeline=_pipeline_settings(
            request.only,
            request.skip,
            request.keep_lines,
            request.boilerplate,
            request.protected,
            request.correct,
            request.lang,
        ),
        encoding=request.encoding,
        check=request.check,
        diff=request.diff,
        in_place=request.in_place,
        backup=request.backup,
        jsonl=request.jsonl,
        field=request.field,
        on_error=request.on_error,
        log=bool(request.log_path or request.stats or request.report_path),
    )
    several = len(request.sources) > 1 or any(map(os.path.isdir, request.sources))
    early = (
        request.jobs > 1
        and not (request.learn or request.explain)
        and (several or not (settings.log or settings.diff))  # one input: its blocks in workers
    )
    pool = _start_workers(settings, request.jobs) if early else None  # they load while we plan
    try:
        _plan_and_clean(request, settings, pool)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)


def _plan_and_clean(request: Request, settings: Settings, pool: ProcessPoolExecutor | None) -> None:
    """Plan the jobs (refusing an output that would overwrite an input) and clean them, in
    ``pool`` if one was started."""
    from .batch import UsageError, plan

    if request.explain and (request.log_path or request.report_path):
        option = "--log" if request.log_path else "--report"
        raise click.UsageError(
            f"--explain lists the changes on stderr and writes no {option}: "
            f"run without --explain to write it"
        )
    if request.report_path and not request.log_path:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="ocrclean-") as folder:  # the log the page reads
            log = os.path.join(folder, "changes.jsonl")
            return _plan_and_clean(dataclasses.replace(request, log_path=log), settings, pool)
    try:
        work = plan(list(request.sources), request.output, settings, request.globs, request.exclude)
    except UsageError as error:
        raise click.UsageError(str(error)) from None
    for option, path in (("--log", request.log_path), ("--report", request.report_path)):
        if path and any(os.path.realpath(job.source) == os.path.realpath(path) for job in work):
            raise click.UsageError(
                f"{option} {path} is one of the inputs: refusing to write over it"
            )
    try:
        if request.learn:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="ocrclean-") as folder:
                settings = _learned(work, settings, request.quiet, request.verbose, folder)
                _carry_out(work, settings, request)
        else:
            _carry_out(work, settings, request, pool)
    except SystemExit as done:
        if done.code in (EXIT_FAILED, EXIT_CHANGES):  # the batch ran: its page is wanted
            _write_report(request, settings)
        raise
    _write_report(request, settings)


def _write_report(request: Request, settings: Settings) -> None:
    """The review page of the batch's edit log (``--report``), as ``ocrclean-report`` makes it."""
    if not (request.report_path and request.log_path and os.path.exists(request.log_path)):
        return
    from .review import write_report

    try:
        write_report(
            [request.log_path],
            request.report_path,
            encoding=settings.encoding,
            backup=settings.backup,
            field=settings.field,
        )
    except OSError as error:
        click.echo(f"error: --report {request.report_path}: {error.strerror or error}", err=True)
        sys.exit(EXIT_FAILED)
    if not request.quiet:
        click.echo(f"review page written to {request.report_path}", err=True)


def _carry_out(
    work: list[Job], settings: Settings, request: Request, pool: ProcessPoolExecutor | None = None
) -> None:
    """Clean the planned jobs and report."""
    from .batch import clean_to_stdout
    from .report import ChangeLog, Report, language_note

    quiet, verbose, check = request.quiet, request.verbose, request.check
    if request.explain:
        _explain(work, settings, quiet)
        return
    try:
        changes = ChangeLog(request.log_path, per_file=verbose) if settings.log else None
    except OSError as error:
        raise click.UsageError(f"--log {request.log_path}: {error.strerror or error}") from None
    if len(work) == 1 and work[0].target is None and settings.writes:
        outcome = clean_to_stdout(
            work[0].source, settings, _block_workers(settings, request.jobs, pool)
        )
        if changes:
            changes.add(outcome)
            changes.close(request.stats and not quiet)
        if outcome.status == "failed":
            click.echo(f"error: {outcome.message}", err=True)
            sys.exit(EXIT_FAILED)
        if outcome.message and not quiet:
            click.echo(f"warning: {outcome.message}", err=True)
        if outcome.unrecognised_language and not quiet:
            click.echo(language_note(outcome.source, outcome.unrecognised_language), err=True)
        return
    if not work and not quiet:
        click.echo(f"nothing to clean: no file matches {' or '.join(request.globs)}", err=True)
    report = Report(
        total=len(work), check=check or request.diff, quiet=quiet, verbose=verbose, name=check
    )
    try:
        with report:
            for outcome in _run(work, settings, request.jobs, pool):
                if outcome.diff:
                    click.echo(outcome.diff, nl=False)
                report.add(outcome)
                if changes:
                    changes.add(outcome)
        if changes:
            changes.close(request.stats and not quiet)
    except KeyboardInterrupt:
        click.echo(
            f"interrupted: {report.summary()}; every file is whole, as it was or cleaned", err=True
        )
        sys.exit(EXIT_INTERRUPTED)
    if report.failed:
        sys.exit(EXIT_FAILED)
    if check and report.changed:
        sys.exit(EXIT_CHANGES)


def _learned(
    work: list[Job], settings: Settings, quiet: bool, verbose: bool, folder: str
) -> Settings:
    """Settings with the batch's recurring lines added to the boilerplate patterns, and its
    vocabulary (written to ``folder``) as evidence for rejoining hyphenated words."""
    import dataclasses
    import json

    from .learn import learn

    learned, words = learn(work, encoding=settings.encoding, field=settings.field)
    if not quiet:
        click.echo(
            f"learned {len(learned)} boilerplate line(s) and {len(words):,} words from the batch",
            err=True,
        )
        if verbose:
            for pattern in learned:
                click.echo(f"  {pattern}", err=True)
    pipeline = dict(settings.pipeline)
    options = {name: dict(values) for name, values in (pipeline.get("options") or {}).items()}
    if learned:
        boilerplate = options.setdefault("strip_boilerplate", {})
        boilerplate["extra"] = list(boilerplate.get("extra", ())) + learned
    if words:
        path = os.path.join(folder, "vocabulary.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(words, handle)
        options.setdefault("rejoin_hyphenated", {})["batch_vocabulary"] = path
    pipeline["options"] = options
    return dataclasses.replace(settings, pipeline=pipeline)


def _explain(work: list[Job], settings: Settings, quiet: bool) -> None:
    """Clean one input to stdout, listing every change with its filter on stderr."""
    from .batch import read_text
    from .files import InputError
    from .pipeline import Pipeline
    from .report import language_note

    if len(work) != 1 or work[0].target is not None:
        raise click.UsageError("--explain takes one input, cleaned to standard output")
    try:
        text = read_text(work[0].source, settings.encoding)
    except (InputError, OSError, EOFError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(EXIT_FAILED)
    pipeline = Pipeline.build(**settings.pipeline)
    cleaned, changes = pipeline.explain(text)
    name = "<stdin>" if work[0].source == "-" else work[0].source
    told = ""
    for language in pipeline.explained_languages:  # each block's, where it changes
        said = f"{name}: language: {language.code or 'undetermined'} ({language.how})"
        if said != told:
            click.echo(said, err=True)
            told = said
    if pipeline.unrecognised and not quiet:
        click.echo(language_note(work[0].source, pipeline.unrecognised), err=True)
    click.echo(
        "".join(
            f"{name}:{change.line}:{change.column} {change.step}: "
            f"{change.before!r} -> {change.after!r} ({change.why})\n"
            for change in changes
        ),
        err=True,
        nl=False,
    )
    sys.stdout.buffer.write(cleaned.encode("utf-8"))


if __name__ == "__main__":  # pragma: no cover
    main()
