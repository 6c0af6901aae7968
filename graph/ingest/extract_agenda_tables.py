"""An agenda written as a table: the item's number and title in the first column, its text in the second.

- `item_table_rows`: the rows of such tables, under a head naming the columns ("| Ärende | Anteckning och beslut |",
  "| § | Ärende | Anteckning och beslut |", a head laid out with spaces, "Agenda      Idag      Ansvar") or with no
  head (items' rows numbered going up, one holding a sentence), or under a head of three to five columns laid out
  with spaces naming the item's number, title, presenter and text ("Punkt  Ärende  Föredragande  Beslut",
  `_column_roles`); a title wrapped over two rows joined; the tables' heads, rules and empty rows as their furniture.
"""

from __future__ import annotations

import itertools
import re

from ..names import fold
from .extract_agenda_numbering import item_number

# a table of items laid out in two columns ("| Ärende | Anteckning och beslut |", "Punkt<TAB>Protokollstext"): the
# head's first cell names the item, its second the item's text (folded)
_ITEM_TABLE_ITEM = re.compile(r"(?:§|nr|punkt|arende|arenden|rubrik|amne|paragraf|dagordningspunkt|fraga|"
                              r"arende och rubrik|punkt och rubrik)")
_ITEM_TABLE_TEXT = re.compile(r"(?:\w+\s+(?:och|&)\s+)?(?:anteckning|anteckningar|minnesanteckning|minnesanteckningar"
                              r"|beslut|noteringar?|diskussion|kommentar|kommentarer|text|protokollstext|innehall"
                              r"|beskrivning|sammanfattning|behandling|information|atgard|protokollsanteckning)"
                              r"(?:\s+(?:och|&)\s+\w+)?")
SUB_NUMBER = re.compile(r"\d{1,3}\.\d{1,2}\.?\s+[A-ZÅÄÖ]")     # a sub-item's number and title ("1.1 Presentation")
_TABLE_RULE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")


def _cells(raw: str) -> list[str] | None:
    """The cells of a table's row of pipes or tabs, empty cells kept ("|  | text |", "<TAB>text", "| Budget |  |");
    None for a line of no table."""
    if "\t" in raw.strip(" ") or raw.startswith("\t"):
        cells = raw.rstrip().split("\t")
    elif raw.strip().startswith("|") and raw.strip().endswith("|") and len(raw.strip()) > 1:
        cells = raw.strip()[1:-1].split("|")
    else:
        return None
    cells = [c.strip() for c in cells]
    while len(cells) > 2 and not cells[-1]:
        cells.pop()
    return cells


def _two_cells(raw: str, numbered: str | None = None) -> list[str] | None:
    """A row of two columns (see `_cells`); with `numbered`, a row of three whose first two cells are the item's
    number and its title ("| 3 | Budget | text |" as "§ 3 Budget" and "text" under a head "§"), joined."""
    cells = _cells(raw)
    if cells is not None and numbered is not None and len(cells) == 3:
        first = f"{numbered} {cells[0]}" if numbered and re.fullmatch(r"\d{1,3}", cells[0]) else cells[0]
        cells = [f"{first} {cells[1]}".strip() if cells[0] or cells[1] else "", cells[2]]
    return cells if cells is not None and len(cells) == 2 else None


def _three_column_head(raw: str) -> str | None:
    """A head of three columns, the item's number, its title and its text ("| § | Ärende | Anteckning och beslut
    |", "Nr<TAB>Rubrik<TAB>Protokollstext"): the sign to set before a bare number ("§" under a head "§" or
    "Paragraf", else ""); None for any other row."""
    cells = _cells(raw)
    if cells is None or len(cells) != 3 or not all(cells):
        return None
    number, title, text = (fold(c).strip(" .:") for c in cells)
    if not re.fullmatch(r"(?:|nr|punkt|paragraf|p|pkt)", number) or number == "" and cells[0].strip() != "§" \
            or not re.fullmatch(r"(?:arende|arenden|rubrik|amne|titel|fraga|arendemening|dagordningspunkt)", title) \
            or not _ITEM_TABLE_TEXT.fullmatch(text):
        return None
    return "§" if cells[0].strip() == "§" or number == "paragraf" else ""


def _titled_row(cells: list[str]) -> bool:
    """A row whose first cell is an item's number and title and whose second holds text."""
    hit = item_number(cells[0]) if cells[0] else None
    return hit is not None and bool(hit[1]) and bool(re.search(r"[^\W\d_]{3}", cells[1]))


def _aligned_cells(raw: str, cuts: list[int], every: bool = False) -> list[str] | None:
    """A row of a table laid out with spaces, cut where its head's columns start (`cuts`: the second column's and,
    if any, the third's), each cut moved to the word that starts within two places of it after a gap: the first two
    columns' cells (a third, "Ansvar", left out; `every`: each column's cell); None for a line of text across the
    cuts."""
    if "|" in raw or "\t" in raw:
        return None
    at = []
    for c in cuts:
        near = [k for k in range(max(1, c - 2), min(len(raw), c + 3)) if raw[k] != " " and raw[k - 1] == " "]
        if len(raw) > c and raw[max(0, c - 2):c + 1].strip() and not near:
            return None     # a word running over the column's start: no row of the table
        at.append(near[0] if near else c)
    first = raw[:at[0]].strip()
    if first and not raw[:at[0]].endswith("  "):
        return None
    if every:       # (each column's cell: the caller's table has more than two)
        return [first, *(raw[a:b].strip() for a, b in zip(at, [*at[1:], len(raw)], strict=True))]
    second = raw[at[0]:at[1] if len(at) > 1 else len(raw)].strip()
    return [first, second]


# the heads of a table of items laid out with spaces in four columns or so, by what each column holds (folded): the
# item's number, its title, who presents it, and columns of no item's ("Punkt  Ärende  Föredragande  Beslut",
# "Nr  Ärende  Ansvarig  Anteckning")
_NUMBER_HEAD = re.compile(r"punkt|nr|§|p|pkt|paragraf|arendenr|arende nr")
_TITLE_HEAD = re.compile(r"arende|arenden|rubrik|amne|titel|fraga|dagordningspunkt")
_PRESENTER_HEAD = re.compile(r"foredragande|foredragare|foredras av|presentator|informator|inledare")
_OTHER_HEAD = re.compile(r"ansvarig|ansvar|handlaggare|bilaga|bilagor|bil|dnr|diarienr|tid|klockan|kl")


def _column_roles(raw: str) -> tuple[list[int], list[str]] | None:
    """A head laid out with spaces over a table of items in three to five columns, the item's number first, its title
    second, a column of its text ("Beslut", "Anteckningar") and one of its presenter or none: where each column
    starts and what it holds ("number", "title", "presenter", "text", "other"); None for any other line."""
    if "|" in raw or "\t" in raw:
        return None
    at = [m.start() for m in re.finditer(r"(?:^|(?<=\s{2}))\S", raw.rstrip())]
    if not 3 <= len(at) <= 5 or at[0] != 0:
        return None
    heads = [fold(raw[a:b].strip()).strip(" .:") for a, b in zip(at, [*at[1:], len(raw)], strict=True)]
    roles = []
    for k, h in enumerate(heads):
        if len(h.split()) > 3:
            return None
        roles.append("number" if k == 0 and _NUMBER_HEAD.fullmatch(h)
                     else "title" if k == 1 and _TITLE_HEAD.fullmatch(h)
                     else "presenter" if k >= 2 and _PRESENTER_HEAD.fullmatch(h)
                     else "text" if k >= 2 and _ITEM_TABLE_TEXT.fullmatch(h)
                     else "other" if k >= 2 and _OTHER_HEAD.fullmatch(h) else "")
    if "" in roles or roles[:2] != ["number", "title"] or roles.count("text") != 1 or roles.count("presenter") > 1:
        return None
    return at, roles


def _role_cells(raw: str, at: list[int], roles: list[str]) -> list[str] | None:
    """A row of a table of items laid out under a head of `_column_roles`, each cell cut where its column starts (a
    cut moved to the word that starts within two places of it after a gap: a name run over its column by a space,
    "Margit Lindholm Johansson Informationen noteras."): the item's number and title (and its presenter, as a title
    names one: "(Föredragande: X)", set after the title by `_item_table_body`, the title wrapped or not) and its
    text, and the presenter's cell; None for a line of text across the columns."""
    cells = _aligned_cells(raw, at[1:], every=True)
    if cells is None:
        return None
    got = dict(zip(roles, cells, strict=True))
    return [f"{got['number']} {got['title']}".strip(), got["text"], got.get("presenter", "")]


def _item_table_body(raws: list[str], j: int, numbered: str | None = None, cuts: list[int] | None = None,
                     roles: list[str] | None = None) -> tuple[dict[int, tuple[str, str]], set[int], int]:
    """The rows of a table of items from line j (0-based) to a blank line or a row of another shape: (line ->
    (first cell, second cell)) of the rows, the item's title going on in the first cell of the rows under its own
    (a cell wrapped over two rows, "| § 4 Medel ur | text |" / "| överenskommelsen | more |", joined into the
    item's row); the table's rules and empty rows; the line after the table."""
    found: dict[int, tuple[str, str]] = {}
    rules: set[int] = set()
    titled: int | None = None       # the row of the last item's title, while its first cell may go on
    presenters: dict[int, str] = {}     # an item's row -> its presenter's cell (a table of `_column_roles`)
    while j < len(raws) and raws[j].strip():
        if _TABLE_RULE.fullmatch(raws[j]):
            rules.add(j)
            j += 1
            continue
        cells = _two_cells(raws[j], numbered) if cuts is None else _aligned_cells(raws[j], cuts) if roles is None \
            else _role_cells(raws[j], [0, *cuts], roles)
        if cells is None:
            break
        if len(cells) > 2 and (cells[0] or cells[1]) and cells[2]:
            presenters[j] = cells[2]
        if not cells[0] and not cells[1]:
            rules.add(j)            # an empty row
        elif cells[0] and (_titled_row(cells) or roles is not None and SUB_NUMBER.match(cells[0])):
            found[j] = (cells[0], cells[1])     # (or a sub-item's row in a table of roles: "1.1   Presentation ...")
            titled = j
        elif cells[0] and titled is not None and len(cells[0].split()) <= 8 \
                and not cells[0].rstrip().endswith((".", ":", "!", "?")) and item_number(cells[0]) is None:
            head, body = found[titled]
            found[titled] = (f"{head} {cells[0]}", body)        # the title wrapped in its cell
            found[j] = ("", cells[1])
        elif not cells[0] and found:
            found[j] = ("", cells[1])
            titled = None
        else:
            break
        j += 1
    for row, who in presenters.items():     # the presenter after the whole title, as a title names one
        if row in found and found[row][0]:
            found[row] = (f"{found[row][0]} (Föredragande: {who})", found[row][1])
    return found, rules, j


def item_table_rows(raws: list[str]) -> tuple[dict[int, tuple[str, str]], set[int]]:
    """An agenda written as a table of two columns, the item's number and title in the first cell and its text
    in the second, the text going on in rows whose first cell is empty ("| § 3/2050 Budget (Föredragande: Per Ek) |
    Förslaget redovisades. |" / "|  | Mötet beslöt att anta budgeten. |"), under a head naming the columns ("|
    Ärende | Anteckning och beslut |"; each item a table of its own, or one table for all), or with no head, two
    items' rows or more numbered going up, one holding a sentence: (line -> (the first cell, the second)) of its
    rows (the first cell empty on a row going on), and the lines of its heads, rules and empty rows (the table's
    furniture). A table whose rows do not start with a numbered title (a list of people, a decision log "| Nr |
    Beslut |" numbering rows without titles) is none."""
    rows: dict[int, tuple[str, str]] = {}
    furniture: set[int] = set()
    i = 0
    while i < len(raws):
        if (sign := _three_column_head(raws[i])) is not None:
            found, rules, j = _item_table_body(raws, i + 1, sign)
            if found:
                rows.update(found)
                furniture |= rules | {i}
            i = max(j, i + 1)
            continue
        # (a head laid out with spaces, the item's column first, "Agenda      Idag      Ansvar", over rows numbered
        # in it: the rows cut where its columns start; or a head of three to five columns, the item's number, title,
        # presenter and text, "Punkt   Ärende   Föredragande   Beslut": the number and title, the text, the presenter)
        aligned = [m.start() for m in re.finditer(r"(?:^|(?<=\s{2}))\S", raws[i].rstrip())]
        spaced: list[tuple[list[int], list[str] | None]] = []
        if 2 <= len(aligned) <= 3 and aligned[0] == 0 and "|" not in raws[i] and "\t" not in raws[i] \
                and re.fullmatch(r"(?:agenda|dagordning|dagordningspunkt|punkt|arende|nr)",
                                 fold(raws[i][:aligned[1]]).strip(" .:")) \
                and all(len(raws[i][a:].split("  ")[0].split()) <= 3 for a in aligned[1:]):
            spaced.append((aligned[1:], None))
        if (columns := _column_roles(raws[i])) is not None:
            spaced.append((columns[0][1:], columns[1]))
        read = False
        for cuts, roles in spaced:
            found, rules, j = _item_table_body(raws, i + 1, cuts=cuts, roles=roles)
            nums = [h[0] for n in sorted(found) if found[n][0] and (h := item_number(found[n][0]))]
            if len(nums) >= 2:
                rows.update(found)
                furniture |= rules | {i}
                i, read = max(j, i + 1), True
                break
        if read:
            continue
        head = _two_cells(raws[i])
        if head is None:
            i += 1
            continue
        if head[0] and head[1] and _ITEM_TABLE_ITEM.fullmatch(fold(head[0]).strip(" .:") or head[0]) \
                and _ITEM_TABLE_TEXT.fullmatch(fold(head[1]).strip(" .:")):
            found, rules, j = _item_table_body(raws, i + 1)
            if found:
                rows.update(found)
                furniture |= rules | {i}
            i = max(j, i + 1)
            continue
        # no head: the items' rows alone (not under a head of other columns, "| Område | Kommentar |")
        if _titled_row(head) and (i == 0 or not raws[i - 1].strip()):
            found, rules, j = _item_table_body(raws, i)
            nums = [h[0] for n in sorted(found) if found[n][0] and (h := item_number(found[n][0]))]
            if len(nums) >= 2 and all(b > a for a, b in itertools.pairwise(nums)) \
                    and any(found[n][1].rstrip().endswith((".", "!", "?")) for n in found):
                rows.update(found)
                furniture |= rules
            i = max(j, i + 1)
            continue
        i += 1
    return rows, furniture
