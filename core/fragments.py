"""The guard reads each report's part of a collection once.

The index and every theme page list every report (its card: title, teaser, tags),
so guarding them whole after each save reads every report's card again, for one
changed report. A collection artefact therefore declares the per-report *fragments*
it embeds (``Artifact.fragments``: ``(slug, text)`` pairs, in the order they appear
in the text the guard reads). The core then guards

* each fragment as its report's own text (the report's quotes, its deny-list and the
  workspace's), exactly as it guards the report's own page, which shows the same
  words; a fragment that fails withholds exactly that report, and the collections
  are made again without it;
* the rest of the artefact (the collection's own text: headings, counts, labels,
  and whatever a template adds around the fragments) against every published
  report, like any collection artefact.

Both verdicts are remembered (:class:`GuardMemo`): a text that passed for a report
identity (source, code and recorded inputs, see ``ReportOutcome.cache_key``) is not
read again for it while what the guard itself read (the ``anonymise`` options, the
editor's review file, the taxonomy: its recorded inputs) is unchanged. A changed
fragment is a new text and is read; a changed report is a new identity, and every
text is read for it. So every published character is read at least once per change
of that character or of the reports and settings it is checked against.

Nothing depends on the plugin declaring its fragments truthfully: a declared fragment
that is not found where it should be stays part of the artefact's own text, which is
read whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .inputs import Inputs, blake

#: Put where a fragment was cut out of the collection's own text, so that no
#: multi-word needle matches across the cut (a fragment's edges are markup).
CUT = "\n \u00a6 \n"

#: Remembered texts before the memo starts afresh (watch runs for days).
MEMO_LIMIT = 50_000


def cut_fragments(text: str, fragments: Iterable[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """(the text outside the fragments, the fragments found), looking for each from where the previous ended.

    A fragment that is empty or not found there is not cut out: its characters (if
    they are in the text at all) stay in the outside text, which the guard reads whole.
    """
    outside: list[str] = []
    found: list[tuple[str, str]] = []
    cursor = 0
    for slug, fragment in fragments:
        if not fragment:
            continue
        at = text.find(fragment, cursor)
        if at < 0:
            continue
        outside.append(text[cursor:at])
        found.append((slug, fragment))
        cursor = at + len(fragment)
    outside.append(text[cursor:])
    return CUT.join(piece for piece in outside if piece.strip()), found


@dataclass
class GuardMemo:
    """Which texts the guard passed for which report identities, under which inputs."""

    #: What the guard read while it ran (config keys, the review file, the taxonomy).
    inputs: Inputs = field(default_factory=Inputs)
    #: Hash of a text -> the report identities it passed for.
    passed: dict[str, set[str]] = field(default_factory=dict)
    _keys: dict[str, str] = field(default_factory=dict, repr=False)

    def begin(self, probe, key_digests: dict[str, str]) -> None:
        """Start a build: forget everything when what the guard read has changed."""
        if self.passed and (len(self.passed) > MEMO_LIMIT or not self.inputs.current(probe, key_digests)):
            self.clear()

    def clear(self) -> None:
        self.inputs = Inputs()
        self.passed = {}
        self._keys = {}

    def key(self, text: str) -> str:
        """A hash of ``text`` (remembered per text: an unchanged card is the same string each build)."""
        found = self._keys.get(text)
        if found is None:
            if len(self._keys) > MEMO_LIMIT:
                self._keys.clear()
            found = self._keys[text] = blake(text.encode("utf-8", "surrogatepass"))
        return found

    def unchecked(self, text_key: str, identities: list[str | None]) -> list[int] | None:
        """Positions in ``identities`` the text was not passed for; ``None``: the text was never read."""
        done = self.passed.get(text_key)
        if done is None:
            return None
        return [i for i, identity in enumerate(identities) if identity is None or identity not in done]

    def note(self, text_key: str, identities: Iterable[str | None]) -> None:
        """The text passed the guard for these identities (``None``: not remembered)."""
        self.passed.setdefault(text_key, set()).update(i for i in identities if i is not None)
