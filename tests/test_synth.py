"""The synthetic customer generator: deterministic, batch-invariant, a realistic mix of clean names,
and planted variants of the demo list's entities."""

import csv
import re
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from sanctions_screen import synth
from sanctions_screen.errors import InvalidArgumentError

DEMO_ENTITIES_CSV = Path(synth.__file__).resolve().parent / "data" / "demo_watchlist" / "entities.csv"
DEMO_ENTITY_IDS = {
    "demo:korea-sobaeksu-trading-corporation",
    "demo:kim-se-un",
    "demo:jo-kyong-hun",
    "demo:myong-chol-min",
    "demo:kim-ung-sun",
    "demo:korea-sinjin-trading-corporation",
    "demo:andreyev-vitaliy-sergeyevich",
    "demo:shenyang-geumpungri-network-technology",
    "demo:chinyong-information-technology-cooperation-company",
}
VARIANT_KINDS = {
    "hangul", "cyrillic", "romanization", "homoglyph", "invisible", "reordered", "joined", "wallet",
    "typo", "dropped-part",
}  # fmt: skip
ANDREYEV_WALLET = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"
SCRIPTS = {"hangul": r"\p{Hangul}", "cyrillic": r"\p{Cyrillic}", "han": r"\p{Han}", "arabic": r"\p{Arabic}"}
NATIVE = "|".join(SCRIPTS.values())
SCHEMA = {
    "customer_id": pl.String,
    "name": pl.String,
    "entity_type": pl.String,
    "dob": pl.Date,
    "country": pl.String,
    "wallet": pl.String,
    "origin": pl.String,
}


@pytest.fixture(scope="module")
def frame() -> pl.DataFrame:
    return synth.customers(60_000, seed=7)


@pytest.fixture(scope="module")
def demo() -> pl.DataFrame:
    return synth.demo_customers(20_000, seed=3)


def _folded(names: pl.Series) -> pl.Series:
    """Letters only, lower case: a crude key to compare names across spacing and punctuation."""
    return names.str.to_lowercase().str.replace_all(r"[^\p{L}]", "")


# --- determinism ----------------------------------------------------------------------------------


def test_same_seed_gives_the_same_frame_and_another_seed_other_names():
    first = synth.customers(3_000, seed=1)
    assert first.equals(synth.customers(3_000, seed=1))
    other = synth.customers(3_000, seed=2)
    assert (first["name"] != other["name"]).mean() > 0.9


def test_pinned_rows_guard_the_stream_across_machines_and_library_versions():
    # Integer hashing only, so these exact values must come out everywhere. Update them only with a
    # deliberate change to the pools or the drawing.
    rows = synth.customers(5, seed=123456789).select("customer_id", "name", "dob", "country").rows()
    assert rows == [
        ("C000000000", "Gabriele Rossi", date(1995, 9, 11), "IT"),
        ("C000000001", "Patricia Jacqueline Harris", date(1983, 7, 24), "CA"),
        ("C000000002", "Johnson  Logistics LLC", None, "US"),
        ("C000000003", "John Paul Soriano", date(1980, 8, 29), "PH"),
        ("C000000004", "Krzysztof Nowak", date(1991, 1, 9), "PL"),
    ]


def test_a_row_does_not_depend_on_how_many_rows_are_drawn():
    assert synth.customers(1_000, seed=5).equals(synth.customers(2_500, seed=5).head(1_000))


@pytest.mark.parametrize("batch_size", [7, 333, 1_000, 5_000])
def test_iter_customers_yields_the_same_rows_whatever_the_batch_size(batch_size):
    batches = list(synth.iter_customers(1_000, seed=11, batch_size=batch_size))
    assert all(batch.height <= batch_size for batch in batches)
    assert pl.concat(batches).equals(synth.customers(1_000, seed=11))


def test_bad_arguments_are_rejected():
    with pytest.raises(InvalidArgumentError):
        synth.customers(-1)
    with pytest.raises(InvalidArgumentError):
        next(synth.iter_customers(10, batch_size=0))
    with pytest.raises(InvalidArgumentError):
        synth.demo_customers(10)
    assert synth.customers(0).schema == pl.Schema(SCHEMA)
    assert list(synth.iter_customers(0)) == []


# --- clean customers ------------------------------------------------------------------------------


def test_schema_ids_and_required_columns(frame):
    assert frame.schema == pl.Schema(SCHEMA)
    assert frame["customer_id"].is_unique().all()
    assert frame.select(pl.col("customer_id", "name", "entity_type", "country", "origin").null_count()).row(0) == (
        0, 0, 0, 0, 0,
    )  # fmt: skip
    assert frame["country"].str.contains(r"^[A-Z]{2}$").all()
    assert set(frame["entity_type"]) == {"person", "organization"}


def test_dates_of_birth_for_adult_persons_only(frame):
    persons = frame.filter(pl.col("entity_type") == "person")
    assert persons["dob"].null_count() == 0
    assert frame.filter(pl.col("entity_type") == "organization")["dob"].null_count() == frame.height - persons.height
    assert persons["dob"].min() >= date(1944, 1, 1) and persons["dob"].max() <= date(2007, 1, 1)


def test_origin_mix_matches_the_documented_shares(frame):
    assert sum(synth.ORIGIN_SHARES.values()) == pytest.approx(1.0)
    shares = dict(frame["origin"].value_counts(normalize=True).iter_rows())
    assert set(shares) == set(synth.ORIGIN_SHARES)
    for origin, expected in synth.ORIGIN_SHARES.items():
        assert shares[origin] == pytest.approx(expected, abs=0.01), origin


def test_organizations_are_about_a_tenth_and_carry_a_legal_form(frame):
    orgs = frame.filter(pl.col("entity_type") == "organization")
    assert 0.08 < orgs.height / frame.height < 0.12
    legal = r"(?i)\b(LLC|Inc\.|Ltd|Limited|GmbH|S\.A\.|S\.L\.|S\.r\.l\.|OOO|Co\.|SAS|SARL|Sp\. z o\.o\.|A\.Ş\.)"
    assert orgs["name"].str.contains(legal).mean() > 0.6
    assert orgs["origin"].n_unique() == len(synth.ORIGIN_SHARES)


def test_a_small_share_of_persons_write_their_name_in_native_script(frame):
    native = frame.filter(pl.col("name").str.contains(NATIVE))
    assert 0.005 < native.height / frame.height < 0.03
    for script, origins in [
        ("hangul", {"korean"}),
        ("cyrillic", {"russian"}),
        ("han", {"chinese", "chinese-hk", "chinese-tw"}),
        ("arabic", {"arabic"}),
    ]:
        rows = native.filter(pl.col("name").str.contains(SCRIPTS[script]))
        assert rows.height > 0, script
        assert set(rows["origin"]) <= origins, script
    assert set(native["entity_type"]) == {"person"}


def test_names_vary_in_shape_spelling_and_case(frame):
    names = frame["name"]
    assert names.str.contains(r"^\p{Lu}[\p{L}' -]+, \p{L}").any()  # "FAMILY, Given"
    assert names.str.contains(r"^\p{Lu}\. \p{L}").any()  # "J. Smith"
    assert 0.05 < (names == names.str.to_uppercase()).mean() < 0.25
    assert names.str.contains("  ").any()
    russian = frame.filter(pl.col("origin") == "russian")["name"]
    assert russian.str.contains(r"\bSergey\b").any() and russian.str.contains(r"\bSergei\b").any()
    assert russian.str.contains(r"(?i)ovna\b").any() and russian.str.contains(r"(?i)\b\w+ova\b").any()
    hispanic = frame.filter(pl.col("origin") == "hispanic")["name"]
    assert hispanic.str.contains("García").any() and hispanic.str.contains(r"(?i)\bGarcia\b").any()


def test_korean_customers_have_south_korean_names_not_the_sanctioned_ones(frame):
    korean = frame.filter(pl.col("origin") == "korean", pl.col("entity_type") == "person")["name"]
    latin = korean.filter(~korean.str.contains(NATIVE))
    for surname in ("Kim", "Lee", "Park", "Choi", "Jung"):
        assert latin.str.contains(rf"(?i)\b{surname}\b").any(), surname
    kim_share = latin.str.contains(r"(?i)\bKim\b").mean()
    assert 0.15 < kim_share < 0.3  # about a fifth of South Koreans are Kims
    # Given names come hyphenated, joined and spaced.
    assert latin.str.contains(r"Min-jun").any() and latin.str.contains(r"Minjun").any()
    assert latin.str.contains(r"Min Jun").any()
    assert not latin.str.contains(r"(?i)\b(se-?un|eung-?sun|cheol-?min|gyeong-?hun|kyung-?hoon)\b").any()


def test_clean_rows_never_spell_a_planted_or_listed_name(frame):
    planted = set(_folded(synth.demo_variants()["name"]))
    listed = {"kimseun", "jokyonghun", "myongcholmin", "kimungsun", "andreyevvitaliysergeyevich"}
    assert not set(_folded(frame["name"])) & (planted | listed)


def test_wallets_are_rare_random_and_shaped_like_addresses(frame):
    wallets = frame["wallet"].drop_nulls()
    assert 0.002 < wallets.len() / frame.height < 0.01
    shapes = r"^(1[1-9A-HJ-NP-Za-km-z]{33}|3[1-9A-HJ-NP-Za-km-z]{33}|bc1q[02-9ac-hj-np-z]{38}|0x[0-9a-f]{40})$"
    assert wallets.str.contains(shapes).all()
    assert wallets.is_unique().all()
    assert ANDREYEV_WALLET not in wallets.to_list()
    assert wallets.str.starts_with("0x").any() and wallets.str.starts_with("bc1q").any()


# --- planted variants -----------------------------------------------------------------------------


def test_demo_variants_cover_every_demo_entity_and_variant_kind():
    variants = synth.demo_variants()
    assert variants.schema == pl.Schema({
        "name": pl.String, "entity_type": pl.String, "dob": pl.Date, "country": pl.String,
        "wallet": pl.String, "planted_entity": pl.String, "variant": pl.String,
    })  # fmt: skip
    assert set(variants["planted_entity"]) == DEMO_ENTITY_IDS
    assert set(variants["variant"]) == VARIANT_KINDS
    assert variants["name"].is_unique().all()
    for entity in DEMO_ENTITY_IDS:
        assert variants.filter(pl.col("planted_entity") == entity).height >= 4, entity


def test_planted_ids_are_the_demo_watchlist_ids():
    if not DEMO_ENTITIES_CSV.exists():
        pytest.skip(f"demo watchlist not present at {DEMO_ENTITIES_CSV}")
    with DEMO_ENTITIES_CSV.open(encoding="utf-8", newline="") as handle:
        listed = {row["entity_id"] for row in csv.DictReader(handle)}
    assert set(synth.demo_variants()["planted_entity"]) == listed


def test_demo_variants_are_the_kinds_they_claim():
    variants = synth.demo_variants()

    def names(kind):
        return variants.filter(pl.col("variant") == kind)["name"].to_list()

    assert {"김세운", "조경훈", "명철민", "김응순"} == set(names("hangul"))
    assert {"Виталий Сергеевич Андреев", "Андреев В.С."} == set(names("cyrillic"))
    for name in names("homoglyph"):  # a Cyrillic look-alike among Latin letters
        assert re.search(r"[\u0400-\u04ff]", name) and re.search(r"[A-Za-z]", name), name
    for name in names("invisible"):
        assert re.search(r"[\u200b-\u200d\u2060\ufeff]", name), name
    wallet = variants.filter(pl.col("variant") == "wallet")
    assert wallet["wallet"].to_list() == [ANDREYEV_WALLET]
    assert wallet["planted_entity"].to_list() == ["demo:andreyev-vitaliy-sergeyevich"]
    for expected in ("Kim Se-un", "Seun Kim", "SE UN KIM", "Jo Gyeong-hun", "Cho Kyong Hun", "Kyonghun Jo",
                     "Myong Cheol-min", "Kim Eung-sun", "Andreev Vitaly", "Vitalij Andrejew",
                     "Korea Sobaeksu Trading Corp.", "SOBAEKSU TRADING",
                     "Shenyang Geumpungri Network Tech Co Ltd",
                     "Shen Yang Geumpungri Network Technology Company Limited",
                     "Jinyong Information Technology Cooperation Co"):  # fmt: skip
        assert expected in variants["name"].to_list(), expected
    persons = variants.filter(pl.col("entity_type") == "person")
    orgs = variants.filter(pl.col("entity_type") == "organization")
    assert persons["dob"].drop_nulls().len() > 0 and orgs["dob"].null_count() == orgs.height


def test_demo_customers_plants_every_variant_once_among_the_clean_rows(demo):
    variants = synth.demo_variants()
    k = variants.height
    assert demo.height == 20_000
    assert demo.columns == [*SCHEMA, "planted_entity", "variant"]
    assert demo["customer_id"].is_unique().all()
    assert demo["customer_id"].to_list() == synth.customers(20_000)["customer_id"].to_list()
    planted = demo.filter(pl.col("planted_entity").is_not_null())
    assert planted.drop("customer_id", "origin").sort("name").equals(variants.sort("name"))
    assert planted["origin"].null_count() == k
    clean = demo.filter(pl.col("planted_entity").is_null())
    assert clean.drop("customer_id", "planted_entity", "variant").equals(
        synth.customers(20_000 - k, seed=3).drop("customer_id")
    )


def test_planted_positions_are_deterministic_and_spread_over_the_file(demo):
    positions = demo.with_row_index().filter(pl.col("planted_entity").is_not_null())["index"].to_list()
    k = len(positions)
    for i, position in enumerate(positions):  # one in each of k equal slices
        assert i * 20_000 // k <= position < (i + 1) * 20_000 // k
    again = synth.demo_customers(20_000, seed=3)
    assert again.equals(demo)
    # The variants are shuffled, not listed entity by entity.
    planted_names = demo.filter(pl.col("planted_entity").is_not_null())["name"].to_list()
    assert planted_names != synth.demo_variants()["name"].to_list()


def test_demo_customers_default_size():
    assert synth.demo_customers().height == 300_000
