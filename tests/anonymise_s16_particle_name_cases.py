"""Session 16 (s16-layout, issue 11): a first name no list holds before a PARTICLE SURNAME ("<Naam>
ter <Achternaam>", "<Naam> Ben <Achternaam>", "<Naam> van den <Achternaam>") where the first name
opens its sentence, its line or a caption: the surname and its particle were masked and the first
name published beside them ("Bilel [persoon 1] begon ...", "Groetjes,\\nMarloes ter [persoon 1]"
in the blind attack A16's frames F17, F24, F27, F31, F36). A FROZEN batch.

Written by s16-layout on 6 December 2026, 16:45-16:55 UTC, BEFORE the rule. Every name part was
checked (whole word, case-insensitive) against ``tests/``, ``bench/data/``, ``/work/shared/`` and
``/work/notes/s16/attack/``: none occurs there (the particles aside). The look-alikes put a title,
a role, a business or a venue word before a particle surname or a particle place: that word
stays (the person rules judge the surname; a firm's or a venue's name stays whole).

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text runs as bare text and as the one quote of a whole report (default scope). Names compared
case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s16_particle_name_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_report, run_text

PERSON: list[tuple[str, list[str]]] = [
    ("Ouassila Ben Tazi begon vorig jaar als monitor.", ["Ouassila", "Tazi"]),
    ("Jorijn van Oudenhoven bracht elke zaterdag de soep mee.", ["Jorijn", "Oudenhoven"]),
    ("Charafe El Berrada vertelde over de eerste fuif.", ["Charafe", "Berrada"]),
    ("Marijntje ter Kerkhove zat dit jaar in de jury.", ["Marijntje", "Kerkhove"]),
    ("Groetjes,\nIbtissam El Fassi", ["Ibtissam", "Fassi"]),
    ('Bijschrift: "Yahya van den Molenberg en de rest van de leiding."', ["Yahya", "Molenberg"]),
    ("Sprekers: Bouchra Ben Lahrichi (jeugdconsulent) en een ouder uit de wijk.", ["Bouchra", "Lahrichi"]),
    ("Ikrame Ould Belkadi  20:41\nik ben er binnen vijf minuten", ["Ikrame", "Belkadi"]),
    ("Saïda Ben Kettani legde uit hoe de inschrijvingen verlopen.", ["Saïda", "Kettani"]),
    ("Rkia El Hajji en haar zus openden de fuif.", ["Rkia", "Hajji"]),
    ("Doha ter Lindenhof nam de foto's.", ["Doha", "Lindenhof"]),
    ("Joudia van der Aalbers stuurde de uitnodiging.", ["Joudia", "Aalbers"]),
    ("Foto: Malika Ben Zemmouri (links) bij de start.", ["Malika", "Zemmouri"]),
    ("Elkhadir El Sqalli heeft het lokaal geschilderd.", ["Elkhadir", "Sqalli"]),
    ("Chaouki Ben Cherkaoui was de jongste animator.", ["Chaouki", "Cherkaoui"]),
    ("Met vriendelijke groeten,\nBentaleb van Brinkhorst", ["Bentaleb", "Brinkhorst"]),
    ("Aanwezig: Ikrame El Benjelloun, twee ouders en de jeugdconsulent.", ["Ikrame", "Benjelloun"]),
    ("Lahrichi ter Beukenlaan opende de vergadering.", ["Lahrichi", "Beukenlaan"]),
    ("Zemmouri van Elhamri kwam als laatste binnen.", ["Zemmouri", "Elhamri"]),
    ("Jorijn ter Oudenhoven  09:12\nGoeiemorgen, ik deel zo mijn scherm", ["Jorijn", "Oudenhoven"]),
    ("Sqalli Ben Fassi zorgde voor de muziek.", ["Sqalli", "Fassi"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Meester Van Oudenhoven bracht elke zaterdag de soep mee.", ["Meester"]),
    ("Juf El Berrada vertelde over de eerste fuif.", ["Juf"]),
    ("Schepen Van den Molenberg opende de speelstraat.", ["Schepen"]),
    ("Dokter El Fassi gaf een workshop over slaap.", ["Dokter"]),
    ("Coach Ben Tazi stond elke woensdag op het veld.", ["Coach"]),
    ("Bakkerij Van Aalbers sponsorde de taarten.", ["Bakkerij"]),
    ("Hoeve ter Lindenhof verhuurt haar schuur aan groepen.", ["Hoeve"]),
    ("Kasteel van Gaasbeek was het decor van de fotoshoot.", ["Kasteel van Gaasbeek"]),
    ("Hof ter Linden zoekt vrijwilligers voor de zomer.", ["Hof ter Linden"]),
    ("Groetjes,\nJeugdhuis Ter Kerkhove", ["Jeugdhuis"]),
    ("Sprekers: Mevrouw Ben Kettani (jeugdconsulent) en een ouder.", ["Mevrouw"]),
    ("Familie Van den Brinkhorst bood de tenten aan.", ["Familie"]),
    ("Garage Ter Beukenlaan leende ons een bestelwagen.", ["Garage"]),
    ("Zaal De Molenberg was te klein voor iedereen.", ["Zaal"]),
    ("Directeur El Hajji tekende de overeenkomst.", ["Directeur"]),
    ("Voorzitter Van Elhamri sloot de vergadering af.", ["Voorzitter"]),
    ("Pastoor Ter Kerkhove zegende de nieuwe vlag.", ["Pastoor"]),
    ("Gisteren sprak schepen Van den Aalbers de jongeren toe.", ["Gisteren"]),
    ("Speelplein Ter Lindenhof opent op maandag.", ["Speelplein"]),
    ("Brouwerij Van Zemmouri schonk de drank.", ["Brouwerij"]),
    ("Kamp Ter Beukenlaan was al volzet in maart.", ["Kamp"]),
]


def _score() -> None:
    for how, run in (("text", run_text), ("report", run_report)):
        left = [i for i, (t, ns) in enumerate(PERSON) if names_left(t, ns, run)]
        lost = [i for i, (t, ks) in enumerate(KEEP) if items_lost(t, ks, run)]
        print(f"particle {how:6}: cases with a name left {len(left)}/{len(PERSON)} {left}; "
              f"look-alike cases losing an item {len(lost)}/{len(KEEP)} {lost}")


if __name__ == "__main__":
    _score()
