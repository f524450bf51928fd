"""kg's command line: parse options, call the pipeline, print a summary. No NLP here.

The pipeline (and spaCy with it) is imported inside the commands that build, so ``kg --help``
and a mistyped option answer at once.
"""

from __future__ import annotations

import contextlib
import importlib.util
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kg.confidence import DEFAULT_MIN_CONFIDENCE
from kg.debris import LONG_TOKEN_CHARS
from kg.gazetteer import DataFileError
from kg.model import ENTITY_TYPES
from kg.nlp import DEFAULT_MODEL, ModelNotFound

app = typer.Typer(
    help=(
        "kg builds a knowledge graph of the people, organisations, states, treaties and places in a "
        "folder of news articles, with typed relations backed by the sentences that state them.\n\n"
        "Example: kg build seeds/ --out output/   then open output/graph.html"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2
FORMAT_NAMES = ("graphml", "html", "gexf", "json")


def _console(quiet: bool = False) -> Console:
    return Console(quiet=quiet, highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    Console(stderr=True, highlight=False, soft_wrap=True).print(f"kg: error: {message}", markup=False)
    raise typer.Exit(EXIT_FAILED)


def _summary(console: Console, result, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
    graph = result.graph
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    relations = Counter(d["relation"] for _, _, d in graph.edges(data=True))
    console.print(
        f"Read {result.documents} document(s)"
        + (f", {result.cached} from the cache" if result.cached else "")
        + f" in {result.seconds:.1f} s: {graph.number_of_nodes()} entities, {graph.number_of_edges()} relations.",
        markup=False,
    )
    table = Table(show_header=True, header_style="bold", box=None)
    table.add_column("entity type")
    table.add_column("count", justify="right")
    for t in ENTITY_TYPES:
        table.add_row(t, str(types.get(t, 0)))
    console.print(table)
    if relations:
        rtable = Table(show_header=True, header_style="bold", box=None)
        rtable.add_column("relation")
        rtable.add_column("count", justify="right")
        for name, n in sorted(relations.items()):
            rtable.add_row(name, str(n))
        console.print(rtable)
    if result.long_tokens:
        console.print(f"cut {result.long_tokens} run(s) of {LONG_TOKEN_CHARS} or more characters without a space "
                      f"(base64 data, scripts) out of {result.long_token_documents} document(s): no word is that long",
                      markup=False)
    if result.below_confidence:
        console.print(f"left out {result.below_confidence} relation(s) of confidence under {min_confidence:g} "
                      "(--min-confidence 0 keeps every relation)", markup=False)
    for fmt, path in result.outputs.items():
        console.print(f"wrote {fmt}: {path}", markup=False)
    for skipped in result.skipped:
        console.print(f"skipped {skipped.path}: {skipped.reason}", markup=False)


@contextlib.contextmanager
def _progress_bar(quiet: bool):
    """A progress callback drawing documents/s and an ETA on stderr once a build has run for a
    second; refreshed by the callback itself, so no thread runs while workers are forked."""
    if quiet:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]:.1f} docs/s"),
        TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[cached]} cached"),
        console=Console(stderr=True), transient=True, auto_refresh=False,
    )
    started, shown = time.perf_counter(), [0.0]

    def update(progress) -> None:
        now = time.perf_counter()
        if now - started < 1.0 or now - shown[0] < 0.1:
            return
        if not bar.tasks:
            bar.start()
            bar.add_task("parsing", total=progress.total, rate=0.0, cached=0)
        bar.update(bar.tasks[0].id, total=progress.total, completed=progress.done,
                   rate=progress.done / (now - started), cached=progress.cached)
        bar.refresh()
        shown[0] = now

    try:
        yield update
    finally:
        bar.stop()


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(metavar="PATHS", help="Files or folders of articles (.txt, .md, .html, .jsonl).", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for graph.graphml, graph.html, graph.gexf and graph.json.")] = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use, e.g. en_core_web_sm or en_core_web_lg.")] = DEFAULT_MODEL,
    format: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="Write only these formats (repeatable): graphml, html, gexf, json.")] = None,
    aliases: Annotated[Optional[Path], typer.Option(help="JSON-lines file of extra names to merge or keep apart (see README).")] = None,
    patterns: Annotated[Optional[Path], typer.Option(help="JSON-lines file of extra relation patterns (see README).")] = None,
    max_nodes: Annotated[Optional[int], typer.Option(help="Show only the N most-connected entities in graph.html (GraphML keeps all).", min=1)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for the NLP.", min=1)] = 1,
    cache: Annotated[Optional[Path], typer.Option("--cache", metavar="PATH", help="Extraction cache (SQLite file) that lets a re-run parse only new or changed documents. Default: kg-cache.sqlite in --out.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Parse every document and keep no cache.")] = False,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="Run the NLP on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://10.0.0.5:8786); needs pip install 'kg[dask]'.")] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", metavar="X", min=0.0, max=1.0, help="Keep only relations whose confidence (the precision their rules show on gold-annotated articles) is at least X: 0.9 for what is near-certain, 0 for everything kg read.")] = DEFAULT_MIN_CONFIDENCE,
) -> None:
    """Build the knowledge graph of PATHS and write it to --out.

    Example: kg build seeds/ --out output/ --format graphml --format html --min-confidence 0.9
    """
    from kg.pipeline import build as run_build

    formats = tuple(format or FORMAT_NAMES)
    unknown = [f for f in formats if f not in FORMAT_NAMES]
    if unknown:
        _fail(f"unknown format {unknown[0]!r}: expected one of {', '.join(FORMAT_NAMES)}")
    for option, value in (("--aliases", aliases), ("--patterns", patterns)):
        if value is not None and not value.is_file():
            _fail(f"{option} file not found: {value}")
    if dask is not None and importlib.util.find_spec("distributed") is None:
        _fail("--dask needs the distributed package: pip install 'kg[dask]'")
    console = _console(quiet)
    try:
        with _progress_bar(quiet) as on_progress, _warnings_in_one_line():
            result = run_build(
                paths,
                out_dir=out,
                model=model,
                formats=formats,
                aliases=aliases,
                patterns=patterns,
                max_nodes=max_nodes,
                jobs=jobs,
                cache=False if no_cache else (cache or True),
                dask=dask,
                on_progress=on_progress,
                min_confidence=min_confidence,
            )
    except ModelNotFound as error:
        _fail(str(error))
    except DataFileError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot write to {out}: {error.strerror or error}")
    _summary(console, result, min_confidence)
    if not result.documents:
        _fail("no documents could be read: " + "; ".join(f"{s.path}: {s.reason}" for s in result.skipped[:3]))
    raise typer.Exit(EXIT_SKIPPED if result.skipped else EXIT_OK)


@contextlib.contextmanager
def _warnings_in_one_line():
    """Warnings (a rule that failed on one document) as one line each on stderr, no source lines."""
    import warnings

    def show(message, category, filename, lineno, file=None, line=None):
        print(f"kg: warning: {message}", file=sys.stderr)

    saved = warnings.showwarning
    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = saved


@app.command()
def view(
    graph: Annotated[Path, typer.Argument(help="A graph.graphml written by kg build.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="HTML file to write. Default: next to GRAPH, as graph.html.")] = None,
    max_nodes: Annotated[Optional[int], typer.Option(help="Show only the N most-connected entities.", min=1)] = None,
) -> None:
    """Re-render the HTML explorer from an existing GraphML, without running the NLP again.

    Example: kg view output/graph.graphml --out /tmp/graph.html
    """
    from kg.export.graphml import read_graphml
    from kg.export.html import write_html

    if not graph.is_file():
        _fail(f"no such GraphML file: {graph}")
    try:
        g = read_graphml(graph)
    except Exception as error:  # a user's file may be anything: say so in one line
        _fail(f"{graph} is not a kg GraphML file: {str(error).splitlines()[0] if str(error) else type(error).__name__}")
    target = out or graph.with_suffix(".html")
    try:
        write_html(g, target, max_nodes=max_nodes)
    except OSError as error:
        _fail(f"cannot write {target}: {error.strerror or error}")
    _console().print(f"wrote html: {target}", markup=False)


@app.command()
def evaluate(
    graph: Annotated[Path, typer.Argument(help="A GraphML file (e.g. output/graph.graphml).")],
    gold: Annotated[Path, typer.Argument(help="A gold JSON file (format in README).")],
    plot: Annotated[Optional[Path], typer.Option("--plot", metavar="FILE.png", help="Also draw the precision-recall curve and the reliability diagram into FILE.png (needs pip install 'kg[plot]').")] = None,
) -> None:
    """Score GRAPH against GOLD: precision and recall per entity type and relation type, and at
    confidence thresholds, with a reliability table (mean confidence against observed precision).

    Example: kg evaluate output/graph.graphml tests/seeds.gold.json --plot pr.png
    """
    from kg.evaluate import format_report, plot_report, score

    for path in (graph, gold):
        if not path.is_file():
            _fail(f"no such file: {path}")
    if plot is not None and importlib.util.find_spec("matplotlib") is None:
        _fail("--plot needs matplotlib: pip install 'kg[plot]'")
    try:
        report = score(graph, gold)
    except ValueError as error:
        _fail(str(error))
    _console().print(format_report(report), markup=False)
    if plot is not None:
        if not report.has_confidence:
            _fail(f"{graph}: its edges carry no confidence to plot (rebuild it with this kg)")
        try:
            plot_report(report, plot, title=f"{graph.name} against {gold.name}")
        except OSError as error:
            _fail(f"cannot write {plot}: {error.strerror or error}")
        _console().print(f"wrote plot: {plot}", markup=False)


def main() -> None:
    """The ``kg`` command: the app's exit status becomes the process's, once the output is flushed."""
    try:
        app()
        code = 0
    except SystemExit as stop:
        code = stop.code
    if not isinstance(code, int):
        if code is not None:
            print(code, file=sys.stderr)
        code = 0 if code is None else 1
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)
