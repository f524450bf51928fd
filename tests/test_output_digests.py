"""Every output file of the seeds and of every tests/ article set, byte for byte.

The digests in ``output_digests.json`` change only on purpose: a refactoring must leave every byte
as it was, and a new rule shows here, set by set, which graphs it changed. After a deliberate
change, regenerate them with ``python tests/test_output_digests.py`` and commit the file with the
change that explains it.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
DIGESTS = ROOT / "output_digests.json"
SETS = {
    "seeds": ROOT.parent / "seeds",
    **{name: ROOT / name / "articles" for name in
       ("dev", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")},
}


def digests_of(name: str, out_dir: Path) -> dict[str, str]:
    """sha256 of each output file of a no-cache build of the set ``name``."""
    from kg.pipeline import build

    result = build([SETS[name]], out_dir=out_dir, cache=False)
    return {fmt: hashlib.sha256(path.read_bytes()).hexdigest() for fmt, path in sorted(result.outputs.items())}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(SETS))
def test_every_output_file_is_as_recorded(tmp_path, name):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))[name]
    assert digests_of(name, tmp_path) == expected, (
        f"the outputs of {name} changed; if on purpose, run python tests/test_output_digests.py"
    )


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        table = {name: digests_of(name, Path(folder) / name) for name in sorted(SETS)}
    DIGESTS.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {DIGESTS}", file=sys.stderr)
