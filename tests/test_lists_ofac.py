"""OFAC legacy CSV import: file conventions, malformed lines, orphans, precedence, the full lists."""

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from sanctions_screen import InputError, Watchlist

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OFAC = DATA / "ofac"
needs_data = pytest.mark.skipif(not OFAC.is_dir(), reason=f"shared OFAC data not found at {OFAC}")
from ofac_fixture import FIXTURE
EMPTY_COLUMNS = "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- "  # Title .. Vess_owner


def sdn_line(ent_num, name, sdn_type='"individual"', remarks="-0- "):
    return f'{ent_num},"{name}",{sdn_type},"TEST1",{EMPTY_COLUMNS},{remarks}'


def write_set(folder: Path, **files: list[str]) -> Path:
    """An OFAC-style file set: CRLF line ends and a trailing 0x1A, like the published files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (folder / f"{name}.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode() + b"\x1a")
    return folder


class TestFileConventions:
    def test_fixture_is_written_like_ofac(self):
        raw = (FIXTURE / "sdn.csv").read_bytes()
        assert raw.endswith(b"\r\n\x1a") and raw.count(b"\r\n") == 3

    def test_crlf_and_trailing_eof_byte(self):
        watchlist = Watchlist.from_sources(FIXTURE)
        entities = watchlist.entities.sort("entity_id")
        assert entities.select("entity_id", "entity_type", "programs", "published").rows() == [
            ("ofac-sdn:101", "person", ["TEST1", "TEST2"], dt.date(2030, 1, 15)),
            ("ofac-sdn:102", "organization", ["TEST1"], dt.date(2030, 1, 15)),
            ("ofac-sdn:103", "vessel", ["TEST2"], dt.date(2030, 1, 15)),
        ]
        # No field carries a \r or the 0x1A byte.
        text = " ".join(watchlist.names["name"]) + " ".join(watchlist.attributes["value"])
        assert "\r" not in text and "\x1a" not in text

    def test_names_with_family_given_split_for_persons_only(self):
        names = Watchlist.from_sources(FIXTURE).names.sort("name_id")
        assert names.select("name_id", "name", "kind", "family_name", "given_name").rows() == [
            ("ofac-sdn:101/alt:501", "TESTOVA, Ana", "aka", "TESTOVA", "Ana"),
            ("ofac-sdn:101/primary", "TESTOVA, Anna Petrovna", "primary", "TESTOVA", "Anna Petrovna"),
            ("ofac-sdn:101/remarks-aka:0", "ANNA T", "weak_aka", None, None),
            ("ofac-sdn:102/alt:502", "EXAMPLE TRADE HOUSE", "fka", None, None),
            ("ofac-sdn:102/primary", "EXAMPLE TRADING LLC", "primary", None, None),
            ("ofac-sdn:103/primary", "SEA TESTER", "primary", None, None),
        ]

    def test_columns_remarks_and_addresses_become_attributes(self):
        attributes = Watchlist.from_sources(FIXTURE).attributes
        rows = set(attributes.select("entity_id", "kind", "value", "detail").rows())
        assert {
            ("ofac-sdn:101", "passport", "FX123456", "Freedonia"),
            ("ofac-sdn:101", "address_country", "Freedonia", None),
            ("ofac-sdn:102", "digital_currency_address", "1ExampleAddressXXXXXXXXXXXXXXXXX", "XBT"),
            ("ofac-sdn:102", "linked_to", "TESTOVA, Anna Petrovna", None),
            ("ofac-sdn:103", "call_sign", "XYZ123", None),
            ("ofac-sdn:103", "vessel_type", "Crude Oil Tanker", None),
            ("ofac-sdn:103", "vessel_flag", "Freedonia", None),
            ("ofac-sdn:103", "vessel_registration", "IMO 9999999", None),
        } <= rows

    def test_orphan_alias_and_address_rows_are_reported_with_file_and_line(self):
        watchlist = Watchlist.from_sources(FIXTURE)
        issues = watchlist.manifest["issues"]
        assert issues["orphan_alias"] == {"count": 1, "examples": [f"{FIXTURE / 'alt.csv'}:3: no ofac-sdn entry 999"]}
        assert issues["orphan_address"]["examples"] == [f"{FIXTURE / 'add.csv'}:2: no ofac-sdn entry 998"]
        # Neither invented as entries nor crashed on.
        assert watchlist.entities.height == 3 and "NOBODY LISTED" not in watchlist.names["name"].to_list()


class TestMalformedLines:
    def folder(self, tmp_path, line):
        return write_set(tmp_path / "sdn-2030-02-01", sdn=[sdn_line(1, "GOOD, One"), line, sdn_line(3, "GOOD, Three")])

    @pytest.mark.parametrize(
        "line, message",
        [
            ('2,"SHORT, Row","individual"', "expected 12 fields, found 3"),
            ('2,"BAD "QUOTE", Row","individual",' + "-0- ," * 8 + "-0- ", "bad CSV quoting"),
            (sdn_line("X2", "NOT, Numbered"), "column 'ent_num'"),
        ],
    )
    def test_malformed_line_fails_naming_file_and_line(self, tmp_path, line, message):
        folder = self.folder(tmp_path, line)
        with pytest.raises(InputError) as error:
            Watchlist.from_sources(folder)
        assert str(error.value).startswith(f"{folder / 'sdn.csv'}, line 2")
        assert message in str(error.value) and "--lenient" in str(error.value)

    def test_lenient_skips_and_reports(self, tmp_path):
        folder = self.folder(tmp_path, '2,"SHORT, Row","individual"')
        watchlist = Watchlist.from_sources(folder, lenient=True)
        assert sorted(watchlist.entities["entity_id"]) == ["ofac-sdn:1", "ofac-sdn:3"]
        issue = watchlist.manifest["issues"]["malformed_line"]
        assert issue["count"] == 1 and issue["examples"][0].startswith(f"{folder / 'sdn.csv'}:2: expected 12 fields")
        assert watchlist.manifest["lenient"] is True

    def test_bytes_that_are_not_utf8_name_their_line(self, tmp_path):
        folder = write_set(tmp_path / "x", sdn=[sdn_line(1, "GOOD, One")])
        (folder / "sdn.csv").write_bytes(f"{sdn_line(1, 'GOOD, One')}\r\n{sdn_line(2, 'BAD, X')}\r\n".encode().replace(b"BAD", b"B\xe4D"))
        with pytest.raises(InputError, match=r"sdn\.csv, line 2: not UTF-8"):
            Watchlist.from_sources(folder)

    def test_unknown_types_are_reported_and_kept(self, tmp_path):
        folder = write_set(
            tmp_path / "sdn-2030-02-01",
            sdn=[sdn_line(1, "ODD THING", sdn_type='"spaceship"')],
            alt=['1,10,"xyz","ODD ALIAS",-0- '],
        )
        watchlist = Watchlist.from_sources(folder)
        assert watchlist.entities["entity_type"].to_list() == [None]
        assert watchlist.names.filter(pl.col("name") == "ODD ALIAS")["kind"].to_list() == ["aka"]
        issues = watchlist.manifest["issues"]
        assert issues["unknown_entity_type"]["examples"] == [f"{folder / 'sdn.csv'}:1: SDN_Type 'spaceship' of entry 1"]
        assert issues["unknown_alias_type"]["count"] == 1


class TestPrecedence:
    def test_newer_primary_file_wins_per_entry(self, tmp_path):
        old = write_set(tmp_path / "sdn-2024-05-03", sdn=[sdn_line(1, "OLD, Name"), sdn_line(2, "ONLY, Old")])
        new = write_set(tmp_path / "sdn-2026-dprk-supplement", sdn=[sdn_line(1, "NEW, Name")])
        for order in ([old, new], [new, old]):  # the date decides, not the order given
            watchlist = Watchlist.from_sources(order)
            primary = dict(watchlist.names.filter(pl.col("kind") == "primary").select("entity_id", "name").rows())
            assert primary == {"ofac-sdn:1": "NEW, Name", "ofac-sdn:2": "ONLY, Old"}
            published = dict(watchlist.entities.select("entity_id", "published").rows())
            # "2026" names a year only: the published column holds full dates, so null.
            assert published == {"ofac-sdn:1": None, "ofac-sdn:2": dt.date(2024, 5, 3)}
            superseded = {s["published"]: s["superseded"] for s in watchlist.manifest["sources"]}
            assert superseded == {"2024-05-03": 1, "2026": 0}

    def test_newest_alias_file_covering_an_entry_gives_all_its_aliases(self, tmp_path):
        primary = write_set(tmp_path / "sdn-2024-05-03", sdn=[sdn_line(1, "ONE, A"), sdn_line(2, "TWO, B")])
        old = write_set(tmp_path / "alt-add-2025-02-27", alt=['1,11,"aka","OLD ALIAS ONE",-0- ', '2,21,"aka","KEPT ALIAS TWO",-0- '])
        new = write_set(tmp_path / "alt-add-2026-06-02", alt=['1,12,"aka","NEW ALIAS ONE",-0- '])
        watchlist = Watchlist.from_sources([primary, new, old])
        aliases = sorted(watchlist.names.filter(pl.col("kind") == "aka").select("entity_id", "name").rows())
        assert aliases == [("ofac-sdn:1", "NEW ALIAS ONE"), ("ofac-sdn:2", "KEPT ALIAS TWO")]


class TestRemarksOverflow:
    def test_overflow_joins_a_remark_cut_at_1000_characters(self, tmp_path):
        prefix, tail = "DOB 1970; Secondary sanctions risk: ", "; a.k.a. 'CUT HE"
        cut = prefix + "x" * (1000 - len(prefix) - len(tail)) + tail
        folder = write_set(
            tmp_path / "sdn-2030-01-01",
            sdn=[sdn_line(1, "LONG, Remark", remarks=f'"{cut}"'), sdn_line(2, "SHORT, Remark", remarks='"DOB 1980."')],
            sdn_comments=["1,\"RE NAME'; Linked To: SOMEONE.\"", '2,"stray overflow"', '7,"orphan overflow"'],
        )
        watchlist = Watchlist.from_sources(folder)
        assert watchlist.names.filter(pl.col("kind") == "weak_aka")["name"].to_list() == ["CUT HERE NAME"]
        assert watchlist.entities.filter(pl.col("entity_id") == "ofac-sdn:1")["remarks"][0].endswith("Linked To: SOMEONE.")
        issues = watchlist.manifest["issues"]
        assert issues["unmatched_comment"]["examples"] == [
            f"{folder / 'sdn_comments.csv'}:2: entry 2's remarks are not cut at 1000 characters"
        ]
        assert issues["orphan_comment"]["examples"] == [f"{folder / 'sdn_comments.csv'}:3: no ofac-sdn entry 7"]


@pytest.fixture(scope="module")
def sdn_2024():
    return Watchlist.from_sources([OFAC / "sdn-2024-05-03", OFAC / "alt-add-2025-02-27"])


@needs_data
class TestPublishedLists:
    def test_entity_counts_by_type(self, sdn_2024):
        # ../shared/data/README.md: 14,965 = 6,854 individuals, 6,884 entities, 851 vessels, 376 aircraft
        counts = sdn_2024.manifest["counts"]["entities_by_source"]
        assert counts == {"ofac-sdn": {"aircraft": 376, "organization": 6884, "person": 6854, "vessel": 851}}
        assert sdn_2024.entities.height == 14965

    def test_dprk_programs_and_wallet_holders(self, sdn_2024):
        dprk = sdn_2024.entities.filter(pl.col("programs").list.eval(pl.element().str.starts_with("DPRK")).list.any())
        assert dprk.height == 484
        wallets = sdn_2024.attributes.filter(pl.col("kind") == "digital_currency_address")
        assert wallets["entity_id"].n_unique() == 55

    def test_names_in_hebrew_script_find_the_designated_settlers(self, sdn_2024):
        # EO 14115 designees as Israeli records write their names; each its own entry, nothing else.
        hebrew = {"ינון לוי": "LEVI, Yinon", "משה שרביט": "SHARVIT, Moshe", "בן ציון גופשטיין": "GOPSTEIN, Ben-Zion",
                  "דוד חי חסדאי": "CHASDAI, David Chai", "צבי בר יוסף": "BAR YOSEF, Zvi", "עינן טנג׳יל": "TANJIL, Einan"}
        hits = sdn_2024.matcher().screen(pl.Series(list(hebrew)), pl.Series(["person"] * len(hebrew)))
        primary = sdn_2024.names.filter(pl.col("kind") == "primary").select("entity_id", pl.col("name").alias("primary"))
        found = hits.join(primary, on="entity_id").group_by("query_row").agg("primary").sort("query_row")
        assert found["primary"].to_list() == [[name] for name in hebrew.values()]

    def test_weak_aliases(self, sdn_2024):
        weak = sdn_2024.names.filter(pl.col("kind") == "weak_aka")
        assert weak.height > 3000
        assert "BNC" in weak.filter(pl.col("entity_id") == "ofac-sdn:306")["name"].to_list()

    def test_orphan_aliases_reported(self, sdn_2024):
        orphans = sdn_2024.manifest["issues"]["orphan_alias"]
        # alias rows of the 2025 file for entries that the 2024 list does not hold
        assert orphans["count"] == 1468
        assert orphans["examples"][0] == f"{OFAC / 'alt-add-2025-02-27' / 'alt.csv'}:5936: no ofac-sdn entry 17016"

    def test_2026_supplement_and_aliases_bring_the_2025_designations(self):
        watchlist = Watchlist.from_sources(
            [OFAC / "sdn-2024-05-03", OFAC / "alt-add-2025-02-27", OFAC / "sdn-2026-dprk-supplement", OFAC / "alt-add-2026-06-02"]
        )
        assert watchlist.entities.height == 14965 + 53
        names = watchlist.names.filter(pl.col("entity_id") == "ofac-sdn:54763")
        assert names.select("name", "kind", "family_name", "given_name").rows() == [
            ("KIM, Se Un", "primary", "KIM", "Se Un"),
            ("KIM, Se-u'n", "aka", "KIM", "Se-u'n"),
        ]
        sobaeksu = watchlist.names.filter(pl.col("entity_id") == "ofac-sdn:54764")["name"].to_list()
        assert {"KOREA SOBAEKSU TRADING CORPORATION", "KOREA SOBAEKSU UNITED CORPORATION", "SOBAEKSU UNITED CORP."} <= set(sobaeksu)
        for ent_num, alias in ((54800, "CHO, Kyo'ng-hun"), (55064, "KIM, U'ng-sun")):
            assert alias in watchlist.names.filter(pl.col("entity_id") == f"ofac-sdn:{ent_num}")["name"].to_list()
        # Three of the network are NPWMD, not a DPRK program: the programs are kept as published.
        programs = dict(watchlist.entities.select("entity_id", "programs").rows())
        assert programs["ofac-sdn:54763"] == ["NPWMD"] and programs["ofac-sdn:55064"] == ["DPRK2"]

    def test_consolidated_list(self):
        watchlist = Watchlist.from_sources(OFAC / "consolidated-2025-12-19")
        assert watchlist.entities.height == 442
        assert set(watchlist.entities["source"]) == {"ofac-cons"}
        assert watchlist.names.filter(pl.col("kind").is_in(["aka", "fka"])).height == 1073
        assert "orphan_alias" not in watchlist.manifest["issues"]
