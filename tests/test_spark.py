"""The Spark engine (spark.py): the same hits, output and manifest as the single-machine job, on a
local[2] Spark session. Needs pyspark (requirements-dev.txt) and Java; skipped without them."""

import importlib.util
import json
import os
import pickle
import shutil
import sys

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from polars.testing import assert_frame_equal
from test_cli_screen import RECORDS
from test_screen_tables import screener, small_watchlist

from sanctions_screen import screen, synth
from sanctions_screen.cli import main
from sanctions_screen.errors import InputError, InvalidArgumentError
from sanctions_screen.screen import hits_schema
from sanctions_screen.spark import _gathered

SKIP_REASON = (
    "pyspark is not installed (pip install 'sanctions-screen[spark]')"
    if importlib.util.find_spec("pyspark") is None
    else "no java on PATH: Spark needs a Java 17 runtime"
    if shutil.which("java") is None
    else None
)
needs_spark = pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")

COLUMNS = dict(name_col="name", id_col="customer_id", type_col="entity_type", dob_col="dob", country_col="country", wallet_col="wallet")
CLI_COLUMNS = ["--id-col", "customer_id", "--type-col", "entity_type", "--dob-col", "dob", "--country-col", "country", "--wallet-col", "wallet"]
# Small Arrow batches from Spark and small screening batches, so that a few thousand rows make
# many of each.
ARROW_BATCH_ROWS = 100
BATCH_SIZE = 250


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("sanctions-screen-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def customers():
    """Generated customers with the demo list's planted variants among them (Date DOBs)."""
    return synth.demo_customers(2_000).drop("origin", "planted_entity", "variant")


def assert_same_hits(expected: pl.DataFrame, actual: pl.DataFrame) -> None:
    order = ["record_id", "entity_id"]
    assert_frame_equal(expected.drop("run_id").sort(order), actual.drop("run_id").sort(order))


def spark_hits(hits) -> pl.DataFrame:
    return pl.from_arrow(hits.toArrow())


def test_a_pickled_screener_screens_as_the_original():
    original = screener(dob="dob", country="country", wallet="wallet")
    copy = pickle.loads(pickle.dumps(original))
    batch = RECORDS.rename({"given": "name"})
    assert_frame_equal(copy.screen_batch(batch, 0, pl.Int64)[0], original.screen_batch(batch, 0, pl.Int64)[0])
    assert copy.matcher.stats() == original.matcher.stats()


def test_arrow_batches_are_regathered_to_the_batch_size():
    def batch(start, rows):
        return pa.record_batch({"id": list(range(start, start + rows))})

    frames = list(_gathered(iter([batch(0, 3), batch(3, 0), batch(3, 4), batch(7, 5)]), 5))
    assert [frame.height for frame in frames] == [5, 5, 2]
    assert pl.concat(frames)["id"].to_list() == list(range(12))
    assert list(_gathered(iter([]), 5)) == []


def test_without_pyspark_the_cli_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    RECORDS.write_parquet(tmp_path / "customers.parquet")
    monkeypatch.setitem(sys.modules, "pyspark", None)  # makes `import pyspark` fail
    options = ["--name-col", "given", "--id-col", "id", "--engine", "spark", "--log-format", "none"]
    code = main(["screen", str(tmp_path / "customers.parquet"), "--list", "demo", "--out", str(tmp_path / "hits.parquet"), *options])
    assert code == 2
    assert "pip install 'sanctions-screen[spark]'" in capsys.readouterr().err
    assert not (tmp_path / "hits.parquet").exists()


def test_a_spark_master_needs_the_spark_engine(tmp_path, capsys):
    RECORDS.write_parquet(tmp_path / "customers.parquet")
    options = ["--name-col", "given", "--spark-master", "local[2]"]
    assert main(["screen", str(tmp_path / "customers.parquet"), "--list", "demo", "--out", str(tmp_path / "hits.parquet"), *options]) == 2
    assert "engine is not spark" in capsys.readouterr().err


@needs_spark
def test_same_hits_as_the_single_machine_job_over_many_partitions(spark, customers):
    from sanctions_screen import spark as spark_screen

    expected = screen(customers, "demo", **COLUMNS)
    frame = spark.createDataFrame(customers.to_arrow()).repartition(7)
    hits = spark_screen.screen(frame, "demo", batch_size=BATCH_SIZE, **COLUMNS)
    assert hits.columns == list(hits_schema())
    actual = spark_hits(hits)
    assert expected.height > 20  # the planted variants and some near namesakes
    assert_same_hits(expected, actual)
    assert actual["run_id"].n_unique() == 1


@needs_spark
def test_nulls_blanks_and_empty_partitions(spark):
    from sanctions_screen import spark as spark_screen

    records = pl.concat(
        [
            RECORDS,
            pl.DataFrame({"id": [5, 6], "given": ["  ", None], "family": [None, ""]}),
        ],
        how="diagonal",
    )
    options = dict(name_col=["given", "family"], join_names=True, id_col="id", dob_col="dob", country_col="country", wallet_col="wallet")
    expected = screen(records, small_watchlist(), threshold=0.5, **options)
    # 6 rows in 12 partitions: at least half of them are empty.
    frame = spark.createDataFrame(records.to_arrow()).repartition(12)
    actual = spark_hits(spark_screen.screen(frame, small_watchlist(), threshold=0.5, **options))
    assert sorted(actual["record_id"].to_list()) == [1, 3, 4]
    assert_same_hits(expected, actual)

    nothing = spark_screen.screen(frame.limit(0), small_watchlist(), **options)
    assert spark_hits(nothing).is_empty()


@needs_spark
def test_an_id_column_is_required_and_columns_are_checked(spark):
    from sanctions_screen import spark as spark_screen

    frame = spark.createDataFrame(RECORDS.to_arrow())
    with pytest.raises(InvalidArgumentError, match="needs an id column"):
        spark_screen.screen(frame, "demo", name_col="given", id_col=None)
    with pytest.raises(InputError, match="'surname'"):
        spark_screen.screen(frame, "demo", name_col="surname", id_col="id")
    with pytest.raises(InputError, match="'number'.*expected text"):
        spark_screen.screen(frame.selectExpr("id", "id AS number"), "demo", name_col="number", id_col="id")


@needs_spark
def test_cli_writes_the_same_output_and_manifest_as_the_local_engine(spark, customers, tmp_path):
    inputs = tmp_path / "customers"
    inputs.mkdir()
    for part, rows in enumerate(customers.iter_slices(500)):
        rows.write_parquet(inputs / f"part-{part}.parquet")
    local, remote = tmp_path / "local.parquet", tmp_path / "spark.parquet"
    common = ["--list", "demo", *CLI_COLUMNS, "--batch-size", str(BATCH_SIZE), "--log-format", "none"]
    assert main(["screen", str(inputs), "--out", str(local), *common]) == 0
    assert main(["screen", str(inputs), "--out", str(remote), *common, "--engine", "spark", "--spark-master", "local[2]"]) == 0

    assert pq.read_schema(remote).remove_metadata() == pq.read_schema(local).remove_metadata()
    assert_same_hits(pl.read_parquet(local), pl.read_parquet(remote))
    expected, actual = (json.loads(path.with_name(f"{path.stem}.manifest.json").read_text()) for path in (local, remote))
    assert actual.keys() == expected.keys()
    assert actual["counts"] == expected["counts"]
    assert actual["inputs"] == expected["inputs"]
    assert json.loads(pq.read_metadata(remote).metadata[b"sanctions_screen.manifest"])["run_id"] == actual["run_id"]
    assert expected["engine"] == {"name": "local", "master": None}
    engine = actual["engine"]
    assert (engine["name"], engine["master"], engine["spark_version"]) == ("spark", "local[2]", spark.version)
    # The index reached each of the (at most two) Python workers once, not each of the batches.
    assert 1 <= engine["index_loads"] <= 2 < engine["batches"]
    assert engine["batches"] >= customers.height // BATCH_SIZE


@needs_spark
def test_cli_reads_csv_and_ndjson_as_text_like_the_local_engine(spark, tmp_path):
    records = RECORDS.with_columns(pl.col("id").cast(pl.String))
    records.head(2).write_csv(tmp_path / "a.csv")
    records.tail(2).write_ndjson(tmp_path / "b.ndjson")
    small_watchlist().save(tmp_path / "list")
    common = ["screen", str(tmp_path / "a.csv"), str(tmp_path / "b.ndjson"), "--list", str(tmp_path / "list"), "--log-format", "none"]
    common += ["--name-col", "given", "--name-col", "family", "--join-names", "--id-col", "id", "--dob-col", "dob"]
    common += ["--country-col", "country", "--wallet-col", "wallet", "--threshold", "0.5"]
    for engine in ("local", "spark"):
        assert main([*common, "--out", str(tmp_path / f"{engine}.parquet"), "--engine", engine]) == 0
    local = pl.read_parquet(tmp_path / "local.parquet")
    assert local.height == 3
    assert_same_hits(local, pl.read_parquet(tmp_path / "spark.parquet"))


@needs_spark
def test_cli_reads_hive_partition_values_as_text_like_the_local_engine(spark, tmp_path):
    # Spark's partition type inference would make the id `007` the number 7.
    records = RECORDS.with_columns(pl.format("00{}", "id").alias("id"))
    for (record_id,), rows in records.partition_by("id", as_dict=True).items():
        (tmp_path / "customers" / f"id={record_id}").mkdir(parents=True)
        rows.drop("id").write_parquet(tmp_path / "customers" / f"id={record_id}" / "part-0.parquet")
    small_watchlist().save(tmp_path / "list")
    common = ["screen", str(tmp_path / "customers"), "--list", str(tmp_path / "list"), "--log-format", "none", "--threshold", "0.5"]
    common += ["--name-col", "given", "--name-col", "family", "--join-names", "--id-col", "id"]
    for engine in ("local", "spark"):
        assert main([*common, "--out", str(tmp_path / f"{engine}.parquet"), "--engine", engine]) == 0
    local = pl.read_parquet(tmp_path / "local.parquet")
    assert sorted(local["record_id"].to_list()) == ["001", "004"]
    assert_same_hits(local, pl.read_parquet(tmp_path / "spark.parquet"))


@needs_spark
def test_an_error_in_an_executor_names_the_cause(spark, tmp_path, capsys):
    RECORDS.with_columns(kind=pl.lit("robot")).write_parquet(tmp_path / "customers.parquet")
    small_watchlist().save(tmp_path / "list")
    options = ["--name-col", "given", "--id-col", "id", "--type-col", "kind", "--engine", "spark", "--log-format", "none"]
    out = tmp_path / "hits.parquet"
    assert main(["screen", str(tmp_path / "customers.parquet"), "--list", str(tmp_path / "list"), "--out", str(out), *options]) == 2
    assert "robot" in capsys.readouterr().err
    assert not out.exists()
