"""Screening customer records against a watchlist, batch by batch.

    hits = screen(customers, Watchlist.load("lists/"), name_col="name", id_col="customer_id")
    manifest = screen_to_parquet("lake/customers/", "lists/", "out/hits.parquet", name_col="name")

Per batch of records (bounded, so memory does not grow with the input): one matcher call per
name column (the Rust core does the per-name work, in parallel), then Polars joins with the
watchlist's attributes to move each score by date-of-birth and country agreement, the wallet
addresses matched exactly, and the thresholds applied. Python work is per batch, never per row.

Score rule (a hit's `score` = `name_score` + `dob_adjustment` + `country_adjustment`, clamped to
[0, 1], kept if at least the entity's threshold, see config.py):
  - DOB: the record's date (a day, `YYYY-MM` month or `YYYY` year) is compared with each of the
    entity's listed dates of birth as periods (a listed year, range or `circa` entry is a period
    already, see lists/dates.py), so that year-only entries compare by year. Within
    DOB_AGREE_YEARS of one: DOB_AGREES. More than DOB_CONFLICT_YEARS from every one: DOB_CONFLICTS.
    In between, or no listed DOB: no change.
  - Country: the record's country the same as one of the entity's listed nationalities,
    citizenships or address countries: COUNTRY_AGREES; the entity has some and none is the same:
    COUNTRY_CONFLICTS. Countries are compared as ISO 3166-1 codes, through COUNTRIES: a record
    may give `KP`, `PRK` or `North Korea` for the list's `Korea, North`. Values COUNTRIES does not
    know (the list's `Region: Crimea`, `undetermined`) are not compared; unknown record values
    are counted.
  - A record's wallet address equal to a listed digital currency address, after the chain's
    case rule (wallets.py): a hit with score 1.
Name scores are fetched from the matcher down to the lowest threshold minus the largest possible
boost, so that a boost can lift a hit over its threshold.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from sanctions_screen import report
from sanctions_screen.config import Config, load_config
from sanctions_screen.errors import InputError, InvalidArgumentError, WatchlistError
from sanctions_screen.io import MANIFEST_KEY, HitsWriter, open_inputs, sigterm_raises, write_json_atomic
from sanctions_screen.matcher import Matcher
from sanctions_screen.wallets import normalize_address
from sanctions_screen.watchlist import HOW_TO_GET_ONE, Watchlist

DOB_AGREES = 0.05
DOB_CONFLICTS = -0.15
DOB_AGREE_YEARS = 1
DOB_CONFLICT_YEARS = 2
COUNTRY_AGREES = 0.02
COUNTRY_CONFLICTS = -0.05
MAX_BOOST = DOB_AGREES + COUNTRY_AGREES
SCORING = {
    "dob_agrees": DOB_AGREES,
    "dob_agree_years": DOB_AGREE_YEARS,
    "dob_conflicts": DOB_CONFLICTS,
    "dob_conflict_years": DOB_CONFLICT_YEARS,
    "country_agrees": COUNTRY_AGREES,
    "country_conflicts": COUNTRY_CONFLICTS,
    "wallet": 1.0,
}

COUNTRY_KINDS = ("nationality", "citizenship", "address_country")
WALLET_KIND = "digital_currency_address"
# Output columns a hits folder may be partitioned by: few distinct values each.
PARTITION_COLUMNS = ("list", "entity_type", "matched_on")
ENGINES = ("local", "spark")
SKIPPED_NO_NAME = "null or empty name"
SKIPPED_NO_NAME_OR_WALLET = "null or empty name and wallet"

_TEXT_TYPES = (pl.String, pl.Categorical, pl.Enum, pl.Null)
_DOB_TYPES = (pl.Date, pl.Datetime, pl.String, pl.Null)


def hits_schema(record_id_dtype: pl.DataType = pl.UInt64) -> dict:
    """The output columns. `record_id` has the input id column's type (the row number in the
    input, UInt64, without one); `matched_on` is the input column that matched (a name column,
    `given+family` for joined ones, or the wallet column)."""
    return {
        "run_id": pl.String,
        "record_id": record_id_dtype,
        "input_name": pl.String,
        "matched_on": pl.String,
        "entity_id": pl.String,
        "list": pl.String,
        "programs": pl.List(pl.String),
        "entity_type": pl.String,
        "matched_name": pl.String,
        "name_kind": pl.String,
        "name_score": pl.Float32,
        "dob_adjustment": pl.Float32,
        "country_adjustment": pl.Float32,
        "score": pl.Float32,
        "threshold": pl.Float32,
        "explanation": pl.String,
    }


@dataclass(frozen=True)
class Columns:
    """Which input columns hold what. Several name columns are screened each on its own (the hit
    says which), or with `join_names` joined by a space into one name (given + family)."""

    names: tuple[str, ...]
    join_names: bool = False
    id: str | None = None
    type: str | None = None
    dob: str | None = None
    country: str | None = None
    wallet: str | None = None

    def __post_init__(self):
        if not self.names or not all(isinstance(name, str) and name for name in self.names):
            raise InvalidArgumentError("at least one name column is needed")

    @classmethod
    def of(cls, name_col: str | Sequence[str], **others) -> Columns:
        return cls(names=(name_col,) if isinstance(name_col, str) else tuple(name_col), **others)

    @property
    def name_labels(self) -> list[str]:
        """The `matched_on` value of each name that is screened."""
        return ["+".join(self.names)] if self.join_names else list(self.names)

    @property
    def read(self) -> list[str]:
        optional = (self.id, self.type, self.dob, self.country, self.wallet)
        return list(dict.fromkeys([*self.names, *(column for column in optional if column)]))

    @property
    def text(self) -> list[str]:
        """Columns read as text from CSV/NDJSON (the id keeps whatever the format gives it)."""
        return [column for column in self.read if column != self.id]

    def as_dict(self) -> dict:
        return {
            "name": list(self.names),
            "join_names": self.join_names,
            "id": self.id,
            "type": self.type,
            "dob": self.dob,
            "country": self.country,
            "wallet": self.wallet,
        }

    def check(self, schema: pl.Schema, where: str) -> None:
        """Every named column present, with a type this job can read."""
        for column in self.read:
            if column not in schema:
                raise InputError(f"missing column (the input has: {', '.join(schema.names())})", path=where, column=column)
        expected = {column: _TEXT_TYPES for column in self.text}
        if self.dob:
            expected[self.dob] = _DOB_TYPES
        for column, allowed in expected.items():
            if schema[column].base_type() not in allowed:
                what = "dates (Date, Datetime or ISO text)" if allowed is _DOB_TYPES else "text (String)"
                raise InputError(f"expected {what}, found {schema[column]}", path=where, column=column)


class Screener:
    """A watchlist made ready for batch screening: the name matcher, and the entity, DOB, country
    and wallet tables that hits are joined with. Built once per run; `screen_batch` per batch.
    It pickles (the matcher as its index bytes), so that Spark executors rebuild it from the
    driver's without the watchlist (spark.py)."""

    def __init__(self, watchlist: Watchlist, columns: Columns, config: Config):
        self.columns, self.config = columns, config
        boost = MAX_BOOST if columns.dob or columns.country else 0.0
        self.candidate_threshold = max(0.0, config.lowest_threshold - boost)
        # Where a DOB or a country may move a hit up, the names keep every entity they match: the
        # best by name alone need not be the best in the end (a namesake's DOB agreeing).
        name_top_k = max(watchlist.entities.height, 1) if boost else config.top_k
        self.matcher = Matcher.from_watchlist(watchlist, threshold=self.candidate_threshold, top_k=name_top_k)
        self.entities = watchlist.entities.select(
            "entity_id", pl.col("source").alias("list"), "programs", "entity_type"
        ).join(config.entity_thresholds(watchlist.entities), on="entity_id")
        attributes = watchlist.attributes
        self.dobs = attributes.filter(pl.col("kind") == "dob", pl.col("date_from").is_not_null()).select(
            "entity_id", pl.col("value").alias("list_dob"), pl.col("date_from").alias("list_from"), pl.col("date_to").alias("list_to")
        )
        self.countries = (
            attributes.filter(pl.col("kind").is_in(COUNTRY_KINDS))
            .select("entity_id", pl.col("value").alias("list_country"), country_code(pl.col("value")).alias("list_code"))
            .drop_nulls("list_code")
            .unique(["entity_id", "list_code"], maintain_order=True)
        )
        self.wallets = attributes.filter(pl.col("kind") == WALLET_KIND).select(
            normalize_address(pl.col("value")).alias("wallet_key"),
            "entity_id",
            pl.col("value").alias("matched_name"),
            pl.col("detail").fill_null("currency not given").alias("currency"),
        )

    def __getstate__(self) -> dict:
        return {**self.__dict__, "matcher": self.matcher.to_bytes()}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, matcher=Matcher.from_bytes(state["matcher"]))

    def screen_batch(self, batch: pl.DataFrame, first_row: int, record_id_dtype: pl.DataType) -> tuple[pl.DataFrame, dict]:
        """Hits of one batch (columns of `hits_schema`, without `run_id`) and its counts.
        `first_row` is the batch's position in the whole input (record ids without an id column)."""
        records = self._records(batch, first_row)
        counts = self._count(records)
        parts = [self._adjust(pl.concat([self._name_hits(records, index) for index in range(len(self.columns.name_labels))]))]
        if self.columns.wallet:
            parts.append(self._wallet_hits(records))
        hits = _best_per_entity(
            pl.concat([part.select(_HIT_COLUMNS) for part in parts])
            .join(self.entities, on="entity_id", how="left")
            .filter(pl.col("score") >= pl.col("threshold"))
        ).filter(pl.col("score").rank("min", descending=True).over("row") <= self.config.top_k)  # ties kept as by the matcher
        counts.update(_hit_counts(hits))
        schema = hits_schema(record_id_dtype)
        output = hits.select(pl.col(name).cast(dtype) for name, dtype in schema.items() if name != "run_id")
        return output, counts

    def _records(self, batch: pl.DataFrame, first_row: int) -> pl.DataFrame:
        """The batch in the columns screening works on: row, record_id, name_0..., kind, and as
        the columns given dob_text/dob_from/dob_to, country_text/country_code, wallet_key."""
        columns = self.columns
        names = [pl.col(name).cast(pl.String) for name in columns.names]
        screened = [pl.concat_str(names, separator=" ", ignore_nulls=True)] if columns.join_names else names
        exprs = [
            pl.int_range(pl.len(), dtype=pl.UInt64).alias("row"),
            (pl.col(columns.id) if columns.id else pl.int_range(first_row, first_row + pl.len(), dtype=pl.UInt64)).alias("record_id"),
            *(_blank_to_null(name).alias(f"name_{index}") for index, name in enumerate(screened)),
            (pl.col(columns.type).cast(pl.String) if columns.type else pl.lit(None, pl.String)).alias("kind"),
        ]
        dates = columns.dob and batch.schema[columns.dob].base_type() in (pl.Date, pl.Datetime)
        if dates:
            day = pl.col(columns.dob).cast(pl.Date)
            exprs += [day.dt.to_string("%Y-%m-%d").alias("dob_text"), day.alias("dob_from"), day.alias("dob_to")]
        elif columns.dob:
            exprs.append(_blank_to_null(pl.col(columns.dob).cast(pl.String)).alias("dob_text"))
        if columns.country:
            exprs.append(_blank_to_null(pl.col(columns.country).cast(pl.String)).alias("country_text"))
        if columns.wallet:
            exprs.append(normalize_address(pl.col(columns.wallet).cast(pl.String)).alias("wallet_key"))
        records = batch.select(exprs)
        # Text dates and countries take regexes and Unicode folding; the same few values recur
        # over many rows, so each distinct value is worked out once.
        if columns.dob and not dates:
            records = _per_distinct(records, "dob_text", _dob_period(pl.col("dob_text")))
        if columns.country:
            records = _per_distinct(records, "country_text", [country_code(pl.col("country_text")).alias("country_code")])
        return records

    def _count(self, records: pl.DataFrame) -> dict:
        labels = self.columns.name_labels
        no_name = pl.all_horizontal(pl.col(f"name_{index}").is_null() for index in range(len(labels)))
        skipped = no_name & pl.col("wallet_key").is_null() if self.columns.wallet else no_name
        reason = SKIPPED_NO_NAME_OR_WALLET if self.columns.wallet else SKIPPED_NO_NAME
        unreadable_dob = pl.col("dob_text").is_not_null() & pl.col("dob_from").is_null() if self.columns.dob else pl.lit(False)
        unknown_country = (
            pl.col("country_text").is_not_null() & pl.col("country_code").is_null() if self.columns.country else pl.lit(False)
        )
        row = records.select(
            skipped.sum().alias("skipped"),
            unreadable_dob.sum().alias("unreadable_dob"),
            unknown_country.sum().alias("unknown_country"),
            *(pl.col(f"name_{index}").null_count().alias(label) for index, label in enumerate(labels)),
        ).row(0, named=True)
        return {
            "read": records.height,
            "screened": records.height - row["skipped"],
            "skipped": {reason: row["skipped"]},
            "null_or_empty_names": {label: row[label] for label in labels},
            "unreadable_dob": row["unreadable_dob"],
            "unknown_country": row["unknown_country"],
        }

    def _name_hits(self, records: pl.DataFrame, index: int) -> pl.DataFrame:
        kinds = records["kind"] if self.columns.type else None
        found = self.matcher.screen(records[f"name_{index}"], kinds=kinds)
        context = [name for name in ("dob_text", "dob_from", "dob_to", "country_text", "country_code") if name in records.columns]
        return found.rename({"query_row": "row", "score": "name_score"}).join(
            records.select("row", "record_id", pl.col(f"name_{index}").alias("input_name"), *context), on="row"
        ).with_columns(pl.lit(self.columns.name_labels[index]).alias("matched_on"), pl.lit(index + 1).alias("source"))

    def _adjust(self, hits: pl.DataFrame) -> pl.DataFrame:
        hits = hits.with_row_index("hit")
        notes, adjustments = [], []
        for name, verdicts in (("dob", self._dob_verdicts), ("country", self._country_verdicts)):
            if f"{name}_text" in hits.columns:
                hits = hits.join(verdicts(hits), on="hit", how="left")
                notes.append(pl.col(f"{name}_note"))
            else:
                hits = hits.with_columns(pl.lit(0.0).alias(f"{name}_adjustment"))
            adjustments.append(pl.col(f"{name}_adjustment").fill_null(0.0))
        dob, country = adjustments
        return hits.with_columns(
            dob.alias("dob_adjustment"),
            country.alias("country_adjustment"),
            (pl.col("name_score").cast(pl.Float64) + dob + country).clip(0.0, 1.0).alias("score"),
            pl.concat_str([pl.col("explanation"), *notes], separator="; ", ignore_nulls=True).alias("explanation"),
        )

    def _dob_verdicts(self, hits: pl.DataFrame) -> pl.DataFrame:
        """Per hit with a record DOB and listed DOBs: dob_adjustment and dob_note."""

        def within(years: int) -> pl.Expr:
            return (pl.col("dob_from") <= pl.col("list_to").dt.offset_by(f"{years}y")) & (
                pl.col("list_from").dt.offset_by(f"-{years}y") <= pl.col("dob_to")
            )

        gap = pl.max_horizontal(
            pl.lit(0), (pl.col("list_from") - pl.col("dob_to")).dt.total_days(), (pl.col("dob_from") - pl.col("list_to")).dt.total_days()
        )
        verdicts = (
            hits.filter(pl.col("dob_from").is_not_null())
            .select("hit", "entity_id", "dob_text", "dob_from", "dob_to")
            .join(self.dobs, on="entity_id")
            .group_by("hit")
            .agg(
                within(DOB_AGREE_YEARS).any().alias("agrees"),
                (~within(DOB_CONFLICT_YEARS)).all().alias("conflicts"),
                pl.col("list_dob").sort_by(gap).first().alias("closest"),
                pl.col("dob_text").first(),
            )
        )
        where = pl.format("(list {}, record {})", "closest", "dob_text")
        return verdicts.select(
            "hit",
            pl.when("agrees").then(DOB_AGREES).when("conflicts").then(DOB_CONFLICTS).otherwise(0.0).alias("dob_adjustment"),
            pl.when("agrees")
            .then(pl.format("DOB agrees {}", where))
            .when("conflicts")
            .then(pl.format("DOB conflicts {}", where))
            .otherwise(pl.format(f"DOB {DOB_AGREE_YEARS}-{DOB_CONFLICT_YEARS} years apart, no change {{}}", where))
            .alias("dob_note"),
        )

    def _country_verdicts(self, hits: pl.DataFrame) -> pl.DataFrame:
        """Per hit with a record country and listed countries: country_adjustment, country_note."""
        equal = pl.col("country_code") == pl.col("list_code")
        verdicts = (
            hits.filter(pl.col("country_code").is_not_null())
            .select("hit", "entity_id", "country_text", "country_code")
            .join(self.countries, on="entity_id")
            .group_by("hit")
            .agg(
                equal.any().alias("agrees"),
                pl.col("list_country").filter(equal).first().alias("agreeing"),
                pl.col("list_country").str.join(" / ").alias("listed"),
                pl.col("country_text").first(),
            )
        )
        return verdicts.select(
            "hit",
            pl.when("agrees").then(COUNTRY_AGREES).otherwise(COUNTRY_CONFLICTS).alias("country_adjustment"),
            pl.when("agrees")
            .then(pl.format("country agrees (list {})", "agreeing"))
            .otherwise(pl.format("country conflicts (list {}, record {})", "listed", "country_text"))
            .alias("country_note"),
        )

    def _wallet_hits(self, records: pl.DataFrame) -> pl.DataFrame:
        names = [pl.col(f"name_{index}") for index in range(len(self.columns.name_labels))]
        return (
            records.filter(pl.col("wallet_key").is_not_null())
            .select("row", "record_id", pl.coalesce(names).alias("input_name"), "wallet_key")
            .join(self.wallets, on="wallet_key")
            .with_columns(
                pl.lit(self.columns.wallet).alias("matched_on"),
                pl.lit(0).alias("source"),
                pl.lit(WALLET_KIND).alias("name_kind"),
                pl.lit(1.0).alias("name_score"),
                pl.lit(0.0).alias("dob_adjustment"),
                pl.lit(0.0).alias("country_adjustment"),
                pl.lit(1.0).alias("score"),
                pl.format("wallet address on list ({})", "currency").alias("explanation"),
            )
        )


# `source` orders the inputs that matched: 0 the wallet, then the name columns as given.
_HIT_COLUMNS = [
    pl.col("row"),
    pl.col("source").cast(pl.Int32),
    pl.col("record_id"),
    pl.col("input_name"),
    pl.col("matched_on"),
    pl.col("entity_id"),
    pl.col("matched_name"),
    pl.col("name_kind"),
    pl.col("name_score").cast(pl.Float64),
    pl.col("dob_adjustment").cast(pl.Float64),
    pl.col("country_adjustment").cast(pl.Float64),
    pl.col("score").cast(pl.Float64),
    pl.col("explanation"),
]


def _best_per_entity(hits: pl.DataFrame) -> pl.DataFrame:
    """One hit per record and entity, the best (a wallet and a name, or two name columns, may hit
    the same entity; on equal scores the wallet, then the first name column); its explanation
    names the other matches. Sorted by record, best first."""
    ranked = hits.sort(["row", "score", "source", "entity_id"], descending=[False, True, False, False]).with_columns(
        pl.int_range(pl.len()).over("row", "entity_id").alias("rank")
    )
    others = (
        ranked.filter(pl.col("rank") > 0)
        .group_by("row", "entity_id")
        .agg(pl.format("also matched on {} ({})", "matched_on", pl.col("score").round(3)).str.join("; ").alias("also"))
    )
    return (
        ranked.filter(pl.col("rank") == 0)
        .join(others, on=["row", "entity_id"], how="left", maintain_order="left")
        .with_columns(pl.concat_str(["explanation", "also"], separator="; ", ignore_nulls=True).alias("explanation"))
    )


def _blank_to_null(text: pl.Expr) -> pl.Expr:
    stripped = text.str.strip_chars()
    return pl.when(stripped.str.len_bytes() > 0).then(stripped)


def country_code(country: pl.Expr) -> pl.Expr:
    """The ISO 3166-1 alpha-2 code of a country given by code or name (COUNTRIES), null if
    unknown. Codes count only in capitals: the UN list writes `na` for "not available", not
    for Namibia."""
    code = country.str.strip_chars().replace_strict(_COUNTRY_BY_CODE, default=None, return_dtype=pl.String)
    name = _country_words(country).replace_strict(_COUNTRY_BY_NAME, default=None, return_dtype=pl.String)
    return pl.coalesce(code, name)


def _country_words(country: pl.Expr) -> pl.Expr:
    """The words of a country name without case, accents or punctuation, in sorted order."""
    words = (
        country.str.normalize("NFKD")
        .str.replace_all(r"\p{M}", "")
        .str.to_lowercase()
        .str.replace_all(r"[^\p{L}\p{N}]+", " ")
        .str.strip_chars()
    )
    return words.str.split(" ").list.sort().list.join(" ")


def _per_distinct(frame: pl.DataFrame, column: str, exprs: list[pl.Expr]) -> pl.DataFrame:
    """`frame` with `exprs` (over `column`) evaluated once per distinct value and joined back."""
    distinct = frame.select(pl.col(column).unique()).with_columns(exprs)
    return frame.join(distinct, on=column, how="left", nulls_equal=True, maintain_order="left")


def _dob_period(text: pl.Expr) -> list[pl.Expr]:
    """dob_from, dob_to: a date of birth given as ISO text, as a period: `YYYY-MM-DD` one day,
    `YYYY-MM` the month, `YYYY` the year. Other text has no period (counted as unreadable)."""
    month = text.str.contains(r"^\d{4}-\d{2}$")
    year = text.str.contains(r"^\d{4}$")
    start = (
        pl.when(month)
        .then(text + "-01")
        .when(year)
        .then(text + "-01-01")
        .otherwise(text)
        .str.to_date("%Y-%m-%d", strict=False)
    )
    end = pl.when(month).then(start.dt.month_end()).when(year).then(start.dt.offset_by("1y").dt.offset_by("-1d")).otherwise(start)
    return [start.alias("dob_from"), end.alias("dob_to")]


def _hit_counts(hits: pl.DataFrame) -> dict:
    by_program = hits.select(pl.col("programs").explode().drop_nulls().value_counts(sort=True)).unnest("programs")
    return {
        "hits": hits.height,
        "records_with_hits": hits["row"].n_unique(),
        "hits_by_list": dict(hits["list"].value_counts(sort=True).iter_rows()),
        "hits_by_program": dict(by_program.iter_rows()),
    }


@dataclass
class RunCounts:
    """Counts over a run's batches."""

    read: int = 0
    screened: int = 0
    skipped: Counter = field(default_factory=Counter)
    null_or_empty_names: Counter = field(default_factory=Counter)
    unreadable_dob: int = 0
    unknown_country: int = 0
    hits: int = 0
    records_with_hits: int = 0
    hits_by_list: Counter = field(default_factory=Counter)
    hits_by_program: Counter = field(default_factory=Counter)

    def add(self, batch: dict) -> None:
        for name, value in batch.items():
            if isinstance(value, dict):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict:
        def ordered(counter: Counter) -> dict:
            return dict(sorted(counter.items(), key=lambda item: (-item[1], str(item[0]))))

        return {
            "read": self.read,
            "screened": self.screened,
            "skipped": dict(self.skipped),
            "null_or_empty_names": dict(self.null_or_empty_names),
            "unreadable_dob": self.unreadable_dob,
            "unknown_country": self.unknown_country,
            "hits": self.hits,
            "records_with_hits": self.records_with_hits,
            "hits_by_list": ordered(self.hits_by_list),
            "hits_by_program": ordered(self.hits_by_program),
        }


class _Job:
    """One screening run: inputs checked, watchlist loaded, matcher built, then `batches()`."""

    def __init__(self, source, watchlist, columns: Columns, config: Config, run_id: str):
        self.run_id, self.columns, self.config = run_id, columns, config
        self.inputs = open_inputs(source)
        self.record_id_dtype = self._check_inputs()
        started = time.perf_counter()
        self.watchlist = load_watchlist(watchlist)
        loaded = time.perf_counter()
        self.screener = Screener(self.watchlist, columns, config)
        self.counts = RunCounts()
        self.durations = {"load_watchlist": loaded - started, "build_matcher": time.perf_counter() - loaded}
        # Where the batches are screened; the manifest records it.
        self.engine = {"name": "local", "master": None}

    def _check_inputs(self) -> pl.DataType:
        """Every input has the columns with usable types, and one id type, before any work."""
        id_dtype = None
        for item in self.inputs:
            schema = item.schema(self.columns.text)
            self.columns.check(schema, item.label)
            if self.columns.id:
                if id_dtype is not None and schema[self.columns.id] != id_dtype:
                    raise InputError(
                        f"id column is {schema[self.columns.id]} here but {id_dtype} in {self.inputs[0].label}",
                        path=item.label,
                        column=self.columns.id,
                    )
                id_dtype = schema[self.columns.id]
        return id_dtype if id_dtype is not None else pl.UInt64

    @property
    def total_rows(self) -> int | None:
        rows = [item.rows for item in self.inputs]
        return None if None in rows else sum(rows)

    def batches(self, on_batch=None) -> Iterator[pl.DataFrame]:
        """Hits per batch, with `run_id`; `on_batch(counts)` after each."""
        started = time.perf_counter()
        for item in self.inputs:
            batch_start = 0  # in this input
            for batch in item.batches(self.columns.read, self.columns.text, self.config.batch_size):
                try:
                    hits, counts = self.screener.screen_batch(batch, self.counts.read, self.record_id_dtype)
                except InvalidArgumentError as exc:
                    if not self.columns.type:
                        raise
                    # The core refuses entity types it does not know, naming the row in the batch.
                    message = f"{str(exc).removeprefix('invalid argument: ')} (of the batch from row {batch_start})"
                    raise InputError(message, path=item.label, column=self.columns.type) from None
                except pl.exceptions.PolarsError as exc:
                    raise InputError(f"cannot screen: {str(exc).splitlines()[0]}", path=item.label) from None
                self.counts.add(counts)
                batch_start += batch.height
                if on_batch is not None:
                    on_batch(self.counts)
                yield hits.select(pl.lit(self.run_id).alias("run_id"), pl.all())
        self.durations["screen"] = time.perf_counter() - started


def load_watchlist(watchlist) -> Watchlist:
    """A Watchlist as given, or loaded from a folder path or "demo". Never a silent default."""
    if isinstance(watchlist, Watchlist):
        return watchlist
    if watchlist is None or str(watchlist).strip() == "":
        raise WatchlistError(f"no watchlist given: {HOW_TO_GET_ONE}")
    return Watchlist.load(watchlist)


def resolve_config(config=None, **overrides) -> tuple[Config, str | None]:
    """(settings, config file) from a Config, a TOML path or None, with `overrides` on top."""
    config_file = None
    if isinstance(config, (str, Path)):
        config_file = str(config)
        config = load_config(config)
    return (config or Config()).override(**overrides), config_file


def screen(
    source,
    watchlist,
    *,
    name_col: str | Sequence[str],
    id_col: str | None = None,
    type_col: str | None = None,
    dob_col: str | None = None,
    country_col: str | None = None,
    wallet_col: str | None = None,
    join_names: bool = False,
    config: Config | str | Path | None = None,
    threshold: float | None = None,
    list_thresholds: dict[str, float] | None = None,
    program_thresholds: dict[str, float] | None = None,
    top_k: int | None = None,
    batch_size: int | None = None,
) -> pl.DataFrame:
    """Screen records and return the hits (columns of `hits_schema`), best first per record.

    `source`: a Polars DataFrame or LazyFrame, or Parquet/CSV/NDJSON paths, globs or folders.
    `watchlist`: a Watchlist, a watchlist folder, or "demo". `config`: a Config or a TOML file;
    the keyword settings override it.
    """
    columns = Columns.of(
        name_col, join_names=join_names, id=id_col, type=type_col, dob=dob_col, country=country_col, wallet=wallet_col
    )
    settings, _ = resolve_config(
        config, threshold=threshold, list_thresholds=list_thresholds, program_thresholds=program_thresholds, top_k=top_k, batch_size=batch_size
    )
    job = _Job(source, watchlist, columns, settings, report.new_run_id())
    frames = list(job.batches())
    return pl.concat(frames) if frames else pl.DataFrame(schema=hits_schema(job.record_id_dtype))


def screen_to_parquet(
    source,
    watchlist,
    out: str | Path,
    *,
    name_col: str | Sequence[str],
    id_col: str | None = None,
    type_col: str | None = None,
    dob_col: str | None = None,
    country_col: str | None = None,
    wallet_col: str | None = None,
    join_names: bool = False,
    config: Config | str | Path | None = None,
    threshold: float | None = None,
    list_thresholds: dict[str, float] | None = None,
    program_thresholds: dict[str, float] | None = None,
    top_k: int | None = None,
    batch_size: int | None = None,
    partition_by: str | None = None,
    log_format: str = "none",
    engine: str = "local",
    spark_master: str | None = None,
) -> dict:
    """Screen records batch by batch straight into Parquet at `out` (a file, or with
    `partition_by` a hive-partitioned folder), written atomically, with the run manifest beside
    it (`<out without .parquet>.manifest.json`) and in the Parquet key-value metadata. Returns the
    manifest. Arguments as for `screen`; `log_format` as report.Progress takes it. `engine`
    "spark" screens the batches on Spark (spark.py; `spark_master` as SparkSession takes it,
    default the session's own) with the same output."""
    if partition_by is not None and partition_by not in PARTITION_COLUMNS:
        raise InvalidArgumentError(f"cannot partition by {partition_by!r}; choose one of {', '.join(PARTITION_COLUMNS)}")
    if engine not in ENGINES:
        raise InvalidArgumentError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if spark_master is not None and engine != "spark":
        raise InvalidArgumentError("a Spark master is given but the engine is not spark")
    started_at, started = report.utc_now(), time.perf_counter()
    run_id = report.new_run_id()
    progress = report.Progress(log_format, run_id=run_id)
    try:
        columns = Columns.of(
            name_col, join_names=join_names, id=id_col, type=type_col, dob=dob_col, country=country_col, wallet=wallet_col
        )
        settings, config_file = resolve_config(
            config, threshold=threshold, list_thresholds=list_thresholds, program_thresholds=program_thresholds, top_k=top_k, batch_size=batch_size
        )
        if engine == "spark":
            from sanctions_screen.spark import SparkJob  # pyspark is an optional dependency

            job = SparkJob(source, watchlist, columns, settings, run_id, spark_master)
        else:
            job = _Job(source, watchlist, columns, settings, run_id)
        hashing = time.perf_counter()
        inputs = [item.describe() for item in job.inputs]
        job.durations["hash_inputs"] = time.perf_counter() - hashing
        progress.total_rows = job.total_rows
        progress.event("start", inputs=len(inputs), rows=job.total_rows, watchlist=job.watchlist.version, out=str(out))
        out = Path(out).resolve()
        manifest_path = out.with_name(f"{out.name.removesuffix('.parquet')}.manifest.json")
        schema = pl.DataFrame(schema=hits_schema(job.record_id_dtype)).to_arrow().schema
        with sigterm_raises(), HitsWriter(out, schema, run_id, partition_by) as writer:
            for hits in job.batches(lambda counts: progress.update(counts.read, counts.hits)):
                writer.write(hits)
            progress.close()
            job.durations["total"] = time.perf_counter() - started
            manifest = report.build_manifest(
                run_id=run_id,
                started_at=started_at,
                inputs=inputs,
                output={
                    "path": str(out),
                    "format": "parquet" if partition_by is None else "parquet-hive",
                    "partition_by": partition_by,
                    "manifest": str(manifest_path),
                    "rows": job.counts.hits,
                },
                watchlist=job.watchlist,
                columns=columns.as_dict(),
                config=settings,
                config_file=config_file,
                candidate_threshold=job.screener.candidate_threshold,
                scoring=SCORING,
                counts=job.counts.as_dict(),
                durations={name: round(seconds, 3) for name, seconds in job.durations.items()},
            )
            manifest["output"]["files"] = [str(path) for path in writer.files]
            manifest["engine"] = job.engine
            text = report.manifest_json(manifest)
            writer.commit({MANIFEST_KEY: text})
        write_json_atomic(manifest_path, text)
    except BaseException as exc:
        progress.close()
        progress.event("error", level="error", message=str(exc) or type(exc).__name__, error=type(exc).__name__)
        raise
    progress.event("done", counts=manifest["counts"], durations_s=manifest["durations_s"], output=manifest["output"])
    return manifest


# ISO 3166-1 (alpha-2, alpha-3, English short name as ISO or the UN write it), then other names in
# use: OFAC's spellings in SDN/consolidated files ("Korea, North", "Burma", "Man, Isle of"), the UN
# list's ("Iran (Islamic Republic of)"), and common English ones. Word order, case, accents and
# punctuation do not matter (`Korea, North` = `North Korea`). Kosovo's XK/XKX is the user-assigned
# code in common use; AN/ANT (Netherlands Antilles) was withdrawn in 2010 but lists still name it.
COUNTRIES = (
    ("AD", "AND", "Andorra"),
    ("AE", "ARE", "United Arab Emirates", "UAE", "Emirates"),
    ("AF", "AFG", "Afghanistan"),
    ("AG", "ATG", "Antigua and Barbuda"),
    ("AI", "AIA", "Anguilla"),
    ("AL", "ALB", "Albania"),
    ("AM", "ARM", "Armenia"),
    ("AN", "ANT", "Netherlands Antilles"),
    ("AO", "AGO", "Angola"),
    ("AQ", "ATA", "Antarctica"),
    ("AR", "ARG", "Argentina"),
    ("AS", "ASM", "American Samoa"),
    ("AT", "AUT", "Austria"),
    ("AU", "AUS", "Australia"),
    ("AW", "ABW", "Aruba"),
    ("AX", "ALA", "Aland Islands"),
    ("AZ", "AZE", "Azerbaijan"),
    ("BA", "BIH", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    ("BB", "BRB", "Barbados"),
    ("BD", "BGD", "Bangladesh"),
    ("BE", "BEL", "Belgium"),
    ("BF", "BFA", "Burkina Faso"),
    ("BG", "BGR", "Bulgaria"),
    ("BH", "BHR", "Bahrain"),
    ("BI", "BDI", "Burundi"),
    ("BJ", "BEN", "Benin"),
    ("BL", "BLM", "Saint Barthelemy"),
    ("BM", "BMU", "Bermuda"),
    ("BN", "BRN", "Brunei Darussalam", "Brunei"),
    ("BO", "BOL", "Bolivia (Plurinational State of)", "Bolivia"),
    ("BQ", "BES", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "BRA", "Brazil"),
    ("BS", "BHS", "Bahamas", "Bahamas, The"),
    ("BT", "BTN", "Bhutan"),
    ("BV", "BVT", "Bouvet Island"),
    ("BW", "BWA", "Botswana"),
    ("BY", "BLR", "Belarus"),
    ("BZ", "BLZ", "Belize"),
    ("CA", "CAN", "Canada"),
    ("CC", "CCK", "Cocos (Keeling) Islands"),
    ("CD", "COD", "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "DR Congo", "DRC", "Zaire"),
    ("CF", "CAF", "Central African Republic"),
    ("CG", "COG", "Congo", "Congo, Republic of the", "Republic of the Congo", "Congo-Brazzaville"),
    ("CH", "CHE", "Switzerland"),
    ("CI", "CIV", "Cote d'Ivoire", "Ivory Coast"),
    ("CK", "COK", "Cook Islands"),
    ("CL", "CHL", "Chile"),
    ("CM", "CMR", "Cameroon"),
    ("CN", "CHN", "China", "People's Republic of China"),
    ("CO", "COL", "Colombia"),
    ("CR", "CRI", "Costa Rica"),
    ("CU", "CUB", "Cuba"),
    ("CV", "CPV", "Cabo Verde", "Cape Verde"),
    ("CW", "CUW", "Curacao"),
    ("CX", "CXR", "Christmas Island"),
    ("CY", "CYP", "Cyprus"),
    ("CZ", "CZE", "Czechia", "Czech Republic"),
    ("DE", "DEU", "Germany"),
    ("DJ", "DJI", "Djibouti"),
    ("DK", "DNK", "Denmark"),
    ("DM", "DMA", "Dominica"),
    ("DO", "DOM", "Dominican Republic"),
    ("DZ", "DZA", "Algeria"),
    ("EC", "ECU", "Ecuador"),
    ("EE", "EST", "Estonia"),
    ("EG", "EGY", "Egypt"),
    ("EH", "ESH", "Western Sahara"),
    ("ER", "ERI", "Eritrea"),
    ("ES", "ESP", "Spain"),
    ("ET", "ETH", "Ethiopia"),
    ("FI", "FIN", "Finland"),
    ("FJ", "FJI", "Fiji"),
    ("FK", "FLK", "Falkland Islands (Malvinas)", "Falkland Islands"),
    ("FM", "FSM", "Micronesia (Federated States of)", "Micronesia, Federated States of", "Micronesia"),
    ("FO", "FRO", "Faroe Islands"),
    ("FR", "FRA", "France"),
    ("GA", "GAB", "Gabon"),
    ("GB", "GBR", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK", "Great Britain", "Britain"),
    ("GD", "GRD", "Grenada"),
    ("GE", "GEO", "Georgia"),
    ("GF", "GUF", "French Guiana"),
    ("GG", "GGY", "Guernsey"),
    ("GH", "GHA", "Ghana"),
    ("GI", "GIB", "Gibraltar"),
    ("GL", "GRL", "Greenland"),
    ("GM", "GMB", "Gambia", "The Gambia", "Gambia, The"),
    ("GN", "GIN", "Guinea"),
    ("GP", "GLP", "Guadeloupe"),
    ("GQ", "GNQ", "Equatorial Guinea"),
    ("GR", "GRC", "Greece"),
    ("GS", "SGS", "South Georgia and the South Sandwich Islands"),
    ("GT", "GTM", "Guatemala"),
    ("GU", "GUM", "Guam"),
    ("GW", "GNB", "Guinea-Bissau"),
    ("GY", "GUY", "Guyana"),
    ("HK", "HKG", "Hong Kong", "China, Hong Kong Special Administrative Region", "Hong Kong SAR"),
    ("HM", "HMD", "Heard Island and McDonald Islands"),
    ("HN", "HND", "Honduras"),
    ("HR", "HRV", "Croatia"),
    ("HT", "HTI", "Haiti"),
    ("HU", "HUN", "Hungary"),
    ("ID", "IDN", "Indonesia"),
    ("IE", "IRL", "Ireland"),
    ("IL", "ISR", "Israel"),
    ("IM", "IMN", "Isle of Man", "Man, Isle of"),
    ("IN", "IND", "India"),
    ("IO", "IOT", "British Indian Ocean Territory"),
    ("IQ", "IRQ", "Iraq"),
    ("IR", "IRN", "Iran (Islamic Republic of)", "Iran", "Islamic Republic of Iran"),
    ("IS", "ISL", "Iceland"),
    ("IT", "ITA", "Italy"),
    ("JE", "JEY", "Jersey"),
    ("JM", "JAM", "Jamaica"),
    ("JO", "JOR", "Jordan"),
    ("JP", "JPN", "Japan"),
    ("KE", "KEN", "Kenya"),
    ("KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic"),
    ("KH", "KHM", "Cambodia"),
    ("KI", "KIR", "Kiribati"),
    ("KM", "COM", "Comoros"),
    ("KN", "KNA", "Saint Kitts and Nevis"),
    ("KP", "PRK", "Democratic People's Republic of Korea", "Korea, North", "DPRK", "Korea, Democratic People's Republic of"),
    ("KR", "KOR", "Republic of Korea", "Korea, South", "Korea, Republic of"),
    ("KW", "KWT", "Kuwait"),
    ("KY", "CYM", "Cayman Islands"),
    ("KZ", "KAZ", "Kazakhstan"),
    ("LA", "LAO", "Lao People's Democratic Republic", "Laos"),
    ("LB", "LBN", "Lebanon"),
    ("LC", "LCA", "Saint Lucia"),
    ("LI", "LIE", "Liechtenstein"),
    ("LK", "LKA", "Sri Lanka"),
    ("LR", "LBR", "Liberia"),
    ("LS", "LSO", "Lesotho"),
    ("LT", "LTU", "Lithuania"),
    ("LU", "LUX", "Luxembourg"),
    ("LV", "LVA", "Latvia"),
    ("LY", "LBY", "Libya"),
    ("MA", "MAR", "Morocco"),
    ("MC", "MCO", "Monaco"),
    ("MD", "MDA", "Republic of Moldova", "Moldova"),
    ("ME", "MNE", "Montenegro"),
    ("MF", "MAF", "Saint Martin (French part)"),
    ("MG", "MDG", "Madagascar"),
    ("MH", "MHL", "Marshall Islands"),
    ("MK", "MKD", "North Macedonia", "North Macedonia, The Republic of", "Macedonia"),
    ("ML", "MLI", "Mali"),
    ("MM", "MMR", "Myanmar", "Burma"),
    ("MN", "MNG", "Mongolia"),
    ("MO", "MAC", "Macao", "Macau"),
    ("MP", "MNP", "Northern Mariana Islands"),
    ("MQ", "MTQ", "Martinique"),
    ("MR", "MRT", "Mauritania"),
    ("MS", "MSR", "Montserrat"),
    ("MT", "MLT", "Malta"),
    ("MU", "MUS", "Mauritius"),
    ("MV", "MDV", "Maldives"),
    ("MW", "MWI", "Malawi"),
    ("MX", "MEX", "Mexico"),
    ("MY", "MYS", "Malaysia"),
    ("MZ", "MOZ", "Mozambique"),
    ("NA", "NAM", "Namibia"),
    ("NC", "NCL", "New Caledonia"),
    ("NE", "NER", "Niger"),
    ("NF", "NFK", "Norfolk Island"),
    ("NG", "NGA", "Nigeria"),
    ("NI", "NIC", "Nicaragua"),
    ("NL", "NLD", "Netherlands", "Netherlands (Kingdom of the)", "Holland"),
    ("NO", "NOR", "Norway"),
    ("NP", "NPL", "Nepal"),
    ("NR", "NRU", "Nauru"),
    ("NU", "NIU", "Niue"),
    ("NZ", "NZL", "New Zealand"),
    ("OM", "OMN", "Oman"),
    ("PA", "PAN", "Panama"),
    ("PE", "PER", "Peru"),
    ("PF", "PYF", "French Polynesia"),
    ("PG", "PNG", "Papua New Guinea"),
    ("PH", "PHL", "Philippines"),
    ("PK", "PAK", "Pakistan"),
    ("PL", "POL", "Poland"),
    ("PM", "SPM", "Saint Pierre and Miquelon"),
    ("PN", "PCN", "Pitcairn"),
    ("PR", "PRI", "Puerto Rico"),
    ("PS", "PSE", "State of Palestine", "Palestine", "West Bank", "Gaza"),
    ("PT", "PRT", "Portugal"),
    ("PW", "PLW", "Palau"),
    ("PY", "PRY", "Paraguay"),
    ("QA", "QAT", "Qatar"),
    ("RE", "REU", "Reunion"),
    ("RO", "ROU", "Romania"),
    ("RS", "SRB", "Serbia"),
    ("RU", "RUS", "Russian Federation", "Russia"),
    ("RW", "RWA", "Rwanda"),
    ("SA", "SAU", "Saudi Arabia"),
    ("SB", "SLB", "Solomon Islands"),
    ("SC", "SYC", "Seychelles"),
    ("SD", "SDN", "Sudan"),
    ("SE", "SWE", "Sweden"),
    ("SG", "SGP", "Singapore"),
    ("SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha", "Saint Helena"),
    ("SI", "SVN", "Slovenia"),
    ("SJ", "SJM", "Svalbard and Jan Mayen"),
    ("SK", "SVK", "Slovakia"),
    ("SL", "SLE", "Sierra Leone"),
    ("SM", "SMR", "San Marino"),
    ("SN", "SEN", "Senegal"),
    ("SO", "SOM", "Somalia"),
    ("SR", "SUR", "Suriname"),
    ("SS", "SSD", "South Sudan"),
    ("ST", "STP", "Sao Tome and Principe"),
    ("SV", "SLV", "El Salvador"),
    ("SX", "SXM", "Sint Maarten (Dutch part)", "Sint Maarten"),
    ("SY", "SYR", "Syrian Arab Republic", "Syria"),
    ("SZ", "SWZ", "Eswatini", "Swaziland"),
    ("TC", "TCA", "Turks and Caicos Islands"),
    ("TD", "TCD", "Chad"),
    ("TF", "ATF", "French Southern Territories"),
    ("TG", "TGO", "Togo"),
    ("TH", "THA", "Thailand"),
    ("TJ", "TJK", "Tajikistan"),
    ("TK", "TKL", "Tokelau"),
    ("TL", "TLS", "Timor-Leste", "East Timor"),
    ("TM", "TKM", "Turkmenistan"),
    ("TN", "TUN", "Tunisia"),
    ("TO", "TON", "Tonga"),
    ("TR", "TUR", "Turkiye", "Turkey"),
    ("TT", "TTO", "Trinidad and Tobago"),
    ("TV", "TUV", "Tuvalu"),
    ("TW", "TWN", "Taiwan", "Taiwan, Province of China"),
    ("TZ", "TZA", "United Republic of Tanzania", "Tanzania"),
    ("UA", "UKR", "Ukraine"),
    ("UG", "UGA", "Uganda"),
    ("UM", "UMI", "United States Minor Outlying Islands"),
    ("US", "USA", "United States of America", "United States", "U.S.A."),
    ("UY", "URY", "Uruguay"),
    ("UZ", "UZB", "Uzbekistan"),
    ("VA", "VAT", "Holy See", "Vatican City"),
    ("VC", "VCT", "Saint Vincent and the Grenadines"),
    ("VE", "VEN", "Venezuela (Bolivarian Republic of)", "Venezuela"),
    ("VG", "VGB", "British Virgin Islands", "Virgin Islands, British"),
    ("VI", "VIR", "United States Virgin Islands", "Virgin Islands, U.S."),
    ("VN", "VNM", "Viet Nam", "Vietnam"),
    ("VU", "VUT", "Vanuatu"),
    ("WF", "WLF", "Wallis and Futuna"),
    ("WS", "WSM", "Samoa"),
    ("XK", "XKX", "Kosovo"),
    ("YE", "YEM", "Yemen"),
    ("YT", "MYT", "Mayotte"),
    ("ZA", "ZAF", "South Africa"),
    ("ZM", "ZMB", "Zambia"),
    ("ZW", "ZWE", "Zimbabwe"),
)


def _country_names() -> dict[str, str]:
    """COUNTRIES' names as words -> alpha-2, through the same normalization as the data."""
    names = pl.DataFrame(
        [(code, name) for code, _, *names in COUNTRIES for name in names],
        schema={"code": pl.String, "name": pl.String},
        orient="row",
    )
    return dict(names.select(_country_words(pl.col("name")), "code").unique().iter_rows())


_COUNTRY_BY_CODE = {code: alpha2 for alpha2, alpha3, *_ in COUNTRIES for code in (alpha2, alpha3)}
_COUNTRY_BY_NAME = _country_names()
