"""The Remarks field of OFAC's legacy CSVs (SDN.CSV, CONS_PRIM.CSV), read item by item.

A Remarks field is a list of items separated by `;` and ended by a period:
  `DOB 25 Mar 1978; POB Nampho, North Korea; ...; a.k.a. 'BNC'; Linked To: LAZARUS GROUP.`
An item is `[alt. ]Label value`. Quoted a.k.a./f.k.a./n.k.a. items are OFAC's weak aliases: names
too. Items whose label is in REMARK_LABELS become attributes; every other item (sanctions
notices, tickers, aircraft models ...) stays only in the remarks text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sanctions_screen.lists import dates

# Item labels as OFAC writes them in the legacy CSV Remarks (checked against the SDN files of
# 2024-05-03 and 2026 and the consolidated list of 2025-12-19) -> attribute kind.
REMARK_LABELS = {
    "DOB": "dob",
    "POB": "pob",
    "nationality": "nationality",
    "citizen": "citizenship",
    "Gender": "gender",
    "Passport": "passport",
    "National ID No.": "national_id",
    "National Foreign ID Number": "national_id",
    "Personal ID Card": "national_id",
    "Cedula No.": "national_id",
    "D.N.I.": "national_id",
    "C.U.R.P.": "national_id",
    "SSN": "national_id",
    "Identification Number": "identification_number",
    "Driver's License No.": "drivers_license",
    "Tax ID No.": "tax_id",
    "R.F.C.": "tax_id",
    "NIT #": "tax_id",
    "RUC #": "tax_id",
    "V.A.T. Number": "tax_id",
    "US FEIN": "tax_id",
    "Registration Number": "registration_number",
    "Registration ID": "registration_number",
    "Business Registration Number": "registration_number",
    "Commercial Registry Number": "registration_number",
    "Company Number": "registration_number",
    "UK Company Number": "registration_number",
    "Unified Social Credit Code (USCC)": "registration_number",
    "Government Gazette Number": "registration_number",
    "Chamber of Commerce Number": "registration_number",
    "C.R. No.": "registration_number",
    "Trade License No.": "registration_number",
    "Legal Entity Number": "legal_entity_number",
    "D-U-N-S Number": "duns_number",
    "SWIFT/BIC": "swift_bic",
    "Organization Established Date": "organization_established_date",
    "Email Address": "email",
    "Website": "website",
    "Phone Number": "phone",
    "Vessel Registration Identification": "vessel_registration",
    "MMSI": "mmsi",
    "Aircraft Tail Number": "aircraft_tail_number",
    "Aircraft Manufacturer's Serial Number (MSN)": "aircraft_serial_number",
    "Digital Currency Address -": "digital_currency_address",
    "Linked To:": "linked_to",
}

# Identity and registration documents: `number (Country) issued ... expires ...`.
DOCUMENT_KINDS = {
    "passport",
    "national_id",
    "identification_number",
    "drivers_license",
    "tax_id",
    "registration_number",
    "legal_entity_number",
}
DATE_KINDS = {"dob", "organization_established_date"}
# Values that may end in a period of their own (`Linked To: ... CO., LTD.`).
KEEPS_FINAL_PERIOD = {"linked_to"}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Longest label first, so that `Company Number` does not take `UK Company Number`'s items.
_LABEL_RE = re.compile(
    r"(?:alt\. )?(?P<label>"
    + "|".join(re.escape(label) for label in sorted(REMARK_LABELS, key=len, reverse=True))
    + r")(?:\s+|$)(?P<value>.*)",
    re.DOTALL,
)
_WEAK_ALIAS_RE = re.compile(r"(?:alt\. )?[afn]\.k\.a\.\s+'(?P<name>.*)'\.?", re.DOTALL)
_WEAK_ALIAS_START_RE = re.compile(r"(?:alt\. )?[afn]\.k\.a\.")
_DOCUMENT_RE = re.compile(
    r"(?P<number>.+?)(?:\s+\((?P<country>[^()]*)\))*(?:,?\s+(?:issued|expires)\b.*)?", re.DOTALL
)
_WALLET_RE = re.compile(r"(?P<currency>[A-Z0-9]+) (?P<address>\S+)")
_MONTH = "|".join(MONTHS)
_DAY_RE = re.compile(rf"(\d{{1,2}}) ({_MONTH}) (\d{{4}})")
_MONTH_RE = re.compile(rf"({_MONTH}) (\d{{4}})")
_YEAR_RE = re.compile(r"\d{4}")


@dataclass
class RemarkAttribute:
    kind: str
    value: str
    detail: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class ParsedRemarks:
    weak_aliases: list[str] = field(default_factory=list)
    attributes: list[RemarkAttribute] = field(default_factory=list)
    # Items that look like a name or a known label but could not be read (`DOB sometime`,
    # an a.k.a. whose closing quote was cut off): reported, never guessed at.
    unreadable: list[str] = field(default_factory=list)


def parse_remarks(text: str | None) -> ParsedRemarks:
    parsed = ParsedRemarks()
    if not text:
        return parsed
    text = text.strip()
    text = text[:-1] if text.endswith(".") else text
    # A few items are separated by ';' without the space; no item contains one.
    for item in re.split(r";\s*", text):
        item = item.strip()
        if item:
            _parse_item(item, parsed)
    return parsed


def _parse_item(item: str, parsed: ParsedRemarks) -> None:
    if _WEAK_ALIAS_START_RE.match(item):
        alias = _WEAK_ALIAS_RE.fullmatch(item)
        name = alias and " ".join(alias["name"].split())
        if name:
            parsed.weak_aliases.append(name)
        else:
            parsed.unreadable.append(item)
        return
    labelled = _LABEL_RE.fullmatch(item)
    if not labelled:
        return
    kind = REMARK_LABELS[labelled["label"]]
    value = " ".join(labelled["value"].split())
    if kind not in KEEPS_FINAL_PERIOD:
        value = value.rstrip(".").rstrip()
    attribute = _attribute(kind, value) if value else None
    if attribute is None:
        parsed.unreadable.append(item)
    else:
        parsed.attributes.append(attribute)


def _attribute(kind: str, value: str) -> RemarkAttribute | None:
    if kind in DATE_KINDS:
        try:
            detail, (date_from, date_to) = parse_date_text(value)
        except ValueError:
            return None
        return RemarkAttribute(kind, value, detail, date_from, date_to)
    if kind in DOCUMENT_KINDS:
        document = _DOCUMENT_RE.fullmatch(value)
        return RemarkAttribute(kind, document["number"].rstrip(","), document["country"])
    if kind == "digital_currency_address":
        wallet = _WALLET_RE.fullmatch(value)
        return wallet and RemarkAttribute(kind, wallet["address"], wallet["currency"])
    return RemarkAttribute(kind, value)


def parse_date_text(text: str) -> tuple[str, dates.Period]:
    """An OFAC date as written in Remarks -> (detail, (date_from, date_to)), see lists/dates.py.

    `25 Mar 1978` (day), `Mar 1978` (month), `1978` (year), `1962 to 1964` and
    `01 Jan 1960 to 31 Dec 1962` (range), `circa 1951`, `circa 1968-1970` (circa).
    Raises ValueError for anything else.
    """
    text = text.strip().rstrip(".")
    approximate = text.startswith("circa ")
    if approximate:
        text = text[len("circa ") :].strip()
    parts = re.split(r"\s+to\s+|(?<=^\d{4})-(?=\d{4}$)", text)
    if len(parts) == 2:
        detail, period = "range", dates.span(_single_date(parts[0])[1], _single_date(parts[1])[1])
    elif len(parts) == 1:
        detail, period = _single_date(text)
    else:
        raise ValueError(f"not a date: {text!r}")
    return ("circa", dates.circa(period)) if approximate else (detail, period)


def _single_date(text: str) -> tuple[str, dates.Period]:
    if match := _DAY_RE.fullmatch(text):
        return "day", dates.day(int(match[3]), MONTHS.index(match[2]) + 1, int(match[1]))
    if match := _MONTH_RE.fullmatch(text):
        return "month", dates.month(int(match[2]), MONTHS.index(match[1]) + 1)
    if _YEAR_RE.fullmatch(text):
        return "year", dates.year(int(text))
    raise ValueError(f"not a date: {text!r}")
