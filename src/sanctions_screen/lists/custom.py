"""A firm's own list (a block list): CSV with a header row, or Parquet, with at least the columns
`id` and `name`; optionally `entity_type` (person, organization, vessel, aircraft; empty when
unknown). Other columns are ignored.

Rows sharing an id are one entity: the first row's name is its primary name, later rows' names
are aliases. Entity ids are `custom:<id>`; two custom files holding the same id is an error (they
may be different lists that both count from 1). Names are taken as written (no family/given split: a
firm's list follows no one convention). Errors name the CSV line; for Parquet, the row (1-based).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from sanctions_screen.errors import InputError
from sanctions_screen.lists.detect import Source
from sanctions_screen.lists.report import ImportReport
from sanctions_screen.lists.schema import ENTITY_TYPES, Tables, clean
from sanctions_screen.lists.textfile import read_text

# (line or row number, id, name, entity_type) as read from a file or frame.
NamedRow = tuple[int, object, object, object]


def import_custom(sources: list[Source], tables: Tables, report: ImportReport) -> dict[Source, dict]:
    stats: dict[Source, dict] = {}
    owners: dict[str, Source] = {}
    for source in sources:
        rows = _csv_rows(source.path, report) if source.format == "custom-csv" else _parquet_rows(source.path)
        names_per_entity = add_named_rows(rows, "custom", "custom:", source.published_date, tables, report, source.path)
        for entity_id in names_per_entity:
            if entity_id in owners:
                raise InputError(f"id {entity_id.removeprefix('custom:')!r} is also in {owners[entity_id].path}; "
                                 "give each custom list its own ids", path=source.path)  # fmt: skip
            owners[entity_id] = source
        stats[source] = {"rows": sum(names_per_entity.values()), "superseded": 0}
    return stats


def frame_rows(frame: pl.DataFrame, id_column: str) -> list[NamedRow]:
    """A frame's rows, numbered from 1; InputError when `id_column` or `name` is missing."""
    missing = [column for column in (id_column, "name") if column not in frame.columns]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; found {', '.join(frame.columns) or 'none'}")
    types = frame["entity_type"] if "entity_type" in frame.columns else [None] * frame.height
    return list(zip(range(1, frame.height + 1), frame[id_column], frame["name"], types))


def add_named_rows(
    rows: Iterable[NamedRow], source: str, id_prefix: str, published, tables: Tables, report: ImportReport, path
) -> dict[str, int]:
    """Add entities and names from (number, id, name, entity_type) rows; names added per entity."""
    names_per_entity: dict[str, int] = {}
    for number, raw_id, raw_name, raw_type in rows:
        identifier, name = clean(_text(raw_id)), clean(_text(raw_name))
        if identifier is None or name is None:
            column = "id" if identifier is None else "name"
            report.malformed(f"empty {column}", path=path, line=number, column=column)
            continue
        entity_type = clean(_text(raw_type))
        entity_type = entity_type.lower() if entity_type else None
        if entity_type is not None and entity_type not in ENTITY_TYPES:
            report.malformed(
                f"entity_type {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}",
                path=path, line=number, column="entity_type",
            )  # fmt: skip
            continue
        entity_id = f"{id_prefix}{identifier}"
        count = names_per_entity.get(entity_id, 0)
        if count == 0:
            tables.add_entity(entity_id, source, entity_type, [], None, published)
            tables.add_name(entity_id, name, "primary", f"{entity_id}/primary")
        else:
            tables.add_name(entity_id, name, "aka", f"{entity_id}/name:{count}")
        names_per_entity[entity_id] = count + 1
    return names_per_entity


def _text(value) -> str | None:
    return None if value is None else str(value)


def _csv_rows(path: Path, report: ImportReport) -> Iterable[NamedRow]:
    reader = csv.reader(io.StringIO(read_text(path, report), newline=""), strict=True)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        raise InputError("empty file", path=path) from None
    columns = {name: header.index(name) for name in ("id", "name", "entity_type") if name in header}
    if "id" not in columns or "name" not in columns:
        raise InputError("the header needs `id` and `name` columns", path=path, line=1)
    line = reader.line_num
    while True:
        start = line + 1  # a quoted field may span lines: a row is named by its first line
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            report.malformed(f"bad CSV quoting ({exc})", path=path, line=start)
            line = reader.line_num
            continue
        line = reader.line_num
        if not any(field.strip() for field in fields):
            continue
        if len(fields) != len(header):
            report.malformed(f"expected {len(header)} fields, found {len(fields)}", path=path, line=start)
            continue
        entity_type = fields[columns["entity_type"]] if "entity_type" in columns else None
        yield start, fields[columns["id"]], fields[columns["name"]], entity_type


def _parquet_rows(path: Path) -> list[NamedRow]:
    try:
        frame = pl.read_parquet(path)
    except Exception as exc:  # polars raises several types for unreadable files
        raise InputError(f"unreadable Parquet file ({exc})", path=path) from None
    frame = frame.rename({column: column.strip().lower() for column in frame.columns})
    try:
        return frame_rows(frame, "id")
    except InputError as exc:
        raise InputError(str(exc), path=path) from None
