"""kg: an entity knowledge-graph builder for news articles.

>>> from kg import build
>>> result = build(["seeds"], out_dir="output")      # doctest: +SKIP
>>> result.graph.number_of_nodes()                    # doctest: +SKIP
"""

from kg.graph import build_graph
from kg.model import ENTITY_TYPES, Document, DocumentExtraction, Evidence, Mention, Relation, Skipped
from kg.pipeline import BuildResult, Extractor, build, build_graph_from_paths

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
]
