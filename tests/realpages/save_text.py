#!/usr/bin/env python3
"""Save a page's text, pulled again with the search tool, where its gold file expects it.

    python tests/realpages/save_text.py <id> < text.txt

Reads the text on standard input and writes ``texts/<id>.txt`` only if its SHA-256 (as given, with
one trailing newline added, or with trailing newlines removed) equals the gold file's
``text_sha256``; prints ``ok <id>`` or says what did not match and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    stem = sys.argv[1].removesuffix(".txt").removesuffix(".gold.json")
    gold_path = HERE / "gold" / f"{stem}.gold.json"
    if not gold_path.is_file():
        print(f"no gold file {gold_path.name}", file=sys.stderr)
        return 2
    want = json.loads(gold_path.read_text(encoding="utf-8"))["text_sha256"]
    raw = sys.stdin.buffer.read()
    stripped = raw.rstrip(b"\n")
    for candidate in (raw, stripped + b"\n", stripped, raw + b"\n"):
        if hashlib.sha256(candidate).hexdigest() == want:
            out = HERE / "texts" / f"{stem}.txt"
            out.parent.mkdir(exist_ok=True)
            out.write_bytes(candidate)
            print(f"ok {stem}")
            return 0
    print(f"{stem}: the text's SHA-256 matches none of the gold's ({len(raw)} bytes read); nothing written", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
