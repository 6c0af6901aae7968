"""Ingest new protocols: `samverkan ingest FILE` makes a draft record and a review summary.

reading.py (text, PDF text layer, scanned PDF through tesseract -l swe) -> extract.py (rules for the
protocol forms; names_found.py finds people, orgs.py resolves organisations, ocr_repair.py repairs
the words that matter) -> draft.py (a record in the curated format, marked as draft) -> review.py
(what the draft adds or changes in the graph; reconcile.py scores names against the known people).
pipeline.py ties them together and writes only when everything worked; quality.py measures drafts
against the curated records (`samverkan ingest-quality`).
"""

import re

# The readers use some 1,100 distinct patterns, most written at their call sites and some built per name or alias;
# the re module keeps 512 compiled (Python 3.11) and drops the oldest first, so every document compiled most of them
# again (about a tenth of an ingest's time). Room for them all; the cache's size is the module's own setting.
re._MAXCACHE = max(getattr(re, "_MAXCACHE", 0), 4096)  # type: ignore[attr-defined]
