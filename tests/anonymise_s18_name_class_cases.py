"""Session 18 (s18-names, issue 11): name CLASSES that survive, as classes -- (1) caption and list
lines naming people ("Van links naar rechts: …", "Op de foto: …", "Aanwezig: …", "Sprekers: …",
"Panel: …", "Moderator: …", a list after "met" in a caption), (2) a title or address word before a
surname or first name ("Dr.", "Prof.", "Mme", "Mevr.", "Dhr.", "meneer", "mevrouw", "juf",
"meester", "Monsieur", "Ms", "Mr"), (3) a person's name inside an organisation's name ("Les Scouts
de <Voornaam> <Achternaam>"), (4) English and French reporting verbs, names that are words in
person slots, short East-Asian names, participant lists. A FROZEN batch.

Written by s18-names on 6 December 2026, 21:50-21:55 UTC, BEFORE reading any rule of these classes
(only the batch helpers and ``anonymise_text``'s signature were read). Names and organisations are
invented; every name part was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/`` and ``/work/shared/`` and replaced where it occurred, except the names that are words (``Mei``, ``Hope``,
``Storm``, ``Roos``, ``Sky``, ``Lente``, ``Bloem``, ``Hemel``: the class itself). The look-alike items are
organisations, places, roles, brands, months and words in the same frames (real bodies and towns
may occur elsewhere: they are no names).

``PERSON``: ``(path, text, name parts that must go)``; ``KEEP``: ``(path, text, items that must
stay)``. ``path`` is ``"caption"`` (the text is a report's photo caption, default scope) or
``"section"`` (the text is a report's quotes section, read by the markdown quote splitter). Every
case also runs as bare text (``anonymise_text``). Names are compared case-insensitively, items
case-sensitively and by count. ``PYTHONPATH=tests python tests/anonymise_s18_name_class_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text  # noqa: F401

PERSON: list[tuple[str, str, list[str]]] = [
    # (1) caption and list lines: a list in a person frame is a list of persons
    ("caption", "Van links naar rechts: Ysoline, Barnabé, Quintijn en Dr. Okereke.",
     ["Ysoline", "Barnabé", "Quintijn", "Okereke"]),
    ("caption", "Op de foto: Thiébaut Vanhoeydonck en Leontine Caerskens bij de ingang van het lokaal.",
     ["Thiébaut", "Vanhoeydonck", "Leontine", "Caerskens"]),
    ("caption", "Aanwezig: Marnik Degroodtje, Sevgül Kılıçdağ en Sigrunn Hagelsteen.",
     ["Marnik", "Degroodtje", "Sevgül", "Kılıçdağ", "Sigrunn", "Hagelsteen"]),
    ("caption", "Sprekers: Prof. Wendelmoet Baetsloot en Idrissou Camaraké.",
     ["Wendelmoet", "Baetsloot", "Idrissou", "Camaraké"]),
    ("caption", "Met: Aurélienne Vandepitteke (moderator) en Kwame-Osei Mensahene.",
     ["Aurélienne", "Vandepitteke", "Kwame-Osei", "Mensahene"]),
    ("caption", "Panel: Svetoslava Dobrevska, Ruadhán Dálaighe en Nkosana Dubeleni.",
     ["Svetoslava", "Dobrevska", "Ruadhán", "Dálaighe", "Nkosana", "Dubeleni"]),
    ("caption", "Moderator: Ghislène Verplaetsen.", ["Ghislène", "Verplaetsen"]),
    ("caption", "Foto: de leiding met Ilario, Casimir en Oonagh aan het kampvuur.",
     ["Ilario", "Casimir", "Oonagh"]),
    ("caption", "V.l.n.r.: Jentelien, Fiifi, Bartel en meester Decortier.",
     ["Jentelien", "Fiifi", "Bartel", "Decortier"]),
    ("caption", "Vlnr. Rigmor Vanstaelen, Ebuka Obiorah, Théodore Lamarquette",
     ["Rigmor", "Vanstaelen", "Ebuka", "Obiorah", "Théodore", "Lamarquette"]),
    ("caption", "Op de foto (vlnr): Oksanka, Wiebrand en Djenaba.", ["Oksanka", "Wiebrand", "Djenaba"]),
    ("caption", "Achteraan Lowiese en Radovan, vooraan Tjeerdje met de trofee.", ["Lowiese", "Radovan", "Tjeerdje"]),
    ("caption", "Deelnemers: Ferrand, Mahaut, Noorjahan, Kalyani en Aurèle.",
     ["Ferrand", "Mahaut", "Noorjahan", "Kalyani", "Aurèle"]),
    ("caption", "Gastspreker: Ingegerd Vanlerbergen.", ["Ingegerd", "Vanlerbergen"]),
    ("caption", "In het midden Ilyasse Bouzerdaoui met de beker.", ["Ilyasse", "Bouzerdaoui"]),
    ("caption", "Jury: Mevr. Claeskensbeek, Dhr. Ververkens en Maximiliaan.",
     ["Claeskensbeek", "Ververkens", "Maximiliaan"]),
    ("caption", "Van links naar rechts: Yu Ngan, Jin-ho, Yuxi en Kentaro.", ["Yu", "Ngan", "Jin-ho", "Yuxi", "Kentaro"]),
    ("caption", "Op de foto: Storm, Mei en Roos na de dropping.", ["Storm", "Mei", "Roos"]),
    ("caption", "Interviewers van dienst: Ottoline en Barend.", ["Ottoline", "Barend"]),
    ("caption", "Van links naar rechts: Geroen Wambeke, Sanne-Fleur Ooghekens, Abdelhakim Zerhouni en Tovah.",
     ["Geroen", "Wambeke", "Sanne-Fleur", "Ooghekens", "Abdelhakim", "Zerhouni", "Tovah"]),
    ("caption", "Tekening van de dag, gemaakt door Feodora (11) en Pernille (9).", ["Feodora", "Pernille"]),
    ("caption", "Schets van het panel. Van links naar rechts: Anouschka, Koffi, Ilinuța en Mme Delvigneau.",
     ["Anouschka", "Koffi", "Ilinuța", "Delvigneau"]),
    ("section", "Aanwezig: Marguerite Houbrechtsen, Evander, Suvituuli Karjalainenen, Abenaa Nwosuike",
     ["Marguerite", "Houbrechtsen", "Evander", "Suvituuli", "Karjalainenen", "Abenaa", "Nwosuike"]),
    ("section", "Panel: Orianne Delbrouckx, Tudorel Vasilescuu en Seun Traoréh.\n\n“Niemand vraagt ons ooit iets.” (een panellid)",
     ["Orianne", "Delbrouckx", "Tudorel", "Vasilescuu", "Seun", "Traoréh"]),
    ("section", "Moderator: Wannesje Keirsebilck\n\n- “Wie heeft er al eens een brief naar de gemeente gestuurd?”",
     ["Wannesje", "Keirsebilck"]),
    ("section", "Deelnemers aan het gesprek: Hyacinth, Rojhat, Loïck en Mirtje.\n\n“We willen een plek zonder volwassenen.”",
     ["Hyacinth", "Rojhat", "Loïck", "Mirtje"]),
    # (2) titles and address words
    ("section", "Dr. Ifeyinwa Nwachukwe: “Jongeren weten perfect wat ze nodig hebben.”", ["Ifeyinwa", "Nwachukwe"]),
    ("section", "“Dat is een recht, geen gunst,” aldus Prof. Haegendorens.", ["Haegendorens"]),
    ("section", "Mme Delvoyette : « Les jeunes doivent être écoutés. »", ["Delvoyette"]),
    ("section", "« On a tout construit nous-mêmes », explique Monsieur Hautecoeurt.", ["Hautecoeurt"]),
    ("section", "Mevr. Tuypenseel vertelde: “Elke woensdag staat de deur open.”", ["Tuypenseel"]),
    ("section", "Dhr. Bostoenaert: “Het budget is er, de wil nog niet.”", ["Bostoenaert"]),
    ("section", "“Meneer Vanhaeckebroek kwam elke dag kijken,” zegt een jongere.", ["Vanhaeckebroek"]),
    ("section", "“Mevrouw Lefebvrier heeft ons geholpen met de aanvraag.”", ["Lefebvrier"]),
    ("section", "“Juf Lieselore liet ons zelf de regels kiezen.” (leerling, 10)", ["Lieselore"]),
    ("section", "“Meester Godwaert zette elke vrijdag de muziek aan.”", ["Godwaert"]),
    ("section", "Ms Adebayoke: “We need more youth workers, not more forms.”", ["Adebayoke"]),
    ("section", "“It changed my life,” Mr Thistlewaite told us.", ["Thistlewaite"]),
    ("section", "Prof. dr. Annemieke Steenhuysen: “Participatie is geen extraatje.”", ["Annemieke", "Steenhuysen"]),
    ("section", "“We moeten luisteren,” zei dokter Haverbekeman.", ["Haverbekeman"]),
    ("section", "Mme. Kabongolo : « Il faut des lieux pour les filles aussi. »", ["Kabongolo"]),
    ("section", "Monsieur Benalioui nous a dit : « Ici, personne ne juge. »", ["Benalioui"]),
    ("section", "“Mevrouw Kwiatkowskaja bracht elke week soep mee.”", ["Kwiatkowskaja"]),
    ("section", "Dhr Van Ransbeeckx (schepen): “We zoeken nog vrijwilligers.”", ["Ransbeeckx"]),
    ("section", "“Ik vroeg het aan juffrouw Odalis en die zei meteen ja.”", ["Odalis"]),
    ("section", "Mr. Okonjoh: “Give them the keys and they will take care of the place.”", ["Okonjoh"]),
    ("section", "“Madame Nsimbaya nous a appris à parler devant un groupe.”", ["Nsimbaya"]),
    ("section", "Mevr. Zhuo Yiling (directie): “We openen de speelplaats op woensdag.”", ["Zhuo", "Yiling"]),
    ("section", "“Mijn mentor, meneer Achterbergh, belde zelf mijn ouders.”", ["Achterbergh"]),
    ("section", "“Ook professor Lindqvistre kwam luisteren.”", ["Lindqvistre"]),
    # (3) a person's name inside an organisation's name
    ("section", "“Bij Les Scouts de Théophane Delcourtin doen we alles in het Frans.”", ["Théophane", "Delcourtin"]),
    ("section", "« Les Guides de Marie-Anges Poncelette organisent un camp en juillet. »", ["Marie-Anges", "Poncelette"]),
    ("section", "“Het team van Quirien Vanderhaegenbos won de quiz.”", ["Quirien", "Vanderhaegenbos"]),
    ("section", "“De bende van Yorrick Mortelmansen speelde de hele nacht.”", ["Yorrick", "Mortelmansen"]),
    # (4) English and French reporting verbs
    ("section", "“We built the skate ramp ourselves,” Tamsyn told us.", ["Tamsyn"]),
    ("section", "Oyetunde said: “Nobody asked us before.”", ["Oyetunde"]),
    ("section", "“No one ever asked us,” says Caoilfhionn.", ["Caoilfhionn"]),
    ("section", "As Dearbhla put it: “The youth centre is our living room.”", ["Dearbhla"]),
    ("section", "“The bus never came,” explained Kewin Boatengh.", ["Kewin", "Boatengh"]),
    ("section", "“And we want a kitchen,” added Priyamvada.", ["Priyamvada"]),
    ("section", "« On avait peur au début », raconte Armelle Dujardine.", ["Armelle", "Dujardine"]),
    ("section", "« Personne ne nous écoutait », explique Gwendaël.", ["Gwendaël"]),
    ("section", "Selon Amandière Leboutteau, « le local doit rester ouvert le dimanche ».", ["Amandière", "Leboutteau"]),
    ("section", "« C'est notre maison », nous confie Baptistin Moucheton.", ["Baptistin", "Moucheton"]),
    ("section", "« Il faut plus d'animateurs », précise Maëline.", ["Maëline"]),
    ("section", "“I came for the football and stayed for the people,” Ezinne told me.", ["Ezinne"]),
    ("section", "Comme le dit Noémine : « Ici on peut être soi-même. »", ["Noémine"]),
    # (4) names that are words, in person slots
    ("section", "Mei (14): “Ik kom hier elke woensdag.”", ["Mei"]),
    ("section", "“Ik kom elke dag na school,” vertelt Hope.", ["Hope"]),
    ("section", "Storm (16): “De jeugdraad moet vaker langskomen.”", ["Storm"]),
    ("section", "“Het lokaal is te klein,” lacht Roos.", ["Roos"]),
    ("section", "Sky, 15: “Ik wil later zelf animator worden.”", ["Sky"]),
    ("section", "“Ik ben hier gewoon gelukkig,” zegt Lente.", ["Lente"]),
    ("section", "“Niemand kende mij hier,” zegt Bloem (17).", ["Bloem"]),
    ("section", "Hemel, 12: “Het kamp mag langer.”", ["Hemel"]),
    # (4) short East-Asian names
    ("section", "Ngan: “Mijn ouders begrijpen niet wat een jeugdbeweging is.”", ["Ngan"]),
    ("section", "“We spelen elke zaterdag badminton,” zegt Gao.", ["Gao"]),
    ("section", "Yu-na (15): “Ik wil koken op kamp.”", ["Yu-na"]),
    ("section", "Duc: “Mijn zus bracht me mee.”", ["Duc"]),
    ("section", "“Ik was de enige die geen Nederlands sprak,” vertelt Phuc Ngoh.", ["Phuc", "Ngoh"]),
    ("section", "Jie Zhouwen (17): “Het huiswerkklasje redde mijn jaar.”", ["Jie", "Zhouwen"]),
    ("section", "“Bij ons thuis doet niemand dat,” zegt Hà.", ["Hà"]),
    ("section", "Jae-won Ryu, 16: “Ik wil een dansvloer.”", ["Jae-won", "Ryu"]),
    ("section", "Bo-ra: “Ik durfde eerst niet binnen te komen.”", ["Bo-ra"]),
    # (4) participant lists
    ("section", "- deelnemers: Hedwige Smoldersen, Kwasiwa en Bertrandt\n- “We willen zelf beslissen over het geld.”",
     ["Hedwige", "Smoldersen", "Kwasiwa", "Bertrandt"]),
    ("section", "Aanwezigen: Cosmina, Florentijn, Nazlı en Wendelina.\n\n“Het lokaal moet open blijven.”",
     ["Cosmina", "Florentijn", "Nazlı", "Wendelina"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    # (1) the same frames holding organisations, roles, places, brands
    ("caption", "Van links naar rechts: de Chiro-leiding, de schepen van jeugd en de burgemeester.",
     ["Chiro-leiding", "schepen", "burgemeester"]),
    ("caption", "Op de foto: het lokaal van KSA Zwevegem na de verbouwing.", ["KSA Zwevegem"]),
    ("caption", "Aanwezig: Jeugdhuis Kwadrantje, Chiro Lichtervelde en de jeugddienst van Herentals.",
     ["Jeugdhuis Kwadrantje", "Chiro Lichtervelde", "Herentals"]),
    ("caption", "Sprekers: twee jeugdwerkers van Vzw Zijsprong en iemand van de VVSG.", ["Zijsprong", "VVSG"]),
    ("caption", "Met: Speelplein De Kraanvogel, Scouts Oudenaarde en Jeugddienst Tielt.",
     ["Speelplein De Kraanvogel", "Scouts Oudenaarde", "Jeugddienst Tielt"]),
    ("caption", "Panel: het Kinderrechtencommissariaat, de Ambrassade en de Vlaamse Jeugdraad.",
     ["Kinderrechtencommissariaat", "Ambrassade", "Vlaamse Jeugdraad"]),
    ("caption", "Moderator: de voorzitter van de jeugdraad van Wingene.", ["voorzitter", "Wingene"]),
    ("caption", "Van links naar rechts: Gent, Brugge, Kortrijk en Oostende op de kaart.",
     ["Gent", "Brugge", "Kortrijk", "Oostende"]),
    ("caption", "Op de foto: de tenten in Bütgenbach en de bus naar Malmedy.", ["Bütgenbach", "Malmedy"]),
    ("caption", "Deelnemers: Chiro Vleteren, KLJ Alveringem en FOS Wervik.",
     ["Chiro Vleteren", "KLJ Alveringem", "FOS Wervik"]),
    ("caption", "V.l.n.r.: de Brusselse delegatie, de Limburgers en de West-Vlamingen.",
     ["Brusselse", "Limburgers", "West-Vlamingen"]),
    ("caption", "Jury: Radio Scorpio, Studio Brussel en Canvas.", ["Radio Scorpio", "Studio Brussel", "Canvas"]),
    ("caption", "Foto: de leiding met Lego, Kapla en een doos Duplo aan de slag.", ["Lego", "Kapla", "Duplo"]),
    ("caption", "Aanwezig: de jeugdconsulent, twee schepenen en de directie van Basisschool De Zonnewijzer.",
     ["jeugdconsulent", "De Zonnewijzer"]),
    ("caption", "Van links naar rechts: Jeugdhuis Tandem, Jeugdhuis Kaleido en Jeugdhuis Oxygeen.",
     ["Tandem", "Kaleido", "Oxygeen"]),
    ("caption", "Gastspreker: een jeugdwerker van Uit De Marge uit Mechelen.", ["Uit De Marge", "Mechelen"]),
    ("caption", "In het midden de trofee van de Ronde van Vlaanderen.", ["Ronde", "Vlaanderen"]),
    ("caption", "Sprekers: Unicef België, Kind en Gezin en Child Focus.",
     ["Unicef", "België", "Kind en Gezin", "Child Focus"]),
    ("caption", "Met: de Gidsen van Wezembeek en de Patro van Ronse.", ["Gidsen", "Wezembeek", "Patro", "Ronse"]),
    ("caption", "Interviewers van dienst: Radio Maria en TV Oost.", ["Radio Maria", "TV Oost"]),
    ("section", "Aanwezig: Chiro Sleidinge, Scouts Evergem, het jeugdhuis en de jeugddienst\n\n“Samen staan we sterker.”",
     ["Chiro Sleidinge", "Scouts Evergem"]),
    ("section", "Panel: Vlaamse Jeugdraad, Formaat en Ambrassade.\n\n“Niemand vraagt ons ooit iets.” (een panellid)",
     ["Vlaamse Jeugdraad", "Formaat", "Ambrassade"]),
    ("section", "Deelnemers: leiding uit Diksmuide, Poperinge en Ieper\n\n“We hebben elk jaar te weinig leiding.”",
     ["Diksmuide", "Poperinge", "Ieper"]),
    # (2) titles and address words without a name, or before what is no name
    ("section", "“Mevrouw de burgemeester kwam zelf kijken in Lokeren.”", ["burgemeester", "Lokeren"]),
    ("section", "“Meneer de voorzitter, mag ik iets zeggen over Deinze?”", ["voorzitter", "Deinze"]),
    ("section", "“Juf zei dat we naar Planckendael gingen.”", ["Planckendael"]),
    ("section", "“De meester van het zesde leerjaar komt uit Diksmuide.”", ["Diksmuide"]),
    ("section", "“We gaan met Dokters van de Wereld naar Molenbeek.”", ["Dokters van de Wereld", "Molenbeek"]),
    ("section", "“Meester, mag ik naar buiten?” vroeg een kind in Zottegem.", ["Meester", "Zottegem"]),
    ("section", "« Madame, on peut aller à Namur demain ? »", ["Madame", "Namur"]),
    ("section", "“Sir, the bus to Leuven is late,” said a volunteer.", ["Leuven"]),
    ("section", "“Mevrouw van de Kinderrechtswinkel legde het goed uit.”", ["Kinderrechtswinkel"]),
    ("section", "“Dokter Watson was de naam van ons kamphondje, genoemd naar Sherlock Holmes.”", ["Sherlock Holmes"]),
    # (3) an organisation named after a place, not a person
    ("section", "“Bij Les Scouts de Wavre doen we alles in het Frans.”", ["Les Scouts", "Wavre"]),
    ("section", "« Les Guides de Jodoigne organisent un camp en juillet. »", ["Les Guides", "Jodoigne"]),
    ("section", "“Het team van Jeugdhuis Pallieter won de quiz.”", ["Jeugdhuis Pallieter"]),
    ("section", "“De Koning Boudewijnstichting betaalde de nieuwe tenten.”", ["Koning Boudewijnstichting"]),
    # (4) reporting verbs with no name, words that are names used as words, short words
    ("section", "“We built it ourselves,” the volunteers of Brussels told us.", ["Brussels"]),
    ("section", "« On avait peur au début », raconte une animatrice de Charleroi.", ["Charleroi"]),
    ("section", "“In mei gaan we op kamp naar de Ardennen.”", ["mei", "Ardennen"]),
    ("section", "“Er stond storm op kamp in Bastogne, de tenten waaiden weg.”", ["storm", "Bastogne"]),
    ("section", "“De Roos van Lourdes is het café waar we na de vergadering heen gaan.”", ["Lourdes"]),
    ("section", "“We keken de match op Sky Sports in het jeugdhuis van Lommel.”", ["Sky Sports", "Lommel"]),
    ("section", "“We hielden een LAN-party in Tielt.”", ["LAN-party", "Tielt"]),
    ("section", "“Hope is wat we de jongeren willen geven,” zegt de coördinator van Oxfam.", ["Oxfam"]),
    ("section", "Aanwezigen: de leiding van Chiro Roeselare en KSA Hooglede.\n\n“Het lokaal moet open blijven.”",
     ["Chiro Roeselare", "KSA Hooglede"]),
]


def run_caption(caption: str) -> str:
    """The published photo caption and alt text of a report (default scope) whose caption is ``caption``."""
    from perskamer.model import Photo, Quote, Report
    from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report

    report = Report(source="r.md", slug="r", format="md", sections={"summary": "Een avond over de jeugdraad."},
                    quotes=[Quote(text="Het was een fijne avond.", speaker=None)],
                    photo=Photo(caption=caption, alt=caption))
    anonymise_report(report, Options())
    return (report.photo.caption or "") + "\n" + (report.photo.alt or "")


def run_path(path: str):
    return run_caption if path == "caption" else run_section_report


def misses(person: list | None = None, keep: list | None = None) -> dict[str, list[int]]:
    """Index lists of the cases that fail, per run (text / report) and side (names / keep), for
    this batch or another one of the same shape (session 19's reads these helpers too)."""
    person, keep = PERSON if person is None else person, KEEP if keep is None else keep
    out: dict[str, list[int]] = {}
    for how in ("text", "report"):
        out[f"names {how}"] = [i for i, (p, t, ns) in enumerate(person)
                               if names_left(t, ns, run_text if how == "text" else run_path(p))]
        out[f"keep {how}"] = [i for i, (p, t, ks) in enumerate(keep)
                              if items_lost(t, ks, run_text if how == "text" else run_path(p))]
    return out


def score(person: list | None = None, keep: list | None = None, show: bool = False) -> None:
    """Print the batch's figures (with ``show``, the published lines of the misses: a
    maintainer's tool)."""
    person, keep = PERSON if person is None else person, KEEP if keep is None else keep
    m = misses(person, keep)
    for how in ("text", "report"):
        left, lost = m[f"names {how}"], m[f"keep {how}"]
        print(f"{how:6}: cases with a name left {len(left)}/{len(person)} {left}; "
              f"look-alike cases losing an item {len(lost)}/{len(keep)} {lost}")
    parts = sum(len(ns) for _p, _t, ns in person)
    for how in ("text", "report"):
        left = sum(len(names_left(t, ns, run_text if how == "text" else run_path(p))) for p, t, ns in person)
        print(f"{how:6}: name parts left {left}/{parts}")
    if show:
        for how in ("text", "report"):
            for side, cases in (("names", person), ("keep", keep)):
                for i in m[f"{side} {how}"]:
                    p, t, _ = cases[i]
                    run = run_text if how == "text" else run_path(p)
                    print(f"{side[0].upper()} {how} {i}: {run(t)!r}")


if __name__ == "__main__":
    import sys

    score(show="--show" in sys.argv)
