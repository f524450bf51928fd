"""Big and hostile documents (issue 15): does kg build them in time and memory that follow the
amount of text, as for ordinary articles?

    python benchmarks/big_documents.py --work /tmp/kg-big            # 5 MB inputs, jobs 1
    python benchmarks/big_documents.py --work /tmp/kg-big --mb 1     # a quicker look

Five inputs, each built by ``python -m kg build DIR --jobs 1 --no-cache`` in a fresh process,
timed from outside and sampled for peak memory (RSS of the process, PSS of its tree):

- ``articles``: MB megabytes of news-like prose (``benchmarks/corpus.py``) as articles of about
  2,000 characters, one file each: the yardstick;
- ``paragraphs``: the same text as one article, its paragraph breaks kept;
- ``one line``: the same text as one article on one line, without a paragraph or line break;
- ``token``: an article with a single-line token of MB megabytes in the middle;
- ``base64``: an article with a base64 blob of MB megabytes inside one of its sentences.

Each should take at most twice the time of ``articles`` and peak under 600 MB. The code measured
is ``git archive HEAD`` unpacked under ``--work`` (edits made meanwhile do not leak in), unless
``--here``. Figures are printed and written as JSON (``--json``).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import run as bench  # noqa: E402 -- the throughput benchmark's process sampling

KINDS = ("articles", "paragraphs", "one line", "token", "base64")
LIMIT_RATIO, LIMIT_MB = 2.0, 600


def write_inputs(work: Path, megabytes: float) -> dict[str, Path]:
    """The five input folders under ``work/inputs`` (run inside the measured code's environment)."""
    from corpus import articles

    from kg.pieces import text_pieces

    size = int(megabytes * 1_000_000)
    texts, total = [], 0
    for _, text in articles(max(50, size // 2000)):
        texts.append(text.strip())
        total += len(texts[-1]) + 2
        if total >= size:
            break
    while total < size:  # a small corpus is repeated rather than regenerated larger
        texts += texts
        total *= 2
    prose = "\n\n".join(texts)[:size].rsplit("\n\n", 1)[0] + "\n"
    folders = {kind: work / "inputs" / kind.replace(" ", "-") for kind in KINDS}
    for folder in folders.values():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for n, (_, piece) in enumerate(text_pieces(prose, 2000)):
        (folders["articles"] / f"{n:05d}.txt").write_text(piece.strip() + "\n", encoding="utf-8")
    (folders["paragraphs"] / "report.txt").write_text(prose, encoding="utf-8")
    (folders["one line"] / "report.txt").write_text(" ".join(prose.split()) + "\n", encoding="utf-8")
    rng = random.Random(15)
    article = texts[0].split("\n\n")
    token = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(size))
    (folders["token"] / "article.txt").write_text("\n\n".join(article[:2] + [token] + article[2:]) + "\n", encoding="utf-8")
    blob = base64.b64encode(rng.randbytes(size * 3 // 4)).decode()
    sentence = f"The ministry published the map as data:image/png;base64,{blob} on its website on Monday."
    (folders["base64"] / "article.txt").write_text("\n\n".join(article[:2] + [sentence] + article[2:]) + "\n", encoding="utf-8")
    return folders


def drive(args) -> dict:
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.here:
        src = REPO
        commit = "working tree"
    else:
        src, commit = bench.unpacked_head(work)
    env = {**os.environ, "PYTHONPATH": str(src), "KG_BENCH_WORK": str(work)}
    subprocess.run([sys.executable, str(src / "benchmarks" / "big_documents.py"), "inputs", "--work", str(work),
                    "--mb", str(args.mb)], env=env, check=True)
    results: dict = {"megabytes": args.mb, "commit": commit, "runs": {}}
    for kind in KINDS:
        folder = work / "inputs" / kind.replace(" ", "-")
        out = work / "out" / kind.replace(" ", "-")
        shutil.rmtree(out, ignore_errors=True)
        run = bench._run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "--jobs", "1", "--no-cache",
                          "-q"], env, sample=True)
        run["characters"] = sum(p.stat().st_size for p in folder.iterdir())
        run["files"] = len(list(folder.iterdir()))
        results["runs"][kind] = run
        print(f"{kind}: {run['wall']:.1f} s, peak RSS {run['peak_rss_main'] / 2**20:.0f} MB "
              f"(PSS of the tree {run['peak_rss_tree'] / 2**20:.0f} MB), {run['files']} file(s)", flush=True)
    base = results["runs"]["articles"]["wall"]
    results["summary"] = {
        kind: {"seconds": round(r["wall"], 1), "time / articles": round(r["wall"] / base, 2),
               "peak RSS MB": round(r["peak_rss_main"] / 2**20),
               "within limits": r["wall"] <= LIMIT_RATIO * base and r["peak_rss_main"] < LIMIT_MB * 2**20}
        for kind, r in results["runs"].items()
    }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=("inputs",), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-big"))
    parser.add_argument("--mb", type=float, default=5.0, help="megabytes of text per input (default 5)")
    parser.add_argument("--here", action="store_true", help="measure the working tree, not git archive HEAD")
    parser.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args()
    if args.command == "inputs":
        write_inputs(args.work.resolve(), args.mb)
        return
    results = drive(args)
    print(json.dumps(results["summary"], indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
