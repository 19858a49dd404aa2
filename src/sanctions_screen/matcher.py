"""The name matcher: a built index over a watchlist's names, screening whole columns at a time.

    matcher = watchlist.matcher(threshold=0.8, top_k=5)
    hits = matcher.screen(customers["name"], kinds=customers["entity_type"])

All per-name work happens in the Rust core, one call per column, with the GIL released.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import polars as pl

from sanctions_screen import _core

if TYPE_CHECKING:
    from sanctions_screen.watchlist import Watchlist

DEFAULT_THRESHOLD = 0.80
DEFAULT_TOP_K = 5

HIT_SCHEMA = {
    "query_row": pl.UInt64,
    "entity_id": pl.String,
    "matched_name": pl.String,
    "name_kind": pl.String,
    "score": pl.Float32,
    "explanation": pl.String,
}


def _string_column(values, what: str) -> pl.Series:
    """Any column-like input as a Polars string Series (an all-null column has no string type)."""
    series = values if isinstance(values, pl.Series) else pl.Series(what, values)
    if series.dtype == pl.Null:
        series = series.cast(pl.String)
    return series


class Matcher:
    """Screens names against one watchlist. Build it with `Watchlist.matcher()` or
    `Matcher.from_bytes()`; its results never change and it is safe to share between threads.
    It remembers, within bounded memory, the query words it has analysed and the hits of names
    it has screened, so a name repeated in a later batch costs a lookup; time a fresh matcher to
    measure screening itself."""

    def __init__(self, core: _core.Matcher):
        self._core = core

    @classmethod
    def from_watchlist(
        cls, watchlist: Watchlist, *, threshold: float = DEFAULT_THRESHOLD, top_k: int = DEFAULT_TOP_K
    ) -> Matcher:
        names = watchlist.names.join(
            watchlist.entities.select("entity_id", "entity_type"), on="entity_id", how="left"
        ).with_columns(pl.col("entity_type").fill_null("unknown"))
        core = _core.Matcher.build(
            names["entity_id"],
            names["name"],
            names["kind"],
            names["entity_type"],
            threshold=float(threshold),
            top_k=int(top_k),
        )
        return cls(core)

    @property
    def threshold(self) -> float:
        return self._core.threshold

    @property
    def top_k(self) -> int:
        return self._core.top_k

    def stats(self) -> dict:
        """Sizes of the built index: entities, names, keys, postings, index_bytes."""
        return self._core.stats()

    def screen(self, names, kinds=None, *, exhaustive: bool = False) -> pl.DataFrame:
        """Screen a column of names (Polars Series, pyarrow array, or a list of str).

        `kinds`, if given, is a column of the same length saying `person`, `organization` or
        `unknown` (null) per name. Returns one row per hit: `query_row` (position in `names`),
        `entity_id`, `matched_name`, `name_kind`, `score`, `explanation`; best first within a row,
        `top_k` entities a row, more only where several tie at the last place (which of equally
        good matches to leave out would be arbitrary).
        `exhaustive=True` scores every list name instead of using the index (for measuring the
        index's recall; much slower).
        """
        names = _string_column(names, "name")
        kinds = None if kinds is None else _string_column(kinds, "kind")
        table = self._core.screen(names, kinds, exhaustive=exhaustive)
        return pl.DataFrame(table).cast(HIT_SCHEMA)

    def to_bytes(self) -> bytes:
        """The built index, for workers in other processes (`Matcher.from_bytes`)."""
        return self._core.to_bytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> Matcher:
        return cls(_core.Matcher.from_bytes(data))
