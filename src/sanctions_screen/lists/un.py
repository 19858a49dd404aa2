"""The UN Security Council Consolidated List XML (sc-sanctions.xsd), as the UN publishes it.

Entity ids are `un:<REFERENCE_NUMBER>` (`un:KPi.033`). The UN writes names in parts (FIRST_NAME ..
FOURTH_NAME) without saying which part is the family name (Korean names put it in FIRST_NAME), so
no family/given split is given. NAME_ORIGINAL_SCRIPT (Arabic, Cyrillic) becomes an
`original_script` name. An XML syntax error fails the import even when lenient: there is no line to
skip in a tree.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from xml.parsers import expat

from sanctions_screen.errors import InputError
from sanctions_screen.lists import dates
from sanctions_screen.lists.detect import Source
from sanctions_screen.lists.report import ImportReport
from sanctions_screen.lists.schema import Tables, clean

RECORD_TYPES = {"INDIVIDUAL": "person", "ENTITY": "organization"}
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
# QUALITY of an alias -> name kind (the UN's "Low" quality aliases are its weak ones).
ALIAS_KINDS = {"Good": "aka", "a.k.a.": "aka", "Low": "weak_aka", "f.k.a.": "fka"}
# TYPE_OF_DOCUMENT, case-folded and whitespace collapsed -> attribute kind; some are in French or
# Spanish in the published file.
DOCUMENT_KINDS = {
    "passport": "passport",
    "numéro de passeport": "passport",
    "número de pasaporte": "passport",
    "national identification number": "national_id",
}
# Repeated VALUE children -> attribute kind.
VALUE_LISTS = {"TITLE": "title", "DESIGNATION": "designation", "NATIONALITY": "nationality"}
PLACE_PARTS = ("STREET", "CITY", "STATE_PROVINCE", "COUNTRY")


def import_un(sources: list[Source], tables: Tables, report: ImportReport) -> dict[Source, dict]:
    """Add the UN files' records. A record in several files (editions of the list) is taken from
    the newest published one."""
    stats: dict[Source, dict] = {}
    taken: set[str] = set()
    for source in sorted(sources, key=lambda s: s.precedence, reverse=True):
        root, lines = _parse(source)
        stats[source] = {"rows": 0, "superseded": 0}
        for tag, entity_type in RECORD_TYPES.items():
            for record in root.iter(tag):
                stats[source]["rows"] += 1
                reference = clean(record.findtext("REFERENCE_NUMBER"))
                if reference is not None and reference in taken:
                    stats[source]["superseded"] += 1
                    continue
                taken.add(reference)
                _add_record(record, reference, tag, entity_type, lines[record], source, tables, report)
    return stats


def _parse(source: Source) -> tuple[ET.Element, dict[ET.Element, int]]:
    """The tree, and the line each record starts on (ElementTree alone does not keep lines)."""
    builder = ET.TreeBuilder()
    lines: dict[ET.Element, int] = {}
    parser = expat.ParserCreate()
    parser.buffer_text = True

    def start(tag, attributes):
        element = builder.start(tag, attributes)
        if tag in RECORD_TYPES:
            lines[element] = parser.CurrentLineNumber

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(source.path.read_bytes(), True)
    except expat.ExpatError as exc:
        message = f"malformed XML: {expat.errors.messages[exc.code]}"
        raise InputError(message, path=source.path, line=exc.lineno, column=exc.offset + 1) from None
    return builder.close(), lines


def _add_record(record, reference, tag, entity_type, line, source: Source, tables: Tables, report) -> None:
    if reference is None:
        report.malformed(f"{tag} without a reference number", path=source.path, line=line, column="REFERENCE_NUMBER")
        return
    name = clean(" ".join(record.findtext(part) or "" for part in NAME_PARTS))
    if name is None:
        report.malformed(f"{tag} {reference} without a name", path=source.path, line=line, column="FIRST_NAME")
        return
    entity_id = f"un:{reference}"
    list_type = clean(record.findtext("UN_LIST_TYPE"))
    tables.add_entity(entity_id, "un", entity_type, [list_type] if list_type else [],
                      clean(record.findtext("COMMENTS1")), source.published_date)  # fmt: skip

    tables.add_name(entity_id, name, "primary", f"{entity_id}/primary")
    for number, script in enumerate(record.findall("NAME_ORIGINAL_SCRIPT")):
        if original := clean(script.text):
            tables.add_name(entity_id, original, "original_script", f"{entity_id}/original-script:{number}")
    for number, alias in enumerate(record.findall(f"{tag}_ALIAS")):
        _add_alias(entity_id, number, alias, line, source, tables, report)

    for element, kind in VALUE_LISTS.items():
        for value in record.findall(f"{element}/VALUE"):
            if text := clean(value.text):
                tables.add_attribute(entity_id, kind, text)
    if gender := clean(record.findtext("GENDER")):
        tables.add_attribute(entity_id, "gender", gender)
    for birth in record.findall("INDIVIDUAL_DATE_OF_BIRTH"):
        _add_date_of_birth(entity_id, birth, line, source, tables, report)
    for place in record.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
        if text := clean(", ".join(filter(None, (clean(place.findtext(part)) for part in PLACE_PARTS)))):
            tables.add_attribute(entity_id, "pob", text)
    for document in record.findall("INDIVIDUAL_DOCUMENT"):
        _add_document(entity_id, document, line, source, tables, report)
    for address in record.findall(f"{tag}_ADDRESS"):
        if country := clean(address.findtext("COUNTRY")):
            tables.add_attribute(entity_id, "address_country", country)


def _add_alias(entity_id, number, alias, line, source: Source, tables: Tables, report: ImportReport) -> None:
    name = clean(alias.findtext("ALIAS_NAME"))
    if name is None:  # the UN writes an empty alias element for records without aliases
        return
    quality = clean(alias.findtext("QUALITY"))
    kind = ALIAS_KINDS.get(quality)
    if kind is None:
        # Kept as a strong alias: dropping a name could let a listed party through.
        report.note("unknown_alias_type", source.path, line, f"{entity_id} alias quality {quality!r}")
        kind = "aka"
    tables.add_name(entity_id, name, kind, f"{entity_id}/alias:{number}")
    # A date of birth given with an alias is one the person used: screen against it too.
    if birth := clean(alias.findtext("DATE_OF_BIRTH")):
        try:
            detail, period = ("year", dates.year(int(birth))) if birth.isdigit() else ("day", _iso_day(birth))
            tables.add_attribute(entity_id, "dob", birth, detail, *period)
        except ValueError:
            report.note("unreadable_date", source.path, line, f"{entity_id} alias date of birth {birth!r}")


def _add_date_of_birth(entity_id, birth, line, source: Source, tables: Tables, report: ImportReport) -> None:
    """EXACT DATE (day) or YEAR (year), APPROXIMATELY (circa), BETWEEN FROM_YEAR TO_YEAR (range)."""
    date, year, first, last = (clean(birth.findtext(t)) for t in ("DATE", "YEAR", "FROM_YEAR", "TO_YEAR"))
    try:
        if date:
            value, detail, period = date, "day", _iso_day(date)
        elif year:
            value, detail, period = year, "year", dates.year(int(year))
        elif first and last:
            value, detail = f"{first} to {last}", "range"
            period = dates.span(dates.year(int(first)), dates.year(int(last)))
        else:
            return  # the UN writes an empty element when it knows no date of birth
    except ValueError:
        value = date or year or f"{first} to {last}"
        report.note("unreadable_date", source.path, line, f"{entity_id} date of birth {value!r}")
        return
    if clean(birth.findtext("TYPE_OF_DATE")) == "APPROXIMATELY":
        value, detail, period = f"circa {value}", "circa", dates.circa(period)
    tables.add_attribute(entity_id, "dob", value, detail, *period)


def _iso_day(text: str) -> dates.Period:
    date = dt.date.fromisoformat(text)
    return date, date


def _add_document(entity_id, document, line, source: Source, tables: Tables, report: ImportReport) -> None:
    number = clean(document.findtext("NUMBER"))
    document_type = clean(document.findtext("TYPE_OF_DOCUMENT"))
    if number is None or document_type is None:
        return
    kind = DOCUMENT_KINDS.get(document_type.casefold())
    if kind is None:
        report.note("unknown_document_type", source.path, line, f"{entity_id} document type {document_type!r}")
        return
    country = clean(document.findtext("ISSUING_COUNTRY")) or clean(document.findtext("COUNTRY_OF_ISSUE"))
    tables.add_attribute(entity_id, kind, number, country)
