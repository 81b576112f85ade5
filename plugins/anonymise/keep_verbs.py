"""Things recognised by what people do with them (session 6, the keep side of issue 11).

In what people say, a proper noun that nothing recognises is masked as a name
(default-deny). Some verbs take only things, shops or companies, never a person, in the
positions below; the capitalised words there are kept -- by their verb, never by a list
of the items themselves:

* a shop "Bij X" opening a sentence before a buying or working word ("Bij X kocht ik
  mijn koptelefoon", "Bij X werk ik al twee jaar"): the lower-case "bij X" after such a
  word is ``detect._organisation_after``'s;
* the object of downloading and installing ("X gratis downloaden", "we installeerden X
  op de tablets", "heb je X al gedownload?");
* the subject of sponsoring ("X sponsort onze fuif", "X heeft de drank gesponsord"), and its
  agent in the passive right after the participle ("gesponsord door X", session 21).

Privacy first, as in ``keep_context``: a word on the first-name lists that is no ordinary
word, a name the report gives, a word after a title or role ("juf X"), a run that opens
with any listed first name or ends in a listed surname, and a single word that is a
name-word ("Roos") are never protected here, so the person rules still judge them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .keep_context import _no_person_run, _person_like, _titles, name_shaped_run
from .person_relations import human_apposition

if TYPE_CHECKING:
    from .detect import Knowledge, Token, _Protect
    from .lexicon import Lexicon

#: Words after "Bij X" opening a sentence that make X a shop or an employer.
_BIJ_AFTER = frozenset({"kocht", "kochten", "koop", "koopt", "kopen", "gekocht", "bestelde", "bestelden", "bestel",
                        "bestellen", "besteld", "werk", "werkt", "werkte", "werkten", "gewerkt", "shop", "shoppen"})
#: Forms of downloading and installing: the capitalised object before or after them is an app.
_INSTALL_BEFORE = frozenset({"downloaden", "gedownload", "installeren", "geïnstalleerd", "geinstalleerd",
                             "updaten", "geüpdatet", "geupdatet", "verwijderd", "openen", "geopend"})
_INSTALL_AFTER = frozenset({"download", "downloadt", "downloadde", "downloadden", "installeer", "installeert",
                            "installeerde", "installeerden"})
#: Forms of sponsoring: the capitalised subject opening the sentence is a company.
_SPONSOR = frozenset({"sponsort", "sponsorde", "sponsorden", "sponsoren", "sponsoorde"})
_SPONSORED = frozenset({"gesponsord", "gesponsored"})
_AUX = frozenset({"heeft", "hebben", "had", "hadden", "zal", "zullen", "gaat", "gaan", "wil", "wilt", "willen", "kan",
                  "kunnen", "blijft", "blijven"})
_PRONOUNS = frozenset({"ik", "je", "jij", "we", "wij", "ze", "zij", "hij", "jullie", "u", "men", "iedereen"})
#: Words that may stand between an app and "downloaden": "X gratis downloaden".
_ADVERBS = frozenset({"gratis", "al", "nog", "ook", "eerst", "even", "snel", "niet", "nooit", "opnieuw", "zelf", "toch",
                      "gewoon", "meteen", "direct", "best", "makkelijk", "eens"})
#: Words before a capital that make it a person or a partner, not the object: "met X downloaden".
_NOT_OBJECT = frozenset({"met", "voor", "aan", "van", "bij", "naast", "tegen", "zonder", "door", "samen", "en", "of",
                         "als", "dan", "zoals", "tot", "over"})
_WORDS = _BIJ_AFTER | _INSTALL_BEFORE | _INSTALL_AFTER | _SPONSOR | _SPONSORED
_MAX_RUN = 3  # capitalised words of one app's, shop's or company's name
_REACH = 4  # words between the name and its verb


def protect_by_verbs(text: str, toks: list[Token], caps: list[int], lex: Lexicon, know: Knowledge,
                     prot: _Protect, words: set[str]) -> None:
    """Add "keep" protections for the shops, apps and companies these verbs take."""
    if not caps or _WORDS.isdisjoint(words):
        return
    for i in caps:
        tok = toks[i]
        if not tok.cap or tok.allcaps:
            continue
        last = _run_end(text, toks, i)
        after = toks[last + 1 : last + 1 + _REACH]
        if i > 0 and toks[i - 1].folded == "bij" and toks[i - 1].sent_start and text[toks[i - 1].end : tok.start] == " ":
            # "Bij X kocht ik ...": the verb right after the name, its subject after that
            if after and after[0].folded in _BIJ_AFTER and not after[0].cap and _clause(text, toks, last, 1):
                _keep(text, toks, i, last, lex, know, prot)
            continue
        if (i >= 2 and toks[i - 1].text == "door" and toks[i - 2].folded in _SPONSORED
                and text[toks[i - 2].end : tok.start] == " door "):
            if not name_shaped_run(toks, i, last, lex) and not human_apposition(text, toks, last):
                # (not "gesponsord door Tjalling Wiersmaat", nor "door X, de vader van een lid")
                _keep(text, toks, i, last, lex, know, prot)  # "gesponsord door X" (session 21)
            continue
        if tok.sent_start and _sponsor_after(text, toks, last):
            _keep(text, toks, i, last, lex, know, prot)  # "X sponsort ...", "X heeft de drank gesponsord"
            continue
        k = next((j for j, t in enumerate(after) if t.folded in _INSTALL_BEFORE and not t.cap), -1)
        if (k >= 0 and not tok.sent_start and toks[i - 1].folded not in _NOT_OBJECT and _clause(text, toks, last, k + 1)
                and all(t.folded in _ADVERBS for t in after[:k])):
            _keep(text, toks, i, last, lex, know, prot)  # "X (gratis) downloaden", "X al geïnstalleerd"
            continue
        j = i - 1
        if j >= 0 and toks[j].folded in _PRONOUNS and not toks[j].cap:
            j -= 1  # "installeerden we X"
        if (j >= 0 and toks[j].folded in _INSTALL_AFTER and not toks[j].cap and i - j <= 2
                and all(text[toks[k].end : toks[k + 1].start] == " " for k in range(j, i))):
            _keep(text, toks, i, last, lex, know, prot)  # "we installeerden X op de tablets"


def _run_end(text: str, toks: list[Token], i: int) -> int:
    last = i
    while (last + 1 < len(toks) and last < i + _MAX_RUN - 1 and toks[last + 1].cap and not toks[last + 1].allcaps
           and text[toks[last].end : toks[last + 1].start] == " "):
        last += 1
    return last


def _clause(text: str, toks: list[Token], last: int, count: int) -> bool:
    """Whether the ``count`` words after token ``last`` follow it with one space each."""
    return all(k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " " for k in range(last, last + count))


def _sponsor_after(text: str, toks: list[Token], last: int) -> bool:
    """"X sponsort ...", or an auxiliary right after X and "gesponsord" in its clause."""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is None or nxt.cap or text[toks[last].end : nxt.start] != " ":
        return False
    if nxt.folded in _SPONSOR:
        return True
    if nxt.folded not in _AUX:
        return False
    k = last + 2
    while k < len(toks) and k <= last + 9 and text[toks[k - 1].end : toks[k].start] == " " and not toks[k].sent_start:
        if toks[k].folded in _SPONSORED:
            return True
        k += 1
    return False


def _keep(text: str, toks: list[Token], first: int, last: int, lex: Lexicon, know: Knowledge, prot: _Protect) -> None:
    if any(t.folded in know.names for t in toks[first : last + 1]):
        return
    if toks[first].folded in _titles() or not _no_person_run(toks, first, last, lex) or any(
            _person_like(toks, k, lex, know, text) for k in range(first, last + 1)):
        return  # ("Mevrouw X sponsort": a title opens a person's name)
    prot.add(toks[first].start, toks[last].end, "keep")
