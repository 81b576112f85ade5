"""Session 16 (s16-names): regression cases for the classes the blind attack A16
(``/work/notes/s16/attack/atk16.py``, s16-blind) showed in s16-names' frames, written AFTER the
rules (16:35 UTC) with names of s16-names' own (grep-clean against ``tests/``, ``bench/data/``,
``/work/shared/``, ``/work/notes/s15/lead-attack/``; none of A16's names or items). They hold the
rules in place; they measure nothing.

* a credit of one word (or a pair read as "<word> <town>") with a role or an age: "<Voornaam>,
  jeugdwerker: “...”", "<Voornaam> (17): ...";
* a surname with a capital inside ("Mac<X>") in a line's label;
* a lower-case full name opening a chat message, after an interjection, before its verb or a
  label's colon: "haha <voornaam> <achternaam> heeft ...", "<voornaam> van de <achternaam>: ok";
* a French or English credit after the quotation: "», explique <Naam>.", '," said <Name>.'.

PERSON: (text, name parts that must go). KEEP: (text, words that must stay).
"""

from __future__ import annotations

_Q = "“We zijn begonnen met twee tafels en een koffiezet.”"

PERSON: list[tuple[str, list[str]]] = [
    (f"Feyzullah, jeugdwerker: {_Q}", ["Feyzullah"]),
    (f"Gulbahar, vrijwilliger: {_Q}", ["Gulbahar"]),
    (f"Nizamettin, coördinator van het buurtwerk: {_Q}", ["Nizamettin"]),
    (f"Nasteho (16): {_Q}", ["Nasteho"]),
    (f"Zabihullah (vrijwilliger): {_Q}", ["Zabihullah"]),
    (f"- Mbemba, stagiair: {_Q}", ["Mbemba"]),
    (f"Declan MacAskill van het jeugdhuis: {_Q}", ["Declan", "MacAskill"]),
    (f"Bryony McTavish, moderator: {_Q}", ["Bryony", "McTavish"]),
    ("haha sozdar kordaat heeft weer de sleutel vergeten 😂", ["sozdar", "kordaat"]),
    ("haha mouhcine duister is weer te laat", ["mouhcine", "duister"]),
    ("lol feyzullah vlug zei dat hij de bus nam", ["feyzullah", "vlug"]),
    ("saynab grauw zei in de chat dat het niet doorging", ["saynab", "grauw"]),
    ("omg xiaolan mager heeft gewonnen", ["xiaolan", "mager"]),
    ("jentel van de bosveld: ok ik neem de chips mee", ["jentel", "bosveld"]),
    ("haha nkosazana el schraal heeft de taart al op", ["nkosazana", "schraal"]),
    ("oktay zinar: wie heeft de sleutel?", ["oktay", "zinar"]),
    ("« On a tout fait nous-mêmes », explique Gulbahar Hotak.", ["Gulbahar", "Hotak"]),
    ("« Personne ne savait rien », raconte Perle.", ["Perle"]),
    ('"We started with two tables," said Olive.', ["Olive"]),
]

KEEP: list[tuple[str, list[str]]] = [
    (f"Chiro Akkerwinde, leiding: {_Q}", ["Chiro", "Akkerwinde"]),
    (f"Gent, schepen van jeugd: {_Q}", ["Gent"]),
    ("Conclusie, kort: we gaan door.", ["Conclusie"]),
    (f"Jeugdhuis Ondiep, vrijwilliger: {_Q}", ["Jeugdhuis", "Ondiep"]),
    (f"Stad Antwerpen (jeugddienst): {_Q}", ["Stad", "Antwerpen"]),
    ("haha de bus heeft weer vertraging", ["bus"]),
    ("haha iedereen heeft honger", ["iedereen"]),
    ("lol spotify heeft weer een storing", ["spotify"]),
    ("haha chiro heeft weer gewonnen", ["chiro"]),
    ("omg morgen heeft de chiro feest", ["morgen", "chiro"]),
    ("haha mama heeft gebeld", ["mama"]),
    ("haha niemand heeft het gezien", ["niemand"]),
    ("ok de leiding zei dat het doorgaat", ["leiding"]),
    ("haha de kookploeg van de chiro heeft alles op", ["kookploeg", "chiro"]),
    ('"Everything is online now," says Instagram.', ["Instagram"]),
    ("« Tout est plus cher », explique Unicef.", ["Unicef"]),
]
