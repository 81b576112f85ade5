"""Session 25 (s25-a25, issue 11, severity 1): person names in the shapes the attack set A25 found
leaking most, as five classes --
(1) an attendance or seating list written "ACHTERNAAM Voornaam" after a label and a colon, or one
    name in capitals alone after such a label ("Zetel 12: <NAAM>");
(2) a name in lower case in a chat line: an item of a list that opens with "ik," ("ik, <naam>,
    en ...") or right after a laugh ("hahaha <naam> ...", "lol <naam> ...");
(3) a single unlisted given name or nickname (or a full name) in the slot of a label: after a
    role or task label and a colon ("organisator: <Naam>", "chauffeur: <Naam>"), a rota line
    ("Afwas 19:00-20:00: <Naam> + ..."), a line of short sentences ("Corvee. <Naam>. ..."),
    a form's "... van <Naam>: ____";
(4) an emoji between a given name and a surname ("<Voornaam> 🌻 <Achternaam>");
(5) a parent's message in French: "c'est la maman / le papa / la mamie de <Naam>".
A FROZEN batch.

Written by s25-a25 on 7 December 2026, 19:37-19:41 UTC (by `date`), BEFORE reading any rule of
plugins/anonymise/ (the brief, the prompt, issue 11, the attack harness and A25's frames were
read; no rule module, test of a rule or doc on anonymisation). Every name is invented or put
together for the frame from many origins; no name, organisation or phrase is copied from
tests/fixtures/, /work/shared/, bench/data/, bench/attack/ or A25. The look-alikes are
organisations, age groups, places, games, Dutch words and labels in the same frames.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text runs on the text path (``anonymise_text``) and the report path (a report with it as quotes
section). Names are compared case-insensitively as whole words, items case-sensitively and by
count. ``PYTHONPATH=tests python tests/anonymise_s25_a25_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text

PERSON: list[tuple[str, list[str]]] = [
    # (1) "ACHTERNAAM Voornaam" after a label, a lone name in capitals after a label -- 14
    ("Aanwezig op de repetitie: DEWAEGENEIRE Fienneke ✓", ["DEWAEGENEIRE", "Fienneke"]),
    ("Lijst fietstocht: VANHOUTTEBROEK Warrik ✓", ["VANHOUTTEBROEK", "Warrik"]),
    ("Aanwezigheden kookles: BOUZERRIFA Yasminah ✔", ["BOUZERRIFA", "Yasminah"]),
    ("Kamer 3: KARABULUT Emrecan", ["KARABULUT", "Emrecan"]),
    ("Zetel 12: HRYTSYSHYN Oksanya", ["HRYTSYSHYN", "Oksanya"]),
    ("Tent 2 – plaats 4: SOLBERGET Dagny", ["SOLBERGET", "Dagny"]),
    ("Betaald: WIEME Ferrec ✓", ["WIEME", "Ferrec"]),
    ("Zetel 7: NOORKE", ["NOORKE"]),
    ("Aanwezig op de training: ZINZI ✓", ["ZINZI"]),
    ("Slaapzaal B: VAN DE KERCKHEIDE Lowiek", ["KERCKHEIDE", "Lowiek"]),
    ("Aanwezig: EL OUAFI Ilyasse ✓", ["OUAFI", "Ilyasse"]),
    ("Tafel 5: MBUYAKANI Divinah", ["MBUYAKANI", "Divinah"]),
    ("Zwembad dinsdag: TRANHUY Linhdan ✓", ["TRANHUY", "Linhdan"]),
    ("Fiche ontvangen: OPDEWINKEL Saartina", ["OPDEWINKEL", "Saartina"]),
    # (2) a lower-case name in chat: "ik, <naam>, en ...", after a laugh -- 14
    ("wie gaat er mee zwemmen? ik, ylvienne, en misschien mijn neef", ["ylvienne"]),
    ("wie doet de afwas? ik, kobbe rotsaert, en nog iemand", ["kobbe", "rotsaert"]),
    ("wie komt er zaterdag? ik, raïsa, en de buurjongen", ["raïsa"]),
    ("wie rijdt mee? ik, nnamdiru okaforji, en zijn broer", ["nnamdiru", "okaforji"]),
    ("ik, toetie en mijn zus zijn er om tien uur", ["toetie"]),
    ("hahaha bibou met die pruik 😂", ["bibou"]),
    ("hahaha marthelie vanoverschelde op de fiets 😂😂", ["marthelie", "vanoverschelde"]),
    ("haha noukie in de modder", ["noukie"]),
    ("lol tijmenko wautersen die van de glijbaan valt", ["tijmenko", "wautersen"]),
    ("hahahah ayoubane in die tent 😭", ["ayoubane"]),
    ("hihi floorke d'haesebrouck met een snor", ["floorke", "haesebrouck"]),
    ("hahaha ksenia orlova op de foto", ["ksenia", "orlova"]),
    ("wie heeft er zin in ijs? ik, jente, en ook lamia", ["jente", "lamia"]),
    ("hahaha woutje in dat konijnenpak", ["woutje"]),
    # (3) a name alone in a label's slot -- 16
    ("Leidingsweekend · vr 19:00 · organisator: Zinzou · 8 gasten", ["Zinzou"]),
    ("Vertrek 7 uur: chauffeur Mathys, daarna de rest met de fiets.", ["Mathys"]),
    ("Afwas 19:00–20:00: Tuutje + de kookploeg", ["Tuutje"]),
    ("Wacht 03:00–04:00: Kobina + de hond", ["Kobina"]),
    ("Aan het raam, rij 2: Loekie (heeft een zakje nodig)", ["Loekie"]),
    ("Verkozen tot dorpsburgemeester: Ravindu! 🎉", ["Ravindu"]),
    ("Corvee vandaag. Nelleke. Wc's poetsen. Daarna soep.", ["Nelleke"]),
    ("Corvee morgen. Anouaris Lamrinoui. Hout halen. Daarna afwassen.", ["Anouaris", "Lamrinoui"]),
    ("Handtekening van de ouders van Boudewijntje: ____________", ["Boudewijntje"]),
    ("Handtekening ouder van Tsjalle Wiersmadijk: ________", ["Tsjalle", "Wiersmadijk"]),
    ("Kassa 14:00–15:00: Femkje + iemand van het bestuur", ["Femkje"]),
    ("Kapitein van de week: Bolle! 🏆", ["Bolle"]),
    ("Zetel naast de leiding: Djenna (wordt snel misselijk)", ["Djenna"]),
    ("Verantwoordelijke EHBO: Pleuni · gsm bij de kassa", ["Pleuni"]),
    ("Nachtronde 01:00–02:00: Kwamena Asamoabeng + Sennaya", ["Kwamena", "Asamoabeng", "Sennaya"]),
    ("Verkozen tot sportiefste van het kamp: Lyanne Bostoen! 🥇", ["Lyanne", "Bostoen"]),
    # (4) an emoji between given name and surname -- 8
    ("Dikke merci aan Roosmarie 🌻 Vandewallebeke voor de taart!", ["Roosmarie", "Vandewallebeke"]),
    ("Nachtwacht: Jellert 🦉 Verbrugghe + Nore", ["Jellert", "Verbrugghe"]),
    ("Foto's van Ameliya 💫 Benazzouzi staan online.", ["Ameliya", "Benazzouzi"]),
    ("Proficiat Kasperijn ⭐ Deconinckx met je diploma!", ["Kasperijn", "Deconinckx"]),
    ("Gestemd: Ilseke 🌸 Wijnantsbeek en nog 4 anderen", ["Ilseke", "Wijnantsbeek"]),
    ("hahaha rubenko 🙈 cloet op de foto", ["rubenko", "cloet"]),
    ("Organisator: Hindiya ✨ Zerroukhane", ["Hindiya", "Zerroukhane"]),
    ("Winnaar: Mirthella 🏅 Goossenaerts", ["Mirthella", "Goossenaerts"]),
    # (5) a French message from a parent -- 8
    ("Bonjour, c'est la maman de Lucille Dethiège, elle a oublié sa gourde.", ["Lucille", "Dethiège"]),
    ("Bonsoir, c'est le papa de Mathéolin, il a de la fièvre ce soir.", ["Mathéolin"]),
    ("Coucou, c'est la mamie de Noorijn Vanackerbeke, elle arrive demain.", ["Noorijn", "Vanackerbeke"]),
    ("Bonjour, ici la maman d'Elouanig, il a perdu sa veste.", ["Elouanig"]),
    ("Bonjour, c'est la maman de Kenzaya Boukhazzar, elle ne vient pas samedi.", ["Kenzaya", "Boukhazzar"]),
    ("Bonjour, c'est le papa de Gaspardin Lemairiaux, merci pour les photos!", ["Gaspardin", "Lemairiaux"]),
    ("Salut, c'est la sœur de Yanisse Mertensiaux, il a oublié son pyjama.", ["Yanisse", "Mertensiaux"]),
    ("Bonjour, je suis la maman de Clémentyne Rigaux, elle est malade.", ["Clémentyne", "Rigaux"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) labels with an organisation, group or place in capitals
    ("Aanwezig op de repetitie: KSA Oostakker ✓", ["KSA", "Oostakker"]),
    ("Vervoer: NMBS Gent-Sint-Pieters", ["NMBS", "Gent-Sint-Pieters"]),
    ("Zetel 12: LEIDING", ["LEIDING"]),
    ("Aanwezig: KAPOENEN ✓", ["KAPOENEN"]),
    ("Kamer 3: EHBO", ["EHBO"]),
    ("Lijst fietstocht: VZW Buitenspel ✓", ["VZW", "Buitenspel"]),
    # (2) lower-case chat with groups, family words, places
    ("wie gaat er mee zwemmen? ik, mama, en misschien de buren", ["mama"]),
    ("hahaha de kapoenen in de modder 😂", ["kapoenen"]),
    ("haha gent was echt top", ["gent"]),
    ("lol die tent in de regen", ["tent"]),
    ("ik, papa en de hond gaan wandelen", ["papa", "hond"]),
    ("hahaha monopoly tot drie uur 's nachts", ["monopoly"]),
    # (3) labels whose slot holds a thing, a group, a place, a game
    ("Leidingsweekend · vr 19:00 · organisator: Jeugdraad · 8 gasten", ["Jeugdraad"]),
    ("Afwas 19:00–20:00: Kabouters + de kookploeg", ["Kabouters"]),
    ("Corvee vandaag. Toiletten. Wc's poetsen. Daarna soep.", ["Toiletten"]),
    ("Spel van de avond: Weerwolven! 🐺", ["Weerwolven"]),
    ("Bestemming: Oostende (vertrek 8 uur)", ["Oostende"]),
    ("Handtekening van de voorzitter van Natuurpunt: ____________", ["Natuurpunt"]),
    ("Verkozen tot kamplied: Kampvuurlied! 🎶", ["Kampvuurlied"]),
    ("Verantwoordelijke EHBO: Rode Kruis · gsm bij de kassa", ["Rode Kruis"]),
    ("Kassa 14:00–15:00: Oudervereniging + iemand van het bestuur", ["Oudervereniging"]),
    # (4) an emoji between words that are no names
    ("Kamp 🏕️ Dag 3: regen", ["Kamp", "Dag"]),
    ("Chiro 🌟 Zomerfeest op zaterdag", ["Chiro", "Zomerfeest"]),
    ("Bedankt 🙏 Jeugddienst Lebbeke!", ["Jeugddienst Lebbeke"]),
    ("Op naar Brugge 🚂 Oostende!", ["Brugge", "Oostende"]),
    # (5) French lines without a person's name
    ("Bonjour, c'est la maman de tout le groupe, merci!", ["maman", "groupe"]),
    ("Bonjour, c'est la maman, il a oublié son sac à Bruxelles.", ["maman", "Bruxelles"]),
    ("Bonsoir, le papa des Kapoenen vous remercie.", ["papa", "Kapoenen"]),
]


def _score() -> None:
    for how, run in (("text", run_text), ("report", run_section_report)):
        left = [i for i, (t, ns) in enumerate(PERSON) if names_left(t, ns, run)]
        parts = sum(len(names_left(t, ns, run)) for t, ns in PERSON)
        lost = [i for i, (t, ks) in enumerate(KEEP) if items_lost(t, ks, run)]
        print(f"{how:6}: cases with a name left {len(left)}/{len(PERSON)} {left}; name parts left {parts}/"
              f"{sum(len(ns) for _, ns in PERSON)}; look-alike cases losing an item {len(lost)}/{len(KEEP)} {lost}")


if __name__ == "__main__":
    _score()
