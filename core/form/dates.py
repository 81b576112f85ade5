"""Dutch dates: parse the forms reporters write, format the way we publish."""

from __future__ import annotations

import datetime as _dt
import re

from .text import fold

MONTHS_NL: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

# Every spelling that names a month (folded: lower case, no accents).
_MONTH_WORDS: dict[str, int] = {}
for _i, _name in enumerate(MONTHS_NL, start=1):
    _MONTH_WORDS[_name] = _i
    _MONTH_WORDS[_name[:3]] = _i
for _word, _i in {
    "febr": 2, "maa": 3, "mrt": 3, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "oct": 10, "janvier": 1, "fevrier": 2, "mars": 3,
    "avril": 4, "juin": 6, "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "decembre": 12,
}.items():
    _MONTH_WORDS[_word] = _i

_WEEKDAYS = (
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    "ma|di|wo|do|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTH_ALT = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))

_TEXT_DATE = re.compile(
    rf"(?<![0-9a-z])(?:(?:{_WEEKDAYS})\.?,?\s+)?(\d{{1,2}})(?:e|de|ste)?\.?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}}|'\d{{2}})(?![0-9])"
)
_ISO_DATE = re.compile(r"(?<![0-9])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![0-9])")
_NUM_DATE = re.compile(r"(?<![0-9])(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?![0-9])")


# A day and a month without a year: "dinsdag 6 juni", "6 jun.", "6/6", "06-06".
_TEXT_DAY_MONTH = re.compile(
    rf"(?<![0-9a-z])(?:(?:{_WEEKDAYS})\.?,?\s+)?(\d{{1,2}})(?:e|de|ste)?\.?\s+({_MONTH_ALT})(?![a-z])\.?"
)
_NUM_DAY_MONTH = re.compile(r"(?<![0-9/.\-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![0-9]|\s*[-/.]\s*\d)")


def _make(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    text = text.lstrip("'")
    year = int(text)
    if len(text) == 2:
        year += 2000
    return year


#: Every match of the date patterns above holds a digit (``\d``, as they mean it).
_DIGIT = re.compile(r"\d")


def find_date(text: str) -> tuple[_dt.date, int, int] | None:
    """The first date written anywhere in ``text``, with its span, or ``None``."""
    folded = fold(text)
    if _DIGIT.search(folded) is None:  # (most lines: the patterns would each scan it in vain)
        return None
    found: list[tuple[int, int, _dt.date]] = []
    for m in _TEXT_DATE.finditer(folded):
        d = _make(_year(m.group(3)), _MONTH_WORDS[m.group(2)], int(m.group(1)))
        if d:
            found.append((m.start(), m.end(), d))
            break
    for m in _ISO_DATE.finditer(folded):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), m.end(), d))
            break
    for m in _NUM_DATE.finditer(folded):
        d = _make(_year(m.group(3)), int(m.group(2)), int(m.group(1)))  # Belgian order: day first
        if d:
            found.append((m.start(), m.end(), d))
            break
    if not found:
        return None
    start, end, d = min(found, key=lambda f: f[0])
    return d, start, end


def find_day_month(text: str) -> tuple[int, int, int, int] | None:
    """A day and month written without a year (``"dinsdag 6 juni"``, ``"6/6"``):
    ``(day, month, start, end)``, or ``None``. Only for a date label's value or a line
    that holds nothing but a date: in running text "6/6" may be a score."""
    folded = fold(text)
    if _DIGIT.search(folded) is None:
        return None
    found: list[tuple[int, int, int, int]] = []
    for m in _TEXT_DAY_MONTH.finditer(folded):
        day, month = int(m.group(1)), _MONTH_WORDS[m.group(2)]
        if _make(2000, month, day):  # a leap year: 29 februari is a day
            found.append((day, month, m.start(), m.end()))
            break
    for m in _NUM_DAY_MONTH.finditer(folded):
        day, month = int(m.group(1)), int(m.group(2))
        if _make(2000, month, day):
            found.append((day, month, m.start(), m.end()))
            break
    return min(found, key=lambda f: f[2]) if found else None


def with_year(day_month: tuple[int, int], year: int) -> _dt.date | None:
    """``(day, month)`` in ``year`` (``None`` for 29 February in a common year)."""
    return _make(year, day_month[1], day_month[0])


def parse_date_nl(value: object) -> _dt.date | None:
    """Parse a Dutch (Belgian) date: ``"6 juni 2023"``, ``"dinsdag 6 juni 2023"``,
    ``"6 jun. 2023"``, ``"6/06/2023"``, ``"06-06-2023"``, ``"2023-06-06"``.

    Accepts ``date``/``datetime`` objects too. Returns ``None`` when the text holds
    no valid date (``"31 februari 2023"`` is not one). Never raises.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200:
        return None
    found = find_date(text)
    return found[0] if found else None


def format_date_nl(date: _dt.date | None, weekday: bool = False) -> str:
    """``date(2023, 6, 6)`` -> ``"6 juni 2023"`` (``"dinsdag 6 juni 2023"`` with ``weekday``)."""
    if date is None:
        return ""
    text = f"{date.day} {MONTHS_NL[date.month - 1]} {date.year}"
    if weekday:
        days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
        text = f"{days[date.weekday()]} {text}"
    return text
