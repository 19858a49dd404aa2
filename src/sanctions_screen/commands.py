"""`python -m sanctions_screen screen|explain|demo`: the nightly batch job, an analyst's look at one
name, and the demo that `make demo` runs."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import polars as pl

from sanctions_screen import report
from sanctions_screen.errors import InvalidArgumentError, WatchlistError
from sanctions_screen.io import Terminated
from sanctions_screen.matcher import DEFAULT_THRESHOLD, DEFAULT_TOP_K
from sanctions_screen.screen import ENGINES, PARTITION_COLUMNS, load_watchlist, screen, screen_to_parquet
from sanctions_screen.watchlist import HOW_TO_GET_ONE

# Exit codes besides 0 (success), 2 (bad usage or input) and 3 (an internal error), from cli.main.
EXIT_HITS = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM
# An analyst looking at one name wants the near misses too.
EXPLAIN_THRESHOLD = 0.5
EXPLAIN_TOP_K = 10
DEMO_DIR = Path("demo-out")
DEMO_EXAMPLES = 5


def register(subparsers) -> None:
    run = subparsers.add_parser(
        "screen",
        help="screen customer files against a watchlist, writing hits to Parquet",
        description=(
            "Screen Parquet, CSV or NDJSON records (files, globs, or hive-partitioned folders) "
            "against a watchlist in bounded batches. Hits go to Parquet, written atomically, with a "
            "run manifest beside it (hits.parquet -> hits.manifest.json) and in the Parquet metadata. Exit 0 "
            "with or without hits, 1 for hits under --fail-on-hits, 2 for bad usage, bad input or an unwritable output."
        ),
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="a file, a glob, or a folder")
    _add_list_option(run)
    run.add_argument("--out", required=True, metavar="PATH", help="hits Parquet file, or folder with --partition-by")
    run.add_argument(
        "--name-col",
        action="append",
        metavar="COL",
        help="name column (default: name); repeat for several, each screened on its own unless --join-names",
    )
    run.add_argument("--join-names", action="store_true", help="join the --name-col columns with a space into one name")
    run.add_argument("--id-col", metavar="COL", help="record id column (default: the row number in the input)")
    run.add_argument("--type-col", metavar="COL", help="entity type column: person / organization")
    run.add_argument("--dob-col", metavar="COL", help="date of birth column (Date, or ISO text YYYY-MM-DD, YYYY-MM, YYYY)")
    run.add_argument("--country-col", metavar="COL", help="nationality or residence column (ISO 3166-1 code or name)")
    run.add_argument("--wallet-col", metavar="COL", help="crypto wallet address column (exact match per chain's case rules)")
    _add_scoring_options(run, threshold_default=None, top_k_default=None)
    run.add_argument("--config", metavar="TOML", help="screening settings file; options given here override it")
    run.add_argument(
        "--list-threshold", action="append", default=[], metavar="LIST=T", help="threshold for one list (repeatable)"
    )
    run.add_argument(
        "--program-threshold",
        action="append",
        default=[],
        metavar="PROGRAM=T",
        help="threshold for one sanctions program (repeatable)",
    )
    run.add_argument("--batch-size", type=int, metavar="ROWS", help="records per batch (memory is bounded by it)")
    run.add_argument("--partition-by", choices=PARTITION_COLUMNS, help="write a hive-partitioned folder by this column")
    run.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="screen on this machine (local) or on Spark (spark: needs --id-col and pyspark, pip install 'sanctions-screen[spark]')",
    )
    run.add_argument("--spark-master", metavar="URL", help="Spark master for --engine spark, e.g. local[4] or spark://host:7077 (default: Spark's configuration, as spark-submit sets it)")
    run.add_argument("--fail-on-hits", action="store_true", help="exit 1 when there are hits")
    run.add_argument(
        "--log-format",
        choices=report.LOG_FORMATS,
        default="auto",
        help="progress on stderr: a bar on a terminal, JSON lines otherwise (auto), or as chosen",
    )
    run.set_defaults(run=run_screen)

    explain = subparsers.add_parser(
        "explain",
        help="show the top watchlist candidates for one name, with explanations",
        description="The best candidates for one name and why each scored as it did, for reviewing an alert.",
    )
    explain.add_argument("name", help="the name to look up")
    _add_list_option(explain)
    explain.add_argument("--type", dest="entity_type", choices=("person", "organization"), help="the name's entity type")
    explain.add_argument("--dob", help="date of birth (YYYY-MM-DD, YYYY-MM or YYYY)")
    explain.add_argument("--country", help="nationality or residence (ISO 3166-1 code or name)")
    _add_scoring_options(explain, threshold_default=EXPLAIN_THRESHOLD, top_k_default=EXPLAIN_TOP_K)
    explain.set_defaults(run=run_explain)

    demo = subparsers.add_parser(
        "demo",
        help="screen a generated customer file with planted variants against the demo list",
        description=(
            "Generate a deterministic customer file with planted variants of the demo list's names "
            "(Hangul, Cyrillic, other romanizations, homoglyphs, reordered names), screen it, write "
            "Parquet hits and the manifest to demo-out/, and report which variants were caught."
        ),
    )
    demo.add_argument("--rows", type=int, default=300_000, help="customers to generate (default 300,000)")
    demo.add_argument("--out-dir", type=Path, default=DEMO_DIR, help="where the input, hits and manifest go")
    demo.add_argument("--log-format", choices=report.LOG_FORMATS, default="auto", help="progress on stderr")
    demo.set_defaults(run=run_demo)


def _add_list_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--list",
        dest="watchlist",
        metavar="DIR",
        help='the watchlist folder (from `lists import`), or "demo" for the embedded demo list',
    )


def _add_scoring_options(parser: argparse.ArgumentParser, *, threshold_default, top_k_default) -> None:
    """--threshold and --top-k; a None default leaves the setting to the config (config.py)."""
    parser.add_argument(
        "--threshold",
        type=float,
        default=threshold_default,
        help=f"global score threshold in [0, 1] (default {threshold_default or DEFAULT_THRESHOLD})",
    )
    parser.add_argument("--top-k", type=int, default=top_k_default, help=f"hits per record, more only where several tie at the last place (default {top_k_default or DEFAULT_TOP_K})")


def _watchlist(args: argparse.Namespace):
    if not args.watchlist:
        raise WatchlistError(f"no --list given: {HOW_TO_GET_ONE}")
    return load_watchlist(args.watchlist)


def _thresholds(pairs: list[str], what: str) -> dict[str, float]:
    """`NAME=T` options -> {NAME: T} (the range is checked with the other settings)."""
    thresholds = {}
    for pair in pairs:
        name, _, value = pair.rpartition("=")
        try:
            thresholds[name] = float(value)
        except ValueError:
            name = ""
        if not name:
            raise InvalidArgumentError(f"--{what}-threshold expects {what.upper()}=THRESHOLD, got {pair!r}")
    return thresholds


def run_screen(args: argparse.Namespace) -> int:
    watchlist = _watchlist(args)
    try:
        manifest = screen_to_parquet(
            args.inputs,
            watchlist,
            args.out,
            name_col=args.name_col or ["name"],
            id_col=args.id_col,
            type_col=args.type_col,
            dob_col=args.dob_col,
            country_col=args.country_col,
            wallet_col=args.wallet_col,
            join_names=args.join_names,
            config=args.config,
            threshold=args.threshold,
            list_thresholds=_thresholds(args.list_threshold, "list"),
            program_thresholds=_thresholds(args.program_threshold, "program"),
            top_k=args.top_k,
            batch_size=args.batch_size,
            partition_by=args.partition_by,
            log_format=args.log_format,
            engine=args.engine,
            spark_master=args.spark_master,
        )
    except KeyboardInterrupt:
        print("sanctions_screen: interrupted; no output written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("sanctions_screen: terminated; no output written", file=sys.stderr)
        return EXIT_TERMINATED
    print("\n".join(report.summary_lines(manifest)))
    return EXIT_HITS if args.fail_on_hits and manifest["counts"]["hits"] else 0


def run_explain(args: argparse.Namespace) -> int:
    watchlist = _watchlist(args)
    record = pl.DataFrame(
        {"name": [args.name], "type": [args.entity_type], "dob": [args.dob], "country": [args.country]},
        schema={"name": pl.String, "type": pl.String, "dob": pl.String, "country": pl.String},
    )
    hits = screen(
        record,
        watchlist,
        name_col="name",
        type_col="type",
        dob_col="dob",
        country_col="country",
        threshold=args.threshold,
        top_k=args.top_k,
    )
    print(f"{args.name!r} against watchlist {watchlist.version}" + (" (DEMO list)" if watchlist.is_demo else ""))
    if hits.is_empty():
        print(f"no candidates scoring {args.threshold:.2f} or more")
        return 0
    for rank, hit in enumerate(hits.iter_rows(named=True), 1):
        programs = " ".join(hit["programs"] or [])
        print(f"{rank:>2}. {hit['score']:.3f}  {hit['entity_id']}  [{hit['list']}{' ' + programs if programs else ''}]  {hit['entity_type'] or 'unknown type'}")
        print(f"    matched {hit['matched_name']!r} ({hit['name_kind']})")
        print(
            f"    name {hit['name_score']:.3f}, DOB {hit['dob_adjustment']:+.2f}, "
            f"country {hit['country_adjustment']:+.2f} -> {hit['score']:.3f} (threshold {hit['threshold']:.2f})"
        )
        print(f"    {hit['explanation']}")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from sanctions_screen import synth  # generating customers is only the demo's business

    out_dir: Path = args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    generating = time.perf_counter()
    customers = synth.demo_customers(args.rows)
    customers.write_parquet(out_dir / "customers.parquet")
    generated = time.perf_counter() - generating
    manifest = screen_to_parquet(
        out_dir / "customers.parquet",
        "demo",
        out_dir / "hits.parquet",
        name_col="name",
        id_col="customer_id",
        type_col="entity_type",
        dob_col="dob",
        country_col="country",
        wallet_col="wallet",
        log_format=args.log_format,
    )
    hits = pl.read_parquet(out_dir / "hits.parquet")
    planted = customers.filter(pl.col("planted_entity").is_not_null()).select(
        "customer_id", "name", "planted_entity", "variant"
    )
    caught = planted.join(
        hits.select(pl.col("record_id").alias("customer_id"), pl.col("entity_id").alias("planted_entity"), "score"),
        on=["customer_id", "planted_entity"],
        how="left",
    )
    missed = caught.filter(pl.col("score").is_null())
    print(f"generated {customers.height:,} customers in {generated:.1f} s -> {out_dir / 'customers.parquet'}")
    print("\n".join(report.summary_lines(manifest)))
    print(f"planted variants caught: {planted.height - missed.height} of {planted.height}")
    for row in missed.iter_rows(named=True):
        print(f"  missed: {row['name']!r} ({row['variant']}) should hit {row['planted_entity']}")
    clean_hits = hits.join(planted.select(pl.col("customer_id").alias("record_id")), on="record_id", how="anti")
    print(f"hits on clean (not planted) customers: {clean_hits.height:,}")
    print("examples:")
    examples = caught.filter(pl.col("score").is_not_null()).unique("variant", keep="first", maintain_order=True).head(DEMO_EXAMPLES)
    for row in examples.join(hits, left_on=["customer_id", "planted_entity"], right_on=["record_id", "entity_id"]).iter_rows(named=True):
        print(f"  {row['name']!r} -> {row['matched_name']!r} {row['score']:.3f}: {row['explanation']}")
    return 0
