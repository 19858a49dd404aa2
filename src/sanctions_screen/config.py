"""Screening settings: thresholds (global, per list, per program), top-k per record and batch size,
from a TOML file (`--config`) with command-line options on top, and the rule that gives each
listed entity its threshold.

    top_k = 5
    batch_size = 200000

    [thresholds]
    global = 0.82
    lists = { "ofac-sdn" = 0.80, un = 0.85 }
    programs = { DPRK3 = 0.75, NPWMD = 0.75 }

Threshold rule: the most specific setting wins. An entity under programs with a threshold gets
the lowest of those (screened as strictly as its strictest program); otherwise its list's
threshold; otherwise the global one.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl

from sanctions_screen.errors import InputError, InvalidArgumentError
from sanctions_screen.matcher import DEFAULT_THRESHOLD, DEFAULT_TOP_K

# Rows per batch: large enough that the per-batch Python/Polars overhead is small next to the
# Rust screening, small enough that a batch and its intermediate frames stay well under 1 GB.
DEFAULT_BATCH_SIZE = 200_000

_TOP_LEVEL_KEYS = {"top_k", "batch_size", "thresholds"}
_THRESHOLD_KEYS = {"global", "lists", "programs"}


@dataclass(frozen=True)
class Config:
    threshold: float = DEFAULT_THRESHOLD
    list_thresholds: dict[str, float] = field(default_factory=dict)
    program_thresholds: dict[str, float] = field(default_factory=dict)
    top_k: int = DEFAULT_TOP_K
    batch_size: int = DEFAULT_BATCH_SIZE

    def __post_init__(self):
        check_threshold(self.threshold, "threshold")
        for what, table in (("list", self.list_thresholds), ("program", self.program_thresholds)):
            for key, value in table.items():
                check_threshold(value, f"{what} threshold {key!r}")
        for what in ("top_k", "batch_size"):
            value = getattr(self, what)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidArgumentError(f"{what} must be a positive integer, got {value!r}")

    def override(
        self,
        *,
        threshold: float | None = None,
        list_thresholds: dict[str, float] | None = None,
        program_thresholds: dict[str, float] | None = None,
        top_k: int | None = None,
        batch_size: int | None = None,
    ) -> Config:
        """This config with the given settings on top (None keeps a setting; per-list and
        per-program entries are merged over the existing ones)."""
        changes = {
            name: value
            for name, value in (("threshold", threshold), ("top_k", top_k), ("batch_size", batch_size))
            if value is not None
        }
        return replace(
            self,
            list_thresholds={**self.list_thresholds, **(list_thresholds or {})},
            program_thresholds={**self.program_thresholds, **(program_thresholds or {})},
            **changes,
        )

    def as_dict(self) -> dict:
        return {
            "thresholds": {
                "global": self.threshold,
                "lists": dict(sorted(self.list_thresholds.items())),
                "programs": dict(sorted(self.program_thresholds.items())),
            },
            "top_k": self.top_k,
            "batch_size": self.batch_size,
        }

    @property
    def hash(self) -> str:
        """sha256 of the settings in canonical JSON: equal settings, equal hash."""
        canonical = json.dumps(self.as_dict(), sort_keys=True, separators=(",", ":"))
        return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()

    @property
    def lowest_threshold(self) -> float:
        return min([self.threshold, *self.list_thresholds.values(), *self.program_thresholds.values()])

    def entity_thresholds(self, entities: pl.DataFrame) -> pl.DataFrame:
        """entity_id and the threshold of each entity (columns `entity_id`, `source`, `programs`
        as in Watchlist.entities), by the rule in the module docstring."""
        programs = pl.DataFrame(
            list(self.program_thresholds.items()), schema={"program": pl.String, "program_threshold": pl.Float64}, orient="row"
        )
        lists = pl.DataFrame(
            list(self.list_thresholds.items()), schema={"source": pl.String, "list_threshold": pl.Float64}, orient="row"
        )
        by_program = (
            entities.select("entity_id", pl.col("programs").alias("program"))
            .explode("program")
            .join(programs, on="program", how="inner")
            .group_by("entity_id")
            .agg(pl.col("program_threshold").min())
        )
        return (
            entities.select("entity_id", "source")
            .join(by_program, on="entity_id", how="left")
            .join(lists, on="source", how="left")
            .select(
                "entity_id",
                pl.coalesce("program_threshold", "list_threshold", pl.lit(self.threshold)).alias("threshold"),
            )
        )


def check_threshold(value, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise InvalidArgumentError(f"{what} must be a number in [0, 1], got {value!r}")
    return float(value)


def load_config(path: str | Path) -> Config:
    """A Config from a TOML file. Unknown settings are errors (a misspelt key must not be ignored
    silently); the message names the file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read the config file ({exc.strerror})", path=path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not a valid TOML file: {exc}", path=path) from None
    try:
        return _from_dict(data)
    except InvalidArgumentError as exc:
        raise InputError(str(exc), path=path) from None


def _from_dict(data: dict) -> Config:
    _check_keys(data, _TOP_LEVEL_KEYS, "setting")
    thresholds = data.get("thresholds", {})
    if not isinstance(thresholds, dict):
        raise InvalidArgumentError("[thresholds] must be a table")
    _check_keys(thresholds, _THRESHOLD_KEYS, "thresholds setting")
    tables = {}
    for key in ("lists", "programs"):
        table = thresholds.get(key, {})
        if not isinstance(table, dict):
            raise InvalidArgumentError(f"thresholds.{key} must be a table of name = threshold")
        tables[key] = {str(name): check_threshold(value, f"thresholds.{key}.{name}") for name, value in table.items()}
    return Config(
        threshold=check_threshold(thresholds.get("global", DEFAULT_THRESHOLD), "thresholds.global"),
        list_thresholds=tables["lists"],
        program_thresholds=tables["programs"],
        top_k=data.get("top_k", DEFAULT_TOP_K),
        batch_size=data.get("batch_size", DEFAULT_BATCH_SIZE),
    )


def _check_keys(data: dict, known: set[str], what: str) -> None:
    unknown = sorted(set(data) - known)
    if unknown:
        raise InvalidArgumentError(f"unknown {what} {unknown[0]!r} (known: {', '.join(sorted(known))})")
