"""Cases of session 13 (s13-privacy): a name a naming verb gives to a thing ("het spel heet X")
was harvested as a person's name from the report's own text (``detect.introduced_names``), so
it was masked everywhere -- with ``scope: all`` also a word like "Na" (set Q, q07: "het spel heet
Na <X>" made every "Na" of the report a name, and the guard withheld the report). Written 08:00
UTC after the rule was drafted in a scratch copy; the figure before is measured on main fa9ab21.
Every name was checked (whole word, case-insensitive) against ``tests/``, ``bench/data`` and
``/work/shared``.

``THINGS``: texts whose naming verb names a thing (nothing is introduced); ``PERSONS``: texts
that introduce a person (the name is introduced).
``PYTHONPATH=tests python tests/anonymise_s13_naming_cases.py`` prints the score.
"""

from __future__ import annotations

THINGS: list[str] = [
    'Het Tsjechisch spel heet Zebrolka, en de kinderen spelen het elke dag.',
    'Onze app heet Klapstoel en werkt op elke gsm.',
    'Ons project heet Wolkentrap en loopt drie jaar.',
    'Het nieuwe lokaal heet Kwartelnest sinds de verbouwing.',
    'De grote tent heet Zonnevanger bij ons.',
    'Onze fuif heet Bliksemnacht, al tien jaar.',
    'Het lied heet Morgenrood en iedereen zingt mee.',
    'Het spel heette vroeger Tikkertrein, nu iets anders.',
    'De podcast heet Koffiedik en komt elke maand uit.',
    'Het kamp heet Zomerzwaluw en duurt tien dagen.',
    'Onze krant heet Prikkelpost en verschijnt elke week.',
    'Het toneelstuk heet Maanvis en speelt in mei.',
    'De werking heet Speelwolk en is gratis.',
    'Het festival heet Groenstroom en lokt duizend mensen.',
    'Ons spel heet gewoon Kruisbes bij de kleinsten.',
]

PERSONS: list[str] = [
    'Mijn broer heet Fokko en is twaalf.',
    'De nieuwe leider heet Vasco, hij komt uit Lier.',
    'Iedereen noemt haar gewoon Pompom.',
    'Een jongen genaamd Donderslag kwam mee.',
    'Mijn beste vriendin heet Joyeuse.',
    'Onze kok heet Anselmo en kookt voor zestig.',
    'De animator heette Gwendal, een Bretoen.',
    'Zijn bijnaam is Distel sinds het kamp.',
    'Hij heet Ruairi maar iedereen zegt Ro.',
    'Het meisje in onze groep heet Saoirse.',
    'Onze trainer heet Ebbe en komt uit Denemarken.',
    'Mijn zus heet Philippa, ze is vijftien.',
    'De buurman heet Gijsbrecht en helpt altijd.',
    'Die jongen heet Zlatko, hij is nieuw.',
    'We noemen hem gewoon Pimpelmees.',
]


def _score() -> None:
    from perskamer.plugins.anonymise.detect import introduced_names

    print(f"things not introduced {sum(not introduced_names(t) for t in THINGS)}/{len(THINGS)}; "
          f"persons introduced {sum(bool(introduced_names(t)) for t in PERSONS)}/{len(PERSONS)}")


if __name__ == "__main__":
    _score()
