"""Protocol-given USING clauses added to an update's text (SPARQL 1.1 Protocol §2.2.3), placed with a
small lexer that skips strings, IRIs (with their \\u escapes) and comments. No safety decision is
made on text: server/sparql_guard.py decides on a real parse of the text the engine will run."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)'
    r'|(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\')'
    r'|(?P<string>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><(?:[^<>"{}|^`\\\s]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)',
    re.S,
)


def blank_out(text: str) -> str:
    """The text with comments and strings replaced by spaces and IRIs emptied to '<  >' (same length)."""

    def blank(m: re.Match) -> str:
        n = len(m.group(0))
        return "<" + " " * (n - 2) + ">" if m.lastgroup == "iri" else " " * n

    return _TOKEN.sub(blank, text)


class DatasetConflict(ValueError):
    """using-graph-uri / using-named-graph-uri given for an update that has USING or WITH."""


def add_using(update: str, default: list[str], named: list[str]) -> str:
    """Insert USING / USING NAMED clauses before the WHERE of every DELETE/INSERT ... WHERE operation.

    SPARQL 1.1 Protocol §2.2.3: the protocol dataset applies to operations with a WHERE clause; it
    is an error to give it together with USING, USING NAMED or WITH in the update.
    """
    if not default and not named:
        return update
    masked = blank_out(update)
    if re.search(r"\b(USING|WITH)\b", masked, re.I):
        raise DatasetConflict("using-graph-uri/using-named-graph-uri given, but the update has USING or WITH")
    clause = "".join(f" USING <{g}>" for g in default) + "".join(f" USING NAMED <{g}>" for g in named) + " "
    out, depth, last = [], 0, 0
    op_is_modify = False
    for m in re.finditer(r"[{};]|\b(?:INSERT|DELETE|WHERE|DATA)\b", masked, re.I):
        tok = m.group(0).upper()
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0 and tok == ";":
            op_is_modify = False
        elif depth == 0 and tok in ("INSERT", "DELETE"):
            nxt = masked[m.end():].lstrip().upper()
            op_is_modify = not nxt.startswith(("DATA", "WHERE"))
        elif depth == 0 and tok == "WHERE" and op_is_modify:
            out.append(update[last:m.start()])
            out.append(clause)
            last = m.start()
    out.append(update[last:])
    return "".join(out)
