"""Screening settings from TOML and options, and the per-entity threshold rule (config.py)."""

import polars as pl
import pytest

from sanctions_screen.config import DEFAULT_BATCH_SIZE, Config, load_config
from sanctions_screen.errors import InputError, InvalidArgumentError
from sanctions_screen.matcher import DEFAULT_THRESHOLD, DEFAULT_TOP_K

FULL = """
top_k = 3
batch_size = 50000

[thresholds]
global = 0.9
lists = { "ofac-sdn" = 0.85, un = 0.95 }
programs = { DPRK3 = 0.7, NPWMD = 0.75 }
"""


def write(tmp_path, text):
    path = tmp_path / "screen.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_full_file(tmp_path):
    config = load_config(write(tmp_path, FULL))
    assert config == Config(
        threshold=0.9,
        list_thresholds={"ofac-sdn": 0.85, "un": 0.95},
        program_thresholds={"DPRK3": 0.7, "NPWMD": 0.75},
        top_k=3,
        batch_size=50_000,
    )
    assert config.lowest_threshold == 0.7


def test_empty_file_is_the_defaults(tmp_path):
    config = load_config(write(tmp_path, ""))
    assert (config.threshold, config.top_k, config.batch_size) == (DEFAULT_THRESHOLD, DEFAULT_TOP_K, DEFAULT_BATCH_SIZE)
    assert config.list_thresholds == config.program_thresholds == {}


def test_options_override_and_merge():
    base = Config(threshold=0.9, list_thresholds={"un": 0.95, "ofac-sdn": 0.85}, program_thresholds={"DPRK3": 0.7})
    config = base.override(threshold=0.8, list_thresholds={"un": 0.6}, top_k=2, batch_size=10)
    assert config.threshold == 0.8
    assert config.list_thresholds == {"un": 0.6, "ofac-sdn": 0.85}
    assert config.program_thresholds == {"DPRK3": 0.7}
    assert (config.top_k, config.batch_size) == (2, 10)
    assert base.override() == base


def test_hash_depends_on_content_only():
    first = Config(list_thresholds={"un": 0.9, "ofac-sdn": 0.8})
    second = Config(list_thresholds={"ofac-sdn": 0.8, "un": 0.9})
    assert first.hash == second.hash
    assert first.hash.startswith("sha256:") and len(first.hash) == len("sha256:") + 64
    assert first.override(threshold=0.81).hash != first.hash


def test_entity_threshold_rule():
    entities = pl.DataFrame(
        {
            "entity_id": ["a", "b", "c", "d", "e"],
            "source": ["ofac-sdn", "ofac-sdn", "un", "un", "custom"],
            "programs": [["DPRK3", "NPWMD"], ["SDGT"], ["NPWMD"], [], []],
        }
    )
    config = Config(threshold=0.9, list_thresholds={"ofac-sdn": 0.85, "un": 0.95}, program_thresholds={"DPRK3": 0.7, "NPWMD": 0.75})
    thresholds = dict(config.entity_thresholds(entities).iter_rows())
    # lowest program threshold; the list's when no program has one; the global one otherwise.
    assert thresholds == {"a": 0.7, "b": 0.85, "c": 0.75, "d": 0.95, "e": 0.9}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("threshold = 0.8", "unknown setting 'threshold'"),
        ("[thresholds]\nglobal = 1.5", "thresholds.global must be a number in \\[0, 1\\], got 1.5"),
        ("[thresholds]\nlists = { un = 'high' }", "thresholds.lists.un must be a number"),
        ("[thresholds]\nprogram = { DPRK3 = 0.7 }", "unknown thresholds setting 'program'"),
        ("top_k = 0", "top_k must be a positive integer"),
        ("batch_size = 'big'", "batch_size must be a positive integer"),
        ("top_k = 1\nbatch_size = = 2\n", "not a valid TOML file.*line 2"),
    ],
)
def test_bad_files_name_the_file(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(InputError, match=message) as error:
        load_config(path)
    assert str(error.value).startswith(str(path))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read the config file"):
        load_config(tmp_path / "nope.toml")


def test_bad_option_values():
    with pytest.raises(InvalidArgumentError, match="threshold must be a number"):
        Config().override(threshold=-0.1)
    with pytest.raises(InvalidArgumentError, match="program threshold 'DPRK3'"):
        Config().override(program_thresholds={"DPRK3": 2.0})
