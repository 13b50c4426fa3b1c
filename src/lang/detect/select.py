"""Writes words.txt: for each language, the N most frequent words of its stopwords-iso 1.1.0
list, ranked by wordfreq 3.1.1's frequencies (only used to rank).

    pip install wordfreq==3.1.1 && npm pack stopwords-iso@1.1.0 && tar xzf stopwords-iso-1.1.0.tgz
    python select.py package/stopwords-iso.json 40 > words.txt
"""
import json
import sys
import unicodedata

import wordfreq

LANGS = "da de en es fi fr hu it nl no pt ro sv tr ca cs id pl ru bg uk".split()
# Romanian and Turkish ş ţ (cedilla) and ș ț (comma) are one letter to the detector.
FOLD = str.maketrans({"ş": "ș", "ţ": "ț"})
# The clitic of English possessives ("company's") as much as of French "s'il".
DROP = {"s"}


def frequency(word, lang):
    wf = "nb" if lang == "no" else lang
    cedilla = word.replace("ș", "ş").replace("ț", "ţ")
    return max(wordfreq.word_frequency(word, wf), wordfreq.word_frequency(cedilla, wf))


def main():
    lists = json.load(open(sys.argv[1], encoding="utf-8"))
    n = int(sys.argv[2])
    for lang in LANGS:
        words = {unicodedata.normalize("NFC", w.lower()).translate(FOLD) for w in lists[lang] if w.isalpha()}
        ranked = sorted(words - DROP, key=lambda w: (-frequency(w, lang), w))
        print(lang, " ".join(ranked[:n]))


if __name__ == "__main__":
    main()
