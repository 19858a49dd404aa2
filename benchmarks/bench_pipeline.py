"""pytest-benchmark suite of the batch pipeline, against the whole watchlist from ../shared/data.

    .venv/bin/python -m pytest benchmarks/bench_pipeline.py --benchmark-enable
    BENCH_ROWS=100000 .venv/bin/python -m pytest benchmarks/bench_pipeline.py   # short, for CI

BENCH_ROWS: comma-separated customer counts for the end-to-end runs (default 1,000,000; for the
10,000,000 run, `python -m benchmarks.pipeline_report --rows 10000000`). An end-to-end run is one
round of a CLI subprocess; each asserts the issue's targets so that a regression fails.
"""

import os

import pytest
from benchmarks.pipeline_report import (
    TARGET_PEAK_RSS_MB,
    TARGET_ROWS_PER_S,
    compare_with_baseline,
    customers_file,
    missing_data_reason,
    run_pipeline,
    watchlist_folder,
)

from sanctions_screen import synth

pytestmark = pytest.mark.skipif(missing_data_reason() is not None, reason=missing_data_reason() or "")

ROWS = [int(rows) for rows in os.environ.get("BENCH_ROWS", "1000000").split(",")]
SAMPLE = 2_000


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("bench")


@pytest.fixture(scope="module")
def watchlist(work):
    return watchlist_folder(work)


@pytest.mark.parametrize("rows", ROWS)
def test_end_to_end(benchmark, work, watchlist, rows):
    source = customers_file(work, rows)
    result = benchmark.pedantic(run_pipeline, args=(source, watchlist, work / f"hits-{rows}.parquet"), rounds=1, iterations=1)
    benchmark.extra_info.update(result)
    assert result["rows"] == rows
    assert result["peak_rss_mb"] < TARGET_PEAK_RSS_MB
    # Fixed costs (start-up, list load, index build) weigh on small runs: the screening rate is
    # what must hold at every size.
    assert result["screen_rows_per_s"] >= TARGET_ROWS_PER_S


def test_against_rapidfuzz_baseline(benchmark, watchlist):
    sample = synth.customers(SAMPLE, seed=1)
    compared = benchmark.pedantic(compare_with_baseline, args=(watchlist, sample), rounds=1, iterations=1)
    benchmark.extra_info.update(compared)
    assert compared["sample"] == SAMPLE
    # No target for the ratio or the agreement (they are reported), but an index slower than
    # scoring every list name would be a regression.
    assert compared["speed_ratio"] > 1.0
