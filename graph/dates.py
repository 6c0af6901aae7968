"""Dates as people write them in parameters (the web's ?at=/from=/to=, the command line's --at,
--from, --to): one parser, one error that names the parameter, the value and what is wrong, in
Swedish or English. A day is YYYY-MM-DD; a period (the networks' filters) may also be YYYY-MM or
YYYY. Impossible dates (2026-13-45, 2026-02-30) are refused, never read leniently."""

from __future__ import annotations

import datetime as dt
import re

DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
PERIOD_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
NOT_IN_FORM = "not in the form YYYY-MM-DD"
NO_SUCH_DAY = "no such day in the calendar"
_REASON_SV = {NOT_IN_FORM: "inte på formen ÅÅÅÅ-MM-DD", NO_SUCH_DAY: "någon sådan dag finns inte i kalendern"}


class InvalidDate(ValueError):
    """A date parameter that is not a real calendar date (or, for a period, month or year)."""

    def __init__(self, name: str, value: str, reason: str, hint: str = "YYYY-MM-DD") -> None:
        super().__init__(f"{name}={value!r}: {reason}; write it as {hint}")
        self.name, self.value, self.reason = name, value, reason

    @property
    def reason_sv(self) -> str:
        return _REASON_SV.get(self.reason, self.reason)

    def message(self, lang: str) -> str:
        """One sentence for a person, in `lang` (sv or en)."""
        if lang == "en":
            return f"The date {self.name}={self.value!r} cannot be used: {self.reason}. Write it as YYYY-MM-DD."
        return f"Datumet {self.name}={self.value!r} går inte att använda: {self.reason_sv}. Skriv det som ÅÅÅÅ-MM-DD."


def _real(name: str, value: str, year: int, month: int, day: int, hint: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidDate(name, value, NO_SUCH_DAY, hint) from None


def parse_day(value: str, name: str = "at") -> dt.date:
    """A calendar date from `YYYY-MM-DD`; InvalidDate for anything else."""
    m = DAY_RE.match(value.strip())
    if not m:
        raise InvalidDate(name, value, NOT_IN_FORM)
    return _real(name, value, int(m.group(1)), int(m.group(2)), int(m.group(3)), "YYYY-MM-DD")


def check_period(value: str, name: str) -> str:
    """`value` if it is a real day (YYYY-MM-DD), month (YYYY-MM) or year; InvalidDate otherwise."""
    hint = "YYYY-MM-DD (or YYYY-MM, YYYY)"
    m = PERIOD_RE.match(value)
    if not m:
        raise InvalidDate(name, value, NOT_IN_FORM, hint)
    _real(name, value, int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1), hint)
    return value
