"""Session 14's frozen cases (s14-chat, issue 11): a quote that is ONE chat line, "<Naam>: ..."
(s13-redteam's class 1: 56/105 of its names leaked; a quote with two labels is masked). Written
10:50 UTC BEFORE any rule. Every name and invented keep item was checked (whole word,
case-insensitive) against ``tests/``, ``bench/data`` and ``/work/shared``: none occurs there
(the look-alikes' ordinary words, real places, movements and apps aside).

Names of many origins, first names that are also words ("Ernst", "Klare", "Viola", "Narcis",
"Hans", "Ester"), a lower-case label, a time stamp before it, an emoji after it, two words, a
hyphenated double surname, a first line of plain text before the chat line, a bullet.

``PERSON``: ``(quote, name parts that must go)``; ``KEEP``: ``(quote, items that must stay)``.
Both run as the one quote of a whole report (``anonymise_report``, default scope: the quote and
the quotes section). ``PYTHONPATH=tests python tests/anonymise_s14_chat_label_cases.py`` prints
the score.
"""

from __future__ import annotations

from anoncases import print_run_score, quote_and_section

PERSON: list[tuple[str, list[str]]] = [
    ("Tjeerd: wie brengt morgen de drank mee?", ["Tjeerd"]),
    ("Ouassima: ik ben er om acht uur aan het lokaal", ["Ouassima"]),
    ("Kazimierz: hebben jullie de sleutel van de berging nog?", ["Kazimierz"]),
    ("Ik vroeg in de groep wie er kwam.\nMulumba: ik kom met de fiets", ["Mulumba"]),
    ("Sietske 😅: sorry ik ben te laat, de trein had vertraging", ["Sietske"]),
    ("Gareth: ok top, ik regel de muziek 👍", ["Gareth"]),
    ("tjeerd: ik neem de chips en de cola mee", ["tjeerd"]),
    ("Nadir Wierzbicki: ik breng de tenten naar het terrein", ["Nadir", "Wierzbicki"]),
    ("Ernst: wie heeft er nog een slaapzak over voor zaterdag?", ["Ernst"]),
    ("Klare: ik kan pas om negen uur, sorry", ["Klare"]),
    ("Viola: zijn de affiches al gedrukt?", ["Viola"]),
    ("Narcis: ik heb de soep gemaakt, jullie mogen komen eten", ["Narcis"]),
    ("[19:42] Hans: wie sluit vanavond af?", ["Hans"]),
    ("21:15 - Ester: ik ben thuis, slaapwel allemaal", ["Ester"]),
    ("Yasemin: 🙈 ik was het helemaal vergeten", ["Yasemin"]),
    ("- Capucine: on se voit demain au local?", ["Capucine"]),
    ("Tshiteya-Kanyinda: ik rij morgen met de camionette", ["Tshiteya", "Kanyinda"]),
    ("Padraig: can someone bring the speakers tomorrow?", ["Padraig"]),
    ("Gavril: ik ben ziek, ik kom niet naar de vergadering", ["Gavril"]),
    ("Eerst was het stil in de groep.\nHalime: ik wil wel helpen met de afwas!", ["Halime"]),
    ("Jolanta: wij zijn met vijf, is dat goed?", ["Jolanta"]),
    ("Bronwyn: thanks iedereen voor het kamp ❤️", ["Bronwyn"]),
    ("Sanae: mijn mama vraagt hoe laat we terug zijn", ["Sanae"]),
    ("ileana: ik heb de foto's gedeeld in de drive", ["ileana"]),
    ("Remigius: kan iemand mij oppikken aan het station?", ["Remigius"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("Tip: neem een regenjas mee, het wordt nat zaterdag", ["Tip"]),
    ("Vraag: wie brengt morgen de drank mee?", ["Vraag"]),
    ("Conclusie: we moeten meer tijd nemen voor de evaluatie", ["Conclusie"]),
    ("Opgelet: de bus vertrekt om acht uur aan de kerk", ["Opgelet"]),
    ("Update: de zaal is vrij op zaterdag", ["Update"]),
    ("Chiro: de tenten staan klaar voor het kamp", ["Chiro"]),
    ("Brugge: de trein had vertraging, we komen later", ["Brugge"]),
    ("KSA: wie komt er helpen met de opbouw?", ["KSA"]),
    ("Opmerking: de sleutel van het lokaal ligt bij de kassa", ["Opmerking"]),
    ("Ik vroeg in de groep wie er kwam.\nAntwoord: niemand, want het regende", ["Antwoord"]),
    ("Belangrijk: iedereen brengt een identiteitskaart mee", ["Belangrijk"]),
    ("WhatsApp: je hebt 34 nieuwe berichten in de groep", ["WhatsApp"]),
    ("Samenvatting: we spelen in de voormiddag en koken in de namiddag", ["Samenvatting"]),
    ("Maandag: we spelen buiten als het droog is", ["Maandag"]),
    ("Leuven: de bus stopt aan het station", ["Leuven"]),
    ("Instagram: jouw verhaal is 200 keer bekeken", ["Instagram"]),
    ("Afspraak: we verzamelen om negen uur aan het jeugdhuis", ["Afspraak"]),
    ("Resultaat: dertig kinderen en vijf leiding op kamp", ["Resultaat"]),
    ("Doel: elk kind kan mee op kamp, ook zonder geld", ["Doel"]),
    ("Zwaluwnest: de zaal is gereserveerd voor jullie groep", ["Zwaluwnest"]),
    ("Scouts: wij zorgen voor de tenten", ["Scouts"]),
    ("[20:15] Gemeente: de vergunning is in orde", ["Gemeente"]),
    ("Besluit: we proberen het volgend jaar opnieuw", ["Besluit"]),
    ("Kostprijs: vijf euro per kind, eten inbegrepen", ["Kostprijs"]),
]


run = quote_and_section


def _score() -> None:
    print_run_score(run, PERSON, KEEP)


if __name__ == "__main__":
    _score()
