"""kg: an entity knowledge-graph builder for news articles.

>>> import kg
>>> graph = kg.build_graph(["seeds"])                 # doctest: +SKIP
>>> graph.number_of_nodes()                           # doctest: +SKIP
>>> result = kg.build(["seeds"], out_dir="output")    # doctest: +SKIP  (and writes the files)

The build API is imported on first use: it needs spaCy, whose import takes seconds, and
``import kg`` (or ``kg --help``) should not.
"""

from kg.model import ENTITY_TYPES, Document, DocumentExtraction, Evidence, Mention, Relation, Skipped

__version__ = "0.1.0"

__all__ = [
    "ENTITY_TYPES",
    "BuildResult",
    "Document",
    "DocumentExtraction",
    "Evidence",
    "Extractor",
    "Mention",
    "Relation",
    "Skipped",
    "__version__",
    "build",
    "build_graph",
    "build_graph_from_paths",
    "graph_from_extractions",
]


def __getattr__(name: str):
    if name in ("BuildResult", "build", "build_graph", "build_graph_from_paths"):
        import kg.pipeline as module
    elif name == "Extractor":
        import kg.runners as module
    elif name == "graph_from_extractions":
        import kg.graph as module
    else:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
