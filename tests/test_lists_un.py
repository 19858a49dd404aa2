"""UN Security Council consolidated XML import."""

import datetime as dt
import unicodedata
from pathlib import Path

import polars as pl
import pytest

from sanctions_screen import InputError, Watchlist

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
UN_XML = DATA / "un" / "UN_consolidated.xml"
needs_data = pytest.mark.skipif(not UN_XML.is_file(), reason=f"shared UN list not found at {UN_XML}")
D = dt.date

# A hand-written list in the UN's layout; the names are invented.
SMALL_LIST = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2030-03-04T00:00:00Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <FIRST_NAME>PAK</FIRST_NAME>
      <SECOND_NAME>TEST SON</SECOND_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER>
      <NAME_ORIGINAL_SCRIPT>Пак Тест Сон</NAME_ORIGINAL_SCRIPT>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Pak Test-son</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Tester</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1966</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1967</FROM_YEAR><TO_YEAR>1969</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Testville</CITY><COUNTRY>Freedonia</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>836 0001</NUMBER><ISSUING_COUNTRY>Freedonia</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <FIRST_NAME>TEST TRADING CORPORATION</FIRST_NAME>
      <UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
      <REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER>
      <ENTITY_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>OLD TEST TRADING</ALIAS_NAME></ENTITY_ALIAS>
      <ENTITY_ADDRESS><CITY>Testville</CITY><COUNTRY>Freedonia</COUNTRY></ENTITY_ADDRESS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>
"""


def write(tmp_path, text, name="un.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


class TestSmallList:
    def test_entities_names_and_attributes(self, tmp_path):
        watchlist = Watchlist.from_sources(write(tmp_path, SMALL_LIST))
        assert watchlist.entities.select("entity_id", "source", "entity_type", "programs", "published").rows() == [
            ("un:KPi.900", "un", "person", ["DPRK"], D(2030, 3, 4)),
            ("un:KPe.900", "un", "organization", ["DPRK"], D(2030, 3, 4)),
        ]
        assert watchlist.names.select("name_id", "name", "kind", "family_name").rows() == [
            ("un:KPi.900/primary", "PAK TEST SON", "primary", None),
            ("un:KPi.900/original-script:0", "Пак Тест Сон", "original_script", None),
            ("un:KPi.900/alias:0", "Pak Test-son", "aka", None),
            ("un:KPi.900/alias:1", "Tester", "weak_aka", None),
            ("un:KPe.900/primary", "TEST TRADING CORPORATION", "primary", None),
            ("un:KPe.900/alias:0", "OLD TEST TRADING", "fka", None),
        ]
        assert watchlist.attributes.select("entity_id", "kind", "value", "detail", "date_from", "date_to").rows() == [
            ("un:KPi.900", "dob", "circa 1966", "circa", D(1965, 1, 1), D(1967, 12, 31)),
            ("un:KPi.900", "dob", "1967 to 1969", "range", D(1967, 1, 1), D(1969, 12, 31)),
            ("un:KPi.900", "pob", "Testville, Freedonia", None, None, None),
            ("un:KPi.900", "passport", "836 0001", "Freedonia", None, None),
            ("un:KPe.900", "address_country", "Freedonia", None, None, None),
        ]

    def test_malformed_xml_names_line_and_column(self, tmp_path):
        path = write(tmp_path, SMALL_LIST.replace("<SECOND_NAME>TEST SON</SECOND_NAME>", "<SECOND_NAME>TEST SON</SECOND>"))
        with pytest.raises(InputError, match=rf"^{path}, line 6, column 30: malformed XML: mismatched tag"):
            Watchlist.from_sources(path, lenient=True)  # no line to skip in a tree: fails even when lenient

    def test_record_without_reference_number(self, tmp_path):
        path = write(tmp_path, SMALL_LIST.replace("<REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER>", ""))
        with pytest.raises(InputError, match=rf"^{path}, line 20, column 'REFERENCE_NUMBER': ENTITY without"):
            Watchlist.from_sources(path)
        watchlist = Watchlist.from_sources(path, lenient=True)
        assert watchlist.entities["entity_id"].to_list() == ["un:KPi.900"]
        assert watchlist.manifest["issues"]["malformed_line"]["count"] == 1

    def test_newest_edition_wins(self, tmp_path):
        old = write(tmp_path, SMALL_LIST.replace("2030-03-04", "2029-01-01"), "old.xml")
        new = write(tmp_path, SMALL_LIST.replace("PAK</FIRST_NAME>", "PARK</FIRST_NAME>"), "new.xml")
        watchlist = Watchlist.from_sources([new, old])
        assert watchlist.entities.height == 2
        assert "PARK TEST SON" in watchlist.names["name"].to_list()
        assert [s["superseded"] for s in watchlist.manifest["sources"]] == [0, 2]


@pytest.fixture(scope="module")
def un():
    return Watchlist.from_sources(UN_XML)


@needs_data
class TestPublishedList:
    def test_counts(self, un):
        # ../shared/data/README.md: 1,003 = 730 individuals, 273 entities; 155 DPRK
        assert un.manifest["counts"]["entities_by_source"] == {"un": {"organization": 273, "person": 730}}
        assert un.entities.filter(pl.col("programs").list.contains("DPRK")).height == 155
        assert set(un.entities["published"]) == {D(2026, 2, 27)}  # dateGenerated
        assert un.manifest["issues"] == {}

    def test_original_script_names(self, un):
        scripts = [
            unicodedata.name(next(c for c in name if c.isalpha())).split()[0]
            for name in un.names.filter(pl.col("kind") == "original_script")["name"]
        ]
        # README: Arabic for 366 and Cyrillic for 11 entries
        assert scripts.count("ARABIC") == 366 and scripts.count("CYRILLIC") == 11

    def test_a_dprk_entry(self, un):
        names = un.names.filter(pl.col("entity_id") == "un:KPi.066").select("name", "kind").rows()
        assert names == [("KIM JONG SIK", "primary"), ("Kim Cho’ng-sik", "aka")]
        dob = un.attributes.filter(pl.col("entity_id") == "un:KPi.066", pl.col("kind") == "dob")
        assert dob.select("value", "detail", "date_from", "date_to").rows() == [
            ("1967 to 1969", "range", D(1967, 1, 1), D(1969, 12, 31))
        ]
