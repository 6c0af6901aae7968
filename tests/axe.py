"""axe-core (installed from npm into node_modules/ by scripts/setup.sh --test) run inside a Playwright
page: the WCAG 2.0/2.1 A and AA rules, violations returned as short readable lines."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@dataclass(frozen=True)
class Violation:
    """One failed axe rule on one page: the rule, its impact, and the elements (CSS targets)."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.targets[:5]) + (f" (+{len(self.targets) - 5} more)" if len(self.targets) > 5 else "")
        return f"{self.rule} [{self.impact}] {self.help}: {shown}"


def axe_source() -> str:
    """The axe-core script; the test fails with the set-up command if it is not installed."""
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is not installed at {AXE_JS}: run scripts/setup.sh --test (npm ci)")
    return AXE_JS.read_text(encoding="utf-8")


def run_axe(page: object, tags: list[str] | None = None) -> list[Violation]:
    """Inject axe-core into the loaded page and run it on the whole document for the WCAG A/AA tags."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # evaluated through the browser's debugging protocol: the pages' Content-Security-Policy refuses
        # inline scripts, which is what add_script_tag would add
        page.evaluate(axe_source())
    result = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
            return r.violations.map(v => ({rule: v.id, impact: v.impact || '', help: v.help,
                                           targets: v.nodes.map(n => n.target.join(' '))}));
        }""",
        tags or TAGS,
    )
    return [Violation(v["rule"], v["impact"], v["help"], tuple(v["targets"])) for v in result]


def describe(violations: list[Violation]) -> str:
    """All violations, one a line, for an assertion message."""
    return "\n".join(str(v) for v in violations)
