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


# --- version 2 (round 17): the widening, from real Swedish public minutes (REAL_FORMS.md) -----------------------
# Extra values of existing dimensions. Every one was seen in at least one real document read for round 17;
# REAL_FORMS.md names the documents per value. Version 1 (DIMENSIONS above) is kept exactly as it was.
EXTRA: dict[str, list[str]] = {
    # "SAMMANTRÄDESPROTOKOLL", "MÖTESPROTOKOLL"
    "doc_kind": ["sammantradesprotokoll", "motesprotokoll"],
    # "Protokoll från X den 22 april 2050"; "MINNESANTECKNINGAR" over "Möte med X"
    "title_form": ["kind-fran-den-date", "mote-med"],
    # "torsdagen den 9 juni 2050" (lower case); "500304" (yymmdd); "den 21 mars 2050"
    "date_form": ["weekday-den-lower", "yymmdd", "den-plain"],
    # "kl. 09:00-15:17"; "kl. 08.30–12.00, 13.00–16.15" (a morning and an afternoon session); "klockan 13:00"
    "time_form": ["kl-colon-dash", "split-session", "klockan-colon"],
    # "Tid och plats: Place, date time"
    "place_form": ["tid-och-plats"],
    # the members' heading of a kommun's or förbund's protocol
    "members_heading": ["Beslutande ledamöter", "Beslutande:", "BESLUTANDE"],
    # the others' heading
    "others_heading": ["Övriga deltagande", "Tjänstemän", "I tjänsten", "Särskilt inbjudna", "Deltagande:"],
    # a list in columns without a header row ("Name     Org"); a run-in line ending "... och Name (Org)."
    "att_layout": ["columns-no-header", "run-in-och"],
    # party letters in lower case: "Name (s)"; "Name, (s)"
    "party_marks": ["lower-paren", "comma-lower-paren"],
    # "Förhindrade:" over the absent
    "absent_style": ["Förhindrade"],
    # "X (Org) ersätter Y" under Tjänstgörande ersättare; "X, Org, tjg ers för Y"; "Ej tjänstgörande:" list
    "deputies": ["ersatter-paren", "tjg-ers-for", "ej-tjg-label"],
    # the signature block "Underskrifter / Sekreterare ...... / X / Justerande ...... / Y"
    "secretary": ["signature-block"],
    # "Sn 49 ..." (the body's abbreviation before the number); "SN § 13"; "§ 63/50"; "1:Mötet öppnas"
    "numbering": ["abbr-para", "abbr-para-sign", "para-year", "num-colon"],
    # "Ärendebeskrivning" ... "Beslutsunderlag" ...; "Beskrivning av ärendet"
    "body_style": ["arendebeskrivning", "beskrivning-av-arendet"],
    # present tense and the formal protocol's verbs
    "presenter_verb": ["informerar om", "presenterar", "föredrar ärendet", "redogör för", "lämnar en bild av",
                       "muntlig-information", "title-foredrar"],
    # "Direktionens beslut" heading; "ARBETSUTSKOTTET BESLUTAR att ..."; "1. att ..." clauses; "X beslutade att"
    "decision_style": ["body-beslut-heading", "upper-body-beslutar", "numbered-att", "beslutade-past"],
    "note_formula": ["Rapporten noteras."],
    "approve_form": ["godkandes-utan-synpunkter"],
    "adjuster_form": ["utsags-jamte", "utses-tillsammans-senast", "valdes-till-justerare", "utsags-att-justera",
                      "till-justeringsperson"],
    # "Arbetsutskottets förslag: ..."; "Xs förslag till beslut: ..."; "Beredningen föreslår X besluta att ..."
    "proposal_form": ["au-forslag", "body-forslag", "foreslar-besluta"],
    # "Sida 2 av 7"; a running head "SAMMANTRÄDESPROTOKOLL  Sammanträdesdatum"; "Justerarsignaturer
    # Utdragsbestyrkande"; "ORG  PROTOKOLL  2(7)"; the ANSLAG block first, before the title
    "furniture": ["sida-av", "running-sammantradesdatum", "justerarsignaturer", "org-protokoll-page",
                  "anslag-first"],
    # "Exp: ..."; "Bilagor: a) PM, b) ..."; a "Beslutsunderlag" list; "Inga ledamöter anmälde jäv."
    "lookalike": ["exp-line", "bilagor-line", "beslutsunderlag-list", "jav-none"],
}

# Whole new dimensions (version 2 only), drawn after the existing ones in this order.
NEW: dict[str, list[str]] = {
    # a block of labels in the header: "Justeringens plats och tid" and "Paragrafer"; "Organ:"; "Beslutsinstans:";
    # a letterhead row ("Avsändare  Datum  Dnr  Sida"); a "Tema:" line
    "header_block": ["none", "justering-labels", "organ-label", "beslutsinstans", "letterhead", "tema-line"],
    # a table of contents whose lines are no items: "§ 12 Title"; "Title ........ 3"; grouped under
    # "Beslutsärenden" / "Informationsärenden"
    "toc": ["none", "innehall-paragraphs", "innehall-pages", "grouped-toc"],
    # an agenda listed without presenters ahead of the minutes: "Utsänd föredragningslista" numbered;
    # "Dagordning" bullets; a "Program:" with times
    "agenda_list": ["none", "utsand-foredragningslista", "dagordning-bullets", "program-times"],
    # sections of an item's body that are no facts: "Dnr ..." under the heading; "Beslutsunderlag" list;
    # "Beslutet skickas till"; "Expedieras"; "Bilaga"
    "item_sections": ["none", "dnr-below-heading", "beslutsunderlag-list", "beslutet-skickas", "expedieras",
                      "bilaga"],
    # remarks beside a decision: "Protokollsanteckning"; "Reservation"; "X anmäler jäv"; "Yrkanden" and
    # "Propositionsordning"
    "protocol_remarks": ["none", "protokollsanteckning", "reservation", "jav", "yrkanden"],
    # an action list: a table "Åtgärd | Ansvarig | Klart till"; lines "Ansvarig: X. Klart till: D."; bullets
    "action_list": ["none", "handlingsplan-table", "ansvarig-klart-lines", "att-gora-bullets"],
    # partial attendance beside a name: "§ 4"; "kl. 09.00–10.30"; "(t.o.m. punkt 5)"; "per telefon"
    "attendance_notes": ["none", "paragraphs", "time-span", "tom-punkt", "per-telefon"],
}

DIMENSIONS_V2: dict[str, list[str]] = {**{k: v + EXTRA.get(k, []) for k, v in DIMENSIONS.items()}, **NEW}


def dimensions(version: int = 2) -> dict[str, list[str]]:
    """The dimensions and their values of a generator version."""
    return dimensions_of(version)


def draw(rng: random.Random, version: int = 1) -> dict[str, str]:
    """One value per dimension, drawn independently, in a fixed order. Version 1 draws exactly as before round
    17; version 2 draws each existing dimension from its version 1 values and its extra values, then the new
    dimensions in their fixed order; version 3 (round 18) draws each version 2 dimension from its version 2
    values and its version 3 extras (EXTRA3), then the new dimensions of NEW3 in their fixed order."""
    if version == 1:
        return {name: rng.choice(values) for name, values in DIMENSIONS.items()}
    if version == 2:
        return {name: rng.choice(values) for name, values in DIMENSIONS_V2.items()}
    return {name: rng.choice(values) for name, values in DIMENSIONS_V3.items()}


# --- version 3 (round 18): a second widening, from more real public minutes (REAL_FORMS.md, "Version 3") -------
# Extra values of existing version 1 and version 2 dimensions. Every one was seen in at least one real document
# read for round 18; REAL_FORMS.md names the documents per value. DIMENSIONS, EXTRA and NEW are kept exactly.
EXTRA3: dict[str, list[str]] = {
    # "Gruppen Sammanträdesprotokoll 4/2050" (the meeting's number in its year); "Protokoll nr 6 fört vid ..."
    "title_form": ["body-kind-serial", "kind-nr-fort",
                   # "Protokoll fört vid det fjärde sammanträdet med X den 4 mars 2050"; "Protokoll från X den 4 mars
                   # 2050 i Place" (the place in the title)
                   "ordinal-fort-vid", "fran-den-i-place"],
    # "20500118"; "4/3-2050"
    "date_form": ["yyyymmdd", "slash-dash"],
    # "kl. 09.00–12.30, ajournering 10.45–11.00"
    "time_form": ["ajournering"],
    # "Plats: Microsoft Teams"
    "place_form": ["microsoft-teams", "genomfordes"],  # and "Mötet genomfördes i Place."
    # "Förvaltningschef X, Org" (the title in words before the name: a post); a presence table with 1 / -
    "att_layout": ["title-first", "presence-1-dash",
                   # a presence column of "X" or "anmält förhinder"
                   "presence-words"],
    # "Direktionens ledamöter" (the body's genitive)
    "members_heading": ["body-ledamoter", "Deltagande ledamöter", "Ordinarie ledamöter"],
    "others_heading": ["Inbjudna", "Kansliet", "Deltagare från kansliet", "Inbjudna gäster"],
    # "X, Org, anmält förhinder" inside the members' list
    "absent_style": ["in-list", "Meddelat förhinder", "Inte närvarande", "Deltog ej"],
    # inside the members' list: "X, Org, tjänstgörande ersättare"; "X, Org, ers. för Y"; "X, Org, tjänstgörande
    # för Y"; "X för Y"
    "deputies": ["tjg-trailing", "ers-punkt-for", "tjanstgorande-for", "for-bare",
                 # "X (ers. Y), Org"; "X (S) för Y (S), Org"
                 "ers-paren-for", "for-then-org"],
    # "Vid pennan" over the secretary's name
    "secretary": ["vid-pennan"],
    # the opening item fixes the agenda and elects the adjuster ("Öppnande, dagordning, justering")
    "adjuster": ["combined-opening"],
    # "33 § Title" (the number before the sign, running); "81 Title" and "36. Title" (running, no sign)
    "numbering": ["num-para", "bare-running", "dot-running",
                  # "Val av justerare § 41" (the paragraph after the title)
                  "title-para"],
    # "20. Title (kl. 15.38)"
    "heading_case": ["clock-suffix"],
    # a programme "Tid | Ämne | Föredragande" with a break; an agenda list "5. Title – X deltar"
    "presenter_style": ["program-table", "agenda-deltar",
                        # "Föredragande: förbundsdirektör X" (a post in words)
                        "label-post"],
    # "X har kommit till mötet för att informera om"; "Samordnaren X informerar om"; "X och Y informerar om ...
    # De går även igenom ..."
    "presenter_verb": ["har-kommit", "title-definite", "pronoun-cont",
                       # "X ger en bakgrund till"; "X sammanfattar"; "X berättar om"; "X föredrar underlaget om";
                       # "Verksamhetsberättelsen föredrogs av X"
                       "ger-bakgrund", "sammanfattar", "berattar-present", "foredrar-underlaget", "foredrogs-av",
                       # "X föredrar ärendet. Redogör för ..." (a sentence without a subject carries it on)
                       "subjectless-cont"],
    # "Ordföranden informerar om ..." (a role, no name: no presenter)
    "non_presenter": ["role-no-name"],
    # "DIREKTIONEN BESLUTAR" over unmarked "att" lines; "Direktionen beslutar: Utse X ..."; "Styrelsen beslöt
    # fördela ..." (the infinitive without att)
    "decision_style": ["upper-att-unmarked", "beslutar-colon", "beslot-inf",
                       # "Beslut" (or "Beslut:") over "att ..."; "Beslutas att ..."; "Beslöts att ..."
                       "beslut-heading-att", "beslutas-att", "beslots-att",
                       # "- Beslut Rådet beslutar att ..."; "Rådets beslut" over "Att ..."; "Direktionen beslutar
                       # notera ..." (the infinitive without att)
                       "dash-beslut", "body-beslut-att", "beslutar-inf"],
    # "Det fanns inga synpunkter på protokollet ... Protokollet lades till handlingarna."; "Protokollet ...
    # genomgås. Protokollet läggs till handlingarna."
    "approve_form": ["inga-synpunkter-lades", "genomgas-laggs",
                     # "... godkänns och läggs till handlingarna"; "... föredrogs och lades till handlingarna";
                     # "Beslut: att godkänna protokollet från D samt lägga det till handlingarna."
                     "godkanns-och-laggs", "foredrogs-lades", "att-godkanna-protokoll"],
    # "Till att justera dagens protokoll valdes X"; "X väljs att tillsammans med ordförande justera dagens
    # protokoll"; "Beslut att välja X till justerare av protokollet"
    "adjuster_form": ["till-att-justera-valdes", "valjs-att-tillsammans", "beslut-att-valja"],
    # "Till ordförande för X väljs Y på ett år"; "Gruppen valde Y till ordförande"
    "appointment_form": ["valjs-term", "body-valde"],
    # "Nämnden har att ..." (what the body is to do: no decision)
    "proposal_form": ["har-att", "x-foreslar"],  # and "X föreslår att ..."
    # "1,2 milj. kr"; "1,2 mkr"
    "money_form": ["milj-kr", "mkr-lower"],
    # "2 av 7" (no "Sida"); "LGL4 2(7)"; a postal footer with "Växel", "E-post", "Organisationsnummer"; the
    # meeting's head before every item; "Justeringen ... har tillkännagivits genom publicering ..."
    "furniture": ["av-no-sida", "abbr-page", "org-footer", "running-meeting-head", "anslag-publicering",
                  # "Ordf: ......  Sekr.: ......  Just: ......" (no names)
                  "dotted-sign-row"],
    # "Prognosen visar ett överskott på cirka 1,3 mnkr." (an amount reported, no funding)
    # "Mötet konstaterades vara beslutsfört ..."; "Ärendet hänger samman med punkt 8 på dagordningen."
    "lookalike": ["report-amount", "beslutsfort", "item-ref"],
    # a bare range of paragraphs after a name ("X (M) 4-9"); ", deltog vid § 5"
    "attendance_notes": ["bare-range", "deltog-vid",
                         # "(punkt 3 t.o.m. 9)"; "(kom under punkt 4)"; ", ej § 6"; "(via Teams)"
                         "punkt-range", "kom-under", "ej-paragraf", "via-teams"],
    # "Ärendelista" with "Närvarolista 2" among the entries
    # "Behandlade beslutsärenden vid detta sammanträde"; "§ 11 Dnr 2050/00023   5" over "Title ..... 5"
    "toc": ["arendelista", "behandlade-arenden", "toc-dnr"],
    # "Beredning" over "Bilaga LGL 2050/174/1, ..."; "Utdrag: ..." after the decision
    "item_sections": ["beredning", "utdrag"],
    # "Beslutande: Enligt närvarolista"; "Justering sker genom digital signering ..."; "Öppet för allmänheten"
    "header_block": ["enligt-narvarolista", "digital-justering", "oppet",
                     # "Protokoll 2050-03-08   X" above the title: the protocol's date, not the meeting's
                     "document-date"],
}

# Whole new dimensions (version 3 only), drawn after version 2's in this order.
NEW3: dict[str, list[str]] = {
    # the opening in a formal protocol's present tense: "X hälsar alla välkomna och förklarar mötet öppnat";
    # "X hälsar alla välkomna och öppnar mötet"
    "opening_form": ["none", "forklarar-oppnat", "halsar-present", "oppnades-av"],  # and "Mötet öppnades av X."
    # the header's date, time and place under labels: "Datum:  Tid:  Plats:" over their values; "Dag:", "Tid:",
    # "Plats:" one a line
    "header_layout": ["none", "labels-above", "dag-label"],
    # a vacant seat in the members' list ("Vakant (M)", "Vakant plats"): no person
    "list_lookalike": ["none", "vakant"],
}

DIMENSIONS_V3: dict[str, list[str]] = {**{k: v + EXTRA3.get(k, []) for k, v in DIMENSIONS_V2.items()}, **NEW3}


def dimensions_of(version: int) -> dict[str, list[str]]:
    """The dimensions and their values of a generator version (1, 2 or 3)."""
    return {1: DIMENSIONS, 2: DIMENSIONS_V2}.get(version, DIMENSIONS_V3)
