"""A deterministic corpus of news-like articles for kg's benchmarks.

The articles recombine the sentences of the seed articles and swap the names in them for others from
kg's gazetteers (states with their demonyms and capitals, organisations of the same kind) and for
generated people, drawn with Zipf-like weights: a few states and people recur in many articles, new
ones keep appearing, so the graph grows the way a real news graph does instead of saturating after
two articles. The same ``n`` and ``seed`` always give the same files.

    python benchmarks/corpus.py --n 2000 --out /tmp/kg-corpus-2000
"""

from __future__ import annotations

import argparse
import json
import random
import re
from importlib import resources
from pathlib import Path

__all__ = ["articles", "write_corpus"]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# People are generated, not looked up: nothing here needs a list of real people.
_FIRST = (
    "Adam Agnes Aleksander Alina Amir Ana Andrei Anna Antonio Arturs Beata Boris Carlos Chen Clara "
    "Daniel Dmitri Elena Emil Erik Fatima Felipe Giorgi Hana Hassan Ines Irina Ivan Jakub Jana Javier "
    "Jonas Karin Kenji Laila Lars Leila Lina Luca Maria Marek Marta Mehmet Mikhail Nadia Nikolai Olga "
    "Omar Pavel Petra Priya Rafael Rasa Ravi Sara Sergei Sofia Stefan Tamar Tomas Viktor Yana Yusuf Zofia"
).split()
_SURNAME = (
    "Abbasov Adamczyk Alvarez Andersen Antonescu Bakker Balodis Berg Bianchi Borisov Castillo Chaudhry "
    "Demir Dvorak Eriksen Farouk Ferreira Gashi Georgiev Haddad Hansen Horvat Ivanova Jansen Kalnins "
    "Kapoor Karimov Kask Kovacs Kowalski Lindqvist Lopez Mahmoud Markovic Mazur Meyer Moreau Nakamura "
    "Nemeth Novak Okafor Olsen Ozturk Petrenko Popescu Rahman Rossi Saar Sato Schmidt Sokolov Tamm "
    "Tanaka Ueda Varga Vasquez Volkov Wagner Weber Yilmaz Zajac Zeller"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _rows(name: str) -> list[dict]:
    text = (resources.files("kg") / "data" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _zipf(rng: random.Random, items: list, s: float = 1.1):
    weights = [1 / (rank + 1) ** s for rank in range(len(items))]
    return rng.choices(items, weights)[0]


class _Names:
    """The seed articles' names, and what each can become."""

    def __init__(self, rng: random.Random, n_articles: int):
        states = [r for r in _rows("states.jsonl") if r.get("demonyms") and r.get("capital") and not r.get("historical")]
        rng.shuffle(states)  # which states are "popular" is part of the seed
        self.states = states
        self.orgs: dict[str, list[dict]] = {}
        for row in _rows("organisations.jsonl"):
            self.orgs.setdefault(row["kind"], []).append(row)
        for rows in self.orgs.values():
            rng.shuffle(rows)
        # A pool of people that grows with the corpus, so new names keep appearing.
        size = max(60, n_articles // 2)
        pool = {f"{rng.choice(_FIRST)} {rng.choice(_SURNAME)}" for _ in range(size * 2)}
        self.people = sorted(pool)
        rng.shuffle(self.people)
        self.people = self.people[:size]

        # surface form -> (kind, original id, which form)
        self.forms: dict[str, tuple[str, str, str]] = {}
        for row in _rows("states.jsonl"):
            if row.get("historical"):
                continue
            for form in (row["name"], *row.get("aliases", ())):
                self.forms[form] = ("state", row["id"], "name")
            for form in row.get("demonyms", ()):
                self.forms[form] = ("state", row["id"], "demonym")
            for form in (row.get("capital", ""), *row.get("seats", ())):
                if form:
                    self.forms[form] = ("state", row["id"], "capital")
        for kind, rows in self.orgs.items():
            for row in rows:
                for form in (row["name"], *row.get("aliases", ())):
                    self.forms[form] = ("org:" + kind, row["id"], "name")
        for row in _rows("treaties.jsonl"):
            for form in (row["name"], *row.get("aliases", ())):
                self.forms.pop(form, None)  # "Washington Treaty" is not the capital
        self.forms["Crimean Peninsula"] = self.forms["Crimean peninsula"] = ("keep", "", "")

    def add_people(self, full_names: list[str]) -> None:
        for name in full_names:
            self.forms[name] = ("person", name, "full")
            self.forms[name.split()[-1]] = ("person", name, "surname")

    def pattern(self) -> re.Pattern:
        forms = sorted(self.forms, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")


def _seed_sentences(names: _Names) -> list[str]:
    """Sentences of the seed articles, without headlines, captions and furniture."""
    from kg.ingest import read_documents

    sentences = []
    for document in read_documents([SEEDS]):
        for paragraph in document.text.split("\n"):
            paragraph = paragraph.strip()
            if len(paragraph.split()) < 8 or not paragraph.endswith((".", "”", '"')):
                continue
            sentences += [s for s in re.split(r"(?<=[.?!”])\s+(?=[A-Z“])", paragraph) if len(s.split()) >= 4]
    return sentences


def _seed_people() -> list[str]:
    """Full names of the people the seed articles name, found by kg itself."""
    from kg.ingest import read_documents
    from kg.pipeline import Extractor

    extractor = Extractor()
    documents = [d for d in read_documents([SEEDS]) if not isinstance(d, Exception) and hasattr(d, "text")]
    people = set()
    for extraction in extractor.extractions(documents):
        for m in extraction.mentions:
            if m.type == "person" and len(m.text.split()) >= 2 and m.text[:1].isupper():
                people.add(m.text)
    return sorted(people)


class _Article:
    """One article's choices: each seed name becomes the same new name throughout it."""

    def __init__(self, names: _Names, rng: random.Random, pattern: re.Pattern):
        self.names, self.rng, self.pattern = names, rng, pattern
        self.mapping: dict[tuple[str, str], object] = {}
        self.taken: set[str] = set()

    def target(self, kind: str, original: str):
        key = (kind, original)
        if key not in self.mapping:
            for _ in range(50):
                if kind == "state":
                    choice = _zipf(self.rng, self.names.states)
                elif kind == "person":
                    choice = _zipf(self.rng, self.names.people, 0.9)
                else:
                    choice = _zipf(self.rng, self.names.orgs[kind.removeprefix("org:")])
                ident = json.dumps(choice, sort_keys=True)
                if ident not in self.taken:
                    break
            self.taken.add(ident)
            self.mapping[key] = choice
        return self.mapping[key]

    def swap(self, match: re.Match) -> str:
        kind, original, form = self.names.forms[match.group(1)]
        if kind == "keep":
            return match.group(1)
        new = self.target(kind, original)
        if kind == "person":
            return new if form == "full" else new.split()[-1]
        if kind == "state":
            if form == "demonym":
                return new["demonyms"][0]
            return new["capital"] if form == "capital" else new["name"]
        return new["name"]

    def vary(self, text: str) -> str:
        rng = self.rng
        text = self.pattern.sub(self.swap, text)
        text = re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b", lambda m: str(rng.randint(1991, 2024)), text)
        text = re.sub("|".join(_WEEKDAYS), lambda m: rng.choice(_WEEKDAYS), text)
        return re.sub(r"\b\d{2,3},000\b", lambda m: f"{rng.randint(10, 250)},000", text)


def articles(n: int, *, seed: int = 0):
    """Yield ``n`` (file name, text) pairs."""
    rng = random.Random(seed)
    names = _Names(rng, n)
    names.add_people(_seed_people())
    pattern = names.pattern()
    sentences = _seed_sentences(names)

    for i in range(n):
        vary = _Article(names, rng, pattern).vary
        chosen = rng.sample(sentences, k=min(len(sentences), rng.randint(10, 34)))
        title = vary(rng.choice(sentences)).rstrip(".")
        paragraphs, k = [], 0
        while k < len(chosen):
            size = rng.randint(1, 3)
            paragraphs.append(" ".join(vary(s) for s in chosen[k : k + size]))
            k += size
        yield f"{i:05d}.txt", title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(n: int, out: str | Path, *, seed: int = 0) -> Path:
    """Write ``n`` articles as text files into ``out`` (created) and return it."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in articles(n, seed=seed):
        (out / name).write_text(text, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_corpus(args.n, args.out, seed=args.seed)
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
