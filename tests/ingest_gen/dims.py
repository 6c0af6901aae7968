"""The dimensions of how Swedish public-sector minutes are written and laid out, and their values.

Each dimension is drawn independently per document (`draw`). Written from knowledge of how regions, kommuner,
kommunförbund and their networks write protokoll, minnesanteckningar and anteckningar, in Word templates, a
kommun's formal protocol with paragraphs, Teams/Loop notes, a mail, a scanned paper read by OCR and a PDF's text
layer; not from the project's rules.
"""

from __future__ import annotations

import random

DIMENSIONS: dict[str, list[str]] = {
    # the body that meets
    "body": ["lansgemensam-ledning", "presidiekonferens", "presidiemote", "sg-psykisk-halsa", "sg-barn-och-unga",
             "sg-aldre", "beredningen", "network"],
    # what the document calls itself
    "doc_kind": ["protokoll", "minnesanteckningar", "anteckningar", "motesanteckningar", "beslutsprotokoll",
                 "protokoll-utdrag"],
    # the medium it was written in
    "medium": ["word", "kommun-formal", "teams-loop", "mail", "mail-quoted", "ocr-scan", "pdf-layer", "plain-export"],
    # the title line
    "title_form": ["kind-newline-body", "kind-body", "kind-body-date", "body-dash-kind", "kind-fran-mote",
                   "fort-vid", "kind-colon-body", "upper-kind-newline-body"],
    # the meeting's date in the header
    "date_form": ["iso", "long", "weekday-long", "den-long", "slash", "dmy-dots", "ymd-dots", "ordinal",
                  "abbr-month", "label-iso", "weekday-noyear"],
    # the time in the header
    "time_form": ["kl-dots-dash", "kl-short", "colon", "tid-label", "bare", "klockan", "none", "start-only"],
    # the place in the header
    "place_form": ["plats-label", "lokal-label", "teams", "digitalt", "hybrid", "plats-och-tid", "none",
                   "plats-inline"],
    # where the attendance stands
    "att_position": ["top", "header-block", "after-first-item", "bottom", "annex"],
    # how the list of people is laid out
    "att_layout": ["comma", "dash", "paren", "surname-first", "run-in", "pipe-table", "tab-table",
                   "fixed-columns", "grouped-by-org", "grouped-run-in", "presence-column", "two-columns",
                   "teams-report", "bullets", "org-first", "name-title-org"],
    # the heading of the members' list (at a presidiekonferens: of the elected)
    "members_heading": ["Närvarande", "Ledamöter", "Närvarande ledamöter", "Beslutande", "Deltagare",
                        "Närvarande ledamöter:", "LEDAMÖTER"],
    # the heading of the others' list
    "others_heading": ["Övriga närvarande", "Övriga deltagare", "Adjungerade", "Dessutom närvarande",
                       "Tjänstepersoner", "Övriga:", "Gäster"],
    # party marks beside politicians (presidia and a kommun's formal protocol)
    "party_marks": ["none", "paren", "comma"],
    # how the organisations are written beside people
    "org_style": ["full", "short", "mixed", "abbreviated"],
    # absent people
    "absent_style": ["none", "Frånvarande", "Anmält förhinder", "Förhinder", "Ej närvarande", "Återbud",
                     "Frånvarande ledamöter", "prose"],
    # deputies
    "deputies": ["none", "tjanstgorande-list", "inline-for", "ej-tjanstgorande"],
    # the secretary
    "secretary": ["none", "sekreterare-line", "vid-protokollet", "antecknat-av"],
    # the adjuster
    "adjuster": ["none", "justerare-line", "election-item", "justeras-signature", "election-in-opening"],
    # how items are numbered
    "numbering": ["para", "para-nospace", "para-running", "punkt", "dot", "bare", "paren", "md-heading", "bold",
                  "unnumbered", "arende", "nr", "time-slot"],
    # heading case
    "heading_case": ["as-is", "upper", "colon", "bold-title"],
    # sub-items
    "subitems": ["none", "dotted", "letter"],
    # how an item's body is structured
    "body_style": ["prose", "fields", "bullets", "kommun-sections", "table", "short"],
    # where and how presenters are named
    "presenter_style": ["prose", "label", "heading-dash", "heading-paren", "agenda-table", "agenda-list",
                        "mention"],
    # the verb a presenter is named with
    "presenter_verb": ["informerade om", "redovisade", "föredrog", "presenterade", "gav en lägesrapport om",
                       "berättade om", "gick igenom", "rapporterade om", "visade", "inledde med", "passive",
                       "org-paren", "title-before"],
    # people named who present nothing
    "non_presenter": ["question", "lyfte", "fraga-label", "svarade", "ansvarig", "handlaggare", "thanked",
                      "kontaktperson"],
    # how decisions are written
    "decision_style": ["beslut-colon", "beslut-heading", "body-beslutar", "beslutades", "bold-md",
                       "att-clauses", "motet-beslutade", "upper-beslut", "log-table",
                       "att-unmarked"],
    # the formula taking note
    "note_formula": ["Informationen noteras.", "Informationen antecknas.", "Informationen läggs till handlingarna.",
                     "Noteras.", "Antecknas till protokollet.", "Gruppen noterar informationen.",
                     "Beslut: Informationen noteras."],
    # approving the previous protocol
    "approve_form": ["godkandes-handlingarna", "beslut-godkanns", "lades-till-handlingarna", "motet-godkande",
                     "fastslogs", "inga-synpunkter"],
    # electing the adjuster
    "adjuster_form": ["till-justerare-valdes", "utses-att-justera", "valdes-att-jamte", "beslut-valjs",
                      "att-justera-utses"],
    # a member replaced
    "replacement_form": ["som-ledamot", "i-group", "som-representant", "beslut-prefix"],
    # an appointment
    "appointment_form": ["utses-till", "beslut-utses", "valdes-till", "body-utser"],
    # proposals that are not decisions
    "proposal_form": ["forslag-till-beslut", "foreslar-att", "beslutsforslag", "yrkande", "ordforanden-foreslog",
                      "forslag-enligt", "none"],
    # how money is written
    "money_form": ["kr", "kronor", "sek", "tkr", "mnkr", "miljoner", "msek", "dots", "colon-dash", "nospace",
                   "kkr", "nbsp", "tusen", "words"],
    # how money is laid out
    "money_layout": ["prose-varav", "list", "pipe-table", "unit-caption-table", "tab-table", "total-last",
                     "vardera"],
    # page furniture
    "furniture": ["none", "page-header", "page-number-dash", "footer-signatures", "anslag", "logo-text"],
    # OCR damage (scanned papers only)
    "ocr": ["none", "light", "medium", "heavy"],
    # look-alikes that are no facts
    "lookalike": ["dnr", "phone", "prose-date", "law-ref", "email", "deadline-iso", "url", "time-in-prose",
                  "action-table", "percent"],
}


def draw(rng: random.Random) -> dict[str, str]:
    """One value per dimension, drawn independently, in a fixed order."""
    return {name: rng.choice(values) for name, values in DIMENSIONS.items()}
