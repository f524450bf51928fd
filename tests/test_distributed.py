"""The Dask runner: a real LocalCluster builds the same graph as a local build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.export.graphml import graphml_bytes
from kg.model import Document
from kg.pipeline import ExtractorSpec, build_graph_from_paths

distributed = pytest.importorskip("distributed")
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "short.txt").write_text("Finland\n\nFinland joined NATO in April 2023.\n", encoding="utf-8")
    return folder


@pytest.mark.model
def test_a_local_cluster_builds_the_same_graph_as_a_local_build(corpus, tmp_path):
    local = build_graph_from_paths([corpus])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = build_graph_from_paths([corpus], dask=cluster.scheduler_address, cache=tmp_path / "c.sqlite")
        with distributed.Client(cluster) as client:  # a Client works as well as an address
            again = build_graph_from_paths([corpus], dask=client)
    assert on_dask.documents == local.documents == 3
    assert graphml_bytes(on_dask.graph) == graphml_bytes(local.graph)
    assert graphml_bytes(again.graph) == graphml_bytes(local.graph)


def test_a_worker_running_other_rules_refuses_the_work():
    from kg.distributed import _remote_extractions

    with pytest.raises(RuntimeError, match="different kg or model than this client"):
        _remote_extractions(ExtractorSpec(), "en_core_web_sm-3.7.1|kg-0|old", [Document("a.txt", "Text.")])


def test_nothing_to_parse_needs_no_cluster():
    from kg.distributed import dask_extractions

    # an address nobody listens on: never contacted when every document was cached
    assert list(dask_extractions(iter([]), ExtractorSpec(), "tcp://127.0.0.1:9")) == []
