#!/usr/bin/env python3
"""Builds src/segment/cjk/zh.txt, the Chinese word list of the CJK segmenter.

    pip download --no-deps --no-binary :all: jieba==0.42.1 && tar xzf jieba-0.42.1.tar.gz
    python3 scripts/build_cjk_dict.py jieba-0.42.1/jieba/dict.txt [--words 20000]

Source: jieba 0.42.1 (PyPI), its dictionary `jieba/dict.txt` ("word frequency tag" lines, 349k
words counted over People's Daily and other corpora); jieba is MIT-licensed (Copyright (c)
2013 Sun Junyi). Kept: the `--words` most frequent words of one to four Han characters, ties
broken by code point order, so the output depends on the input alone.

Output: one line per cost and kind, `COST word word ...` or `bCOST word word ...`, words in code
point order. COST is the word's unigram cost -ln(frequency / total) in half-nat units, rounded;
the segmenter picks the segmentation of least total cost (unigram Viterbi, as jieba does
without its HMM). `b` marks break words, by jieba's part-of-speech tag: verbs (not verbal
nouns), adverbs, prepositions, conjunctions, particles, pronouns, numerals, measure words,
locatives, time words, interjections and onomatopoeia. They are never part of a keyphrase.
"""
import argparse
import math
import os
import re

# jieba's tags (ICTCLAS set) of the words that never are in a keyphrase.
# Not the morpheme tags (dg, rg, tg, zg): such characters (储) begin words the list lacks.
BREAK_TAGS = {"d", "ad", "p", "c", "u", "ud", "ug", "uj", "ul",
              "uv", "uz", "r", "rr", "rz", "m", "mq", "q", "f", "t", "y", "e", "o"}
# Single characters with these tags also begin names and compounds (张 a measure word and a
# surname, 中, 上): they break phrases only as words of two or more characters.
CONTENT_ALONE = {"m", "mq", "q", "f", "t", "ad", "o"}
# Verbs of two or more characters break phrases when common (cost at most this): 表示, 位于,
# 推广; rarer ones (合成, 计算) are often part of technical terms, and single characters
# (习, 学) begin names and compounds.
VERB_TAGS = {"v", "vd", "vg", "vi", "vq"}
COMMON_VERB_COST = 22
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]{1,4}$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dict")
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "src", "segment", "cjk", "zh.txt"))
    args = ap.parse_args()
    rows = []
    total = 0
    with open(args.dict, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()[:3]
            total += int(freq)
            if HAN.match(word):
                rows.append((word, int(freq), tag))
    rows.sort(key=lambda r: (-r[1], r[0]))
    buckets = {}
    for word, freq, tag in rows[: args.words]:
        cost = round(-2 * math.log(freq / total))
        brk = tag in BREAK_TAGS and not (len(word) == 1 and tag in CONTENT_ALONE) or tag in VERB_TAGS and cost <= COMMON_VERB_COST and len(word) > 1
        buckets.setdefault((brk, cost), []).append(word)
    with open(args.out, "w", encoding="utf-8") as f:
        for brk, cost in sorted(buckets):
            f.write(f"{'b' if brk else ''}{cost} {' '.join(sorted(buckets[brk, cost]))}\n")


if __name__ == "__main__":
    main()
