"""Which list format a file holds, judged from its content; where its publication date comes from.

Formats: OFAC's legacy CSV set (headerless; the part is told by the field count of a row: 12
primary, 5 aliases, 6 addresses, 2 remarks overflow), the UN consolidated XML, and a custom list
(CSV with a header naming `id` and `name`, or Parquet with those columns). OFAC's SDN and
Consolidated sets share one layout, so only the file name tells them apart: `cons_*` files are the
Consolidated list, as OFAC names them.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sanctions_screen.errors import InputError
from sanctions_screen.lists.report import ImportReport

OFAC_PARTS_BY_FIELD_COUNT = {12: "primary", 5: "alias", 6: "address", 2: "comments"}

_HEAD_BYTES = 64 * 1024
_FULL_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)(?!-\d{2}-\d{2})")  # not an invalid full date
_UN_DATE_RE = re.compile(rb'dateGenerated="(\d{4}-\d{2}-\d{2})')


@dataclass(frozen=True)
class Source:
    path: Path
    format: str  # "ofac-csv", "un-xml", "custom-csv", "custom-parquet"
    list_name: str  # the `source` column: "ofac-sdn", "ofac-cons", "un", "custom"
    part: str | None  # OFAC only: "primary", "alias", "address", "comments"
    # ISO 8601, reduced to a year when the source names only that (`sdn-2026-dprk-supplement`).
    published: str | None
    order: int  # position among the sources given: breaks ties between equal dates

    @property
    def published_date(self) -> dt.date | None:
        """The publication date when known to the day (the `published` column holds only those)."""
        return dt.date.fromisoformat(self.published) if self.published and len(self.published) == 10 else None

    @property
    def precedence(self) -> tuple:
        """Newer published sorts higher; unknown dates lowest; then the later given."""
        known = tuple(int(part) for part in self.published.split("-")) if self.published else ()
        return known, self.order


def detect_sources(paths, report: ImportReport) -> list[Source]:
    """Every list file under the given files and folders (folders: their files, not recursive).

    A file given by name must be a list; files in a folder that are not are skipped and reported.
    A file reached twice (named, and inside a named folder) counts once.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    for given in map(Path, paths):
        if given.is_dir():
            files = sorted(p for p in given.iterdir() if p.is_file() and not p.name.startswith("."))
            lists_here = 0
            for path in files:
                if path.resolve() in seen:
                    lists_here += 1
                    continue
                source = detect_file(path, len(sources))
                if source is None:
                    report.note("skipped_file", path, None, "not a recognized list format")
                    continue
                seen.add(path.resolve())
                sources.append(source)
                lists_here += 1
            if not lists_here:
                raise InputError("no sanctions list files in this folder", path=given)
        elif given.is_file():
            if given.resolve() in seen:
                continue
            source = detect_file(given, len(sources))
            if source is None:
                raise InputError(
                    "unrecognized list format: expected OFAC legacy CSV (sdn.csv, alt.csv, add.csv, "
                    "sdn_comments.csv, cons_*.csv), the UN consolidated XML, or a CSV/Parquet list "
                    "with `id` and `name` columns",
                    path=given,
                )
            seen.add(given.resolve())
            sources.append(source)
        else:
            raise InputError("no such file or folder", path=given)
    return sources


def detect_file(path: Path, order: int = 0) -> Source | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=path) from None
    if head.startswith(b"PAR1"):
        return Source(path, "custom-parquet", "custom", None, published_from_name(path), order)
    if head.lstrip().startswith(b"<") and b"<CONSOLIDATED_LIST" in head:
        generated = _UN_DATE_RE.search(head)
        published = generated[1].decode() if generated else published_from_name(path)
        return Source(path, "un-xml", "un", None, published, order)
    first_line = next((line for line in head.decode("utf-8", "replace").splitlines() if line.strip()), None)
    if first_line is None:
        return None
    fields = [field.strip() for field in next(csv.reader([first_line]))]
    if fields[0].isdigit() and len(fields) in OFAC_PARTS_BY_FIELD_COUNT:
        list_name = "ofac-cons" if path.name.lower().startswith("cons_") else "ofac-sdn"
        part = OFAC_PARTS_BY_FIELD_COUNT[len(fields)]
        return Source(path, "ofac-csv", list_name, part, published_from_name(path), order)
    header = {field.lower().lstrip("\ufeff") for field in fields}
    if {"id", "name"} <= header:
        return Source(path, "custom-csv", "custom", None, published_from_name(path), order)
    return None


def published_from_name(path: Path) -> str | None:
    """A date in the file's or its folder's name (`sdn-2024-05-03/sdn.csv` -> '2024-05-03'), a
    year when only that is there ('2026'), else None."""
    for name in (path.stem, path.parent.name):
        for match in _FULL_DATE_RE.finditer(name):
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            except ValueError:
                continue
        if match := _YEAR_RE.search(name):
            return match[1]
    return None
