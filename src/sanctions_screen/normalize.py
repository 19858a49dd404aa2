"""Name normalization as a column operation (the Rust core does the work, one call per column)."""

from __future__ import annotations

import polars as pl

from sanctions_screen import _core


def normalize_names(names) -> pl.Series:
    """Normalize a column of names: NFKC, case folding, diacritics, invisible characters,
    homoglyphs, punctuation. Non-Latin scripts are kept (transliteration happens in matching).

    `names` is anything that exports Arrow through the PyCapsule interface: a Polars Series, a
    pyarrow Array or ChunkedArray, in Utf8, LargeUtf8 or Utf8View layout. Nulls stay null.
    Raises ColumnTypeError for a non-string column.
    """
    if isinstance(names, pl.Series) and names.dtype == pl.Null:
        return pl.Series(names.name, [None] * len(names), dtype=pl.String)
    result = pl.Series(_core.normalize_names(names))
    return result.alias(names.name) if isinstance(names, pl.Series) else result
