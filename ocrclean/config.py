"""Settings from a config file: ``[tool.ocrclean]`` in pyproject.toml, or ocrclean.toml.

The nearest file wins, looking in the current folder and then each parent; in one folder
``ocrclean.toml`` comes before ``pyproject.toml`` (which counts only if it has a
``[tool.ocrclean]`` table). Keys are the command's long options, with ``-`` or ``_``:

    [tool.ocrclean]
    profile = "historical-newspaper"
    skip = ["normalize_spacing"]
    boilerplate = ['Page \\d+ of \\d+']
    jobs = 2
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class ConfigError(Exception):
    """A config file that cannot be used; the message names it."""


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ocrclean.toml, or pyproject.toml with a [tool.ocrclean] table."""
    folder = (start or Path.cwd()).resolve()
    for candidate_folder in (folder, *folder.parents):
        own = candidate_folder / "ocrclean.toml"
        if own.is_file():
            return own
        project = candidate_folder / "pyproject.toml"
        if project.is_file() and "ocrclean" in _read(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from None


def load_config(path: Path) -> dict[str, Any]:
    """The settings in ``path``, keys with ``_`` for ``-``."""
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("ocrclean", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.ocrclean] must be a table")
    return {key.replace("-", "_"): value for key, value in data.items()}
