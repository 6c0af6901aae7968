"""Fixed tables the synthetic generator draws from: counties, names, places, agenda topics.

Everything here is built in (no downloads) and only ever read in list order, so the same seed
always draws the same values.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class County:
    slug: str       # short ASCII id, used in every synthetic IRI of the county (synth-<slug>-...)
    name: str       # "Kalmar län"
    region: str     # the regional council's name
    seat: str       # residence city, used for meeting venues
    kommuner: int   # how many kommuner the county has


# Sweden's 21 counties and their number of kommuner (290 in all). The counts follow the real
# division as of the 2020s but are approximate for this purpose: the generator only needs a
# plausible spread, from 1 (Gotland) to 49 (Västra Götaland). The kommuner themselves get invented
# names (see PLACE_HEADS/PLACE_TAILS), so no synthetic fact is ever about a real municipality.
COUNTIES: tuple[County, ...] = (
    County("stockholm", "Stockholms län", "Region Stockholm", "Stockholm", 26),
    County("uppsala", "Uppsala län", "Region Uppsala", "Uppsala", 8),
    County("sodermanland", "Södermanlands län", "Region Sörmland", "Nyköping", 9),
    County("ostergotland", "Östergötlands län", "Region Östergötland", "Linköping", 13),
    County("jonkoping", "Jönköpings län", "Region Jönköpings län", "Jönköping", 13),
    County("kronoberg", "Kronobergs län", "Region Kronoberg", "Växjö", 8),
    County("kalmar", "Kalmar län", "Region Kalmar län", "Kalmar", 12),
    County("gotland", "Gotlands län", "Region Gotland", "Visby", 1),
    County("blekinge", "Blekinge län", "Region Blekinge", "Karlskrona", 5),
    County("skane", "Skåne län", "Region Skåne", "Malmö", 33),
    County("halland", "Hallands län", "Region Halland", "Halmstad", 6),
    County("vastra-gotaland", "Västra Götalands län", "Västra Götalandsregionen", "Göteborg", 49),
    County("varmland", "Värmlands län", "Region Värmland", "Karlstad", 16),
    County("orebro", "Örebro län", "Region Örebro län", "Örebro", 12),
    County("vastmanland", "Västmanlands län", "Region Västmanland", "Västerås", 10),
    County("dalarna", "Dalarnas län", "Region Dalarna", "Falun", 15),
    County("gavleborg", "Gävleborgs län", "Region Gävleborg", "Gävle", 10),
    County("vasternorrland", "Västernorrlands län", "Region Västernorrland", "Härnösand", 7),
    County("jamtland", "Jämtlands län", "Region Jämtland Härjedalen", "Östersund", 8),
    County("vasterbotten", "Västerbottens län", "Region Västerbotten", "Umeå", 15),
    County("norrbotten", "Norrbottens län", "Region Norrbotten", "Luleå", 14),
)
COUNTY_BY_SLUG = {c.slug: c for c in COUNTIES}
assert sum(c.kommuner for c in COUNTIES) == 290

GIVEN_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Linda", "Annika", "Susanne", "Elin", "Monica", "Birgitta",
    "Johanna", "Camilla", "Sofia", "Helena", "Cecilia", "Ida", "Therese", "Åsa", "Ulrika", "Lisa",
    "Frida", "Petra", "Jessica", "Anette", "Margareta", "Katarina", "Louise", "Rebecka", "Matilda",
    "Ann-Katrin", "Anna-Karin", "Ann-Sofie", "Britt-Marie", "Helene", "Charlotte", "Agneta", "Ylva",
    "Linnéa", "Maja", "Märta", "Gunilla", "Pernilla", "Sanna", "Josefin", "Amanda", "Fatima",
    "Ebba", "Tove", "Lovisa", "Moa", "Elsa", "Astrid", "Selma", "Nour", "Amira", "Leila",
)
GIVEN_M = (
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Marcus", "Magnus", "Jonas", "Mattias",
    "Niklas", "Björn", "Oskar", "Martin", "Henrik", "Ulf", "Bengt", "Joakim", "Christer", "Patrik",
    "Simon", "Rune", "Göran", "Håkan", "Olof", "Gustav", "Viktor", "Emil", "Filip", "Anton",
    "Jörgen", "Sven", "Åke", "Leif", "Kjell", "Tobias", "Sebastian", "Robert", "Linus", "Axel",
    "Nils", "Gunnar", "Lennart", "Rickard", "Ola", "Hugo", "Elias", "Ahmed", "Mohammed", "Ali",
    "Jan-Erik", "Per-Olof", "Karl-Johan", "Sixten", "Torbjörn", "Östen",
)
SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
    "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
    "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund",
    "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg",
    "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren",
    "Abrahamsson", "Falk", "Öberg", "Andreasson", "Blom", "Ek", "Månsson", "Strand", "Backman",
    "Åkesson", "Hedberg", "Lindholm", "Wahlström", "Rosenqvist", "Hasselbom", "Trofast", "Ragnarsson",
    "Almqvist", "Fors", "Edberg", "Hallgren", "Vilander", "Hamnert", "Irebring", "Minich", "Ohlsén",
    "Hussein", "Mohammadi", "Yilmaz", "Kovačević", "Nieminen", "Virtanen",
)

# Invented place names for kommuner: head + tail ("Ek" + "köping" = "Ekköping").
PLACE_HEADS = (
    "Ek", "Björk", "Lind", "Al", "Asp", "Gran", "Tall", "Sjö", "Berg", "Dal", "Ås", "Hag", "Norr",
    "Söder", "Väster", "Öster", "Mal", "Rön", "Hassel", "Ham", "Sand", "Sten", "Lax", "Hjort", "Ulv",
    "Örn", "Kvarn", "Bro", "Fors", "Ny", "Gam", "Mo", "Kungs", "Hed", "Myr", "Rud", "Lung", "Vall",
    "Frös", "Ljung", "Tran", "Svan", "Rosen", "Lilje", "Mark", "Sol", "Grön", "Ble",
)
PLACE_TAILS = (
    "köping", "by", "hult", "fors", "vik", "stad", "holm", "sund", "berga", "näs", "torp", "ryd",
    "hamn", "å", "ö", "sjö", "ås", "mark", "red", "inge", "tuna", "lund", "dal", "bo",
)

# Agenda items of an LGL meeting that are not fixed (title, a summary line, the work it concerns
# when there is one: a key of WORKS in county.py).
TOPICS: tuple[tuple[str, str, str | None], ...] = (
    ("Utskrivningsklara dagar", "Uppföljning av överenskommelsen om utskrivning från sluten vård.", "utskrivning"),
    ("Nära vård", "Lägesbild av omställningen till nära vård i länet.", "nara-vard"),
    ("Gemensam plan för samverkan", "Arbetet med den gemensamma planen för samverkan redovisas.", "plan"),
    ("Psykisk hälsa och suicidprevention", "Redovisning av länsgemensamma insatser och medel.", None),
    ("Handlingsplaner", "De samordnande gruppernas handlingsplaner för året gås igenom.", "plan"),
    ("Ny socialtjänstlag", "Information om den nya socialtjänstlagen och dess följder för samverkan.", None),
    ("Kompetensförsörjning", "Gemensamma frågor om kompetensförsörjning diskuteras.", None),
    ("Samverkansmodell barn och unga", "Förslag till samverkansmodell för barn och unga.", None),
    ("Informationsöverföring och SIP", "Uppföljning av samordnad individuell plan och avvikelser.", None),
    ("Länsgemensamma medel", "Fördelning av länsgemensamma stimulansmedel.", None),
    ("Digital ungdomsmottagning", "Erfarenheter från den digitala ungdomsmottagningen.", None),
    ("Brukarmedverkan", "Samverkansområdesgrupp Brukarmedverkan redovisar sitt arbete.", None),
)

CONFERENCE_TOPICS = (
    "Välkommen och inledning",
    "Nära vård – läget i länet",
    "Psykisk hälsa hos barn och unga",
    "Workshop: gemensamma prioriteringar",
    "Äldres hälsa och omsorg",
    "Sammanfattning och fortsatt arbete",
)
