"""Reading customer inputs in bounded batches, and writing hits atomically.

Inputs: Parquet, CSV and NDJSON files, given as files, globs or folders (a folder is read
recursively; for Parquet its `key=value` subfolders are hive partition columns, as text), or an
in-memory Polars frame. Each file is read on its own, so an unreadable one is named in the error. Text
formats are read with the columns the job treats as text (names, types, countries, wallets, DOBs)
as strings: a CSV or NDJSON value is text whatever it looks like, and type inference over the
first rows must not decide otherwise.

Output: Parquet written under a temporary name beside the target (`<out>.tmp-<run_id>`) and
renamed over it only when complete. A failure, Ctrl-C or SIGTERM removes the temporary output;
even SIGKILL leaves at most the temporary name, never a partial file under the target's.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
import shutil
import signal
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from sanctions_screen.errors import InputError, InvalidArgumentError, OutputError

# File name suffix -> format. Anything else is refused by name (a folder skips it).
FORMATS = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv", ".ndjson": "ndjson", ".jsonl": "ndjson"}
# Hive's name for a null partition value, which readers (Polars, Spark, Arrow) map back to null.
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
MANIFEST_KEY = "sanctions_screen.manifest"
# The one file of a partitioned output without hits: it keeps the folder readable as a dataset.
EMPTY_PART = "part-0.parquet"
# NDJSON lines Polars infers a schema from (its default) before looking at the whole file.
NDJSON_INFER_LINES = 100
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class InputFile:
    path: Path
    format: str
    # The folder given as input that the file was found under: `key=value` folders between the
    # two are hive partition columns.
    root: Path | None = None

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def rows(self) -> int | None:
        """Row count when known without reading the data (Parquet footers)."""
        if self.format != "parquet":
            return None
        with _named_errors(self.path):
            return pq.read_metadata(self.path).num_rows

    @property
    def partitions(self) -> dict[str, str | None]:
        """Hive partition columns and their values (text; HIVE_NULL is null)."""
        if self.root is None or self.format != "parquet":
            return {}
        parts = (part.split("=", 1) for part in self.path.relative_to(self.root).parent.parts if "=" in part)
        return {key: None if value == HIVE_NULL else unquote(value) for key, value in parts}

    def schema(self, text_columns: Sequence[str] = ()) -> pl.Schema:
        with _named_errors(self.path):
            if self.format != "parquet":
                return self._scan_text(text_columns).collect_schema()
            stored = pl.read_parquet_schema(self.path)
            return pl.Schema({**{key: pl.String for key in self.partitions}, **stored})

    def batches(self, columns: Sequence[str], text_columns: Sequence[str], batch_size: int) -> Iterator[pl.DataFrame]:
        with _named_errors(self.path):
            if self.format != "parquet":
                # Every CSV field is parsed, not only the selected columns': with projection
                # pushdown Polars stops at the last selected column, so a line with more fields than
                # the header (an unquoted comma: `1,KIM, Se Un`) is not an error and the selected
                # values come out cut or shifted (name `KIM`). Costs ~0.07 s per million rows of 9 columns.
                whole_lines = pl.QueryOptFlags(projection_pushdown=self.format != "csv")
                yield from self._scan_text(text_columns).select(columns).collect_batches(
                    chunk_size=batch_size, optimizations=whole_lines
                )
                return
            # Arrow reads one row group at a time, which bounds memory; Polars' streaming reader
            # reads several ahead of a slow consumer (a 10M-row run peaked at 1.3 GB that way,
            # 0.7 GB this way).
            partitions = {key: value for key, value in self.partitions.items() if key in columns}
            stored = [column for column in columns if column not in partitions]
            for batch in pq.ParquetFile(self.path).iter_batches(batch_size=batch_size, columns=stored):
                frame = pl.from_arrow(batch).with_columns(pl.lit(value, pl.String).alias(key) for key, value in partitions.items())
                yield frame.select(columns)

    def _scan_text(self, text_columns: Sequence[str]) -> pl.LazyFrame:
        if self.format == "csv":
            return pl.scan_csv(self.path, infer_schema=False)
        # JSON writers often leave out null keys, so a sparse column (wallets) can first appear
        # after the lines Polars infers the schema from: then the whole file is inferred.
        infer_lines = NDJSON_INFER_LINES
        present = pl.scan_ndjson(self.path, infer_schema_length=infer_lines).collect_schema()
        if not set(text_columns) <= set(present):
            infer_lines = None
            present = pl.scan_ndjson(self.path, infer_schema_length=infer_lines).collect_schema()
        # Overriding a column the file lacks is an error of its own; the caller's check names it.
        overrides = {column: pl.String for column in text_columns if column in present}
        return pl.scan_ndjson(self.path, infer_schema_length=infer_lines, schema_overrides=overrides)

    def describe(self) -> dict:
        digest = hashlib.sha256()
        with _named_errors(self.path), self.path.open("rb") as handle:
            while block := handle.read(_HASH_BLOCK):
                digest.update(block)
        return {
            "path": str(self.path.resolve()),
            "format": self.format,
            "bytes": self.path.stat().st_size,
            "sha256": digest.hexdigest(),
            "rows": self.rows,
        }


@dataclass(frozen=True)
class InputFrame:
    """An in-memory Polars DataFrame or LazyFrame given to `screen()`."""

    frame: pl.DataFrame | pl.LazyFrame

    label = "<frame>"

    @property
    def rows(self) -> int | None:
        return self.frame.height if isinstance(self.frame, pl.DataFrame) else None

    def schema(self, text_columns: Sequence[str] = ()) -> pl.Schema:
        with _named_errors(self.label):
            return self.frame.collect_schema()

    def batches(self, columns: Sequence[str], text_columns: Sequence[str], batch_size: int) -> Iterator[pl.DataFrame]:
        if isinstance(self.frame, pl.DataFrame):
            yield from self.frame.select(columns).iter_slices(batch_size)
            return
        with _named_errors(self.label):
            yield from self.frame.select(columns).collect_batches(chunk_size=batch_size)

    def describe(self) -> dict:
        return {"path": None, "format": type(self.frame).__name__, "bytes": None, "sha256": None, "rows": self.rows}


def open_inputs(source) -> list[InputFile | InputFrame]:
    """The inputs of `source`: a Polars DataFrame/LazyFrame, or one or more paths, globs or
    folders. Raises InputError naming a path that does not exist, matches nothing, is empty or
    has an unknown format."""
    if isinstance(source, (pl.DataFrame, pl.LazyFrame)):
        return [InputFrame(source)]
    given = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    if not given:
        raise InvalidArgumentError("no input given")
    inputs: dict[Path, InputFile] = {}
    for item in given:
        for found in _expand(str(item)):
            inputs.setdefault(found.path.resolve(), found)
    return list(inputs.values())


def _expand(item: str) -> list[InputFile]:
    path = Path(item)
    if path.is_dir():
        files = [
            InputFile(found, FORMATS[_suffix(found)], root=path)
            for found in sorted(path.rglob("*"))
            if found.is_file() and _suffix(found) in FORMATS and not _hidden(found.relative_to(path))
        ]
        if not files:
            raise InputError(f"no {_format_list()} files in this folder", path=path)
        return [_checked(file) for file in files]
    if path.is_file():
        if _suffix(path) not in FORMATS:
            raise InputError(f"unknown input format; expected {_format_list()}", path=path)
        return [_checked(InputFile(path, FORMATS[_suffix(path)]))]
    if glob.has_magic(item):
        matches = [Path(match) for match in sorted(glob.glob(item, recursive=True)) if Path(match).is_file()]
        files = [InputFile(match, FORMATS[_suffix(match)]) for match in matches if _suffix(match) in FORMATS]
        if not files:
            raise InputError(f"no {_format_list()} files match this pattern", path=item)
        return [_checked(file) for file in files]
    raise InputError("no such file or folder", path=path)


def _checked(file: InputFile) -> InputFile:
    if file.path.stat().st_size == 0:
        raise InputError("empty file (0 bytes): not even a header or footer to read", path=file.path)
    return file


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _hidden(relative: Path) -> bool:
    """Dot and underscore files (`.part-0.crc`, `_SUCCESS`, `_metadata`) are not data."""
    return any(part.startswith((".", "_")) for part in relative.parts)


def _format_list() -> str:
    return ", ".join(sorted(FORMATS))


@contextlib.contextmanager
def _named_errors(where):
    """Reading errors become InputError naming the file (Polars and Arrow raise many types)."""
    try:
        yield
    except InputError:
        raise
    except (pl.exceptions.PolarsError, pa.ArrowException, OSError, ValueError) as exc:
        raise InputError(f"cannot read: {_first_line(exc)}", path=where) from None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class HitsWriter:
    """Appends hit batches to Parquet under a temporary name; `commit` renames it into place.

    `out` is one file, or with `partition_by` a folder of hive partitions
    (`<column>=<value>/part-0.parquet`, the column not repeated inside). Used as a context manager,
    anything but a commit removes the temporary output. The commit replaces an earlier output; an
    existing folder is refused at the start unless it holds nothing but an earlier run's hits.
    """

    def __init__(self, out: str | Path, schema: pa.Schema, run_id: str, partition_by: str | None = None):
        if partition_by is not None and partition_by not in schema.names:
            raise InvalidArgumentError(f"cannot partition by {partition_by!r}: not an output column")
        self.out = Path(out)
        if self.out.is_dir() and not _earlier_output(self.out):
            # Replacing a folder removes it: only ever one this writer made.
            raise InvalidArgumentError(
                f"{self.out}: a folder with files other than an earlier run's hits: not replaced (choose another output path)"
            )
        self.partition_by = partition_by
        self.temp = self.out.with_name(f"{self.out.name}.tmp-{run_id}")
        self._run_id = run_id
        self._schema = schema
        # Partition key ('' for a single file) -> (writer, path relative to the output).
        self._writers: dict[str, tuple[pq.ParquetWriter, Path]] = {}
        with _write_errors(self.out):
            self.out.parent.mkdir(parents=True, exist_ok=True)
            if partition_by is None:
                self._writers[""] = (pq.ParquetWriter(self.temp, schema), Path())
            else:
                self.temp.mkdir()

    def write(self, hits: pl.DataFrame) -> None:
        if hits.is_empty():
            return
        with _write_errors(self.out):
            if self.partition_by is None:
                self._append("", hits)
                return
            for (value,), part in hits.partition_by(self.partition_by, as_dict=True, maintain_order=True).items():
                self._append(self._partition(value), part.drop(self.partition_by))

    def commit(self, metadata: dict[str, str]) -> list[Path]:
        """Close every file with `metadata` (Parquet key-value metadata) and move the output into
        place, replacing an earlier one. Returns the files written."""
        with _write_errors(self.out):
            if not self._writers:
                self._open("", Path(EMPTY_PART), self._schema)
            files = self.files
            for writer, _ in self._writers.values():
                writer.add_key_value_metadata(metadata)
                writer.close()
            self._writers.clear()
            _replace(self.temp, self.out, self._run_id)
        return files

    @property
    def files(self) -> list[Path]:
        """The files the output holds once committed."""
        return [self.out / relative for _, relative in self._writers.values()] or [self.out / EMPTY_PART]

    def abort(self) -> None:
        for writer, _ in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        self._writers.clear()
        if self.temp.is_dir():
            shutil.rmtree(self.temp, ignore_errors=True)
        else:
            self.temp.unlink(missing_ok=True)

    def __enter__(self) -> HitsWriter:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.temp.exists():
            self.abort()

    def _partition(self, value) -> str:
        key = HIVE_NULL if value is None else quote(str(value), safe="")
        if key not in self._writers:
            relative = Path(f"{self.partition_by}={key}") / "part-0.parquet"
            (self.temp / relative).parent.mkdir()
            self._open(key, relative, self._schema.remove(self._schema.get_field_index(self.partition_by)))
        return key

    def _open(self, key: str, relative: Path, schema: pa.Schema) -> None:
        self._writers[key] = (pq.ParquetWriter(self.temp / relative, schema), relative)

    def _append(self, key: str, frame: pl.DataFrame) -> None:
        writer = self._writers[key][0]
        writer.write_table(frame.to_arrow().cast(writer.schema))


def _earlier_output(folder: Path) -> bool:
    """Whether every file under `folder` is Parquet with a run manifest in its metadata, as
    `HitsWriter.commit` writes them (an empty folder is none of the user's data either)."""
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                metadata = pq.read_metadata(path).metadata or {}
            except (pa.ArrowException, OSError):
                return False
            if MANIFEST_KEY.encode() not in metadata:
                return False
    return True


def _replace(temp: Path, out: Path, run_id: str) -> None:
    """Rename `temp` over `out`. A file replaces a file atomically; a folder cannot replace a
    non-empty folder in one rename, so an existing folder is moved aside first and removed after."""
    if out.exists() and (temp.is_dir() or out.is_dir()):
        aside = out.with_name(f"{out.name}.old-{run_id}")
        out.rename(aside)
        temp.rename(out)
        if aside.is_dir():
            shutil.rmtree(aside)
        else:
            aside.unlink()
        return
    os.replace(temp, out)


def write_json_atomic(path: Path, text: str) -> None:
    temp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        with _write_errors(path):
            temp.write_text(text, encoding="utf-8")
            os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def _write_errors(path: Path):
    """Writing errors become OutputError naming the output: an unwritable output must not end the
    job with Python's exit code 1, which under --fail-on-hits means hits."""
    try:
        yield
    except OSError as exc:  # Arrow's I/O errors are OSErrors too
        raise OutputError(f"{path}: cannot write: {_first_line(exc)}") from None


class Terminated(Exception):
    """SIGTERM arrived: raised so that clean-up code (`finally`, context managers) runs."""


@contextlib.contextmanager
def sigterm_raises():
    """Within this block SIGTERM raises `Terminated` (Ctrl-C already raises KeyboardInterrupt), so
    that an orchestrator's kill removes temporary output. Only the main thread can set handlers;
    elsewhere the block runs unchanged."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise Terminated(f"terminated by signal {signum}")

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
