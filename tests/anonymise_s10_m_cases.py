"""Session 10, set M's contact and name classes: a FROZEN batch (issue 11, s10-recall).

Written by s10-recall on 5 December 2026 (23:33 UTC) after set M (``bench/data/unseen_s10``) was
scored once on this branch (its blind figure) and its miss CLASSES were read, BEFORE any rule for
them was read or written, without copying a handle, name or phrase of M or of any other informed
set, fixture or /work/shared file (every account and name invented for this file).

Classes:
* an account without "@" after a platform phrase that names the account: "op Discord zijn we X",
  "op TikTok staan we als X", "op Telegram heten we X" (account-shaped: parts joined by "_" or
  ".", digits) against the same phrases before ordinary words, numbers, organisations;
* an account with a dot (or "_") as who wrote a comment: a line opening with the account, then a
  dash or a colon and the comment ("x.y — top!") against file names, sites, versions, dates and
  abbreviations in the same place;
* a surname after a verb of a source ("geleerd/gehoord/gekregen/overgenomen van X") before a
  relative clause about it (", die ...") against a place, organisation or brand there.

CONTACTS: (text, cores); LOOKALIKES: (text, items that must survive verbatim);
PERSON: (text, name parts that must go, items that must stay); KEEP: (text, items).
"""

from __future__ import annotations

CONTACTS: list[tuple[str, tuple[str, ...]]] = [
    ("op Discord zijn we koekjes_clan, kom gerust eens kijken", ("koekjesclan",)),
    ("Op Twitch streamen we als zolder.sessies elke vrijdag.", ("zoldersessies",)),
    ("op TikTok staan we als kampvuur_tv", ("kampvuurtv",)),
    ("op insta vind je ons als dansatelier.noord", ("dansateliernoord",)),
    ("Op Telegram heten we rijbewijs_groep, vraag maar toegang", ("rijbewijsgroep",)),
    ("op Snapchat ben ik zonnetje.x09", ("zonnetjex09",)),
    ("Op Discord heet de server gamezolder_2023.", ("gamezolder2023",)),
    ("op YouTube zitten we onder skatepark.lier.tv", ("skateparkliertv",)),
    ("Op Discord zijn we te vinden als bordspel_nerds", ("bordspelnerds",)),
    ("op BeReal ben ik mango.moon", ("mangomoon",)),
    ("via Telegram zijn we bereikbaar als wijkradio_oost", ("wijkradiooost",)),
    ("op Twitch zendt hij uit als pixel.prins7", ("pixelprins7",)),
    ("Op Discord is ons kanaal zolder_ploeg", ("zolderploeg",)),
    ("op insta zijn we jh_bunker, op TikTok ook", ("jhbunker",)),
    ("op TikTok zijn we dansjes.uit.de.wijk", ("dansjesuitdewijk",)),
    # --- an account as who wrote a comment ---------------------------------------------------
    ("Reacties:\nzwaluw.vds — wanneer is de volgende?", ("zwaluwvds",)),
    ("miauw.x — ik was er ook bij", ("miauwx",)),
    ("noord.ster_ — mooi filmpje", ("noordster",)),
    ("dj.kameel: wie draaide er zaterdag?", ("djkameel",)),
    ("- pannenkoek.99 — nog eens!", ("pannenkoek99",)),
    ("> fiets.fan — waar is dat?", ("fietsfan",)),
    ("bokaal.bb – geweldig gedaan", ("bokaalbb",)),
    ("tuin.kabouter - haha ik herken iedereen", ("tuinkabouter",)),
    ("rode.draad — ik kom zeker", ("rodedraad",)),
    ("skate.kelder: ook volgend jaar?", ("skatekelder",)),
    ("zonnige.dag — super", ("zonnigedag",)),
    ("koffie.kop.x — wie heeft de foto's?", ("koffiekopx",)),
    ("luchtballon.7 — respect voor de leiding", ("luchtballon7",)),
    ("poes_minou: 🥰🥰", ("poesminou",)),
    ("Reacties onder de post:\nwolk.en.zon — prachtig\nbeer_bram_3 — top", ("wolkenzon", "beerbram3")),
]

LOOKALIKES: list[tuple[str, list[str]]] = [
    ("op Discord zijn we met twintig leden", ["twintig"]),
    ("op TikTok staan we al een jaar", ["jaar"]),
    ("Op Instagram zijn we actiever dan op Facebook", ["actiever"]),
    ("op Twitch streamen we als vzw niet", ["vzw"]),
    ("op YouTube staan we op nummer 3", ["nummer 3"]),
    ("op Discord zijn we bereikbaar via de link", ["link"]),
    ("op TikTok zijn we viraal gegaan", ["viraal"]),
    ("op Telegram heten we gewoon Jeugdraad Lier", ["Jeugdraad Lier"]),
    ("Op YouTube staan we als Chiro Bree", ["Chiro Bree"]),
    ("op Twitch zijn we live om 20.30", ["20.30"]),
    ("op Discord heet het kanaal algemeen", ["algemeen"]),
    ("kamp_2024_def.zip — staat op de drive", ["kamp_2024_def.zip"]),
    ("www.jeugdhuis-voorbeeld.be — meer info", ["www.jeugdhuis-voorbeeld.be"]),
    ("versie 2.1 — nieuw menu", ["2.1"]),
    ("blz. 12 — zie hieronder", ["12"]),
    ("d.w.z. — dat we later beginnen", ["d.w.z."]),
    ("info.pdf — lees dit eerst", ["info.pdf"]),
    ("20.30u — start van de fuif", ["20.30u"]),
    ("03.08.2025 — de datum van het kamp", ["03.08.2025"]),
    ("Node.js — daarin is de site gemaakt", ["Node.js"]),
    ("o.a. — de leiding en de ouders", ["o.a."]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    ("We hebben veel geleerd van Verbanck, die dat al jaren doet.", ["Verbanck"], []),
    ("Ik heb het gehoord van Lefere, die erbij was.", ["Lefere"], []),
    ("Dat idee hebben we overgenomen van Noppe, die in Gent werkt.", ["Noppe"], ["Gent"]),
    ("We kregen de sleutel van Pollet, die conciërge is.", ["Pollet"], []),
    ("Het nieuws kwam van Allary, die het op de radio hoorde.", ["Allary"], []),
    ("We leenden de tenten van Huyghebaert, die ze nooit gebruikt.", ["Huyghebaert"], []),
    ("Ik heb het vernomen van Laleman, die in de raad zit.", ["Laleman"], []),
    ("Veel tips gekregen van Neirynck, die zelf leiding was.", ["Neirynck"], []),
    ("We kopieerden het van Ampe, die een gelijkaardig project had.", ["Ampe"], []),
    ("De foto's komen van Gouwy, die altijd fotografeert.", ["Gouwy"], []),
    ("Voor de rest hebben we veel geleerd van Vandekeere, die dat in Huis Zonneveld al tien jaar zo doet.",
     ["Vandekeere"], []),
    ("We kregen hulp van Tytgat, die de subsidie aanvroeg.", ["Tytgat"], []),
    ("Alles wat ik weet, leerde ik van Casier, die mijn eerste leider was.", ["Casier"], []),
    ("De tip kwam van Desmyttere, die zelf ook zo begonnen is.", ["Desmyttere"], []),
    ("We hoorden het eerst van Buyse, die het op Facebook las.", ["Buyse"], ["Facebook"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("We hebben veel geleerd van Brugge, dat al jaren zo werkt.", ["Brugge"]),
    ("Het idee komt van Oxfam, die al jaren werkt rond eerlijke handel.", ["Oxfam"]),
    ("We hebben veel geleerd van Vormingplus, die de cursus gaf.", ["Vormingplus"]),
    ("Ik heb het gehoord van Radio 2, die het eerst bracht.", ["Radio 2"]),
    ("We kregen de tenten van Chiro Lier, die ze niet meer nodig had.", ["Chiro Lier"]),
    ("De tips kwamen van Kind en Gezin, die daar een brochure over heeft.", ["Kind en Gezin"]),
    ("We leerden veel van Fedasil, die de opvang regelt.", ["Fedasil"]),
    ("Dat hebben we overgenomen van Nederland, dat al verder staat.", ["Nederland"]),
    ("We kregen steun van Unicef, die het project betaalde.", ["Unicef"]),
    ("Het nieuws kwam van VRT NWS, die er een reportage over maakte.", ["VRT NWS"]),
]


if __name__ == "__main__":
    import re

    from anoncases import print_score

    from perskamer.plugins.anonymise.replace import anonymise_text

    def fold(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    left = [i for i, (t, cores) in enumerate(CONTACTS) if any(c in fold(anonymise_text(t)) for c in cores)]
    lost = [i for i, (t, items) in enumerate(LOOKALIKES) if not all(x in anonymise_text(t) for x in items)]
    print(f"contacts removed {len(CONTACTS) - len(left)}/{len(CONTACTS)} (left {left}); "
          f"look-alikes kept {len(LOOKALIKES) - len(lost)}/{len(LOOKALIKES)} (lost {lost})")
    print_score(KEEP, PERSON)
