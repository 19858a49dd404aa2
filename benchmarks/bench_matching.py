"""pytest-benchmark timings of the matching core's hot paths against the whole watchlist, beside the
rapidfuzz brute-force baseline on the same queries:

    .venv/bin/python -m pytest benchmarks/bench_matching.py --benchmark-enable

(pyproject's addopts disable benchmarks in the normal test run.) The figures the issue sets
targets for come from `python -m benchmarks.matching_report`; this suite is for comparing commits
(`--benchmark-autosave`, `--benchmark-compare`).
"""

import polars as pl
import pytest

from benchmarks import evaluations as ev
from sanctions_screen import synth
from sanctions_screen.matcher import Matcher

QUERIES = 20_000  # synth customers per screening round
BASELINE_QUERIES = 200  # rapidfuzz scores every list name per query: keep a round under a few seconds


@pytest.fixture(scope="module")
def watchlist():
    if reason := ev.missing_data(*ev.WATCHLIST_SOURCES):
        pytest.skip(reason)
    return ev.load_watchlist()


@pytest.fixture(scope="module")
def matcher(watchlist):
    return watchlist.matcher()


@pytest.fixture(scope="module")
def customers():
    return synth.customers(QUERIES, seed=3)


def test_build_index(benchmark, watchlist):
    matcher = benchmark.pedantic(watchlist.matcher, rounds=3, iterations=1)
    assert matcher.stats()["names"] == watchlist.names.height


def test_screen_customers(benchmark, matcher, customers):
    # A fresh matcher each round: a matcher answers names it has screened before from its
    # results cache, which would time the cache, not the screening.
    data = matcher.to_bytes()
    hits = benchmark.pedantic(
        lambda fresh: fresh.screen(customers["name"], customers["entity_type"]),
        setup=lambda: ((Matcher.from_bytes(data),), {}),
        rounds=5,
    )
    benchmark.extra_info["names"] = customers.height
    # Every hit points at a screened row and reaches the threshold.
    assert hits["query_row"].max() is None or hits["query_row"].max() < customers.height
    assert hits["score"].min() is None or hits["score"].min() >= matcher.threshold


def test_screen_spelling_variant_aliases(benchmark, watchlist, matcher):
    picked = ev.alias_candidates(watchlist).filter("picked")
    hits = benchmark(matcher.screen, picked["alias"], picked["entity_type"])
    benchmark.extra_info["names"] = picked.height
    # The aliases are still in this list: each one's best hit is a name identical to it. (Not
    # always its own entity: OFAC gives one alias to many branches of an organization, beyond top-k.)
    judged = ev.judge_hits(picked, hits)
    assert (judged["best_score"] >= ev.IDENTICAL_SCORE).all()


def test_matcher_bytes_round_trip(benchmark, matcher, customers):
    data = matcher.to_bytes()
    loaded = benchmark(Matcher.from_bytes, data)
    sample = customers.head(2_000)
    assert loaded.screen(sample["name"], sample["entity_type"]).equals(matcher.screen(sample["name"], sample["entity_type"]))


@pytest.mark.parametrize("label", list(ev.BASELINE_SCORERS))
def test_rapidfuzz_baseline(benchmark, watchlist, customers, label):
    queries = customers["name"].head(BASELINE_QUERIES).to_list()
    choices = watchlist.names["name"].to_list()
    best, where, _ = benchmark.pedantic(
        ev.best_scores, args=(ev.BASELINE_SCORERS[label], queries, choices), rounds=2, iterations=1
    )
    benchmark.extra_info["names"] = len(queries)
    assert len(best) == len(where) == len(queries)
    assert pl.Series(where).max() < len(choices)
