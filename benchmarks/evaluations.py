"""The evaluation harness of the matching core (issue 3 targets): corpora loading, the rule that
picks OFAC's spelling-variant aliases, and the recall, false-alert, speed and baseline measurements.

`matching_report.py` prints the figures and `bench_matching.py` times the hot paths; both import
this module. Functions that only count or select take plain frames and are tested on hand-written
inputs (tests/test_evaluations.py); functions that screen take a built matcher.

Data comes from ../shared/data beside the repository and is never copied into it; `missing_data`
names what is absent so callers can skip with a reason.
"""

from __future__ import annotations

import os
import re
import statistics
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import jellyfish
import numpy as np
import polars as pl
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import JaroWinkler

from sanctions_screen import Watchlist, synth
from sanctions_screen.matcher import Matcher

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# Everything in shared data, as the "whole watchlist": SDN 2024, the 2026 DPRK supplement,
# the 2026 alias/address files, OFAC Consolidated and the UN list.
WATCHLIST_SOURCES = (
    "ofac/sdn-2024-05-03",
    "ofac/sdn-2026-dprk-supplement",
    "ofac/alt-add-2026-06-02",
    "ofac/consolidated-2025-12-19",
    "un/UN_consolidated.xml",
)
KOREAN_PAIRS = "translit/wd_korean_dev.tsv"
TOKEN_PAIRS = {"Russian": "translit/wd_russian_tokens.tsv", "Chinese": "translit/wd_chinese_tokens.tsv"}

# A threshold low enough that the transliteration figures measure ranking, not the threshold.
RANKING_THRESHOLD = 0.5
# Scores are float32: an identical name scores 1 within rounding.
IDENTICAL_SCORE = 0.9995
CATEGORIES = ("Korean", "Cyrillic-origin", "Chinese", "Arabic-origin", "other")


def missing_data(*relative: str) -> str | None:
    """Why the evaluation cannot run (a path under DATA that is absent), or None."""
    for path in relative:
        if not (DATA / path).exists():
            return f"{DATA / path} not found: the evaluation reads the shared data beside the repository"
    return None


def load_watchlist() -> Watchlist:
    return Watchlist.from_sources([DATA / path for path in WATCHLIST_SOURCES])


# --- Korean persons of the Wikidata pairs -----------------------------------------------------------

# The most common Korean surnames in Hangul (Statistics Korea census order, from general knowledge),
# with the North Korean spellings that keep the initial ㄹ/ㄴ (리 for 이, 류 for 유, 로 for 노 ...).
# Two-syllable surnames (남궁, 황보, 제갈, 선우, 독고) start with one of these syllables.
KOREAN_SURNAMES_HANGUL = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 "
    "성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 "
    "반 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 독 "
    "리 림 류 로 량 라 렴 려 룡".split()
)  # 왕 (Wang) is left out: in these labels it is nearly always a Chinese person.
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# Syllables that Sino-Korean readings (the syllables of Korean given names) lack, and Korean uses to
# write Chinese and Western names (마오쩌둥, 류궈량, 천슈주): a tense initial (ㄲ ㄸ ㅃ ㅆ ㅉ), ㅅ ㅈ ㅊ
# before a y-vowel (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ), or ㅝ without a final. Indexes into the 19 initials and 21
# vowels of the Unicode Hangul syllable block.
_TENSE_INITIALS = frozenset((1, 4, 8, 10, 13))
_PALATAL_INITIALS, _Y_VOWELS, _WO = frozenset((9, 12, 14)), frozenset((2, 3, 6, 7, 12, 17)), 14
# Letters and syllables that Hanyu Pinyin, Wade-Giles or Cantonese spellings write and Korean
# romanizations (RR, McCune-Reischauer, the usual personal spellings) do not: they mark a Chinese
# person whose name Korean writes in its own Hanja reading (Liu Bushi 유불식, Zhou Mi 조미).
_CHINESE_SPELLING = re.compile(r"x|q|z|^c(?!h)|ts|hs|ao|au|uo|iu|ie|ian|uan|ing|eng|ei|ue|en$|^he$")
# Words of titles and descriptions ("Empress Gwon", "Samuel of Bulgaria"), not of a romanized name.
_NOT_NAME_WORDS = frozenset("king queen prince princess empress emperor consort lady lord grand saint of the".split())
# Romanized Korean is ASCII but for McCune-Reischauer's breves; other marks (Trần) are other languages.
_ROMANIZATION_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzŏŭ")


def _sino_korean_syllable(syllable: str) -> bool:
    initial, rest = divmod(ord(syllable) - _HANGUL_FIRST, 21 * 28)
    vowel, final = divmod(rest, 28)
    return not (
        initial in _TENSE_INITIALS
        or (initial in _PALATAL_INITIALS and vowel in _Y_VOWELS)
        or (vowel == _WO and final == 0)
    )


def is_korean_person(english: str, hangul: str) -> bool:
    """A Wikidata pair written the way Korean persons' names are: the Hangul label is 2-4 syllables
    without spaces, starting with a common surname, all of them possible Sino-Korean syllables; the
    English label is 2-3 tokens of romanization letters (hyphens and apostrophes allowed: "Kim
    Jong-un", "Ri Kyong Suk"), with no title word and no Chinese spelling (`_CHINESE_SPELLING`)."""
    if not 2 <= len(hangul) <= 4 or not all(_HANGUL_FIRST <= ord(c) <= _HANGUL_LAST for c in hangul):
        return False
    if hangul[0] not in KOREAN_SURNAMES_HANGUL or not all(_sino_korean_syllable(c) for c in hangul):
        return False
    tokens = english.casefold().split()
    parts = [part for t in tokens for part in t.replace("'", "-").replace("’", "-").split("-") if part]
    return (
        2 <= len(tokens) <= 3
        and all(set(part) <= _ROMANIZATION_LETTERS for part in parts)
        and not any(t in _NOT_NAME_WORDS for t in tokens)
        and not any(_CHINESE_SPELLING.search(part) for part in parts)
    )


def korean_persons(path: Path) -> pl.DataFrame:
    """The Korean persons (`english`, `hangul`) among the rows of wd_korean_dev.tsv, file order."""
    frame = _read_tsv(path, ["english", "hangul"])
    keep = [is_korean_person(e, h) for e, h in zip(frame["english"], frame["hangul"])]
    return frame.filter(pl.Series(keep, dtype=pl.Boolean))


def token_pairs(path: Path) -> pl.DataFrame:
    """A token file (`latin<TAB>characters separated by spaces<TAB>count`) as `latin`, `native`
    (the characters joined into the token as it is written) and `count`."""
    frame = _read_tsv(path, ["latin", "spelled", "count"])
    return frame.select(
        "latin",
        pl.col("spelled").str.replace_all(" ", "", literal=True).alias("native"),
        pl.col("count").cast(pl.Int64),
    )


def _read_tsv(path: Path, columns: list[str]) -> pl.DataFrame:
    return pl.read_csv(
        path, separator="\t", has_header=False, new_columns=columns, quote_char=None,
        schema_overrides={c: pl.String for c in columns},
    )  # fmt: skip


# --- Top-1 agreement of transliterated queries -----------------------------------------------------


# Hits asked for per query to see every name tied at the best score.
TIE_WINDOW = 10


@dataclass(frozen=True)
class TopOne:
    queries: int
    hits: int  # an accepted name is at the best score (possibly tied with another name)
    sole_hits: int  # every name at the best score is accepted: no other name ties with it
    weighted_rate: float  # `hits` weighted by the pair's corpus count (equal weights when none)

    @property
    def rate(self) -> float:
        return self.hits / self.queries if self.queries else 0.0

    @property
    def sole_rate(self) -> float:
        return self.sole_hits / self.queries if self.queries else 0.0


def accepted_names(queries: Sequence[str], targets: Sequence[str]) -> list[frozenset[str]]:
    """For each (query, target) pair, the names its top-1 hit may have: the targets of every pair
    whose query is the same text. Two people written 김정훈 in Hangul, one romanized Kim Jung-hoon
    and one Kim Jeong-hoon, cannot be told apart from the query, so either name is right for both;
    two people both called "Kim Jong-il" are one name anyway. Whitespace runs count as one space."""
    same: dict[str, set[str]] = {}
    keys = [" ".join(q.split()) for q in queries]
    for key, target in zip(keys, targets, strict=True):
        same.setdefault(key, set()).add(" ".join(target.split()))
    frozen = {key: frozenset(names) for key, names in same.items()}
    return [frozen[key] for key in keys]


def top_one_agreement(best: Sequence[tuple[str, ...]], accepted: Sequence[frozenset[str]], weights=None) -> TopOne:
    """How often an accepted name (`accepted_names`) is among the names at the best score (`best_names`).
    A tie counts as a hit, since the scores cannot prefer either name (한 romanized Han and Hahn
    may score alike); `sole_hits` counts the hits with no other name at that score."""
    pairs = list(zip(best, accepted, strict=True))
    hit = np.array([any(n in a for n in b) for b, a in pairs], dtype=bool)
    sole = sum(bool(b) and all(n in a for n in b) for b, a in pairs)
    w = np.ones(len(hit)) if weights is None else np.asarray(weights, dtype=np.float64)
    weighted = float(w[hit].sum() / w.sum()) if len(hit) else 0.0
    return TopOne(queries=len(hit), hits=int(hit.sum()), sole_hits=sole, weighted_rate=weighted)


def best_names(list_names: Sequence[str], queries: Sequence[str], *, threshold: float, entity_type: str) -> list:
    """For each query, the names at the best score in a list holding `list_names` (one entity per
    distinct name), in rank order: one name, several when they tie, none when nothing reaches
    `threshold`. Ties wider than TIE_WINDOW names are cut there."""
    unique = pl.Series("name", list_names, dtype=pl.String).unique(maintain_order=True)
    frame = pl.DataFrame({"entity_id": pl.int_range(unique.len(), eager=True).cast(pl.String), "name": unique})
    matcher = Watchlist.from_names(frame.with_columns(entity_type=pl.lit(entity_type))).matcher(
        threshold=threshold, top_k=TIE_WINDOW
    )
    queries = pl.Series("name", queries, dtype=pl.String)
    hits = matcher.screen(queries, pl.Series("kind", [entity_type] * queries.len()))
    tied = hits.filter(pl.col("score") == pl.col("score").max().over("query_row"))
    best = dict(tied.group_by("query_row", maintain_order=True).agg("matched_name").iter_rows())
    return [tuple(best.get(row, ())) for row in range(queries.len())]


# --- OFAC aliases that are spelling variants -------------------------------------------------------

_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`´")


def rule_tokens(name: str) -> list[str]:
    """The alias rule's own normalization (kept apart from the matcher under test): compatibility
    forms, no accents, case folded, apostrophes dropped (McCune-Reischauer breves: So'ng -> song),
    every other non-alphanumeric a token break."""
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return "".join(c if c.isalnum() else " " for c in text).split()


def _has_non_latin_letters(text: str) -> bool:
    return any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in text)


# Each voiced/voiceless consonant pair folded to one letter: romanization systems differ on exactly
# this (McCune-Reischauer Pom / Revised Romanization Bom, Che-Son / Je-Son, Taesong / Daesong).
_DEVOICE = (("ch", "c"), ("j", "c"), ("b", "p"), ("d", "t"), ("g", "k"))


def _devoiced(token: str) -> str:
    for spelled, folded in _DEVOICE:
        token = token.replace(spelled, folded)
    return token


def _spelled_alike(a: str, b: str) -> bool:
    """Two tokens that are one name part spelled two ways (Chol/Cheol, Teir/Tair, Choe/Choi,
    Bong/Pong): after devoicing, rapidfuzz ratio >= 80 or the same Metaphone code."""
    a, b = _devoiced(a), _devoiced(b)
    return fuzz.ratio(a, b) >= 80 or jellyfish.metaphone(a) == jellyfish.metaphone(b) != ""


def is_spelling_variant(primary: str, alias: str) -> bool:
    """Whether `alias` is the entity's primary name written differently, not another name.

    - Written in another script (either side holds non-Latin letters) and not the same text: yes,
      a transliteration.
    - Otherwise the alias's tokens (`rule_tokens`) must differ from the primary's as a multiset (a
      reordering or a punctuation change is no spelling variant), and at least half of the alias
      tokens that the primary does not hold verbatim ("novel" tokens) must be spelled alike
      (`_spelled_alike`) to a primary token or two adjacent primary tokens joined (JSC ARGUMENT /
      JSCARGUMENT), alone or joined with the next one or two novel tokens (NAM CHON GANG /
      NAMCHONGANG, ABU-TALEBI / ABOUTALEBI). A nickname, a different company name or a different
      given name has no such counterpart; an alias that only drops or adds words has no novel token.
    """
    if _has_non_latin_letters(primary) or _has_non_latin_letters(alias):
        return rule_tokens(primary) != rule_tokens(alias)
    p, a = rule_tokens(primary), rule_tokens(alias)
    if not a or sorted(p) == sorted(a):
        return False
    held = list(p)
    novel = set()
    for position, token in enumerate(a):
        if token in held:
            held.remove(token)
        else:
            novel.add(position)
    if not novel:  # a shortened form: every alias token is in the primary
        return False
    counterparts = p + [x + y for x, y in zip(p, p[1:])]
    alike: set[int] = set()
    for start in sorted(novel):
        for length in (1, 2, 3):
            span = range(start, start + length)
            if not all(i in novel for i in span):
                break
            joined = "".join(a[i] for i in span)
            # Joined tokens by ratio only: Metaphone drops vowels, so "treiding ooo" would pass.
            same = _spelled_alike if length == 1 else (lambda x, y: fuzz.ratio(_devoiced(x), _devoiced(y)) >= 80)
            if any(same(joined, c) for c in counterparts):
                alike.update(span)
    return 2 * len(alike) >= len(novel)


# Programs, countries and name shapes that say where a name comes from; the first category that
# matches wins, in CATEGORIES order (country and program before name shape).
_KOREAN_PROGRAMS = ("DPRK", "NKSPEA")
_KOREAN_COUNTRIES = ("korea", "dprk")
# Romanized Korean surnames that are not also common Chinese or Western family names.
_KOREAN_SURNAMES_LATIN = frozenset(
    "kim pak park ri rim ryu choe choi jo cho jong jon kang hwang kwon paek baek ryom hyon yun sin shin".split()
)
_CHINESE_PROGRAMS = ("HK-EO13936", "CMIC-EO13959")
_CHINESE_COUNTRIES = ("china", "hong kong", "taiwan", "macau")
# The most common Chinese family names in Hanyu Pinyin, and Cantonese spellings seen in Hong Kong.
_CHINESE_SURNAMES_LATIN = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie "
    "tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye wei su lu ding ren shen yao "
    "zhong qian wong chan cheung leung lau ng chow tsang".split()
)
_CYRILLIC_PROGRAMS = ("RUSSIA", "UKRAINE", "BELARUS", "CAATSA - RUSSIA", "MAGNIT", "BPI-RUSSIA")
_CYRILLIC_COUNTRIES = ("russia", "ukraine", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan", "moldova")
_SLAVIC_SUFFIXES = ("ov", "ova", "ev", "eva", "in", "ina", "sky", "skiy", "skii", "skaya", "vich", "vna", "enko")
_ARABIC_PROGRAMS = (
    "SDGT", "SDT", "FTO", "IRAQ", "SYRIA", "LEBANON", "LIBYA", "YEMEN", "IRAN", "IRGC", "IFSR", "HRIT-IR",
    "HRIT-SY", "AL-QAIDA", "TALIBAN", "HIZBALLAH",
)  # fmt: skip
_ARABIC_COUNTRIES = (
    "syria", "iraq", "iran", "lebanon", "yemen", "saudi arabia", "libya", "egypt", "jordan", "kuwait",
    "qatar", "bahrain", "oman", "united arab emirates", "palestin", "algeria", "tunisia", "morocco",
    "sudan", "afghanistan", "pakistan",
)  # fmt: skip
_ARABIC_TOKENS = frozenset("al el bin ben ibn bint abd abdul abdel abu abou".split())


def category(programs: Sequence[str], countries: Sequence[str], name: str, family_name: str | None) -> str:
    """The name's origin for reporting: Korean, Cyrillic-origin, Chinese, Arabic-origin (names
    written in Arabic script: Arabic, Persian, Pashto, Urdu) or other.

    `programs` are the entity's sanctions programs, `countries` its nationalities and citizenships
    (address countries when it has none), `family_name` the part before the comma of `LAST, First`.
    A category is taken from a program or country first (Korean, Chinese, Cyrillic-origin,
    Arabic-origin, in that order), then from the name's shape (Korean or Chinese surname, Slavic
    surname suffix, Arabic particle)."""
    programs = [p.upper() for p in programs]
    countries = [c.lower() for c in countries]
    by_source = (
        ("Korean", _KOREAN_PROGRAMS, _KOREAN_COUNTRIES),
        ("Chinese", _CHINESE_PROGRAMS, _CHINESE_COUNTRIES),
        ("Cyrillic-origin", _CYRILLIC_PROGRAMS, _CYRILLIC_COUNTRIES),
        ("Arabic-origin", _ARABIC_PROGRAMS, _ARABIC_COUNTRIES),
    )
    for label, program_prefixes, country_words in by_source:
        if any(p.startswith(program_prefixes) for p in programs) or any(
            word in c for c in countries for word in country_words
        ):
            return label
    tokens = rule_tokens(name)
    family = rule_tokens(family_name) if family_name else []
    if family and family[0] in _KOREAN_SURNAMES_LATIN:
        return "Korean"
    if family and family[0] in _CHINESE_SURNAMES_LATIN:
        return "Chinese"
    if any(len(t) >= 5 and t.endswith(_SLAVIC_SUFFIXES) for t in family):
        return "Cyrillic-origin"
    if any(t in _ARABIC_TOKENS for t in tokens):
        return "Arabic-origin"
    return "other"


def alias_candidates(watchlist: Watchlist) -> pl.DataFrame:
    """Every strong alias (`aka`) of a person or organization from OFAC's SDN alias file, beside its
    entity's primary name and category: entity_id, name_id, alias, primary, entity_type, category,
    picked (`is_spelling_variant`). Weak a.k.a.s (Remarks), fka and nka are not candidates."""
    names, entities = watchlist.names, watchlist.entities
    primary = names.filter(pl.col("kind") == "primary").select(
        "entity_id", pl.col("name").alias("primary"), pl.col("family_name").alias("primary_family")
    )
    countries = _countries(watchlist.attributes)
    aliases = (
        names.filter((pl.col("kind") == "aka") & pl.col("name_id").str.contains("/alt:", literal=True))
        .join(entities.select("entity_id", "source", "entity_type", "programs"), on="entity_id")
        .filter((pl.col("source") == "ofac-sdn") & pl.col("entity_type").is_in(["person", "organization"]))
        .join(primary, on="entity_id")
        .join(countries, on="entity_id", how="left")
        .sort("name_id")
    )
    rows = aliases.select("primary", "name", "programs", "countries", "primary_family").rows()
    return aliases.select(
        "entity_id",
        "name_id",
        pl.col("name").alias("alias"),
        "primary",
        "entity_type",
        pl.Series("category", [category(prog, ctry or [], pri, fam) for pri, _, prog, ctry, fam in rows]),
        pl.Series("picked", [is_spelling_variant(pri, ali) for pri, ali, *_ in rows], dtype=pl.Boolean),
    )


def _countries(attributes: pl.DataFrame) -> pl.DataFrame:
    """entity_id -> countries: nationalities and citizenships, or address countries without them."""
    listed = attributes.filter(pl.col("kind").is_in(["nationality", "citizenship"]))
    addresses = attributes.filter(pl.col("kind") == "address_country").join(listed, on="entity_id", how="anti")
    return pl.concat([listed, addresses]).group_by("entity_id").agg(pl.col("value").unique().sort().alias("countries"))


def assign_folds(picked: pl.DataFrame, folds: int) -> pl.DataFrame:
    """The picked aliases with a `fold` column: row i (in name_id order) goes to fold i % folds."""
    return picked.sort("name_id").with_columns(fold=pl.int_range(pl.len()) % folds)


def _rule_key(name: str) -> tuple[str, ...]:
    """Names with the same key are the same name for the alias rule (same tokens, any order)."""
    return tuple(sorted(rule_tokens(name)))


def without_aliases(watchlist: Watchlist, removed: pl.DataFrame) -> Watchlist:
    """The watchlist without the `removed` aliases (name_id, alias), and without every other name
    that has the same tokens as one of them (`_rule_key`), whichever entity holds it: OFAC repeats a
    name as a weak a.k.a. or with other punctuation, and OFAC and the UN often list the same party
    twice. A query can then be found only through a name spelled differently."""
    keys = {_rule_key(alias) for alias in removed["alias"]}
    ids = set(removed["name_id"].to_list())
    names = watchlist.names
    drop = [name_id in ids or _rule_key(name) in keys for name, name_id in names.select("name", "name_id").iter_rows()]
    kept = names.filter(~pl.Series(drop, dtype=pl.Boolean))
    return Watchlist(watchlist.entities, kept, watchlist.attributes, watchlist.manifest)


def alias_recall(watchlist: Watchlist, picked: pl.DataFrame, *, folds: int, threshold: float | None = None) -> pl.DataFrame:
    """Screens every picked alias against a watchlist built without its fold's aliases (one build
    per fold). One row per alias: its columns plus found (its entity among the hits), top1 (its
    entity ranked first), score (its entity's score or null), best_name/best_score (the first hit)."""
    results = []
    for fold, group in assign_folds(picked, folds).group_by("fold", maintain_order=True):
        matcher = without_aliases(watchlist, group).matcher(threshold=threshold)
        hits = matcher.screen(group["alias"], group["entity_type"])
        results.append(judge_hits(group, hits))
    return pl.concat(results).sort("name_id")


def judge_hits(queries: pl.DataFrame, hits: pl.DataFrame) -> pl.DataFrame:
    """Per query row: whether its `entity_id` was hit, ranked first, at which score."""
    queries = queries.with_row_index("query_row").with_columns(pl.col("query_row").cast(pl.UInt64))
    first = hits.group_by("query_row", maintain_order=True).first().select(
        "query_row", pl.col("entity_id").alias("best_entity"), pl.col("matched_name").alias("best_name"),
        pl.col("score").alias("best_score"),
    )  # fmt: skip
    own = hits.select("query_row", "entity_id", "score").unique(["query_row", "entity_id"], keep="first")
    judged = queries.join(first, on="query_row", how="left").join(own, on=["query_row", "entity_id"], how="left")
    return judged.select(
        pl.exclude("query_row", "best_entity"),
        pl.col("score").is_not_null().alias("found"),
        (pl.col("best_entity") == pl.col("entity_id")).fill_null(False).alias("top1"),
    )


def recall_by_category(judged: pl.DataFrame, found: str = "found") -> pl.DataFrame:
    """category, aliases, found, recall; plus an `all` row."""
    per = judged.group_by("category").agg(pl.len().alias("aliases"), pl.col(found).sum().alias("found"))
    order = {c: i for i, c in enumerate(CATEGORIES)}
    per = per.sort(pl.col("category").replace_strict(order, default=len(order)))
    total = pl.DataFrame({"category": ["all"], "aliases": [judged.height], "found": [judged[found].sum()]})
    both = pl.concat([per, total.cast(per.schema)])
    return both.with_columns(recall=pl.col("found") / pl.col("aliases"))


# --- The list's own names --------------------------------------------------------------------------

# Enough hits that a name many entities share (`HASSAN, Mohamed`) still lists its own entity.
OWN_NAME_TOP_K = 50


def own_names(watchlist: Watchlist) -> pl.DataFrame:
    """Every list name screened as written, with its entity's type, at the default threshold:
    name_kind, names, found (the names whose own entity is among the hits). A name given exactly
    should find its entity however common its words, but for a weak a.k.a. (a broad name that
    OFAC does not expect screening to alert on alone)."""
    names = _with_entity_types(watchlist, watchlist.names.select("entity_id", "name", pl.col("kind").alias("name_kind")))
    hits = watchlist.matcher(top_k=OWN_NAME_TOP_K).screen(names["name"], names["entity_type"])
    judged = judge_hits(names, hits)
    return (
        judged.group_by("name_kind")
        .agg(pl.len().alias("names"), pl.col("found").sum().alias("found"))
        .sort("name_kind")
    )


def _with_entity_types(watchlist: Watchlist, names: pl.DataFrame) -> pl.DataFrame:
    """`names` (with entity_id) and each one's entity_type."""
    return names.join(watchlist.entities.select("entity_id", "entity_type"), on="entity_id", how="left")


def original_script_split(watchlist: Watchlist) -> tuple[pl.DataFrame, Watchlist]:
    """The original-script names (the UN list's names in Arabic script, and others) as queries
    (entity_id, name, entity_type), and the watchlist without them, where they can find their
    entity only through its Latin names."""
    original = pl.col("kind") == "original_script"
    queries = _with_entity_types(watchlist, watchlist.names.filter(original).select("entity_id", "name"))
    latin = Watchlist(watchlist.entities, watchlist.names.filter(~original), watchlist.attributes, manifest={})
    return queries, latin


def original_script_recall(watchlist: Watchlist) -> pl.DataFrame:
    """`judge_hits` rows (entity_id, name, found, top1 ...) of each original-script name screened,
    with its entity's type, against the Latin names (`original_script_split`)."""
    queries, latin = original_script_split(watchlist)
    hits = latin.matcher(top_k=OWN_NAME_TOP_K).screen(queries["name"], queries["entity_type"])
    return judge_hits(queries, hits)


# --- Clean customers: alert rate and throughput ---------------------------------------------------


@dataclass
class CustomerRun:
    names: int
    runs: list[float]  # wall clock inside `matcher.screen` only, per run
    customers: pl.DataFrame  # name, entity_type, origin
    hits: pl.DataFrame  # the matcher's hits, query_row indexing `customers`

    @property
    def seconds(self) -> float:
        return statistics.median(self.runs)

    @property
    def names_per_second(self) -> float:
        return self.names / self.seconds if self.seconds else float("inf")


def screen_customers(
    new_matcher: Callable[[], Matcher], n: int, *, repeats: int = 1, batch_size: int = 200_000, seed: int = 0
) -> CustomerRun:
    """Screens synth.customers(n) in batches (the names drawn before the clock starts), `repeats`
    times, each on a new matcher (so no run answers from an earlier one's results cache). The time
    is the median run's: this machine's speed changes from one minute to the next. The hits are
    the first run's; every run finds the same."""
    batches = [b.select("name", "entity_type", "origin") for b in synth.iter_customers(n, seed=seed, batch_size=batch_size)]
    runs, hits = [], []
    for _ in range(repeats):
        matcher, seconds, offset = new_matcher(), 0.0, 0
        for batch in batches:
            start = time.perf_counter()
            found = matcher.screen(batch["name"], batch["entity_type"])
            seconds += time.perf_counter() - start
            if not runs:
                hits.append(found.with_columns(pl.col("query_row") + offset))
            offset += batch.height
        runs.append(seconds)
    return CustomerRun(n, runs, pl.concat(batches), pl.concat(hits))


def alerts_per_thousand(queries: int, hits: pl.DataFrame) -> float:
    """Rows with at least one hit, per 1,000 rows screened."""
    return 1000 * hits["query_row"].n_unique() / queries if queries else 0.0


def spelled_differently(hits: pl.DataFrame) -> pl.DataFrame:
    """The hits of rows whose best score is below 1: alerts raised by a name spelled differently
    from the list's, as opposed to a customer who bears a listed name exactly ("Muhammad Ali"),
    whom only a date of birth or a country can clear, not a better matcher."""
    best = hits.group_by("query_row").agg(pl.col("score").max())
    rows = best.filter(pl.col("score") < IDENTICAL_SCORE)["query_row"]
    return hits.filter(pl.col("query_row").is_in(rows.implode()))


ALERT_KINDS = (
    "identical to a list name",
    "every word aligned, spelled otherwise",
    "the list name with parts left out",
    "customer words left unaligned",
)


def alerts_by_kind(queries: int, hits: pl.DataFrame) -> pl.DataFrame:
    """kind, alerts, per_1000: each alerted row by its best hit, read from its explanation's
    `extra:` (customer words unaligned) and `missing:` (list name parts left out). Only a date of
    birth or a country can clear the first kind; the second and third are mostly what the matcher
    is asked to find (`Aleksandr Ivanov` for `IVANOV, Alexander`, a patronymic left out)."""
    best = hits.sort("score", descending=True, maintain_order=True).group_by("query_row").first()
    explanation = pl.col("explanation")
    kind = (
        pl.when(pl.col("score") >= IDENTICAL_SCORE).then(pl.lit(ALERT_KINDS[0]))
        .when(explanation.str.contains("extra: ", literal=True)).then(pl.lit(ALERT_KINDS[3]))
        .when(explanation.str.contains("missing: ", literal=True)).then(pl.lit(ALERT_KINDS[2]))
        .otherwise(pl.lit(ALERT_KINDS[1]))
    )  # fmt: skip
    counts = dict(best.group_by(kind.alias("kind")).len().iter_rows())
    alerts = [counts.get(k, 0) for k in ALERT_KINDS]
    per_1000 = [1000 * a / queries if queries else 0.0 for a in alerts]
    return pl.DataFrame({"kind": ALERT_KINDS, "alerts": alerts, "per_1000": per_1000}, schema_overrides={"alerts": pl.UInt32})


def frequent_alerts(customers: pl.DataFrame, hits: pl.DataFrame, top: int = 20) -> pl.DataFrame:
    """The list names that raise the most alerts (each alerted row counted once, by its best hit):
    matched_name, entity_id, alerts, and one example query with its score and explanation."""
    best = hits.group_by("query_row", maintain_order=True).first()
    named = best.join(
        customers.with_row_index("query_row").with_columns(pl.col("query_row").cast(pl.UInt64)), on="query_row"
    )
    return (
        named.group_by("matched_name", "entity_id")
        .agg(
            pl.len().alias("alerts"),
            pl.col("name").first().alias("example_query"),
            pl.col("score").first().alias("example_score"),
            pl.col("explanation").first().alias("example_explanation"),
        )
        .sort(["alerts", "matched_name"], descending=[True, False])
        .head(top)
    )


def alerts_by_origin(customers: pl.DataFrame, hits: pl.DataFrame) -> pl.DataFrame:
    """origin, names, alerts_per_1000: where the false alerts come from."""
    alerted = hits["query_row"].unique().cast(pl.UInt32)
    flagged = customers.with_row_index("row").with_columns(alert=pl.col("row").is_in(alerted.implode()))
    return (
        flagged.group_by("origin")
        .agg(pl.len().alias("names"), (1000 * pl.col("alert").mean()).alias("alerts_per_1000"))
        .sort("alerts_per_1000", descending=True)
    )


def rss_bytes() -> int:
    """The process's resident set size now (Linux /proc)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


# --- Candidate recall against exhaustive scoring ---------------------------------------------------


def candidate_recall(indexed: pl.DataFrame, exhaustive: pl.DataFrame) -> float:
    """|indexed hits ∩ exhaustive hits| / |exhaustive hits| on (query_row, entity_id); 1.0 when
    exhaustive scoring finds nothing."""
    pairs = ["query_row", "entity_id"]
    truth = exhaustive.select(pairs).unique()
    if truth.height == 0:
        return 1.0
    return truth.join(indexed.select(pairs).unique(), on=pairs, how="semi").height / truth.height


# --- rapidfuzz baseline ----------------------------------------------------------------------------

BASELINE_SCORERS = {
    "rapidfuzz JaroWinkler": JaroWinkler.normalized_similarity,
    "rapidfuzz token_sort_ratio": fuzz.token_sort_ratio,
}
_CHUNK = 256  # query rows per cdist call: 256 x 42k float32 scores is ~43 MB


def best_scores(scorer, queries: Sequence[str], choices: Sequence[str]) -> tuple[np.ndarray, np.ndarray, float]:
    """Brute force with rapidfuzz: for each query its best score and the index of the best choice,
    and the seconds spent (all cores, `process.cdist`, default preprocessing)."""
    best, where, seconds = [], [], 0.0
    for start in range(0, len(queries), _CHUNK):
        chunk = queries[start : start + _CHUNK]
        began = time.perf_counter()
        scores = process.cdist(chunk, choices, scorer=scorer, processor=utils.default_process,
                               dtype=np.float32, workers=-1)  # fmt: skip
        seconds += time.perf_counter() - began
        where.append(scores.argmax(axis=1))
        best.append(scores.max(axis=1))
    empty = np.array([], dtype=np.float32)
    return (np.concatenate(best) if best else empty, np.concatenate(where) if where else empty.astype(int), seconds)


def cutoff_for_alert_rate(clean_best: np.ndarray, per_thousand: float) -> float:
    """The lowest cutoff at which no more than `per_thousand` of the clean queries (by their best
    score) alert: the baseline tuned to raise the same alert volume as the matcher."""
    allowed = int(len(clean_best) * per_thousand / 1000)
    ordered = np.sort(clean_best)[::-1]
    if allowed >= len(ordered):
        return float(ordered[-1])
    # Strictly above the best score that would alert one query too many.
    return float(np.nextafter(ordered[allowed], np.float32(np.inf)))


def baseline_alias_recall(scorer, watchlist: Watchlist, picked: pl.DataFrame, *, folds: int, cutoff: float) -> pl.DataFrame:
    """The alias evaluation with rapidfuzz brute force instead of the matcher: per alias found
    (its entity's best name reaches `cutoff`) and top1, against the same per-fold watchlists."""
    results = []
    for fold, group in assign_folds(picked, folds).group_by("fold", maintain_order=True):
        names = without_aliases(watchlist, group).names
        choices, owners = names["name"].to_list(), names["entity_id"].to_numpy()
        columns = {e: np.flatnonzero(owners == e) for e in group["entity_id"].unique().to_list()}
        found, top1 = [], []
        for start in range(0, group.height, _CHUNK):
            chunk = group.slice(start, _CHUNK)
            scores = process.cdist(chunk["alias"].to_list(), choices, scorer=scorer, processor=utils.default_process,
                                   dtype=np.float32, workers=-1)  # fmt: skip
            for row, entity in enumerate(chunk["entity_id"].to_list()):
                own = scores[row, columns[entity]].max() if columns[entity].size else -1.0
                found.append(bool(own >= cutoff))
                top1.append(bool(own >= cutoff and owners[scores[row].argmax()] == entity))
        results.append(group.with_columns(pl.Series("found", found), pl.Series("top1", top1)))
    return pl.concat(results).sort("name_id")
