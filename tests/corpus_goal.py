"""The issue-13 goal on the test corpus (tests/ingest_corpus), shared by the test files that measure it.

The parts are measured in two shares, one test file each (test_ingest_corpus_goal_a.py and _b.py): the test
processes take whole files, so two files measure the 75-odd parts side by side instead of one process measuring
them all. Which share a part falls in is `share_of`; a part is ingested once per process (`part_report`), however
many tests ask for it. The lists below say which parts were held out and which goals are not met yet; ROUNDS.md
holds every round's figures.
"""

from __future__ import annotations

import functools

import pytest

from graph.ingest.quality import (
    CORPUS_DIR,
    GOAL_KINDS,
    GOAL_PRECISION,
    GOAL_RECALL,
    KINDS,
    SILENT_KINDS,
    CorpusPart,
    QualityReport,
    Score,
    load_part,
    measure_part,
)

PARTS = ["tune", "unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
         "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
         "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36",
         "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46",
         "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56",
         "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65",
         "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74",
         "fresh75", "fresh76", "fresh77", "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83",
         "fresh84", "fresh85", "fresh86", "fresh87", "fresh88", "fresh89",
         "learn",
         "learn2", "learn3",
         "learn4", "learn5",
         "learn6", "learn7", "learn8", "learn9", "learn10", "learn11", "learn12", "learn13", "learn14", "learn15",
         "learn16", "learn17", "learn18", "learn19", "learn20", "learn21", "learn22", "learn23", "learn24", "learn25",
         "learn26", "learn27", "learn28", "learn29", "learn30", "learn31", "learn32", "learn33", "learn34",
         "learn35", "learn36", "learn37", "learn38", "learn39", "learn40", "learn41", "learn42", "learn43", "learn44",
         "learn45", "learn46", "learn47", "learn48", "learn49", "learn50",
         "learn51", "learn52", "learn53", "learn54", "learn55", "learn56"]

# The goal on the held-out parts (issue 13, point 5): recall >= 0.95 and precision >= 0.98 for the goal
# kinds, and no wrong merge. Which parts were held out and tuned on in each round, and every round's figures
# before and after, are in tests/ingest_corpus/ROUNDS.md.
# Each is a strict xfail, so meeting a goal turns the test into an XPASS failure: then remove it from
# NOT_MET_YET and the goal is asserted from there on.
# unseen, fresh, fresh2: tuned on since the third round, fresh3 since the fourth, fresh4 since the fifth,
# fresh5 since the sixth, fresh6 and fresh7 since the seventh, fresh8 and fresh9 since the eighth, fresh10 and
# fresh11 since the ninth, fresh12 and fresh13 since the tenth, fresh14 and fresh15 since the eleventh, fresh16 and
# fresh17 since the twelfth, fresh18 and fresh19 since the nineteenth, fresh20 and fresh21 since the twenty-second,
# fresh26 and fresh27 since the twenty-third, fresh28 and fresh29 since the twenty-fourth, fresh30 and fresh31 since
# the twenty-fifth, fresh32 and fresh33 since the twenty-sixth, fresh34 and fresh35 since the twenty-seventh, fresh36
# and fresh37 since the twenty-eighth, fresh38 and fresh39 since the twenty-ninth, fresh40 and fresh41 since the
# thirtieth, fresh42 and fresh43 since the thirty-first, fresh44 and fresh45 since the thirty-second, fresh46 and
# fresh47 since the thirty-third, fresh48 and fresh49 since the thirty-fourth, fresh50 and fresh51 since the
# thirty-fifth, fresh52 and fresh53 since the thirty-sixth, fresh54 and fresh55 since the thirty-seventh, fresh56 and
# fresh57 since the thirty-eighth, fresh58 and fresh59 since the thirty-ninth: all measured here as guards; the
# held-out parts of record after the thirty-ninth round are fresh60 and fresh61 (written while the thirty-eighth ran,
# measured at its end and the thirty-ninth's; no longer clean for reports of meetings, the class the thirty-ninth
# round aimed at after seeing them fail on it) and fresh62 and fresh63 (written while the thirty-ninth ran, four
# reports of meetings and four minutes each, measured once at its end), written by others in the templates of real
# public minutes and reports not used before, of other kinds of bodies than any earlier part's (women's, Martha and
# craft associations; dance and photography clubs; parents' associations and housing and tenants' bodies; patients'
# associations and village bodies), on young people's alcohol and drug prevention, rural home care, school health and
# dementia care, never opened by a tuner; and fresh64 and fresh65 (written while the forty-second round ran, three
# reports and five minutes each, in the templates of road, fibre, riding and trotting bodies and of choirs, music and
# pensioners' associations, on discharge and care at home and on addiction and co-occurring conditions); and fresh66
# and fresh67 (written while the forty-third round ran, alike, in the templates of sailing, rowing, canoe and
# athletics clubs and of business associations and student and pupil bodies, on children's and young people's mental
# health and on digital care and care at a distance); and fresh68 and fresh69 (written while the forty-fourth round
# ran, four reports and four minutes each, in the templates of swimming, life-saving, sea-rescue and volunteer
# rescue bodies and of shooting, orienteering and racket-sport clubs, on substance use and co-occurring conditions and
# on discharge from hospital and care at home); and fresh70 and fresh71 (written while the forty-fifth round ran,
# alike, in the templates of curling, bowling, ice-hockey and bandy bodies and of martial-arts and fencing bodies, on
# sexual health and youth clinics and on honour-related violence); and fresh72 and fresh73 (written while the
# forty-sixth round ran, alike, in the templates of ornithology, astronomy and nature-study bodies and of amateur
# theatre and folk-dance bodies, on loneliness among older people and on LSS); and fresh74 and fresh75 (written while
# the forty-eighth round ran, alike, in the templates of motor, veteran-car and motorcycle clubs and of heritage,
# bygdegård and folkets hus societies, on sight and hearing impairment and on heat and health in the care of older
# people); and fresh76 and fresh77 (written while the fiftieth round ran, alike, in the templates of cycling, running
# and fitness bodies and of bowling, boules and curling bodies, on oral health for older people and on involuntary
# loneliness); and fresh78 and fresh79 (written while the fifty-first round ran, alike, in the templates of local
# history, genealogy and byalag societies and of angling, hunting and fishing-water bodies, on falls among older people
# and on children as next of kin); and fresh80 and fresh81 (written while the fifty-second round ran, six minutes and
# two reports each, in the templates of pensioners' associations and of scouting, youth and student bodies, on
# malnutrition among older people and on the physical health of people with severe mental illness); and fresh82 and
# fresh83 (written while the fifty-third round ran, alike, in the templates of ball-sport clubs and of free churches
# and religious communities, on palliative care and on assistive devices and rehabilitation at home); and fresh84 and
# fresh85 (written at the fifty-third round's end for the fifty-fourth, alike, in the templates of caravan and camping
# clubs and of climbing and skateboard bodies, on foster care and on digital exclusion among older people); and fresh86
# and fresh87 (written while the fifty-fourth round ran, alike, in the templates of golf and tennis clubs and of service
# clubs, on diabetes and self-care and on overweight among children); and fresh88 and fresh89 (written while the
# fifty-fifth round ran, alike, in the templates of trade-union branches and of volunteer centres and civil-defence
# bodies, and others where the stored pages held too few, on eating disorders among the young and on prehospital care
# and mobile teams);
# fresh22/fresh23 and fresh24/fresh25 (the next protocols of fresh18's/fresh19's and fresh20's/fresh21's bodies,
# never opened) stay held out as the measure of a body's next protocols in a template the rules were tuned on
HELD_OUT = ["unseen", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
            "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
            "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
            "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44",
            "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53",
            "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60",
            "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69",
            "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77", "fresh78",
            "fresh79", "fresh80", "fresh81", "fresh82", "fresh83", "fresh84", "fresh85", "fresh86",
            "fresh87", "fresh88", "fresh89"]
# The parts no tuner has opened: the rules were never changed for them, and the learned decision and attendance models
# (graph/ingest/decision_model.json, attendance_model.json, tests/ingest_corpus/train_decisions.py) are trained on
# every part but these.
NEVER_OPENED = ["fresh22", "fresh23", "fresh24", "fresh25", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64",
                "fresh65", "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73",
                "fresh74", "fresh75", "fresh76", "fresh77", "fresh78", "fresh79", "fresh80",
                "fresh81", "fresh82", "fresh83", "fresh84", "fresh85", "fresh86", "fresh87", "fresh88",
                "fresh89"]
# ... and on the generated protocols the rules were tuned on, those tests/test_ingest_generated_figures.py measures as
# "gen-tune", "gen2-tune" and "gen3-tune" (the generator's seeds and version): their keys are the generator's own
GENERATED_TRAINING = ["gen:1-40@1", "gen:401-460@2", "gen:601-640@3"]
NOT_MET_YET: dict[str, set[str]] = {
    "unseen": set(), "fresh": set(), "fresh2": set(), "fresh3": set(), "fresh4": set(), "fresh5": set(),
    "fresh6": set(), "fresh7": set(), "fresh8": set(), "fresh9": set(),
    "fresh10": set(), "fresh11": set(), "fresh12": set(), "fresh13": set(),
    "fresh14": set(), "fresh15": set(),
    "fresh16": set(),
    "fresh17": set(),
    # (every goal kind of both met in the nineteenth round, tuned on them)
    "fresh18": set(),
    "fresh19": set(),
    # (tuned on in the twenty-second round: fresh21 meets every goal kind, fresh20 all but attendance)
    "fresh20": {"attendance"},
    "fresh21": set(),
    # (the next protocols of fresh18's and fresh19's bodies in their templates, other content: every goal kind met
    # as written, on the rules of the nineteenth round, tuned on those templates; never tuned on themselves)
    "fresh22": set(),
    "fresh23": set(),
    # (the next protocols of fresh20's and fresh21's bodies in their templates, never tuned on: read by the rules
    # alone; read with the forms learned from fresh20 and fresh21 accepted, below)
    # (fresh24's presenters and amounts met since the forty-second round: a report read by the last guess of a meeting;
    # its agenda items and decisions since the forty-third: the guess's sentence read over a line's wrap, the approval
    # of another meeting's notes no meeting's date)
    "fresh24": {"attendance"},
    # (fresh25's agenda items and presenters met since the twenty-sixth round, never opened: its header read, a
    # letterhead's title word in the middle cell)
    "fresh25": {"attendance", "decisions"},
    # (held out in the twenty-second round, tuned on in the twenty-third: templates of real public minutes of kommuner's
    # nämnder and råd, and of kommunalförbund, regional bodies and föreningar; fresh27's presenters .963 (.963), one
    # read from a lettered point its key makes a sub-item)
    "fresh26": set(),
    "fresh27": {"presenters"},
    # (held out in the twenty-third round, tuned on in the twenty-fourth: networks and joint bodies below the
    # politicians; school, education and owned bodies)
    "fresh28": {"attendance", "presenters", "decisions"},
    "fresh29": {"attendance"},
    # (held out in the twenty-fourth round, tuned on in the twenty-fifth: social services bodies; health care and
    # närvård bodies)
    # (fresh30's decisions not met in the fortieth round, met again since the forty-first: the learned decision model
    # read its 2061-09-06 "Förslag till beslut Arbetsutskottet beslutar att fördela medlen ..." as a decision, where the
    # key and the rules take a proposal, precision .977; a sentence directly over a decision the rules read is now
    # that decision's proposal or lead-in, learned_decisions.py)
    "fresh30": set(),
    "fresh31": set(),
    # (held out in the twenty-fifth round, tuned on in the twenty-sixth: school and education bodies; elderly care and
    # municipal health care)
    # (fresh32's decisions not met in the fortieth round, met again since the forty-first: the learned decision model
    # took the lead-in "Barn- och utbildningsnämnden beslutar" over the decision's points for a decision of its own,
    # twice, precision .964; see fresh30)
    "fresh32": {"attendance"},
    "fresh33": {"attendance"},
    # (held out in the twenty-sixth round, tuned on in the twenty-seventh: disability support and LSS; public health
    # and prevention)
    "fresh34": set(),
    "fresh35": set(),
    # (held out in the twenty-seventh round, tuned on in the twenty-eighth: elderly care, dementia and relatives'
    # support; school, student health and social services; fresh37's decisions .902 (.979), met since the fortieth
    # round: the learned decision model reads "Ordföranden finner att protokollet ... är genomgånget och lagt till
    # handlingarna")
    "fresh36": set(),
    "fresh37": set(),
    # (held out in the twenty-eighth round, tuned on in the twenty-ninth: disability care and LSS; substance abuse and
    # dependency care)
    "fresh38": set(),
    "fresh39": set(),
    # (held out in the twenty-ninth round, tuned on in the thirtieth: violence in close relationships; children's and
    # young people's mental health; fresh41's attendance .978 (.978), a youth council's adults under "Vuxna:" read
    # as members)
    "fresh40": set(),
    "fresh41": {"attendance"},
    # (held out in the thirtieth round, tuned on in the thirty-first: elderly care and dementia; crisis preparedness
    # and civil defence; fresh42's amounts .958 (.958), one sum counted at another line)
    "fresh42": {"amounts"},
    # (fresh43's attendance met since the forty-second round, read by the learned attendance model)
    "fresh43": {"agenda items", "decisions"},
    # (held out in the thirty-first round, tuned on in the thirty-second: mental health and suicide prevention;
    # habilitation and assistive aids; fresh44's agenda items .971 (.971), presenters .975 (.951), decisions .957
    # (.978); fresh45's a network's report of three meetings, its year never written, unread)
    # (fresh44's decisions met since the fifty-fifth round: a replacement's group, the meeting's own body now read)
    "fresh44": {"agenda items", "presenters"},
    # (fresh45's report, its year never written, read since the forty-second round by the last guess of a meeting:
    # its attendance, presenters and amounts met; its agenda items since the forty-seventh, an item's first sentence
    # after a colon no part of its title)
    "fresh45": {"decisions"},
    # (held out in the thirty-second round, tuned on in the thirty-third: maternal and child health care; medicines,
    # infection control and vaccination; fresh46's attendance .957 (1.0) and amounts 1.0 (1.0), fresh47's attendance
    # and amounts 1.0 (1.0))
    "fresh46": {"agenda items", "presenters", "decisions"},
    "fresh47": {"agenda items", "presenters", "decisions"},
    # (held out in the thirty-third round, tuned on in the thirty-fourth: rehabilitation and return to work; digital
    # health; their amounts met as written; fresh49's agenda items 1.0 (1.0) since the thirty-fourth)
    "fresh48": {"attendance", "agenda items", "presenters", "decisions"},
    # (fresh49's attendance met since the forty-third round, those a sentence tells present read by the learned
    # model of the names sentences mention; its presenters since the forty-eighth, 0.964 (1.000), a given name the
    # name finder learned, "Alva")
    "fresh49": {"decisions"},
    # (held out in the thirty-fourth round, tuned on in the thirty-fifth: carers' support and loneliness; school
    # absence; fresh50's amounts met as written, its agenda items 1.0 (0.986) since the thirty-fifth)
    "fresh50": {"attendance", "presenters", "decisions"},
    "fresh51": set(GOAL_KINDS) - {"attendance"},     # (its attendance met since the forty-third round)
    # (held out in the thirty-fifth round, tuned on in the thirty-sixth: addiction care; support under LSS; fresh52's
    # agenda items 1.0 (1.0) and amounts 1.0 (1.0) since the thirty-sixth; its attendance .955 (1.0) since the
    # forty-first: those present told in a sentence in the meeting's paragraph, and "narvarade" without its dots)
    "fresh52": {"presenters", "decisions"},
    "fresh53": set(GOAL_KINDS),
    # (held out in the thirty-sixth round, tuned on in the thirty-seventh: community psychiatry; elderly care and
    # dementia; fresh54's presenters .964 (1.0), fresh55's agenda items and amounts met since the thirty-seventh)
    "fresh54": {"attendance", "agenda items", "decisions", "amounts"},
    "fresh55": {"attendance", "presenters", "decisions"},
    # (held out in the thirty-seventh round, tuned on in the thirty-eighth: adult social services; people with multiple
    # illnesses; fresh56's amounts .963 (1.0) since the thirty-eighth)
    "fresh56": {"agenda items", "presenters", "decisions"},    # (its attendance met since the forty-third round)
    # (fresh57's attendance met since the forty-second round, read by the learned attendance model)
    "fresh57": {"agenda items", "presenters", "decisions", "amounts"},
    # (held out in the thirty-seventh and thirty-eighth rounds, tuned on in the thirty-ninth: staff health; children
    # with disabilities; fresh58's agenda items, presenters and amounts, fresh59's amounts met since the thirty-ninth)
    "fresh58": {"attendance", "decisions"},
    "fresh59": {"agenda items", "presenters", "decisions"},    # (its attendance met since the forty-third round)
    # (held out from the thirty-eighth round: young people's alcohol and drug prevention; rural home care)
    "fresh60": set(GOAL_KINDS),
    "fresh61": set(GOAL_KINDS),
    # (held out from the thirty-ninth round, four reports of meetings each: school health; dementia care)
    # (fresh62's amounts met since the forty-second round: its reports read by the last guess of a meeting)
    "fresh62": {"attendance", "agenda items", "presenters", "decisions"},
    "fresh63": set(GOAL_KINDS),
    # (held out from the forty-second round, three reports of meetings each: discharge and care at home; addiction)
    "fresh64": set(GOAL_KINDS) - {"amounts"},      # (its amounts met since the fifty-fifth round: no sum twice)
    "fresh65": set(GOAL_KINDS),
    # (held out from the forty-third round, three reports of meetings each: children's and young people's mental
    # health; digital care and care at a distance)
    "fresh66": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    "fresh67": set(GOAL_KINDS),
    # (held out from the forty-fourth round, four reports of meetings each: substance use; discharge and care at home)
    "fresh68": set(GOAL_KINDS),
    "fresh69": set(GOAL_KINDS),
    # (held out from the forty-fifth round, four reports of meetings each: sexual health; honour-related violence)
    "fresh70": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    "fresh71": set(GOAL_KINDS),
    # (held out from the forty-sixth round, four reports of meetings each: loneliness among older people; LSS)
    "fresh72": set(GOAL_KINDS),
    "fresh73": set(GOAL_KINDS),
    # (held out from the forty-eighth round, four reports of meetings each: sight and hearing; heat and health)
    "fresh74": set(GOAL_KINDS),
    "fresh75": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    # (held out from the fiftieth round, four reports of meetings each: oral health; involuntary loneliness)
    "fresh76": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    "fresh77": set(GOAL_KINDS),
    # (held out from the fifty-first round, four reports of meetings each: falls; children as next of kin)
    "fresh78": set(GOAL_KINDS),
    "fresh79": set(GOAL_KINDS),
    # (held out from the fifty-second round, six minutes and two reports each: malnutrition; somatic health in
    # severe mental illness)
    "fresh80": set(GOAL_KINDS),
    "fresh81": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    # (held out from the fifty-third round, six minutes and two reports each: palliative care; assistive devices and
    # rehabilitation at home)
    "fresh82": set(GOAL_KINDS) - {"amounts"},       # (its amounts met from the fifty-fourth round on)
    "fresh83": set(GOAL_KINDS) - {"decisions"},     # (its decisions met as first measured)
    # (held out for the fifty-fourth round, written at the fifty-third's end, six minutes and two reports each: foster
    # care; digital exclusion among older people)
    "fresh84": set(GOAL_KINDS),
    "fresh85": set(GOAL_KINDS) - {"amounts"},      # (its amounts met since the fifty-fifth round: no sum twice)
    # (held out from the fifty-fourth round's end, written while it ran, six minutes and two reports each: diabetes and
    # self-care; overweight among children)
    "fresh86": set(GOAL_KINDS) - {"amounts"},       # (its amounts met as first measured)
    "fresh87": set(GOAL_KINDS),
    # (held out from the fifty-fifth round's end, written while it ran, six minutes and two reports each: eating
    # disorders among the young; prehospital care and mobile teams)
    "fresh88": set(GOAL_KINDS),
    "fresh89": set(GOAL_KINDS) - {"amounts"},      # (its amounts met as first measured)
}
# parts where new people one letter from known ones are still merged (fresh25's one merge no longer made after the
# twenty-second round; fresh28's one and fresh29's two, made on co-attendance alone, no longer since the twenty-third,
# when co-attendance stopped confirming a spelling of its own: see reconcile.py)
WRONG_MERGES_YET: set[str] = set()


# parts where a missed fact is lost without a trace in the review
# (fresh18 and fresh19 lose none since the nineteenth round: their silent decisions, items and amounts read)
# (fresh20, fresh21, fresh22 and fresh24 lose none since the twenty-second round, fresh23 and fresh26 since the
# twenty-third)
# (fresh30 and fresh31 lose none since the twenty-fifth round)
# (fresh35 loses none since the twenty-seventh round; fresh25 and fresh32 since the twenty-eighth, a person's name
# on a line no fact took listed for the review; fresh38 and fresh39 since the twenty-ninth, tuned on, and fresh34, its
# last silent miss read)
# (fresh41 loses none since the thirtieth round, tuned on; fresh42 and fresh43 since the thirty-first; fresh44 and
# fresh45 since the thirty-second; fresh49 since the thirty-fourth, tuned on; fresh52 since the thirty-sixth, tuned
# on, a protocol held as told in its first sentence read; fresh54 since the thirty-seventh, tuned on; fresh59, held
# out, loses none as first measured; fresh56 since the thirty-eighth, tuned on; fresh59 loses none after the
# thirty-ninth, tuned on, as at its first measure; fresh66, held out, loses none as first measured in the forty-third;
# fresh68 and fresh69, held out, lose some as first measured in the forty-fourth; fresh70 and fresh71 likewise in the
# forty-fifth; fresh72 and fresh73 in the forty-sixth; fresh74 and fresh75 in the forty-eighth; fresh76 and fresh77 in
# the fiftieth; fresh79 in the fifty-first, fresh78 losing none as first measured; fresh81 in the fifty-second, fresh80
# losing none as first measured; fresh82 and fresh83 in the fifty-third; fresh84 and fresh85 at its end; fresh86 and
# fresh87 at the fifty-fourth's end; fresh88 and fresh89 at the fifty-fifth's)
SILENT_YET: set[str] = {"fresh27", "fresh28", "fresh33", "fresh36", "fresh37", "fresh40", "fresh46", "fresh47",
                        "fresh48", "fresh51", "fresh53", "fresh55", "fresh57", "fresh58", "fresh60", "fresh61",
                        "fresh62", "fresh63", "fresh64", "fresh65", "fresh67", "fresh68", "fresh69",
                        "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77",
                        "fresh79", "fresh81", "fresh82", "fresh83", "fresh84", "fresh85", "fresh86", "fresh87",
                        "fresh88", "fresh89"}

# part -> (the parts whose documents count as accepted protocols, "within": each of its documents read with its
# other documents accepted; the goal kinds not met yet): reading with the forms of accepted protocols (learned.py),
# tested in test_ingest_corpus_goal_a.py
LEARNED: dict[str, tuple[list[str], set[str]]] = {
    # the development parts the learning was built on (five bodies, two protocols each): tuned figures
    "learn": (["within"], {"presenters", "decisions"}),
    "learn2": (["within"], {"attendance", "presenters", "decisions"}),
    "learn3": (["within"], set()),
    # held out: the next protocols of the bodies of fresh18/fresh19 (already at the goal by the rules tuned on
    # those templates) and of fresh20/fresh21 (tuned on in the twenty-second round), read once those are accepted
    "fresh22": (["fresh18"], set()),
    "fresh23": (["fresh19"], set()),
    # (fresh24's agenda items, presenters and decisions met since the thirty-sixth round: its protocols with no title
    # the rules knew read as minutes, `_minutes_shaped`)
    "fresh24": (["fresh20"], {"attendance"}),
    "fresh25": (["fresh21"], {"attendance", "decisions"}),      # (agenda items and presenters met: twenty-sixth round)
}

# (on fresh25, read with fresh21's forms, 2 agenda items, 1 decision and 1 presenter the rules alone read were lost,
# for 8 more attendance entries, until the twenty-second round)
LEARNING_LOSES_YET: set[str] = set()

SHARES = 2


def share_of(part: str) -> int:
    """The share (test file) measuring `part`: the parts read with learned forms and the parts they learn from in
    the first, with every third other part (their learned reading costs about as much as the parts it leaves to
    the second); the rest in the second."""
    learning = set(LEARNED) | {t for teachers, _ in LEARNED.values() for t in teachers if t != "within"}
    if part in learning:
        return 0
    others = [p for p in PARTS if p not in learning]
    return 0 if others.index(part) % 3 == 0 else 1


@functools.cache
def loaded(part: str) -> CorpusPart:
    """A corpus part, loaded once per test process."""
    return load_part(CORPUS_DIR / part)


@functools.cache
def part_report(part: str) -> QualityReport:
    """A corpus part measured by the rules alone, once per test process (the figures shown with `pytest -s`)."""
    report = measure_part(loaded(part))
    print(report.summary())
    return report


def explain(kind: str, s: Score) -> str:
    return f"{kind}: precision {s.precision}, recall {s.recall}; missed {s.missed[:8]}; extra {s.extra[:8]}"


# ------------------------------------------------------------------ the tests, run by each share's file on its parts

def test_each_corpus_part_is_measured_document_by_document(part: str) -> None:
    """Every document of the part is measured (a refused document counts with every fact missed),
    and each goal kind has facts in the answer keys to be measured on."""
    report = part_report(part)
    assert set(report.per_document) == {d.id for d in loaded(part).documents}
    for kind in GOAL_KINDS:
        assert report.total[kind].curated > 0, kind
    assert set(report.total) == set(KINDS)


def test_held_out_part_meets_the_goal(part: str, kind: str) -> None:
    s = part_report(part).total[kind]
    assert s.recall is not None and s.recall >= GOAL_RECALL, explain(kind, s)
    assert s.precision is not None and s.precision >= GOAL_PRECISION, explain(kind, s)


def test_held_out_part_has_no_wrong_merge(part: str) -> None:
    assert part_report(part).wrong_merges == []


def test_held_out_part_loses_no_fact_in_silence(part: str) -> None:
    """What the ingest misses, the review must point at: listed as not understood, or misread as another fact;
    never taken as prose (issue 13, point 2)."""
    silent = {k: part_report(part).total[k].silent for k in SILENT_KINDS}
    assert not any(silent.values()), silent


# test -> (the parts it runs on, whether once per goal kind, the cases short of the goal yet (strict xfails), why)
_CASES = {
    test_each_corpus_part_is_measured_document_by_document.__name__: (PARTS, False, lambda p, k: False, ""),
    test_held_out_part_meets_the_goal.__name__: (
        HELD_OUT, True, lambda p, k: k in NOT_MET_YET[p], "issue 13 goal not met yet"),
    test_held_out_part_has_no_wrong_merge.__name__: (
        HELD_OUT, False, lambda p, k: p in WRONG_MERGES_YET,
        "issue 13 goal not met yet: new people one letter from known ones are merged"),
    test_held_out_part_loses_no_fact_in_silence.__name__: (
        HELD_OUT, False, lambda p, k: p in SILENT_YET,
        "issue 13 point 2 not met yet: missed facts on lines taken as prose or layout"),
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Each shared test on the parts of the importing file's SHARE, a known gap as a strict xfail."""
    case = _CASES.get(metafunc.function.__name__)
    if case is None:
        return
    parts, per_kind, short, why = case
    mine = [p for p in parts if share_of(p) == metafunc.module.SHARE]
    xfail = pytest.mark.xfail(strict=True, reason=why)
    if per_kind:
        metafunc.parametrize(("part", "kind"), [pytest.param(p, k, marks=[xfail] if short(p, k) else [])
                                                for p in mine for k in GOAL_KINDS])
    else:
        metafunc.parametrize("part", [pytest.param(p, marks=[xfail] if short(p, None) else []) for p in mine])
