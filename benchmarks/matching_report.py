"""Prints the matching core's figures beside the issue 3 targets: transliteration top-1, speed,
build time and memory against the whole watchlist, candidate recall, OFAC spelling-variant alias
recall, false alerts on clean customers, and the rapidfuzz baseline on the same data.

    python -m benchmarks.matching_report            # the full run (minutes: exhaustive scoring)
    python -m benchmarks.matching_report --short    # CI-sized: small samples, no exhaustive recall

Details (misses by category, frequent false alerts) come first, the table of figures last. Nothing
is written; the figures in benchmarks/README.md are copied from a full run.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import traceback
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import polars as pl

if __package__ in (None, ""):  # run as a file: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import evaluations as ev  # noqa: E402
from sanctions_screen import synth  # noqa: E402
from sanctions_screen.matcher import DEFAULT_THRESHOLD  # noqa: E402


@dataclass(frozen=True)
class Sizes:
    """How much of each evaluation runs; None means all of it."""

    korean_persons: int | None
    token_pairs: int | None
    aliases: int | None
    folds: int
    customers: int
    build_rounds: int
    baseline_queries: int
    recall_customers: int  # 0: no exhaustive recall run
    recall_aliases: int
    throughput_runs: int


FULL = Sizes(None, None, None, 5, 1_000_000, 3, 2_000, 9_000, 1_000, 3)
SHORT = Sizes(500, 2_000, 300, 1, 100_000, 1, 300, 0, 0, 1)
MISS_EXAMPLES = 8


@dataclass(frozen=True)
class Figure:
    metric: str
    value: str
    target: str = ""
    met: bool | None = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="CI-sized run: small samples, no exhaustive recall")
    args = parser.parse_args(argv)
    sizes = SHORT if args.short else FULL
    pl.Config.set_tbl_rows(40)
    pl.Config.set_fmt_str_lengths(70)
    pl.Config.set_tbl_width_chars(200)

    figures: list[Figure] = []
    sections = [("Korean persons", korean_persons)]
    sections += [(f"{language} tokens", partial(token_pairs, language)) for language in ev.TOKEN_PAIRS]
    sections += [("whole watchlist", watchlist_figures)]
    failed = False
    for name, section in sections:
        # A section that fails is reported and the others still run. A panic in the Rust core
        # arrives as pyo3's PanicException, which derives from BaseException only.
        try:
            reason = section(sizes, figures)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            traceback.print_exc()
            figures.append(Figure(f"{name}: FAILED", f"{type(exc).__name__}: {str(exc)[:50]}", met=False))
            failed = True
            continue
        if reason:
            print(f"skipped {name}: {reason}")
    print()
    print(_table(["metric", "value", "target", "met?"], [
        (f.metric, f.value, f.target, "-" if f.met is None else "yes" if f.met else "NO") for f in figures
    ]))  # fmt: skip
    return 1 if failed else 0


# --- Transliteration --------------------------------------------------------------------------------


def korean_persons(sizes: Sizes, figures: list[Figure]) -> str | None:
    if reason := ev.missing_data(ev.KOREAN_PAIRS):
        return reason
    persons = _sample(ev.korean_persons(ev.DATA / ev.KOREAN_PAIRS), sizes.korean_persons)
    print(f"== Korean persons of {ev.KOREAN_PAIRS}: {persons.height} pairs")
    for source, target, label in (("hangul", "english", "Hangul -> Latin"), ("english", "hangul", "Latin -> Hangul")):
        accepted = ev.accepted_names(persons[source], persons[target])
        for threshold in (ev.RANKING_THRESHOLD, DEFAULT_THRESHOLD):
            found = ev.best_names(persons[target], persons[source], threshold=threshold, entity_type="person")
            result = ev.top_one_agreement(found, accepted)
            ranking = threshold == ev.RANKING_THRESHOLD
            figures.append(Figure(
                f"Korean {label} top-1 @{threshold:g}", f"{_percent(result.rate)} ({_percent(result.sole_rate)} untied)",
                ">= 95%" if ranking else "", result.rate >= 0.95 if ranking else None,
            ))  # fmt: skip
            if ranking:
                _print_misses(f"Korean {label}", persons[source], accepted, found)
    return None


def token_pairs(language: str, sizes: Sizes, figures: list[Figure]) -> str | None:
    path = ev.TOKEN_PAIRS[language]
    if reason := ev.missing_data(path):
        return reason
    pairs = _sample(ev.token_pairs(ev.DATA / path), sizes.token_pairs)
    print(f"== {language} token pairs of {path}: {pairs.height} pairs")
    for source, target, label in (("native", "latin", "native -> Latin"), ("latin", "native", "Latin -> native")):
        accepted = ev.accepted_names(pairs[source], pairs[target])
        found = ev.best_names(pairs[target], pairs[source], threshold=ev.RANKING_THRESHOLD, entity_type="person")
        result = ev.top_one_agreement(found, accepted, pairs["count"])
        figures.append(Figure(f"{language} tokens {label} top-1 @{ev.RANKING_THRESHOLD:g}",
                              f"{_percent(result.rate)} ({_percent(result.sole_rate)} untied, "
                              f"{_percent(result.weighted_rate)} by count)"))  # fmt: skip
        _print_misses(f"{language} {label}", pairs[source], accepted, found)
    return None


def _print_misses(what: str, queries: pl.Series, accepted: list[frozenset[str]], found: list) -> None:
    misses = [(q, a, f) for q, a, f in zip(queries, accepted, found) if not a.intersection(f)]
    # Evenly spaced through the file: its head holds the most famous (and least typical) people.
    sample = misses[:: max(1, len(misses) // MISS_EXAMPLES)][:MISS_EXAMPLES]
    print(f"-- {what}: {len(misses)} misses of {len(found)}; {len(sample)} evenly spaced:")
    for query, want, got in sample:
        print(f"   {query!r} -> {' / '.join(got) or 'no hit'!r}, expected {' / '.join(sorted(want))!r}")


# --- The whole watchlist ----------------------------------------------------------------------------


def watchlist_figures(sizes: Sizes, figures: list[Figure]) -> str | None:
    if reason := ev.missing_data(*ev.WATCHLIST_SOURCES):
        return reason
    watchlist = ev.load_watchlist()
    print(f"== Watchlist: {watchlist}")
    matcher = _build(watchlist, sizes, figures)

    run = ev.screen_customers(watchlist.matcher, sizes.customers, repeats=sizes.throughput_runs)
    rate = ev.alerts_per_thousand(run.names, run.hits)
    each = ", ".join(f"{run.names / s:,.0f}" for s in run.runs)
    print(f"   throughput per run, each on a new matcher: {each} names/s")
    runs = f"median of {len(run.runs)} runs" if len(run.runs) > 1 else "1 run"
    figures.append(Figure(f"throughput, {run.names:,} synth customers ({runs})",
                          f"{run.names_per_second:,.0f} names/s", ">= 500,000 names/s",
                          run.names_per_second >= 500_000))  # fmt: skip
    figures.append(Figure(f"false alerts @{matcher.threshold:g}, {run.names:,} synth customers",
                          f"{rate:.2f} per 1,000", "<= 1 per 1,000", rate <= 1.0))  # fmt: skip
    fuzzy = ev.alerts_per_thousand(run.names, ev.spelled_differently(run.hits))
    figures.append(Figure("  of which on a name not identical to a list name", f"{fuzzy:.2f} per 1,000"))
    for kind, _, per_1000 in ev.alerts_by_kind(run.names, run.hits).rows():
        figures.append(Figure(f"  by best hit: {kind}", f"{per_1000:.2f} per 1,000"))
    print(f"== Most frequent false alerts ({run.hits['query_row'].n_unique()} alerted rows)")
    print(ev.frequent_alerts(run.customers, run.hits))
    print(ev.alerts_by_origin(run.customers, run.hits))

    _own_names(watchlist, figures)

    candidates = ev.alias_candidates(watchlist)
    picked = _sample(candidates.filter("picked"), sizes.aliases)
    print(f"== OFAC aliases: {candidates.height} aka candidates, {candidates['picked'].sum()} spelling variants "
          f"picked, {picked.height} screened in {sizes.folds} fold(s)")  # fmt: skip
    judged = ev.alias_recall(watchlist, picked, folds=sizes.folds)
    _alias_figures("matcher", judged, figures, target=True)
    _print_alias_misses(judged)

    if sizes.recall_customers:
        _candidate_recall(watchlist, picked, sizes, figures)
        _original_script_candidate_recall(watchlist, figures)
    _baseline(watchlist, picked, sizes, run.names_per_second, rate, figures)
    return None


def _build(watchlist, sizes: Sizes, figures: list[Figure]):
    gc.collect()
    before = ev.rss_bytes()
    seconds = []
    for _ in range(sizes.build_rounds):
        start = time.perf_counter()
        matcher = watchlist.matcher()
        seconds.append(time.perf_counter() - start)
        if len(seconds) == 1:
            grown = ev.rss_bytes() - before  # the first build: later ones reuse freed pages
    stats = matcher.stats()
    build = statistics.median(seconds)
    figures.append(Figure(f"index build ({stats['names']:,} names, {stats['entities']:,} entities)",
                          f"{build:.2f} s", "< 3 s", build < 3))  # fmt: skip
    figures.append(Figure("index memory (stats index_bytes)", _megabytes(stats["index_bytes"]), "< 300 MB",
                          stats["index_bytes"] < 300e6))  # fmt: skip
    figures.append(Figure("process RSS growth over the build", _megabytes(grown), "< 300 MB", grown < 300e6))
    print(f"   matcher stats: {stats}")
    return matcher


def _own_names(watchlist, figures: list[Figure]) -> None:
    own = ev.own_names(watchlist)
    print("== The list's own names, each screened as written")
    print(own)
    weak = pl.col("name_kind") == "weak_aka"
    groups = (("list names", ~weak), ("  weak a.k.a.s (broad names, need not alert alone)", weak))
    for label, kinds in groups:
        names, found = own.filter(kinds)["names"].sum(), own.filter(kinds)["found"].sum()
        value = f"{found:,} of {names:,} ({_percent(found / names, 2)})"
        figures.append(Figure(f"{label} finding their own entity", value))
    judged = ev.original_script_recall(watchlist)
    found = int(judged["found"].sum())
    print(f"-- original-script names, against the Latin names alone: {found} of {judged.height} found; misses:")
    print(judged.filter(~pl.col("found")).select("name", "best_name", "best_score").head(MISS_EXAMPLES))
    value = f"{found:,} of {judged.height:,} ({_percent(found / judged.height)})"
    figures.append(Figure("original-script names finding their entity by its Latin names", value))


def _alias_figures(who: str, judged: pl.DataFrame, figures: list[Figure], *, target: bool) -> None:
    for row in ev.recall_by_category(judged).iter_rows(named=True):
        overall = row["category"] == "all"
        figures.append(Figure(
            f"{who} alias recall, {row['category']} ({row['aliases']})", _percent(row["recall"]),
            ">= 97%" if target and overall else "", row["recall"] >= 0.97 if target and overall else None,
        ))  # fmt: skip
    figures.append(Figure(f"{who} alias top-1, all", _percent(judged["top1"].mean() or 0.0)))


def _print_alias_misses(judged: pl.DataFrame) -> None:
    misses = judged.filter(~pl.col("found"))
    print(f"-- alias misses: {misses.height}; up to {MISS_EXAMPLES} per category")
    for category in ev.CATEGORIES:
        rows = misses.filter(pl.col("category") == category).head(MISS_EXAMPLES)
        for r in rows.iter_rows(named=True):
            best = f"{r['best_name']!r} {r['best_score']:.3f}" if r["best_name"] is not None else "no hit"
            print(f"   [{category}] {r['alias']!r} (primary {r['primary']!r}) -> {best}")


def _candidate_recall(watchlist, picked: pl.DataFrame, sizes: Sizes, figures: list[Figure]) -> None:
    aliases = _sample(picked, sizes.recall_aliases)
    clean = synth.customers(sizes.recall_customers, seed=1)
    names = pl.concat([clean["name"], aliases["alias"]])
    kinds = pl.concat([clean["entity_type"], aliases["entity_type"]])
    matcher = ev.without_aliases(watchlist, aliases).matcher()
    start = time.perf_counter()
    exhaustive = matcher.screen(names, kinds, exhaustive=True)
    seconds = time.perf_counter() - start
    recall = ev.candidate_recall(matcher.screen(names, kinds), exhaustive)
    pairs = exhaustive.select("query_row", "entity_id").unique().height
    figures.append(Figure(f"candidate recall vs exhaustive ({names.len():,} queries, {pairs:,} hits)",
                          _percent(recall, 3), ">= 99.9%", recall >= 0.999))  # fmt: skip
    print(f"== exhaustive scoring of {names.len():,} queries took {seconds:.1f} s")


def _original_script_candidate_recall(watchlist, figures: list[Figure]) -> None:
    queries, latin = ev.original_script_split(watchlist)
    matcher = latin.matcher()
    exhaustive = matcher.screen(queries["name"], queries["entity_type"], exhaustive=True)
    recall = ev.candidate_recall(matcher.screen(queries["name"], queries["entity_type"]), exhaustive)
    pairs = exhaustive.select("query_row", "entity_id").unique().height
    figures.append(Figure(f"candidate recall, original-script names vs Latin ({queries.height} queries, {pairs} hits)",
                          _percent(recall, 3), ">= 99.9%", recall >= 0.999))  # fmt: skip


def _baseline(watchlist, picked: pl.DataFrame, sizes: Sizes, ours_per_second: float, rate: float, figures) -> None:
    choices = watchlist.names["name"].to_list()
    clean = synth.customers(sizes.baseline_queries, seed=2)["name"].to_list()
    for label, scorer in ev.BASELINE_SCORERS.items():
        best, _, seconds = ev.best_scores(scorer, clean, choices)
        per_second = len(clean) / seconds
        cutoff = ev.cutoff_for_alert_rate(best, rate)
        judged = ev.baseline_alias_recall(scorer, watchlist, picked, folds=sizes.folds, cutoff=cutoff)
        figures.append(Figure(f"{label}: names/s vs {len(choices):,} list names", f"{per_second:,.0f}"))
        figures.append(Figure(f"{label}: matcher speed ratio", f"{ours_per_second / per_second:,.0f}x"))
        figures.append(Figure(f"{label}: cutoff for {rate:.2f} alerts per 1,000", f"{cutoff:.3f}"))
        _alias_figures(label, judged, figures, target=False)


# --- Formatting -------------------------------------------------------------------------------------


def _sample(frame: pl.DataFrame, n: int | None) -> pl.DataFrame:
    """`n` rows drawn with a fixed seed, in their original order (all rows when n is None)."""
    if n is None or n >= frame.height:
        return frame
    return frame.with_row_index("_row").sample(n, seed=0).sort("_row").drop("_row")


def _percent(value: float, digits: int = 1) -> str:
    return f"{100 * value:.{digits}f}%"


def _megabytes(value: float) -> str:
    return f"{value / 1e6:.1f} MB"


def _table(headers: list[str], rows: list[tuple]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(str(x).ljust(w) for x, w in zip(line, widths)).rstrip() for line in lines)


if __name__ == "__main__":
    sys.exit(main())
