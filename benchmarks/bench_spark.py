"""Local Spark against the single-machine job: the same generated customers, Parquet to Parquet
through the CLI, against the whole watchlist from ../shared/data; and the size of what each
Spark executor receives and holds (the pickled Screener, the rebuilt index).

    .venv/bin/python -m benchmarks.bench_spark                        # 1,000,000 rows, local[2]
    .venv/bin/python -m benchmarks.bench_spark --rows 100000 --master 'local[2]' --work /tmp/bench

Each run is a separate process; its peak memory is that of its whole process tree (Spark's JVM
and Python workers are children of the CLI process), sampled from /proc every 0.2 s. The two
outputs are compared: the same hits, or the report fails. Not part of `make bench` (needs Java
and pyspark; minutes at 1M rows).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

if __package__ in (None, ""):  # run as a file: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pipeline_report import (  # noqa: E402
    COLUMNS,
    customers_file,
    missing_data_reason,
    run_figures,
    watchlist_folder,
)
from sanctions_screen.config import Config  # noqa: E402
from sanctions_screen.screen import Columns, Screener  # noqa: E402
from sanctions_screen.watchlist import Watchlist  # noqa: E402

SAMPLE_SECONDS = 0.2
# Spark splits Parquet input by row group: the generated file's one row group per million rows
# would be one task; a lakehouse table has many files and row groups.
ROW_GROUP_ROWS = 100_000
# What an executor's Python worker does with the broadcast: unpickle the Screener, with the
# payload still held (the broadcast keeps its value). Prints the resident-memory growth in bytes.
_LOAD_SCREENER = """
import pickle, sys
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
import sanctions_screen.screen
payload = open(sys.argv[1], "rb").read()
before = rss()
screener = pickle.loads(payload)
print(rss() - before)
"""


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now (0 for processes already gone)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(child) for child in children.read().split()]
        except (FileNotFoundError, ProcessLookupError, StopIteration):
            continue
    return total


def run(source: Path, watchlist: Path, out: Path, *extra: str) -> dict:
    """One CLI run: wall seconds, records/s end to end and while screening, peak tree RSS, hits."""
    command = [sys.executable, "-m", "sanctions_screen", "screen", str(source), "--list", str(watchlist)]
    command += ["--out", str(out), *COLUMNS, "--log-format", "none", *extra]
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while child.poll() is None:
        peak = max(peak, tree_rss(child.pid))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    stderr = child.stderr.read()
    if child.returncode != 0:
        raise RuntimeError(f"screen run failed ({' '.join(command)}): {stderr[-2000:]}")
    return run_figures(out, seconds, peak / 2**20)


def split_into_row_groups(source: Path) -> Path:
    """`source` rewritten with ROW_GROUP_ROWS rows per row group (once per work folder); both
    engines read this copy."""
    path = source.with_name(f"{source.stem}-rg{ROW_GROUP_ROWS}.parquet")
    if not path.is_file():
        table = pq.read_table(source)
        pq.write_table(table, path.with_suffix(".partial"), row_group_size=ROW_GROUP_ROWS)
        path.with_suffix(".partial").rename(path)
    return path


def executor_footprint(watchlist: Path, work: Path) -> dict:
    """The broadcast payload (the job's Screener with every column given, pickled), the matcher's
    index bytes within it, and the memory an executor worker gains by unpickling it."""
    screener = Screener(
        Watchlist.load(watchlist),
        Columns.of("name", id="customer_id", type="entity_type", dob="dob", country="country", wallet="wallet"),
        Config(),
    )
    payload = work / "screener.pickle"
    payload.write_bytes(pickle.dumps(screener, protocol=pickle.HIGHEST_PROTOCOL))
    loaded = subprocess.run([sys.executable, "-c", _LOAD_SCREENER, str(payload)], capture_output=True, text=True, check=True)
    return {
        "payload_mb": payload.stat().st_size / 2**20,
        "index_mb": len(screener.matcher.to_bytes()) / 2**20,
        "rebuilt_rss_mb": int(loaded.stdout) / 2**20,
    }


def report(work: Path, rows: int, master: str) -> None:
    watchlist = watchlist_folder(work)
    source = split_into_row_groups(customers_file(work, rows))
    print(f"watchlist: {Watchlist.load(watchlist)!r}; {rows:,} generated customers; Spark master {master}")
    footprint = executor_footprint(watchlist, work)
    print(
        f"executor payload: {footprint['payload_mb']:.1f} MB pickled Screener (index {footprint['index_mb']:.1f} MB); "
        f"a worker's RSS grows {footprint['rebuilt_rss_mb']:.0f} MB unpickling it"
    )
    results = {
        "local": run(source, watchlist, work / "hits-local.parquet"),
        "spark": run(source, watchlist, work / "hits-spark.parquet", "--engine", "spark", "--spark-master", master),
    }
    print(f"{'engine':<8} {'seconds':>8} {'rows/s':>10} {'screen rows/s':>14} {'peak RSS MB':>12} {'hits':>8}")
    for engine, result in results.items():
        print(
            f"{engine:<8} {result['seconds']:>8.1f} {result['rows_per_s']:>10,.0f} {result['screen_rows_per_s']:>14,.0f} "
            f"{result['peak_rss_mb']:>12,.0f} {result['hits']:>8,}"
        )
    spark = results["spark"]
    print(f"spark: {json.dumps(spark['engine'])}; durations {json.dumps(spark['durations'])}")
    order = ["record_id", "entity_id"]
    local_hits, spark_hits = (pl.read_parquet(work / f"hits-{engine}.parquet").drop("run_id").sort(order) for engine in results)
    if not local_hits.equals(spark_hits):
        raise SystemExit("the Spark run's hits differ from the single-machine run's")
    print(f"same {local_hits.height:,} hits from both engines")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="generated customers (default 1,000,000)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--work", type=Path, help="keep the input, watchlist and outputs here and reuse them")
    args = parser.parse_args(argv)
    if reason := missing_data_reason():
        print(reason, file=sys.stderr)
        return 2
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        report(args.work, args.rows, args.master)
    else:
        with tempfile.TemporaryDirectory(prefix="spark-bench-") as work:
            report(Path(work), args.rows, args.master)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
