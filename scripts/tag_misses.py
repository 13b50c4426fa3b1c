#!/usr/bin/env python3
"""Where the typed tags miss: each gold entity of entities-dev (mentioned at least twice) that
is not among the first 8 tags, with where it is instead: further down the tags (`tag>8`), only
among the keyphrases (`kp-only`), or nowhere (`absent`), and the first 8 tags beside it.

    python3 scripts/tag_misses.py [--genre prose|table] [--eval-dir DIR] > misses.txt

Run `cargo build --release --features cli` first. Matching is score_tags.py's own (imported
from the eval directory), so a miss here is a miss there.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--genre")
    ap.add_argument("--eval-dir", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "eval")))
    args = ap.parse_args()
    sys.path.insert(0, args.eval_dir)
    from score_tags import best_match, norm

    gold = [json.loads(l) for l in open(os.path.join(args.eval_dir, "entities-dev.jsonl"), encoding="utf-8")]
    if args.genre:
        gold = [d for d in gold if d.get("genre") == args.genre]
    lines = "\n".join(json.dumps({"id": d["id"], "text": d["text"], "format": "text"}) for d in gold) + "\n"
    binary = os.path.join(ROOT, "target", "release", "abridge")
    out = subprocess.run([binary, "batch", "--tags", "60", "--keyphrases", "200"], input=lines,
                         capture_output=True, text=True, check=True).stdout
    results = {r["id"]: r for r in map(json.loads, out.splitlines())}
    where = collections.Counter()
    for d in gold:
        r, ents = results[d["id"]], d["entities"]

        def first_rank(items, text):
            ranks = {}
            for i, item in enumerate(items):
                j = best_match(norm(item[text]), ents)
                if j is not None:
                    ranks.setdefault(j, (i, item[text], item.get("kind", "")))
            return ranks

        tags, phrases = first_rank(r.get("tags", []), "label"), first_rank(r.get("keyphrases", []), "text")
        top = [t["label"] + "/" + t["kind"][:3] for t in r.get("tags", [])[:8]]
        for j, e in enumerate(ents):
            if e["count"] < 2 or j in tags and tags[j][0] < 8:
                continue
            cls = "tag>8" if j in tags else "kp-only" if j in phrases else "absent"
            where[cls] += 1
            print(f"{d['id']} {cls:8} {e['text']!r} ({e['kind']}, {e['count']}) "
                  f"tag={tags.get(j)} keyphrase={phrases.get(j)} top8={top}")
    print(dict(where))


if __name__ == "__main__":
    main()
