"""The documentation is tested: every filter is documented, the manual is current, the
README stays short and its examples run, and reader-facing text names no local paths."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import click
import pytest

from ocrclean import FILTERS
from ocrclean.cli import main as ocrclean_command
from ocrclean.evaluate import main as eval_command
from ocrclean.manual import markdown
from ocrclean.pipeline import summary
from ocrclean.review import main as report_command

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
MANUAL = (ROOT / "docs" / "filters.md").read_text(encoding="utf-8")
READER_FACING = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("name", list(FILTERS))
def test_filter_is_documented(name: str) -> None:
    func = FILTERS[name]
    assert f"| [`{name}`](#{name}) |" in MANUAL and f"\n## {name}\n" in MANUAL
    assert summary(func), "no summary line for --list-filters"
    doc = func.__doc__ or ""
    assert "Leaves alone" in doc and ">>>" in doc, "docstring needs 'Leaves alone' and an example"


def test_filters_manual_is_generated_from_the_docstrings() -> None:
    assert markdown() == MANUAL, "run: python -m ocrclean.manual > docs/filters.md"


def test_manual_filter_table_is_in_pipeline_order() -> None:
    assert re.findall(r"^\| \[`([a-z]+_\w+)`\]", MANUAL, re.MULTILINE) == list(FILTERS)


def test_readme_is_short() -> None:
    assert len(README.splitlines()) < 300


def test_readme_python_example_runs_as_written() -> None:
    """Each statement runs; an expression with a comment showing a value must give it."""
    block = re.search(r"## Python API.*?```python\n(.*?)```", README, re.DOTALL).group(1)
    lines = block.splitlines()
    namespace: dict = {}
    for node in ast.parse(block).body:
        code = ast.get_source_segment(block, node)
        comment = lines[node.end_lineno - 1].partition("#")[2].strip()
        if isinstance(node, ast.Expr) and comment.startswith(("'", "[")):
            assert repr(eval(code, namespace)) == comment
        else:
            exec(code, namespace)


def test_readme_setup_commands() -> None:
    commands = re.findall(r"```sh\n(python3 -m venv[^\n]*)\n```", README)
    assert len(commands) == 2
    assert "seeds/000_b51489e9a307c78f.txt" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


def _options(command: click.Command) -> set[str]:
    return {flag for param in command.params for flag in param.opts + param.secondary_opts}


def test_readme_commands_use_real_options() -> None:
    """Every option of an ``ocrclean``, ``ocrclean-eval`` or ``ocrclean-report`` line in the
    README's and the guide's examples exists."""
    commands = {
        "ocrclean": _options(ocrclean_command),
        "ocrclean-eval": _options(eval_command),
        "ocrclean-report": _options(report_command),
    }
    for path in (ROOT / "README.md", ROOT / "docs" / "guide.md"):
        for block in re.findall(r"```sh\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL):
            for line in block.splitlines():
                for part in line.split("|"):
                    words = part.split("#")[0].split()
                    if words and words[0] in commands:
                        used = {w.split("=")[0] for w in words if re.match(r"--?[a-zA-Z]", w)}
                        assert used <= commands[words[0]], f"{path.name}: {line}"


@pytest.mark.parametrize("path", READER_FACING, ids=lambda p: p.name)
def test_reader_facing_text_names_no_local_paths_or_issues(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for forbidden in (r"\.\./shared", r"/work/", r"\bissue\s*#?\d+", r"performance issue"):
        assert not re.search(forbidden, text, re.IGNORECASE), forbidden


def _anchors(path: Path) -> set[str]:
    """The anchors GitHub makes of a Markdown file's headings."""
    headings = re.findall(r"^#+ (.*)$", path.read_text(encoding="utf-8"), re.MULTILINE)
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}


@pytest.mark.parametrize("path", [*READER_FACING, ROOT / "CONTRIBUTING.md"], ids=lambda p: p.name)
def test_relative_links_and_anchors_resolve(path: Path) -> None:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
    for target, anchor in re.findall(r"\]\(([^)#:]*)(?:#([^)]*))?\)", text):
        linked = (path.parent / target) if target else path
        assert linked.exists(), target
        if anchor:
            assert anchor in _anchors(linked), f"{target}#{anchor}"
