"""Running ocrclean on a Dask cluster: the same per-file cleaning, scheduled by Dask.

Each task is ``clean_file(job, settings)``, the function ``ocrclean -j`` runs in its worker
processes: a plain module-level function and two small frozen dataclasses, cheap to pickle.
The word list is loaded once per worker process, on the first file that needs it.

    from dask.distributed import Client
    from ocrclean.distributed import clean_on_dask
    from ocrclean.batch import Settings

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    outcomes = clean_on_dask(["corpus/"], "clean/", Settings(), client=client)

Files are read and written by the workers, so input and output paths must be visible to
every worker (a shared file system or a mounted bucket).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .batch import Outcome, Settings, clean_file, plan

if TYPE_CHECKING:
    from distributed import Client


def clean_on_dask(
    sources: list[str],
    output: str | None,
    settings: Settings,
    *,
    client: Client | None = None,
    globs: Iterable[str] = ("*.txt", "*.jsonl", "*.jsonl.gz"),
    excludes: Iterable[str] = (),
) -> list[Outcome]:
    """Clean ``sources`` (files and folders) into ``output`` (or in place) on Dask.

    The jobs are planned, and refused, exactly as on the command line; the outcomes come
    back in input order. Without ``client`` the current Dask scheduler is used.
    """
    import dask.bag

    jobs = plan(list(sources), output, settings, globs, excludes)
    if not jobs:
        return []
    bag = dask.bag.from_sequence(jobs, npartitions=min(len(jobs), 256)).map(clean_file, settings)
    outcomes: list[Outcome] = bag.compute(scheduler=client.get if client is not None else None)
    return outcomes
