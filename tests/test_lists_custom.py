"""A firm's own list: CSV or Parquet with id and name columns."""

import datetime as dt

import polars as pl
import pytest

from sanctions_screen import InputError, Watchlist


def test_csv_list(tmp_path):
    path = tmp_path / "blocked-2030-05-06.csv"
    path.write_text(
        "ID,Name,Entity_Type,reason\n"
        "7,ACME SHELL CO,organization,fraud\n"
        '8,"DOE, Jane",person,\n'
        "7,ACME SHELL COMPANY,,\n"
        "9,UNKNOWN KIND,,\n",
        encoding="utf-8",
    )
    watchlist = Watchlist.from_sources(path)
    published = dt.date(2030, 5, 6)  # from the file name
    assert watchlist.entities.select("entity_id", "source", "entity_type", "published").rows() == [
        ("custom:7", "custom", "organization", published),
        ("custom:8", "custom", "person", published),
        ("custom:9", "custom", None, published),
    ]
    assert watchlist.names.select("name_id", "name", "kind", "family_name").rows() == [
        ("custom:7/primary", "ACME SHELL CO", "primary", None),
        ("custom:8/primary", "DOE, Jane", "primary", None),
        ("custom:7/name:1", "ACME SHELL COMPANY", "aka", None),
        ("custom:9/primary", "UNKNOWN KIND", "primary", None),
    ]
    assert watchlist.manifest["sources"][0]["rows"] == 4


def test_parquet_list(tmp_path):
    path = tmp_path / "blocked.parquet"
    pl.DataFrame({"id": [1, 2], "name": ["ACME", "GLOBEX"], "entity_type": ["organization", None]}).write_parquet(path)
    watchlist = Watchlist.from_sources(path)
    assert watchlist.entities.select("entity_id", "entity_type", "published").rows() == [
        ("custom:1", "organization", None),
        ("custom:2", None, None),
    ]


@pytest.mark.parametrize(
    "body, message",
    [
        ("id,name\n1,ACME\n2,\n", r"line 3, column 'name': empty name"),
        ("id,name,entity_type\n1,ACME,company\n", r"line 2, column 'entity_type': entity_type 'company' is not one of"),
        ("id,name\n1,ACME,extra\n", r"line 2: expected 2 fields, found 3"),
        ('id,name\n1,"ACME\n', r"line 2: bad CSV quoting"),
    ],
)
def test_malformed_rows(tmp_path, body, message):
    path = tmp_path / "blocked.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}, {message}"):
        Watchlist.from_sources(path)


def test_lenient_skips_malformed_rows(tmp_path):
    path = tmp_path / "blocked.csv"
    path.write_text("id,name\n1,ACME\n2,\n3,GLOBEX\n", encoding="utf-8")
    watchlist = Watchlist.from_sources(path, lenient=True)
    assert watchlist.names["name"].to_list() == ["ACME", "GLOBEX"]
    assert watchlist.manifest["issues"]["malformed_line"]["examples"] == [f"{path}:3: empty name column 'name'"]


def test_parquet_without_a_name_column(tmp_path):
    path = tmp_path / "blocked.parquet"
    pl.DataFrame({"id": [1], "label": ["ACME"]}).write_parquet(path)
    with pytest.raises(InputError, match=r"missing column\(s\) name; found id, label"):
        Watchlist.from_sources(path)


def test_two_custom_lists_with_the_same_id_fail(tmp_path):
    (tmp_path / "blocked.csv").write_text("id,name\n1,ACME\n", encoding="utf-8")
    (tmp_path / "peps.csv").write_text("id,name\n1,DOE JANE\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"peps\.csv: id '1' is also in .*blocked\.csv; give each custom list its own ids"):
        Watchlist.from_sources(tmp_path)
