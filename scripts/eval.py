#!/usr/bin/env python3
"""Score abridge on the shared dev sets with the shared scorers.

    python3 scripts/eval.py summaries|caseless|keyphrases|multi|summaries-multi|keyphrases-world
                            |html|entities|segmentation
                            [--sentences 3] [--keyphrases 10] [--tags 8] [--worst N]
    python3 scripts/eval.py language

Runs `target/release/abridge batch` (build it first: `cargo build --release --features cli`,
or use `make eval`) over ../shared/eval/<set>.jsonl, converts its output to the scorer's
format in out/<set>.jsonl, and prints the scorer's per-source figures. One setting for all
sources: nothing here depends on the dataset. `entities` scores the typed tags (person, place,
organization, topic) with score_tags.py, over all documents and per genre (prose, table).

`caseless` runs the CNN/DM part of summaries-dev twice, as given and lowercased with every
line break replaced by a space (text as transcripts and chat exports come), and prints the
mean sentence count and ROUGE of both. `segmentation` scores the sentence list of each
document of segmentation-dev with score_segmentation.py.
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
    "summaries-multi": "summaries-multi-dev.jsonl",
    "keyphrases-world": "keyphrases-world-dev.jsonl",
    "html": "html-dev.jsonl",
    "entities": "entities-dev.jsonl",
    "caseless": "summaries-dev.jsonl",
    "segmentation": "segmentation-dev.jsonl",
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


def run_batch(binary, args, lines):
    """abridge batch over `lines` ({"id","text","format"}): its results, in input order."""
    cmd = [binary, "batch", "--sentences", str(args.sentences), "--keyphrases", str(args.keyphrases), "--tags", str(args.tags)]
    proc = subprocess.run(cmd, input="\n".join(json.dumps(l) for l in lines) + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"abridge batch failed: {proc.stderr}")
    return [json.loads(line) for line in proc.stdout.splitlines()]


def sentence_texts(r):
    """The sentences of a result, sliced from its text by their UTF-16 offsets."""
    units = r["text"].encode("utf-16-le")
    return [units[2 * s["start"]:2 * s["end"]].decode("utf-16-le") for s in r["sentences"]]


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def summary_row(r):
    if "error" in r:
        return {"id": r["id"], "error": r["error"]}
    return {"id": r["id"], "summary": [s["text"] for s in r["summary"]], "keywords": [k["text"] for k in r["keyphrases"]]}


def caseless(binary, python, args, gold_path):
    """CNN/DM as given and lowercased without line breaks: sentence counts and ROUGE of both."""
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    gold = [d for d in gold if d["source"].startswith("SummEval")]
    out_dir = os.path.join(ROOT, "out")
    gold_out = os.path.join(out_dir, "caseless-gold.jsonl")
    write_jsonl(gold_out, gold)
    status = 0
    for name, transform in [("cased", lambda t: t), ("caseless", lambda t: " ".join(t.lower().split()))]:
        results = run_batch(binary, args, [{"id": d["id"], "text": transform(d["text"]), "format": "text"} for d in gold])
        counts = [r["stats"]["sentences"] for r in results if "error" not in r]
        out_path = os.path.join(out_dir, f"caseless-{name}.jsonl")
        write_jsonl(out_path, [summary_row(r) for r in results])
        print(f"## CNN/DM {name}: {sum(counts) / max(len(counts), 1):.2f} sentences per article ({len(counts)} docs)", flush=True)
        status |= subprocess.run([python, os.path.join(args.eval_dir, "score.py"), gold_out, out_path]).returncode
    return status



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set", choices=[*SETS, "language"])
    ap.add_argument("--sentences", type=int, default=3)
    ap.add_argument("--keyphrases", type=int, default=10)
    ap.add_argument("--tags", type=int, default=8)
    ap.add_argument("--worst", type=int, default=0, help="html: list the N weakest pages")
    ap.add_argument("--eval-dir", default=EVAL)
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "abridge"), help="the abridge CLI to run")
    args = ap.parse_args()

    binary = args.binary
    if args.set == "language":
        sys.exit(language(binary, args.eval_dir))
    gold_path = os.path.join(args.eval_dir, SETS[args.set])
    python = os.path.join(ROOT, ".eval-venv", "bin", "python")
    if not os.path.exists(python):
        python = sys.executable
    os.makedirs(os.path.join(ROOT, "out"), exist_ok=True)
    if args.set == "caseless":
        sys.exit(caseless(binary, python, args, gold_path))
    lines = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if args.set == "html":
                lines.append({"id": d["id"], "text": d["html"], "format": "html"})
            else:
                # The dev sets are plain text; titles, when given, are not part of the body.
                lines.append({"id": d["id"], "text": d["text"], "format": "text"})
    t0 = time.perf_counter()
    results = run_batch(binary, args, lines)
    elapsed = time.perf_counter() - t0
    out_path = os.path.join(ROOT, "out", args.set + ".jsonl")
    rows = []
    for r in results:
        if "error" in r:
            rows.append({"id": r["id"], "error": r["error"]})
        elif args.set == "html":
            rows.append({"id": r["id"], "text": r["text"]})
        elif args.set == "entities":
            rows.append({"id": r["id"], "tags": [{"label": t["label"], "kind": t["kind"]} for t in r["tags"]]})
        elif args.set == "segmentation":
            rows.append({"id": r["id"], "sentences": sentence_texts(r)})
        else:
            rows.append(summary_row(r))
    write_jsonl(out_path, rows)
    print(f"# {len(lines)} docs in {elapsed:.2f} s wall (batch, all cores); output in {os.path.relpath(out_path, ROOT)}")
    if args.set == "html":
        scorer = [python, os.path.join(args.eval_dir, "score_extract.py"), gold_path, out_path]
        if args.worst:
            scorer[2:2] = ["--worst", str(args.worst)]
    elif args.set == "entities":
        return score_entities(python, args, gold_path, out_path)
    elif args.set == "segmentation":
        scorer = [python, os.path.join(args.eval_dir, "score_segmentation.py"), gold_path, out_path]
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
    print(f"# {len(lines)} docs; `language` reported under auto (\"und\" also when undecided)")
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
