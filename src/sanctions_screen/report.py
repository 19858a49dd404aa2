"""What a screening run tells the people and programs around it: the run manifest (JSON beside the
output, and the same JSON in the Parquet key-value metadata), progress on stderr while it runs,
and the short summary printed at the end.

Progress goes to a terminal as a bar with rows/s and ETA; anywhere else (an orchestrator's log
collector) as JSON lines, one object per event, so logs are machine-readable without scraping.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sys
import time
from importlib import metadata

from sanctions_screen.config import Config

LOG_FORMATS = ("auto", "progress", "json", "none")
_BAR_WIDTH = 24


def new_run_id() -> str:
    """Sortable by start time, unique across concurrent runs: `20261123T104500Z-3f9a2c`."""
    return f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def package_version() -> str:
    try:
        return metadata.version("sanctions-screen")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def build_manifest(
    *,
    run_id: str,
    started_at: str,
    inputs: list[dict],
    output: dict,
    watchlist,
    columns: dict,
    config: Config,
    config_file: str | None,
    candidate_threshold: float,
    scoring: dict,
    counts: dict,
    durations: dict,
) -> dict:
    """The run manifest: enough to say later exactly what was screened, against which list
    content, with which settings, and what came out."""
    listed = watchlist.manifest
    return {
        "run_id": run_id,
        "status": "succeeded",
        "started_at": started_at,
        "finished_at": utc_now(),
        "package_version": package_version(),
        "inputs": inputs,
        "output": output,
        "watchlist": {
            "version": listed.get("version"),
            "created_at": listed.get("created_at"),
            "demo": bool(listed.get("demo")),
            "sources": listed.get("sources", []),
        },
        "columns": columns,
        "config": config.as_dict(),
        "config_hash": config.hash,
        "config_file": config_file,
        "thresholds": {
            **config.as_dict()["thresholds"],
            # Name scores are fetched down to this, so that DOB/country boosts can lift a hit over
            # its final threshold.
            "candidate": candidate_threshold,
        },
        "scoring": scoring,
        "counts": counts,
        "durations_s": durations,
    }


def manifest_json(manifest: dict) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n"


class Progress:
    """Reports a run's progress on `stream` (stderr): `event()` for milestones, `update()` after
    each batch, `close()` at the end.

    `log_format`: "progress" (a bar, redrawn in place), "json" (JSON lines), "none", or "auto":
    the bar on a terminal, JSON lines otherwise.
    """

    def __init__(self, log_format: str = "auto", *, total_rows: int | None = None, run_id: str | None = None, stream=None):
        self.stream = stream if stream is not None else sys.stderr
        if log_format == "auto":
            log_format = "progress" if self.stream.isatty() else "json"
        if log_format not in LOG_FORMATS:
            raise ValueError(f"unknown log format {log_format!r}")
        self.log_format = log_format
        self.total_rows = total_rows
        self.run_id = run_id
        self._started = time.monotonic()
        self._drawn = False

    def event(self, event: str, level: str = "info", **fields) -> None:
        """A milestone (start, input, done, error). The bar shows errors only; the rest would
        interrupt it and the final summary says it anyway."""
        if self.log_format == "json":
            self._json(event, level, **fields)
        elif self.log_format == "progress" and level == "error":
            self._end_bar()
            print(f"error: {fields.get('message', event)}", file=self.stream, flush=True)

    def update(self, rows: int, hits: int) -> None:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        rate = rows / elapsed
        eta = (self.total_rows - rows) / rate if self.total_rows and rate > 0 else None
        if self.log_format == "json":
            self._json("progress", "info", rows=rows, hits=hits, rows_per_s=round(rate), eta_s=None if eta is None else round(eta, 1))
        elif self.log_format == "progress":
            self.stream.write("\r" + self._bar(rows, hits, rate, eta))
            self.stream.flush()
            self._drawn = True

    def close(self) -> None:
        self._end_bar()

    def _bar(self, rows: int, hits: int, rate: float, eta: float | None) -> str:
        parts = []
        if self.total_rows:
            done = min(rows / self.total_rows, 1.0)
            filled = round(done * _BAR_WIDTH)
            parts.append(f"[{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done:4.0%}")
        parts.append(f"{rows:,} rows  {rate:,.0f} rows/s")
        if eta is not None:
            parts.append(f"ETA {format_seconds(eta)}")
        parts.append(f"hits {hits:,}")
        return "  ".join(parts)

    def _end_bar(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False

    def _json(self, event: str, level: str, **fields) -> None:
        record = {"time": utc_now(), "level": level, "event": event, "run_id": self.run_id, **fields}
        print(json.dumps(record, ensure_ascii=False, default=str), file=self.stream, flush=True)


def format_seconds(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def summary_lines(manifest: dict) -> list[str]:
    """The few lines a person reads after a run: what was read, what was skipped and why, the
    hits by list and program, the speed, and where the output went."""
    counts, durations = manifest["counts"], manifest["durations_s"]
    seconds = durations["total"]
    rate = counts["read"] / durations["screen"] if durations["screen"] else 0.0
    lines = [
        f"run {manifest['run_id']}: {counts['read']:,} records read, {counts['screened']:,} screened "
        f"in {seconds:.1f} s ({rate:,.0f} records/s screening)",
    ]
    for reason, count in counts["skipped"].items():
        if count:
            lines.append(f"  skipped {count:,}: {reason}")
    for column, count in counts["null_or_empty_names"].items():
        if count:
            lines.append(f"  {count:,} null or empty values in name column {column!r}")
    if counts["unreadable_dob"]:
        lines.append(f"  {counts['unreadable_dob']:,} dates of birth not in ISO form (YYYY-MM-DD, YYYY-MM, YYYY): not compared")
    if counts["unknown_country"]:
        lines.append(f"  {counts['unknown_country']:,} countries not recognized as an ISO 3166-1 code or name: not compared")
    lines.append(f"hits: {counts['hits']:,} for {counts['records_with_hits']:,} records")
    for what in ("list", "program"):
        by = counts[f"hits_by_{what}"]
        if by:
            lines.append(f"  by {what}: " + ", ".join(f"{key} {count:,}" for key, count in by.items()))
    watchlist = manifest["watchlist"]
    lines.append(f"watchlist version {watchlist['version']}" + (" (DEMO list, not for compliance use)" if watchlist["demo"] else ""))
    lines.append(f"output: {manifest['output']['path']} (manifest {manifest['output']['manifest']})")
    return lines
