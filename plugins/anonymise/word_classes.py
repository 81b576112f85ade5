"""Closed word classes the detector and its rules share (session 17: moved out of ``detect`` so that a
rule module can import them at module level -- ``person_label_lines`` imported them inside its
functions, an import cycle; ``detect`` re-exports every name).

``TITLES``: titles, role, kin and chat words that stand before a name ("meneer X", "juf X") or
are no name themselves; ``_ORG_CUES``: words that say "an organisation" ("vzw", "jeugdhuis",
"Chiro"), with ``_INSTITUTIONS``, the institution and shop words that open a name when
capitalised; ``_ORG_TAILS``: words that close one ("vzw", "festival", "NV").
"""

from __future__ import annotations

TITLES = frozenset(
    {
        "mevrouw", "mevr", "meneer", "mijnheer", "mr", "dhr", "mw", "juf", "juffrouw", "meester", "schepen",
        "burgemeester", "dokter", "dr", "prof", "professor", "pater", "zuster", "broeder", "tante", "nonkel",
        "oom", "opa", "oma", "bomma", "bompa", "collega", "vriend", "vriendin", "vriendje", "vriendinnetje",
        "broer", "broertje", "zus", "zusje", "zoon", "dochter", "neef", "nicht", "leider", "leidster",
        "animator", "begeleider", "begeleidster", "coach", "trainer", "monitor", "monitrice",
        "jeugdconsulent", "consulent", "voorzitter", "directeur", "directrice", "minister", "kapelaan",
        "totem", "lief", "mama", "papa", "groepsleider", "groepsleidster", "hoofdleider", "hoofdleiding", "takleider",
        "takleidster", "jeugdwerker", "jongerenwerker", "straathoekwerker", "opvoeder", "opvoedster", "buur", "buurman",
        "buurvrouw", "kleinzoon", "kleindochter", "petekind", "meter", "peter", "kleine", "buurjongen", "buurmeisje", "klasgenoot", "klasgenote",
        "moderator", "admin", "beheerder", "leiding", "mediacoach", "coördinator", "coordinator", "secretaris",
        "penningmeester", "vrijwilliger", "vrijwilligster", "stagiair", "stagiaire", "medewerker", "medewerkster",
        "gedeputeerde", "bestuurslid", "jeugdambtenaar", "jeugdcoach", "teamleider", "preses", "proost",
        "kookouder", "vakantiemonitor", "hoofdmonitor", "speelpleinanimator", "hoofdanimator", "kampleider", "kampleiding",
    }
)

#: Institution words that open a name when capitalised: "Theater Tieret", "Sporthal X",
#: "Agentschap Wegen en Verkeer" (as cues that need their capital: "het theater" is none).
_INSTITUTIONS = ("agentschap", "theater", "theatre", "sporthal", "zwembad", "bibliotheek", "museum", "cultuurcentrum",
                 "gemeenschapscentrum", "ontmoetingscentrum", "hof", "abdij", "kasteel", "domein", "provinciedomein",
                 "hogeschool", "universiteit", "radio", "omroep", "kinderdagverblijf", "crèche",
                 "creche", "sportcentrum", "dienst", "sociaal", "kringloopwinkel",
                 # shops and trades named after their owner or a word: "Bakkerij Claeys", "Frituur X"
                 "café", "cafe", "bakkerij", "slagerij", "beenhouwerij", "frituur", "kapsalon", "apotheek", "brasserie",
                 "bistro", "taverne", "restaurant", "pizzeria", "snackbar", "drukkerij", "boekhandel", "garage",
                 "bloemenwinkel", "fietsenwinkel", "fietsenzaak", "schoenwinkel", "kledingzaak", "juwelier",
                 "opticien", "cinema", "bioscoop", "hotel", "jeugdherberg", "camping")
_ORG_CUES = frozenset(
    {
        "vzw", "asbl", "jh", "jc", "jeugdhuis", "jeugddienst", "jeugdraad", "chiro", "ksa", "klj", "ksj", "scouts", "gidsen",
        "scoutsgroep", "chirogroep", "speelplein", "speelpleinwerking", "school", "basisschool", "middenschool",
        "atheneum", "college", "instituut", "lyceum", "caw", "jac", "clb", "ocmw", "gemeente", "stad", "sportclub",
        "voetbalclub", "club", "vereniging", "kamp", "jeugdbeweging", "jeugdcentrum", "wijkcentrum", "buurthuis",
        "dienstencentrum", "huis", "project", "werking", "zaal", "campus", "ziekenhuis", "kliniek", "vormingplus",
        "festival", "jeugdwerking", "jeugdvereniging", "dansschool", "muziekschool", "academie", "brede",
        "vvksm", "fos", "kaj", "kwb", "jns", "joc", "jeugdclub", "jongerenwerking", "tienerwerking", "jeugdkoor",
        "fanfare", "harmonie", "turnkring", "sportkring", "kazou", "akabe", "gidsengroep", "chirojeugd",
        "speelpleinen", "grabbelpas", "jeugdatelier", "jongerencentrum", "buurtwerk", "wijkwerking", "kinderwerking",
        "stichting", "fonds", "foundation", "fondation", "az", "uz",
        *_INSTITUTIONS,
    }
)
#: Words that close an organisation's or event's name: "De Overstap vzw", "Antwerp Pride",
#: "Verhuur Quintel NV".
_ORG_TAILS = frozenset({"vzw", "asbl", "pride", "festival", "fest", "feesten", "marathon", "parade", "classic", "cup",
                        "nv", "bv", "bvba", "cvba", "srl", "sprl", "vof", "foundation"})
_ORG_CUES_AND_TAILS = _ORG_CUES | _ORG_TAILS
