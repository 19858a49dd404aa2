"""OFAC's legacy CSV sets: SDN (sdn.csv, alt.csv, add.csv, sdn_comments.csv) and Consolidated
non-SDN (cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv), as OFAC publishes them.

File conventions: no header; `-0-` (often followed by a space) means empty; CRLF line ends; a 0x1A
(DOS end-of-file) byte after the last line; one record per line; individuals written `LAST, First`;
programs joined by `] [`.

When several files of one part are imported together:
- primary rows: for each ent_num, the row of the newest published file wins (the 2026 supplement
  over the 2024 list);
- aliases, addresses, remarks overflow: for each ent_num, all rows come from the newest published
  file that has any row for it, since a newer file restates an entry's full set. An entry that a
  newer file no longer mentions keeps the rows of the older file.
Publication dates come from the folder names (`Source.precedence`); for equal or unknown dates the
file given later wins.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass

from sanctions_screen.lists.detect import Source
from sanctions_screen.lists.remarks import parse_remarks
from sanctions_screen.lists.report import ImportReport
from sanctions_screen.lists.schema import Tables, clean, split_person_name
from sanctions_screen.lists.textfile import read_text

EMPTY = "-0-"
# OFAC cuts Remarks at this many characters and puts the rest in the comments file.
REMARKS_CUT = 1000

# Column names from OFAC's legacy CSV specification (dat_spec.txt).
FIELDS = {
    "primary": (
        "ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
        "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks",
    ),
    "alias": ("ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"),
    "address": ("ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"),
    "comments": ("ent_num", "remarks_overflow"),
}  # fmt: skip
# SDN_Type -> entity type; OFAC leaves the type of organizations empty (`-0-`).
ENTITY_TYPES = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", None: "organization"}
ALIAS_KINDS = {"aka": "aka", "fka": "fka", "nka": "nka"}
# Primary-file columns kept as attributes.
COLUMN_ATTRIBUTES = {
    "Title": "title",
    "Call_Sign": "call_sign",
    "Vess_type": "vessel_type",
    "Vess_flag": "vessel_flag",
    "Vess_owner": "vessel_owner",
}


@dataclass
class Row:
    source: Source
    line: int  # 1-based, as in the file
    ent_num: int
    fields: dict[str, str | None]  # raw text; None where OFAC wrote `-0-`


def import_ofac(sources: list[Source], tables: Tables, report: ImportReport) -> dict[Source, dict]:
    """Add every OFAC list among `sources` to `tables`; per-source row statistics for the manifest."""
    stats: dict[Source, dict] = {}
    for list_name in sorted({source.list_name for source in sources}):
        files = [source for source in sources if source.list_name == list_name]
        _import_list(list_name, files, tables, report, stats)
    return stats


def _import_list(list_name, files, tables: Tables, report: ImportReport, stats) -> None:
    def part(name):
        return [source for source in files if source.part == name]

    primaries = _newest_row_per_entry(part("primary"), report, stats)
    aliases = _newest_file_per_entry(part("alias"), report, stats)
    addresses = _newest_file_per_entry(part("address"), report, stats)
    overflows = _newest_file_per_entry(part("comments"), report, stats)

    for ent_num, row in primaries.items():
        _add_entry(list_name, row, aliases.get(ent_num, []), addresses.get(ent_num, []),
                   overflows.get(ent_num, []), tables, report)  # fmt: skip

    for kind, rows_by_entry in (("alias", aliases), ("address", addresses), ("comment", overflows)):
        for ent_num, rows in rows_by_entry.items():
            if ent_num in primaries:
                continue
            for row in rows:
                report.note(f"orphan_{kind}", row.source.path, row.line, f"no {list_name} entry {ent_num}")


def _add_entry(list_name, row: Row, aliases, addresses, overflows, tables: Tables, report: ImportReport):
    fields, path = row.fields, row.source.path
    entity_id = f"{list_name}:{row.ent_num}"
    name = clean(fields["SDN_Name"])
    if name is None:
        report.malformed("entry without a name", path=path, line=row.line, column="SDN_Name")
        return
    sdn_type = clean(fields["SDN_Type"])
    entity_type = ENTITY_TYPES.get(sdn_type.lower() if sdn_type else None)
    if entity_type is None:
        report.note("unknown_entity_type", path, row.line, f"SDN_Type {sdn_type!r} of entry {row.ent_num}")
    person = entity_type == "person"

    remarks = _remarks(row, overflows, report)
    program = clean(fields["Program"])
    programs = [p.strip() for p in program.strip("[]").split("] [")] if program else []
    tables.add_entity(entity_id, list_name, entity_type, programs, remarks, row.source.published_date)

    tables.add_name(entity_id, name, "primary", f"{entity_id}/primary", *_split(name, person))
    for alias in aliases:
        _add_alias(entity_id, alias, person, tables, report)
    parsed = parse_remarks(remarks)
    for number, weak in enumerate(parsed.weak_aliases):
        tables.add_name(entity_id, weak, "weak_aka", f"{entity_id}/remarks-aka:{number}", *_split(weak, person))

    for column, kind in COLUMN_ATTRIBUTES.items():
        if value := clean(fields[column]):
            tables.add_attribute(entity_id, kind, value)
    for attribute in parsed.attributes:
        tables.add_attribute(entity_id, attribute.kind, attribute.value, attribute.detail,
                             attribute.date_from, attribute.date_to)  # fmt: skip
    for item in parsed.unreadable:
        report.note("unreadable_remark_item", path, row.line, f"entry {row.ent_num}: {item[:80]!r}")
    for address in addresses:
        if country := clean(address.fields["country"]):
            tables.add_attribute(entity_id, "address_country", country)


def _remarks(row: Row, overflows: list[Row], report: ImportReport) -> str | None:
    """The Remarks with their overflow appended: only to a remark cut at REMARKS_CUT characters,
    since an overflow from another edition of the list would splice unrelated text on."""
    remarks = row.fields["Remarks"]
    if overflows and remarks is not None and len(remarks) == REMARKS_CUT:
        remarks += "".join(overflow.fields["remarks_overflow"] or "" for overflow in overflows)
    else:
        for overflow in overflows:
            report.note("unmatched_comment", overflow.source.path, overflow.line,
                        f"entry {row.ent_num}'s remarks are not cut at {REMARKS_CUT} characters")  # fmt: skip
    if remarks is None:
        return None
    return remarks.strip() or None


def _add_alias(entity_id: str, row: Row, person: bool, tables: Tables, report: ImportReport) -> None:
    name = clean(row.fields["alt_name"])
    if name is None:
        report.malformed("alias without a name", path=row.source.path, line=row.line, column="alt_name")
        return
    alt_type = clean(row.fields["alt_type"])
    kind = ALIAS_KINDS.get(alt_type.lower() if alt_type else "")
    if kind is None:
        # Kept as a strong alias: dropping a name could let a listed party through.
        report.note("unknown_alias_type", row.source.path, row.line, f"alt_type {alt_type!r}")
        kind = "aka"
    tables.add_name(entity_id, name, kind, f"{entity_id}/alt:{int(row.fields['alt_num'])}", *_split(name, person))


def _split(name: str, person: bool) -> tuple[str | None, str | None]:
    return split_person_name(name) if person else (None, None)


def _newest_row_per_entry(sources: list[Source], report: ImportReport, stats) -> dict[int, Row]:
    chosen: dict[int, Row] = {}
    for source in sorted(sources, key=lambda s: s.precedence):  # oldest first: newer rows replace
        for row in read_rows(source, report, stats):
            previous = chosen.get(row.ent_num)
            if previous is not None and previous.source == source:
                message = f"entry {row.ent_num} also on line {previous.line}"
                report.note("duplicate_entry", source.path, row.line, message)
            elif previous is not None:
                stats[previous.source]["superseded"] += 1
            chosen[row.ent_num] = row
    return chosen


def _newest_file_per_entry(sources: list[Source], report: ImportReport, stats) -> dict[int, list[Row]]:
    chosen: dict[int, list[Row]] = {}
    for source in sorted(sources, key=lambda s: s.precedence, reverse=True):  # newest first
        rows_by_entry: dict[int, list[Row]] = defaultdict(list)
        for row in read_rows(source, report, stats):
            rows_by_entry[row.ent_num].append(row)
        for ent_num, rows in rows_by_entry.items():
            if ent_num in chosen:
                stats[source]["superseded"] += len(rows)
            else:
                chosen[ent_num] = rows
    return chosen


def read_rows(source: Source, report: ImportReport, stats: dict[Source, dict]) -> list[Row]:
    """The well-formed rows of one file. Each line is parsed on its own (OFAC records never span
    lines), so a bad line is reported with its own number and never swallows the next."""
    names = FIELDS[source.part]
    # Numbered columns: the entry number, and the alias/address number where there is one.
    numbered = names[:2] if source.part in ("alias", "address") else names[:1]
    rows = []
    for number, line in enumerate(read_text(source.path, report).split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as exc:
            report.malformed(f"bad CSV quoting ({exc})", path=source.path, line=number)
            continue
        if len(fields) != len(names):
            report.malformed(f"expected {len(names)} fields, found {len(fields)}", path=source.path, line=number)
            continue
        values = dict(zip(names, (None if field.strip() == EMPTY else field for field in fields)))
        bad = next((name for name in numbered if not (values[name] or "").strip().isdigit()), None)
        if bad is not None:
            report.malformed(f"{values[bad]!r} is not a number", path=source.path, line=number, column=bad)
            continue
        rows.append(Row(source, number, int(values["ent_num"]), values))
    stats[source] = {"rows": len(rows), "superseded": 0}
    return rows

