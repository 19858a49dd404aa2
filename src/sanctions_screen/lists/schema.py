"""The canonical watchlist schema: the three tables every importer produces and every consumer reads.

Column names and dtypes are fixed; matching, screening and reports depend on them. Bump
SCHEMA_VERSION on any incompatible change: `Watchlist.load` refuses folders of another version.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

SCHEMA_VERSION = 1

ENTITY_TYPES = ("person", "organization", "vessel", "aircraft")
NAME_KINDS = ("primary", "aka", "weak_aka", "fka", "nka", "original_script")

# `entity_type` is null when the source does not say (a custom list without the column); matchers
# then treat the name as either kind. `published` is the list's publication date, null when unknown.
ENTITIES_SCHEMA = {
    "entity_id": pl.String,
    "source": pl.String,
    "entity_type": pl.String,
    "programs": pl.List(pl.String),
    "remarks": pl.String,
    "published": pl.Date,
}
# `family_name`/`given_name` only where the source writes persons as `LAST, First`.
NAMES_SCHEMA = {
    "entity_id": pl.String,
    "name": pl.String,
    "kind": pl.String,
    "family_name": pl.String,
    "given_name": pl.String,
    "name_id": pl.String,
}
# `date_from`/`date_to`: the normalized period of date-valued attributes (dob,
# organization_established_date), see lists/dates.py; null for every other kind.
ATTRIBUTES_SCHEMA = {
    "entity_id": pl.String,
    "kind": pl.String,
    "value": pl.String,
    "detail": pl.String,
    "date_from": pl.Date,
    "date_to": pl.Date,
}

TABLE_SCHEMAS = {"entities": ENTITIES_SCHEMA, "names": NAMES_SCHEMA, "attributes": ATTRIBUTES_SCHEMA}


def clean(text: str | None) -> str | None:
    """Collapse whitespace runs (line breaks inside XML values are layout, not content); '' -> None."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def split_person_name(name: str) -> tuple[str | None, str | None]:
    """`KIM, Se Un` -> ('KIM', 'Se Un'): OFAC writes individuals family name first, then a comma.

    Only the first comma splits (`SMITH, John, Jr.` -> 'SMITH', 'John, Jr.'); a name without one
    has no known split.
    """
    family, comma, given = name.partition(",")
    if not comma:
        return None, None
    return clean(family), clean(given)


class Tables:
    """Rows of the three tables as importers produce them, turned into frames once at the end."""

    def __init__(self) -> None:
        self.entities: list[tuple] = []
        self.names: list[tuple] = []
        self.attributes: list[tuple] = []

    def add_entity(
        self,
        entity_id: str,
        source: str,
        entity_type: str | None,
        programs: list[str],
        remarks: str | None,
        published: dt.date | None,
    ) -> None:
        self.entities.append((entity_id, source, entity_type, programs, remarks, published))

    def add_name(
        self,
        entity_id: str,
        name: str,
        kind: str,
        name_id: str,
        family_name: str | None = None,
        given_name: str | None = None,
    ) -> None:
        self.names.append((entity_id, name, kind, family_name, given_name, name_id))

    def add_attribute(
        self,
        entity_id: str,
        kind: str,
        value: str,
        detail: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> None:
        self.attributes.append((entity_id, kind, value, detail, date_from, date_to))

    def frames(self) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
        """(entities, names, attributes). Identical attribute rows (e.g. several addresses in
        one country) are kept once."""
        entities = pl.DataFrame(self.entities, schema=ENTITIES_SCHEMA, orient="row")
        names = pl.DataFrame(self.names, schema=NAMES_SCHEMA, orient="row")
        attributes = pl.DataFrame(self.attributes, schema=ATTRIBUTES_SCHEMA, orient="row").unique(
            maintain_order=True
        )
        return entities, names, attributes
