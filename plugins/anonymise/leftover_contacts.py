"""The leak guard's net for contact details left in a published quote (issue 11, session 9).

The guard's other contact check is indirect: it looks for the original quote and the
replaced words with their neighbours, so it stops only what the anonymiser found. This
net reads the published quote itself, as :mod:`.leftover` does for first names: every
contact detail the anonymiser's patterns find there (an e-mail address in any spelling,
a phone number in any grouping, a handle with "@", after a platform word or a contact cue,
a dotted account name, a personal site: ``detect.contact_spans``) is a contact the
masker did not replace -- a rule that protected it, an output that published the
source, a quote the anonymiser never saw.

Each hit is returned normalised and case-folded like the guard's scanned text, so it
matches where it is published.
"""

from __future__ import annotations

from functools import lru_cache

from .anonymiser import normalise
from .detect import contact_spans
from .private_contacts import private_spans


@lru_cache(maxsize=4096)
def leftover_contacts(text: str) -> tuple[str, ...]:
    """The contact details left in an anonymised quote ``text``, normalised for the guard."""
    if not text:
        return ()
    return tuple(dict.fromkeys(normalise(s.text) for s in contact_spans(text) if len(s.text.strip("@ ")) >= 3))


@lru_cache(maxsize=4096)
def leftover_private_contacts(text: str) -> tuple[str, ...]:
    """A person's contact details left in the report's own (anonymised) text -- a section, the
    photo's caption -- normalised for the guard (``private_contacts``: session 10's policy)."""
    if not text:
        return ()
    return tuple(dict.fromkeys(normalise(s.text) for s in private_spans(text) if len(s.text.strip("@ ")) >= 3))
