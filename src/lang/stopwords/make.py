"""Writes <code>.txt, the stopword list of each language beyond English, from spaCy's lists.

    python make.py SPACY_DIR ISO_JSON
    # SPACY_DIR: the unpacked spaCy 3.8.7 wheel (pip download spacy==3.8.7);
    # ISO_JSON: stopwords-iso.json of the npm package stopwords-iso 1.1.0 (npm pack stopwords-iso)

Each list: spaCy's STOP_WORDS of the language (spacy/lang/<code>/stop_words.py; Norwegian
from nb), NFC, lowercase, one word a line, sorted by bytes; entries with spaces, with no
letter, and Arabic short vowels (harakat, which news text leaves out) removed, and the
nouns and adjectives in EXCLUDE: content words that name a topic ("governo", "estado"), a
keyphrase's head more often than filler.

Korean: spaCy's list holds morphemes (verb stems "하", "있"; nouns "것", "수"), which the
tokenizer leaves once it has cut off particles ("하는" → "하"); the one-word entries of
stopwords-iso's Korean list (adverbs, conjunctions, pronouns, counted words as written:
"그리고", "또한", "함께") are added, minus the nouns in EXCLUDE.
"""
import json
import os
import sys
import unicodedata

CODES = "ar da de el es fi fr hu it ja ko nl no pt ro ru sv ta tr zh".split()
# Languages whose spaCy list is joined by the one-word entries of stopwords-iso's.
WITH_ISO = ["ko"]
EXCLUDE = {
    "it": "anno casa città giorno governo lavoro marche ministro mondo mosto nazionale paese parte "
    "persone srl stato tempo uomo via",
    "pt": "estado grupo lugar número números tempo",
    "es": "estado",
    "ko": "시간 시각 아이 양자 전자 단지",
}
# Words added to a language's list: Korean's quotative particles, which follow a closing
# quotation mark as a word of their own ('"...했다"고 말했다'); French hyphenated adverbs.
ADD = {
    "ko": "고 라고 라며",
    # Adverbs written with hyphens, which spaCy's list lacks.
    # Turkish: the indefinite article, postpositions with their case ("arasında",
    # "üzerine"), number words and forms of "olmak" (be), which spaCy's list lacks.
    "tr": "bir altmış altı altında arasında aracılığıyla beş bin boyunca dışında doksan dokuz dört elli geçen hakkında iki içinde ilişkin kapsamında karşı kırk milyar milyon on olabilir olacak olacağını olmadığını olmayan otuz sayesinde seksen sekiz sırasında sonrasında üç üzerinde üzerine yaklaşık yedi yetmiş yirmi yönelik yüz yüzde öncesinde",
    # French: adverbs of degree and time ("trop", "jamais"). Not "hier", "bien", "été":
    # content words of the summary's similarity, whose leaving out cost OrangeSum ROUGE.
    "fr": "au-delà au-dessous au-dessus c'est-à-dire ci-dessous ci-dessus là-bas peut-être vis-à-vis "
    "jamais pourtant presque toutefois trop vraiment",
    # Italian: the preposition "entro" (within), which spaCy's list lacks.
    "it": "entro",
    # Tamil: the conjunction "ஆனால்" (but), postpositions and adverbs ("அருகே" near, "சுமார்"
    # about, "இனி" from now on), "ஆகியவை" closing a list, and number words; not "ஆறு"
    # (six, also a river).
    "ta": "ஆனால் அருகே அருகில் சுமார் ஆகியவை இனி மூலம் ஒன்று இரண்டு மூன்று நான்கு ஐந்து ஏழு எட்டு "
    "ஒன்பது பத்து இருபது நூறு ஆயிரம் லட்சம் கோடி",
    # Titles written lowercase before a name, no keyphrase by themselves: the Greek forms
    # of address "κ." (Mr., Mrs.), "κα", "κος", the Hungarian "dr.", the Romanian "dl."
    # (Mr.) and "dna." (Mrs.).
    "el": "κ κα κος",
    "hu": "dr",
    "ro": "dl dna",
    # Danish: the verbs that report speech ("siger", "sagde"), which spaCy's list lacks
    # (its Norwegian and Swedish lists hold "sier", "säger").
    "da": "fortalte fortæller kalder kaldte mener mente sagde siger",
    # Swedish: "är" (is), which spaCy's list lacks beside "var", "vara", "varit".
    "sv": "är",
}
# Letters readers write either way (Russian ё as е, Romanian ș ț with a comma below as with
# a cedilla; the `folds` of the language's Rules): each word with one is listed in both
# spellings.
FOLDS = {"ru": [("ё", "е")], "ro": [("ș", "ş"), ("ț", "ţ")]}
HARAKAT = {chr(c) for c in range(0x064B, 0x0653)}


def words(spacy_dir, iso, code):
    path = os.path.join(spacy_dir, "spacy", "lang", "nb" if code == "no" else code, "stop_words.py")
    ns = {}
    exec(open(path, encoding="utf-8").read(), ns)
    out = set()
    listed = set(ns["STOP_WORDS"]) | set(iso[code] if code in WITH_ISO else [])
    listed |= set(ADD.get(code, "").split())
    for w in listed:
        w = unicodedata.normalize("NFC", w).strip().lower().replace("’", "'")
        w = "".join(c for c in w if c not in HARAKAT)
        if w in EXCLUDE.get(code, "").split():
            continue
        if w and not any(c.isspace() for c in w) and any(c.isalpha() for c in w):
            out.add(w)
            for a, b in FOLDS.get(code, []):
                out.add(w.replace(a, b))
    return sorted(out, key=lambda w: w.encode())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    iso = json.load(open(sys.argv[2], encoding="utf-8"))
    for code in CODES:
        with open(os.path.join(here, code + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(words(sys.argv[1], iso, code)))


if __name__ == "__main__":
    main()
