"""Session 26 (s26-hidden, issue 11, severity 1): a speaker named by a bare first name at a
line's start, before a short adverb and a comma ("nog,", "ook,", "tot slot,"), then an
apposition with a person noun ("de vrouw van de boer", "de moeder van <Naam>", "leidster bij
...", "onze kok") and a colon before a quotation -- the credit shape the fixed scorer found
published in a gold set. Names of many origins, several of them also Dutch words ("Lies",
"Roos", "Joke", "Bloem").
A FROZEN batch.

Written by s26-hidden on 7 December 2026, 23:28-23:29 UTC (by `date`), BEFORE reading any rule
of plugins/anonymise/ (the brief, the prompt and the one line of the gold set named in the
prompt were read; no rule module, test of a rule or doc on anonymisation). Every name is invented
or put together for the frame; no name, organisation or phrase is copied from tests/fixtures/,
/work/shared/, bench/data/ or bench/attack/ (the frame's words "de vrouw van de boer" are the
lead's probe in the prompt). The look-alikes are words of time or order, places, organisations
and groups in the same frames.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. Each
text runs on the text path (``anonymise_text``) and the report path (a report with it as quotes
section). ``PYTHONPATH=tests python tests/anonymise_s26_hidden_cases.py``.
"""

from __future__ import annotations

from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text

PERSON: list[tuple[str, list[str]]] = [
    # (1) "<Voornaam> nog, <apposition with a person noun>: “...”"
    ("Ria nog, de vrouw van de boer: “Ze mogen altijd komen kijken.”", ["Ria"]),
    ("Lies nog, de moeder van Bram: “Kom gerust.”", ["Lies", "Bram"]),
    ("Roos nog, de buurvrouw van het terrein: “Het lawaai viel mee dit jaar.”", ["Roos"]),
    ("Joke nog, de kokkin van het bivak: “Er was soep genoeg voor iedereen.”", ["Joke"]),
    ("Amal nog, de zus van de hoofdleider: “Ik kom volgend jaar zeker terug.”", ["Amal"]),
    ("Tuur nog, leider bij de jonggidsen: “De tenten stonden binnen het uur.”", ["Tuur"]),
    ("Oksana nog, een mama uit Kyiv: “Mijn zoon spreekt nu al wat Nederlands.”", ["Oksana"]),
    ("Fatou nog, de boerin: “Ze hebben de koeien zelf gevoerd.”", ["Fatou"]),
    ("Wei nog, de vader van twee kapoenen: “Ze sliepen voor het eerst weg van huis.”", ["Wei"]),
    ("Bloem nog, onze kok: “Niemand heeft honger geleden.”", ["Bloem"]),
    ("Nour nog, 16, hulpleidster: “Ik heb veel geleerd van de oudsten.”", ["Nour"]),
    ("Sven nog, de man van de boerin: “Die jongeren mogen altijd terugkomen.”", ["Sven"]),
    # (2) other short adverbs before the comma
    ("Mo ook, de broer van de kookouder: “Ik hielp met de afwas.”", ["Mo"]),
    ("Fien tot slot, de jongste leidster: “Volgend jaar weer!”", ["Fien"]),
    ("Dries tenslotte, de zoon van de boer: “Ik toon ze graag de stallen.”", ["Dries"]),
    ("Kemal nog even, de buurman: “Geen klachten van mijn kant.”", ["Kemal"]),
    ("Ilse dan, de grootmoeder van een lid: “Ik breide sjaaltjes voor de hele groep.”", ["Ilse"]),
    ("Noor als laatste, een van de leidsters: “We waren allemaal moe maar blij.”", ["Noor"]),
    # (3) the frame inside a paragraph: after a sentence, a blank line or a dash
    ("Het was een mooie week.\nPol nog, de schoonvader van de boer: “Ik heb de wei gemaaid.”", ["Pol"]),
    ("– Zoë nog, de vriendin van een leider: “Ik kwam helpen koken.”", ["Zoë"]),
    ("Yusuf nog, de chauffeur van de bus: “Iedereen was op tijd.”\nHanne nog, zijn collega: “Behalve de leiding.”",
     ["Yusuf", "Hanne"]),
    ("Rik nog, de eigenaar van de weide: “Jullie zijn welkom, maar ruim op.”", ["Rik"]),
    # (4) an apposition with a person noun, no adverb, or a full name
    ("Sanne, de dochter van de boer: “Ik heb de kalfjes getoond.”", ["Sanne"]),
    ("Wout Verhelst nog, de boer zelf: “Ik zie ze graag komen.”", ["Wout", "Verhelst"]),
    ("Aisha Diallo nog, de moeder van een kapoen: “Hij heeft goed geslapen.”", ["Aisha", "Diallo"]),
    ("Mehmet nog, de bakker uit het dorp: “Ik bracht elke ochtend brood.”", ["Mehmet"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # words of time or order before "nog," and an apposition with a person noun
    ("Vandaag nog, de vrouw van de boer: “Ze mogen altijd komen kijken.”", ["Vandaag"]),
    ("Morgen nog, de moeder van een lid: “Kom gerust.”", ["Morgen"]),
    ("Eerst nog, de buurvrouw: “Het lawaai viel mee.”", ["Eerst"]),
    ("Daarna nog, de kok van het bivak: “Er was soep genoeg.”", ["Daarna"]),
    ("Zaterdag nog, de boerin: “Ze hebben de koeien gevoerd.”", ["Zaterdag"]),
    ("Tot slot nog, de jongste leidster: “Volgend jaar weer!”", ["Tot slot"]),
    # places, organisations and groups in the same frame
    ("Lubbeek nog, de gemeente van het terrein: “We geven graag een vergunning.”", ["Lubbeek"]),
    ("Jeugdhuis De Knipoog nog, de buren van de weide: “Geen klachten.”", ["Jeugdhuis De Knipoog"]),
    ("Scouts Hoeilaart nog, de groep van vorig jaar: “Een toplocatie.”", ["Scouts Hoeilaart"]),
    ("Kapoenen ook, de jongste tak: “Het was leuk!”", ["Kapoenen"]),
    ("Ook nog, de vrouw van de boer: “Ze mogen altijd komen.”", ["vrouw", "boer"]),
    ("Nog iets, de moeder van een lid: “Kom gerust.”", ["moeder"]),
]


def _score() -> None:
    for how, run in (("text", run_text), ("report", run_section_report)):
        left = [i for i, (t, ns) in enumerate(PERSON) if names_left(t, ns, run)]
        parts = sum(len(names_left(t, ns, run)) for t, ns in PERSON)
        lost = [i for i, (t, ks) in enumerate(KEEP) if items_lost(t, ks, run)]
        print(f"{how:6}: cases with a name left {len(left)}/{len(PERSON)} {left}; name parts left {parts}/"
              f"{sum(len(ns) for _, ns in PERSON)}; look-alike cases losing an item {len(lost)}/{len(KEEP)} {lost}")


if __name__ == "__main__":
    _score()
