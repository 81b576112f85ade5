"""One report's analyses remembered by text and options, while the knowledge says the same (session 18).

A report's quotes section is anonymised paragraph by paragraph, and line by line where its
lines are chat (:func:`.anonymiser._anonymise_block`). A chat log pasted as a quote repeats
the same lines ("[14:15] <naam>: ja", "oke", a sign-off under every message), and each was
analysed again, twice (the fixed point's next round reads the line with its labels): 9,300
analyses of two distinct lines for session 17's hostile "chat stamp" quote of 100 kB.

:func:`.detect.analyse` reads only its text, the knowledge, its options and the lexicon
(the learned second opinion aside: with :func:`.name_model.active` nothing is remembered,
its recorder must see every call). Its :class:`.detect.Analysis` holds frozen spans and
uncertain words, so one answer can be handed out again as fresh lists. The knowledge is
checked by its :attr:`.detect.Knowledge.writes` counter: every :meth:`~.detect.Knowledge.add`
and :meth:`~.detect.Knowledge.add_allow` that may change what it says counts; the only
direct write, :func:`.published.link_nicknames`, runs in :func:`.anonymiser.build_knowledge`
before any memo exists. When the counter moved, everything remembered is dropped.

Bounded: a text longer than :data:`MAX_TEXT` characters is not remembered (a long text is
hardly ever analysed twice with the same options), and at :data:`MAX_ENTRIES` answers the
memo starts again empty; one memo lives for one :func:`.anonymiser.anonymise_report` call.
"""

from __future__ import annotations

from . import name_model
from .detect import Analysis, Knowledge, TextFacts, analyse
from .lexicon import load_lexicon

#: The longest text remembered (characters).
MAX_TEXT = 2000
#: The most answers held at once (then the memo starts again empty).
MAX_ENTRIES = 512

#: (text, chat, min_confidence, speaker_lines, deny_unknown, find_uncertain)
_Key = tuple[str, bool | None, float, bool, bool, bool]


class AnalysisMemo:
    """:func:`.detect.analyse` of one knowledge, remembered (see the module's text)."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.writes = knowledge.writes
        self.lex = load_lexicon()
        self.entries: dict[_Key, Analysis] = {}
        self.hits = 0
        self.misses = 0

    def analyse(self, text: str, *, chat: bool | None = None, min_confidence: float = 0.5, speaker_lines: bool = True,
                deny_unknown: bool = True, find_uncertain: bool = True, facts: TextFacts | None = None) -> Analysis:
        """``analyse(text, self.knowledge, ...)``: the same answer, in fresh lists (``facts``, the
        text's :class:`.detect.TextFacts` when known, spare work and never change the answer)."""
        know = self.knowledge
        if len(text) > MAX_TEXT or name_model.active():
            return analyse(text, know, chat=chat, min_confidence=min_confidence, speaker_lines=speaker_lines,
                           deny_unknown=deny_unknown, find_uncertain=find_uncertain, facts=facts)
        entries = self.entries
        lex = load_lexicon()
        if know.writes != self.writes or lex is not self.lex:
            entries.clear()
            self.writes, self.lex = know.writes, lex
        key = (text, chat, min_confidence, speaker_lines, deny_unknown, find_uncertain)
        got = entries.get(key)
        if got is not None:
            self.hits += 1
            return Analysis(list(got.spans), list(got.uncertain))
        self.misses += 1
        found = analyse(text, know, chat=chat, min_confidence=min_confidence, speaker_lines=speaker_lines,
                        deny_unknown=deny_unknown, find_uncertain=find_uncertain, facts=facts)
        if len(entries) >= MAX_ENTRIES:
            entries.clear()
        entries[key] = Analysis(list(found.spans), list(found.uncertain))
        return found
