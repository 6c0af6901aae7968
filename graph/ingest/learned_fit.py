"""Fitting the learned models (learned_decisions.py, learned_attendance.py): a logistic regression by stochastic
gradient descent over sets of features, deterministic (a seeded order, no library), and its weights as stored."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence


def probability(weights: Mapping[str, float], feats: Iterable[str]) -> float:
    """The logistic function of the weights of the features."""
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def sgd(rows: Sequence[frozenset[str]], labels: Sequence[int], epochs: int = 12, rate: float = 0.2,
        l2: float = 1e-5, seed: int = 1) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent, the rows in a seeded order (the same weights each run)."""
    w: dict[str, float] = {}
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(order)
        eta = rate / (1 + epoch * 0.5)
        for i in order:
            g = probability(w, rows[i]) - labels[i]
            for f in sorted(rows[i]):
                w[f] = w.get(f, 0.0) * (1 - eta * l2) - eta * g
    return w


def kept(weights: Mapping[str, float]) -> dict[str, float]:
    """The weights as stored: rounded, those too small to move a probability left out."""
    return {f: round(v, 4) for f, v in sorted(weights.items()) if abs(v) >= 1e-3}


def common(rows: Sequence[frozenset[str]], least: int) -> list[frozenset[str]]:
    """The rows with only the features that `least` rows or more have (a name, a number or a rare word pair
    says nothing of the next protocol, and would only make the model large)."""
    counts = Counter(f for r in rows for f in r)
    return [frozenset(f for f in r if counts[f] >= least) for r in rows]
