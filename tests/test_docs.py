"""The documentation is tested: every filter is documented, and the README's examples run."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ocrclean import FILTERS
from ocrclean.pipeline import summary

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(FILTERS))
def test_filter_is_documented(name: str) -> None:
    func = FILTERS[name]
    assert f"| `{name}` |" in README, "missing from the README's filter table"
    assert summary(func), "no summary line for --list-filters"
    doc = func.__doc__ or ""
    assert "Leaves alone" in doc and ">>>" in doc, "docstring needs 'Leaves alone' and an example"


def test_readme_filter_table_is_in_pipeline_order() -> None:
    assert re.findall(r"^\| `([a-z]+_\w+)` \|", README, re.MULTILINE) == list(FILTERS)


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
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci
