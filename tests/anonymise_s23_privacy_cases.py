"""Session 23 (s23-privacy, issue 11 points 1 and 4, severity 1): person names the anonymiser kept
whole in PLAIN sentences at session 22's end, as classes -- (A) a listed first name after a lower-case
"de vzw/stichting", a listed surname after a lower-case "de brouwerij/bakkerij/frituur/garage...",
(B) a surname behind a particle no list holds ("Del", "Della", "Dos", "Ould", "Ter", "Ten", "Di"...),
(C) a particle surname whose body is a word or a place + a copula + a person-only role, (D) a particle
surname opening a sentence before a speech verb, (E) rankings in capitals (East-Asian family name
first, Belgian "ACHTERNAAM Voornaam" results), (F) an institution named after a person's full name,
(G) a firm named after a surname whose bare surname the report uses for a person, (H) a firm named
after a family next to a person of that surname whom the report masks (re-identification). A FROZEN
batch.

Written by s23-privacy on 7 December 2026, 12:56-13:10 UTC (by `date`), BEFORE reading any rule of
these classes (only the brief, the prompt, issue 11, session 22's notes and session 18's batch
helpers were read). Every name is invented (many origins); common listed surnames and given names
occur where the class is "a listed name". The look-alikes are real or invented organisations,
institutions, places, teams and firms in the same frames.

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"section"`` (the text is a report's quotes section) or ``"summary"`` (the text
is ``summary || quotes section``: the summary carries the firm, the quote the person). The text path
(``anonymise_text``) reads the whole text (for ``"summary"`` both halves joined by a blank line).
Policy under test (docs/decisions.md, session 23): a word a report uses as a person's name is masked
everywhere in that report, the firm named after it included (classes G and H).
``PYTHONPATH=tests python tests/anonymise_s23_privacy_cases.py [--show]``.
"""

from __future__ import annotations

from collections.abc import Sequence

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text

PERSON: list[tuple[str, str, list[str]]] = [
    # (A) a listed name after a lower-case organisation noun
    ("section", "“Vorige week belde ik met de vzw Lotte over de fuif.”", ["Lotte"]),
    ("section", "“We kregen de tenten van de stichting Yasmine.”", ["Yasmine"]),
    ("section", "“De vzw Bram betaalde de huur van het lokaal.”", ["Bram"]),
    ("section", "“Ik heb gemaild met de vzw Fatima.”", ["Fatima"]),
    ("section", "“Het bier kwam van de brouwerij Vermeulen.”", ["Vermeulen"]),
    ("section", "“We zaten gisteren bij de bakkerij Goossens.”", ["Goossens"]),
    ("section", "“Na de fuif aten we bij de frituur Willems.”", ["Willems"]),
    ("section", "“We brachten de bus naar de garage Jacobs.”", ["Jacobs"]),
    ("section", "“Ik sprak met de slagerij Mertens over de barbecue.”", ["Mertens"]),
    ("section", "“De taart kwam van de bakkerij Claes.”", ["Claes"]),
    ("section", "“Ik heb gebeld met de stichting Ahmed.”", ["Ahmed"]),
    ("section", "“De brouwerij Wouters gaf ons een vat.”", ["Wouters"]),
    # (B) a particle no list holds
    ("section", "“Del Campo is onze trainer en hij is streng.”", ["Campo"]),
    ("section", "“Della Valle zei dat we moesten wachten.”", ["Valle"]),
    ("section", "“Dos Reis is onze nieuwe begeleider.”", ["Reis"]),
    ("section", "“Ould Cheikh was mijn mentor op kamp.”", ["Cheikh"]),
    ("section", "“Ter Hoeve is onze voorzitter sinds mei.”", ["Hoeve"]),
    ("section", "“Ten Brinke vertelde dat het kamp vol was.”", ["Brinke"]),
    ("section", "“Ik sprak met Di Lorenzo over de fuif.”", ["Lorenzo"]),
    ("section", "“Gisteren belde Dal Bosco ons op.”", ["Bosco"]),
    ("section", "“Lo Bianco is onze coach.”", ["Bianco"]),
    ("section", "“We gingen met Do Nascimento naar de markt.”", ["Nascimento"]),
    ("section", "“Du Toit legde uit hoe de tent werkt.”", ["Toit"]),
    ("section", "“Ik heb het gevraagd aan Della Rocca.”", ["Rocca"]),
    # (C) a particle surname whose body is a word or a place + copula + person-only role
    ("section", "“De Haan is onze leider.”", ["Haan"]),
    ("section", "“De Panne is onze trainer.”", ["Panne"]),
    ("section", "“De Pinte was mijn juf in het derde leerjaar.”", ["Pinte"]),
    ("section", "“Van Geel is onze nieuwe coach.”", ["Geel"]),
    ("section", "“De Mol is onze begeleider.”", ["Mol"]),
    ("section", "“Van Lier was onze voorzitter.”", ["Lier"]),
    ("section", "“De Klinge is mijn mentor.”", ["Klinge"]),
    ("section", "“Van Tielt werd onze nieuwe leider.”", ["Tielt"]),
    ("section", "“De Haan blijft onze coach, zei de groep.”", ["Haan"]),
    ("section", "“Van Ronse is de trainer van de miniemen.”", ["Ronse"]),
    ("section", "“Van Hamme was onze meester in het vijfde.”", ["Hamme"]),
    # (D) a particle surname opening a sentence before a speech verb
    ("section", "“Van Damme zei dat we moesten wachten.”", ["Damme"]),
    ("section", "“Van Aalst vertelde dat de bus te laat was.”", ["Aalst"]),
    ("section", "“De Haan vroeg of we wilden helpen.”", ["Haan"]),
    ("section", "“Van Gent antwoordde dat het niet kon.”", ["Gent"]),
    ("section", "“De Pinte riep dat we moesten stoppen.”", ["Pinte"]),
    ("section", "“Van Hamme zei niets meer.”", ["Hamme"]),
    ("section", "“Van Geel legde uit hoe het moest.”", ["Geel"]),
    ("section", "“De Mol zei dat hij moe was.”", ["Mol"]),
    ("section", "“Van Lier vond dat we te luid waren.”", ["Lier"]),
    ("section", "“Het was laat. Van Damme zei toen dat we naar huis moesten.”", ["Damme"]),
    ("section", "“Van Brussel schreef ons een lange brief.”", ["Brussel"]),
    # (E) rankings in capitals: family name first
    ("section", "“De uitslag: 1) NG Wei 2) LI Na 3) ZHANG Hao.”", ["Wei", "Na", "Hao"]),
    ("section", "“Podium: 1. KIM Seo-yeon 2. PARK Ji-won 3. LEE Min-ho”", ["Seo-yeon", "Ji-won", "Min-ho"]),
    ("section", "“Winnaars: 1) TANAKA Hiroshi 2) SATO Yuki”", ["Tanaka", "Hiroshi", "Sato", "Yuki"]),
    ("section", "“1) NGUYEN Thi Lan 2) TRAN Van Minh 3) PHAM Duc Anh”", ["Nguyen", "Lan", "Tran", "Minh", "Pham"]),
    ("section", "“De uitslag van de quiz: 1) WANG Lei 2) CHEN Mei 3) LIU Yang”", ["Lei", "Mei", "Yang"]),
    ("section", "“Klassement: 1) PEETERS Lotte 2) JANSSENS Bram 3) MAES Fien”",
     ["Peeters", "Lotte", "Janssens", "Bram", "Maes", "Fien"]),
    ("section", "“1. EL AMRANI Yassine 2. BOUZID Salma 3. DEMIR Emre”", ["Amrani", "Yassine", "Bouzid", "Salma", "Demir", "Emre"]),
    ("section", "“Top drie: 1) HUANG Jie 2) ZHOU Xin 3) WU Fang”", ["Jie", "Xin", "Fang"]),
    ("section", "“1) OKAFOR Chidi 2) MENSAH Ama 3) DIALLO Awa”", ["Okafor", "Chidi", "Mensah", "Ama", "Diallo", "Awa"]),
    ("section", "“Uitslag loopwedstrijd: 1) VERHAEGEN Tuur 2) DE SMET Noor”", ["Verhaegen", "Tuur", "Noor"]),
    ("section", "“1) KOWALSKI Piotr 2) NOWAK Zofia 3) POPESCU Andrei”", ["Kowalski", "Piotr", "Nowak", "Zofia", "Popescu", "Andrei"]),
    # (F) an institution named after a person's full name
    ("section", "“We gingen naar de Hannah Verbeke School.”", ["Hannah", "Verbeke"]),
    ("section", "“Het kamp was in het Amira Haddad Instituut.”", ["Amira", "Haddad"]),
    ("section", "“Ze zit op de Koen Wouters Academie.”", ["Koen", "Wouters"]),
    ("section", "“We trainen in Sporthal Nadia Benali.”", ["Nadia", "Benali"]),
    ("section", "“Ze zit in Basisschool Lotte Vermeulen.”", ["Lotte", "Vermeulen"]),
    ("section", "“De Yusuf Demir Sporthal was te klein.”", ["Yusuf", "Demir"]),
    ("section", "“Het geld kwam van het Fonds Sofie Claes.”", ["Sofie", "Claes"]),
    ("section", "“We speelden in het Jeugdcentrum Ruben Peeters.”", ["Ruben", "Peeters"]),
    ("section", "“Ik zat op het Atheneum Pieter Goossens.”", ["Pieter", "Goossens"]),
    ("section", "“De Stichting Emma Maes betaalde de bus.”", ["Emma", "Maes"]),
    ("section", "“Ze werkt in het Rania El Idrissi Centrum.”", ["Rania", "Idrissi"]),
    ("section", "“We zwommen in Zwembad Tom Janssens.”", ["Tom", "Janssens"]),
    # (G) a firm named after a surname; the report uses the bare surname for a person
    ("section", "“We aten bij Brasserie Verstraelen. Achteraf hebben we met Verstraelen gepraat.”", ["Verstraelen"]),
    ("section", "“Bakkerij Moreels bracht broodjes. Moreels vertelde dat hij al dertig jaar bakt.”", ["Moreels"]),
    ("section", "“Frituur Azzouzi sponsort ons. Ik sprak met Azzouzi over de prijzen.”", ["Azzouzi"]),
    ("section", "“De bus staat bij Garage Lindqvist. We belden Lindqvist om acht uur.”", ["Lindqvist"]),
    ("section", "“Slagerij Duchâteau leverde het vlees. Duchâteau zei dat het gratis was.”", ["Duchâteau"]),
    ("section", "“We knipten bij Kapsalon Yilmazer. Yilmazer lachte om onze kapsels.”", ["Yilmazer"]),
    ("section", "“Café Oyelaran was vol. Oyelaran gaf ons een rondje.”", ["Oyelaran"]),
    ("section", "“Traiteur Sarrazin kookte. Later heb ik met Sarrazin gebeld.”", ["Sarrazin"]),
    ("section", "“Bloemen Kowalczyk versierde de zaal. Kowalczyk hielp ook met opruimen.”", ["Kowalczyk"]),
    ("section", "“Fietsen Haverbeke herstelde de banden. We bedankten Haverbeke na het kamp.”", ["Haverbeke"]),
    ("summary", "Met dank aan Brasserie Verhoeven. || “Ik heb met Verhoeven gepraat over de fuif.”", ["Verhoeven"]),
    ("summary", "Het eten kwam van Traiteur Dujardin. || “Dujardin vertelde hoe hij begon.”", ["Dujardin"]),
    # (H) a firm named after a family next to a person of that surname (re-identification)
    ("section", "“Brouwerij Hendrikse gaf ons een vat. Meneer Hendrikse vertelde over het brouwen.”", ["Hendrikse"]),
    ("section", "“Bakkerij Ooms bakte de taart. Mevrouw Ooms zei dat het cadeau was.”", ["Ooms"]),
    ("section", "“Garage Lemmens herstelde de bus. Jan Lemmens zei dat het snel ging.”", ["Lemmens"]),
    ("section", "“Slagerij Baert leverde worsten. Pieter Baert is onze trainer.”", ["Baert"]),
    ("section", "“We aten bij Frituur Oukili. Yassin Oukili zit bij ons in de leiding.”", ["Oukili"]),
    ("section", "“Kapsalon Vanneste sponsort de fuif. Ik sprak met Els Vanneste.”", ["Vanneste"]),
    ("section", "“Café Desmet was ons stamcafé. Meneer Desmet gaf ons de sleutel.”", ["Desmet"]),
    ("section", "“Drukkerij Van Loo maakte de affiches. Tom Van Loo is onze voorzitter.”", ["Loo"]),
    ("section", "“Bouwbedrijf Yildirim gaf hout. Meneer Yildirim kwam zelf helpen.”", ["Yildirim"]),
    ("section", "“Brouwerij Vandaele gaf ons bier. Lies Vandaele vertelde dat haar papa brouwt.”", ["Vandaele"]),
    ("summary", "Met steun van Bakkerij Lauwers. || “Mevrouw Lauwers kwam elke dag kijken.”", ["Lauwers"]),
    ("summary", "Sponsor: Garage Okonkwo. || “Meneer Okonkwo zei dat jongeren welkom zijn.”", ["Okonkwo"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # organisation nouns in lower case before what is no person name
    ("section", "“We kochten brood bij de bakkerij in de Kerkstraat.”", ["Kerkstraat"]),
    ("section", "“Ik sprak met de vzw Speelbrug over de fuif.”", ["Speelbrug"]),
    ("section", "“De stichting Kansrijk gaf ons geld.”", ["Kansrijk"]),
    ("section", "“We kregen bier van de brouwerij Het Anker.”", ["Het Anker"]),
    ("section", "“We aten bij de frituur op de markt van Tielt.”", ["Tielt"]),
    ("section", "“De brouwerij van Dilbeek gaf ons een vat.”", ["Dilbeek"]),
    ("section", "“De vzw Buitenspel betaalde de bus.”", ["Buitenspel"]),
    ("section", "“We belden de garage De Ring voor de bus.”", ["De Ring"]),
    ("section", "“De Koning Boudewijnstichting betaalde de tenten.”", ["Koning Boudewijnstichting"]),
    # a firm in a strong frame, named again with a lower-case noun (no person use)
    ("section", "“Brouwerij Vermeulen sponsort de fuif. De brouwerij Vermeulen levert ook de bekers.”", ["Vermeulen"]),
    ("section", "“Bakkerij Goossens bakt ons brood. We haalden de taart bij de bakkerij Goossens.”", ["Goossens"]),
    ("summary", "Met steun van Frituur Willems (www.frituurwillems.be). || “We aten na de fuif bij de frituur Willems.”",
     ["Willems"]),
    ("section", "“Willems vzw betaalde de bus. De vzw Willems helpt al jaren jongeren.”", ["Willems"]),
    # particles that open a firm, a brand, a place
    ("section", "“Del Monte levert ons fruit voor het kamp.”", ["Del Monte"]),
    ("section", "“Ter Kameren is een mooi bos om te spelen.”", ["Ter Kameren"]),
    ("section", "“Ten Aard is een mooie plek voor een kamp.”", ["Ten Aard"]),
    ("section", "“We speelden in het park van Ter Rivieren.”", ["Ter Rivieren"]),
    ("section", "“Dos Hermanas is een stad in Spanje.”", ["Dos Hermanas", "Spanje"]),
    ("section", "“Ter Apel ligt net over de grens in Nederland.”", ["Ter Apel", "Nederland"]),
    ("section", "“La Louvière ligt in Henegouwen.”", ["La Louvière", "Henegouwen"]),
    ("section", "“Ter Duinen is een oude abdij in Koksijde.”", ["Ter Duinen", "Koksijde"]),
    # particle + place/word + copula with a place or thing
    ("section", "“De Haan is onze favoriete badplaats.”", ["De Haan"]),
    ("section", "“De Lijn is onze redding op zondag.”", ["De Lijn"]),
    ("section", "“De Panne was onze uitvalsbasis tijdens het kamp.”", ["De Panne"]),
    ("section", "“De Kust is onze lievelingsplek.”", ["De Kust"]),
    ("section", "“De Pinte is onze gemeente sinds vorig jaar.”", ["De Pinte"]),
    ("section", "“De Mol is onze favoriete tv-quiz.”", ["De Mol"]),
    ("section", "“Van Gent naar Brugge is het een uur fietsen.”", ["Gent", "Brugge"]),
    ("section", "“Van Aalst tot Lier reden we met de fiets.”", ["Aalst", "Lier"]),
    ("section", "“De Lijn zei dat de bus later kwam.”", ["De Lijn"]),
    ("section", "“De stad Gent zei nee tegen ons plan.”", ["Gent"]),
    # rankings of teams, patrols, countries in capitals
    ("section", "“De uitslag: 1) KSA MEULEBEKE 2) CHIRO LEDE 3) KLJ OPGLABBEEK.”",
     ["KSA MEULEBEKE", "CHIRO LEDE", "KLJ OPGLABBEEK"]),
    ("section", "“Klassement: 1) LEEUWEN 2) TIJGERS 3) ZEBRA'S”", ["LEEUWEN", "TIJGERS"]),
    ("section", "“1) TEAM ROOD 2) TEAM BLAUW 3) TEAM GROEN”", ["TEAM ROOD", "TEAM BLAUW", "TEAM GROEN"]),
    ("section", "“Medailles: 1) CHINA 2) JAPAN 3) BELGIË”", ["CHINA", "JAPAN", "BELGIË"]),
    ("section", "“Uitslag: 1) FC KNOKKE 2) KV OOSTENDE 3) SV ZULTE”", ["KNOKKE", "OOSTENDE", "ZULTE"]),
    ("section", "“Top drie: 1) SINT-JOZEF 2) DE KLIMOP 3) HET SPOOR”", ["SINT-JOZEF", "DE KLIMOP", "HET SPOOR"]),
    ("section", "“1) NOORD 2) ZUID 3) OOST 4) WEST”", ["NOORD", "ZUID"]),
    # institutions with a title, a saint or no person
    ("section", "“Ik zat op het Sint-Jan Berchmanscollege.”", ["Sint-Jan Berchmanscollege"]),
    ("section", "“We gingen naar de Pater Damiaanschool in Tremelo.”", ["Pater Damiaanschool", "Tremelo"]),
    ("section", "“Ze werkt in het Koningin Fabiolapark.”", ["Koningin Fabiolapark"]),
    ("section", "“We trainen in Sporthal De Schorre.”", ["De Schorre"]),
    ("section", "“Ze zit in Basisschool De Regenboog.”", ["De Regenboog"]),
    ("section", "“We speelden in het Sint-Lodewijkscollege.”", ["Sint-Lodewijkscollege"]),
    ("section", "“Ze studeert aan de Arteveldehogeschool.”", ["Arteveldehogeschool"]),
    ("section", "“Hij ligt in het Ziekenhuis Sint-Augustinus.”", ["Sint-Augustinus"]),
    ("section", "“Ze studeert aan de Karel de Grote Hogeschool.”", ["Karel de Grote"]),
    # firms next to a person of another name
    ("section", "“Brouwerij Het Anker gaf ons een vat. Meneer Peeters vertelde over het brouwen.”", ["Het Anker"]),
    ("section", "“Brasserie De Kroon was vol. We hebben met de uitbater gepraat.”", ["De Kroon"]),
    ("section", "“Bakkerij Moreels bracht broodjes. De bakker zei dat het gratis was.”", ["Moreels"]),
    ("section", "“Garage Lindqvist herstelde de bus. Lindqvist levert altijd snel.”", ["Lindqvist"]),
    ("section", "“Brouwerij Duvel Moortgat gaf bekers. Mevrouw Claes kwam ze brengen.”", ["Duvel Moortgat"]),
    ("summary", "Met steun van Bakkerij Het Korenaar. || “Mevrouw Lauwers kwam elke dag kijken.”", ["Het Korenaar"]),
]


def _split(text: str) -> tuple[str, str]:
    summary, _, quotes = text.partition(" || ")
    return summary, quotes


def run_summary_report(text: str) -> str:
    """The published credit, quote and sections of a report whose summary and quotes section are
    ``text`` split at " || "."""
    from anonymise_s15_credit_cases import run

    summary, quotes = _split(text)
    return run(quotes, summary)


def run_path(path: str):
    return run_summary_report if path == "summary" else run_section_report


def run_text_path(path: str):
    if path == "summary":
        return lambda t: run_text("\n\n".join(_split(t)))
    return run_text


def misses(person: list | None = None, keep: list | None = None) -> dict[str, list[int]]:
    person, keep = PERSON if person is None else person, KEEP if keep is None else keep
    out: dict[str, list[int]] = {}
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        out[f"names {how}"] = [i for i, (p, t, ns) in enumerate(person) if names_left(t, ns, pick(p))]
        out[f"keep {how}"] = [i for i, (p, t, ks) in enumerate(keep) if items_lost(t, ks, pick(p))]
    return out


CLASSES = "A" * 12 + "B" * 12 + "C" * 11 + "D" * 11 + "E" * 11 + "F" * 12 + "G" * 12 + "H" * 12


def score(show: bool = False, person: list | None = None, keep: list | None = None,
          classes: Sequence[str] | None = None, keep_classes: Sequence[str] | None = None) -> None:
    """Print a batch's misses by path and class (this batch's unless ``person``, ``keep`` and
    ``classes`` are given: the later batches of this shape score through here; ``keep_classes``
    also counts the look-alikes by class)."""
    person, keep = PERSON if person is None else person, KEEP if keep is None else keep
    classes = CLASSES if classes is None else classes
    m = misses(person, keep)
    for how in ("text", "report"):
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        by = _by_class(left, classes)
        byk = "" if keep_classes is None else f" {_by_class(lost, keep_classes)}"
        print(f"{how:6}: cases with a name left {len(left)}/{len(person)} {by} {left}; "
              f"look-alike cases losing an item {len(lost)}/{len(keep)}{byk} {lost}")
    parts = sum(len(ns) for _p, _t, ns in person)
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        left = sum(len(names_left(t, ns, pick(p))) for p, t, ns in person)
        print(f"{how:6}: name parts left {left}/{parts}")
    if show:
        show_misses(m, person, keep)


def _by_class(cases: list[int], classes: Sequence[str]) -> dict[str, int]:
    return {c: sum(1 for i in cases if classes[i] == c) for c in sorted(set(classes))}


def show_misses(m: dict[str, list[int]], person: list, keep: list) -> None:
    """Print what each path made of every case that missed (``--show``: for the engineer only)."""
    for how in ("text", "report"):
        pick = run_text_path if how == "text" else run_path
        for side, cases in (("names", person), ("keep", keep)):
            for i in m[f"{side} {how}"]:
                p, t, _ = cases[i]
                print(f"{side[0].upper()} {how} {i}: {pick(p)(t)!r}")


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))

if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv)
