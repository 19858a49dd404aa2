"""Importing published lists (files and folders, format detected from content) into the canonical
tables and manifest. `Watchlist.from_sources` and `lists import` call this."""

from __future__ import annotations

import hashlib

import polars as pl

from sanctions_screen.errors import InputError
from sanctions_screen.lists.custom import import_custom
from sanctions_screen.lists.detect import Source, detect_sources
from sanctions_screen.lists.manifest import build_manifest
from sanctions_screen.lists.ofac import import_ofac
from sanctions_screen.lists.report import ImportReport
from sanctions_screen.lists.schema import Tables
from sanctions_screen.lists.un import import_un


def import_sources(paths, *, lenient: bool = False) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, dict]:
    """(entities, names, attributes, manifest) from list files and folders.

    Raises InputError for a missing or unrecognized source and, unless `lenient`, for the first
    malformed line; with `lenient`, malformed lines are skipped and counted in manifest["issues"].
    """
    report = ImportReport(lenient)
    sources = detect_sources(paths, report)
    if not sources:
        raise InputError("no list sources given")
    tables = Tables()
    stats: dict[Source, dict] = {}
    by_format = {fmt: [s for s in sources if s.format == fmt] for fmt in {s.format for s in sources}}
    if by_format.get("ofac-csv"):
        stats |= import_ofac(by_format["ofac-csv"], tables, report)
    if by_format.get("un-xml"):
        stats |= import_un(by_format["un-xml"], tables, report)
    if custom := by_format.get("custom-csv", []) + by_format.get("custom-parquet", []):
        stats |= import_custom(custom, tables, report)
    entities, names, attributes = tables.frames()
    manifest = build_manifest(
        entities,
        names,
        attributes,
        sources=[_describe(source, stats[source]) for source in sources],
        issues=report.as_dict(),
        lenient=lenient,
    )
    return entities, names, attributes, manifest


def _describe(source: Source, stats: dict) -> dict:
    return {
        "path": str(source.path.resolve()),
        "format": source.format,
        "list": source.list_name,
        "part": source.part,
        "published": source.published,
        "sha256": hashlib.sha256(source.path.read_bytes()).hexdigest(),
        **stats,
    }
