"""Selects, for each language, the N most frequent words of its stopwords-iso 1.1.0 list,
ranked by wordfreq 3.1.1's word frequencies."""
import json, wordfreq, sys, unicodedata
iso = json.load(open('package/stopwords-iso.json'))
N = int(sys.argv[1])
LANGS = ['da','de','en','es','fi','fr','hu','it','nl','no','pt','ro','sv','tr','ca','cs','id','pl','ru','bg','uk']
FOLD = str.maketrans({'ş': 'ș', 'ţ': 'ț'})
DROP = {'s'}  # the clitic of English possessives ("company's") as much as of French "s'il"
for l in LANGS:
    wf = 'nb' if l == 'no' else l
    words = set(unicodedata.normalize('NFC', w.lower()).translate(FOLD) for w in iso[l] if w.isalpha())
    words -= DROP
    ranked = sorted(words, key=lambda w: (-wordfreq.word_frequency(w.replace('ș','ş').replace('ț','ţ') if l in ('tr',) else w, wf), w))
    print(l, ' '.join(ranked[:N]))
