"""Dates as protocols write them (2026-06-05, 5 juni 2026, 05/06/2026, 2026.06.05, 3–4 juni): found and parsed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .extract_text import _OCR_DIGITS

MONTHS = {m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                      "september", "oktober", "november", "december"], 1)}
# the usual short forms ("13 feb 2031", "13 febr. 2031", "1 sept."); "mar" is left out (a word of its own)
_SHORT_MONTHS = {"jan": 1, "feb": 2, "febr": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "okt": 10, "nov": 11, "dec": 12}
# a month's name as OCR writes it, "rn" for "m" ("rnars", "rnaj", "decernber"): generated from the names
_OCR_MONTHS = {name.replace("m", "rn"): i for name, i in MONTHS.items() if "m" in name}
# (or a digit for a letter, "apri1", "ju1i", "okt0ber")
_OCR_MONTHS |= {name.replace("l", "1").replace("o", "0"): i for name, i in MONTHS.items() if "l" in name or "o" in name}
_MONTH_WORD = "|".join([*MONTHS, *_OCR_MONTHS]) + "|" + r"\.?|".join(sorted(_SHORT_MONTHS, key=len, reverse=True)) \
    + r"\.?"

_DAY_RANGE = re.compile(r"(?<![\d-])(\d{1,2})\s*[–—-]\s*\d{1,2}(?=\s+(?:" + "|".join(MONTHS) + r")\b)", re.I)

# "5 juni 2026", "13:e februari 2031" (an ordinal), "13 feb. 2031", "den 16 i september 2042" ("i" before the
# month, not after a week's number: "vecka 16 i september" is no date)
# (the ordinal's ending also without its colon, "4e mars"; a comma before the year, "4 mars, 2030"; the ordinal's
# stop, "21. januari 2036")
_DATE_RE = re.compile(r"(?<!vecka )(?<!v\. )(?<!\bv )(?<!§ )(?<!§)\b(\d{1,2})(?::?[ae]|\.)?\s+(?:i\s+)?(" + _MONTH_WORD
                      + r")(?![\wåäö])(?:,?\s+(?:år\s+)?(\d{4})\b)?", re.I)

# the year first, a comma, then the day and month ("2095, 4 mars Fritidsgården"): the day the month's words give
_YEAR_FIRST_RE = re.compile(r"\b((?:19|20)\d\d),\s+(\d{1,2})\.?\s+(" + _MONTH_WORD + r")(?![\wåäö])", re.I)

# "mar" (short for "mars") only before a year: alone it is a word of its own
_MAR_RE = re.compile(r"\b(\d{1,2})(?::[ae])?\s+mar\.?\s+((?:19|20)\d\d)\b", re.I)

_ISO_RE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
# the same with a month or day of one digit ("2051-3-8") or a non-breaking hyphen ("2051‑03‑08"), not inside a longer
# run of numbers
_ISO_LOOSE_RE = re.compile(r"(?<![\d/.-])\b(20\d\d|19\d\d)([-‑])(\d{1,2})\2(\d{1,2})\b(?![-‑/.]?\d)")

# year, month and day run together ("20890525", "Protokollet från 20890316"), a year near the document's own where
# that is known: not inside a longer run of numbers
# (or the first of two so written, a meeting of two days: "Datum: 20410911-20410912")
_COMPACT_ISO = re.compile(r"(?<![\d/.§,-])(?<!§ )(?<!\d )\b((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b"
                          r"(?![/.,-]?\d(?<![-–]\d(?=\d{3}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b)))")

# (or after a meeting's own number: "Kortfattat från nätverksträff 1 20990211", "Möte nr 3 20990415")
_COMPACT_AFTER_NUMBER = re.compile(r"(?:träff|möte|mötet|sammanträde|nr)\s+\d{1,2}\s+((?:19|20)\d\d)(0[1-9]|1[0-2])"
                                   r"(0[1-9]|[12]\d|3[01])\b(?![/.,-]?\d)", re.I)

# the same with the year in two digits ("Kalmar 930421 kl 13.00", "Nästa möte 930915"), read only where the year is
# the document's own or next to it, with a time after it or a meeting's word before it (six digits are as often a
# number of another kind)
_COMPACT_SHORT = re.compile(r"(?<![\d/.§,-])(?<!§ )(?<!\d )\b(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b"
                            r"(?![/.,-]?\d)(?!\s*(?:kr|kronor|sek|tkr|st)\b)")

# the same with a stray space by a dash ("2041-02 -24", "2041 -02-24", a template's or a scan's): month and day in two
# digits each, not inside a longer run of numbers nor before more of them
_ISO_SPACED_RE = re.compile(r"(?<![\d/.-])(?<!\d )\b(20\d\d|19\d\d) ?- ?(0[1-9]|1[0-2]) ?- ?(0[1-9]|[12]\d|3[01])\b"
                            r"(?![-/.]?\d)")
_ISO_OTHER_RE = re.compile(r"\b(20\d\d|19\d\d)([./])(\d\d)\2(\d\d)\b(?![.,]\d)")   # 2026.06.05, 2026/06/05
# the same parted by single spaces ("Dag: 2070 05 13"), month and day in two digits each: no amount, whose groups of
# digits are three
_ISO_OTHER_RE_SPACED = re.compile(r"(?<!\d)(?<!\d )\b(20\d\d|19\d\d)( )(0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])\b"
                                  r"(?! ?\d)")

# 05/06/2026, 05.06.2026, 5/6 2026, 5/6-2026, "den 7/10 2037" (day/month, then the year); not paragraphs
# ("§ 3/4 2037", "§§ 3/4") nor a fraction without a year ("1/2")
NOT_A_PARAGRAPH = r"(?<![\d/.§])(?<!§ )"  # a date's start: not inside a number or after a paragraph sign
# (the month's stop and a space before the year too, "11.4. 2074")
# (or a dash with spaces before the year, "10/6 – 2094")
# (a comma before the year too, "19/1, 2033", as a web page's minutes date themselves)
_NUMERIC_DATE_RE = re.compile(NOT_A_PARAGRAPH + r"(\d{1,2})[/.](\d{1,2})(?:[/.-] ?|\s+[–—-]\s+|\s+|, ?)"
                              r"((?:19|20)\d\d)\b")
# day, month and year parted by dashes ("20-04-2044", "5-6-2031"): the year last, in four digits; not inside a
# longer run of numbers ("0480-12-2044", "12-04-2045-3")
_DASHED_DATE_RE = re.compile(r"(?<![\d/.§-])(?<!§ )(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b(?!-\d)")
# a day and a month without the year ("16/5", "tisd. 16/5, kl. 10"): not a paragraph's, not a fraction inside a
# number, not before a year (then a full date)
YEARLESS_NUMERIC = re.compile(NOT_A_PARAGRAPH + r"(\d{1,2})/(\d{1,2})(?![\d/])(?![.,-]?\s*(?:19|20)\d\d\b)")
# year, month and day in two digits each, parted by single spaces or dashes ("73 06 08", "73-06-08", as some
# secretaries date their protocols): not inside a longer run of numbers (a telephone number's "0480-45 06 08")
# (or with stops, "83.01.19", only where the year is the document's own or next to it: "14.11.21" is as often day,
# month and year)
_SHORT_ISO = re.compile(r"(?<![\d/.§-])(?<!§ )(?<!\d )(\d\d)([ .-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])"
                        r"(?![\d-]|[ .,]\d)")
_DAY_MONTH_SHORT_YEAR = re.compile(NOT_A_PARAGRAPH + r"(\d{1,2})/(\d{1,2})-(\d\d)(?![\d/,-]|[.,]\d)")
# the year in two digits after a dash or an apostrophe ("14 maj -42", "14 maj '42", "3/2 -42"): not a range's
# end ("3 maj -15 juni", "3 maj - 15.00") nor a number running on
_SHORT_YEAR = re.compile(NOT_A_PARAGRAPH + r"(\d{1,2})(?::[ae])?(?:\s+(" + _MONTH_WORD + r")|/(\d{1,2}))(?![\wåäö])"
                         r"\s+[-'’´](\d\d)(?!\d|[.,:]\d)(?!\s*(?:[-–—]|" + "|".join(MONTHS) + r"))", re.I)


# the year a document's full dates are mostly in, while it is read (`years_near`): a year written in two digits is
# read in the century nearest it
_NEAR_YEAR: ContextVar[int | None] = ContextVar("near_year", default=None)


@contextmanager
def years_near(year: int | None) -> Iterator[None]:
    """Read two-digit years ("73 06 08", "11/6-69", "-42") in the century nearest `year` (the document's own years)
    while the block runs; None: `full_year`'s pivot."""
    token = _NEAR_YEAR.set(year)
    try:
        yield
    finally:
        _NEAR_YEAR.reset(token)


def common_year(text: str) -> int | None:
    """The year a text's four-digit years (1900-2099, not inside a longer number) are most often: what its two-digit
    years are read near."""
    years = [int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d)", text)]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def full_year(yy: int) -> int:
    """The year a two-digit year is in a protocol ("-42", "420304"): in the century nearest the document's own years
    while it is read (`years_near`); else this century below 70, the last one from 70."""
    near = _NEAR_YEAR.get()
    if near is not None:
        return min((c + yy for c in (1900, 2000, 2100)), key=lambda y: abs(y - near))
    return (2000 if yy < 70 else 1900) + yy


# the day as an ordinal word ("den tolfte februari 2043", "fjortonde oktober 2043", "den tjugoförsta maj"): after
# "den" or with the year after it (not "andra maj-mötet" alone, "vecka tolv")
_ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
             "elfte", "tolfte", "trettonde", "fjortonde", "femtonde", "sextonde", "sjuttonde", "artonde", "nittonde",
             "tjugonde"] + [f"tjugo{w}" for w in ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde",
                                                  "åttonde", "nionde"]] + ["trettionde", "trettioförsta"]
_ORDINAL_DAY = {w: i for i, w in enumerate(_ORDINALS, 1)}
_ORDINAL_DATE_RE = re.compile(r"\b(" + "|".join(sorted(_ORDINALS, key=len, reverse=True))
                              + r")\s+(" + "|".join(MONTHS) + r")(?![\wåäö])(?:\s+(\d{4})\b)?", re.I)

# a number OCR wrote with a letter for a digit ("2O31", "2031-O2-13"): digits and O / l / I, no fewer digits than
# letters and at least two; a day of one digit and one such letter before a month ("l3 februari")
_OCR_NUMBER = re.compile(r"(?<![\w-])[\dOlI]{2,4}(?:-[\dOlI]{2}){0,2}(?![\w-])")
_OCR_DAY = re.compile(r"(?<![\w-])[\dOlI]{2}(?=(?::[ae])?\s+(?:" + _MONTH_WORD + r")(?![\wåäö]))", re.I)


def _digits(m: re.Match[str]) -> str:
    token = m.group(0)
    digits = sum(ch.isdigit() for ch in token)
    return token.translate(_OCR_DIGITS) if digits >= 2 and digits >= len(token.replace("-", "")) - digits else token


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return MONTHS.get(word) or _SHORT_MONTHS.get(word) or _OCR_MONTHS.get(word)


def _date_mentions(text: str) -> list[tuple[int, int, int, int | None, str]]:
    """Every date a sentence gives: (position, day, month, year or None, as written), in order; a number
    OCR wrote with a letter for a digit is read as that digit ("13 februari 2O31")."""
    found: list[tuple[int, int, int, int | None, str]] = []
    # the same length: the positions hold
    text = _OCR_NUMBER.sub(_digits, text)
    text = _OCR_DAY.sub(lambda m: m.group(0).translate(_OCR_DIGITS) if re.search(r"\d", m.group(0)) else m.group(0),
                        text)
    text = _DAY_RANGE.sub(r"\1", text)     # "5–6 juni 2026": the first day
    short = {}
    for m in _SHORT_YEAR.finditer(text):
        month = _month(m.group(2)) if m.group(2) else int(m.group(3))
        yy = int(m.group(4))
        if month:
            short[m.start()] = (m.start(), int(m.group(1)), month, full_year(yy), m.group(0))
    # (a day and month in digits with the year's two digits after a dash, no space: "11/6-69", "30/11-69")
    for m in _DAY_MONTH_SHORT_YEAR.finditer(text):
        if m.start() not in short and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            short[m.start()] = (m.start(), int(m.group(1)), int(m.group(2)), full_year(int(m.group(3))), m.group(0))
    for m in _SHORT_ISO.finditer(text):
        if m.group(2) == "." and ((near := _NEAR_YEAR.get()) is None or abs(full_year(int(m.group(1))) - near) > 1):
            continue
        if m.start() not in short:
            short[m.start()] = (m.start(), int(m.group(4)), int(m.group(3)), full_year(int(m.group(1))), m.group(0))
    found.extend(short.values())
    for m in _DATE_RE.finditer(text):
        month = _month(m.group(2))
        if month and m.start() not in short:
            found.append((m.start(), int(m.group(1)), month, int(m.group(3)) if m.group(3) else None, m.group(0)))
    for m in _YEAR_FIRST_RE.finditer(text):
        if month := _month(m.group(3)):
            found.append((m.start(), int(m.group(2)), month, int(m.group(1)), m.group(0)))
    for m in _MAR_RE.finditer(text):        # "4 mar 2030": the short form of "mars" with its year only
        found.append((m.start(), int(m.group(1)), 3, int(m.group(2)), m.group(0)))
    for m in _ORDINAL_DATE_RE.finditer(text):
        after_den = re.search(r"\bden\s+$", text[:m.start()], re.I) is not None
        if (after_den or m.group(3)) and (month := _month(m.group(2))):
            found.append((m.start(), _ORDINAL_DAY[m.group(1).lower()], month, int(m.group(3)) if m.group(3) else None,
                          m.group(0)))
    for m in _ISO_RE.finditer(text):
        found.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0)))
    for m in _ISO_SPACED_RE.finditer(text):
        if " " in m.group(0):
            found.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0)))
    for m in _ISO_LOOSE_RE.finditer(text):
        # (a diary number has the shape: "Dnr 2030-3-4")
        if re.search(r"(?:dnr|diarienr|diarienummer|ärendenr|arendenr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,5}\s+)?$",
                     text[max(0, m.start() - 24):m.start()], re.I):
            continue
        if not _ISO_RE.match(text, m.start()) and 1 <= int(m.group(3)) <= 12 and 1 <= int(m.group(4)) <= 31:
            found.append((m.start(), int(m.group(4)), int(m.group(3)), int(m.group(1)), m.group(0)))
    for m in _COMPACT_AFTER_NUMBER.finditer(text):      # ("Kortfattat från nätverksträff 1 20990211")
        found.append((m.start(1), int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0)))
    for m in _COMPACT_ISO.finditer(text):
        # (a diary or telephone number has the shape: "Dnr: 20310304", "Telefon: 0480 20310304")
        if re.search(r"(?:dnr|diarienr|diarienummer|ärendenr|arendenr|tel|telefon|mobil|nr)\.?\s*:?\s*$",
                     text[max(0, m.start() - 16):m.start()], re.I):
            continue
        if (near := _NEAR_YEAR.get()) is None or abs(int(m.group(1)) - near) <= 1:
            found.append((m.start(), int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0)))
    for m in _COMPACT_SHORT.finditer(text):
        # (only with a time after it or a meeting's word before it: six digits alone are as often a number, a room's
        # or a telephone's, "Datum: 310304 rum 4")
        if not re.match(r"\s*(?:kl\.?|klockan)\s*\d", text[m.end():]) and not re.search(
                r"\b(?:möte|mötet|sammanträde|sammanträdet|protokoll|protokollet|träff|träffen)\s+(?:från\s+|den\s+)?$",
                text[max(0, m.start() - 30):m.start()], re.I):
            continue
        if (near := _NEAR_YEAR.get()) is not None and abs(full_year(int(m.group(1))) - near) <= 1:
            found.append((m.start(), int(m.group(3)), int(m.group(2)), full_year(int(m.group(1))), m.group(0)))
    for m in [*_ISO_OTHER_RE.finditer(text), *_ISO_OTHER_RE_SPACED.finditer(text)]:
        found.append((m.start(), int(m.group(4)), int(m.group(3)), int(m.group(1)), m.group(0)))
    for m in _NUMERIC_DATE_RE.finditer(text):
        found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(0)))
    for m in _DASHED_DATE_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            found.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(0)))
    return sorted(found)


def valid_date(year: int, month: int, day: int) -> str | None:
    """The ISO date of a year, month and day, or None where the calendar has no such day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse_date(text: str, default_year: int | None) -> str | None:
    """The first valid date a text gives: ISO (2026-06-05, also "2026-06-05 kl. 09.00"), "5 juni 2026"
    (the year from `default_year` when the text has none), or numeric in Swedish day/month order
    (05/06/2026, 05.06.2026, 5/6 2026)."""
    for _at, day, month, year, _written in _date_mentions(text):
        if (iso := valid_date(year or default_year or 0, month, day)):
            return iso
    return None
