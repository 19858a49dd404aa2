"""A watchlist's manifest (manifest.json): where the content came from, how much there is, what was
wrong with the sources, and a `version` that identifies the content; screening output records it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter

import polars as pl

from sanctions_screen.lists.schema import SCHEMA_VERSION

# Row order of each table for the version hash, so that it depends on content only.
_VERSION_ORDER = {
    "entities": ["entity_id"],
    "names": ["name_id"],
    "attributes": ["entity_id", "kind", "value", "detail"],
}


def build_manifest(entities: pl.DataFrame, names: pl.DataFrame, attributes: pl.DataFrame, **fields) -> dict:
    """schema_version, version, created_at, counts, then `fields` (sources, issues, ...)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "version": content_version(entities, names, attributes),
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "counts": counts(entities, names, attributes),
        **fields,
    }


def content_version(entities: pl.DataFrame, names: pl.DataFrame, attributes: pl.DataFrame) -> str:
    """16 hex digits of a SHA-256 over the three tables' rows: equal content, equal version,
    whatever the sources' file names, import time or library versions."""
    digest = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    for table, frame in (("entities", entities), ("names", names), ("attributes", attributes)):
        digest.update(f"{table}\n".encode())
        for row in frame.sort(_VERSION_ORDER[table], nulls_last=True).iter_rows():
            digest.update(json.dumps(row, default=str, ensure_ascii=False).encode())
            digest.update(b"\n")
    return digest.hexdigest()[:16]


def counts(entities: pl.DataFrame, names: pl.DataFrame, attributes: pl.DataFrame) -> dict:
    by_source: dict[str, Counter] = {}
    for source, entity_type in entities.select("source", "entity_type").iter_rows():
        by_source.setdefault(source, Counter())[entity_type or "unknown"] += 1
    return {
        "entities": entities.height,
        "names": names.height,
        "attributes": attributes.height,
        "entities_by_source": {source: dict(sorted(types.items())) for source, types in sorted(by_source.items())},
        "names_by_kind": dict(sorted(Counter(names["kind"].to_list()).items())),
        "attributes_by_kind": dict(sorted(Counter(attributes["kind"].to_list()).items())),
    }
