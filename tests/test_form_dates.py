import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer.form import find_date, format_date_nl, parse_date_nl

JUNE_6 = dt.date(2023, 6, 6)


@pytest.mark.parametrize(
    "text",
    [
        "6 juni 2023", "dinsdag 6 juni 2023", "Dinsdag 6 Juni 2023", "di 6 juni 2023", "di. 6 juni 2023",
        "6/06/2023", "06-06-2023", "6-6-2023", "6.6.2023", "2023-06-06", "2023/06/06", "6 jun. 2023",
        "6 jun 2023", "6 juni '23", "6/6/23", "6de juni 2023", "dinsdag, 6 juni 2023", "Datum: 6 juni 2023",
        "  6 juni 2023  ", "6 June 2023", dt.date(2023, 6, 6), dt.datetime(2023, 6, 6, 14, 30),
    ],
)
def test_parse_forms_of_june_6(text: object) -> None:
    assert parse_date_nl(text) == JUNE_6


@pytest.mark.parametrize("text", ["", "juni", "31 februari 2023", "32/01/2023", "13/13/2023", "geen datum", None, 12, "2023"])
def test_not_a_date(text: object) -> None:
    assert parse_date_nl(text) is None


def test_months_and_weekday() -> None:
    assert parse_date_nl("1 maart 2024") == dt.date(2024, 3, 1)
    assert parse_date_nl("15 okt. 2023") == dt.date(2023, 10, 15)
    assert parse_date_nl("3 mrt 2023") == dt.date(2023, 3, 3)
    assert format_date_nl(JUNE_6) == "6 juni 2023"
    assert format_date_nl(JUNE_6, weekday=True) == "dinsdag 6 juni 2023"
    assert format_date_nl(None) == ""


def test_find_date_in_page_header() -> None:
    found = find_date("Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina 1 > 3")
    assert found is not None and found[0] == JUNE_6


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_round_trip(date: dt.date) -> None:
    assert parse_date_nl(format_date_nl(date)) == date
    assert parse_date_nl(format_date_nl(date, weekday=True)) == date
    assert parse_date_nl(date.strftime("%d/%m/%Y")) == date
    assert parse_date_nl(date.isoformat()) == date


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    result = parse_date_nl(text)
    assert result is None or isinstance(result, dt.date)
