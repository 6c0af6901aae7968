"""Measured ingest quality, asserted: each source ingested against the graph without its own record."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ingest.quality import (
    CORPUS_DIR,
    KINDS,
    QualityReport,
    Score,
    key_problems,
    load_part,
    measure,
    measure_part,
)

OCR_DAMAGED = "2025-12-12-lansgemensam-ledning"


@pytest.fixture(scope="module")
def report() -> QualityReport:
    return measure()


def _ok(value: float | None, floor: float) -> bool:
    return value is None or value >= floor


def _explain(kind: str, s: Score) -> str:
    return f"{kind}: precision {s.precision}, recall {s.recall}; missed {s.missed[:8]}; extra {s.extra[:8]}"


def test_all_five_sources_are_measured(report: QualityReport) -> None:
    assert len(report.per_document) == 5


@pytest.mark.parametrize(("kind", "recall"), [("people", 0.95), ("attendance", 0.95), ("decisions", 0.9)])
def test_overall_recall_and_precision(report: QualityReport, kind: str, recall: float) -> None:
    s = report.total[kind]
    assert s.curated > 0
    assert _ok(s.recall, recall), _explain(kind, s)
    assert _ok(s.precision, 0.9), _explain(kind, s)


@pytest.mark.parametrize(("kind", "recall"), [("people", 0.95), ("attendance", 0.95), ("decisions", 0.9)])
def test_each_document_meets_the_goal(report: QualityReport, kind: str, recall: float) -> None:
    for doc, scores in report.per_document.items():
        s = scores[kind]
        assert _ok(s.recall, recall), f"{doc}: " + _explain(kind, s)
        assert _ok(s.precision, 0.9), f"{doc}: " + _explain(kind, s)


def test_ocr_damaged_protocol_is_included_and_meets_the_goal(report: QualityReport) -> None:
    scores = report.per_document[OCR_DAMAGED]
    assert scores["attendance"].curated >= 29 and scores["decisions"].curated >= 6
    assert scores["people"].recall >= 0.95 and scores["attendance"].recall >= 0.95
    assert scores["decisions"].recall >= 0.9
    for kind in ("people", "attendance", "decisions"):
        assert scores[kind].precision >= 0.9, _explain(kind, scores[kind])


@pytest.mark.parametrize("kind", ["agenda items", "amounts", "presenters", "meetings", "reconciliation"])
def test_other_kinds_of_fact(report: QualityReport, kind: str) -> None:
    s = report.total[kind]
    assert _ok(s.recall, 0.9), _explain(kind, s)
    assert _ok(s.precision, 0.9), _explain(kind, s)


def test_table_prints_every_kind(report: QualityReport) -> None:
    table = report.table()
    for kind in ("people", "attendance", "decisions", "agenda items", "amounts"):
        assert kind in table
    assert "precision" in table and "recall" in table


# --------------------------------------------------------------------------- the test corpus (issue 13)

PARTS = ["tune", "unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13"]


@pytest.mark.parametrize("part", PARTS)
def test_corpus_part_keys_are_valid_records_citing_the_right_lines(part: str) -> None:
    """Every answer key loads with the record loader (with the project's records) and cites lines
    that hold what it says; every person has an expected reconciliation."""
    loaded = load_part(CORPUS_DIR / part)
    assert len(loaded.documents) >= 4
    assert key_problems(loaded) == []
    for d in loaded.documents:
        rec = next(r for r in loaded.corpus.records if r.document.id == d.id)
        assert "syntetiskt testdokument" in rec.document.lines[0].lower(), f"{d.id}: not marked synthetic"
        want = set(d.people.values())
        assert "new" in want and want - {"new"}, f"{d.id}: needs both new and known people"


def test_key_problems_catch_a_wrong_line(tmp_path) -> None:
    """The key check is not vacuous: an amount or title moved off its line is reported."""
    import shutil

    copy = tmp_path / "part"
    shutil.copytree(CORPUS_DIR / "tune", copy)
    key = sorted((copy / "records").glob("*.yaml"))[0]
    text = key.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.lstrip(" -").startswith('title: "'))
    key.write_text(text.replace(first_title, first_title.rstrip('"') + ' (ändrad)"', 1), encoding="utf-8")
    problems = key_problems(load_part(copy))
    assert any("agenda title" in p for p in problems), problems


@pytest.fixture(scope="module")
def corpus_reports() -> dict[str, QualityReport]:
    reports = {part: measure_part(load_part(CORPUS_DIR / part)) for part in PARTS}
    for r in reports.values():  # the figures, shown with `pytest -s` (and in a failing goal's message)
        print(r.summary())
    return reports


@pytest.mark.parametrize("part", PARTS)
def test_each_corpus_part_is_measured_document_by_document(corpus_reports: dict[str, QualityReport],
                                                            part: str) -> None:
    """Every document of the part is measured (a refused document counts with every fact missed),
    and each goal kind has facts in the answer keys to be measured on."""
    loaded = load_part(CORPUS_DIR / part)
    report = corpus_reports[part]
    assert set(report.per_document) == {d.id for d in loaded.documents}
    for kind in GOAL_KINDS:
        assert report.total[kind].curated > 0, kind
    assert set(report.total) == set(KINDS)


# The goal on the held-out parts (issue 13, point 5; unseen/, fresh/ and fresh2/ were tuned on from
# the third round, see below, and are measured here as guards): recall >= 0.95 and precision >= 0.98 for
# these kinds, and no wrong merge, on `unseen`, on `fresh` (written after `unseen` had been looked
# at while tuning), on `fresh2` (written after both had been seen) and on `fresh3` (written after all three
# had been seen). Not met by the rules of main at
# 2026-12-02 (see the reports' "before" figures; on fresh, agenda items and amounts were met and no one
# was wrongly merged; on fresh2, main's rules at f2def49 met no goal kind and merged no one wrongly).
# After the shape rules of 2026-12-02 (tuned on tune/ only; recall, precision before -> after):
#   unseen: attendance 0.597 -> 0.701 (1.000), agenda items 0.630 (1.000), presenters 0.647 (0.846),
#           decisions 0.583 (0.875) -> 0.667 (1.000), amounts 0.800 (1.000), wrong merges 2 -> 0;
#   fresh:  attendance 0.633 -> 0.796 (1.000), decisions 0.692 (0.818) -> 0.846 (0.846), presenters
#           0.909 (0.833) -> 1.000 (1.000), agenda items 0.957 -> 1.000, amounts 1.000, wrong merges 0.
#   fresh2 (never seen by whoever tuned; measured once, summary only, after the merge):
#           attendance 0.611 (0.921) -> 0.811 (0.951), agenda items 0.854 (0.976) -> 0.854 (0.976),
#           presenters 0.808 (0.840) -> 0.808 (0.955), decisions 0.516 (0.842) -> 0.806 (1.000),
#           amounts 0.842 (0.941) -> 0.842 (0.941), wrong merges 0 -> 0.
# After the second round of shape rules (2026-12-02, tuned on tune/ only, with 4 more tune documents written
# before it; measured once at the end, summary only; recall (precision) before -> after):
#   unseen: unchanged on the goal kinds (attendance 0.701, agenda items 0.630, presenters 0.647 (0.846),
#           decisions 0.667, amounts 0.800); people 0.944 -> 0.958; wrong merges 0;
#   fresh:  unchanged on the goal kinds (attendance 0.796, decisions 0.846 (0.846)); people 0.786 -> 0.839;
#           wrong merges 0;
#   fresh2: attendance 0.811 (0.951) -> 0.832 (0.988), presenters 0.808 (0.955) -> 0.808 (1.000), amounts
#           0.842 (0.941) -> 0.842 (1.000), decisions 0.806 (1.000) and agenda items 0.854 (0.976)
#           unchanged, people 0.804 -> 0.843, posts 0.400 (0.556) -> 0.480 (0.632); wrong merges 0.
#   No goal newly met: NOT_MET_YET unchanged.
# fresh3 (written 2026-12-02, measured once on main's rules at 125229f; eight 2029-dated documents in wordings
# and layouts the other parts do not use, written without opening the rules or the other held-out parts;
# summary only; recall (precision)):
#           attendance 0.229 (0.957), agenda items 0.500 (0.730), presenters 0.455 (0.938), decisions 0.500
#           (0.944), amounts 0.600 (0.938); people 0.614 (0.969), posts 0.212 (0.875), meetings 0.519
#           (1.000), reconciliation 0.937 (0.983); wrong merges 0. No goal kind met.
# Third round (2026-12-02, ing-rules3): from this round unseen/, fresh/ and fresh2/ were TUNED ON (read,
# documents and keys, with tune/): they are no longer held out, their figures below are no longer honest
# figures of unseen text; they stay measured here (and their goals asserted) so that nothing tuned on
# them slips back. The figure of record is a new held-out part written for the purpose (fresh3/). Rules
# taught by shape (each with unit tests in tests/test_ingest_shapes.py, variants beyond the corpus);
# recall (precision) before -> after:
#   unseen: attendance 0.701 -> 1.000 (1.000; 66 curated: the key's "Sekreterare" entry repeating a listed
#           person, which the build would refuse, taken out), agenda items 0.630 -> 1.000, presenters 0.647 (0.846) ->
#           1.000 (1.000), decisions 0.667 -> 1.000, amounts 0.800 -> 1.000, people 0.958 -> 1.000;
#   fresh:  attendance 0.796 -> 1.000, decisions 0.846 (0.846) -> 1.000 (1.000), people 0.839 -> 0.982,
#           agenda items, presenters and amounts 1.000 unchanged;
#   fresh2: attendance 0.832 (0.988) -> 1.000 (1.000), agenda items 0.854 (0.976) -> 1.000 (1.000),
#           presenters 0.808 -> 1.000, decisions 0.806 -> 1.000, amounts 0.842 -> 1.000, people 0.843 ->
#           1.000, meetings 0.913 -> 1.000, posts 0.480 (0.632) -> 0.577 (0.652);
#   tune:   presenters 0.975 -> 1.000 (every other kind 1.000 before and after), posts 0.963 (0.945) -> 0.965
#           (1.000) with the keys' replaced members' seats recorded (README conventions);
#   known five: 1.000 on every goal kind before and after (posts 0.862 unchanged); wrong merges 0 everywhere
#           (one, Lennart Verner into Lennart Werner on fresh2, appeared once the list naming him was read, and
#           was closed: a person listed absent is kept apart from a present one-letter neighbour of another
#           organisation).
#   Every goal met on unseen, fresh and fresh2: NOT_MET_YET emptied.
# fresh3 after the third round (measured once, at the merge of ing-rules3 (f8cb8c1), summary only; recall
# (precision), before -> after): attendance 0.229 (0.957) -> 0.427 (0.872), agenda items 0.500 (0.730) ->
# 0.630 (0.773), presenters 0.455 (0.938) -> 0.606 (0.833), decisions 0.500 (0.944) -> 0.618 (0.955),
# amounts 0.600 (0.938) -> 0.720 (0.947); people 0.614 -> 0.614 (0.939), posts 0.212 -> 0.242, meetings
# 0.519 -> 0.778, reconciliation 0.937 -> 0.952 (0.983); wrong merges 0. Every goal met on the parts tuned
# on, none on the one never seen: the rules still follow the documents they were shaped on.
# fresh4 (written 2026-12-02, measured once on main's rules at 90c0572; eight 2030-dated documents in the
# forms secretaries of Swedish regions and kommuner write, written without opening the rules or the other
# held-out parts, keys committed before the run; summary only; recall (precision)): attendance 0.714 (1.000),
# agenda items 0.872 (1.000), presenters 0.760 (0.826), decisions 0.806 (1.000), amounts 0.880 (1.000);
# people 0.788 (0.965), posts 0.462 (0.600), meetings 0.885 (1.000), reconciliation 0.963 (0.975); wrong
# merges 0. No goal kind met.
# Fourth round (2026-12-02, ing-rules4): from this round fresh3/ was TUNED ON too (its documents and keys read,
# with all the other parts): it is no longer held out, and its figures below are no longer figures of unseen
# text. The figure of record is a new part written for the purpose by someone else (fresh4/, never opened
# while tuning, measured once at the merge). Rules taught as general mechanisms rather than more listed forms
# (each with unit tests in tests/test_ingest_generality.py: invented variants and negative cases): a numbered
# line holding a person and an organisation is a list entry, not an item; list lines with name and
# organisation in any order and separator ("Org: Name (role), Name", organisation-first table rows, "Name
# (Org), role"); attendance written only as sentences (a verb of presence, then names); a presence column
# ("x" / "-"); a heading lower in the right column of two; a heading with list words over a sentence is an
# item; unnumbered items begin after the lists; a meeting date on a header line with a weekday or a time of
# day; decisions "Till justerare valdes X", "Mötet enades om att"; a 0 or 1 between letters read as o / l; a
# group no record defines, named in the header with the group it belongs to ("(under samordnande grupp X)"),
# is the meeting's body and defined by the draft; absence written as a sentence ("Förhinder hade X, Org").
# The measure: an amount matches on lines that meet (a key citing the whole sentence stating it), and an
# organisation each record defines itself matches by its name.
# Recall (precision) before -> after:
#   fresh3: attendance 0.427 (0.872) -> 1.000 (1.000), agenda items 0.630 (0.773) -> 1.000 (1.000), presenters
#           0.606 (0.833) -> 1.000 (1.000), decisions 0.618 (0.955) -> 1.000 (1.000), amounts 0.720 (0.947) ->
#           1.000 (1.000); people 0.614 (0.939) -> 1.000 (1.000), posts 0.242 (0.889) -> 0.636 (0.808), meetings
#           0.778 -> 1.000, reconciliation 0.952 (0.983) -> 0.970 (0.970); wrong merges 0 -> 0. Every goal met
#           on fresh3 (tuned on): NOT_MET_YET emptied.
#   tune, unseen, fresh, fresh2 and the known five: every goal kind 1.000 (1.000) before and after; wrong
#           merges 0 everywhere.
# fresh4 after the fourth round (measured once, at the merge of ing-rules4 (86b0c6f), summary
# only; recall (precision), before -> after): attendance 0.714 (1.000) -> 0.796 (0.951), agenda items 0.872
# (1.000) -> 1.000 (1.000), presenters 0.760 (0.826) -> 0.880 (0.846), decisions 0.806 (1.000) -> 0.968
# (1.000), amounts 0.880 (1.000) -> 1.000 (1.000) (the measure now matches an amount on lines that meet);
# people 0.788 -> 0.875 (0.968), posts 0.462 -> 0.500 (0.619), meetings 0.885 -> 1.000, reconciliation 0.963
# -> 0.978; wrong merges 0. Goal met on unseen text for agenda items, decisions and amounts; not for
# attendance and presenters.
# fresh5 (written 2026-12-02, measured once on main's rules at 356f688; eight 2031-dated documents in other
# templates and wordings than fresh4's, written without opening the rules or the other held-out parts, keys
# committed (2bd68ef) before the run; summary only; recall (precision)): attendance 0.793 (0.958), agenda
# items 0.891 (0.953), presenters 0.739 (0.850), decisions 0.871 (0.964), amounts 1.000 (1.000); people 0.878
# (0.989), posts 0.667 (0.667), meetings 0.885 (1.000), reconciliation 0.954 (0.988); wrong merges 0. Goal
# met on this unseen part for amounts only.
# Fifth round (2026-12-02, ing-rules5): from this round fresh4/ was TUNED ON too (its documents and keys read,
# with all the other parts): it is no longer held out, and its figures below are no longer figures of unseen
# text. The held-out part of record is fresh5/, written for the purpose by someone else while this round ran
# (never opened by the tuner). Each miss and false positive on fresh4 classified and fixed by a general
# mechanism (unit tests of invented variants and negative cases in tests/test_ingest_generality.py):
#   misses: a list laid out as label and value columns ("Beslutande   Name, Org" with the other names indented
#           under it, the next label ending it): 16 entries; a decision whose body is a definite noun other than
#           the listed ones ("Konferensen ställde sig bakom ..."); a decision under a "Beslut" label line whose
#           money the item's paragraph above states (funding, not other);
#   false presenters (4 of 26): 3 a label line over the paragraph ("Ärende") read as the first word of the
#           name after it ("Ärende Helene Wendell"): a one- or two-word label line inside an item now ends a
#           paragraph; 1 a member making a motion ("X yrkar bifall till förslaget"): a present-tense verb
#           right after a name is the name's own verb, so no presenter;
#   wrong list kind (4 entries): a presidiemöte's lists were deltagare / ovriga-deltagare; the corpus README's
#           conventions give those to a presidiekonferens only, so a presidiemöte's are ledamoter / ovriga now
#           (fresh3's one presidiemöte key, which had followed the old rule, brought to the convention; fresh4's
#           key, written to the README, had disagreed with it);
#   beyond the corpus (variants a held-out part may use, each with tests): a label column whose label wraps,
#           with TABs, a blank line inside, or one entry naming its organisation; a bracket after a name ("X (S)
#           yrkar bifall"); a heading without list words over two entries between a named list and the first
#           item; "Ledningen beslutar" over its "att ..." clauses on lines of their own (one decision, funding
#           when a clause names money); a "Förslag till beslut" label line over a proposal (no decision);
#           "Föredragande" over a name line inside the agenda (the item's presenter, no list ending the agenda);
#           names joined by "och" share the verb after the last ("X (S) och Y (M) yrkar bifall": no presenter);
#           posts: a chair in a list at a meeting of presidia chairs the person's own organisation, and
#           "kommunstyrelsens ordförande" in a list line is kommunstyrelseordforande.
# Recall (precision) before -> after:
#   fresh4: attendance 0.796 (0.951) -> 1.000 (1.000), presenters 0.880 (0.846) -> 1.000 (1.000), decisions
#           0.968 (1.000) -> 1.000 (1.000), agenda items and amounts 1.000 (1.000) unchanged; people 0.875 (0.968)
#           -> 1.000 (1.000), posts 0.500 (0.619) -> 0.808 (0.913), meetings 1.000, reconciliation 0.978 (0.978,
#           91 decided) -> 0.981 (0.981, 104 decided); wrong merges 0 -> 0. Every goal met on fresh4 (tuned on):
#           NOT_MET_YET emptied.
#   posts elsewhere: unseen 0.875 (0.824) -> 1.000 (1.000), fresh 0.909 (0.909) -> 1.000 (1.000), fresh2 0.615
#           (0.667) -> 0.769 (0.833), fresh3 0.636 (0.808) -> 0.697 (0.885); tune 0.965 (1.000) and the known
#           five 0.862 (1.000) unchanged.
#   tune, unseen, fresh, fresh2, fresh3 and the known five: every other figure unchanged (every goal kind 1.000
#           (1.000)); wrong merges 0 everywhere.
# fresh5 after the fifth round (measured once, at the merge of ing-rules5 (9bb073b), summary only; recall
# (precision), before -> after): attendance 0.793 (0.958) -> 0.828 (1.000), agenda items 0.891 (0.953) ->
# 0.891 (0.953), presenters 0.739 (0.850) -> 0.739 (0.895), decisions 0.871 (0.964) -> 0.903 (0.966), amounts
# 1.000 (1.000) unchanged; people 0.878 (0.989), posts 0.667 -> 0.741 (0.741), meetings 0.885, reconciliation
# 0.954 (0.988); wrong merges 0. Goal met on unseen text for amounts only.
# fresh6 (written 2026-12-02, measured once on main's rules at 53d1f9f (graph/ingest/ unchanged since
# 9c33b88); eight 2032-dated documents in other templates and wordings than fresh5's, written without opening
# the rules or the other held-out parts, keys committed (2c19ec1) before the run; summary only; recall
# (precision)): attendance 0.819 (0.928), agenda items 0.759 (0.953), presenters 0.714 (0.758), decisions
# 0.806 (0.935), amounts 1.000 (0.963); people 0.895 (0.959), posts 0.562 (0.667), meetings 0.862 (0.962),
# reconciliation 1.000 (1.000, 94 decided); wrong merges 0. No goal kind met on this unseen part (amounts:
# recall met, precision not).
# fresh7 (written 2026-12-02, measured once on main's rules at 05f56d1 (graph/ingest/ as on main); eight
# 2033-dated documents in other templates and wordings than fresh5's and fresh6's, written beside fresh6 without
# opening the rules or the other held-out parts, keys committed (aa97f26) before the run; summary only; recall
# (precision)): attendance 0.759 (0.930), agenda items 0.964 (0.981), presenters 0.919 (0.895), decisions
# 0.919 (0.944), amounts 1.000 (1.000); people 0.840 (0.977), posts 0.674 (0.969), meetings 1.000 (1.000),
# reconciliation 0.988 (1.000, 85 decided); wrong merges 0. Goal met on this unseen part for agenda items and
# amounts; not for attendance, presenters and decisions.
# Sixth round (2026-12-02, ing-rules6): from this round fresh5/ was TUNED ON too (its documents and keys read,
# with all the other parts): it is no longer held out, and its figures below are no longer figures of unseen
# text. The held-out part of record is fresh6/, written for the purpose by someone else while this round ran
# (never opened by the tuner). graph/ingest/extract.py was first split into modules named by what they read
# (extract_header, extract_lists, extract_agenda, extract_people, extract_decisions, extract_money, with
# extract_dates, extract_text, extract_model), every part's figures byte-identical before and after. Each miss
# and false positive on fresh5 classified and fixed by a general mechanism (unit tests of invented variants and
# negative cases in tests/test_ingest_generality.py):
#   a whole document lost (14 attendance entries, 5 items, 4 presenters, 3 decisions, 3 meetings): its date
#           "13 februari 2O31" (OCR O for 0): a number of digits and O / l / I is read as digits in a date (also
#           "l3 februari", "2031-O2-13");
#   attendance: "Anmälda förhinder: X, Org, och Y, Org." (", och" before the last name); a table row whose name
#           OCR damaged ("Christina L0nnqvist   Torsås kommun"), read as an entry kept as written;
#   agenda items (2 false): "Protokollet justeras" over the signatures ends the agenda (after the last
#           numbered item only);
#   presenters: "Föredragande: X" on a line of its own is whole (the next line's first word was read into the
#           name: 1 false, 1 missed) and heads no list; "X lämnade information om" (a verb of giving with a
#           noun of presenting); "Protokollet justeras av X." no presenter (1 false);
#   decisions (1 false): the same signature line was an approval of the protocol;
#   posts (7 on the wrong group): a new group whose group word and parent stand on the next line ("Arbetsgrupp
#           under samordnande grupp X");
#   beyond the corpus (variants a held-out part may use; each with tests of invented variants and negative
#           cases, each checked to leave every part's figures as they were):
#           dates: short months ("13 feb. 2031"), ordinal days ("13:e"), "13/2-2031", OCR letters in a day or an
#           ISO date; the meeting from "Presidiemöte" above the title, or from a line naming the body with its
#           date when there is no title word (such a text was refused);
#           presenters: "återrapporterade", "återkopplade", "sammanfattade", "Information lämnades av X",
#           passives "drogs / visades / beskrevs / leddes av X"; none for "Frågan bereds av X", "X ska
#           presentera", "X, Org, kommer att redovisa", "X önskar återkoppling" (a noun in -ing), "Ansvarig: X";
#           attendance: "X, Org och Y, Org" on one line; an organisation whose name holds "och" kept whole; a
#           sentence of presence after the lists ("Dessutom deltog X, Org.", "Från Org deltog även X och Y.") a
#           list of others; under an unnumbered agenda a heading of no list word over two name lines right
#           under a named list is a list of others (ovriga, ovriga-deltagare); posts:
#           "X (S), Org, ordförande", and "Ordförande: X" chairs X only;
#           decisions: "fattade beslut om", "ger X i uppdrag att", "rekommenderar", "Gruppen noterar
#           informationen", "Mötet godkände protokollet", "Till ny ledamot i G efter Y utses X" (a replacement);
#           none for "Gruppen noterade att ..." nor a decision told of
#           ("har beslutat att", "Regionstyrelsen beslutade i juni att"); an agenda table ("Punkt  Ärende
#           Föredragande  Beslut"): its decision column; a kommun form's "ANSLAG/BEVIS" no item or decision;
#           agenda: a paragraph heading with the item's text on its line ("§ 4 Övrigt. Inga övriga frågor.":
#           such a document lost its whole agenda); unnumbered headings over sentences as bullet points (likewise
#           lost); an unnumbered heading over a sentence with its verb second
#           ("Planen beskrivs i underlaget."); a diary number ("(Dnr 2030/12)") out of the title; meetings
#           "Kommande möten: 6 maj, 10 juni ..."; places from "Tid och plats:" lines;
#           OCR: "rn" read as the "m" it was ("Inforrnationen noteras"), amounts with O for 0 ("1 2OO OOO
#           kronor"); amounts in KSEK.
# Recall (precision) before -> after:
#   fresh5: attendance 0.828 (1.000) -> 1.000 (1.000), agenda items 0.891 (0.953) -> 1.000 (1.000), presenters
#           0.739 (0.895) -> 1.000 (1.000), decisions 0.903 (0.966) -> 1.000 (1.000), amounts 1.000 (1.000)
#           unchanged; people 0.878 (0.989) -> 0.990 (1.000), posts 0.741 (0.741) -> 1.000 (1.000), meetings
#           0.885 (1.000) -> 1.000 (1.000), reconciliation 0.954 (0.988, 87 decided) -> 0.990 (1.000, 98
#           decided); wrong merges 0 -> 0. Every goal met on fresh5 (tuned on): NOT_MET_YET emptied.
#   reconciliation, with "rn" read as "m": fresh 0.875 (0.980) -> 0.893 (1.000), fresh3 0.970 (0.970) -> 0.980
#           (0.980), fresh4 0.981 (0.981) -> 0.990 (0.990).
#   tune, unseen, fresh, fresh2, fresh3, fresh4 and the known five: every other figure unchanged (every goal
#           kind 1.000 (1.000)); wrong merges 0 everywhere.
# fresh6 and fresh7 after the sixth round (measured once, at the merge of ing-rules6, summary only; recall
# (precision), main's rules at 9c33b88 -> the sixth round's):
#   fresh6: attendance 0.819 (0.928) -> 0.947 (0.947), agenda items 0.759 (0.953) -> 0.870 (0.979), presenters
#           0.714 (0.758) -> 0.829 (0.784), decisions 0.806 (0.935) -> 0.972 (0.972), amounts 1.000 (0.963)
#           unchanged; people 0.895 (0.959) -> 0.971 (0.971), posts 0.562 (0.667) -> 0.625 (0.690), meetings
#           0.862 (0.962) -> 0.966 (0.966), reconciliation 1.000 (1.000); wrong merges 0.
#   fresh7: attendance 0.759 (0.930) -> 0.816 (0.934), agenda items 0.964 (0.981) -> 0.964 (1.000), presenters
#           0.919 (0.895) -> 0.946 (0.897), decisions 0.919 (0.944) -> 0.973 (0.947), amounts 1.000 (1.000)
#           unchanged; people 0.840 (0.977) -> 0.880 (0.978), posts 0.674 (0.969) -> 0.696 (0.941),
#           reconciliation 0.988 -> 1.000; wrong merges 0.
#   pooled (16 documents, `--pool`): attendance 0.790 (0.929) -> 0.884 (0.941), agenda items 0.862 (0.969) ->
#           0.917 (0.990), presenters 0.819 (0.831) -> 0.889 (0.842), decisions 0.863 (0.940) -> 0.973 (0.959),
#           amounts 1.000 (0.980) unchanged; wrong merges 0. Every kind rose on text nobody tuned on; the goal
#           (recall >= 0.95 and precision >= 0.98) is met for amounts and agenda items on fresh7 only, as before.
# fresh8 (written 2026-12-02, measured once on main's rules at 2eed16c (graph/ingest/ as at the merge of
# ing-rules6, 96a4579); eight 2034-dated documents in other templates and wordings than fresh5's, fresh6's and
# fresh7's, written beside fresh9 without opening the rules or the other held-out parts, keys committed
# (367d003) before the run; summary only; recall (precision)): attendance 0.860 (0.914), agenda items 0.964
# (0.964), presenters 0.886 (0.886), decisions 0.949 (0.949), amounts 1.000 (1.000); people 0.938 (0.978),
# posts 0.645 (0.769), meetings 0.962 (1.000), reconciliation 0.989 (0.989, 92 decided); wrong merges 1. Goal
# met on this unseen part for amounts only; not for attendance, agenda items, presenters and decisions, nor
# for wrong merges.
# fresh9 (written 2026-12-02, measured once on main's rules at 96a4579 (graph/ingest/ as on main); eight
# 2035-dated documents in other templates and wordings than fresh5's, fresh6's and fresh7's, written beside
# fresh8 without opening the rules or the other held-out parts, keys committed (3366a8e) before the run; summary
# only; recall (precision)): attendance 0.944 (0.958), agenda items 0.840 (0.792), presenters 0.892 (0.846),
# decisions 0.882 (0.968), amounts 1.000 (1.000); people 0.953 (0.976), posts 0.464 (0.542), meetings 0.840
# (0.875), reconciliation 0.951 (0.963); wrong merges 0. Goal met on this unseen part for amounts only.
# Seventh round (2026-12-02, ing-rules7): from this round fresh6/ and fresh7/ were TUNED ON too (their documents
# and keys read, with all the other parts): they are no longer held out, and their figures below are no longer
# figures of unseen text. The held-out parts of record are fresh8/ and fresh9/, written for the purpose by two
# others while this round ran (never opened by the tuner). Each miss and false positive on fresh6 and fresh7
# classified and fixed by a general mechanism (unit tests of invented variants and negative cases in
# tests/test_ingest_generality.py):
#   attendance: a label column ("Beslutande    Name, Org") whose first name OCR damaged, or whose label wraps over
#           the lines under it ("Tjänstgörande" / "ersättare"; "Närvarande ej" / "tjänstgörande" / "ersättare"),
#           its kind read from all its words (8 missed, 1 false); a pipe table's column head with a qualifier
#           ("Roll i utskottet": 6 missed); a presence column in words ("Närvarande", "Deltar via Teams" /
#           "Frånvarande") or of paragraphs ("§§ 1–8") marks the absent (2 false); a cell with a function word
#           ("Utses att justera", "Deltar via Teams") is no name (2 false); a person named bare in the header
#           ("Ordförande: X") and with the organisation in the table keeps the table's entry (2 wrong
#           organisations); a sentence list wrapped inside an organisation ("X, Region" / "Kalmar län"), a damaged
#           name at the line end with its organisation on the next line, the list ending where a sentence of
#           presence of its own begins ("Från processgruppen deltog ...") (4 missed, 1 wrong); names joined by
#           "och" share the organisation after the last ("X och Y, Nybro kommun") (1);
#   agenda items: a programme's headings after a time of day ("09.30 Välkommen"), the programme's title over them
#           no item (5 missed, 1 false); lettered sub-items ("§ 14 a Budget") (4 missed);
#   presenters: a name that is the object of its clause's verb ("X hälsar Y välkommen", "X tackade Y och
#           avslutade", "... under ledning av Y" after a verb) (5 false); a lower-case word right after a name is its
#           own verb ("Y anslöt under punkten") (1 false); "lyfte frågan" is no presenting (1 false); "gick kort
#           igenom", "redogör" are (1 missed); the rest followed from the agenda items found;
#   decisions: told of from another meeting ("beslutade vid ordinarie sammanträde den ...") (1 false); money stated
#           above a "Beslut" label is the decision's when its first clause supports it and a task comes only
#           later (1 wrong kind); a replacement names a damaged name as the lists write it (1 wrong);
#   amounts: the amount a sentence opens with after "av" ("Av årets 5,2 miljoner kronor återstår 3 250 000
#           kronor") is the whole, the later ones its parts (1 false total);
#   posts (members' roles on the wrong body): a group named by one word ("Protokoll – Beredningen"), in a column
#           of the header line, or only in the first page's running header under the title (page furniture) is the
#           meeting's body; a new group named after the title word ("Minnesanteckningar – Arbetsutskottet för X",
#           "Arbetsutskott under Gruppen för ..." on the next line; "arbetsutskott" a group word);
#   meetings: minutes of a meeting named by its noun ("Anteckningarna från nätverksträffen den 26 augusti") (1 missed);
#   beyond the corpus: amounts in kkr (mkr, MSEK, tusen kronor were read already), and the key check
#           (quality.amount_in_text) accepts an amount as the reader reads it, so keys may cite those forms.
# Recall (precision) before -> after:
#   fresh6: attendance 0.947 (0.947) -> 1.000 (1.000), agenda items 0.870 (0.979) -> 1.000 (1.000), presenters
#           0.829 (0.784) -> 1.000 (1.000), decisions 0.972 (0.972) -> 1.000 (1.000), amounts 1.000 (0.963) ->
#           1.000 (1.000); people 0.971 (0.971) -> 0.981 (1.000), posts 0.625 (0.690) -> 0.812 (0.929), meetings
#           0.966 (0.966) -> 1.000 (0.967), reconciliation 1.000 (1.000); wrong merges 0 -> 0.
#   fresh7: attendance 0.816 (0.934) -> 1.000 (1.000), agenda items 0.964 (1.000) -> 1.000 (1.000), presenters
#           0.946 (0.897) -> 1.000 (1.000), decisions 0.973 (0.947) -> 1.000 (1.000), amounts 1.000 (1.000)
#           unchanged; people 0.880 (0.978) -> 0.970 (1.000), posts 0.696 (0.941) -> 0.848 (0.951), meetings and
#           reconciliation 1.000; wrong merges 0 -> 0.
#   Every goal met on fresh6 and fresh7 (tuned on): NOT_MET_YET emptied.
#   fresh2: posts 0.769 (0.833) -> 0.808 (0.875) (its beredningen's chair on the group's own body).
#   tune, unseen, fresh, fresh3, fresh4, fresh5 and the known five: every figure unchanged (every goal kind 1.000
#           (1.000)); wrong merges 0 everywhere.
# fresh8 and fresh9 after the seventh round (measured once, at the merge of ing-rules7, summary only; recall
# (precision), the sixth round's rules -> the seventh's):
#   fresh8: attendance 0.860 (0.914) -> 0.872 (0.926), agenda items 0.964 (0.964) -> 1.000 (0.965), presenters
#           0.886 (0.886) -> 0.943 (0.943), decisions 0.949 (0.949) unchanged, amounts 1.000 (1.000) unchanged;
#           people 0.938 (0.978) -> 0.948 (0.979), posts 0.645 (0.769) -> 0.677 (0.808), meetings 0.962 (1.000)
#           unchanged; wrong merges 1 -> 1 (the same new person, one letter from a known one).
#   fresh9: attendance 0.944 (0.958) -> 0.986 (1.000) (goal met: asserted from here on), agenda items 0.840
#           (0.792) -> 0.880 (0.800), presenters 0.892 (0.846) -> 0.919 (0.944), decisions 0.882 (0.968)
#           unchanged, amounts 1.000 (1.000) unchanged; people 0.953 (0.976) -> 0.976 (1.000), posts 0.464
#           (0.542) unchanged, meetings 0.840 (0.875) -> 0.920 (0.920); wrong merges 0.
#   pooled (16 documents, `--pool`): attendance 0.899 (0.934) -> 0.924 (0.961), agenda items 0.905 (0.880) ->
#           0.943 (0.884), presenters 0.889 (0.865) -> 0.931 (0.944), decisions 0.918 (0.957) unchanged, amounts
#           1.000 (1.000) unchanged; wrong merges 1.
# fresh10 (written 2026-12-02, measured once on main's rules at 0970ba8 (graph/ingest/ as on main); eight
# 2036-dated documents in other templates and wordings than fresh5's ... fresh9's, written beside fresh11 without
# opening the rules or the other held-out parts, keys committed (b61c95e, README 44d1537) before the run;
# summary only; recall (precision)): attendance 0.649 (0.873), agenda items 0.962 (1.000), presenters 0.844
# (0.844), decisions 0.882 (0.938), amounts 0.840 (1.000); people 0.796 (0.974), posts 0.536 (0.882), meetings
# 0.960 (0.923), reconciliation 0.947 (0.973); wrong merges 1. Goal met on this unseen part for agenda items
# only; not for attendance, presenters, decisions and amounts, nor for wrong merges.
# fresh11 (written 2026-12-02, measured once on main's rules at 0970ba8 (graph/ingest/ as at the merge of
# ing-rules7; main's later change to graph/ingest/review.py, df49dd5, touches the review text only); eight
# 2037-dated documents in other templates and wordings than fresh5's ... fresh9's, written beside fresh10 without
# opening the rules or the other held-out parts, keys committed (73ec132) before the run; summary only; recall
# (precision)): attendance 0.857 (0.911), agenda items 0.906 (0.906), presenters 0.972 (0.921), decisions 0.821
# (0.941), amounts 1.000 (1.000); people 0.968 (1.000), posts 0.559 (0.704), meetings 0.962 (1.000),
# reconciliation 0.978 (0.989, 91 decided); wrong merges 0. Goal met on this unseen part for amounts and wrong
# merges only; not for attendance, agenda items, presenters (precision) and decisions.
# fresh12 (written 2026-12-02, measured once on main's rules at f792e5c (graph/ingest/ as on main); eight
# 2038-dated documents in other templates and wordings than fresh5's ... fresh11's, written beside fresh13 without
# opening the rules or the other held-out parts, keys committed (e34be32) before the run; summary only; recall
# (precision)): attendance 0.926 (0.969), agenda items 0.780 (0.865), presenters 0.731 (0.826), decisions 0.710
# (0.917), amounts 1.000 (1.000); people 0.962 (1.000), posts 0.720 (0.818), meetings 0.960 (1.000),
# reconciliation 0.987 (1.000); wrong merges 0. Goal met on this unseen part for amounts and wrong merges only;
# not for attendance, agenda items, presenters and decisions.
# Eighth round (2026-12-02, ing-rules8): from this round fresh8/ and fresh9/ were TUNED ON too (their documents
# and keys read, with all the other parts): they are no longer held out, and their figures below are no longer
# figures of unseen text. The held-out parts of record are fresh10/ and fresh11/, written for the purpose by two
# others while this round ran (no document or key of theirs opened by the tuner, no rule changed for them; their
# summary figures on main's rules were seen once, by mistake, when a copy of main taken to measure the baseline
# already held them). Each miss and false positive on fresh8 and fresh9 classified and fixed by a general
# mechanism (unit tests of invented variants and negative cases in tests/test_ingest_generality.py):
#   the wrong merge (fresh8: a new "Anders Johanson, Mönsterås kommun" merged at 1.00 into the known Anders
#           Johansson, Kommunförbundet): the draft grouped the two spellings by the project's rule before any
#           evidence was weighed, and the group was decided by its exact spelling. Now a spelling one letter from
#           another (a letter of its own, not reading damage) that the document gives another employer than the
#           other spelling's, or than the known person spelled exactly, is kept apart (not_same_as) before
#           grouping (reconcile.apart_by_organisation): at most "uncertain", never merged; the same spellings in
#           one organisation still group and merge, reading damage ("Fr6berg", "Chr1stina") stays one spelling;
#   attendance: a table head with a presence column per paragraph ("Namn  Organisation  § 1  § 2 ...": present at
#           any paragraph is present; its sub-lists "Presidiets ledamöter" / "Tjänstepersoner" read) (6 missed, 2
#           false); a label filling its label column up to two spaces before the value column ("Tjänstgörande
#           ersättare  X, Org") (1); how a person took part after the organisation ("- digitalt", "(via Teams)")
#           (4 without organisation); a presence cell in words ("Via Teams") no name (3 false); a name a list
#           sentence's line end cut after its given name ("och Isabell" / "Lindalen, Nybro kommun") (1);
#           a deputy's "för Y" names Y absent (a person of the record);
#   agenda items: an agenda announced before its items ("Dagordning" / "1. ..." on consecutive lines, repeated as
#           headings below) no items of its own (6 false); a letter label ("Punkt A.") no part of the title (5
#           false, 5 missed); a heading with no text right over the first numbered item ("Punkter") (1 false);
#   decisions: "Mötet tog del av rapporten", "tackade för informationen och noterade den" (2); a sentence said twice,
#           once by a page break, is text, not a running footer (1); a replacement's seat named at length
#           ("i styrgruppen för samverkansmodellen för barn och unga") (1 wrong group); a "Beslut:" line is no
#           name label, its sentence goes on over the next line (1 cut at "som");
#   presenters: a bullet opens a sentence of its own (2 missed); a verb after another name is that name's ("X kunde
#           inte delta; informationen lämnades av Y, som berättade") (1 false); "1amnade" read as "lämnade" (1
#           false); a presenter label in a cell of the item's row ("Kl. 13.50 | Föredragande: X") (1 missed);
#   posts: a group's own unit named in the header ("Arbetsutskottet för samordnande grupp Äldre (AU)") and a group
#           named with what it steers ("Styrgruppen för samverkansmodellen för barn och unga") are the meeting's
#           body; two groups joined by "och" under the title (a joint meeting): the first named; the chairs of a
#           list headed by the presidium ("Presidiets ledamöter") chair the presidium; a group named "för" the body
#           it serves ("BEREDNINGEN FOR LANSGEMENSAM LEDNING I SAMVERKAN") is the body; the body a role is held in,
#           named after it in a list line ("ordförande i presidiekonferensen"), is the post's; an entry going on in
#           its column on the next line ("X, Region Kalmar län," / "samordnare") gives its role there;
#   meetings: under "Nästa möte" a sentence looking back ("Föregående möte hölls ...") refers to a past meeting
#           (2 announced wrongly); the minutes of a known group with their date ("Protokoll från samordnande grupp
#           Äldre 2034-08-28") refer to its meeting (1 missed);
#   reconciliation: an "i" read as an OCR stroke in a name ("Chr1stina") is reading damage.
# After the rules, extract_lists.py was split at its seam (the entries of a list moved to extract_entries.py):
# the drafts of every corpus document and every block's ingest-quality output byte-identical before and after.
# Recall (precision) before -> after:
#   fresh8: attendance 0.872 (0.926) -> 1.000 (1.000), agenda items 1.000 (0.965) -> 1.000 (1.000), presenters
#           0.943 (0.943) -> 1.000 (1.000), decisions 0.949 (0.949) -> 1.000 (1.000), amounts 1.000 (1.000)
#           unchanged; people 0.948 (0.979) -> 0.979 (1.000), posts 0.677 (0.808) -> 0.935 (1.000), meetings
#           0.962 (1.000) -> 1.000 (1.000), reconciliation 0.989 (0.989) -> 1.000 (1.000); wrong merges 1 -> 0.
#   fresh9: attendance 0.986 (1.000) -> 1.000 (1.000), agenda items 0.880 (0.800) -> 1.000 (1.000), presenters
#           0.919 (0.944) -> 1.000 (1.000), decisions 0.882 (0.968) -> 1.000 (1.000), amounts 1.000 (1.000)
#           unchanged; people 0.976 (1.000) -> 1.000 (1.000), posts 0.464 (0.565) -> 0.786 (0.880), meetings
#           0.920 (0.920) -> 1.000 (1.000), reconciliation 0.952 (0.963) -> 0.965 (0.976); wrong merges 0 -> 0.
#   pooled (16 documents, `--pool`): attendance 0.924 (0.961) -> 1.000 (1.000), agenda items 0.943 (0.884) ->
#           1.000 (1.000), presenters 0.931 (0.944) -> 1.000 (1.000), decisions 0.918 (0.957) -> 1.000 (1.000),
#           amounts 1.000 (1.000); posts 0.576 (0.694) -> 0.864 (0.944), meetings 0.941 (0.960) -> 1.000 (1.000);
#           wrong merges 1 -> 0.
#   Every goal met on fresh8 and fresh9 (tuned on): NOT_MET_YET and WRONG_MERGES_YET emptied.
#   fresh6: people 0.981 -> 0.990, fresh7: people 0.970 -> 0.980 (a member a deputy serves for, now a person of
#           the record); fresh3: posts 0.697 (0.885) -> 0.727 (0.923) (a role's body named after it); fresh7: posts
#           0.848 (0.951) -> 0.891 (0.953) (roles in a column's next line); tune, unseen, fresh, fresh2, fresh3,
#           fresh4, fresh5, fresh6, fresh7 and the known five: every other figure unchanged (every goal kind 1.000
#           (1.000)); wrong merges 0 everywhere. (fresh9's remaining post misses: its presidiemöte key seats the
#           chairs in presidiet-lgl where fresh8's seats them in presidiemoten, the meeting's body; the rules follow
#           fresh8's; and process leaders of a processgrupp at a joint meeting.)
# fresh10 and fresh11 after the eighth round (measured once, at the merge of ing-rules8 (4970e6d), summary only;
# recall (precision), the seventh round's rules -> the eighth's):
#   fresh10: attendance 0.649 (0.873) -> 0.730 (0.982), agenda items 0.962 (1.000) unchanged, presenters 0.844
#           (0.844) unchanged, decisions 0.882 (0.938) -> 0.971 (0.971), amounts 0.840 (1.000) unchanged; people
#           0.796 (0.974) -> 0.806 (0.974), posts 0.536 (0.882) -> 0.607 (0.895), meetings 0.960 (0.923)
#           unchanged; wrong merges 1 -> 0 (the reconciliation fix, committed before the tuner saw these parts'
#           summaries; see above): asserted from here on.
#   fresh11: attendance 0.857 (0.911) unchanged, agenda items 0.906 (0.906) -> 0.906 (0.923), presenters 0.972
#           (0.921) unchanged, decisions 0.821 (0.941) -> 0.872 (0.971), amounts 1.000 (1.000) unchanged; people
#           0.968 (1.000) -> 0.979 (1.000), posts 0.559 (0.704) -> 0.529 (0.667), meetings 0.962 (1.000)
#           unchanged; wrong merges 0.
#   pooled (16 documents, `--pool`): attendance 0.759 (0.896) -> 0.797 (0.940), agenda items 0.934 (0.952) ->
#           0.934 (0.961), presenters 0.912 (0.886) unchanged, decisions 0.849 (0.939) -> 0.918 (0.971), amounts
#           0.918 (1.000) unchanged; posts 0.548 (0.773) -> 0.565 (0.761); wrong merges 1 -> 0.
# fresh13 (written 2026-12-02, measured once on main's rules at f792e5c (graph/ingest/ as on main); eight
# 2039-dated documents in other templates and wordings than fresh5's ... fresh11's, written beside fresh12 without
# opening the rules or the other held-out parts, keys committed (a6aa8b5) before the run; summary only;
# recall (precision)): attendance 0.662 (0.946), agenda items 0.809 (0.927), presenters 0.812 (0.788), decisions
# 0.839 (0.929), amounts 0.875 (1.000); people 0.775 (0.986), posts 0.545 (0.857), meetings 1.000 (1.000),
# reconciliation 0.971 (0.971, 69 decided); wrong merges 1. Goal met on this unseen part for no kind; not for
# attendance, agenda items, presenters, decisions and amounts, nor for wrong merges.
# Ninth round (2026-12-02, ing-rules9): from this round fresh10/ and fresh11/ were TUNED ON too (their documents
# and keys read, with all the other parts): they are no longer held out, and their figures below are no longer
# figures of unseen text. The held-out parts of record will be fresh12/ and fresh13/, written for the purpose by two
# others while this round ran (never opened by the tuner). Each miss and false positive on fresh10 and fresh11
# classified and fixed by a general mechanism (unit tests of invented variants and negative cases in
# tests/test_ingest_generality.py):
#   attendance: a sentence of presence over bullet lines ("Med på mötet var:"), a sentence of presence after a blank
#           line ("Dessutom deltog X, Org, och Y, Org.") ending the list above it (8 missed); a role after an entry's
#           bracketed organisation behind a dash ("X (Org) – vice ordförande"), such a line no heading of a list of
#           its own (8 members read as others); beside a heading naming a list, a heading of no list word over name
#           lines in its own column ("Presidiet      Övriga") heads that column (10 missed); a heading further down
#           the right column beside an organisation line of the left column's entry (3 missed); a damaged name
#           with a party bracket ("X Erlandss0n (S), Org") (1 missed); how a person took part naming the part of
#           the meeting ("- på plats från § 20") no part of the organisation (1 without organisation); "Gäst" heads
#           the others present (1 missed);
#   agenda items: the time after a title ("Inledning (13.00-13.10)") no part of it (4 wrong titles); "Beslutsärenden"
#           over numbered sub-items ("3.1 ...") a section with its sub-items (2 missed); an unnumbered heading
#           measured against the whole sentence the line end wraps under it (1 missed);
#   presenters: a verb of presenting in a clause the subject's first verb governs ("X frågade om andelen kan
#           redovisas") not the subject's, a participle ("avslutande") and "lyfte behovet" no presenting (4 false);
#           a name's apposition between commas passed over to its own verb ("X, Org, tackas för ...") (1 false); a
#           name in prose whose last word OCR wrote with a digit ("Karin Schu1z") whole (1 cut);
#   decisions: a decision log after the items ("| Nr | Beslut | Ansvarig |") gives each row as a decision of the
#           item it numbers (4 missed); a group in the first page's running header right above the title is the
#           meeting's body (1 replacement in the wrong group);
#   amounts: a table's unit head ("Belopp (kr)") gives its plain numbers their unit over ruled borders
#           ("+-----+-----+") (4 missed);
#   posts: "v. ordf." the vice chair, not the chair (3); "GROUP – BODY" over the title ("Beredningen – Länsgemensam
#           ledning i samverkan") makes the group the meeting's body (1 chair on the wrong body);
#   beyond the corpus: header dates as day/month then the year ("3/3 2037", "3/3-2037", "den 7/10 2037") read, and
#           accepted by the key check (quality.date_stated over _date_forms); a paragraph ("§ 3/4 2037") and a
#           fraction ("1/2") are no date.
# Recall (precision) before -> after:
#   fresh10: attendance 0.730 (0.982) -> 1.000 (1.000), agenda items 0.962 (1.000) -> 1.000 (1.000), presenters
#           0.844 (0.844) -> 0.938 (1.000), decisions 0.971 (0.971) unchanged, amounts 0.840 (1.000) -> 1.000
#           (1.000); people 0.806 (0.974) -> 0.935 (1.000), posts 0.607 (0.895) -> 0.786 (0.957), meetings 0.960
#           (0.923) unchanged, reconciliation 0.947 (0.986) -> 0.977 (0.988); wrong merges 0 -> 0.
#   fresh11: attendance 0.857 (0.911) -> 1.000 (1.000), agenda items 0.906 (0.923) -> 1.000 (1.000), presenters
#           0.972 (0.921) -> 1.000 (1.000), decisions 0.872 (0.971) -> 1.000 (1.000), amounts 1.000 (1.000)
#           unchanged; people 0.979 (1.000) -> 0.989 (1.000), posts 0.529 (0.667) -> 0.882 (0.909), meetings 0.962
#           (1.000) unchanged, reconciliation 0.978 (0.989) -> 0.989 (0.989); wrong merges 0 -> 0.
#   pooled (16 documents, `--pool`): attendance 0.797 (0.940) -> 1.000 (1.000), agenda items 0.934 (0.961) -> 1.000
#           (1.000), presenters 0.912 (0.886) -> 0.971 (1.000), decisions 0.918 (0.971) -> 0.986 (0.986), amounts
#           0.918 (1.000) -> 1.000 (1.000); posts 0.565 (0.761) -> 0.839 (0.929); wrong merges 0 -> 0.
#   Every goal met on fresh11 (tuned on): its NOT_MET_YET emptied; on fresh10 attendance, agenda items and amounts
#           met; presenters and decisions not: two items whose key names the "Ansvarig: X" under the item heading
#           as presenter, where the rules (round 6, its tests) read "Ansvarig:" as a label of another kind, and an
#           approval of the protocol in a sub-item ("1.3") the key gives no item, where the draft gives the section's.
#           Both are conventions to settle, not rules to bend for one part.
#   tune, unseen, fresh ... fresh9 and the known five: every figure unchanged (every goal kind 1.000 (1.000)); wrong
#           merges 0 everywhere.
# fresh12 and fresh13 after the ninth round (measured once, at the merge of ing-rules9 (038591d), summary only;
# recall (precision), the eighth round's rules -> the ninth's):
#   fresh12: every goal kind unchanged: attendance 0.926 (0.969), agenda items 0.780 (0.865), presenters 0.731
#           (0.826 -> 0.864), decisions 0.710 (0.917), amounts 1.000 (1.000); people 0.962 -> 0.949, posts 0.720
#           (0.818) -> 0.760 (0.864); wrong merges 0.
#   fresh13: every goal kind unchanged: attendance 0.662 (0.946), agenda items 0.809 (0.927), presenters 0.812
#           (0.788 -> 0.812), decisions 0.839 (0.929), amounts 0.875 (1.000); people 0.775 -> 0.764; wrong merges
#           1 -> 0: asserted from here on.
#   pooled (16 documents, `--pool`): attendance 0.784 (0.959), agenda items 0.795 (0.897), presenters 0.776 (0.804
#           -> 0.833), decisions 0.774 (0.923), amounts 0.933 (1.000); wrong merges 1 -> 0.
# Each is a strict xfail, so meeting a goal turns the test into an XPASS failure: then remove it from
# NOT_MET_YET and the goal is asserted from there on.
GOAL_KINDS = ["attendance", "agenda items", "presenters", "decisions", "amounts"]
# unseen, fresh, fresh2: tuned on since the third round, fresh3 since the fourth, fresh4 since the fifth,
# fresh5 since the sixth, fresh6 and fresh7 since the seventh, fresh8 and fresh9 since the eighth, fresh10 and
# fresh11 since the ninth: all measured here as guards; the held-out parts of record after the ninth round are
# fresh12 and fresh13, written by others while it ran, never opened by a tuner
HELD_OUT = ["unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11", "fresh12", "fresh13"]
NOT_MET_YET: dict[str, set[str]] = {
    "unseen": set(), "fresh": set(), "fresh2": set(), "fresh3": set(), "fresh4": set(), "fresh5": set(),
    "fresh6": set(), "fresh7": set(), "fresh8": set(), "fresh9": set(),
    "fresh10": {"presenters", "decisions"},
    "fresh11": set(),
    "fresh12": {"attendance", "agenda items", "presenters", "decisions"},
    "fresh13": {"attendance", "agenda items", "presenters", "decisions", "amounts"},
}
WRONG_MERGES_YET: set[str] = set()  # parts where new people one letter from known ones are still merged


@pytest.mark.parametrize(("part", "kind"), [
    pytest.param(p, k, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet"))
    if k in NOT_MET_YET[p] else (p, k) for p in HELD_OUT for k in GOAL_KINDS])
def test_held_out_part_meets_the_goal(corpus_reports: dict[str, QualityReport], part: str, kind: str) -> None:
    s = corpus_reports[part].total[kind]
    assert s.recall is not None and s.recall >= 0.95, _explain(kind, s)
    assert s.precision is not None and s.precision >= 0.98, _explain(kind, s)


@pytest.mark.parametrize("part", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="issue 13 goal not met yet: new people one "
                                                                "letter from known ones are merged"))
    if p in WRONG_MERGES_YET else p for p in HELD_OUT])
def test_held_out_part_has_no_wrong_merge(corpus_reports: dict[str, QualityReport], part: str) -> None:
    assert corpus_reports[part].wrong_merges == []


def test_known_documents_have_no_wrong_merge(report: QualityReport) -> None:
    assert report.wrong_merges == []


def test_cli_measures_one_corpus_part(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """`samverkan ingest-quality --corpus PART` prints that part's block only, with its wrong merges,
    and writes the same numbers as JSON."""
    import json

    from graph.cli import main

    out = tmp_path / "q.json"
    assert main(["ingest-quality", "--corpus", str(CORPUS_DIR / "tune"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "corpus part 'tune'" in printed and "known documents" not in printed
    assert "wrong merges" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["tune"]
    assert set(data["tune"]["documents"]) == {d.id for d in load_part(CORPUS_DIR / "tune").documents}


def test_cli_pools_parts_by_their_facts(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--pool` adds a block of the parts' documents together: per kind the counts are the parts' sums
    (a kind weighed by its facts, not by its part), so its recall is neither part's nor their mean."""
    import json

    from graph.cli import main

    out = tmp_path / "q.json"
    parts = [str(CORPUS_DIR / "tune"), str(CORPUS_DIR / "unseen")]
    assert main(["ingest-quality", "--corpus", parts[0], "--corpus", parts[1], "--pool", "--json", str(out)]) == 0
    assert "the parts 'tune', 'unseen' pooled, " in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert list(data) == ["tune", "unseen", "pooled"]
    for kind, pooled in data["pooled"]["total"].items():
        for count in ("curated", "draft", "matched"):
            assert pooled[count] == data["tune"]["total"][kind][count] + data["unseen"]["total"][kind][count]
        if pooled["curated"]:
            assert pooled["recall"] == pooled["matched"] / pooled["curated"]
    assert len(data["pooled"]["documents"]) == len(data["tune"]["documents"]) + len(data["unseen"]["documents"])
    assert main(["ingest-quality", "--corpus", parts[0], "--pool"]) == 2
    assert "--pool needs two or more --corpus parts" in capsys.readouterr().err


def test_the_default_blocks_measure_every_part_in_the_order_written(tmp_path: Path) -> None:
    """`samverkan ingest-quality` without --corpus finds the parts in the folder (no list to forget a new
    part in): the parts this test measures, tune and unseen first, then fresh, fresh2, ... by number."""
    from graph.ingest.quality import corpus_parts

    assert [p.name for p in corpus_parts()] == PARTS
    for name in ("fresh10", "fresh2", "zeta", "fresh", "unseen", "tune", "notes"):
        (tmp_path / name).mkdir()
        if name != "notes":  # no corpus.yaml: no part
            (tmp_path / name / "corpus.yaml").write_text("documents: []\n", encoding="utf-8")
    assert [p.name for p in corpus_parts(tmp_path)] == ["tune", "unseen", "fresh", "fresh2", "fresh10", "zeta"]
    assert corpus_parts(tmp_path / "absent") == []


def test_cli_refuses_a_folder_that_is_not_a_corpus_part(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import main

    assert main(["ingest-quality", "--corpus", str(tmp_path)]) == 2
    assert f"{tmp_path}: not a corpus part" in capsys.readouterr().err


def test_another_project_is_measured_without_this_corpus(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """In a project whose records the corpus keys do not refer to, the default blocks skip the corpus
    with a note instead of failing; asked for by --corpus, it is an error naming the key's file:line."""
    from graph.cli import main

    folder = tmp_path / "tom"
    assert main(["init", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--project", str(folder), "ingest-quality"]) == 0
    assert "does not load with these records" in capsys.readouterr().err
    assert main(["--project", str(folder), "ingest-quality", "--corpus", str(CORPUS_DIR / "unseen")]) == 2
    assert "unseen/records/" in capsys.readouterr().err


def test_an_answer_key_keeps_people_one_letter_apart_apart() -> None:
    """Two people of a key one letter apart (a known one and a new one) are two people to find; a draft
    that makes them one misses one."""
    from graph.ingest.quality import compare

    def rec(*names: str) -> dict:
        return {"people": [{"name": n, "lines": i + 1} for i, n in enumerate(names)]}

    key = rec("Julia Edman", "Julia Edmann", "Anna Ek")
    assert compare(key, rec("Julia Edman", "Julia Edmann", "Anna Ek"), key=True)["people"].recall == 1.0
    assert compare(key, rec("Julia Edman", "Anna Ek"), key=True)["people"].recall == pytest.approx(2 / 3)
    merged = {"people": [{"name": "Julia Edman", "variants": ["Julia Edmann"], "lines": 1},
                         {"name": "Anna Ek", "lines": 3}]}
    assert compare(key, merged, key=True)["people"].recall == pytest.approx(2 / 3)
    assert compare(key, rec("Julia Edman", "Anna Ek"))["people"].curated == 2  # the project's rule: one person


@pytest.mark.parametrize(("key_lines", "draft_lines", "matched"), [
    ("25-26", 26, True), ("26", 26, True), ("25-26", 25, True), ("25", 26, False), ("26-27", 25, False)])
def test_an_amount_matches_on_lines_that_meet(key_lines: str, draft_lines: int, matched: bool) -> None:
    """A key citing the whole sentence stating a sum ("För 2030 avsätts" / "6 miljoner kronor ...") and a
    draft citing the amount's own line agree; the same sum on another line does not."""
    from graph.ingest.quality import compare

    def rec(lines: str | int, total: int = 6000000) -> dict:
        return {"funding": [{"id": "f", "label": "Medel", "total": total, "lines": lines, "parts": []}]}

    s = compare(rec(key_lines), rec(draft_lines), key=True)["amounts"]
    assert (s.recall, s.precision) == ((1.0, 1.0) if matched else (0.0, 0.0))
    assert compare(rec(key_lines), rec(draft_lines, 600000), key=True)["amounts"].recall == 0.0
