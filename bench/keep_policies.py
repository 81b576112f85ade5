"""Candidate keep policies for a word no list holds, measured without touching the product.

    PERSKAMER_NATIVE=0 .venv/bin/python bench/keep_policies.py POLICIES SCRIPT [ARGS...]

``POLICIES`` is a comma-separated subset of ``prep``, ``use``, ``comp`` (or ``none``); the
script (``bench/keep_losses.py``, ``bench/attack/atk24.py`` ...) runs in this process with
``detect.protect_by_position`` wrapped so that, after every rule of the product, the chosen
policies add a ``position`` protection to ONE capitalised word (not ALL CAPS, no capitalised
neighbour) that no list holds -- on no first-name, surname or name-word list, no name the
report gives, no Dutch or English word, no brand/chain/place -- when:

* ``prep``: it stands right after a lower-case preposition of place or medium (via, op, in,
  met, bij, naar, uit) and no sentence opens with it;
* ``use``: it stands right after (or one adverb after) a form of a verb of using, installing,
  downloading, playing or paying (gebruiken, installeren, downloaden, spelen, betalen ...);
* ``comp``: it is the first half of a hyphenated compound whose second half is an
  organisation/thing noun on the Dutch word list ("X-account", "X-tenten", "X-leiding").

Session 25 (s25-keep) measured each on every gold set and A18-A24 (docs/decisions.md): a
policy that publishes a single quoted name on any set does not land.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

PREPS = frozenset({"via", "op", "in", "met", "bij", "naar", "uit"})
USE_VERBS = frozenset({
    "gebruik", "gebruikt", "gebruiken", "gebruikte", "gebruikten", "installeer", "installeert",
    "installeren", "installeerde", "installeerden", "geïnstalleerd", "download", "downloadt", "downloaden",
    "downloadde", "downloadden", "gedownload", "speel", "speelt", "spelen", "speelde", "speelden", "gespeeld",
    "betaal", "betaalt", "betalen", "betaalde", "betaalden", "betaald", "open", "opent", "openden",
    "bestel", "bestelt", "bestellen", "bestelde", "bestelden", "besteld", "kochten", "kocht", "huurden",
    "huurde", "instal", "updaten", "update",
})
ADVERBS = frozenset({"ook", "nu", "vooral", "nog", "altijd", "vaak", "graag", "eerst", "gewoon", "enkel", "alleen"})


def _unknown(tok, lex, know) -> bool:  # noqa: ANN001
    from perskamer.plugins.anonymise.detect import is_compound
    from perskamer.plugins.anonymise.lexicon import english_words

    f = tok.folded
    return not (f in know.names or f in lex.first_names or f in lex.surnames or f in lex.name_words
                or lex.is_word(f) or f in english_words() or f in lex.brands or f in lex.chain_words
                or f in lex.places or is_compound(f, lex))


def apply(policies: set[str]) -> None:
    """Wrap ``protect_by_position`` in both copies of the package: ``perskamer.plugins.anonymise``
    (the builds, bench/keep_losses.py) and ``plugins.anonymise`` (the attack harness imports it
    from the checkout)."""
    import importlib

    sys.path.insert(0, os.getcwd())
    for package in ("perskamer.plugins.anonymise", "plugins.anonymise"):
        _apply(policies, importlib.import_module(package + ".detect"),
               importlib.import_module(package + ".keep_objects").POSITION)


def _apply(policies: set[str], detect, POSITION: str) -> None:  # noqa: ANN001, N803
    original = detect.protect_by_position

    def wrapped(text, toks, caps, lex, know, prot, words):  # noqa: ANN001, ANN202
        original(text, toks, caps, lex, know, prot, words)
        n = len(toks)
        for i in caps:
            tok = toks[i]
            if tok.allcaps or "-" in tok.text and "comp" not in policies:
                continue
            if (i > 0 and toks[i - 1].cap and text[toks[i - 1].end:tok.start] == " ") or (
                    i + 1 < n and toks[i + 1].cap and text[tok.end:toks[i + 1].start] == " "):
                continue
            prev = toks[i - 1] if i > 0 else None
            gap = text[prev.end:tok.start] if prev else ""
            if "prep" in policies and prev is not None and not tok.sent_start and gap == " " \
                    and not prev.cap and prev.folded in PREPS and _unknown(tok, lex, know):
                prot.add(tok.start, tok.end, POSITION)
                continue
            if "use" in policies and prev is not None and not tok.sent_start and gap == " ":
                verb = prev if prev.folded in USE_VERBS else (
                    toks[i - 2] if i > 1 and prev.folded in ADVERBS and toks[i - 2].folded in USE_VERBS else None)
                if verb is not None and not verb.cap and _unknown(tok, lex, know):
                    prot.add(tok.start, tok.end, POSITION)
                    continue
            if "comp" in policies and "-" in tok.text:
                head, _, tail = tok.text.partition("-")
                if head[:1].isupper() and tail[:1].islower() and lex.is_word(tail.casefold()):
                    from types import SimpleNamespace

                    fake = SimpleNamespace(folded=head.casefold())
                    if _unknown(fake, lex, know):
                        prot.add(tok.start, tok.end, POSITION)

    detect.protect_by_position = wrapped


def main() -> int:
    policies = set(sys.argv[1].split(",")) - {"none", ""}
    os.environ["PERSKAMER_KEEP_POLICY"] = ",".join(sorted(policies)) or "none"
    apply(policies)
    script = Path(sys.argv[2])
    sys.argv = [str(script), *sys.argv[3:]]
    sys.path.insert(0, str(script.resolve().parent))
    runpy.run_path(str(script), run_name="__main__")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
