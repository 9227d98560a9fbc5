"""Batch learning: recurring lines are boilerplate; the batch's words are evidence.

A first pass reads every document of the batch (a file, or a record of a JSONL file) and
counts, per document, its short lines with digits masked ("Page 12 of 40" and "Page 3 of
40" are one line). A line found in at least ``min_documents`` documents and in at least
``share`` of them becomes an extra whole-line pattern for ``strip_boilerplate``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from .batch import STDIN, Job, open_source
from .evidence import vocabulary
from .files import InputError, decode_chunks
from .jsonl import is_jsonl, open_input

MAX_LINE_CHARS = 80  # boilerplate lines are short; prose lines are not learned
MIN_LINE_LETTERS = 8  # "12", "* * *" and one-word headings are not learned
_RE_DIGITS = re.compile(r"\d+")
_RE_SPACES = re.compile(r"\s+")


def _key(line: str) -> str | None:
    line = _RE_SPACES.sub(" ", line.strip())
    if len(line) > MAX_LINE_CHARS or sum(c.isalpha() for c in line) < MIN_LINE_LETTERS:
        return None
    return _RE_DIGITS.sub("#", line)


def _documents(jobs: Iterable[Job], encoding: str, field: str) -> Iterator[str]:
    for job in jobs:
        if job.source == STDIN:
            continue
        try:
            with open_source(job.source) as handle:
                if is_jsonl(job.source):
                    for line in open_input(handle):
                        try:
                            text = json.loads(line).get(field)
                        except (ValueError, AttributeError):
                            continue
                        if isinstance(text, str):
                            yield text
                else:
                    yield "".join(decode_chunks(handle, job.source, encoding))
        except (InputError, OSError):
            continue  # the cleaning pass reports it


def learn(
    jobs: Iterable[Job],
    *,
    encoding: str = "utf-8",
    field: str = "text",
    min_documents: int = 3,
    share: float = 0.5,
) -> tuple[list[str], Counter[str]]:
    """One pass over the batch: its boilerplate patterns (see ``learn_boilerplate``) and
    its vocabulary (words seen twice or more), evidence for ``rejoin_hyphenated``."""
    seen: Counter[str] = Counter()
    words: Counter[str] = Counter()
    documents = 0
    for text in _documents(jobs, encoding, field):
        documents += 1
        seen.update({key for line in text.splitlines() if (key := _key(line))})
        words.update(vocabulary(text))
    needed = max(min_documents, share * documents)
    patterns = [
        re.escape(key).replace("\\#", "#").replace("#", r"\d+")
        for key, n in sorted(seen.items())
        if n >= needed
    ]
    return patterns, Counter({word: n for word, n in words.items() if n >= 2})


def learn_boilerplate(
    jobs: Iterable[Job],
    *,
    encoding: str = "utf-8",
    field: str = "text",
    min_documents: int = 3,
    share: float = 0.5,
) -> list[str]:
    """Whole-line patterns for the lines that recur across the batch's documents.

    >>> from ocrclean.batch import Job
    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> stories = ["The council met.", "Rain is coming.", "A ship sank off the coast.", "Wheat prices rose."]
    >>> for i, story in enumerate(stories):
    ...     with open(os.path.join(folder, f"{i}.txt"), "w") as f:
    ...         _ = f.write(f"{story}\\nAcme Gazette, page {i + 3}\\n")
    >>> learn_boilerplate([Job(os.path.join(folder, f"{i}.txt"), None) for i in range(4)])
    ['Acme\\\\ Gazette,\\\\ page\\\\ \\\\d+']
    """
    return learn(jobs, encoding=encoding, field=field, min_documents=min_documents, share=share)[0]
