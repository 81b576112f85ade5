"""Frozen cases (the lead, session 15, 15:14 UTC, before the rule): a surname written the Dutch
way, "van" in lower case before a word a place list holds ("van Rijswijk", "van Loon", "van
Brakel"), after a first name. s15-keep saw "Ik belde <Voornaam> van <X>" publish the surname;
the lead found the whole name published when it opens a sentence before a verb ("<Voornaam>
van <X> vertelde het."). Sentences and names are the lead's own.
"""

# (text, surname word that must be masked)
PERSONS = [
    ("Ik belde Maartje van Rijswijk over de subsidie.", "Rijswijk"),
    ("We spraken met Joost van Loon, de coördinator.", "Loon"),
    ("Gisteren mailde Femke van Brakel nog over het lokaal.", "Brakel"),
    ("Het idee kwam van Niels van Beek.", "Beek"),
    ("Samen met Lieke van Veen maakte ik de planning.", "Veen"),
    ("Wouter van Oostveld vertelde over zijn eerste kamp.", "Oostveld"),
    ("Sanne van Walsum heeft de affiches gemaakt.", "Walsum"),
    ("Bram van Velthoven legde uit hoe de raad werkt.", "Velthoven"),
    ("Maartje van Rijswijk vond het een goed idee.", "Rijswijk"),
    ("Ik heb Joost van Brakel gevraagd om te helpen.", "Brakel"),
    ("Volgens Femke van Loon moet de gemeente meer doen.", "Loon"),
    ("Toen stond Niels van Veen op en begon te praten.", "Veen"),
]

# (text, word that must stay): "van" + organisation after a first name, places elsewhere
KEEPS = [
    ("Ik belde Maartje van Oxfam over de campagne.", "Oxfam"),
    ("We spraken met Joost van Unicef.", "Unicef"),
    ("Femke woont in Rijswijk en komt met de trein.", "Rijswijk"),
    ("De jongeren van Brakel kwamen met de fiets.", "Brakel"),
    ("Het jeugdhuis van Loon is te klein geworden.", "Loon"),
    ("We gingen op kamp in Beek.", "Beek"),
    ("Sanne van de Chiro vertelde over het kamp.", "Chiro"),
    ("Niels van Awel legde uit hoe de chat werkt.", "Awel"),
]
