"""The Dask path gives, byte for byte, what the local command gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.batch import Settings
from ocrclean.cli import main

distributed = pytest.importorskip("dask.distributed")

ROOT = Path(__file__).resolve().parent.parent


def test_local_cluster_matches_local_run(tmp_path: Path) -> None:
    from ocrclean.distributed import clean_on_dask

    source = tmp_path / "in"
    (source / "nested").mkdir(parents=True)
    for i, path in enumerate(
        sorted((ROOT / "fixtures").glob("*.txt")) + [ROOT / "seeds" / "000_b51489e9a307c78f.txt"]
    ):
        folder = source / "nested" if i % 2 else source
        (folder / path.name).write_bytes(path.read_bytes())
    (source / "shard.jsonl").write_text(
        '{"id": 1, "text": "Russian coop- eration"}\n', encoding="utf-8"
    )
    assert CliRunner().invoke(main, [str(source), "-o", str(tmp_path / "local")]).exit_code == 0
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        outcomes = clean_on_dask([str(source)], str(tmp_path / "dask"), Settings(), client=client)
    assert {o.status for o in outcomes} <= {"cleaned", "unchanged"}
    local = {
        p.relative_to(tmp_path / "local"): p.read_bytes()
        for p in (tmp_path / "local").rglob("*")
        if p.is_file()
    }
    remote = {
        p.relative_to(tmp_path / "dask"): p.read_bytes()
        for p in (tmp_path / "dask").rglob("*")
        if p.is_file()
    }
    assert remote == local and len(local) == len(outcomes)
