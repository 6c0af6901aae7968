"""Round 15 (tuner A): classes of text read for attendance, presenters and reconciliation, with
invented variants the generator does not write and look-alikes that must not be read."""

from __future__ import annotations

from graph.ingest.layout import clean_layout, unquote_mail


def test_a_forwarded_protocol_loses_its_quotation_marks() -> None:
    lines = ["Hej, se nedan.", "", "---- Vidarebefordrat ----", ">> Protokoll", ">> Närvarande:",
             "> > Karin Berg, Nybro kommun", ">Per Ek, Region Kalmar län", ">", "> 1. Mötets öppnande",
             "> Karin Berg öppnade mötet."]
    out = unquote_mail(lines)
    assert len(out) == len(lines)
    assert out[3:7] == ["Protokoll", "Närvarande:", "Karin Berg, Nybro kommun", "Per Ek, Region Kalmar län"]
    assert out[0] == "Hej, se nedan." and out[7] == ""
    assert clean_layout(lines).lines[8] == "1. Mötets öppnande"


def test_a_quoted_line_or_two_keeps_its_marks() -> None:
    lines = ["Protokoll", "Närvarande:", "Karin Berg, Nybro kommun", "> citat ur remissen", "Per Ek",
             "1. Mötets öppnande", "Karin Berg öppnade mötet.", "2. Avslutning", "Mötet avslutades."]
    assert unquote_mail(lines) == lines
    prose = ["Andelen > 50 procent.", "> 3 timmar", "Närvarande", "Karin Berg", "Per Ek", "Ola Ek", "Eva Ek"]
    assert unquote_mail(prose) == prose
