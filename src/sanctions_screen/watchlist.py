"""`Watchlist`: the lists a screening runs against, in one canonical form.

A watchlist folder holds `entities.parquet`, `names.parquet`, `attributes.parquet` (schema in
lists/schema.py) and `manifest.json` (lists/manifest.py). It is written to a temporary folder
beside the target and renamed into place, so a reader never sees a half-written one.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections import Counter
from pathlib import Path

import polars as pl

from sanctions_screen.errors import InputError, WatchlistError
from sanctions_screen.lists.custom import add_named_rows, frame_rows
from sanctions_screen.lists.demo import demo_tables
from sanctions_screen.lists.importer import import_sources
from sanctions_screen.lists.manifest import build_manifest
from sanctions_screen.lists.report import ImportReport
from sanctions_screen.lists.schema import SCHEMA_VERSION, TABLE_SCHEMAS, Tables
from sanctions_screen.matcher import DEFAULT_THRESHOLD, DEFAULT_TOP_K, Matcher

MANIFEST_FILE = "manifest.json"
TABLE_FILES = {table: f"{table}.parquet" for table in TABLE_SCHEMAS}
DEMO = "demo"
HOW_TO_GET_ONE = (
    "create one with `python -m sanctions_screen lists import SOURCE... --out DIR`, "
    "or try the embedded demo list with `--list demo`"
)


class Watchlist:
    """Entities, their names and attributes (Polars frames) and the manifest saying where they
    came from and which `version` of the content this is.

    Build one with `from_sources` (published list files), `from_names` (a plain frame) or `load`
    (a saved folder, or "demo"), and keep it with `save`.
    """

    def __init__(self, entities: pl.DataFrame, names: pl.DataFrame, attributes: pl.DataFrame, manifest: dict):
        for table, frame in (("entities", entities), ("names", names), ("attributes", attributes)):
            _check_schema(table, frame)
        _check_keys(entities, names, attributes)
        self._entities, self._names, self._attributes = entities, names, attributes
        self._manifest = manifest

    @classmethod
    def from_sources(cls, paths, *, lenient: bool = False) -> Watchlist:
        """Import published lists: files or folders of OFAC legacy CSV (SDN and consolidated), UN
        consolidated XML, or custom CSV/Parquet lists; the format is detected from content.

        Raises InputError naming file, line and column for a malformed line, unless `lenient`:
        then such lines are skipped and counted in `manifest["issues"]`.
        """
        paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
        return cls(*import_sources(paths, lenient=lenient))

    @classmethod
    def from_names(cls, frame: pl.DataFrame) -> Watchlist:
        """A watchlist from a frame with `entity_id` and `name` columns and optionally
        `entity_type`. Rows sharing an entity_id are one entity; its first name is the primary."""
        if not isinstance(frame, pl.DataFrame):
            raise InputError(f"expected a Polars DataFrame, got {type(frame).__name__}")
        tables = Tables()
        add_named_rows(frame_rows(frame, "entity_id"), "custom", "", None, tables, ImportReport(), "<frame>")
        entities, names, attributes = tables.frames()
        source = {"path": None, "format": "frame", "list": "custom", "part": None, "published": None}
        manifest = build_manifest(entities, names, attributes, sources=[dict(source, rows=names.height)], issues={})
        return cls(entities, names, attributes, manifest)

    @classmethod
    def load(cls, path: str | Path) -> Watchlist:
        """A saved watchlist folder, or the embedded demo list when `path` is "demo"."""
        if str(path) == DEMO:
            return cls(*demo_tables())
        folder = Path(path)
        if not (folder / MANIFEST_FILE).is_file():
            what = "not a watchlist folder (no manifest.json)" if folder.is_dir() else "no watchlist here"
            raise WatchlistError(f"{folder}: {what}; {HOW_TO_GET_ONE}")
        try:
            manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise WatchlistError(f"{folder / MANIFEST_FILE}: unreadable manifest ({exc})") from None
        version = manifest.get("schema_version") if isinstance(manifest, dict) else None
        if version != SCHEMA_VERSION:
            raise WatchlistError(
                f"{folder}: watchlist schema version {version!r}, this sanctions-screen reads version "
                f"{SCHEMA_VERSION}; import the lists again with `python -m sanctions_screen lists import "
                f"SOURCE... --out {folder}`"
            )
        frames = {}
        for table, file_name in TABLE_FILES.items():
            try:
                frames[table] = pl.read_parquet(folder / file_name)
            except Exception as exc:  # polars raises several types for missing or corrupt files
                raise WatchlistError(f"{folder / file_name}: unreadable watchlist table ({exc})") from None
        return cls(frames["entities"], frames["names"], frames["attributes"], manifest)

    def save(self, path: str | Path) -> Path:
        """Write the watchlist folder at `path`, replacing a watchlist already there; never a
        folder that is not one. Returns the folder."""
        target = Path(path)
        if target.exists() and not (target / MANIFEST_FILE).is_file():
            if not target.is_dir() or any(target.iterdir()):
                raise WatchlistError(f"{target}: exists and is not a watchlist folder; not replacing it")
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
        staging.mkdir()
        try:
            for table, file_name in TABLE_FILES.items():
                getattr(self, table).write_parquet(staging / file_name)
            (staging / MANIFEST_FILE).write_text(
                json.dumps(self._manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            _replace(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return target

    @property
    def entities(self) -> pl.DataFrame:
        return self._entities

    @property
    def names(self) -> pl.DataFrame:
        return self._names

    @property
    def attributes(self) -> pl.DataFrame:
        return self._attributes

    @property
    def manifest(self) -> dict:
        return self._manifest

    @property
    def version(self) -> str:
        """Identifies this exact content; screening output records it."""
        return self._manifest["version"]

    @property
    def is_demo(self) -> bool:
        return bool(self._manifest.get("demo"))

    def matcher(self, *, threshold: float | None = None, top_k: int | None = None) -> Matcher:
        """A matcher over this watchlist's names (the index is built here, in Rust, once)."""
        return Matcher.from_watchlist(
            self,
            threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
            top_k=DEFAULT_TOP_K if top_k is None else top_k,
        )

    def summary(self) -> dict:
        """Counts by list, entity type and program, and the lists' publication dates."""
        published: dict[str, set] = {}
        for source in self._manifest.get("sources", []):
            published.setdefault(source.get("list"), set()).add(source.get("published"))
        by_list = {}
        for source, count in sorted(Counter(self._entities["source"].to_list()).items()):
            dates = published.get(source, {None})
            by_list[source] = {
                "entities": count,
                "published": sorted(d for d in dates if d) + ([None] if None in dates else []),
            }
        types = Counter(t or "unknown" for t in self._entities["entity_type"].to_list())
        programs = Counter(p for entry in self._entities["programs"].to_list() for p in entry)
        return {
            "version": self.version,
            "created_at": self._manifest.get("created_at"),
            "demo": self.is_demo,
            "notice": self._manifest.get("notice"),
            "entities": self._entities.height,
            "names": self._names.height,
            "attributes": self._attributes.height,
            "by_list": by_list,
            "by_type": dict(types.most_common()),
            "by_program": dict(sorted(programs.items(), key=lambda item: (-item[1], item[0]))),
            "issues": {kind: issue["count"] for kind, issue in self._manifest.get("issues", {}).items()},
        }

    def __repr__(self) -> str:
        demo = ", DEMO" if self.is_demo else ""
        return f"Watchlist(version={self.version}, entities={self._entities.height}, names={self._names.height}{demo})"


def _replace(staging: Path, target: Path) -> None:
    """Rename `staging` to `target`; an existing `target` is moved aside first and put back if
    the rename fails."""
    if not target.exists():
        staging.rename(target)
        return
    aside = target.with_name(f".{target.name}.{uuid.uuid4().hex}.old")
    target.rename(aside)
    try:
        staging.rename(target)
    except BaseException:
        aside.rename(target)
        raise
    shutil.rmtree(aside)


def _check_schema(table: str, frame) -> None:
    expected = TABLE_SCHEMAS[table]
    if not isinstance(frame, pl.DataFrame):
        raise WatchlistError(f"{table}: expected a Polars DataFrame, got {type(frame).__name__}")
    actual = dict(frame.schema)
    if actual != expected:
        raise WatchlistError(f"{table}: columns {actual} differ from the watchlist schema {expected}")


def _check_keys(entities: pl.DataFrame, names: pl.DataFrame, attributes: pl.DataFrame) -> None:
    if entities["entity_id"].is_duplicated().any():
        raise WatchlistError("entities: duplicate entity_id")
    if names["name_id"].is_duplicated().any():
        raise WatchlistError("names: duplicate name_id")
    for table, frame in (("names", names), ("attributes", attributes)):
        if frame.join(entities, on="entity_id", how="anti").height:
            raise WatchlistError(f"{table}: rows for an entity_id that is not in entities")
