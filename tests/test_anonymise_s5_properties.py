"""Properties of session 5's person-side rules (chat positions, digit-word phone numbers,
chat links, "samen met", the guard's bare-name check)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.plugins.anonymise import contacts
from perskamer.plugins.anonymise.chat import CLAUSE_OPENERS, SLANG
from perskamer.plugins.anonymise.lexicon import load_lexicon
from perskamer.plugins.anonymise.replace import anonymise_text

DIGITS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]


@settings(deadline=None)
@given(st.lists(st.integers(0, 9), min_size=9, max_size=14).filter(lambda d: len(set(d)) > 1),
       st.sampled_from([" ", ", ", " - ", ". "]))
def test_nine_digit_words_that_do_not_count_are_a_phone_number(digits: list[int], sep: str) -> None:
    text = "mijn nummer is " + sep.join(DIGITS[d] for d in digits) + " hoor"
    steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
    found = list(contacts.digit_word_runs(text, set(text.replace(",", " ").replace(".", " ").split())))
    if steps in ({1}, {-1}):
        assert found == []
    else:
        assert len(found) == 1
        assert "[telefoonnummer]" in anonymise_text(text)


@settings(deadline=None)
@given(st.lists(st.integers(0, 9), min_size=1, max_size=8))
def test_fewer_than_nine_digit_words_are_no_phone_number(digits: list[int]) -> None:
    text = "we waren met " + " ".join(DIGITS[d] for d in digits) + " man"
    assert list(contacts.digit_word_runs(text, set(text.split()))) == []


@settings(deadline=None)
@given(st.sampled_from(["wa.me/", "t.me/", "https://wa.me/", "linktr.ee/", "m.me/"]),
       st.from_regex(r"[a-z0-9][a-z0-9_.]{2,20}[a-z0-9]", fullmatch=True))
def test_the_account_of_a_chat_link_is_removed(domain: str, account: str) -> None:
    out = anonymise_text(f"stuur me iets via {domain}{account} of bel")
    assert account not in out


def _ordinary_words() -> list[str]:
    lex = load_lexicon()
    words = ["de", "het", "een", "soep", "maakt", "auto", "had", "sleutels", "halen", "komt", "nog", "thuis", "morgen",
             "kan", "zal", "wil", "ik", "jij", "we", "boodschappen", "doet", "fiets", "kapot", "ook", "niet", "wel"]
    return [w for w in words if w not in lex.first_names and w not in lex.name_words]


@settings(deadline=None)
@given(st.sampled_from(sorted(CLAUSE_OPENERS)), st.lists(st.sampled_from(_ordinary_words()), min_size=2, max_size=6),
       st.sampled_from(sorted(SLANG)))
def test_a_chat_line_of_words_and_slang_is_left_alone(opener: str, words: list[str], slang: str) -> None:
    line = " ".join(["ik", "wel", opener, slang, *words])
    assert anonymise_text(line) == line
