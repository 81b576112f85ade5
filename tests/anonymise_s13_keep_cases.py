"""Session 13, the keep side of issue 11: a FROZEN batch of organisations, places, brands and
services by GENERAL class, and person look-alikes in the same positions (s13-keep).

Written by s13-keep on 6 December 2026 (07:30-07:45 UTC) BEFORE any rule of session 13 was
written, from the miss classes the brief relays for the informed sets R, Q, H and J (classes
only), without copying a name, organisation or phrase of ``tests/``, ``bench/data/`` or
``/work/shared/`` (every brand invented, or a real surname/place; checked by a word scan).

Classes:
* one capitalised word in a thing slot, with the evidence in the sentence: installing,
  downloading, opening, logging in, posting on, paying/ordering via, "de app/game/reeks/podcast
  X", "op X gezet", "X openen";
* a name run closed by a plain Dutch trade noun of its own ("<Surname> Verlichting",
  "<Surname> Dranken", "<Surname> Keukens");
* French bodies with "de/du/des" and elided articles ("l'", "d'") inside a Dutch or French quote;
* "Hoeve 't X", "Patro <saint> <town>", a "De <glued word>" helpline, a credit before a colon.

KEEP: (text, items that must stay); PERSON: (text, name parts that must go, items that must stay).
"""

from __future__ import annotations

KEEP: list[tuple[str, list[str]]] = [
    # -- one capitalised word in a thing slot
    ("“We hebben Plonqo op alle tablets van de jeugdruimte gezet.”", ["Plonqo"]),
    ("“Alle foto's van het kamp posten we op Snapverse.”", ["Snapverse"]),
    ("“Log in op Ledrix met je lidnummer en je ziet de planning.”", ["Ledrix"]),
    ("“De kinderen luisterden elke avond naar de podcast Lummeltaal.”", ["Lummeltaal"]),
    ("“We keken met de tieners naar de reeks Wolvenkrans.”", ["Wolvenkrans"]),
    ("“Ze speelden de hele avond de game Brixtor op de beamer.”", ["Brixtor"]),
    ("“Betalen kan via Paytroq, dat vinden de ouders makkelijk.”", ["Paytroq"]),
    ("“De frietjes bestelden we via Smulbezorg.”", ["Smulbezorg"]),
    ("“Open Kampwijzer en klik dan op groepen.”", ["Kampwijzer"]),
    ("“Op Klasnetto stond de brief voor de ouders al een week.”", ["Klasnetto"]),
    ("“De jongeren wilden alleen nog Craftoria spelen.”", ["Craftoria"]),
    ("“Iedereen moest eerst Tentlijst installeren op zijn gsm.”", ["Tentlijst"]),
    ("“Wie geen Vloggr heeft, krijgt de filmpjes via mail.”", ["Vloggr"]),
    ("“We zetten het programma op Ouderpost, dan lezen de ouders het.”", ["Ouderpost"]),
    ("“De vergadering liep via Zoomba, want het sneeuwde.”", ["Zoomba"]),
    ("“Het filmpje ging viraal op Tiktrek, met duizenden views.”", ["Tiktrek"]),
    ("“De muziek speelden we af via Sonitune op de grote box.”", ["Sonitune"]),
    ("“Na de tocht dronken ze allemaal Bubbelix uit blik.”", ["Bubbelix"]),
    ("“In de app Groepsbel zie je wie er komt.”", ["Groepsbel"]),
    ("“De quiz maakten we met Kwizzly, dat is gratis.”", ["Kwizzly"]),
    ("“De leiding deelde het draaiboek op Draaidoc.”", ["Draaidoc"]),
    ("“Kaartjes verkochten we met Tikkoo aan de ingang.”", ["Tikkoo"]),
    ("“De ouders konden zich inschrijven op Kampplek.”", ["Kampplek"]),
    ("“Ze zat de hele tijd op Chattix met haar vriendinnen.”", ["Chattix"]),
    ("“We hebben Routemix gedownload voor de dropping.”", ["Routemix"]),
    # -- a name run closed by a plain trade noun
    ("“De lampen voor het podium kregen we van Vercruysse Podiumtechniek.”", ["Vercruysse Podiumtechniek"]),
    ("“Het hout voor het kampvuur kwam van Dequidt Houthandel.”", ["Dequidt Houthandel"]),
    ("“De drank leverde Vanoverberghe Dranken aan halve prijs.”", ["Vanoverberghe Dranken"]),
    ("“De schroeven kochten we bij Debaene IJzerwaren in de dorpskern.”", ["Debaene IJzerwaren"]),
    ("“De bloemen voor de mis kwamen van Boudrez Bloemen.”", ["Boudrez Bloemen"]),
    ("“De stoelen huurden we bij Vanhoolandt Feestmateriaal.”", ["Vanhoolandt Feestmateriaal"]),
    ("“De stof voor de kostuums kwam van Devoldere Stoffen.”", ["Devoldere Stoffen"]),
    ("“Bij Vanneste Keukens mochten we de showroom gebruiken.”", ["Vanneste Keukens"]),
    ("“De verf kregen we gratis van Deprez Verf en Behang.”", ["Deprez Verf"]),
    ("“De bus regelden we met Vandierendonck Reizen.”", ["Vandierendonck Reizen"]),
    ("“Onze tent werd hersteld door Verstrynge Zeilmakerij.”", ["Verstrynge Zeilmakerij"]),
    ("“De frigo's kwamen van Vanhecke Koeltechniek.”", ["Vanhecke Koeltechniek"]),
    # -- French bodies, elided articles
    ("“We werkten samen met la Maison des Jeunes d'Uccle.”", ["Maison des Jeunes d'Uccle"]),
    ("“Le projet a été soutenu par l'Association des Parents de Jette.”", ["Association des Parents de Jette"]),
    ("“Nous avons reçu l'aide du Foyer des Jeunes d'Evere.”", ["Foyer des Jeunes d'Evere"]),
    ("“Les animateurs de l'Espace Jeunes de Ciney sont venus aussi.”", ["Espace Jeunes de Ciney"]),
    ("“Avec le Centre d'Expression et de Créativité, on a fait un atelier.”", ["Centre d'Expression et de Créativité"]),
    ("“La Ligue des Droits de l'Enfant nous a envoyé une brochure.”", ["Ligue des Droits de l'Enfant"]),
    ("“De jongeren van l'AMO Passerelle kwamen een dag mee.”", ["AMO Passerelle"]),
    ("“On a logé à la Maison de Quartier d'Heembeek.”", ["Maison de Quartier d'Heembeek"]),
    # -- farms, patros, helplines, credits
    ("“Het kamp was op Hoeve 't Kievitsnest, midden in de velden.”", ["Hoeve 't Kievitsnest"]),
    ("“We speelden een match tegen Patro Saint-Rémy Jemeppe.”", ["Patro Saint-Rémy Jemeppe"]),
    ("“Wie ergens mee zit, kan bellen naar De Babbellijn.”", ["De Babbellijn"]),
    ("Jeugddienst Oud-Heverlee: “Het kamp was volzet op een dag.”", ["Jeugddienst Oud-Heverlee"]),
    ("“De zaal kregen we van het Buurthuis 't Vlasbloemeken, heel vriendelijk.”", ["Buurthuis 't Vlasbloemeken"]),
    ("“We gingen klimmen bij Klimzaal Grip Zottegem.”", ["Klimzaal Grip Zottegem"]),
    ("“Wij waren met de groep bij Sportclub Rebecq-Rognon.”", ["Sportclub Rebecq-Rognon"]),
]

PERSON: list[tuple[str, list[str], list[str]]] = [
    # -- title, kinship, role + name
    ("“Gisteren kwam Juf Liesje mee op uitstap.”", ["Liesje"], []),
    ("“De sleutel lag bij Nonkel Firmin in de schuif.”", ["Firmin"], []),
    ("“Volgens Meester Vanhoorickx was de app te ingewikkeld.”", ["Vanhoorickx"], []),
    ("“Ik vroeg het aan Tante Godelieve, zij kende de weg.”", ["Godelieve"], []),
    ("“Het geld kwam van Schepen Vandeputte, zei men.”", ["Vandeputte"], []),
    ("“Coach Debruyckere zette alles op de groepschat.”", ["Debruyckere"], []),
    ("“Opa Gilbert installeerde de app voor ons.”", ["Gilbert"], []),
    ("“Dokter Vanlerberghe kwam na de val meteen kijken.”", ["Vanlerberghe"], []),
    ("“Buurvrouw Mariette bracht elke dag verse soep.”", ["Mariette"], []),
    ("“Volgens Leider Staelens speelden we te lang.”", ["Staelens"], []),
    # -- a person after met/bij/van/naar/via/op, in the thing slots' neighbourhood
    ("“De kleine speelde de hele dag met Wannes in de zandbak.”", ["Wannes"], []),
    ("“Het nummer van de kok kreeg ik via Ilona.”", ["Ilona"], []),
    ("“We wachtten een half uur op Jarne, hij was te laat.”", ["Jarne"], []),
    ("“De kinderen luisterden aandachtig naar Hanneke.”", ["Hanneke"], []),
    ("“We keken allemaal naar Ruben toen hij viel.”", ["Ruben"], []),
    ("“Ik liet Yusuf de app installeren op de laptop.”", ["Yusuf"], []),
    ("“De foto's van Lowie stonden op de site.”", ["Lowie"], []),
    ("“Ze stuurde het draaiboek naar Fien en Mats.”", ["Fien", "Mats"], []),
    ("“Ik heb het spel gekregen van Quinten, mijn neef.”", ["Quinten"], []),
    ("“Betalen gebeurde bij Griet aan de kassa.”", ["Griet"], []),
    ("“De game werd uitgelegd door Senne.”", ["Senne"], []),
    ("“We bestelden frietjes voor Elias en Nora.”", ["Elias", "Nora"], []),
    ("“Op Jorunn kon je altijd rekenen.”", ["Jorunn"], []),
    ("“Ik zat de hele avond te chatten met Amber.”", ["Amber"], []),
    ("“Open de deur voor Wiebe, hij heeft geen sleutel.”", ["Wiebe"], []),
    ("“We hebben Milan naar huis gebracht na het kamp.”", ["Milan"], []),
    ("“Ze speelden samen met Kobe de game tot middernacht.”", ["Kobe"], []),
    ("“De podcast werd ingesproken door Helena Vandecasteele.”", ["Helena", "Vandecasteele"], []),
    ("“Via Bavo hoorden we dat het kamp volzet was.”", ["Bavo"], []),
    ("“Ik heb alles doorgestuurd naar Rosalie.”", ["Rosalie"], []),
    # -- a surname with a capitalised word after it that is no trade
    ("“Vraag het maar aan Vercruysse Dinsdag, zei hij.”", ["Vercruysse"], []),
    ("“De tekening kwam van Lotte Verhaeghe, zij is veertien.”", ["Lotte", "Verhaeghe"], []),
    ("“Ik sprak met Bram Demeyere Zelf had ik geen tijd.”", ["Bram", "Demeyere"], []),
    ("“Volgens mevrouw Vandewalle Senior was het te koud.”", ["Vandewalle"], []),
    ("“Gisteren belde Stijn Vanacker Junior nog.”", ["Stijn", "Vanacker"], []),
    # -- names that are common words
    ("“Ik speelde elke dag met Bloem en Roos in de tuin.”", ["Bloem", "Roos"], []),
    ("“Dat zei Hoop tegen de leiding.”", ["Hoop"], []),
    ("“Samen met Winter zette ik de tenten op.”", ["Winter"], []),
    ("“De Smet bracht de drank mee naar het kamp.”", ["Smet"], []),
    ("“Ik ging met Vos naar de winkel.”", ["Vos"], []),
    ("“We zaten aan tafel met Sterre, Merel en Linde.”", ["Sterre", "Merel", "Linde"], []),
    # -- "Bakkerij <first name> <surname>" policy and firm heads with a full name
    ("“Het brood kwam van Bakkerij Hilde Vancoillie, heel lekker.”", ["Hilde", "Vancoillie"], []),
    ("“De taart bestelden we bij Slagerij Frieda Moerman.”", ["Frieda", "Moerman"], []),
    ("“De bus kwam van Reizen Jozef Deklerck.”", ["Jozef", "Deklerck"], []),
    # -- French persons
    ("“On a parlé avec Madame Dubreucq de la sortie.”", ["Dubreucq"], []),
    ("“La maman de Aminatou est venue chercher les enfants.”", ["Aminatou"], []),
    ("“Chez Mehdi, on a mangé des crêpes.”", ["Mehdi"], []),
    ("“L'animateur Kevin Lambotte a organisé le jeu.”", ["Kevin", "Lambotte"], []),
    ("“Avec Séverine, les enfants ont chanté.”", ["Séverine"], []),
    # -- the report says it is a person: it stays masked in a thing slot too
    ("Zulfa (16): “Ik post alles.” Later: “Alles staat op Zulfa haar account.”", ["Zulfa"], []),
    ("“Volgens Juf Nieke stond de brief op Klasnetto.”", ["Nieke"], ["Klasnetto"]),
    ("“Dat zei Karel, en hij zette Plonqo op de tablets.”", ["Karel"], ["Plonqo"]),
    ("“Volgens Schepen Vanbiervliet kwam het hout van Dequidt Houthandel.”", ["Vanbiervliet"],
     ["Dequidt Houthandel"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
