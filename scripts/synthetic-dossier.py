#!/usr/bin/env python3
"""Writes a SYNTHETIC dossier of N articles, for timing builds and `dossier serve`.

Every name, place, outlet and sentence here is invented (names are made of random
syllables; places are "Villefictive-…"); nothing is real news. The text is French-like
filler shaped like a news article: paragraphs with names, titles, places and dates, about
6 KB per article, so the build's extraction stages have realistic work.

    scripts/synthetic-dossier.py 1000 /tmp/synthetic-1000
"""
import os
import random
import sys

SYLLABLES = ["ba", "lo", "ver", "tan", "mi", "ru", "del", "cor", "sa", "ni", "quel", "bre",
             "fon", "tis", "ga", "mar", "vel", "dun", "ro", "pel"]
FIRST_NAMES = ["Jeanne", "Paul", "Claire", "Marc", "Lucie", "Henri", "Sophie", "Louis",
               "Anne", "Pierre", "Julie", "Victor"]
TITLES = ["le ministre", "la conseillère", "le porte-parole", "la présidente", "le général",
          "la secrétaire d'État", "le négociateur"]
OUTLETS = ["Le Courrier fictif", "La Gazette d'exemple", "Le Journal synthétique",
           "L'Écho de Testlande", "Le Quotidien inventé"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
VERBS = ["a rencontré", "a critiqué", "a soutenu", "a reçu", "a appelé", "a répondu à"]
TOPICS = ["un accord commercial", "la réforme du port", "un projet de barrage",
          "les négociations régionales", "un budget contesté", "la coopération fluviale"]


def surname(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, folder = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20221107)
    people = [f"{rng.choice(FIRST_NAMES)} {surname(rng)}" for _ in range(300)]
    places = [f"Villefictive-{surname(rng)}" for _ in range(80)]
    articles = os.path.join(folder, "Content", "articles")
    os.makedirs(articles, exist_ok=True)
    with open(os.path.join(folder, "dossier.yml"), "w", encoding="utf-8") as f:
        f.write('# SYNTHETIC dossier for timing: every name and event is invented.\n'
                f'title: "Dossier synthétique de {count} articles"\nlanguage: fr\n')
    for index in range(count):
        year, month, day = 2020 + index % 4, 1 + index % 12, 1 + index % 28
        cast = rng.sample(people, 6)
        paragraphs = []
        for _ in range(14):
            a, b = rng.sample(cast, 2)
            place = rng.choice(places)
            sentences = [
                f"{a.split()[0]} {a.split()[1]}, {rng.choice(TITLES)}, {rng.choice(VERBS)} "
                f"{b} à {place} le {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}.",
                f"Selon {rng.choice(OUTLETS)}, la discussion portait sur {rng.choice(TOPICS)}.",
                f"M. {b.split()[1]} a déclaré que rien n'était décidé, et {a.split()[1]} "
                f"doit se rendre à {rng.choice(places)} en {rng.choice(MONTHS)}.",
            ]
            paragraphs.append(" ".join(sentences))
        body = "\n\n".join(paragraphs)
        text = (
            "---\n"
            f'title: "Article synthétique {index:04d} : {cast[0]} et {rng.choice(TOPICS)}"\n'
            f"date: {year}-{month:02d}-{day:02d}\n"
            f'source: "{rng.choice(OUTLETS)}"\n'
            "---\n"
            f"{body}\n"
        )
        with open(os.path.join(articles, f"synthetique-{index:04d}.md"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
