"""Page layout removed before a protocol is read: page headers and footers, words hyphenated at line ends.

A text from a PDF or a scan carries the furniture of its pages ("Sida 2 av 4", the title and date
repeated at the top of each page) and words split at line ends ("sam-" / "verkan"). Both are taken
out here, line for line: the result has exactly the lines of the input, so every fact read from it
still cites the line numbers of the source. A furniture line becomes empty (and is listed in
`Layout.layout`); a hyphenated word is joined on the first line and its tail taken off the next.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..names import fold

# "Sida 2 av 4", "Sida 2", "sid. 2 (4)", "Page 2 of 4", "- 2 -", "2 (4)", "2/4", "2 av 4"
_PAGE_MARK = re.compile(
    r"^(?:(?:s ?i ?d ?a(?: ?n)?|sid\.?|s\.|page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?"
    r"|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*(?:\(\d{1,3}\)|/\s*\d{1,3}|av\s+\d{1,3}))$", re.I)
# (its word spaced out too: "S I D A N 1 AV 2")
# a page mark at the end of a header line, after a run of spaces or a tab (", sida 2" after a comma)
_TRAILING_MARK = re.compile(r"(?:(?:\t|\s{2,}|\s+[|–-]\s+)((?:sidan|sida|sid\.?|page)\s*\d{1,3}"
                            r"(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?"
                            r"|\d{1,3}\s*\(\d{1,3}\))"
                            r"|,\s*((?:sida|sid\.|page)\s*\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3}|\s*\(\d{1,3}\))?))\s*$",
                            re.I)
_DATE = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b"
                   r"|\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
                   r"|december)\s+(?:19|20)\d\d\b", re.I)
# a rule across a page ("______...", "=====...", "-----..."), thirty signs or more
_PAGE_RULE = re.compile(r"([_=–—-])\1{29,}")
# a word split at the line end: letters and a hyphen (not a dash after a space, not "hälso- och")
# (or the sign "¬" a scan's OCR writes for a word broken at the line end: "kom¬" / "munerna")
_HYPHEN_END = re.compile(r"(?<=[A-Za-zÅÄÖåäöéÉü]{2})[-\u00ad¬]$")
_TAIL_START = re.compile(r"^(\s*)([a-zåäöéü][\wåäöéü]*)([.,;:!?)]*)(\s*)(.*)$")
_ELLIPSIS_WORDS = {"och", "eller", "samt", "respektive", "resp", "till", "som"}
# the printed furniture of a Swedish protocol page, wherever it stands
_FURNITURE_WORD = (r"(?:justerandes? sign\w*|justerares sign\w*|justerar\w*signatur\w*|ordforandes sign\w*"
                   r"|sekreterarens sign\w*|utdragsbestyrkande|signatur(?:er)?)(?:\s*[:.]?\s*_*)?")
# (one of them alone, or two side by side as a page's foot prints them: "Justerarsignaturer    Utdragsbestyrkande")
_FURNITURE = re.compile(rf"^{_FURNITURE_WORD}(?:\s+{_FURNITURE_WORD})*$")
# an entry of a list (a bullet, a table row) or of a table of contents (dotted leaders and a page number)
_AGENDA_ENTRY = re.compile(r"^\s*(?:[•·▪◦‣*–-]\s|\|)|\.{4,}\s*\d{1,3}\s*$")
NEAR = 3        # lines between a page mark and a header/footer repeated on each page
# the formulae a body takes note and decides with (folded): a sentence of the text, never a page's furniture
_DECISION_FORMULA = re.compile(r"\b(?:noteras|noterades|antecknas|antecknades|godkanns|godkandes|laggs|lades"
                               r"|faststalls|faststalldes|beslutades|beslots|tackades"
                               # (the bare infinitive under "Beslut": "notera informationen.", "lägga ... till
                               # handlingarna.")
                               r"|notera|anteckna|godkanna|lagga|faststalla"
                               # (the decision as proposed: "Enligt förslag.", "Beslut: Enligt förslag.")
                               r"|enligt forslag(?:et)?)\b")


@dataclass
class Layout:
    lines: list[str]
    layout: set[int] = field(default_factory=set)          # 1-based numbers of furniture lines (now empty)
    joined: dict[int, int] = field(default_factory=dict)   # line -> the line whose first word it took


def is_page_mark(text: str) -> bool:
    """A line that is only a page number ("Sida 2 av 4", "- 2 -", "2 (4)")."""
    return bool(_PAGE_MARK.match(text.strip().strip("*_#").strip()))


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text.strip().strip("*_#|").strip()))


def _capital_heading_once(out: list[str], i: int, k: str, keys: list[str]) -> bool:
    """Line i is a heading in capitals of two words or more written so once ("NY LEDAMOT"), the line under it
    text, and each other line with its words written in another case ("• Ny ledamot" in an agenda's list): the
    title again as its item's heading. A running header repeats its capitals."""
    t = out[i].strip().strip("*_#").strip()
    if not (t.isupper() and len(t.split()) >= 2) or i + 1 >= len(out) or not out[i + 1].strip():
        return False
    others = [o for o, ko in enumerate(keys) if ko == k and o != i]
    return bool(others) and not any(out[o].strip().strip("*_#").strip().isupper() for o in others)


# a mail's quotation marks before the lines it quotes ("> ", "> > ", ">>")
_QUOTED = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")


def unquote_mail(lines: list[str]) -> list[str]:
    """The lines of a quoted mail without their quotation marks ("> Närvarande" as "Närvarande"), when the
    quoted lines are most of the text (a forwarded protocol); a text that only quotes a line or two, or
    a line that merely starts with ">" in prose, keeps its marks."""
    text = [line for line in lines if line.strip()]
    quoted = [line for line in text if _QUOTED.match(line)]
    if len(quoted) < 5 or len(quoted) < 0.5 * len(text):
        return list(lines)
    return [_QUOTED.sub("", line, count=1) if _QUOTED.match(line) else line for line in lines]


def _dedent(lines: list[str]) -> list[str]:
    """The margin every line of text shares taken off (a text extracted or pasted with its page's left margin, every
    line indented alike): the rules read a heading, a list's label and a column by where they start."""
    cut = min((len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()), default=0)
    return [ln[cut:] if ln.strip() else ln for ln in lines] if cut else lines


def clean_layout(lines: list[str]) -> Layout:
    """The lines without page furniture and with words hyphenated at line ends joined; same line count
    (a forwarded mail's quotation marks taken off first, `unquote_mail`)."""
    out = _dedent(unquote_mail(lines))
    lay = Layout(out)
    _strip_margin_numbers(out)
    _strip_right_rules(out)
    _strip_page_before_item(out)
    marks = set()
    for i, line in enumerate(out):
        if is_page_mark(line):
            marks.add(i)
        elif (m := _TRAILING_MARK.search(line)) and m.start() > 0:
            out[i] = line[: m.start()].rstrip()
            marks.add(i)
            rest = out[i].strip()
            by_comma = m.group(1) is None      # ", sida 2": only with a date beside it (not "se bilagan, sida 2")
            if len(rest.split()) <= 12 and not rest.endswith((".", ":", ";")) and i > 2 and \
                    (not by_comma or _DATE.search(rest)):
                lay.layout.add(i + 1)   # the running header or footer the page number closes
    # a rule across the page alone on its line, the first page's letterhead again under it ("_____..." /
    # "OSKARSHAMNS KOMMUN      PROTOKOLL"): a page break, as a page's number is
    head = [j for j, ln in enumerate(out) if ln.strip()][:5]        # the first page's head: its first lines
    for i, line in enumerate(out):
        if not _PAGE_RULE.fullmatch(line.strip()):
            continue
        firsts = {_key(out[j]) for j in head if j < i and not _PAGE_RULE.fullmatch(out[j].strip())}
        if any(_key(out[j]) in firsts for j in range(i + 1, min(len(out), i + 3)) if out[j].strip()):
            marks.add(i)
            lay.layout.add(i + 1)
    # page numbers alone on their lines ("2", "3", ...): a run going up by one through the document
    # (an item's number alone with its stop among them, "1." / "Öppnande" / ... / "2" / "GEMENSAM VERKSAMHET", counts
    # in the run: no page's number has a stop)
    bare = [(i, int(line.strip().rstrip("."))) for i, line in enumerate(out) if re.fullmatch(r"\s*\d{1,3}\.?\s*", line)]
    runs: list[list[int]] = []
    for k, (i, v) in enumerate(bare):
        if k and v == bare[k - 1][1] + 1 and runs:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        # (not items' numbers alone over their titles, a few lines apart: "1" / "ÖPPNANDE AV MÖTET" / text / "2" / ...)
        if len(run) >= 3 and max(b - a for a, b in itertools.pairwise(run)) <= 12 and all(
                i + 1 < len(out) and out[i + 1].strip() and len(out[i + 1].split()) <= 12
                and not out[i + 1].rstrip().endswith((".", ",")) for i in run):
            continue
        run = [i for i in run if not out[i].strip().endswith(".")]
        if len(run) >= 2:
            marks.update(run)
            lay.layout.update(i + 1 for i in run)
    # a heading underlined ("Inledning" / "---------", "Avslutning" / "=========="): the line under it is no text
    for i in range(1, len(out)):
        under, above = out[i].strip(), out[i - 1].strip()
        if re.fullmatch(r"([-=~_–—])\1{2,}", under) and above and not re.search(r"\t| {3,}", above) \
                and len(above.split()) <= 14 and not above.endswith((".", ",", ";")) \
                and 0.5 * len(above) <= len(under) <= 1.5 * len(above) + 2 and (i < 2 or not out[i - 2].strip()):
            lay.layout.add(i + 1)
    # a markup comment ("<!-- exported from ... -->", also over several lines): no text of the protocol
    in_comment = False
    comments: set[int] = set()
    for i, line in enumerate(out):
        t = line.strip()
        if in_comment or t.startswith("<!--"):
            comments.add(i + 1)
            in_comment = "-->" not in t
    lay.layout |= comments
    keys = [_key(line) if (i + 1) not in comments else "" for i, line in enumerate(out)]
    at: dict[str, list[int]] = {}       # each key's lines (0-based), in order
    for i, k in enumerate(keys):
        if k:
            at.setdefault(k, []).append(i)
    first_text = next((i for i, k in enumerate(keys) if k), None)
    first_mark = min(marks) if marks else len(out)

    # per key said more than once: in two forms (a list's entry and not), and each time by a page mark
    two_forms = {k: len({bool(_AGENDA_ENTRY.search(out[o])) for o in los}) == 2
                 for k, los in at.items() if len(los) > 1}
    always_by_mark = {k: all(_marks_near(o, marks) for o in los) for k, los in at.items() if len(los) > 1}
    repeated: set[int] = set()     # lines taken as furniture only for being said again near page marks
    for i, k in enumerate(keys):
        if not k:
            continue
        if is_page_mark(out[i]) or _FURNITURE.match(k):
            lay.layout.add(i + 1)
            continue
        near_mark = bool(_marks_near(i, marks))
        dated = bool(_DATE.search(out[i]))
        if two_forms.get(k):
            continue    # a title the agenda lists ("• Kommande möten", "| 9 | Övriga frågor |", "Välkommen ... 2") and
            # again as its item's heading ("**Kommande möten**", "9:ÖVRIGA FRÅGOR"): a running header keeps its form
        if len(at[k]) < 2 and near_mark and dated and i > 8 and _repeats_the_title(out, i):
            lay.layout.add(i + 1)   # a running header or footer seen once: the title's words and a date
            continue
        if len(at[k]) < 2 or len(k) > 120:
            continue
        if not (near_mark or dated):
            continue
        if not dated and out[i].rstrip().endswith(".") and (_DECISION_FORMULA.search(k) or k.startswith("beslut")):
            continue    # a decision's formula said in item after item, a page break after some ("Informationen
            # noteras."): text, whatever page marks stand near it
        if not dated and len(at[k]) == 2 and _NUMBERED_TITLE.match(out[i]) \
                and (len(marks) > 2 or any(not _at_page_edge(o, marks, keys, at) for o in at[k])):
            continue    # a numbered title said twice in a document of more pages (a running header is said on every
            # page), or once with a line of text between it and the page's mark: the agenda's line and the item's
            # heading ("Ärendelista" / "33. Fastställande av dagordning" on page 2, the item's heading at page 3's
            # top; the agenda's last line at a page's foot, the item at the last page's top), not a running header
        if not dated and not always_by_mark[k]:
            # said elsewhere too, not every time by a page break: text, not a running header, where it is
            if out[i].rstrip().endswith((".", "!", "?")):
                continue    # a sentence said twice ("Noteras.", "Gruppen noterade informationen.")
            if i + 1 < len(out) and re.match(r"\s*[a-zåäöé]", out[i + 1]):
                continue    # a sentence's first words, its next words on the line under it ("Gruppen beslutar" /
                # "att fördela medlen ...")
            if _NUMBERED_TITLE.match(out[i]):
                continue    # a numbered title announced in the agenda and again as the item's heading ("8. Nästa
                # möte" ... "8) Nästa möte"; the heading in bold, "8. **Nästa möte**"; run on, "8:Nästa möte")
            if _capital_heading_once(out, i, k, keys):
                continue    # a heading in capitals, once, over text, repeating a title listed in another case
                # ("• Ny ledamot" ... "NY LEDAMOT"): the item's heading, not a running header
        # the first occurrence of a repeated title at the top of the document is the title itself, and so
        # is the first occurrence of a line of the first page's header (before any page mark)
        if i not in marks and (i == first_text or (i == at[k][0] and i < 8 and i < first_mark)):
            continue
        lay.layout.add(i + 1)
        if not dated:
            repeated.add(i + 1)
    _keep_off_the_edge(out, lay, repeated, marks)
    for n in lay.layout:
        out[n - 1] = ""
    _join_hyphenated(out, lay)
    return lay


# a numbered title ("8. Nästa möte", "8) Nästa möte", "§ 8 Nästa möte", "8. **Nästa möte**", "8:Nästa möte")
# (a scan's "$" for "§": "$ 41 Fastställande av dagordning")
_NUMBERED_TITLE = re.compile(r"[\s*_#]*(?:[§$]\s*)?\d{1,3}\s*(?:[.):]\s*|\s+)[*_]*[^\W\d_]")


def _at_page_edge(i: int, marks: set[int], keys: list[str], at: dict[str, list[int]]) -> bool:
    """Line i stands at a page's edge: between it and a page mark near it only blank lines and lines said again
    (a running header's other lines)."""
    return any(all(not keys[m] or m in marks or len(at.get(keys[m], [])) > 1 for m in range(min(i, j) + 1, max(i, j)))
               for j in _marks_near(i, marks))


def _marks_near(i: int, marks: set[int]) -> list[int]:
    """The page marks (0-based lines) within NEAR lines of line i."""
    return [j for j in range(i - NEAR, i + NEAR + 1) if j in marks]


def _keep_off_the_edge(out: list[str], lay: Layout, repeated: set[int], marks: set[int]) -> None:
    """A line said again near page marks is a running header or footer only at a page's edge: between it and the
    page mark near it stand only blank lines and furniture. One with a line of text between ("3 av 3" / "60. Budget"
    / "Föredragande: Anna Holm", said so in two items) is text, and stays."""
    changed = True
    while changed:
        changed = False
        for n in sorted(repeated & lay.layout):
            i = n - 1
            near = _marks_near(i, marks)
            if near and all(any(out[m].strip() and (m + 1) not in lay.layout and m not in marks
                                for m in range(min(i, j) + 1, max(i, j))) for j in near):
                lay.layout.discard(n)
                changed = True


# a scan's own line numbers in the left margin (" 5  Narvarande", "12", "13  Karin Berg, Nybro kommun")
_MARGIN_NUMBER = re.compile(r"^\s{0,3}(\d{1,3})(?:\s{2,}|\t|\s*$)")
MARGIN_RUN = 12     # lines in a row, numbered one up each, among them a number alone (a blank line of the scan)


def _strip_margin_numbers(out: list[str]) -> None:
    """A scan or export that numbers its own lines in the margin: a run of at least MARGIN_RUN consecutive
    lines, every one opening with a number one more than the line before's and a wide gap, one of them the
    number alone (the page's blank line), has the numbers taken off, and after it any run of three or more (the
    next page's, numbered from 1 again or on). A numbered list ("1  Öppnande", "2  Val av justerare") has no entry
    without text and breaks its run with its blank lines and its text."""
    i = 0
    found = False       # a page's run found: the next pages' runs (numbered from 1 again, or on) may be shorter
    while i < len(out):
        run: list[int] = []
        j, prev = i, None
        while j < len(out) and (m := _MARGIN_NUMBER.match(out[j])) and (prev is None or int(m.group(1)) == prev + 1):
            run.append(j)
            prev = int(m.group(1))
            j += 1
        texts = sum(not out[k].strip().isdigit() for k in run)
        if len(run) >= MARGIN_RUN and texts and any(out[k].strip().isdigit() for k in run) \
                or found and len(run) >= 3 and texts >= 2:
            for k in run:
                out[k] = _MARGIN_NUMBER.sub("", out[k], count=1)
            found = True
        i = max(j, i + 1)


def _strip_page_before_item(out: list[str]) -> None:
    """A page's number run on before the first item's number on the page, the page marked "(N)" just above ("(2)" /
    "" / "2 1. Konferensen öppnas"): the page's number taken off the item's line."""
    for i, line in enumerate(out):
        m = re.match(r"^(\d{1,3}) (?=\d{1,3}[.)] \S)", line)
        if m and any(out[k].strip() == f"({m.group(1)})" for k in range(max(0, i - 3), i)):
            out[i] = line[m.end():]


# a line whose only bar is its last sign ("Mötets öppnande |", "|"): a table's right rule kept by an export
_RIGHT_RULE = re.compile(r"^([^|]*?)\s*\|\s*$")


def _strip_right_rules(out: list[str]) -> None:
    """A text exported from a table of one column whose right rule stands at the end of the lines ("§ 1. |" /
    "Mötets öppnande |" / "|"): the rules taken off, where five lines of text or more end so and they are a
    quarter of the text's lines at least (a line or two ending in a bar are kept as written)."""
    text = [line for line in out if line.strip()]
    ruled = {i: m.group(1) for i, line in enumerate(out) if (m := _RIGHT_RULE.match(line))}
    if sum(1 for kept in ruled.values() if kept.strip()) < 5 or 4 * len(ruled) < len(text):
        return
    for i, kept in ruled.items():
        out[i] = kept


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", fold(_DATE.sub(" ", text)))}


def _repeats_the_title(out: list[str], i: int) -> bool:
    """Whether line i is only words of the document's first lines (its title) beside a date: the
    running header or footer of a page, not a line of the text."""
    words = _words(out[i])
    head = [line for line in out[:12] if line.strip()][:6]
    return len(words) >= 2 and words <= set().union(*(_words(line) for line in head)) and len(out[i]) <= 120


def _join_hyphenated(out: list[str], lay: Layout) -> None:
    for i in range(len(out) - 1):
        line = out[i].rstrip()
        if not _HYPHEN_END.search(line):
            continue
        j = i + 1
        while j < len(out) and (j + 1) in lay.layout:
            j += 1
        if j >= len(out):
            break
        m = _TAIL_START.match(out[j])
        if not m or m.group(2) in _ELLIPSIS_WORDS:
            continue
        out[i] = line[:-1] + m.group(2) + m.group(3)
        out[j] = m.group(1) + m.group(5) if m.group(5) else ""
        lay.joined[i + 1] = j + 1
        if not out[j].strip():
            lay.layout.add(j + 1)


__all__ = ["Layout", "clean_layout", "is_page_mark"]
