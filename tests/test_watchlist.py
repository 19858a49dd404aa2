"""The Watchlist API: save/load round trip, the embedded demo, from_names, errors."""

import datetime as dt
import json

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import sanctions_screen
from sanctions_screen import InputError, Watchlist, WatchlistError

from ofac_fixture import FIXTURE


@pytest.fixture
def watchlist():
    return Watchlist.from_sources(FIXTURE)


class TestSaveLoad:
    def test_round_trip(self, watchlist, tmp_path):
        folder = watchlist.save(tmp_path / "wl")
        assert sorted(p.name for p in folder.iterdir()) == [
            "attributes.parquet", "entities.parquet", "manifest.json", "names.parquet",
        ]  # fmt: skip
        loaded = Watchlist.load(folder)
        for table in ("entities", "names", "attributes"):
            assert_frame_equal(getattr(loaded, table), getattr(watchlist, table))
        assert loaded.manifest == watchlist.manifest
        assert loaded.version == watchlist.version

    def test_manifest(self, watchlist):
        manifest = watchlist.manifest
        assert manifest["schema_version"] == 1
        assert [(s["path"], s["part"], s["published"], s["rows"]) for s in manifest["sources"]] == [
            (str(FIXTURE / "add.csv"), "address", "2030-01-15", 2),
            (str(FIXTURE / "alt.csv"), "alias", "2030-01-15", 3),
            (str(FIXTURE / "sdn.csv"), "primary", "2030-01-15", 3),
        ]
        assert all(len(s["sha256"]) == 64 for s in manifest["sources"])
        assert manifest["counts"]["names_by_kind"] == {"aka": 1, "fka": 1, "primary": 3, "weak_aka": 1}
        assert dt.datetime.fromisoformat(manifest["created_at"]).tzinfo is not None

    def test_version_follows_content_only(self, watchlist, tmp_path):
        copy = tmp_path / "copy-2030-01-15"
        copy.mkdir()
        for name in ("sdn.csv", "alt.csv", "add.csv"):
            (copy / name).write_bytes((FIXTURE / name).read_bytes())
        assert Watchlist.from_sources(copy).version == watchlist.version
        (copy / "alt.csv").write_bytes((FIXTURE / "alt.csv").read_bytes().replace(b"TESTOVA, Ana", b"TESTOVA, Anya"))
        assert Watchlist.from_sources(copy).version != watchlist.version

    def test_save_replaces_a_watchlist_and_leaves_nothing_behind(self, watchlist, tmp_path):
        target = tmp_path / "wl"
        Watchlist.from_names(pl.DataFrame({"entity_id": ["x"], "name": ["OLD"]})).save(target)
        watchlist.save(target)
        assert Watchlist.load(target).version == watchlist.version
        assert [p.name for p in tmp_path.iterdir()] == ["wl"]

    def test_save_never_replaces_other_folders(self, watchlist, tmp_path):
        (tmp_path / "docs").mkdir()
        (tmp_path / "docs" / "keep.txt").write_text("mine")
        with pytest.raises(WatchlistError, match="exists and is not a watchlist folder"):
            watchlist.save(tmp_path / "docs")
        assert (tmp_path / "docs" / "keep.txt").read_text() == "mine"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["docs"]

    def test_missing_folder_says_how_to_get_one(self, tmp_path):
        with pytest.raises(WatchlistError) as error:
            Watchlist.load(tmp_path / "nowhere")
        assert "lists import SOURCE... --out DIR" in str(error.value) and "--list demo" in str(error.value)

    def test_unknown_schema_version(self, watchlist, tmp_path):
        folder = watchlist.save(tmp_path / "wl")
        manifest = json.loads((folder / "manifest.json").read_text())
        (folder / "manifest.json").write_text(json.dumps(dict(manifest, schema_version=99)))
        with pytest.raises(WatchlistError, match="schema version 99.*lists import"):
            Watchlist.load(folder)

    def test_missing_table(self, watchlist, tmp_path):
        folder = watchlist.save(tmp_path / "wl")
        (folder / "names.parquet").unlink()
        with pytest.raises(WatchlistError, match="names.parquet: unreadable watchlist table"):
            Watchlist.load(folder)


class TestDemo:
    def test_demo_is_labelled_and_complete(self):
        demo = Watchlist.load("demo")
        assert demo.is_demo and "Not for compliance use" in demo.manifest["notice"]
        assert demo.entities.height == 9 and set(demo.entities["source"]) == {"demo"}
        assert demo.manifest["counts"]["entities_by_source"] == {"demo": {"organization": 4, "person": 5}}

    def test_demo_entries(self):
        demo = Watchlist.load("demo")
        kim = demo.names.filter(pl.col("entity_id") == "demo:kim-se-un")
        assert kim.select("name", "kind", "family_name", "given_name").rows() == [
            ("KIM, Se Un", "primary", "KIM", "Se Un"),
            ("KIM, Se-u'n", "aka", "KIM", "Se-u'n"),
        ]
        programs = dict(demo.entities.select("entity_id", "programs").rows())
        assert programs["demo:kim-se-un"] == ["NPWMD"] and programs["demo:myong-chol-min"] == ["DPRK4"]
        attributes = set(demo.attributes.select("entity_id", "kind", "value", "detail", "date_from").rows())
        assert ("demo:kim-se-un", "dob", "25 Mar 1978", "day", dt.date(1978, 3, 25)) in attributes
        assert ("demo:andreyev-vitaliy-sergeyevich", "digital_currency_address",
                "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "XBT", None) in attributes  # fmt: skip
        assert demo.names.filter(pl.col("kind") == "original_script").height == 0

    def test_demo_saves_like_any_watchlist(self, tmp_path):
        demo = Watchlist.load("demo")
        assert Watchlist.load(demo.save(tmp_path / "demo-copy")).is_demo


class TestFromNames:
    def test_plain_frame(self):
        frame = pl.DataFrame(
            {"entity_id": ["a", "b", "a"], "name": ["ACME", "DOE, Jane", "ACME LTD"], "entity_type": ["organization", "person", None]}
        )
        watchlist = Watchlist.from_names(frame)
        assert watchlist.entities.select("entity_id", "source", "entity_type").rows() == [
            ("a", "custom", "organization"),
            ("b", "custom", "person"),
        ]
        assert watchlist.names.select("name_id", "kind").rows() == [("a/primary", "primary"), ("b/primary", "primary"), ("a/name:1", "aka")]
        assert watchlist.attributes.height == 0

    def test_entity_type_is_optional(self):
        watchlist = Watchlist.from_names(pl.DataFrame({"entity_id": ["x"], "name": ["SOMEONE"]}))
        assert watchlist.entities["entity_type"].to_list() == [None]

    def test_bad_frames(self):
        with pytest.raises(InputError, match="missing column"):
            Watchlist.from_names(pl.DataFrame({"id": ["x"], "name": ["SOMEONE"]}))
        with pytest.raises(InputError, match=r"line 2, column 'name': empty name"):
            Watchlist.from_names(pl.DataFrame({"entity_id": ["x", "y"], "name": ["SOMEONE", None]}))


def test_constructor_checks_the_schema(watchlist):
    with pytest.raises(WatchlistError, match="names: columns"):
        Watchlist(watchlist.entities, watchlist.names.drop("name_id"), watchlist.attributes, watchlist.manifest)
    with pytest.raises(WatchlistError, match="names: rows for an entity_id that is not in entities"):
        Watchlist(watchlist.entities.head(1), watchlist.names, watchlist.attributes.head(0), watchlist.manifest)


def test_exported_from_the_package():
    assert sanctions_screen.Watchlist is Watchlist and "Watchlist" in sanctions_screen.__all__
