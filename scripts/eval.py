#!/usr/bin/env python3
"""Score abridge on the shared dev sets with the shared scorers.

    python3 scripts/eval.py summaries|keyphrases|multi|html|entities [--sentences 3] [--keyphrases 10]
                            [--tags 8] [--worst N]
    python3 scripts/eval.py language

Runs `target/release/abridge batch` (build it first: `cargo build --release --features cli`,
or use `make eval`) over ../shared/eval/<set>.jsonl, converts its output to the scorer's
format in out/<set>.jsonl, and prints the scorer's per-source figures. One setting for all
sources: nothing here depends on the dataset. `entities` scores the typed tags (person, place,
organization, topic) with score_tags.py, over all documents and per genre (prose, table).
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval"))
SETS = {
    "summaries": "summaries-dev.jsonl",
    "keyphrases": "keyphrases-dev.jsonl",
    "multi": "keyphrases-multi-dev.jsonl",
    "html": "html-dev.jsonl",
    "entities": "entities-dev.jsonl",
}
# Language identification: every dev set, each line's `lang` (English where it has none)
# against the `language` abridge reports for its whole text under `language: "auto"`.
LANGUAGE_SETS = [
    "summaries-dev.jsonl",
    "keyphrases-dev.jsonl",
    "summaries-multi-dev.jsonl",
    "keyphrases-multi-dev.jsonl",
    "keyphrases-world-dev.jsonl",
    "segmentation-dev.jsonl",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=[*SETS, "language"])
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--keyphrases", type=int, default=10)
    ap.add_argument("--tags", type=int, default=8)
    ap.add_argument("--worst", type=int, default=0, help="html: list the N weakest pages")
    ap.add_argument("--eval-dir", default=EVAL)
    args = ap.parse_args()

    binary = os.path.join(ROOT, "target", "release", "abridge")
    if args.set == "language":
        sys.exit(language(binary, args.eval_dir))
    gold_path = os.path.join(args.eval_dir, SETS[args.set])
    python = os.path.join(ROOT, ".eval-venv", "bin", "python")
    if not os.path.exists(python):
        python = sys.executable
    lines = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if args.set == "html":
                lines.append({"id": d["id"], "text": d["html"], "format": "html"})
            else:
                # The dev sets are plain text; titles, when given, are not part of the body.
                lines.append({"id": d["id"], "text": d["text"], "format": "text"})
    cmd = [binary, "batch", "--sentences", str(args.sentences), "--keyphrases", str(args.keyphrases), "--tags", str(args.tags)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, input="\n".join(json.dumps(l) for l in lines) + "\n", capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"abridge batch failed: {proc.stderr}")
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)
    out_path = os.path.join(ROOT, "out", args.set + ".jsonl")
    with open(out_path, "w", encoding="utf-8") as out:
        for line in proc.stdout.splitlines():
            r = json.loads(line)
            if "error" in r:
                row = {"id": r["id"], "error": r["error"]}
            elif args.set == "html":
                row = {"id": r["id"], "text": r["text"]}
            elif args.set == "entities":
                row = {"id": r["id"], "tags": [{"label": t["label"], "kind": t["kind"]} for t in r["tags"]]}
            else:
                row = {
                    "id": r["id"],
                    "summary": [s["text"] for s in r["summary"]],
                    "keywords": [k["text"] for k in r["keyphrases"]],
                }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"# {len(lines)} docs in {elapsed:.2f} s wall (batch, all cores); output in {os.path.relpath(out_path, ROOT)}")
    if args.set == "html":
        scorer = [python, os.path.join(args.eval_dir, "score_extract.py"), gold_path, out_path]
        if args.worst:
            scorer[2:2] = ["--worst", str(args.worst)]
    elif args.set == "entities":
        return score_entities(python, args, gold_path, out_path)
    else:
        scorer = [python, os.path.join(args.eval_dir, "score.py"), "--by-source", gold_path, out_path]
    print("# " + " ".join(os.path.relpath(a, ROOT) if os.path.isabs(a) else a for a in scorer))
    sys.exit(subprocess.run(scorer).returncode)


def language(binary, eval_dir):
    """Prints, per dev set and language, how many documents abridge detects as that language
    (accuracy), and what it said instead."""
    lines, gold = [], {}
    for name in LANGUAGE_SETS:
        with open(os.path.join(eval_dir, name), encoding="utf-8") as f:
            for i, line in enumerate(f):
                d = json.loads(line)
                key = f"{name}:{i}"
                gold[key] = (name.removesuffix(".jsonl"), d.get("lang", "en"))
                lines.append({"id": key, "text": d["text"], "format": "text"})
    cmd = [binary, "batch", "--sentences", "1", "--keyphrases", "1"]
    proc = subprocess.run(cmd, input="\n".join(json.dumps(l) for l in lines) + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        return f"abridge batch failed: {proc.stderr}"
    said = {}
    for line in proc.stdout.splitlines():
        r = json.loads(line)
        if "error" in r:
            said[r["id"]] = "error"
        else:
            # Text the ingest stage drops entirely is no test of detection: said apart.
            said[r["id"]] = r["language"] if r["text"].strip() else "no clean text"
    rows = {}
    for key, (name, lang) in gold.items():
        rows.setdefault((name, lang), []).append(said.get(key, "missing"))
    print(f"# {len(lines)} docs; `language` reported under auto (\"en\" also when undecided)")
    print("| set | lang | docs | accuracy | reported instead |")
    print("|---|---|---|---|---|")
    for (name, lang), got in sorted(rows.items(), key=lambda r: (r[0][1], r[0][0])):
        wrong = {}
        for g in got:
            if g != lang:
                wrong[g] = wrong.get(g, 0) + 1
        instead = ", ".join(f"{g} {n}" for g, n in sorted(wrong.items(), key=lambda w: -w[1]))
        print(f"| {name} | {lang} | {len(got)} | {1 - sum(wrong.values()) / len(got):.3f} | {instead} |")
    return 0


def score_entities(python, args, gold_path, out_path):
    """score_tags.py over all documents, then per genre: the headline figures of each."""
    keys = ("kind_accuracy", "recall_at_k", "recall_at_k_kind", "typed_precision")
    print("| genre | docs | " + " | ".join(keys) + " |")
    for genre in (None, "prose", "table"):
        scorer = [python, os.path.join(args.eval_dir, "score_tags.py"), gold_path, out_path, "--k", str(args.tags)]
        if genre:
            scorer += ["--genre", genre]
        proc = subprocess.run(scorer, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"score_tags.py failed: {proc.stderr}")
        r = json.loads(proc.stdout)
        if genre is None:
            print("# " + " ".join(os.path.relpath(a, ROOT) if os.path.isabs(a) else a for a in scorer), file=sys.stderr)
            errors = r.get("errors")
        figures = " | ".join("-" if r.get(k) is None else f"{r[k]:.3f}" for k in keys)
        print(f"| {genre or 'all'} | {r.get('docs', '')} | {figures} |")
    print(f"# typed-tag errors (all): {json.dumps(errors)}")


if __name__ == "__main__":
    main()
