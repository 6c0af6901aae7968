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


def test_the_front_gives_freed_memory_back() -> None:
    import threading

    from server.lean_memory import keep_trimmed, trim

    assert trim()  # glibc: malloc_trim is there
    stop = threading.Event()
    warmup = threading.Thread(target=lambda: None)
    warmup.start()
    thread = keep_trimmed([warmup], stop, every=0.05)
    stop.set()
    thread.join(5)
    assert not thread.is_alive()


def test_network_records_keep_what_they_worked_out_through_a_pickle() -> None:
    # slotted records (no instance dict): the interval worked out is kept in a slot, and a record not
    # yet asked is still "not worked out" after a pickle round trip (the marker pickles as itself)
    import pickle

    from graph.network.data import Membership

    asked = Membership("urn:p", "urn:o", None, "", observed=("2024-05-01",))
    fresh = Membership("urn:p", "urn:o", None, "", observed=("2023-01-01",), end="2023-06-30")
    held = asked.interval
    again, fresh_again = pickle.loads(pickle.dumps([asked, fresh]))
    assert again.interval == held and again.last_seen == asked.last_seen
    assert fresh_again.interval == fresh.interval and fresh_again.interval is not None
    assert not hasattr(again, "__dict__")
