#!/usr/bin/env python3
"""Writes the fuzzers' starting corpora, fuzz/corpus/<target>/ (git-ignored), from the
committed seeds (fuzz/seeds/<target>/), the repository's seed articles and, when present,
the dev sets' articles (never committed: they are evaluation data).

    python3 fuzz/seed.py [--eval-dir ../shared/eval] [--seeds ../shared/seeds] [--sample N]

Each file is in the target's input format (see fuzz/common.rs): `ingest` takes a format
byte then the article; `analyze_json` one line of options as JSON then the article.
"""

import argparse
import hashlib
import json
import pathlib
import shutil

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
MAX_LEN = 64 * 1024
# A spread of valid option objects for analyze_json's seeds (invalid ones come from the
# committed seeds and the dictionary).
OPTIONS = [
    {},
    {"sentences": 1},
    {"sentences": 5, "keyphrases": 20, "tags": 0},
    {"ratio": 0.2},
    {"maxWords": 40, "format": "auto"},
    {"sentences": 0, "keyphrases": 1000, "tags": 1000, "language": "en"},
]


def write(target, data):
    data = data[:MAX_LEN]
    folder = FUZZ / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def articles(eval_dir, seed_dirs):
    """(format byte, article bytes) of every seed and dev-set article found."""
    for folder in seed_dirs:
        for path in sorted(pathlib.Path(folder).glob("*.txt")):
            yield b"a", path.read_bytes()
    if not eval_dir.is_dir():
        print(f"no dev sets at {eval_dir}: seeds only")
        return
    for path in sorted(eval_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if isinstance(row.get("html"), str):
                    yield b"h", row["html"].encode()
                elif isinstance(row.get("text"), str):
                    yield b"a", row["text"].encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", default=ROOT.parent / "shared" / "eval", type=pathlib.Path)
    parser.add_argument("--seeds", action="append", default=[ROOT / "tests" / "fixtures" / "seeds"])
    parser.add_argument(
        "--sample", type=int, default=0,
        help="keep about N articles, spread over the sets (a big corpus takes minutes to load)",
    )
    args = parser.parse_args()

    for target in ("ingest", "analyze_json", "article"):
        shutil.rmtree(FUZZ / "corpus" / target, ignore_errors=True)
        for path in sorted((FUZZ / "seeds" / target).glob("*")):
            write(target, path.read_bytes())
    found = list(articles(args.eval_dir, args.seeds))
    step = max(1, len(found) // args.sample) if args.sample else 1
    count = 0
    for i, (fmt, article) in enumerate(found[::step]):
        write("ingest", fmt + article)
        options = json.dumps(OPTIONS[i % len(OPTIONS)]).encode()
        write("analyze_json", options + b"\n" + article)
        count += 1
    print(f"{count} articles → fuzz/corpus/ingest and fuzz/corpus/analyze_json")


if __name__ == "__main__":
    main()
