"""Where the tests find this repository and its own project folder (the Kalmar data)."""

from __future__ import annotations

from pathlib import Path

from graph import project

ROOT = Path(__file__).resolve().parent.parent
PROJECT = project.load(ROOT)
RECORDS = PROJECT.records
SOURCES = PROJECT.sources
