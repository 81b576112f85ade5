"""Personal identifiers (``identifiers.py``, session 14): the parsers' properties, the labels,
the policy in the reporter's own text and the guard's net.

The check digits are evidence, not the gate: a number whose check fails is masked all the same
(a typo'd account is still someone's); the properties below check both sides.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Artifact, Quote, Report
from perskamer.plugins.anonymise.anonymiser import Options, anonymise_report
from perskamer.plugins.anonymise.guard import inspect_text
from perskamer.plugins.anonymise.identifiers import (
    IBAN_LENGTHS,
    bsn_valid,
    iban_valid,
    identifiers,
    national_number_valid,
    old_belgian_account_valid,
)
from perskamer.plugins.anonymise.replace import anonymise_text


def _iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    return f"{country}{98 - int(''.join(str(int(c, 36)) for c in moved)) % 97:02d}{bban}"


def _grouped(iban: str, sep: str) -> str:
    return sep.join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _rrn(yymmdd: str, serial: str, after_2000: bool) -> str:
    body = int(("2" if after_2000 else "") + yymmdd + serial)
    return f"{yymmdd}{serial}{97 - body % 97:02d}"


_COUNTRIES = st.sampled_from(["BE", "NL", "DE", "FR", "LU", "ES", "PL", "TR"])
_SEPARATORS = st.sampled_from([" ", "", "-", "."])


@st.composite
def _ibans(draw: st.DrawFn) -> str:
    country = draw(_COUNTRIES)
    size = IBAN_LENGTHS[country] - 4
    bban = draw(st.text("0123456789", min_size=size, max_size=size))
    if country == "NL":  # four letters of a bank, ten digits
        bban = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4)) + bban[4:]
    return _iban(country, bban)


@given(_ibans(), _SEPARATORS)
@settings(max_examples=80, deadline=None)
def test_a_valid_iban_in_any_grouping_is_masked(iban: str, sep: str) -> None:
    assert iban_valid(iban)
    text = f"Stort het maar op {_grouped(iban, sep)}, dan is het in orde."
    out = anonymise_text(text)
    assert "[rekeningnummer]" in out
    assert iban[4:10] not in re.sub(r"\W", "", out)


@given(_ibans(), st.integers(min_value=4, max_value=15), st.integers(min_value=1, max_value=9))
@settings(max_examples=80, deadline=None)
def test_a_typo_in_an_iban_fails_the_check_but_is_masked(iban: str, at: int, plus: int) -> None:
    if not iban[at].isdigit():
        return
    typo = iban[:at] + str((int(iban[at]) + plus) % 10) + iban[at + 1 :]
    assert not iban_valid(typo)  # mod 97 catches every single-digit error
    out = anonymise_text(f"mijn rekening {_grouped(typo, ' ')} voor de bijdrage")
    assert "[rekeningnummer]" in out


@given(st.integers(min_value=0, max_value=99_999_999), st.integers(min_value=1, max_value=9))
@settings(max_examples=80, deadline=None)
def test_the_old_belgian_account_check(first: int, plus: int) -> None:
    ten = f"{first:010d}"
    check = int(ten) % 97 or 97
    assert old_belgian_account_valid(f"{ten}{check:02d}")
    assert not old_belgian_account_valid(f"{ten}{(check + plus - 1) % 97 + 1:02d}") or plus % 97 == 0


@given(st.dates(), st.integers(min_value=1, max_value=998), _SEPARATORS)
@settings(max_examples=80, deadline=None)
def test_a_national_number_with_its_check_digits_is_masked_in_any_grouping(day, serial: int, sep: str) -> None:
    yymmdd = day.strftime("%y%m%d")
    number = _rrn(yymmdd, f"{serial:03d}", day.year >= 2000)
    assert national_number_valid(number)
    written = sep.join([number[:2], number[2:4], number[4:6], number[6:9], number[9:]])
    out = anonymise_text(f"Op de lijst stond {written} naast de namen.")
    assert "[identiteitsnummer]" in out and number[6:9] not in out


@given(st.text("0123456789", min_size=9, max_size=9))
@settings(max_examples=200, deadline=None)
def test_the_bsn_check_is_the_elfproef(digits: str) -> None:
    d = [int(c) for c in digits]
    assert bsn_valid(digits) == ((sum((9 - i) * d[i] for i in range(8)) - d[8]) % 11 == 0)
    # with its word before it a nine-digit number is masked, whether the check holds or not
    assert "[identiteitsnummer]" in anonymise_text(f"Mijn BSN is {digits}.")


def test_each_class_has_its_own_placeholder_and_the_acronym_stays() -> None:
    cases = {
        "IBAN BE14 0631 2345 6783 voor de bijdrage.": "IBAN [rekeningnummer] voor de bijdrage.",
        "Zijn rijksregisternummer 85.07.30-033.28 lag op tafel.": "Zijn rijksregisternummer [identiteitsnummer] lag",
        "Mijn adres is Kouterdreef 7, 9050 Gentbrugge, kom maar.": "Mijn adres is [adres], kom maar.",
        "Zijn nummerplaat 1-KTV-482 stond op de foto.": "Zijn nummerplaat [nummerplaat] stond",
        "Mijn geboortedatum is 04/11/2008 en ik woon in Zottegem.": "Mijn geboortedatum is [geboortedatum] en ik woon",
    }
    for text, expected in cases.items():
        assert expected in anonymise_text(text), text


def test_anonymising_twice_changes_nothing() -> None:
    text = "IBAN BE14 0631 2345 6783; ik woon in de Kouterdreef 7 bus 2, 9050 Gentbrugge (°04/11/2008)."
    once = anonymise_text(text)
    assert anonymise_text(once) == once


def test_helplines_dates_and_codes_are_no_identifiers() -> None:
    for text in ("Bel 1712 of 102, sms naar 4224.", "Op 12/03/2026 om 18u30 in lokaal 2.14.", "Art. 12, §2, 1°.",
                 "We wonnen met 3-1 op de E40-parking, versie 2.3.1.", "Zaterdag 14 maart 2026 in zaal B.0.12.",
                 "Het was 30° op 12 juli, iedereen was jarig van de hitte.", "De chiro werd opgericht op 5 mei 1945."):
        assert identifiers(text) == [], text


def _report(summary: str, quote: str = "Het was een fijne dag.") -> Report:
    return Report(source="kamp.md", slug="kamp", format="md", sections={"summary": summary},
                  quotes=[Quote(text=quote, speaker=None)])


def _problems(report: Report, published: str) -> list[str]:
    art = Artifact("verslagen/kamp.html", published.encode(), output="html", report="kamp")
    return [p.message for p in inspect_text(art, f"<p>{published}</p>", [report], Options())]


def test_the_guard_stops_an_identifier_an_output_publishes_from_the_source() -> None:
    """The anonymiser masked the quote, but an output publishes the original: the guard's net
    (leftover_contacts) finds the identifier in the published quote."""
    for quote in ("Stort op BE14 0631 2345 6783 voor het kamp.", "Ik woon in de Kouterdreef 7 in Gent.",
                  "Zijn nummerplaat 1-KTV-482 stond op de foto.", "Ik ben geboren op 17 januari 2007."):
        report = _report("Een sessie over kamp.", quote)
        anonymise_report(report, Options())
        assert quote not in report.quotes[0].text
        report.quotes[0].text = quote  # what a faulty output publishes
        assert any("contact detail" in p for p in _problems(report, quote)), quote


def test_the_guard_stops_a_home_identifier_in_the_reporters_text() -> None:
    summary = "De trekker gaf zijn adres mee: Ooievaarstraat 88, 9200 Dendermonde."
    report = _report(summary)
    anonymise_report(report, Options())
    assert "[adres]" in report.sections["summary"]
    report.sections["summary"] = summary  # an output that publishes the source
    assert any("person's contact detail" in p for p in _problems(report, summary))


def test_a_venues_address_in_the_reporters_text_passes_the_guard() -> None:
    summary = "Praktisch: de vorming gaat door in het jeugdhuis, Molenveld 3, 2500 Lier."
    report = _report(summary)
    anonymise_report(report, Options())
    assert report.sections["summary"] == summary
    assert _problems(report, summary) == []


def test_an_organisations_account_in_the_reporters_text_stays_and_a_persons_goes() -> None:
    own = _report("Inschrijven door te storten op onze rekening BE14 0631 2345 6783.")
    anonymise_report(own, Options())
    assert "BE14 0631 2345 6783" in own.sections["summary"]
    person = _report("Het geld ging naar de rekening van een ouder, BE14 0631 2345 6783.")
    anonymise_report(person, Options())
    assert "[rekeningnummer]" in person.sections["summary"]


def test_the_review_lists_an_uncertain_identifier_and_the_editors_keep_holds() -> None:
    """An address with no word about living or a venue before it is masked in a quote on weak
    evidence: ``perskamer review`` lists it; kept by the editor, the masker and the guard agree."""
    from perskamer.plugins.anonymise.review import collect

    quote = "Kom gerust naar Beukenhof 14 app. 2, de bel doet het niet."
    report = _report("Een sessie over kamp.", quote)
    anonymise_report(report, Options())
    assert "[adres]" in report.quotes[0].text
    items = [(i.word, i.kind) for i in collect([report])]
    assert ("Beukenhof 14 app. 2", "replaced") in items
    kept = _report("Een sessie over kamp.", quote)
    opts = Options(allow=["Beukenhof 14 app. 2"])
    anonymise_report(kept, opts)
    assert kept.quotes[0].text == quote
    art = Artifact("verslagen/kamp.html", quote.encode(), output="html", report="kamp")
    assert [p.message for p in inspect_text(art, f"<p>{quote}</p>", [kept], opts)] == []
    # a home address is certain: not listed, and an allow entry does not unmask it
    home = _report("Een sessie over kamp.", "Ik woon in de Kouterdreef 7 in Gent.")
    anonymise_report(home, Options(allow=["Kouterdreef 7"]))
    assert "[adres]" in home.quotes[0].text and collect([home]) == []


def test_a_profile_site_stays_on_the_next_pass_and_a_borrowed_verb_is_no_name() -> None:
    """The lead's attack: "linkedin.com/in/<x> voor wie wil connecten." published "[account]/in/
    [account] voor wie wil [persoon 1]" (the site a name on the second pass, "connecten" a name)."""
    out = anonymise_text("linkedin.com/in/woutpeeters voor wie wil connecten.")
    assert out == "linkedin.com/in/[account] voor wie wil connecten."
    assert anonymise_text("zullen we liken en sharen") == "zullen we liken en sharen"
    assert "karsten" not in anonymise_text("ik kom met karsten")  # a listed first name stays a name
