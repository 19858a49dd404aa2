"""`screen()` on in-memory frames: hit columns, DOB/country adjustments, wallets, thresholds,
top-k, name columns and entity types (screen.py). The small watchlist is test_screen_tables'."""

import datetime as dt

import polars as pl
import pytest
from test_screen_tables import small_watchlist, table_watchlist

from sanctions_screen.errors import InputError, WatchlistError
from sanctions_screen.screen import hits_schema, screen
from sanctions_screen.watchlist import Watchlist

WATCHLIST = small_watchlist()


def hits_for(records: dict, **options) -> pl.DataFrame:
    frame = pl.DataFrame(records)
    return screen(frame, options.pop("watchlist", WATCHLIST), name_col=options.pop("name_col", "name"), **options)


def only_hit(records: dict, entity_id: str, **options) -> dict:
    hits = hits_for(records, **options).filter(pl.col("entity_id") == entity_id)
    assert hits.height == 1, hits
    return hits.row(0, named=True)


def test_hit_columns_and_values():
    hits = hits_for({"id": [7, 8], "name": ["Kim Se Un", "Anna Smith"]}, id_col="id")
    assert hits.schema == pl.Schema(hits_schema(pl.Int64))
    hit = hits.row(0, named=True)
    assert hits.height == 1
    assert hit["run_id"]
    assert (hit["record_id"], hit["input_name"], hit["matched_on"]) == (7, "Kim Se Un", "name")
    assert (hit["entity_id"], hit["list"], hit["programs"], hit["entity_type"]) == ("sdn:1", "ofac-sdn", ["DPRK3"], "person")
    assert (hit["matched_name"], hit["name_kind"]) == ("KIM, Se Un", "primary")
    assert hit["name_score"] >= 0.9 and hit["score"] == hit["name_score"]
    assert hit["dob_adjustment"] == hit["country_adjustment"] == 0.0
    assert hit["explanation"]


def test_record_ids_without_an_id_column_are_row_numbers_across_batches():
    names = ["Anna Smith", "Kim Se Un", None, "Pak Chol Min", "Kim Se Un"]
    hits = hits_for({"name": names}, batch_size=2)
    assert hits.schema["record_id"] == pl.UInt64
    assert hits.select("record_id", "entity_id").rows() == [(1, "sdn:1"), (3, "un:1"), (4, "sdn:1")]
    assert hits.drop("run_id").equals(hits_for({"name": names}).drop("run_id"))


# Against sdn:1, listed DOB 25 Mar 1978.
@pytest.mark.parametrize(
    ("dob", "adjustment", "note"),
    [
        ("1978-03-25", 0.05, "DOB agrees (list 25 Mar 1978, record 1978-03-25)"),
        ("1979-03-25", 0.05, "DOB agrees (list 25 Mar 1978, record 1979-03-25)"),
        ("1977-03-25", 0.05, "DOB agrees"),
        ("1978", 0.05, "DOB agrees (list 25 Mar 1978, record 1978)"),
        ("1979-03", 0.05, "DOB agrees (list 25 Mar 1978, record 1979-03)"),
        ("1979-04", 0.0, "no change"),
        ("1979-03-26", 0.0, "DOB 1-2 years apart, no change (list 25 Mar 1978, record 1979-03-26)"),
        ("1980-03-25", 0.0, "no change"),
        ("1976-12", 0.0, "no change"),
        ("1980-03-26", -0.15, "DOB conflicts (list 25 Mar 1978, record 1980-03-26)"),
        ("1990", -0.15, "DOB conflicts (list 25 Mar 1978, record 1990)"),
    ],
)
def test_dob_rule_against_a_day(dob, adjustment, note):
    hit = only_hit({"name": ["Kim Se Un"], "dob": [dob]}, "sdn:1", dob_col="dob", threshold=0.5)
    assert hit["dob_adjustment"] == pytest.approx(adjustment)
    assert note in hit["explanation"]


# Against un:1, listed DOBs `1966` and `circa 1970` (1969-1971): the closest is cited.
@pytest.mark.parametrize(
    ("dob", "adjustment", "note"),
    [
        ("1966-07-01", 0.05, "DOB agrees (list 1966, record 1966-07-01)"),
        ("1972-06-01", 0.05, "DOB agrees (list circa 1970, record 1972-06-01)"),
        ("1967", 0.05, "DOB agrees (list 1966, record 1967)"),
        ("1990", -0.15, "DOB conflicts (list circa 1970, record 1990)"),
        ("1955", -0.15, "DOB conflicts (list 1966, record 1955)"),
    ],
)
def test_dob_rule_against_years_and_circa(dob, adjustment, note):
    hit = only_hit({"name": ["Pak Chol Min"], "dob": [dob]}, "un:1", dob_col="dob", threshold=0.5)
    assert hit["dob_adjustment"] == pytest.approx(adjustment)
    assert note in hit["explanation"]


def test_dob_as_date_type_and_unreadable_or_missing_dobs():
    dates = pl.DataFrame({"name": ["Kim Se Un"] * 4, "dob": [dt.date(1978, 3, 25), None, None, None]})
    hits = screen(dates, WATCHLIST, name_col="name", dob_col="dob")
    assert hits["dob_adjustment"].to_list() == pytest.approx([0.05, 0.0, 0.0, 0.0])
    assert "record 1978-03-25" in hits["explanation"][0]
    texts = hits_for({"name": ["Kim Se Un"] * 2, "dob": ["25/03/1978", ""]}, dob_col="dob")
    assert texts["dob_adjustment"].to_list() == [0.0, 0.0]
    assert not texts["explanation"].str.contains("DOB").any()


def test_no_listed_dob_no_change():
    hit = only_hit({"name": ["Ivan Petrovich Sidorov"], "dob": ["1950"]}, "un:2", dob_col="dob")
    assert hit["dob_adjustment"] == 0.0 and "DOB" not in hit["explanation"]


@pytest.mark.parametrize(
    ("name", "entity", "country", "adjustment", "note"),
    [
        ("Kim Se Un", "sdn:1", "KP", 0.02, "country agrees (list Korea, North)"),
        ("Kim Se Un", "sdn:1", "North Korea", 0.02, "country agrees (list Korea, North)"),
        ("Kim Se Un", "sdn:1", "PRK", 0.02, "country agrees"),
        ("Kim Se Un", "sdn:1", "RU", -0.05, "country conflicts (list Korea, North, record RU)"),
        # `Region: Crimea` is no country: only the listed nationality counts.
        ("Ivan Petrovich Sidorov", "un:2", "UA", -0.05, "country conflicts (list Russian Federation, record UA)"),
        ("Ivan Petrovich Sidorov", "un:2", "Russia", 0.02, "country agrees (list Russian Federation)"),
    ],
)
def test_country_rule(name, entity, country, adjustment, note):
    hit = only_hit({"name": [name], "country": [country]}, entity, country_col="country", threshold=0.5)
    assert hit["country_adjustment"] == pytest.approx(adjustment)
    assert note in hit["explanation"]


def test_unknown_or_unlisted_country_no_change():
    hit = only_hit({"name": ["Kim Se Un"], "country": ["Narnia"]}, "sdn:1", country_col="country")
    assert hit["country_adjustment"] == 0.0 and "country" not in hit["explanation"]
    demo = only_hit({"name": ["Kim Se Un"], "country": ["US"]}, "demo:kim-se-un", country_col="country", watchlist="demo")
    assert demo["country_adjustment"] == 0.0


def test_score_is_the_clamped_sum_of_its_components():
    hits = hits_for(
        {"name": ["Kim Se Un", "Kim Se Un", "Pak Chol Min"], "dob": ["1978-03-25", "1990", "1990"], "country": ["KP", "RU", "KP"]},
        dob_col="dob",
        country_col="country",
        threshold=0.3,
    )
    total = (pl.col("name_score") + pl.col("dob_adjustment") + pl.col("country_adjustment")).clip(0.0, 1.0)
    assert (hits["score"] - hits.select(total).to_series()).abs().max() < 1e-6
    assert hits["score"].max() <= 1.0
    assert hits.filter(pl.col("record_id") == 1)["score"].item() < hits.filter(pl.col("record_id") == 0)["score"].item()


def test_wallet_hits_follow_the_chain_case_rules():
    hits = hits_for(
        {
            "name": ["Anna Smith", None, "Bob Jones", "Carl Brown"],
            "wallet": [" 1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "0X01E2919679362DFBC9EE1644BA9C6DA6D6245BB1", "1hmqvgsxuves1jn4tqpzk9dxo1ne8wim2t", None],
        },
        wallet_col="wallet",
    )
    assert hits.select("record_id", "entity_id", "score", "matched_on", "name_kind").rows() == [
        (0, "sdn:1", 1.0, "wallet", "digital_currency_address"),
        (1, "sdn:2", 1.0, "wallet", "digital_currency_address"),
    ]
    assert hits["explanation"].to_list() == ["wallet address on list (XBT)", "wallet address on list (ETH)"]
    assert hits["matched_name"][0] == "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"


def test_name_and_wallet_on_the_same_entity_are_one_hit():
    hits = hits_for({"name": ["Kim Se Un"], "wallet": ["1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"]}, wallet_col="wallet")
    assert hits.height == 1
    assert hits["matched_on"].item() == "wallet" and hits["score"].item() == 1.0
    assert "also matched on name" in hits["explanation"].item()


def test_top_k_per_record_keeps_ties_at_the_last_place():
    names = ["John Smith", "John Smyth", "John Smith", "Jon Smyth"]
    lookalikes = Watchlist.from_names(pl.DataFrame({"entity_id": [f"e{i}" for i in range(4)], "name": names}))
    records = {"name": ["John Smith", "John Smith"]}
    found = hits_for(records, watchlist=lookalikes, top_k=3)
    assert found.group_by("record_id").len().sort("record_id").rows() == [(0, 3), (1, 3)]
    assert found.filter(pl.col("record_id") == 0)["entity_id"].to_list() == ["e0", "e2", "e1"]
    # Two names tie at 1.0: which to leave out would be arbitrary, so neither is.
    assert hits_for(records, watchlist=lookalikes, top_k=1)["entity_id"].to_list() == ["e0", "e2"] * 2


def test_a_namesake_whose_dob_agrees_is_not_cut_by_the_top_k_of_names_alone():
    entities = [(f"e{i}", "ofac-sdn", "person", ["SDGT"], None, dt.date(2024, 5, 3)) for i in range(2)]
    names = [("e0", "John Smith", "primary", None, None, "e0/0"), ("e1", "Jon Smith", "primary", None, None, "e1/0")]
    dobs = [("e0", "dob", "1950", "year", dt.date(1950, 1, 1), dt.date(1950, 12, 31))]
    dobs.append(("e1", "dob", "1 Jun 1980", "day", dt.date(1980, 6, 1), dt.date(1980, 6, 1)))
    watchlist = table_watchlist(entities, names, dobs)
    hits = hits_for({"name": ["John Smith"], "dob": ["1980-06-01"]}, watchlist=watchlist, dob_col="dob", top_k=1)
    # By name e0 is first (1.0 against about 0.95), but its DOB conflicts and e1's agrees.
    assert hits["entity_id"].to_list() == ["e1"] and hits["dob_adjustment"].item() == pytest.approx(0.05)


# "Ivan Sidorov" scores about 0.91 against un:2 (list un, no program), "Kim Se Hun" about 0.56
# against sdn:1 (list ofac-sdn, program DPRK3): each setting below sits 0.05 or more from them.
@pytest.mark.parametrize(
    ("settings", "hit_entities"),
    [
        ({"threshold": 0.95}, []),
        ({"threshold": 0.95, "list_thresholds": {"un": 0.85}}, ["un:2"]),
        ({"threshold": 0.95, "program_thresholds": {"DPRK3": 0.5}}, ["sdn:1"]),
        ({"threshold": 0.95, "list_thresholds": {"ofac-sdn": 0.5}}, ["sdn:1"]),
        # The program's threshold is more specific than the list's, even when stricter.
        ({"threshold": 0.5, "list_thresholds": {"ofac-sdn": 0.45}, "program_thresholds": {"DPRK3": 0.7}}, ["un:2"]),
    ],
)
def test_thresholds_per_list_and_program_decide_the_hits(settings, hit_entities):
    hits = hits_for({"name": ["Ivan Sidorov", "Kim Se Hun"]}, **settings)
    assert sorted(hits["entity_id"]) == hit_entities


def test_several_name_columns_each_screened():
    hits = hits_for(
        {"id": ["a", "b"], "name": ["Anna Smith", "Kim Se Un"], "alias": ["Pak Chol Min", "Kim Se Un"]},
        name_col=["name", "alias"],
        id_col="id",
    )
    assert hits.select("record_id", "matched_on", "entity_id").rows() == [("a", "alias", "un:1"), ("b", "name", "sdn:1")]
    assert "also matched on alias" in hits["explanation"][1]


def test_joined_name_columns():
    hits = hits_for(
        {"given": ["Se Un", "Anna", None], "family": ["Kim", "Smith", None]},
        name_col=["given", "family"],
        join_names=True,
    )
    assert hits.select("record_id", "input_name", "matched_on", "entity_id").rows() == [(0, "Se Un Kim", "given+family", "sdn:1")]


def test_entity_type_column():
    typed = hits_for({"name": ["Kim Se Un", "Kim Se Un"], "type": ["person", "organization"]}, type_col="type", threshold=0.5)
    person, organization = typed.filter(pl.col("entity_id") == "sdn:1")["name_score"].to_list()
    assert organization < person


def test_bad_entity_type_names_the_column():
    records = {"name": ["Kim Se Un", "Pak Chol Min", "Anna Smith"], "type": ["person", "individual", "martian"]}
    with pytest.raises(InputError, match="<frame>, column 'type': row 0: .*martian.* \\(of the batch from row 2\\)"):
        hits_for(records, type_col="type", batch_size=2)


def test_lazy_frame_file_and_glob_inputs_give_the_same_hits(tmp_path):
    frame = pl.DataFrame({"id": [1, 2], "name": ["Kim Se Un", "Pak Chol Min"]})
    frame.write_parquet(tmp_path / "in.parquet")
    expected = screen(frame, WATCHLIST, name_col="name", id_col="id").drop("run_id")
    assert screen(frame.lazy(), WATCHLIST, name_col="name", id_col="id").drop("run_id").equals(expected)
    assert screen(tmp_path / "in.parquet", WATCHLIST, name_col="name", id_col="id").drop("run_id").equals(expected)
    frame.head(1).write_parquet(tmp_path / "in-1.parquet")
    frame.tail(1).write_parquet(tmp_path / "in-2.parquet")
    assert screen(str(tmp_path / "in-*.parquet"), WATCHLIST, name_col="name", id_col="id").drop("run_id").equals(expected)


def test_no_hits_is_an_empty_frame_with_the_schema():
    hits = hits_for({"name": ["Anna Smith", None, "  "]})
    assert hits.is_empty() and hits.schema == pl.Schema(hits_schema())


@pytest.mark.parametrize(
    ("records", "options", "message"),
    [
        ({"name": ["x"]}, {"id_col": "customer_id"}, "<frame>, column 'customer_id': missing column"),
        ({"name": [1, 2]}, {}, "column 'name': expected text"),
        ({"name": ["x"], "dob": [1978]}, {"dob_col": "dob"}, "column 'dob': expected dates"),
        ({"name": ["x"], "wallet": [[1]]}, {"wallet_col": "wallet"}, "column 'wallet': expected text"),
    ],
)
def test_bad_columns(records, options, message):
    with pytest.raises(InputError, match=message):
        hits_for(records, **options)


def test_no_watchlist_says_how_to_get_one(tmp_path):
    for missing in (None, tmp_path / "nothing-here"):
        with pytest.raises(WatchlistError, match="lists import.*--list demo"):
            screen(pl.DataFrame({"name": ["x"]}), missing, name_col="name")
