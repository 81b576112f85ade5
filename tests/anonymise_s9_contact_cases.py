"""Session 9, contacts: a FROZEN batch of unseen contact shapes and look-alikes (issue 11, s9-recall).

Written by s9-recall on 5 December 2026 BEFORE the contact detection (``detect.py``,
``contacts.py``) was opened or changed in session 9, without reading set J's reports or set K,
and without copying a handle, name or phrase from bench/data, tests/fixtures, bench/unseen* or
/work/shared. Every handle, address and number is invented for this file (the phone numbers use
made-up subscriber digits); the look-alikes are plain Dutch abbreviations, public domains of
organisations and services, file names, versions, times, amounts, dates and hashtags.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_s9_contacts.py`` runs
them (the misses at freeze time are strict xfails) and ``python tests/anonymise_s9_contact_cases.py``
prints the score.

CONTACTS: (quote text, cores). A core is the identifying part of the contact, case-folded with
every non-alphanumeric removed (as ``bench/eval_unseen_s3.py`` folds a contact); the contact is
left when a core still occurs in the folded anonymised text.

LOOKALIKES: (quote text, items that must survive verbatim). Nothing in these sentences is a
person or a contact, so no placeholder may appear either.
"""

from __future__ import annotations

CONTACTS: list[tuple[str, tuple[str, ...]]] = [
    # --- a handle after a contact verb, no @ and no platform word -----------------------------
    ("Stuur een dm naar noor.vh_2008 als je vragen hebt.", ("noorvh2008",)),
    ("stuur maar een pb naar kobe.dhondt, hij regelt de bus", ("kobedhondt",)),
    ("Pm me: yasmin.elh", ("yasminelh",)),
    ("dm naar wout_vp en je staat op de lijst", ("woutvp",)),
    ("Wie wil helpen: stuur een dm naar xander.speelt", ("xanderspeelt",)),
    ("contacteer sien.claes01 als je een lift nodig hebt", ("sienclaes01",)),
    ("stuur gerust een pm'tje naar ilias.b", ("iliasb",)),
    ("Stuur een berichtje naar milan.jr.04, hij weet alles van de fuif.", ("milanjr04",)),
    ("volg jorre.maakt.dingen voor de filmpjes van het kamp", ("jorremaaktdingen",)),
    ("je kan haar toevoegen: add lena_xo_14", ("lenaxo14",)),
    # --- after "mijn snap/insta/... is", "te vinden als", platform words -----------------------
    ("mijn snap is femke.vdv", ("femkevdv",)),
    ("add me op snap: brent_x_09", ("brentx09",)),
    ("je kan me vinden als ruben__dewilde op insta", ("rubendewilde",)),
    ("Ze is te vinden als @lotte.maes.x", ("lottemaesx",)),
    ("mijn insta = hanne.dc_", ("hannedc",)),
    ("Mijn tiktok: @arne.doet.dingen", ("arnedoetdingen",)),
    ("discord: senne#4821", ("senne4821",)),
    ("mijn discord is wouter_vdb", ("woutervdb",)),
    ("bereikbaar via yannick.vs op messenger", ("yannickvs",)),
    ("hij staat op insta als tuur.fotografeert", ("tuurfotografeert",)),
    # --- link in bio, Linktree-like pages, vanity URLs ----------------------------------------
    ("alles staat in mijn bio: linktr.ee/emma.vw", ("emmavw",)),
    ("link in bio -> linktr.ee/jarno_beats", ("jarnobeats",)),
    ("check mijn portfolio op www.lauravermeulen.be", ("lauravermeulen",)),
    ("mijn site is jensdepauw.com, daar staan de foto's", ("jensdepauw",)),
    ("youtube.com/@mats.vlogt heeft het hele kamp gefilmd", ("matsvlogt",)),
    ("mijn facebook: facebook.com/ellen.debruyne.5", ("ellendebruyne5",)),
    ("kijk op beacons.ai/kiara.zingt voor haar nummers", ("kiarazingt",)),
    # --- phone numbers grouped oddly or written in words ---------------------------------------
    ("mijn gsm: 0476 - 12 - 34 - 56", ("0476123456", "123456")),
    ("bel me op 0476.123.456 na school", ("0476123456",)),
    ("gsm 04 76 12 34 56, na zes uur", ("0476123456",)),
    ("sms naar +32 476 12 34 56", ("476123456",)),
    ("0032(0)476/123456 is mijn nummer", ("476123456",)),
    ("whatsapp me op 0476 12 34 5 6", ("0476123456",)),
    ("telefoon: 0 4 7 6 1 2 3 4 5 6", ("0476123456",)),
    ("contacteer mij: 0470-12.34.56", ("0470123456",)),
    ("bel me: nul vier zeven vijf, twaalf, vierendertig, zesenvijftig", ("vierendertigzesenvijftig",)),
    ("mijn nummer is nul vier negen negen twee twee drie drie vier vier", ("negennegentweetweedriedrie",)),
    # --- obfuscated e-mail addresses ------------------------------------------------------------
    ("mail naar lore punt janssens at gmail punt com", ("lorepuntjanssens",)),
    ("e-mail: bram (dot) peeters (at) telenet (dot) be", ("bramdotpeeters",)),
    ("stuur een mailtje naar sanne.mertens{at}skynet.be", ("sannemertens",)),
    ("mail: j.verbeke＠gmail．com", ("jverbeke",)),
    ("sofie.dwp @ hotmail . com, daar reageer ik het snelst", ("sofiedwp",)),
    ("mijn adres is tibo_vl apenstaartje outlook punt com", ("tibovl",)),
    ("e-mail nele.brouckaert AT gmail DOT com", ("nelebrouckaert",)),
    ("mail gerust naar yara-dm [at] proton [punt] me", ("yaradm",)),
    # --- English ---------------------------------------------------------------------------------
    ("DM me at kai.moreno_ on insta", ("kaimoreno",)),
    ("hit me up on snap: jaylee.x", ("jayleex",)),
    ("you can find me as dj.lowkey.b on soundcloud", ("djlowkeyb",)),
    ("follow priya.makes for the zines", ("priyamakes",)),
    ("text me on +44 7700 900123", ("7700900123",)),
    ("reach out to alex dot rivera at proton dot me", ("alexdotrivera",)),
    # --- French ----------------------------------------------------------------------------------
    ("Envoie un message privé à chloe.dbs", ("chloedbs",)),
    ("contacte-moi sur insta : ines_lmb", ("ineslmb",)),
    ("écris-moi à theo.lefevre(at)gmail.com", ("theolefevre",)),
    ("appelle-moi au 04 71 23 45 67", ("0471234567",)),
    ("tu me trouves sous le nom de manon.vdk", ("manonvdk",)),
    ("suis-moi sur tiktok @lea.danse", ("leadanse",)),
]

LOOKALIKES: list[tuple[str, list[str]]] = [
    # --- abbreviations with dots -----------------------------------------------------------------
    ("We deden o.a. een dropping en een quiz.", ["o.a."]),
    ("De leiding, d.w.z. de oudste groep, kookte.", ["d.w.z."]),
    ("Neem iets mee, bv. een slaapzak of een matje.", ["bv."]),
    ("Dat kost ca. 5 euro p.p. voor het hele weekend.", ["ca.", "p.p."]),
    ("Lees hfst. 3 en blz. 12 van de bundel.", ["hfst.", "blz."]),
    ("Zie ook art. 5.3 van het huishoudelijk reglement.", ["art.", "5.3"]),
    ("Dm's en pb's beantwoorden we binnen de week.", ["Dm's", "pb's"]),
    ("Het was m.a.w. een geslaagde avond, enz.", ["m.a.w.", "enz."]),
    # --- domains of organisations and services, sites ------------------------------------------
    ("Alles staat op ksa.be en op de site van de gemeente.", ["ksa.be"]),
    ("Kijk op www.uitpas.be voor kortingen.", ["www.uitpas.be"]),
    ("De brochure staat op https://www.vlaanderen.be/jeugd.", ["www.vlaanderen.be"]),
    ("Het formulier vind je op stad.gent bij vrije tijd.", ["stad.gent"]),
    ("We vonden het spel op scoutsengidsen.be.", ["scoutsengidsen.be"]),
    ("Volg het congres op jeugdwerknet.be of op awel.be als je wil praten.", ["jeugdwerknet.be", "awel.be"]),
    # --- file names and versions ----------------------------------------------------------------
    ("De foto's staan in kamp_2024_def.zip op de drive.", ["kamp_2024_def.zip"]),
    ("Open het bestand verslag.v2.docx even.", ["verslag.v2.docx"]),
    ("Het verslag heet kamp-2024-final.pdf.", ["kamp-2024-final.pdf"]),
    ("We werken met versie 3.2.1 van de app.", ["3.2.1"]),
    ("Versie 2.0 van het plan kwam er na de evaluatie.", ["2.0"]),
    ("We maakten de site met WordPress en Node.js.", ["Node.js"]),
    # --- times, amounts, dates, counts -----------------------------------------------------------
    ("De fuif start om 20.30u en eindigt om 01.00u.", ["20.30u", "01.00u"]),
    ("De les begint om 9u15, de pauze om 10.45.", ["9u15", "10.45"]),
    ("De bus vertrekt om 7.45 u aan perron 3.", ["7.45"]),
    ("Het kampgeld is 12.50 euro per dag.", ["12.50"]),
    ("Het budget was 2.500 euro, waarvan 1.250 voor eten.", ["2.500", "1.250"]),
    ("We telden 1.200 bezoekers en 3.400 drankjes.", ["1.200", "3.400"]),
    ("Het kamp loopt van 12.07 tot 21.07.", ["12.07", "21.07"]),
    ("Op 03.08.2025 vertrekken we met de trein.", ["03.08.2025"]),
    ("De inschrijving sluit op 15/09 om 23u59.", ["15/09", "23u59"]),
    ("We zaten met 25 man in lokaal 2.14.", ["2.14"]),
    ("Hij had 38.5 graden koorts!", ["38.5"]),
    ("Bel 112 bij nood, of 1712 als je hulp wil.", ["112", "1712"]),
    ("De score was 3-2 na de strafschoppen.", ["3-2"]),
    ("Het lokaal is 0,5 km verder, zo'n 500 meter.", ["0,5", "500"]),
    # --- hashtags of the congress ------------------------------------------------------------------
    ("#jeugdwerkcongres2026 en #samensterk waren de hashtags.", ["#jeugdwerkcongres2026", "#samensterk"]),
    ("Gebruik de hashtag #jongerenspreken op insta.", ["#jongerenspreken"]),
    # --- the contact verbs and positions with ordinary words after them ----------------------------
    ("Stuur een dm naar de leiding als je ziek bent.", ["leiding"]),
    ("Stuur een mail naar het secretariaat.", ["secretariaat"]),
    ("Contacteer de jeugddienst voor een subsidie.", ["jeugddienst"]),
    ("Je vindt ons als jeugdhuis gewoon in het centrum.", ["jeugdhuis"]),
    ("Mijn snap is kapot, dus ik zit nu op whatsapp.", ["kapot", "whatsapp"]),
    ("Add de nieuwe leden aan de groepschat.", ["leden"]),
    ("Volg de workshop over EHBO, echt een aanrader.", ["workshop", "EHBO"]),
    ("De leiding is te vinden als je naar het podium loopt.", ["podium"]),
    ("Stuur een berichtje naar je ouders als je aankomt.", ["ouders"]),
    ("pm me als je mee wil, dm's lees ik wel.", ["dm's"]),
    ("Volg ons op insta en tiktok voor de aftermovie!", ["insta", "tiktok", "aftermovie"]),
    ("Envoie un message à l'animateur avant samedi.", ["animateur"]),
    ("DM the organisers if you need a ride.", ["organisers"]),
]


if __name__ == "__main__":
    import re

    from perskamer.plugins.anonymise.replace import anonymise_text
    from perskamer.testing import word_in

    def fold(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.casefold())

    left = [i for i, (t, cores) in enumerate(CONTACTS) if any(c in fold(anonymise_text(t)) for c in cores)]
    lost = [i for i, (t, items) in enumerate(LOOKALIKES)
            if "[" in anonymise_text(t) or not all(word_in(x, anonymise_text(t)) for x in items)]
    print(f"contacts removed {len(CONTACTS) - len(left)}/{len(CONTACTS)}, left: {left}")
    print(f"look-alikes kept {len(LOOKALIKES) - len(lost)}/{len(LOOKALIKES)}, lost: {lost}")
