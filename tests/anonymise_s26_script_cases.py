"""Session 26 (s26-script, issue 11, severity 1): a person's name written in a script other than
Latin -- Arabic (also Persian, Pashto/Dari), Hebrew, Ge'ez/Ethiopic, Devanagari, Tamil, Bengali,
Thai, Han, Kana, Hangul, Georgian, Armenian, Greek, Cyrillic -- as nine classes:
(1) on a name-wall card or list line, "<native> / <Latin>" or "<Latin> / <native>";
(2) in brackets right after the Latin name ("<Latin> (<native>) ...");
(3) in brackets right before it ("<native> (<Latin>) ...");
(4) "<Latin> of <native>" and other explicit apposition in a sentence;
(5) a transliteration pair on a card/list line without a separator ("- <Latin> <native>, 15");
(6) a full name (given + family) in a non-Latin script next to its transliteration;
(7) a native-script name ALONE in a person slot: a credit, a list of names, a sign-off, "heet X",
    "Mijn naam is X", a name-wall line "<native> – 13 – <stad>";
(8) a chat line whose sender is written in a non-Latin script;
(9) several pairs in one sentence ("Dank aan <A> (<a>) en <B> (<b>)").
A FROZEN batch.

Written by s26-script on 7 December 2026, 23:09-23:13 UTC (by `date`), BEFORE reading any rule of
plugins/anonymise/ (only the brief, the prompt, s26-fold's LEAK.txt and the helpers of earlier
batches were read). Every name is invented or put together for the frame from many origins; no
name, organisation or phrase is copied from tests/fixtures/, /work/shared/, bench/data/ or
bench/attack/. The look-alikes are words, greetings, slogans, dishes, place names (also in
apposition to a Latin place name), brands in Latin with their name in a script, and whole phrases
in those scripts in a sentence.

``PERSON``: ``(text, name parts that must go)``; ``KEEP``: ``(text, items that must stay)``. The
text path runs ``anonymise_text``, the report path ``anonymise_report`` on a report with the text
as its quotes section. The cases in ``BUILD`` / ``BUILD_KEEP`` also go through a real ``perskamer
build`` of a one-report md workspace; every published file is read (a JSON file's decoded strings
too). Names are compared case-insensitively as whole words, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s26_script_cases.py [--show] [--no-build]``.
"""

from __future__ import annotations

import anonbatch
from anonymise_s16_layout_line_cases import items_lost, names_left, run_section_report, run_text  # noqa: F401 (the tests import them from here)

PERSON: list[tuple[str, list[str]]] = [
    # (1) "<native> / <Latin>" or "<Latin> / <native>" on a card or list line -- 10
    ("Onze namenmuur:\n\nيوسف / Youssef – 15 – Homs – speelt graag voetbal", ["يوسف", "Youssef"]),
    ("Onze namenmuur:\n\nዳዊት / Dawit – 16 – Mekelle – wil kok worden", ["ዳዊት", "Dawit"]),
    ("De kaartjes aan de muur:\n\nזרגונה / Zarghuna – 14\nשקילה / Shakila – 13",
     ["Zarghuna", "Shakila", "זרגונה", "שקילה"]),
    ("Namen op het doek:\n\nزرغونه / Zarghuna – 14 – Herat\nوحید / Wahid – 15 – Kandahar",
     ["زرغونه", "Zarghuna", "وحید", "Wahid"]),
    ("Kaartjes:\n\nNino / ნინო – 12 – Batumi – danst graag", ["Nino", "ნინო"]),
    ("Kaartjes:\n\nΔήμητρα / Dimitra – 17 – Thessaloniki", ["Δήμητρα", "Dimitra"]),
    ("Op de namenmuur hing ook:\n\nप्रिया / Priya – 15 – Pune – tekent manga", ["प्रिया", "Priya"]),
    ("Namenmuur:\n\nสมชาย / Somchai – 16 – Chiang Mai", ["สมชาย", "Somchai"]),
    ("Namenmuur:\n\nArpine / Արփինե – 14 – Gjoemri", ["Arpine", "Արփինե"]),
    ("Namenmuur:\n\nТарас / Taras – 15 – Lviv – speelt bandura", ["Тарас", "Taras"]),
    # (2) in brackets right after the Latin name -- 8
    ("Freweyni (ፍሬወይኒ) vertelde over haar eerste schooldag hier.", ["Freweyni", "ፍሬወይኒ"]),
    ("Gisteren zei Karim (كريم) dat hij terug wil komen.", ["Karim", "كريم"]),
    ("Eitan (איתן) had de muziek gekozen.", ["Eitan", "איתן"]),
    ("Ik sprak met Kavitha (கவிதா) over haar werk in de jeugdraad.", ["Kavitha", "கவிதா"]),
    ("Seoyeon (서연) maakte de affiche.", ["Seoyeon", "서연"]),
    ("Volgens Giorgi (გიორგი) was het te koud.", ["Giorgi", "გიორგი"]),
    ("Tania (তানিয়া) vond het spel te moeilijk.", ["Tania", "তানিয়া"]),
    ("Yui (ゆい) bracht snoep mee uit Osaka.", ["Yui", "ゆい"]),
    # (3) in brackets right before the Latin name -- 6
    ("ليلى (Layla) zegt dat ze zich hier thuis voelt.", ["ليلى", "Layla"]),
    ("Het idee kwam van ተስፋይ (Tesfay), de oudste van de groep.", ["ተስፋይ", "Tesfay"]),
    ("پرستو (Parastoo) speelde piano tijdens de pauze.", ["پرستو", "Parastoo"]),
    ("Νίκος (Nikos) zei: 'we doen het gewoon opnieuw'.", ["Νίκος", "Nikos"]),
    ("अर्जुन (Arjun) leidde het spel.", ["अर्जुन", "Arjun"]),
    ("Дмитро (Dmytro) hielp met de tenten.", ["Дмитро", "Dmytro"]),
    # (4) "<Latin> of <native>" and other apposition in a sentence -- 6
    ("Ze heet Luwam, of ሉዋም in haar eigen schrift.", ["Luwam", "ሉዋም"]),
    ("Salma, in het Arabisch سلمى, schreef haar naam zelf op het bord.", ["Salma", "سلمى"]),
    ("Tamar of תמר, zoals ze zelf schrijft, leidde de workshop.", ["Tamar", "תמר"]),
    ("Hij schrijft zijn naam als Rahul of রাহুল, allebei goed.", ["Rahul", "রাহুল"]),
    ("Nare, geschreven als Նարե, kwam met de trein.", ["Nare", "Նարե"]),
    ("Malee, ofwel มาลี, hielp bij de soep.", ["Malee", "มาลี"]),
    # (5) a transliteration pair on a card/list line without a separator -- 6
    ("Deelnemers:\n- Arun அருண், 16 jaar\n- Kavya காவ்யா, 15 jaar", ["Arun", "அருண்", "Kavya", "காவ்யா"]),
    ("Groep blauw:\n- Omar عمر\n- Nour نور\n- Hiba هبة", ["Omar", "عمر", "Nour", "نور", "Hiba", "هبة"]),
    ("Ploeg 2: Eleni Ελένη, Stavros Σταύρος", ["Eleni", "Ελένη", "Stavros", "Σταύρος"]),
    ("Nieuwe leden:\nJisoo 지수 – 13\nMinho 민호 – 14", ["Jisoo", "지수", "Minho", "민호"]),
    ("Op de lijst: Aram Արամ (14) en Ani Անի (12)", ["Aram", "Արամ", "Ani", "Անի"]),
    ("Kaart 4: Helen ሄለን – 15 – Adigrat", ["Helen", "ሄለን"]),
    # (6) a full name in a non-Latin script next to its transliteration -- 6
    ("Kim Minjun (김민준) kwam als laatste binnen.", ["Kim", "Minjun", "김민준"]),
    ("王芳 / Wang Fang – 16 – Chengdu", ["王芳", "Wang", "Fang"]),
    ("Chen Ming (陈明) vertaalde voor de groep.", ["Chen", "Ming", "陈明"]),
    ("Tanaka Ken (田中 健) bracht origami mee.", ["Tanaka", "Ken", "田中", "健"]),
    ("Yonas Haile (ዮናስ ሃይለ) sprak namens de nieuwkomers.", ["Yonas", "Haile", "ዮናስ", "ሃይለ"]),
    ("Rania Khoury (رانيا خوري) leidde de kookworkshop.", ["Rania", "Khoury", "رانيا", "خوري"]),
    # (7) a native-script name alone in a person slot -- 10
    ("Tekening: ዮርዳኖስ", ["ዮርዳኖስ"]),
    ("Met dank aan سمير, رنا en فادي voor de hapjes.", ["سمير", "رنا", "فادي"]),
    ("Groetjes,\nأمينة", ["أمينة"]),
    ("Mijn buddy heet ሳባ en ze komt uit Keren.", ["ሳባ"]),
    ("Mijn naam is Σοφία en ik ben 15.", ["Σοφία"]),
    ("Namenmuur:\n\nኣብርሃም – 13 – Asmara – speelt gitaar", ["ኣብርሃም"]),
    ("Foto: 美玲", ["美玲"]),
    ("Gemaakt door: ईशा en नील", ["ईशा", "नील"]),
    ("Vrijwilligers van de dag: Ольга, Сергій en Марта", ["Ольга", "Сергій", "Марта"]),
    ("Opgeschreven door נטע", ["נטע"]),
    # (8) a chat line whose sender is in a non-Latin script -- 4
    ("[19:02] حسن: zijn jullie al in de zaal?\n[19:03] Lotte: ja, achteraan", ["حسن"]),
    ("ቢኒያም: ik neem de ballen mee\nSanne: top", ["ቢኒያም"]),
    ("민서: wie heeft de sleutel?\nJoris: ik", ["민서"]),
    ("Ирина: wie brengt de kabels mee?\nWout: ikke", ["Ирина"]),
    # (9) several pairs in one sentence -- 4
    ("Dank aan Samir (سمير) en Mehret (መሓሪት) voor de vertaling.", ["Samir", "سمير", "Mehret", "መሓሪት"]),
    ("Dank aan Yasmin (ياسمين), Ofir (אופיר) en Lina (لينا).",
     ["Yasmin", "ياسمين", "Ofir", "אופיר", "Lina", "لينا"]),
    ("Bilal / بلال en Senait / ሰናይት brachten koffie.", ["Bilal", "بلال", "Senait", "ሰናይት"]),
    ("Met Hyun (현) en Mei (美) aan tafel werd het gezellig.", ["Hyun", "현", "Mei", "美"]),
]

KEEP: list[tuple[str, list[str]]] = [
    # (1) words, greetings and phrases in those scripts in a sentence -- 12
    ("Op het bord stond مرحبا in grote letters.", ["مرحبا"]),
    ("Iedereen leerde ሰላም zeggen, dat betekent hallo.", ["ሰላም"]),
    ("We begonnen met namaste (नमस्ते) en een kringgesprek.", ["नमस्ते"]),
    ("Het woord שלום betekent vrede.", ["שלום"]),
    ("Op de taart stond 생일 축하해 in roze letters.", ["생일", "축하해"]),
    ("We zongen samen Щедрик, een oud lied.", ["Щедрик"]),
    ("Ze leerde ons ευχαριστώ zeggen.", ["ευχαριστώ"]),
    ("Op het spandoek stond 'نحن هنا' (wij zijn hier).", ["نحن", "هنا"]),
    ("Het eerste teken dat we leerden was 水, water.", ["水"]),
    ("Hij schreef გამარჯობა op het bord en niemand kon het lezen.", ["გამარჯობა"]),
    ("We groetten met สวัสดี zoals in Bangkok.", ["สวัสดี"]),
    ("Op de muur: 'Ми разом' en 'Samen sterk'.", ["Ми", "разом", "Samen"]),
    # (2) dishes and things in brackets next to their Latin name -- 6
    ("Er was injera (እንጀራ) met linzen.", ["injera", "እንጀራ"]),
    ("We maakten samen kimchi (김치).", ["kimchi", "김치"]),
    ("Het dessert was baklava (بقلاوة).", ["baklava", "بقلاوة"]),
    ("Voor de lunch: borsjt (борщ) en brood.", ["borsjt", "борщ"]),
    ("Ze vouwden kraanvogels, orizuru (折り鶴), voor het raam.", ["orizuru", "折り鶴"]),
    ("We speelden carrom (कैरम) in de pauze.", ["carrom", "कैरम"]),
    # (3) place names, also in apposition to a Latin place -- 6
    ("De groep reisde naar Tbilisi (თბილისი) in de zomer.", ["Tbilisi", "თბილისი"]),
    ("Ze komt uit Asmara / ኣስመራ.", ["Asmara", "ኣስመራ"]),
    ("Kyiv (Київ) staat op de kaart met een rode stip.", ["Kyiv", "Київ"]),
    ("Ons partnerproject ligt in Jerevan (Երևան).", ["Jerevan", "Երևան"]),
    ("De foto's zijn van Beijing (北京) en Seoul (서울).", ["Beijing", "北京", "Seoul", "서울"]),
    ("Op de kaart stond Αθήνα naast Athene.", ["Αθήνα", "Athene"]),
    # (4) brands and organisations in Latin with their name in a script -- 4
    ("Sponsor: Samsung (삼성) schonk twee tablets.", ["Samsung", "삼성"]),
    ("De minibus was een Toyota (トヨタ).", ["Toyota", "トヨタ"]),
    ("UNICEF (يونيسف) stuurde een brochure.", ["UNICEF", "يونيسف"]),
    ("Er was Coca-Cola (可口可乐) en water.", ["Coca-Cola", "可口可乐"]),
    # (5) script words in a list or card frame that are no persons -- 4
    ("Woorden van de dag:\n- ሰላም (hallo)\n- ኣመሰግናለሁ (dank je)", ["ሰላም", "ኣመሰግናለሁ"]),
    ("Thema: 家 (thuis)", ["家"]),
    ("Op het bord: مدرسة / school", ["مدرسة", "school"]),
    ("Dag van de Moedertaal – شكرا, ευχαριστώ, дякую", ["شكرا", "ευχαριστώ", "дякую"]),
]

CLASSES = "1" * 10 + "2" * 8 + "3" * 6 + "4" * 6 + "5" * 6 + "6" * 6 + "7" * 10 + "8" * 4 + "9" * 4
KEEP_CLASSES = "1" * 12 + "2" * 6 + "3" * 6 + "4" * 4 + "5" * 4

#: Cases also built through ``perskamer build`` (by index).
BUILD = [0, 1, 11, 18, 36, 40, 47, 55]
BUILD_KEEP = [0, 12, 18, 24, 30]

_REPORT = """---
title: "Een avond over nieuwkomers in de jeugdbeweging"
date: 2026-11-21
session: "Ronde 2 - zaal Schelde"
reporter: "Redactie"
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

Een avond over nieuwkomers in de jeugdbeweging en hun namen.

## Interessante quote(s) uit de sessie

{quote}
"""


def run_build(text: str) -> str:
    """Every published file of a one-report md workspace whose quotes answer is ``text``, as one
    text (html entities unescaped, a JSON file's decoded strings too)."""
    return anonbatch.built_text(_REPORT, "001_avond.md", text)


def build_items_lost(text: str, items: list[str]) -> list[str]:
    return anonbatch.build_items_lost(run_build, text, items)


assert len(CLASSES) == len(PERSON), (len(CLASSES), len(PERSON))
assert len(KEEP_CLASSES) == len(KEEP), (len(KEEP_CLASSES), len(KEEP))

if __name__ == "__main__":
    import sys

    anonbatch.score(sys.modules[__name__], show="--show" in sys.argv, build="--no-build" not in sys.argv)
