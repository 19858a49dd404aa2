"""The tables a Screener joins hits with, and the small hand-written watchlist that the other
screening tests import (`small_watchlist`): two lists, programs, dates of birth, countries and
wallets, so that every rule of screen.py can be aimed at."""

import datetime as dt

import polars as pl
import pytest

from sanctions_screen.config import Config
from sanctions_screen.lists.manifest import build_manifest
from sanctions_screen.lists.schema import ATTRIBUTES_SCHEMA, ENTITIES_SCHEMA, NAMES_SCHEMA
from sanctions_screen.screen import COUNTRIES, Columns, Screener, country_code
from sanctions_screen.watchlist import Watchlist

ENTITIES = [
    ("sdn:1", "ofac-sdn", "person", ["DPRK3"], None, dt.date(2024, 5, 3)),
    ("sdn:2", "ofac-sdn", "organization", ["SDGT"], None, dt.date(2024, 5, 3)),
    ("un:1", "un", "person", ["DPRK"], None, dt.date(2026, 2, 27)),
    ("un:2", "un", "person", [], None, dt.date(2026, 2, 27)),
]
NAMES = [
    ("sdn:1", "KIM, Se Un", "primary", "KIM", "Se Un", "sdn:1/0"),
    ("sdn:2", "GOLDEN STAR TRADING COMPANY", "primary", None, None, "sdn:2/0"),
    ("un:1", "PAK, Chol Min", "primary", "PAK", "Chol Min", "un:1/0"),
    ("un:2", "Ivan Petrovich SIDOROV", "primary", None, None, "un:2/0"),
]
ATTRIBUTES = [
    ("sdn:1", "dob", "25 Mar 1978", "day", dt.date(1978, 3, 25), dt.date(1978, 3, 25)),
    ("sdn:1", "nationality", "Korea, North", None, None, None),
    ("sdn:1", "digital_currency_address", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "XBT", None, None),
    ("sdn:2", "digital_currency_address", "0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1", "ETH", None, None),
    ("sdn:2", "address_country", "China", None, None, None),
    ("un:1", "dob", "1966", "year", dt.date(1966, 1, 1), dt.date(1966, 12, 31)),
    ("un:1", "dob", "circa 1970", "circa", dt.date(1969, 1, 1), dt.date(1971, 12, 31)),
    ("un:1", "nationality", "Democratic People's Republic of Korea", None, None, None),
    ("un:2", "nationality", "Russian Federation", None, None, None),
    ("un:2", "address_country", "Region: Crimea", None, None, None),
]


def small_watchlist() -> Watchlist:
    return table_watchlist(ENTITIES, NAMES, ATTRIBUTES)


def table_watchlist(entity_rows: list, name_rows: list, attribute_rows: list) -> Watchlist:
    """A watchlist of hand-written rows in the layout of ENTITIES, NAMES and ATTRIBUTES."""
    entities = pl.DataFrame(entity_rows, schema=ENTITIES_SCHEMA, orient="row")
    names = pl.DataFrame(name_rows, schema=NAMES_SCHEMA, orient="row")
    attributes = pl.DataFrame(attribute_rows, schema=ATTRIBUTES_SCHEMA, orient="row")
    sources = [{"path": None, "format": "test", "list": name, "part": None, "published": None} for name in ("ofac-sdn", "un")]
    return Watchlist(entities, names, attributes, build_manifest(entities, names, attributes, sources=sources, issues={}))


def screener(**columns) -> Screener:
    return Screener(small_watchlist(), Columns.of("name", **columns), Config(threshold=0.8, program_thresholds={"DPRK3": 0.75}))


def test_entity_table_has_list_programs_and_thresholds():
    table = screener().entities.sort("entity_id")
    assert table.select("entity_id", "list", "threshold").rows() == [
        ("sdn:1", "ofac-sdn", 0.75),
        ("sdn:2", "ofac-sdn", 0.8),
        ("un:1", "un", 0.8),
        ("un:2", "un", 0.8),
    ]


def test_candidate_threshold_leaves_room_for_boosts():
    # Lowest threshold 0.75; DOB (+0.05) and country (+0.02) can lift a name score by 0.07.
    assert screener().candidate_threshold == pytest.approx(0.75)
    assert screener(dob="dob").candidate_threshold == pytest.approx(0.68)
    assert screener(country="country").candidate_threshold == pytest.approx(0.68)


def test_listed_countries_become_codes_and_regions_are_dropped():
    countries = screener().countries.sort("entity_id")
    assert countries.select("entity_id", "list_code").rows() == [("sdn:1", "KP"), ("sdn:2", "CN"), ("un:1", "KP"), ("un:2", "RU")]


def test_listed_dobs_and_wallets():
    tables = screener()
    assert tables.dobs.height == 3
    assert dict(tables.wallets.select("wallet_key", "entity_id").iter_rows()) == {
        "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T": "sdn:1",
        "0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1": "sdn:2",
    }


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("KP", "KP"),
        (" PRK ", "KP"),
        ("North Korea", "KP"),
        ("Korea, North", "KP"),
        ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "KP"),
        ("Korea, South", "KR"),
        ("Türkiye", "TR"),
        ("Cote d Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Man, Isle of", "IM"),
        ("U.S.A.", "US"),
        ("NA", "NA"),
        # Codes count in capitals only: the UN list writes `na` for "not available".
        ("na", None),
        ("Region: Crimea", None),
        ("undetermined", None),
        ("", None),
        (None, None),
    ],
)
def test_country_codes(written, code):
    frame = pl.DataFrame({"country": [written]}, schema={"country": pl.String})
    assert frame.select(country_code(pl.col("country"))).item() == code


def test_no_spelling_names_two_countries():
    spellings = pl.DataFrame(
        [(entry[0], spelling) for entry in COUNTRIES for spelling in entry[2:]], schema=["code", "spelling"], orient="row"
    ).with_columns(resolved=country_code(pl.col("spelling")))
    assert spellings.filter(pl.col("code") != pl.col("resolved")).is_empty()
    codes = [code for entry in COUNTRIES for code in entry[:2]]
    assert len(codes) == len(set(codes))
