"""The embedded demo watchlist (data/demo_watchlist/): nine entries of the 2025 North Korean
IT-worker network as OFAC lists them, written by hand from public facts so that the demo needs no
network and no shared data. Only `Watchlist.load("demo")` reads it; nothing falls back to it.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import polars as pl

from sanctions_screen.lists.manifest import build_manifest
from sanctions_screen.lists.remarks import DATE_KINDS, parse_date_text
from sanctions_screen.lists.schema import Tables, split_person_name

DEMO_DIR = Path(__file__).resolve().parents[1] / "data" / "demo_watchlist"
NOTICE = (
    "DEMO watchlist: 9 entries written by hand from public OFAC facts, incomplete and not updated. "
    "Not for compliance use."
)


def demo_tables() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame, dict]:
    """(entities, names, attributes, manifest) of the demo list."""
    tables = Tables()
    entity_types = {}
    for row in _rows("entities.csv"):
        entity_types[row["entity_id"]] = row["entity_type"]
        programs = [p.strip() for p in row["programs"].split(";") if p.strip()]
        tables.add_entity(row["entity_id"], "demo", row["entity_type"], programs, None, None)
    for number, row in enumerate(_rows("names.csv")):
        kind, entity_id = row["kind"], row["entity_id"]
        split = split_person_name(row["name"]) if entity_types[entity_id] == "person" else (None, None)
        name_id = f"{entity_id}/primary" if kind == "primary" else f"{entity_id}/{kind}:{number}"
        tables.add_name(entity_id, row["name"], kind, name_id, *split)
    for row in _rows("attributes.csv"):
        detail, period = row["detail"] or None, (None, None)
        if row["kind"] in DATE_KINDS:
            detail, period = parse_date_text(row["value"])
        tables.add_attribute(row["entity_id"], row["kind"], row["value"], detail, *period)
    entities, names, attributes = tables.frames()
    sources = [
        {"path": f"sanctions_screen/data/demo_watchlist/{name}", "format": "demo-csv", "list": "demo",
         "part": None, "published": None, "sha256": hashlib.sha256((DEMO_DIR / name).read_bytes()).hexdigest()}
        for name in ("entities.csv", "names.csv", "attributes.csv")
    ]  # fmt: skip
    manifest = build_manifest(entities, names, attributes, sources=sources, issues={}, demo=True, notice=NOTICE)
    return entities, names, attributes, manifest


def _rows(name: str) -> list[dict[str, str]]:
    with (DEMO_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
