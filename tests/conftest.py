from __future__ import annotations

import pytest
from rdflib import Dataset

from graph.build import build

BASE = "http://localhost:8000/"


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return build(base=BASE)


@pytest.fixture(scope="session")
def union(dataset: Dataset) -> Dataset:
    return Dataset(store=dataset.store, default_union=True)
