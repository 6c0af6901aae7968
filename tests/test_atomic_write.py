"""The one atomic write (graph/serialize.py atomic_text / write_atomically), used by build, synth and
validate --out: the target is replaced whole or not at all, with a normal file's mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from graph.serialize import atomic_text, write_atomically


def test_replaces_whole_with_normal_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.nq"
    write_atomically(target, "first\n")
    write_atomically(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["out.nq"]


def test_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.nq"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as fh:
        fh.write("half")
        raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]
