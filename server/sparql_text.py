"""Light lexical checks on SPARQL text (no parsing): find keywords outside strings, IRIs and
comments, and add protocol-given USING clauses to updates."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r'(?P<comment>#[^\n]*)'
    r'|(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\')'
    r'|(?P<string>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')'
    r'|(?P<iri><[^<>"{}|^`\\\s]*>)',
    re.S,
)


def blank_out(text: str) -> str:
    """The text with comments, strings and IRIs replaced by spaces (same length)."""
    return _TOKEN.sub(lambda m: " " * len(m.group(0)), text)


def has_keyword(text: str, keyword: str) -> bool:
    return re.search(rf"\b{keyword}\b", blank_out(text), re.I) is not None


def uses_service(query: str) -> bool:
    """Whether a query or update calls a remote endpoint (SERVICE)."""
    return has_keyword(query, "SERVICE")


def uses_load(update: str) -> bool:
    """Whether an update fetches a remote document (LOAD)."""
    return has_keyword(update, "LOAD")


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
