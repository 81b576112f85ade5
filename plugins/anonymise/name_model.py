"""A small learned decision for the words the rules leave uncertain (session 8).

The rules of ``detect.py`` score every candidate word; many of them settle a word by
strong evidence (a name the report gives, a listed first name that is no word, a
keep list). For the others -- a capitalised word scored only by its position, an
ALL-CAPS word, a word a list protects by its class, a lower-case word in a chat name
position -- a logistic regression over CONTEXT and WORD-CLASS features gives a second
opinion: the lower-cased words around it, the punctuation beside it, its shape, its
place in the sentence and line, what the lexicons say about it (flags only), and which
rule fired with what score. Never the word's own identity or its spelling: a model that
learned the training sets' names would be one more list.

The weights (``data/name_model.json``) are trained by ``tools/train_name_model.py`` on
the gold of the informed bench sets; the file names its sets, commit and command.
The model is OFF by default (leave-one-set-out figures in docs/anonymisation.md did not
earn it a place); ``PERSKAMER_NAME_MODEL=1`` switches it on for a run. Nothing is loaded
until it is used. Inference is a dictionary lookup per feature: linear in the text.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from . import lexicon
from .lexicon import Lexicon, english_words

WEIGHTS_FILE = "name_model.json"
#: switched on by the environment (off by default: see the module docstring)
ENABLED = os.environ.get("PERSKAMER_NAME_MODEL", "") == "1"
#: set by the training tool: called with (features, token, text) for every candidate
recorder: Callable[[list[str], Any, str], None] | None = None
#: set by the training tool (--verbose): gets (word, probability, "name"/"keep") for each flip
trace: list[tuple[str, float, str]] | None = None
#: weights given directly (the training tool's cross-validation); None: the shipped file
override: dict[str, Any] | None = None

_STRONG_RULES = ("report", "deny", "first-name list", "diminutive of a first name", "sender of a time-stamped")
#: protections the model may overrule: a word kept for its class by a list, not by a phrase
_WEAK_PROTECTIONS = frozenset({"place", "brand", "calendar", "language", "compound", "organisation"})
#: closed word classes of Dutch (grammar, not data): a neighbour's class generalises where
#: its own word is too rare in the training sets
_CLASSES = (
    ("det", frozenset({"de", "het", "een", "der", "den", "'t", "deze", "dit", "die", "elke", "geen", "welke"})),
    ("poss", frozenset({"mijn", "m'n", "onze", "ons", "zijn", "z'n", "haar", "hun", "jouw", "uw", "jullie"})),
    ("pron", frozenset({"ik", "jij", "je", "hij", "zij", "ze", "we", "wij", "u", "men", "gij", "ge", "mij", "mee"})),
    ("prep", frozenset({"van", "bij", "in", "naar", "uit", "op", "aan", "voor", "met", "rond", "tegen", "tegenover",
                        "achter", "zonder", "naast", "via", "door", "over", "tot", "onder", "tussen", "sinds",
                        "dankzij", "behalve", "vanuit", "te", "richting", "per"})),
    ("conj", frozenset({"en", "of", "maar", "want", "dus", "omdat", "dat", "toen", "als", "terwijl", "wanneer"})),
)
#: a demotion needs none of these: a name list holds the word, or it stands where a credit
#: or a chat sender stands (an attribution dash, a line's first word; anon_golden showed a
#: credited speaker kept after a dash by the first model)
_NO_DEMOTION = frozenset({"lex:first", "lex:surname", "lex:name_word", "after_dash", "line_start"})
#: the prefixes of the context features: each group adds at most one feature
_GROUPS = ("w-2:", "w-1:", "w+1:", "w+2:", "c-2:", "c-1:", "c+1:", "c+2:", "gap-:", "gap+:", "bigram-:",
           "in_quotation", "after_dash", "chat_line")
_BOUNDS: dict[int, tuple[dict[str, Any], float, float]] = {}
_WINDOW, _GAP = 200, 40  # characters a token's features may read around it
_PUNCT_KEEP = frozenset(",.:;!?()[]\"'-–—“”‘’/&")


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    text = resources.files(lexicon._DATA_PACKAGE).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def weights() -> dict[str, Any]:
    """The model in use: the override, or the shipped weights file (read on first use)."""
    return override if override is not None else _shipped()


def active() -> bool:
    return ENABLED or recorder is not None or override is not None


def _gap_feature(gap: str) -> str:
    g = "".join(ch for ch in gap if ch in _PUNCT_KEEP)
    if "\n" in gap:
        g = "NL" + g
    return g[:3] if g else ("_" if gap else "")


def _len_bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9+"


def _rule_name(rule: str) -> str:
    # (a few rules carry a position in their name: keep the rule's own words only)
    return rule.split(" + ")[0][:48]


_CLASSES_OF: Callable[[str, str, Lexicon], tuple[str, str]] | None = None


def _classes_of(f: str, lex: Lexicon) -> tuple[str, str]:
    """(word class, context word) of a lower-case neighbour, remembered per word and lexicon
    (detect's cache of per-word facts)."""
    global _CLASSES_OF
    if _CLASSES_OF is None:
        from . import detect

        _CLASSES_OF = detect._PerLexicon(lambda w, lx: (_word_class(w, lx), context_word(w, lx)))
    return _CLASSES_OF(f, f, lex)


def context_word(f: str, lex: Lexicon) -> str:
    """A neighbour as the model sees it: a word of the hand-made frequent-word list, a
    closed class or a title as itself; anything else by its class (so no name, of a training
    set or any other, is ever a feature or a key of the weights file: "Dolma" and "Aster"
    are Dutch words too)."""
    if not f.isalpha() and "'" not in f:
        return "NUM" if f.isdigit() else "SYM"
    cls = _word_class(f, lex)
    if cls in ("common", "verb", "word", "other") and not (f in lex.common and not lex.is_listed_name(f)):
        return "<" + cls + ">"
    return f


def _word_class(f: str, lex: Lexicon) -> str:
    for name, words in _CLASSES:
        if f in words:
            return name
    from . import detect  # (loaded: the model is called from it)

    if f in detect.TITLES:
        return "title"
    if f in lex.common:
        return "common"
    if f in detect._SPEECH_VERBS:
        return "speech"
    if detect._finite_verb(f, lex):
        return "verb"
    return "word" if lex.is_word(f) else "other"


def _compound_flags(stem: str, lex: Lexicon) -> list[str]:
    """What the word lists say about a word's parts: a Dutch (or English) word of four
    letters or more closes it ("...vallei", "...house"), or opens it. Word classes of the
    parts, not the word's spelling."""
    out: list[str] = []
    word = stem.replace("-", "")
    if not 7 <= len(word) <= 30 or not word.isalpha():
        return out
    english = english_words()
    tails = [word[k:] for k in range(3, len(word) - 3)]
    heads = [word[:k] for k in range(4, len(word) - 2)]
    if any(t in lex.dutch_words for t in tails):
        out.append("part:dutch_tail")
    elif any(t in english for t in tails):
        out.append("part:english_tail")
    if any(h in lex.dutch_words for h in heads):
        out.append("part:dutch_head")
    elif any(h in english for h in heads):
        out.append("part:english_head")
    return out


def candidate(tok: Any, chat: bool) -> bool:
    """Whether the rules left ``tok`` uncertain enough for the model to judge it."""
    if tok.key is not None or tok.score >= 0.8:
        return False
    if tok.protected is not None:
        return tok.protected in _WEAK_PROTECTIONS and (tok.cap or tok.allcaps)
    if tok.rule.startswith(_STRONG_RULES):
        return False
    # (a word no rule scored -- a frequent word, a short form of a known name -- is settled)
    return tok.score > 0 and len(tok.folded) >= 2


def _may_change(tok: Any, lex: Lexicon) -> bool:
    """Whether the model's opinion could change ``tok``'s decision (the features cost time):
    a mask of a word no name list holds (it may be kept), or a word the rules kept but
    listed as uncertain (it may be masked). (the cross-validation never masked a word the
    rules kept for a class: only the unprotected ones are asked)"""
    if tok.person:
        if not tok.cap or tok.allcaps:
            return False
        f = tok.folded[:-2] if tok.folded.endswith(("'s", "’s")) else tok.folded
        return not lex.is_listed_name(f)
    return tok.protected is None and tok.score >= 0.2


def features(text: str, toks: list[Any], i: int, lex: Lexicon, chat: bool) -> list[str]:
    """The model's features of token ``i`` (strings; each present one weighs in)."""
    return own_features(text, toks, i, lex, chat) + context_features(text, toks, i, lex)


def _bounds(model: dict[str, Any]) -> tuple[float, float]:
    """The most and the least the context features can add to a score (one feature per
    group at most): a word whose own features cannot reach a threshold even so is not asked."""
    got = _BOUNDS.get(id(model))
    if got is None or got[0] is not model:
        hi = lo = 0.0
        for group in _GROUPS:
            ws = [0.0, *(w for k, w in model["weights"].items() if k.startswith(group))]
            hi += max(ws)
            lo += min(ws)
        got = _BOUNDS[id(model)] = (model, hi, lo)
    return got[1], got[2]


def own_features(text: str, toks: list[Any], i: int, lex: Lexicon, chat: bool) -> list[str]:
    """The features of token ``i`` itself: shape, position, lexicon flags, the rules' verdict."""
    tok = toks[i]
    f = tok.folded
    out = ["bias"]
    shape = "allcaps" if tok.allcaps else "cap" if tok.cap else "lower"
    out.append("shape:" + shape)
    out.append("len:" + _len_bucket(len(f)))
    if "-" in f:
        out.append("hyphen")
    if f.endswith(("'s", "’s")) or (f.endswith("s") and tok.text[-2:-1] in ("'", "’")):
        out.append("apos_s")
    if tok.sent_start:
        out.append("sent_start")
    # (every window is bounded: a token's features cost the same in a 100 kB line)
    lo = max(0, tok.start - _WINDOW)
    line_start = text.rfind("\n", lo, tok.start) + 1 or lo
    if not text[line_start : tok.start].strip():
        out.append("line_start")
    if chat:
        out.append("chat")
    # lexicon flags (what the lists say; never the word itself)
    stem = f[:-2] if f.endswith(("'s", "’s")) else f
    flags = (
        ("first", stem in lex.first_names), ("surname", stem in lex.surnames), ("name_word", stem in lex.name_words),
        ("dutch", stem in lex.dutch_words), ("common", stem in lex.common), ("place", stem in lex.places),
        ("keep", stem in lex.keep_single), ("brand", stem in lex.brands), ("calendar", stem in lex.calendar),
        ("language", stem in lex.languages), ("platform", stem in lex.platforms),
        ("named_place", stem in lex.named_places),
    )
    known = False
    for name, on in flags:
        if on:
            out.append("lex:" + name)
            known = True
    if not known:
        if stem in english_words():
            out.append("lex:english")
        else:
            out.append("lex:none")
    if (stem in lex.first_names or stem in lex.surnames) and (stem in lex.dutch_words or stem in lex.common):
        out.append("lex:name_and_word")
    if not known:
        out.extend(_compound_flags(stem, lex))
    # what the rules said
    out.append("rule:" + (_rule_name(tok.rule) if tok.rule else "-"))
    if tok.protected:
        out.append("prot:" + tok.protected)
    out.append(f"score:{min(9, int(tok.score * 10))}")
    return out


def context_features(text: str, toks: list[Any], i: int, lex: Lexicon) -> list[str]:
    """The features of the words and marks around token ``i`` (one per group of _GROUPS)."""
    tok = toks[i]
    out: list[str] = []
    lo = max(0, tok.start - _WINDOW)
    line_start = text.rfind("\n", lo, tok.start) + 1 or lo
    # context: the lower-cased words around it, capitalised neighbours by class only
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(toks):
            n = toks[j]
            if n.cap or n.allcaps:
                word = "PERSON" if n.person or n.key else "CAP"
            else:
                word = _classes_of(n.folded, lex)[1]
            out.append(f"w{d:+d}:{word}")
        else:
            out.append(f"w{d:+d}:EDGE")
    for d in (-2, -1, 1, 2):
        j = i + d
        if 0 <= j < len(toks) and not (toks[j].cap or toks[j].allcaps):
            out.append(f"c{d:+d}:{_classes_of(toks[j].folded, lex)[0]}")
    prev_end = toks[i - 1].end if i > 0 else max(0, tok.start - 3)
    next_start = toks[i + 1].start if i + 1 < len(toks) else tok.end + 3
    prev_gap = text[max(prev_end, tok.start - _GAP) : tok.start]
    next_gap = text[tok.end : min(next_start, tok.end + _GAP)]
    out.append("gap-:" + _gap_feature(prev_gap))
    out.append("gap+:" + _gap_feature(next_gap))
    if i > 1 and not (toks[i - 1].cap or toks[i - 1].allcaps):
        before2 = "CAP" if toks[i - 2].cap or toks[i - 2].allcaps else _classes_of(toks[i - 2].folded, lex)[1]
        out.append(f"bigram-:{before2}_{_classes_of(toks[i - 1].folded, lex)[1]}")
    # in a quotation, an attribution, a chat line
    before = text[line_start : tok.start]
    if before.count("\"") % 2 == 1 or before.count("“") > before.count("”") or before.count("‘") > before.count("’"):
        out.append("in_quotation")
    if "–" in prev_gap or "—" in prev_gap or prev_gap.strip() == "-":
        out.append("after_dash")
    line_end = text.find("\n", tok.start, tok.start + _WINDOW)
    line = text[line_start : line_end if line_end >= 0 else tok.start + _WINDOW]
    if ":" in line[:40] and line[:1] in "[(0123456789" or line.lstrip()[:1] in "[(" and ":" in line[:12]:
        out.append("chat_line")
    return out


def probability(feats: Iterable[str], model: dict[str, Any] | None = None) -> float:
    m = model if model is not None else weights()
    w = m["weights"]
    z = sum(w.get(x, 0.0) for x in feats)
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def decide(text: str, toks: list[Any], indices: Iterable[int], lex: Lexicon, chat: bool, min_confidence: float) -> None:
    """Give the model's opinion on the candidates among ``toks[indices]`` (in place).

    From ``upper`` on, a word the rules kept is a name part (masked below 0.75: the review
    lists it); up to ``lower``, a capitalised word the rules masked and no name list holds
    is kept (listed as uncertain, with the model's reason); between them the rules decide.
    """
    if not active():
        return
    model = weights() if (ENABLED or override is not None) else None
    # (every candidate's features first: a decision must not change a later neighbour's)
    upper, lower = (model.get("upper", 0.95), model.get("lower", 0.05)) if model is not None else (1.0, 0.0)
    if model is not None:
        hi, lo = _bounds(model)
        weights_of = model["weights"]
        z_upper, z_lower = math.log(upper / (1 - upper)), math.log(lower / (1 - lower))
    judged = []
    for i in indices:
        tok = toks[i]
        if not candidate(tok, chat):
            continue
        if recorder is None:
            if not _may_change(tok, lex):
                continue
            own = own_features(text, toks, i, lex, chat)
            z = sum(weights_of.get(x, 0.0) for x in own)
            if (z + lo > z_lower) if tok.person else (z + hi < z_upper):
                continue  # (whatever its context says, the model cannot change this one)
            feats = own + context_features(text, toks, i, lex)
        else:
            feats = features(text, toks, i, lex, chat)
            recorder(feats, tok, text)
        judged.append((tok, feats))
    if model is None:
        return
    for tok, feats in judged:
        p = probability(feats, model)
        if p >= upper and not tok.person:
            tok.protected = None
            tok.score, tok.person = max(min_confidence, min(0.74, p)), True
            tok.rule = f"model: a name by its context (p={p:.2f})"
            if trace is not None:
                trace.append((tok.text, p, "name"))
        elif p <= lower and tok.person and tok.cap and not tok.allcaps and _NO_DEMOTION.isdisjoint(feats):
            # (never against a name list or in a credit's place: the model relaxes only what
            # no list of persons holds; only a capitalised word, which the review lists when kept)
            tok.score, tok.person = 0.45, False
            tok.rule = f"model: no name by its context (p={p:.2f})"
            if trace is not None:
                trace.append((tok.text, p, "keep"))
