"""The corpus extracted under Dask's distributed scheduler (a LocalCluster of two worker
processes) equals the single-process output, line for line."""

import os
import sys
from pathlib import Path

import pytest

RECIPES = Path(__file__).resolve().parents[1] / "recipes"


def test_dask_local_cluster_output_equals_single_process(corpus_path, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    # the workers are new processes: they import the recipe from PYTHONPATH
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in [str(RECIPES), os.environ.get("PYTHONPATH", "")] if p
    )
    sys.path.insert(0, str(RECIPES))
    import dask_extract

    expected = dask_extract.extract_local(corpus_path)
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        parts = dask_extract.extract_dask(corpus_path, tmp_path, client, blocksize="2MB")
    assert len(parts) > 2, "the corpus was cut into several blocks"
    got = []
    for p in parts:
        with open(p, encoding="utf-8") as f:
            got.extend(f.readlines())
    assert len(got) == len(expected)
    for i, (g, e) in enumerate(zip(got, expected)):
        assert g == e, f"line {i + 1} differs"
