"""Filters GeoNames cities500 and world-countries into the compact files the place finder ships.

Usage: filter.py cities500.txt countries.json words.txt OUT_DIR
Keeps every place in the core of the region the articles cover, larger places of the wider
Middle East, every place of 15,000 people or more elsewhere, and every capital; only Latin-script
alternate names are kept, since articles are in English.
"""
import gzip
import json
import os
import sys
import unicodedata

CORE = {"SY", "IQ", "LB", "JO", "IL", "PS", "TR"}
WIDER = {"SA", "IR", "EG", "YE", "KW", "QA", "AE", "BH", "OM", "CY", "LY", "AF"}


def latin(s):
    for ch in s:
        o = ord(ch)
        if ch in " -'.`()" or ch.isdigit():
            continue
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x2B0 <= o <= 0x2FF or ch in "\u2018\u2019":
            continue
        return False
    return True


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


STRONG_ARTICLES = {"al", "el", "ad", "ar", "az", "ash", "ath", "ez", "ed", "ul", "adh", "ech"}
WEAK_ARTICLES = {"as", "at", "an", "es", "en", "et", "er", "us", "l"}


def key(name):
    """Mirrors PlaceName.Key in C#: folded words without articles."""
    s = fold(name)
    for ch in "'\u2019\u2018\u02bc\u02bf\u02be`.\u02bb":
        s = s.replace(ch, "")
    for ch in "-\u2010\u2011/,()":
        s = s.replace(ch, " ")
    s = s.replace("\u0131", "i")
    words = s.split()
    return " ".join(w for i, w in enumerate(words)
                    if not (i < len(words) - 1 and (w in STRONG_ARTICLES or w in WEAK_ARTICLES)))


def skeleton(k):
    """Mirrors PlaceName.Skeleton in C#."""
    out = []
    for word in k.split(" "):
        sb = ""
        prev_vowel = False
        for i, ch in enumerate(word):
            ch = "k" if ch in "qc" else ch
            vowel = ch in "aeiouyw"
            if i == 0:
                sb += ch
                prev_vowel = vowel
                continue
            at_end = i + 1 == len(word)
            if vowel or (ch == "h" and prev_vowel and at_end):
                prev_vowel = vowel
                continue
            prev_vowel = False
            if sb and sb[-1] == ch:
                continue
            sb += ch
        out.append(sb)
    return " ".join(out)


def keep_alt(a, name):
    if not a or len(a) > 40 or not latin(a) or any(c.isdigit() for c in a):
        return False
    if not a[0].isupper():
        return False  # lower-case forms are mostly romanisations of other scripts' names
    if a.isupper() and len(a) <= 4:
        return False  # airport and postal codes
    return fold(a) != fold(name)


def main(cities, countries, words, out):
    dictionary = set()
    if os.path.exists(words):
        with open(words, encoding="utf-8") as f:
            dictionary = {w.strip() for w in f if w.strip().isalpha() and w.strip().islower()}

    def translated(a):
        # an alternate made only of English words ("White House" for Casablanca) is a translation,
        # never how an English article names the place
        ws = a.lower().split()
        return len(ws) > 1 and all(w in dictionary for w in ws)

    # First pass: the largest population under each primary name, so that an old or foreign alternate
    # ("Philadelphia" for Amman) never takes the name of a bigger place that bears it today.
    primary_pop = {}
    with open(cities, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 15:
                for n in {fold(p[1]), fold(p[2])}:
                    primary_pop[n] = max(primary_pop.get(n, 0), int(p[14] or 0))

    rows = []
    names_seen = set()
    skeletons_seen = set()
    with open(cities, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            name, ascii_name, alts, lat, lon, fclass, fcode, cc, pop = p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[14]
            pop = int(pop or 0)
            if fclass != "P" or fcode in ("PPLH", "PPLQ", "PPLW"):
                continue  # historical, abandoned and destroyed places
            capital = fcode == "PPLC"
            if not (cc in CORE or (cc in WIDER and pop >= 5000) or pop >= 15000 or capital):
                continue
            alt_list = []
            seen = {fold(name)}
            for a in [ascii_name] + alts.split(","):
                a = a.strip()
                if keep_alt(a, name) and fold(a) not in seen and not translated(a) and primary_pop.get(fold(a), -1) <= pop:
                    seen.add(fold(a))
                    alt_list.append(a)
            kind = "city" if capital or fcode in ("PPLA", "PPLA2") or pop >= 50000 else "town"
            rows.append("\t".join([name, cc, kind, f"{float(lat):.4f}", f"{float(lon):.4f}", str(pop),
                                   "1" if capital else "0", "|".join(alt_list)]))
            names_seen.add(fold(name))
            names_seen.update(fold(a) for a in alt_list)
            if cc in CORE:
                skeletons_seen.update(skeleton(key(n)) for n in [name] + alt_list)
    rows.sort()
    with gzip.GzipFile(os.path.join(out, "gazetteer-geonames.tsv.gz"), "wb", mtime=0) as g:
        g.write(("# name\tcountry\tkind\tlat\tlon\tpopulation\tcapital\talternate names (|)\n" + "\n".join(rows) + "\n").encode("utf-8"))

    data = json.load(open(countries, encoding="utf-8"))
    lines = ["# code\tname\tlat\tlon\talternate names (|)\tdemonyms (|)"]
    for c in sorted(data, key=lambda c: c["cca2"]):
        name = c["name"]["common"]
        alts = [c["name"]["official"]] + [a for a in c.get("altSpellings", []) if len(a) > 2 or a in ("UK", "US")]
        alts = [a for a in dict.fromkeys(alts) if a != name and latin(a) and a[0].isupper()]
        dem = c.get("demonyms", {}).get("eng", {})
        dems = sorted({d for d in (dem.get("m"), dem.get("f")) if d})
        lat, lon = (c.get("latlng") or [0, 0])[:2]
        lines.append("\t".join([c["cca2"], name, f"{lat:.4f}", f"{lon:.4f}", "|".join(alts), "|".join(dems)]))
        names_seen.add(fold(name))
    with open(os.path.join(out, "places-countries.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    common = set()
    if os.path.exists(words):
        with open(words, encoding="utf-8") as f:
            for w in f:
                w = w.strip()
                if not (w and w.isalpha() and w.islower()):
                    continue
                # a place name that is an English word, or an English word that looks like a
                # transliteration of a place of the region (its skeleton is a place's skeleton)
                if w in names_seen or (len(w) >= 4 and skeleton(w) in skeletons_seen):
                    common.add(w)
    with open(os.path.join(out, "gazetteer-common-words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (Debian wamerican) that are place names, or whose transliteration skeleton is one: found only where the text marks them as places\n")
        f.write("\n".join(sorted(common)) + "\n")
    print(f"{len(rows)} places, {len(lines) - 1} countries, {len(common)} common words")


if __name__ == "__main__":
    main(*sys.argv[1:5])
