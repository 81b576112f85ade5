"""Session 10, contacts in the report's own narrative: a FROZEN batch (issue 11, s10-recall).

Written by s10-recall on 5 December 2026 (23:10 UTC) BEFORE the policy for contacts outside the
quotes was decided in code, and before the contact detection (``detect.py``, ``contacts.py``,
``contact_cues.py``) was opened in session 10, without copying a handle, name or phrase from
bench/data, tests/fixtures, bench/unseen* or /work/shared. Every address, handle and number is
invented for this file (made-up subscriber digits).

The policy the cases measure (docs/anonymisation.md, "Contacts in the narrative"): with the
default scope (quotes only) a reporter's summary or answers may still name a person's private
contact; that is published to everyone who reads the site. A user expects:

* PRIVATE, masked everywhere: an e-mail address at a free-mail or consumer provider, or whose
  local part is person-shaped (a first name, "voornaam.achternaam", an initial and a surname);
  a mobile number (Belgian 04.., +32 4.., foreign mobiles); a personal handle or profile
  (an @account, a LinkedIn/Instagram/TikTok profile URL) and the obfuscated spellings of these;
* AN ORGANISATION'S, kept: a role or service address at the organisation's own domain (info@,
  secretariaat@, jeugd@...), a landline, a free or short service number, a website.

PRIVATE: (narrative text, cores). A core is the identifying part of the contact, case-folded with
every non-alphanumeric removed; the contact is left when a core still occurs in the folded text.
ORGANISATION: (narrative text, items that must survive verbatim).
"""

from __future__ import annotations

PRIVATE: list[tuple[str, tuple[str, ...]]] = [
    ("Wie vragen heeft, mailt best naar rani.goemaere@gmail.com.", ("ranigoemaere",)),
    ("De begeleider gaf haar gsm-nummer mee: 0475 12 34 56.", ("0475123456",)),
    ("Bel de kampverantwoordelijke op +32 486 55 21 09.", ("486552109",)),
    ("Meer info bij Ghislaine (ghislaine.spriet@telenet.be).", ("ghislainespriet",)),
    ("Stuur een dm naar @loic_vermote op Instagram.", ("loicvermote",)),
    ("Contact: j.delbaere@jeugdwerkregio.be", ("jdelbaere",)),
    ("Haar profiel: linkedin.com/in/yolande-dedeyne", ("yolandededeyne",)),
    ("Het sjabloon vraag je aan via nabil.benoot@hotmail.com.", ("nabilbenoot",)),
    ("Bereikbaar op 0498/76.54.32 na 17 uur.", ("0498765432",)),
    ("Zijn gsm: 0032 477 11 22 33", ("477112233",)),
    ("De moderator is te vinden als @romane.catrysse op Telegram.", ("romanecatrysse",)),
    ("Mail de trekker: leonie_saelens@outlook.be", ("leoniesaelens",)),
    ("WhatsApp naar 0472-45-67-89 voor het draaiboek.", ("0472456789",)),
    ("De Franse partner is bereikbaar op +33 6 12 34 56 78.", ("612345678",)),
    ("Zijn mailadres: babajide.titeca(at)skynet.be", ("babajidetiteca",)),
    ("Op TikTok heet ze @gaelle.moreel.", ("gaellemoreel",)),
    ("Volg de vlogger op instagram.com/ebe.vanhulle", ("ebevanhulle",)),
    ("Een Nederlandse collega belt op 06-12345678.", ("0612345678",)),
    ("Anaëlle is bereikbaar via anaelle.tanghe@proton.me of 0468 90 12 34.", ("anaelletanghe", "0468901234")),
    ("Mail gerust naar yewande@vlieghe.be, dat is haar eigen adres.", ("yewandevlieghe",)),
]

ORGANISATION: list[tuple[str, list[str]]] = [
    ("Meer info: info@jeugddienst-tielt.be", ["info@jeugddienst-tielt.be"]),
    ("Het secretariaat is bereikbaar op 09 264 12 34.", ["09 264 12 34"]),
    ("Surf naar www.speelpleinen-aan-zee.be voor de brochure.", ["www.speelpleinen-aan-zee.be"]),
    ("Inschrijven kan via inschrijvingen@jeugdkampen.be.", ["inschrijvingen@jeugdkampen.be"]),
    ("Bel het gratis nummer 0800 12 345.", ["0800 12 345"]),
    ("Awel is bereikbaar op 102.", ["102"]),
    ("De stad antwoordt op jeugd@stad.brugge.be.", ["jeugd@stad.brugge.be"]),
    ("Algemeen nummer van de jeugddienst: 03 338 22 11", ["03 338 22 11"]),
    ("Het draaiboek staat op https://www.vlaanderen.be/jeugd", ["https://www.vlaanderen.be/jeugd"]),
    ("Vragen? Mail naar secretariaat@koepel-jeugdhuizen.be", ["secretariaat@koepel-jeugdhuizen.be"]),
    ("Bij nood bel je 112.", ["112"]),
    ("Contact: contact@speelplein-sintjozef.be of 011 22 33 44", ["contact@speelplein-sintjozef.be", "011 22 33 44"]),
    ("De website kamp-in-de-ardennen.be heeft alle info.", ["kamp-in-de-ardennen.be"]),
    ("Ons kantoor: 02 553 40 00 (elke werkdag).", ["02 553 40 00"]),
    ("Mail naar onthaal@jeugdraad.vlaanderen voor een afspraak.", ["onthaal@jeugdraad.vlaanderen"]),
    ("Tele-Onthaal luistert op 106.", ["106"]),
    ("Volg ons op Instagram: @jeugdhuisdepoort", ["@jeugdhuisdepoort"]),
]


if __name__ == "__main__":
    import re

    from perskamer.model import Quote, Report
    from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report

    def summary(text: str) -> str:
        report = Report(source="r.md", slug="r", format="md", sections={"summary": text},
                        quotes=[Quote(text="Het was een fijne dag.", speaker=None)])
        anonymise_report(report, Options())
        return report.sections["summary"]

    def fold(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    masked = sum(all(c not in fold(summary(t)) for c in cores) for t, cores in PRIVATE)
    kept = sum(all(i in summary(t) for i in items) for t, items in ORGANISATION)
    print(f"private contacts masked {masked}/{len(PRIVATE)}  organisation contacts kept {kept}/{len(ORGANISATION)}")
    print("private left:", [i for i, (t, cores) in enumerate(PRIVATE) if any(c in fold(summary(t)) for c in cores)])
    print("organisation lost:", [i for i, (t, items) in enumerate(ORGANISATION) if not all(i2 in summary(t) for i2 in items)])
