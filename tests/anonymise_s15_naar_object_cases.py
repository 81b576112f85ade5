"""Frozen cases of session 15's lead attack: a person after "naar" where the verb makes
"naar" a person's preposition, not a destination (issue 11, severity 1).

Written by the lead at 13:40 UTC on 2026-12-06, before any rule for it, from the lead's own
attack (`/work/notes/s15/lead-attack/atk15.py`: "Iedereen keek naar <Naam>, die het woord
nam." published 33 of 79 names on main 3b78a90, "Dirk" and "Koen" among them). Sentences
are the lead's own; names of many origins, some listed, some that are a Dutch word, some no
list holds. The look-alikes are places, organisations, brands and titles in the same slot,
and destinations after a verb of motion: they pass at the freeze and must stay kept.
"""

# (text, name part that must be masked)
LEAKS = [
    ("Iedereen keek naar Batoul, die het woord nam.", "Batoul"),
    ("De hele zaal keek naar Melek toen ze opstond.", "Melek"),
    ("We keken allemaal naar Yavuz voor een antwoord.", "Yavuz"),
    ("Ik luisterde naar Kawtar en dacht: zij heeft gelijk.", "Kawtar"),
    ("Iedereen luisterde aandachtig naar Mourad.", "Mourad"),
    ("De kleuters zwaaiden naar Mpia vanaf de bus.", "Mpia"),
    ("Hij knipoogde naar Sardor en begon te lachen.", "Sardor"),
    ("Ze lachte naar Nodir alsof er niets gebeurd was.", "Nodir"),
    ("Ik heb het verslag meteen naar Aliyu gestuurd.", "Aliyu"),
    ("Stuur je foto's maar naar Piotrek, hij maakt de collage.", "Piotrek"),
    ("Ze riep naar Myroslava dat de soep klaar was.", "Myroslava"),
    ("Alle ogen waren gericht op het podium, iedereen keek naar Zjef.", "Zjef"),
    ("Iedereen keek naar Dirk, die het woord nam.", "Dirk"),
    ("Toen keken de jongeren naar Koen om te zien wat hij ervan vond.", "Koen"),
    ("We luisterden naar Storm, die als eerste durfde te vertellen.", "Storm"),
    ("Ik keek op naar Roos, zij deed dat al tien jaar.", "Roos"),
    ("Ze vroegen naar Hazel, want die was er vorige keer ook.", "Hazel"),
    ("De kinderen wezen naar Wolf toen ik vroeg wie de leiding had.", "Wolf"),
    ("Mijn mama mailde naar Joy om het uur te bevestigen.", "Joy"),
    ("Ik heb de hele avond naar Lief zitten kijken.", "Lief"),
    ("De jury keek naar Emre Kalkan en knikte.", "Kalkan"),
    ("Iedereen luisterde naar Grâce Mbombo, die uit Kinshasa kwam.", "Mbombo"),
    ("Ze staarde naar Tigran tot hij begon te praten.", "Tigran"),
    ("De leiding keek naar Ysaline voor het startsein.", "Ysaline"),
    ("Ik sms'te naar Obinna dat we later kwamen.", "Obinna"),
    ("We hebben naar Sven gekeken, hij deed het voor.", "Sven"),
]

# (text, word that must stay)
KEEPS = [
    ("Iedereen keek naar Ketnet op de grote tv.", "Ketnet"),
    ("Daarna luisterden we naar Radio 2 in de bus.", "Radio"),
    ("Ik keek naar Netflix tot middernacht.", "Netflix"),
    ("We keken naar de Ronde van Vlaanderen op het scherm.", "Vlaanderen"),
    ("Stuur je vragen naar Awel, daar luisteren ze.", "Awel"),
    ("Ze stuurden hun dossier naar Unicef.", "Unicef"),
    ("We verhuisden naar Charleroi toen ik tien was.", "Charleroi"),
    ("Met de fiets reden we naar Oudenaarde.", "Oudenaarde"),
    ("Ik keek naar buiten, naar Antwerpen in de verte.", "Antwerpen"),
    ("We gingen op kamp naar Durbuy.", "Durbuy"),
    ("Iedereen keek naar meneer Janssens.", "meneer"),
    ("We keken naar YouTube-filmpjes over het kamp.", "YouTube"),
    ("Kijk naar Instagram, daar staat alles op.", "Instagram"),
    ("Ze zochten naar Jeugdhuis De Klinker maar vonden het niet.", "Jeugdhuis"),
    ("Ze stuurde een mail naar Kind en Gezin.", "Gezin"),
    ("We gingen naar Brussel met de trein.", "Brussel"),
    ("Ik luister het liefst naar Spotify-lijstjes.", "Spotify"),
    ("De groep keek naar Google Maps om de weg te vinden.", "Google"),
    ("Ze wezen naar Oostende op de kaart.", "Oostende"),
    ("Iedereen keek naar het Sportpaleis, zo groot was het.", "Sportpaleis"),
]

# Second batch, written at 13:30 before its rule (on 3b78a90 with the first rule: 9 of 12 published):
# a listed first name that is also a word, or a word no list knows, where one goes to
# someone's home ("naar <X> thuis") or alone after "naar"/"bij" with no trip, move or stay.
VISITS = [
    ("We gingen naar Dirk.", "Dirk"),
    ("Daarna ging ik naar Koen om te helpen.", "Koen"),
    ("Na school ga ik altijd naar Roos.", "Roos"),
    ("Ik ging naar Wolf, want die had de sleutel.", "Wolf"),
    ("We gingen naar Hazel thuis.", "Hazel"),
    ("Na de vergadering gingen we naar Batoul thuis.", "Batoul"),
    ("Elke woensdag ga ik naar Melek thuis om te koken.", "Melek"),
    ("We zijn bij Yavuz thuis blijven plakken.", "Yavuz"),
    ("Ik ging naar Storm om mijn gsm terug te halen.", "Storm"),
    ("We liepen nog even binnen bij Roos.", "Roos"),
    ("We gingen naar Sardor.", "Sardor"),
    ("Daarna zijn we naar Mpia gegaan om te eten.", "Mpia"),
]
# Places and things alone after "naar"/"bij" with a trip, a move or a stay, or named as such.
VISIT_KEEPS = [
    ("We fietsten naar Mol.", "Mol"),
    ("Op kamp gingen we naar Hamont.", "Hamont"),
    ("We trokken op weekend naar Houffalize.", "Houffalize"),
    ("We gingen naar Walibi met de hele groep.", "Walibi"),
    ("Ik ging naar Gent om te studeren.", "Gent"),
    ("We gingen naar Bokrijk.", "Bokrijk"),
    ("Ze verhuisde naar Tienen.", "Tienen"),
    ("Daarna gingen we naar Plopsaland.", "Plopsaland"),
]
