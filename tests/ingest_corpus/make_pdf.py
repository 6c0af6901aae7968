"""Make the corpus's PDF documents from <part>/originals/*.txt, deterministically (fpdf2, core font).

Run from the repository: `.venv/bin/python tests/ingest_corpus/make_pdf.py [PART ...]` (default: every
part; name a part, e.g. `fresh`, to remake only its PDFs). The answer key's
line numbers refer to the PDF's text layer as `samverkan ingest` reads it (pypdf), which is kept
as <part>/sources/<name>.txt (written by this script from the PDF, not from the original text).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from graph.ingest.reading import read_document  # noqa: E402


class _Protocol(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 10, f"{self.footer_text} - sida {self.page_no()}", align="C")


def make(original: Path, pdf: Path, footer: str, lines_per_page: int) -> None:
    doc = _Protocol(footer)
    doc.set_creation_date(datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC))
    doc.set_auto_page_break(False)
    doc.set_font("Helvetica", size=11)
    for i, line in enumerate(original.read_text(encoding="utf-8").split("\n")):
        if i % lines_per_page == 0:
            doc.add_page()
        doc.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    doc.output(str(pdf))


# per document: the page footer and how many lines of the original go on a page
LAYOUT = {
    "2081-02-13-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll nr 1/2081 (2081-02-13)", 33),
    "2078-05-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i Kalmar län, avskrift från protokollsboken 12 maj 2078", 24),
    "2067-03-15-protokoll-socialnamndens-au-hultsfred": (
        "Hultsfreds kommun, Socialnämndens arbetsutskott, protokoll 2067-03-15", 18),
    "2062-05-17-protokoll-beredningsgruppen-kompetensteam": (
        "Beredningsgruppen för kompetensteamet mot hedersrelaterat våld och förtryck, protokoll 2062-05-17", 26),
    "2064-02-14-motesprotokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, mötesprotokoll 2064-02-14", 14),
    "2061-05-11-protokoll-beredningsgruppen-srh": (
        "Beredningsgruppen för sexuell och reproduktiv hälsa, protokoll 110511", 32),
    "2060-09-17-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 17 september 2060", 26),
    "2056-09-14-protokoll-beredningsgruppen-utskrivning": (
        "Beredningsgruppen för utskrivning och SIP, protokoll 14 september 2056", 23),
    "2049-03-19-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 2049-03-19", 32),
    "2037-02-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, sammanträdesprotokoll 2037-02-12", 28),
    "2036-05-28-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 28 maj 2036", 37),
    "2034-03-10-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, protokoll fört vid sammanträde 10 mars 2034", 16),
    "2031-09-26-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 26 september 2031", 17),
    "2033-09-29-protokoll-presidiekonferens-unga-och-brott": (
        "Gemensam presidiekonferens, konferensprotokoll 2033-09-29", 12),
    "2032-03-17-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, sammanträde 17 mars 2032", 20),
    "2033-03-17-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, sammanträdesprotokoll 2033-03-17", 19),
    "2096-03-20-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, sammanträdesprotokoll 1-2096 (2096-03-20)", 22),
    "2090-03-14-protokoll-hjalpmedelsnamnden": (
        "Gemensamma hjälpmedelsnämnden i Kalmar län, protokoll 14.3.2090", 22),
    "2078-11-16-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 16-17 november 2078", 31),
    "2075-04-10-protokoll-e-halsoradet": ("E-hälsorådet i Kalmar län, protokoll 2075-04-10", 24),
    "2075-09-26-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, konferensprotokoll 2075-09-26", 24),
    "2076-04-08-protokoll-lakemedelsberedskapsgruppen": (
        "Region Kalmar län, Läkemedelsberedskapsgruppen, protokoll nr 2/76", 26),
    "2077-04-16-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll fört vid sammanträdet 2077-04-16", 11),
    "2076-02-13-protokoll-lansgemensam-ledning-hemloshet": (
        "Länsgemensam ledning, protokoll sammanträde 13:e februari 2076", 26),
    "2072-05-05-protokoll-styrgrupp-barn-och-unga": (
        "Styrgrupp samverkan barn och unga, protokoll Dnr LGL 2072/19", 22),
    "2071-02-17-protokoll-styrgrupp-nara-vard": (
        "Länsgemensam styrgrupp för Nära vård, sammanträdesprotokoll 2071-02-17", 26),
    "2068-04-13-protokoll-lansgemensam-ledning": ("Länsgemensam ledning, sammanträdesprotokoll 2068-04-13", 28),
    "2065-05-12-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, sammanträdesprotokoll 2065-05-12", 24),
    "2066-05-13-minnesanteckningar-styrgrupp-utskrivning": (
        "Mötesanteckningar styrgruppen för trygg och effektiv utskrivning 2066-05-13", 24),
    "2064-02-13-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, sammanträdesprotokoll 2064-02-13", 23),
    "2062-04-07-protokoll-patientnamnden": ("Patientnämnden, protokoll 2062:2 (2062-04-07)", 22),
    "2061-04-13-protokoll-samverkansomradesgrupp-folkhalsa": (
        "Samverkansområdesgrupp Folkhälsa, sammanträdesprotokoll nr 2 2061-04-13", 22),
    "2059-02-10-protokoll-samverkansomradesgrupp-folkhalsa": (
        "Samverkansområdesgrupp Folkhälsa, protokoll 2059-02-10", 20),
    "2026-11-13-protokoll-presidiekonferens": ("Gemensam presidiekonferens, protokoll", 15),
    "2027-03-12-protokoll-samordnande-grupp-aldre": ("Samordnande grupp Äldre 2027-03-12", 12),
    "2027-12-10-protokoll-lansgemensam-ledning": ("Länsgemensam ledning, protokoll 10/12/2027", 11),
    "2028-10-19-protokoll-samordnande-grupp-halsa-vard-och-omsorg": (
        "Samordnande grupp Hälsa, vård och omsorg - protokoll 19 oktober 2028", 14),
    "2029-03-08-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, protokoll 2029-03-08", 13),
    "2030-03-14-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 14 mars 2030", 14),
    "2031-03-13-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, protokoll 2031-03-13", 12),
    "2032-04-15-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa - protokoll 2032-04-15", 14),
    "2033-05-12-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll den 12 maj 2033", 13),
    "2034-03-16-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, protokoll nr 2/2034 (16/03/2034)", 13),
    "2035-05-03-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 3 maj 2035", 12),
    "2036-04-16-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll nr 3/2036", 12),
    "2037-04-08-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa - protokoll 8 april 2037", 13),
    "2038-04-13-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 13/04/2038", 12),
    "2039-04-12-protokoll-samordnande-grupp-aldre": (
        "Samordnande grupp Äldre - protokoll 12 april 2039", 12),
    "2040-04-18-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll den 18:e april 2040", 13),
    "2041-03-13-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa | protokoll 2041-03-13", 32),
    "2042-03-12-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll onsdag 2042-03-12", 12),
    "2043-03-16-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2043-03-16", 24),
    "2044-03-16-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2044.03.16", 21),
    "2045-03-15-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2045-03-15", 16),
    "2046-06-11-protokoll-samverkansomradesgrupp-brukarmedverkan": (
        "Samverkansområdesgrupp Brukarmedverkan, protokoll 2046-06-11", 21),
    "2047-04-16-protokoll-beredningen": ("Beredningen, protokoll 2047-04-16", 24),
    "2048-04-08-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2048.04.08", 25),
    "2049-05-12-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2049-05-12", 14),
    "2050-06-09-protokoll-samverkansomradesgrupp-brukarmedverkan": (
        "Samverkansområdesgrupp Brukarmedverkan, protokoll 2050-06-09", 32),
    "2052-03-05-minnesanteckningar-presidiemote": (
        "Presidiemöte, minnesanteckningar 05.03.2052", 16),
    "2052-05-21-minnesanteckningar-presidiemote": (
        "Presidiemöte, minnesanteckningar 21.05.2052", 16),
    "2051-04-19-protokoll-beredningen": ("Beredningen, protokoll 2051-04-19", 23),
    "2054-03-05-minnesanteckningar-samordnande-grupp-psykisk-halsa": (
        "Minnesanteckningar, samordnande grupp Psykisk hälsa", 25),
    "2054-05-07-minnesanteckningar-samordnande-grupp-psykisk-halsa": (
        "Minnesanteckningar, samordnande grupp Psykisk hälsa", 25),
    "2053-02-07-protokoll-lansgemensam-ledning": ("Länsgemensam ledning, protokoll 2053-02-07", 38),
    "2053-04-08-protokoll-lansgemensam-ledning": ("Länsgemensam ledning, protokoll 2053-04-08", 38),
    "2056-02-16-protokoll-presidiekonferens": ("Gemensam presidiekonferens, sammanträdesprotokoll 2056-02-16", 18),
    "2055-05-19-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, sammanträdesprotokoll 2055-05-19", 16),
    "2058-04-03-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa  Protokoll  Sammanträdesdatum 2058-04-03", 17),
    "2057-04-25-protokoll-presidiemote": (
        "Presidiemöte, Länsgemensam ledning i samverkan - protokoll 2057-04-25", 15),
    "2060-06-11-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 11 juni 2060", 14),
    "2061-05-19-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2061-05-19", 16),
    "2062-04-21-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens  Sammanträdesprotokoll  2062-04-21", 19),
    "2063-06-12-protokoll-forbundsstyrelse": (
        "Samordningsförbundet i Kalmar län, förbundsstyrelsen, protokoll 3/2063", 23),
    "2067-04-14-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens  Protokoll  Sammanträdesdatum 2067-04-14", 18),
    "2069-06-18-protokoll-vard-och-omsorgsnamnden-morbylanga": (
        "Vård- och omsorgsnämnden, Mörbylånga kommun, sammanträdesprotokoll 2069-06-18", 24),
    "2070-05-13-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, protokoll 2070 05 13", 17),
    "2074-06-06-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, årsprotokoll 6.6.2074", 18),
    "2073-05-18-protokoll-socialnamndens-arbetsutskott-hultsfred": (
        "Socialnämndens arbetsutskott, Hultsfreds kommun, protokoll 2073-05-18", 22),
    "2079-05-08-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, sammanträdesprotokoll 2079:3", 26),
    "2077-04-16-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 2077-04-16 i Vimmerby", 23),
    "2080-09-10-protokoll-samverkansteamet-nybro": (
        "Samverkansteamet Nybro, protokoll teammöte 2080-09-10", 29),
    "2083-03-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, protokoll nr 2 2083 (12 mars 2083)", 16),
    "2083-02-09-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll från sammanträde 1/2083 (9 februari 2083)", 20),
    "2084-10-09-protokoll-arbetsgrupp-introduktion": (
        "Arbetsgruppen för introduktion och kompetensstege, arbetsgruppsmöte nr 6 2084", 10),
    "2081-05-21-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens 2081, protokoll 21 maj 2081", 33),
    "2082-11-20-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, Länsgemensam ledning i samverkan, 20 november 2082", 28),
    "2085-04-17-protokoll-demensnatverket": (
        "Demensnätverket i Kalmar län, protokoll nr 2 (85-2)", 18),
    "2088-05-05-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 5 maj 2088 i Vimmerby", 35),
    "2087-05-19-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 2087-05-19, Kalmarsalen", 15),
    "2087-09-24-protokoll-presidiekonferens-stroke": (
        "Gemensam presidiekonferens 2087, Utskriftsdatum: 2087-10-02", 13),
    "2086-11-20-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, protokoll 20 november 2086, Stadshotellet Vimmerby", 41),
    "2089-03-10-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, sammanträdesprotokoll 2089-03-10, §§ 9-16", 22),
    "2092-05-07-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning 7 maj 2092, Protokoll", 26),
    "2091-04-11-protokoll-vard-och-omsorgsnamndens-au-vastervik": (
        "Vård- och omsorgsnämndens arbetsutskott, Västerviks kommun, protokoll 2091-04-11", 45),
    "2093-05-15-protokoll-presidiekonferens": (
        "Länsgemensam ledning i samverkan, protokoll från presidiekonferens 2093-05-15", 23),
    "2095-09-15-protokoll-dietistnatverket": (
        "Dietistnätverket i Kalmar län, protokoll 3 2095", 35),
    "2094-05-20-protokoll-presidiekonferens": (
        "Länsgemensam ledning i samverkan, gemensam presidiekonferens - protokoll", 12),
    "2099-10-14-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i Kalmar län, protokoll nr 5/2099", 14),
    "2099-05-06-protokoll-styrgrupp-ungdomsmottagningarna": (
        "Styrgruppen för ungdomsmottagningarna i Kalmar län, protokoll nr 31/2098-2099:4", 27),
    "2098-10-22-protokoll-arbetsgruppen-digitala-vardmoten": (
        "Region Kalmar län, Arbetsgruppen för digitala vårdmöten, protokoll 4/2098", 37),
    "2097-04-16-protokoll-forbundsstyrelsen-samordningsforbundet": (
        "Samordningsförbundet Kalmar län, Förbundsstyrelsen, protokoll 2097-04-16", 24),
    "2036-12-09-protokoll-referensgrupp-skyddat-boende": (
        "Referensgruppen för skyddat boende i Kalmar län, mötesprotokoll 2036-12-09", 26),
    "2035-05-24-protokoll-samordnande-grupp-barn-och-unga-lss": (
        "Samordnande grupp Barn och unga, protokoll nr 3/35 (24 maj 2035)", 13),
    "2039-10-19-protokoll-ledningsgruppen-primarvardsomrade-norra": (
        "Region Kalmar län, Primärvårdsområde Norra, ledningsgruppen, protokoll 19 oktober 2039", 30),
    "2039-04-25-protokoll-presidiekonferens-elevhalsa": (
        "Gemensam presidiekonferens, protokoll fört den 25 april 2039", 20),
    "2038-05-11-protokoll-geriatriska-klinikens-ledningsgrupp": (
        "Geriatriska kliniken, Region Kalmar län, ledningsgruppsmöte 2038-05-11", 20),
    "2040-04-13-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, protokoll fört vid sammanträde 13 april 2040", 29),
    "2041-05-16-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens, mötesprotokoll 16 maj 2041", 9),
    "2042-04-23-protokoll-presidiekonferens": (
        "Länsgemensam ledning i samverkan, gemensam presidiekonferens, protokoll 2042-04-23", 11),
    "2043-05-14-protokoll-styrgruppen-samordnad-habilitering": (
        "Styrgruppen för samordnad habilitering barn och unga, protokoll 2043-05-14", 10),
    "2044-02-05-minnesanteckningar-presidiekonferens": (
        "Gemensam presidiekonferens, sammanfattning 5 februari 2044", 30),
    "2045-06-14-protokoll-beredningsgruppen-glesbygd": (
        "Beredningsgruppen för hemsjukvård och hemtjänst i glesbygd, protokoll möte 3/2045", 21),
    "2047-02-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, sammanträde 12 februari 2047", 12),
    "2048-10-06-protokoll-arbetsgrupp-demensteam": (
        "Arbetsgruppen för demensteam, protokoll 2048-10-06", 29),
    "2046-11-13-protokoll-presidiekonferens-suicidprevention": (
        "Länsgemensam ledning i samverkan, nyheter: Gemensam presidiekonferens 2046-11-13", 21),
    "2050-03-18-protokoll-presidiekonferens-samsjuklighet": (
        "Gemensam presidiekonferens, protokoll fört 2050-03-18", 8),
    "2052-02-16-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, sammanträdesprotokoll 16/2 2052", 26),
    "2051-05-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, PROTOKOLL Nr. 3/51 (12.5.2051)", 14),
    "2053-05-23-minnesanteckningar-presidiekonferens-nara-vard": (
        "Nyhetsbrev från Länsgemensam ledning i samverkan, nr 3/2053", 19),
    "2055-02-11-protokoll-lansgemensam-ledning": (
        "LGL - ordinarie sammanträde med Länsgemensam ledning 11.02.2055", 14),
    "2054-02-06-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, sammanträden 6 februari 2054", 22),
    "2058-02-07-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll 1/2058 (2058-02-07)", 27),
    "2057-05-18-protokoll-presidiekonferens": (
        "Länsgemensam ledning i samverkan, nyheter: gemensam presidiekonferens 18 maj 2057", 24),
    "2059-02-12-protokoll-omsorgsnamndens-au-vastervik": (
        "Västerviks kommun, nyheter: Omsorgsnämndens arbetsutskott 2059-02-12", 22),
    "2063-10-05-minnesanteckningar-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan informerar, oktober 2063", 16),
    "2066-03-12-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning, protokoll sammanträde 2/2066 (12 mars 2066)", 20),
    "2068-05-16-protokoll-styrgruppen-lakemedelsgenomgangar": (
        "Styrgruppen för läkemedelsgenomgångar i Kalmar län, protokoll 2068maj16", 25),
    "2065-10-09-protokoll-presidiekonferens": (
        "Länsgemensam ledning i samverkan, protokoll gemensam presidiekonferens 9 oktober 2065", 12),
    "2069-02-14-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, PROTOKOLL LGL 2/2069 (2069-02-14)", 12),
    "2071-02-12-protokoll-lansgemensam-ledning-tobak": (
        "Länsgemensam ledning, Protokoll LGL 1/2071 (sammanträde 2071-02-12)", 28),
    "2070-04-22-protokoll-vard-och-omsorgsnamndens-au-monsteras": (
        "Mönsterås kommun, Vård- och omsorgsnämndens arbetsutskott, protokoll 2070-04-22", 11),
    "2072-05-24-protokoll-beredningsgruppen-patientsakerhet": (
        "Beredningsgruppen för patientsäkerhet i samverkan, PROTOKOLL 2/2072 (24.5.2072)", 12),
    "2073-02-10-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll 10/2 2073", 23),
    "2074-06-05-protokoll-styrgruppen-for-traffpunkter": (
        "Styrgruppen för träffpunkter i Kalmar län, protokollnr1 (2074-06-05)", 30),
    "2080-01-16-protokoll-lansgemensam-ledning": (
        "Länsgemensam ledning i samverkan, protokoll sammanträde numero ett 16/1 2080", 14),
    "2079-04-20-protokoll-presidiekonferens-nutrition": (
        "Gemensam presidiekonferens, protokoll fredagen den 20 april 2079", 12),
    "2082-04-24-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens 2082, Protokoll 1 (Kalmar 24 april 2082)", 14),
    "2085-06-07-protokoll-styrgruppen-familjehemsvard": (
        "Styrgruppen för familjehemsvård i Kalmar län, styrgruppsmöte §214-225 (7 juni 2085)", 15),
    "2084-05-21-minnesanteckningar-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, minnesanteckningar temamöte 21/5 2084", 37),
    "2086-05-22-protokoll-presidiekonferens-digital-delaktighet": (
        "Gemensam presidiekonferens, PROTOKOLL 2086-05-22 (Kalmarsalen)", 17),
    "2089-02-10-protokoll-lansgemensam-ledning-egenvard": (
        "Länsgemensam ledning i samverkan, protokoll 2089-02-10", 26),
    "2090-03-18-protokoll-samordnande-grupp-barn-och-unga": (
        "Samordnande grupp Barn och unga, protokoll den 18 mars 2090", 26),
    "2091-05-25-protokoll-lansgemensam-ledning-kol": (
        "Länsgemensam ledning i samverkan, protokoll sammanträde 2091-05-25", 14),
    "2092-09-10-protokoll-styrgruppen-npf-vuxna": (
        "Styrgruppen för NPF-utredning av vuxna i Kalmar län, protokoll styrgruppsmöte 10 september 2092", 18),
    "2088-03-18-protokoll-presidiekonferens-barnfattigdom": (
        "Gemensam presidiekonferens, protokoll 18.03.2088 (barnfattigdom och försörjningsstöd)", 15),
    "2094-05-19-protokoll-presidiekonferens": (
        "Gemensam presidiekonferens 19 maj 2094, akut omhändertagande i hemmet", 13),
    "2095-04-22-protokoll-lansgemensam-ledning-unga-och-brott": (
        "Länsgemensam ledning, protokoll fört vid sammanträde den 22 april 2095", 12),
    "2093-09-22-protokoll-presidiekonferens-atstorningar": (
        "Gemensam presidiekonferens 22 september 2093, ätstörningar bland barn och unga", 10),
    "2096-04-19-protokoll-samordnande-grupp-psykisk-halsa": (
        "Samordnande grupp Psykisk hälsa, vårmötet 19 april 2096", 30),
}

if __name__ == "__main__":
    parts = sys.argv[1:] or ["*"]
    for orig in sorted(o for part in parts for o in HERE.glob(f"{part}/originals/*.txt")):
        footer, per_page = LAYOUT[orig.stem]
        out = orig.with_suffix(".pdf")
        make(orig, out, footer, per_page)
        (orig.parent.parent / "sources" / (orig.stem + ".txt")).write_text(read_document(out).text,
                                                                          encoding="utf-8")
        print(f"wrote {out}")
