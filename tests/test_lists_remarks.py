"""The OFAC Remarks parser: each item type on real rows of the published lists, and the date rules."""

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from sanctions_screen.lists.remarks import parse_date_text, parse_remarks
from sanctions_screen.watchlist import Watchlist

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OFAC = DATA / "ofac"
needs_data = pytest.mark.skipif(not OFAC.is_dir(), reason=f"shared OFAC data not found at {OFAC}")
D = dt.date


@pytest.fixture(scope="module")
def sdn():
    """The 2024 SDN list with its remarks overflow, and the 2026 North Korea supplement."""
    return Watchlist.from_sources(
        [OFAC / "sdn-2024-05-03", OFAC / "alt-add-2025-02-27", OFAC / "sdn-2026-dprk-supplement"]
    )


def attributes(watchlist, ent_num, kind):
    frame = watchlist.attributes.filter(pl.col("entity_id") == f"ofac-sdn:{ent_num}", pl.col("kind") == kind)
    return frame.select("value", "detail", "date_from", "date_to").rows()


def names(watchlist, ent_num, kind):
    frame = watchlist.names.filter(pl.col("entity_id") == f"ofac-sdn:{ent_num}", pl.col("kind") == kind)
    return frame["name"].to_list()


@needs_data
class TestRealRows:
    def test_exact_date_of_birth(self, sdn):
        # 54763 KIM, Se Un: "DOB 25 Mar 1978; ..."
        assert attributes(sdn, 54763, "dob") == [("25 Mar 1978", "day", D(1978, 3, 25), D(1978, 3, 25))]

    def test_year_only_date_of_birth(self, sdn):
        # 51330 RI, Chang Ho: "DOB 1967; ..."
        assert attributes(sdn, 51330, "dob") == [("1967", "year", D(1967, 1, 1), D(1967, 12, 31))]

    def test_circa_date_of_birth(self, sdn):
        # 7782 SAHINPASIC, Senad: "DOB circa 1951"
        assert attributes(sdn, 7782, "dob") == [("circa 1951", "circa", D(1950, 1, 1), D(1952, 12, 31))]

    def test_year_range_date_of_birth(self, sdn):
        # 15496 NISHIGUCHI, Shigeo: "DOB 1929 to 1930"
        assert attributes(sdn, 15496, "dob") == [("1929 to 1930", "range", D(1929, 1, 1), D(1930, 12, 31))]

    def test_month_date_of_birth(self, sdn):
        # 11377 HAMID, Mustafa: "DOB Mar 1945"
        assert attributes(sdn, 11377, "dob") == [("Mar 1945", "month", D(1945, 3, 1), D(1945, 3, 31))]

    def test_several_dates_of_birth(self, sdn):
        # 6944 AL-SHARIF, Sa'd Abdullah Hussein: "DOB 1969; alt. DOB 1963; alt. DOB 11 Feb 1964"
        assert attributes(sdn, 6944, "dob") == [
            ("1969", "year", D(1969, 1, 1), D(1969, 12, 31)),
            ("1963", "year", D(1963, 1, 1), D(1963, 12, 31)),
            ("11 Feb 1964", "day", D(1964, 2, 11), D(1964, 2, 11)),
        ]
        # 10409 AL-KURD, Ahmad Harb: "DOB circa 1949; alt. DOB circa 1951"
        assert [detail for _, detail, *_ in attributes(sdn, 10409, "dob")] == ["circa", "circa"]

    def test_place_of_birth_nationality_citizenship_gender(self, sdn):
        assert attributes(sdn, 54763, "pob") == [("Nampho, North Korea", None, None, None)]
        assert attributes(sdn, 54763, "nationality") == [("Korea, North", None, None, None)]
        assert attributes(sdn, 54763, "gender") == [("Male", None, None, None)]
        # 53824 ASATRYAN, Gayk: "POB Abovyan, Armenia; nationality Russia; citizen Russia"
        assert attributes(sdn, 53824, "citizenship") == [("Russia", None, None, None)]
        assert attributes(sdn, 53824, "pob") == [("Abovyan, Armenia", None, None, None)]

    def test_passport_and_national_id_with_issuing_country(self, sdn):
        # "Passport 390120007 (Korea, North) issued 09 Jan 2020 expires 09 Jan 2025"
        assert attributes(sdn, 54763, "passport") == [("390120007", "Korea, North", None, None)]
        # 57058 NGUYEN, Quang Viet: "National ID No. 122094898 (Vietnam)"
        assert attributes(sdn, 57058, "national_id") == [("122094898", "Vietnam", None, None)]

    def test_email_and_linked_to(self, sdn):
        # 49970 SONG, Kum Hyok: "Email Address wangge327@yahoo.com"
        assert attributes(sdn, 49970, "email") == [("wangge327@yahoo.com", None, None, None)]
        # The remark's final period is not part of the name linked to.
        assert attributes(sdn, 54763, "linked_to") == [("KOREA SOBAEKSU TRADING CORPORATION", None, None, None)]

    def test_organization_established_date(self, sdn):
        # 52264 LIAONING CHINA TRADE INDUSTRY CO., LTD.: "Organization Established Date 21 Jun 2019"
        assert attributes(sdn, 52264, "organization_established_date") == [
            ("21 Jun 2019", "day", D(2019, 6, 21), D(2019, 6, 21))
        ]

    def test_wallet_addresses_of_the_2026_supplement(self, sdn):
        assert attributes(sdn, 55065, "digital_currency_address") == [
            ("1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "XBT", None, None)
        ]
        # 57034 YUN, Song Guk: two ETH addresses, the second an "alt." item.
        assert {value for value, *_ in attributes(sdn, 57034, "digital_currency_address")} == {
            "0xb637f84b66876ebf609c2a4208905f9ddac9d075",
            "0x95584C303FCd48AF5c6B9873015f2AD0ca84EaE3",
        }

    def test_weak_aliases_are_names(self, sdn):
        # moov-io/watchman#450: a weak a.k.a. kept only in the Remarks was never found by screening.
        # 306 BANCO NACIONAL DE CUBA: "a.k.a. 'BNC'."
        assert names(sdn, 306, "weak_aka") == ["BNC"]
        # 51330 RI, Chang Ho: "a.k.a. 'LEE, Chang Ho'; a.k.a. 'RHEE, Chang Ho'" split like any person name
        weak = sdn.names.filter(pl.col("entity_id") == "ofac-sdn:51330", pl.col("kind") == "weak_aka")
        assert weak.select("name", "family_name", "given_name", "name_id").rows() == [
            ("LEE, Chang Ho", "LEE", "Chang Ho", "ofac-sdn:51330/remarks-aka:0"),
            ("RHEE, Chang Ho", "RHEE", "Chang Ho", "ofac-sdn:51330/remarks-aka:1"),
        ]

    def test_overflow_remarks_are_joined(self, sdn):
        # 27307's remark is cut mid-alias ("a.k.a. 'WHOIS HACKIN"); sdn_comments.csv holds the rest.
        weak = names(sdn, 27307, "weak_aka")
        assert "WHOIS HACKING TEAM" in weak and "APPLEWORM" in weak
        # 28263: cut in "a.k.a. 'snowsjo" + "hn'; Linked To: LAZARUS GROUP."
        assert "snowsjohn" in names(sdn, 28263, "weak_aka")
        assert attributes(sdn, 28263, "linked_to") == [("LAZARUS GROUP", None, None, None)]


@needs_data
def test_wallets_of_every_currency_match_the_published_address_lists(sdn):
    """Every address read from the 2024-05-03 Remarks is in the per-currency address files that a
    third party derived from OFAC's XML (2024-09-27): an independent check of item and overflow
    parsing, currency by currency."""
    listed_2024 = sdn.entities.filter(pl.col("published") == D(2024, 5, 3)).select("entity_id")
    wallets = sdn.attributes.filter(pl.col("kind") == "digital_currency_address").join(listed_2024, on="entity_id")
    published = {
        path.stem.removeprefix("sanctioned_addresses_"): set(path.read_text().split())
        for path in (OFAC / "digital-currency-addresses-2024-09-27").glob("sanctioned_addresses_*.txt")
    }
    currencies = set(wallets["detail"])
    assert {"XBT", "ETH", "USDT", "XMR", "LTC", "ZEC", "DASH", "BCH", "TRX"} <= currencies
    for currency in currencies:
        ours = set(wallets.filter(pl.col("detail") == currency)["value"])
        assert ours <= published[currency], currency
    assert wallets.height == 601


class TestItems:
    """Item shapes on hand-written strings: the separators and punctuation OFAC uses."""

    def test_items_split_on_semicolons_with_or_without_space(self):
        parsed = parse_remarks("nationality possibly Palestinian;arrested 23 Apr 2002.")
        assert [(a.kind, a.value) for a in parsed.attributes] == [("nationality", "possibly Palestinian")]

    def test_weak_alias_keeps_inner_apostrophes(self):
        parsed = parse_remarks("a.k.a. 'MERA'I'; f.k.a. 'OLD NAME'; a.k.a. 'ABU-'UMAR'.")
        assert parsed.weak_aliases == ["MERA'I", "OLD NAME", "ABU-'UMAR"]

    def test_cut_items_are_unreadable_not_guessed(self):
        parsed = parse_remarks("DOB 1960; a.k.a. 'WHOIS HACKIN")
        assert parsed.weak_aliases == [] and parsed.unreadable == ["a.k.a. 'WHOIS HACKIN"]
        assert parse_remarks("Digital Currency Address - XBT").unreadable == ["Digital Currency Address - XBT"]

    def test_unknown_items_stay_in_the_text_only(self):
        parsed = parse_remarks("Secondary sanctions risk: section 1(b); Aircraft Model IL-76TD.")
        assert parsed.attributes == [] and parsed.unreadable == []

    def test_longest_label_wins(self):
        parsed = parse_remarks("UK Company Number 01126618 (United Kingdom); National Foreign ID Number 42 (France)")
        assert [(a.kind, a.value, a.detail) for a in parsed.attributes] == [
            ("registration_number", "01126618", "United Kingdom"),
            ("national_id", "42", "France"),
        ]

    def test_linked_to_keeps_its_own_period(self):
        parsed = parse_remarks("Linked To: ABC CO., LTD.; Linked To: XYZ CO., LTD..")
        assert [a.value for a in parsed.attributes] == ["ABC CO., LTD.", "XYZ CO., LTD."]


class TestDates:
    @pytest.mark.parametrize(
        "text, expected",
        [
            ("25 Mar 1978", ("day", (D(1978, 3, 25), D(1978, 3, 25)))),
            ("Feb 1980", ("month", (D(1980, 2, 1), D(1980, 2, 29)))),
            ("1978.", ("year", (D(1978, 1, 1), D(1978, 12, 31)))),
            ("1962 to 1964", ("range", (D(1962, 1, 1), D(1964, 12, 31)))),
            ("01 Jan 1960 to 31 Dec 1962", ("range", (D(1960, 1, 1), D(1962, 12, 31)))),
            ("Mar 1970 to Apr 1971", ("range", (D(1970, 3, 1), D(1971, 4, 30)))),
            ("circa 1970", ("circa", (D(1969, 1, 1), D(1971, 12, 31)))),
            ("circa 29 Feb 1972", ("circa", (D(1971, 2, 28), D(1973, 2, 28)))),
            ("circa 1968-1970", ("circa", (D(1967, 1, 1), D(1971, 12, 31)))),
        ],
    )
    def test_periods(self, text, expected):
        assert parse_date_text(text) == expected

    @pytest.mark.parametrize("text", ["sometime in 1970", "31 Feb 1970", "1970 to 1960", "70"])
    def test_unreadable_dates_raise(self, text):
        with pytest.raises(ValueError):
            parse_date_text(text)

    def test_unreadable_date_item_is_reported_not_dropped_silently(self):
        parsed = parse_remarks("DOB sometime in 1970; POB Freedonia")
        assert parsed.unreadable == ["DOB sometime in 1970"]
        assert [(a.kind, a.value) for a in parsed.attributes] == [("pob", "Freedonia")]
