"""The Python/Rust boundary: string columns cross as Arrow (PyCapsule), in all three layouts."""

import polars as pl
import pyarrow as pa
import pytest

from sanctions_screen import ColumnTypeError, normalize_names

NAMES = ["KIM, Se-u'n", None, "Ｊｏｓé Müller", "", "Kim J\u043eng\u200b"]
EXPECTED = ["kim se un", None, "jose muller", "", "kim jong"]


@pytest.mark.parametrize("arrow_type", [pa.string(), pa.large_string(), pa.string_view()])
def test_pyarrow_layouts(arrow_type):
    result = normalize_names(pa.array(NAMES, type=arrow_type))
    assert isinstance(result, pl.Series)
    assert result.to_list() == EXPECTED


def test_polars_series_and_dataframe_column_keep_the_name():
    frame = pl.DataFrame({"name": NAMES})
    result = normalize_names(frame["name"])
    assert result.name == "name"
    assert result.to_list() == EXPECTED


def test_chunked_input_keeps_order_and_length():
    chunked = pa.chunked_array([NAMES[:2], NAMES[2:]], type=pa.large_string())
    assert normalize_names(chunked).to_list() == EXPECTED


def test_empty_and_all_null_columns():
    assert normalize_names(pl.Series("n", [], dtype=pl.String)).to_list() == []
    assert normalize_names(pl.Series("n", [None, None])).to_list() == [None, None]


def test_non_string_input_is_a_clear_type_error():
    with pytest.raises(TypeError, match="expected a string column.*Int64"):
        normalize_names(pl.Series([1, 2]))
    with pytest.raises(ColumnTypeError):
        normalize_names(pa.array([1.5]))


def test_result_is_read_by_polars_without_pyarrow():
    # The core returns an arro3 ChunkedArray exporting __arrow_c_stream__; Polars ingests it
    # directly. The values must survive the round trip in order.
    from sanctions_screen import _core

    out = _core.normalize_names(pl.Series(["A  B", "c"]))
    assert hasattr(out, "__arrow_c_stream__")
    assert pl.Series(out).to_list() == ["a b", "c"]
