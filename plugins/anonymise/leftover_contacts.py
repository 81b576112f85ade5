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

import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .anonymiser import normalise
from .detect import contact_spans
from .private_contacts import private_spans

if TYPE_CHECKING:
    from perskamer.model import Report


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


def own_texts(report: Report) -> list[str]:
    """The report's own texts the private-contact net reads: every section but the quotes,
    the photo's caption and alt text."""
    own = [t for sid, t in report.sections.items() if sid != "quotes" and isinstance(t, str)]
    if report.photo is not None:
        own += [t for t in (report.photo.caption, report.photo.alt) if isinstance(t, str)]
    return own


@lru_cache(maxsize=16384)
def _digest(text: str) -> str:
    """The memo's key for ``text``. Remembered: the guard asks it of every report's own texts
    for each collection page (a cold build of 1000 reports: ~47,000 blake2b runs over ~3,600
    distinct texts, ~0.05-0.08 s of the serial tail by s12-cold's profile);
    a text's ``str`` hash is kept by the string itself, so a repeat costs a dict look-up."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def private_contacts_memo(report: Report, clean: set[str] | frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """:func:`leftover_private_contacts` of each of the report's own texts, by a digest of
    the text, to keep in the anonymisation record.

    Why: the guard reads the report against every collection page, and in a cold build
    those pages are read in the main process after the workers anonymised and guarded
    the report; working the net out again there for 1000 reports was ~0.27 s of serial
    CPU (session 11, docs/watch.md). The record travels with the report (and its cache
    entry), so the main process looks the answer up instead. Keyed by the text's digest:
    a text changed after the anonymiser (another transform) is simply worked out again.

    ``clean``: texts known to hold no private contact (``private_spans`` found none in
    them: the anonymiser's own masking asked it of the same text), not asked again."""
    return {_digest(t): [] if t in clean else list(leftover_private_contacts(t)) for t in own_texts(report) if t}


def private_contacts_left(text: str, memo: dict[str, Any] | None) -> tuple[str, ...]:
    """:func:`leftover_private_contacts` of ``text``, from ``memo`` when it holds the text."""
    if memo and text:
        found = memo.get(_digest(text))
        if found is not None:
            return tuple(found)
    return leftover_private_contacts(text)
