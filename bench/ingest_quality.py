"""Measured quality of `samverkan ingest`: ingest each source, compare the draft with the curated record.

Run: .venv/bin/python bench/ingest_quality.py [--per-document] [--json FILE]
(the same as `samverkan ingest-quality`). Each document is ingested against the graph without its own
record, so the curated answer never reaches the draft; see graph/ingest/quality.py for the rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.ingest.quality import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
