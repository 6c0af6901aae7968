"""The issue-13 goal on the second share of the test corpus's parts (tests/corpus_goal.py: which part, and the
shared tests)."""

from .corpus_goal import (  # noqa: F401 (the shared tests and their parametrising hook, run on this file's share)
    pytest_generate_tests,
    test_each_corpus_part_is_measured_document_by_document,
    test_held_out_part_has_no_wrong_merge,
    test_held_out_part_loses_no_fact_in_silence,
    test_held_out_part_meets_the_goal,
)

SHARE = 1
