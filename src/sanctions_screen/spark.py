"""Screening on Spark, with the same Screener, scores and hit schema as the single-machine job.

    from sanctions_screen import spark as spark_screen
    hits = spark_screen.screen(customers, "lists/", name_col="name", id_col="customer_id")  # a Spark DataFrame

or `python -m sanctions_screen screen ... --engine spark --spark-master URL`, which writes the same
Parquet output and manifest as the single-machine job (`screen.screen_to_parquet`).

The driver builds the Screener (the matcher's index, the entity, DOB, country and wallet tables)
once and broadcasts it pickled. Each executor's Python worker unpickles it on first use and keeps
it for the run in a module-level cache, so the index travels once per executor and is rebuilt once
per worker, not once per batch. `DataFrame.mapInArrow` hands the worker Arrow record batches;
they are gathered up to the configured batch size and go through `Screener.screen_batch` (one
Rust call per name column): no Python per row.

Record ids: without an id column the single-machine job numbers the records in input order. Spark
has no such order (it splits files and packs them into partitions by size), so those numbers
would change with the cluster and the file sizes; an id column is required here.

pyspark is an optional dependency: `pip install 'sanctions-screen[spark]'`.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa

from sanctions_screen import report
from sanctions_screen.config import Config
from sanctions_screen.errors import InputError, InvalidArgumentError, MissingDependencyError
from sanctions_screen.io import InputFile
from sanctions_screen.screen import Columns, Screener, _Job, hits_schema, load_watchlist, resolve_config

if TYPE_CHECKING:
    from pyspark.core.broadcast import Broadcast
    from pyspark.sql import DataFrame, SparkSession

INSTALL_HINT = "pip install 'sanctions-screen[spark]'"
NEEDS_ID = (
    "the Spark engine needs an id column (id_col / --id-col): Spark has no input row order to number "
    "the records by"
)
# How Spark reads each input format so that it sees what the single-machine reader sees: CSV
# values as text, quoted line breaks included; NDJSON values as text (the job casts the id back).
_READ_OPTIONS = {
    "parquet": {},
    "csv": {"header": "true", "multiLine": "true"},
    "ndjson": {"primitivesAsString": "true"},
}
# The job's output of one screened batch: its hits as Arrow IPC and its counts as JSON.
_BATCH_SCHEMA = pa.schema([("hits", pa.binary()), ("counts", pa.string())])

# Executor side: the Screener of the current run, by run id (a worker keeps only the latest).
_screeners: dict[str, Screener] = {}


def _pyspark():
    """The pyspark.sql module, or MissingDependencyError saying how to install it."""
    try:
        from pyspark import sql
    except ImportError:
        raise MissingDependencyError(f"the Spark engine needs pyspark, which is not installed: {INSTALL_HINT}") from None
    return sql


def session(master: str | None = None) -> SparkSession:
    """The active SparkSession, or a new one on `master`. Hive partition values are read as text,
    as the single-machine reader does. A local master runs its Python workers with this Python,
    which has this package."""
    sql = _pyspark()
    builder = (
        sql.SparkSession.builder.appName("sanctions-screen")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        # The job reports its own progress; Spark's console bar would garble JSON-line logs.
        .config("spark.ui.showConsoleProgress", "false")
    )
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def spark_hits_schema(record_id_type):
    """`hits_schema` as a Spark StructType; `record_id` has the input id column's Spark type."""
    types = _pyspark().types
    spark_types = {pl.String: types.StringType(), pl.Float32: types.FloatType(), pl.List(pl.String): types.ArrayType(types.StringType())}
    return types.StructType(
        [
            types.StructField(name, record_id_type if name == "record_id" else spark_types[dtype])
            for name, dtype in hits_schema().items()
        ]
    )


def screen(
    df: DataFrame,
    watchlist,
    *,
    name_col: str | Sequence[str],
    id_col: str,
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
) -> DataFrame:
    """Screen a Spark DataFrame; the hits as a Spark DataFrame with the columns of `hits_schema`
    (lazy, like any DataFrame: the screening runs when it is written or collected). Arguments as
    for `sanctions_screen.screen`, except that `id_col` is required (module docstring)."""
    sql = _pyspark()
    if not id_col:
        raise InvalidArgumentError(NEEDS_ID)
    columns = Columns.of(
        name_col, join_names=join_names, id=id_col, type=type_col, dob=dob_col, country=country_col, wallet=wallet_col
    )
    settings, _ = resolve_config(
        config, threshold=threshold, list_thresholds=list_thresholds, program_thresholds=program_thresholds, top_k=top_k, batch_size=batch_size
    )
    input_schema = _polars_schema(df, columns)
    columns.check(input_schema, "<Spark DataFrame>")
    shipped = _Shipped(df.sparkSession, Screener(load_watchlist(watchlist), columns, settings), report.new_run_id())
    schema = spark_hits_schema(df.schema[id_col].dataType)
    arrow_schema = sql.pandas.types.to_arrow_schema(schema)
    record_id_dtype = input_schema[id_col]

    def hit_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for hits, _ in shipped.screened(batches, record_id_dtype):
            yield from hits.to_arrow().cast(arrow_schema).to_batches()

    return df.select(columns.read).mapInArrow(hit_batches, schema)


class _Shipped:
    """A run's Screener broadcast to the executors, with a count of the workers that unpickled it."""

    def __init__(self, spark: SparkSession, screener: Screener, run_id: str):
        self.run_id = run_id
        payload = pickle.dumps(screener, protocol=pickle.HIGHEST_PROTOCOL)
        self.payload_bytes = len(payload)
        self.broadcast: Broadcast = spark.sparkContext.broadcast(payload)
        self.loads = spark.sparkContext.accumulator(0)

    def screened(self, batches: Iterator[pa.RecordBatch], record_id_dtype: pl.DataType) -> Iterator[tuple[pl.DataFrame, dict]]:
        """On an executor: the hits (with run_id) and counts of each gathered batch."""
        screener = _screeners.get(self.run_id)
        if screener is None:
            _screeners.clear()
            screener = _screeners[self.run_id] = pickle.loads(self.broadcast.value)
            self.loads.add(1)
        for batch in _gathered(batches, screener.config.batch_size):
            hits, counts = screener.screen_batch(batch, 0, record_id_dtype)
            yield hits.select(pl.lit(self.run_id).alias("run_id"), pl.all()), counts

    def destroy(self) -> None:
        self.broadcast.destroy()


def _gathered(batches: Iterator[pa.RecordBatch], rows: int) -> Iterator[pl.DataFrame]:
    """Spark's Arrow batches (10,000 rows by default) regathered into frames of `rows` rows (the
    last one fewer), the batches the single-machine job screens."""
    pending = None
    for batch in batches:
        frame = pl.from_arrow(batch)
        pending = frame if pending is None else pl.concat([pending, frame], rechunk=False)
        while pending.height >= rows:
            yield pending.head(rows).rechunk()
            pending = pending.slice(rows)
    if pending is not None and pending.height:
        yield pending.rechunk()


def _polars_schema(df: DataFrame, columns: Columns) -> pl.Schema:
    """The Polars types the executors see for the columns the job reads (through Arrow); the
    other columns as Null, for their names only (Columns.check lists them when one is missing)."""
    to_arrow_schema = _pyspark().pandas.types.to_arrow_schema
    read = df.select([column for column in columns.read if column in df.columns])
    types = pl.from_arrow(to_arrow_schema(read.schema).empty_table()).schema
    return pl.Schema({**{name: pl.Null for name in df.columns}, **types})


class SparkJob(_Job):
    """A screening run (`screen.screen_to_parquet` with engine "spark"): inputs checked, watchlist
    loaded and Screener built on the driver as in the single-machine job, the batches screened by
    the executors. `batches()` yields each screened batch's hits on the driver, so that the output
    is written exactly as the single-machine job writes it.

    All partitions are screened at once into Spark's cache (executor memory and disk), then
    fetched one partition at a time: the driver holds one partition's hits, never all of them.
    """

    def __init__(self, source, watchlist, columns: Columns, config: Config, run_id: str, master: str | None = None):
        _pyspark()  # a missing pyspark is said before any work
        if not columns.id:
            raise InvalidArgumentError(NEEDS_ID)
        super().__init__(source, watchlist, columns, config, run_id)
        if not all(isinstance(item, InputFile) for item in self.inputs):
            raise InvalidArgumentError("the Spark engine reads files; screen a Spark DataFrame with sanctions_screen.spark.screen")
        started = time.perf_counter()
        self.spark = session(master)
        self.durations["start_spark"] = time.perf_counter() - started
        self.engine = {"name": "spark", "master": self.spark.sparkContext.master, "spark_version": self.spark.version}

    def batches(self, on_batch=None) -> Iterator[pl.DataFrame]:
        started = time.perf_counter()
        shipped = _Shipped(self.spark, self.screener, self.run_id)
        record_id_dtype = self.record_id_dtype  # the function below goes to the executors: not `self`

        def batch_rows(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
            for hits, counts in shipped.screened(batches, record_id_dtype):
                ipc = io.BytesIO()
                hits.write_ipc(ipc, compression="lz4")
                yield pa.RecordBatch.from_pylist([{"hits": ipc.getvalue(), "counts": json.dumps(counts)}], schema=_BATCH_SCHEMA)

        screened = self._read().mapInArrow(batch_rows, "hits binary, counts string").persist()
        try:
            with _python_errors():
                screened.count()
            self.engine["partitions"] = screened.rdd.getNumPartitions()
            batches = 0
            for row in screened.toLocalIterator():
                hits = pl.read_ipc(io.BytesIO(row.hits))
                self.counts.add(json.loads(row.counts))
                batches += 1
                if on_batch is not None:
                    on_batch(self.counts)
                yield hits
        finally:
            screened.unpersist()
            shipped.destroy()
        self.engine.update(batches=batches, payload_bytes=shipped.payload_bytes, index_loads=shipped.loads.value)
        self.durations["screen"] = time.perf_counter() - started

    def _read(self) -> DataFrame:
        """The inputs as one Spark DataFrame of the columns the job reads: one read per format
        and folder given (a folder's `key=value` subfolders are partition columns)."""
        groups: dict[tuple, list[str]] = {}
        for item in self.inputs:
            groups.setdefault((item.format, item.root), []).append(str(item.path))
        frames = []
        for (file_format, root), paths in groups.items():
            reader = self.spark.read.format("json" if file_format == "ndjson" else file_format).options(**_READ_OPTIONS[file_format])
            if root is not None:
                reader = reader.option("basePath", str(root))
            frames.append(reader.load(paths).select(self.columns.read))
        frame = frames[0]
        for other in frames[1:]:
            frame = frame.unionByName(other)
        return frame


@contextlib.contextmanager
def _python_errors():
    """An error raised in an executor's Python worker as an InputError with the worker's message
    (the driver gets a PythonException holding the worker's whole traceback)."""
    from pyspark.errors import PythonException

    try:
        yield
    except PythonException as exc:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        # The traceback's last line is `module.ErrorClass: message`.
        message = re.sub(r"^[\w.]+: ", "", lines[-1]) if lines else "an executor failed"
        raise InputError(f"cannot screen on Spark: {message}") from None
