"""What the server's child processes import: a query worker answers without rdflib (issue 16 point 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .servers import ROOT


def test_the_worker_module_needs_no_rdflib() -> None:
    code = ("import sys\nimport server.worker\n"
            "print(sorted(m for m in ('rdflib', 'pyparsing', 'httpx', 'fastapi') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_a_bare_start_does_not_import_the_parents_main_module(tmp_path: Path) -> None:
    # the parent's main module imports rdflib (as the samverkan command does, through graph.config); a
    # process started by start_bare runs its target without it, one started plainly with it
    report = tmp_path / "modules.txt"
    main = tmp_path / "main.py"
    code = f"import sys; open({str(report)!r}, 'a').write(str('rdflib' in sys.modules) + chr(10))"
    main.write_text(
        "import sys\nimport rdflib  # noqa: F401\n"
        "from server.executor import _CTX, start_bare\n"
        f"CODE = {code!r}\n"
        "if __name__ == '__main__':\n"
        "    for start in (start_bare, lambda p: p.start()):\n"
        "        proc = _CTX.Process(target=exec, args=(CODE,))\n"
        "        start(proc)\n"
        "        proc.join(60)\n"
        "        assert proc.exitcode == 0, proc.exitcode\n"
        "    assert sys.modules['__main__'].__file__ == __file__\n")
    subprocess.run([sys.executable, str(main)], cwd=ROOT, check=True, timeout=120,
                   env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert report.read_text().split() == ["False", "True"]
