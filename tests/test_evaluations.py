"""The evaluation harness (benchmarks/evaluations.py) on small hand-written inputs: which Wikidata
pairs count as Korean persons, which OFAC aliases count as spelling variants and in which category,
how folds remove aliases, and how hits are counted into recall and alert rates."""

import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest

# benchmarks/ is a package at the repository root, which `pytest` alone does not put on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import evaluations as ev  # noqa: E402
from sanctions_screen import Watchlist  # noqa: E402
from sanctions_screen.lists.schema import Tables  # noqa: E402


class TestKoreanPersons:
    @pytest.mark.parametrize(
        "english, hangul",
        [("Kim Jong-un", "김정은"), ("Ri Kyong Suk", "리경숙"), ("Park Chung-hee", "박정희"), ("Namgung Min", "남궁민"),
         ("Back Young-Chul", "백영철"), ("Lee Sanghun", "이상훈"), ("Pak Hŏn-yŏng", "박헌영"), ("Ch'oe Hyŏn", "최현")],
    )
    def test_korean_names_are_taken(self, english, hangul):
        assert ev.is_korean_person(english, hangul)

    @pytest.mark.parametrize(
        "english, hangul, why",
        [
            ("George Washington", "조지 워싱턴", "a space, five syllables"),
            ("Jung-in", "정인", "one English token"),
            ("Mao Zedong", "마오쩌둥", "tense initial: a Chinese name in Hangul"),
            ("Ivana Trump", "이바나트럼프", "more than four syllables"),
            ("Sergei Lavrov", "세르게이", "세 is no surname here"),
            ("Louis IX of France", "루이 9세", "not Hangul only"),
            ("Kim 2 Jong", "김정", "a digit in the English label"),
            ("Kim Jong-un", "김", "one syllable"),
            ("Liu Guoliang", "류궈량", "Pinyin; 궈 is no Sino-Korean syllable"),
            ("Zhou Mi", "조미", "Pinyin, in a Korean Hanja reading"),
            ("Jolin Tsai", "채의림", "Wade-Giles"),
            ("Chen Jie", "천제", "Pinyin final -en"),
            ("Yuan Tan", "원담", "Pinyin -uan"),
            ("Lau Dan", "류단", "Cantonese -au"),
            ("He Yong", "하옹", "Pinyin He"),
            ("Rebecca Chan", "천슈주", "슈 is no Sino-Korean syllable"),
            ("Trần Chi", "진지", "a Vietnamese diacritic"),
            ("Wang Yu-wen", "왕위원", "왕 is nearly always Chinese here"),
            ("Empress Gwon", "권황후", "a title"),
            ("Samuel of Bulgaria", "사무일", "a description"),
        ],
    )
    def test_other_pairs_are_not(self, english, hangul, why):
        assert not ev.is_korean_person(english, hangul), why

    def test_reads_the_tsv(self, tmp_path):
        path = tmp_path / "pairs.tsv"
        path.write_text("George Washington\t조지 워싱턴\nKim Jong-un\t김정은\nRi Kyong Suk\t리경숙\n", encoding="utf-8")
        frame = ev.korean_persons(path)
        assert frame.rows() == [("Kim Jong-un", "김정은"), ("Ri Kyong Suk", "리경숙")]


def test_token_pairs_join_the_spelled_characters(tmp_path):
    path = tmp_path / "tokens.tsv"
    path.write_text("nosekeni\tн о с е к е н и\t1\njahn\tя н\t16\n", encoding="utf-8")
    assert ev.token_pairs(path).rows() == [("nosekeni", "носекени", 1), ("jahn", "ян", 16)]


class TestTopOneAgreement:
    def test_accepted_names_are_those_of_the_same_query_text(self):
        accepted = ev.accepted_names(["김정훈", "김정훈", "김정은", "Kim  Jong-il"],
                                     ["Kim Jung-hoon", "Kim Jeong-hoon", "Kim Jong-un", "김정일"])  # fmt: skip
        assert accepted == [
            {"Kim Jung-hoon", "Kim Jeong-hoon"}, {"Kim Jung-hoon", "Kim Jeong-hoon"}, {"Kim Jong-un"}, {"김정일"},
        ]  # fmt: skip

    def test_counts_hits_among_the_accepted_names(self):
        accepted = ev.accepted_names(["김정일", "김정일", "리일남", "박봉주"],
                                     ["Kim Jong-il", "Kim Jong-il", "Ri Il-nam", "Pak Pong-ju"])  # fmt: skip
        best = [("Kim Jong-il",), ("Kim Jong-il",), (), ("Pak To-chun",)]
        result = ev.top_one_agreement(best, accepted)
        assert (result.queries, result.hits, result.sole_hits, result.rate) == (4, 2, 2, 0.5)
        assert result.weighted_rate == 0.5

    def test_a_tie_at_the_best_score_is_a_hit_but_not_a_sole_hit(self):
        accepted = [frozenset({"Han Sol"}), frozenset({"Kim Jung-hoon", "Kim Jeong-hoon"})]
        best = [("Hahn Sol", "Han Sol"), ("Kim Jeong-hoon", "Kim Jung-hoon")]
        result = ev.top_one_agreement(best, accepted)
        assert (result.hits, result.sole_hits) == (2, 1)

    def test_weights_by_count(self):
        result = ev.top_one_agreement([("ivan",), ("jan",)], [{"ivan"}, {"jahn"}], weights=[3, 1])
        assert result.rate == 0.5
        assert result.weighted_rate == 0.75

    def test_best_names_finds_each_query_or_none(self):
        found = ev.best_names(["Park Chung-hee", "Kim Jong-un", "Kim Jong-un"], ["PARK Chung Hee", "Zzyzx Qwerty"],
                              threshold=0.5, entity_type="person")  # fmt: skip
        assert found == [("Park Chung-hee",), ()]

    def test_best_names_returns_every_name_tied_at_the_best_score(self):
        # Case and punctuation are no difference to the matcher: both names score 1.
        found = ev.best_names(["KIM Jong Un", "Kim Jong-un", "Kim Jong-il"], ["Kim Jong Un"],
                              threshold=0.5, entity_type="person")  # fmt: skip
        assert sorted(found[0]) == ["KIM Jong Un", "Kim Jong-un"]


class TestSpellingVariantRule:
    def test_rule_tokens(self):
        assert ev.rule_tokens("CHO, Ch'o'l-so'ng") == ["cho", "chol", "song"]
        assert ev.rule_tokens("AL-SHANTI,  Jamíleh") == ["al", "shanti", "jamileh"]

    @pytest.mark.parametrize(
        "primary, alias",
        [
            ("KIM, Yong Chol", "KIM, Young-Cheol"),  # romanization of the same syllables
            ("RI, Je-Son", "RI, Che-Son"),  # McCune-Reischauer / Revised Romanization initial
            ("JANG, Bom Su", "JANG, Pom Su"),
            ("ABU TEIR, Mohammed", "ABU TAIR, Mohammed Mahmud"),  # a variant and an added name
            ("ABOUTALEBI, Yousef", "ABU-TALEBI, Yusif"),  # a split surname
            ("JSCARGUMENT", "JSC ARGUMENT"),
            ("NAMCHONGANG TRADING CORPORATION", "NAM CHON GANG CORPORATION"),
            ("KOLBIN, Sergei Nikolayevich", "KOLBIN, Sergey Nikolayevich"),
            ("KIM, Jong Un", "김정은"),  # another script
        ],
    )
    def test_variants_are_picked(self, primary, alias):
        assert ev.is_spelling_variant(primary, alias)

    @pytest.mark.parametrize(
        "primary, alias, why",
        [
            ("KIM, Se Un", "KIM, Se-u'n", "punctuation only"),
            ("ZHANG, Lei", "LEI, Zhang", "the same tokens reordered"),
            ("ALIZAI, Haji Agha Jan", "ALIZAI, Agha Jan", "a shortened form"),
            ("AL-ZAWAHIRI, Ayman", "THE DOCTOR", "a nickname"),
            ("KIM, Jong Un", "KIM, Jong Il", "a different given name"),
            ("BANK MELLI IRAN", "MELLI BANK PLC", "a different company"),
            ("SALAZAR HERNANDEZ, Maria Alejandrina", "SALAZAR DE GUZMAN, Alejandrina", "other surnames"),
            ("김정은", "김정은", "the same text"),
        ],
    )
    def test_other_names_are_not(self, primary, alias, why):
        assert not ev.is_spelling_variant(primary, alias), why


class TestCategory:
    @pytest.mark.parametrize(
        "programs, countries, name, family, expected",
        [
            (["NPWMD"], [], "KIM, Se Un", "KIM", "Korean"),  # surname, whatever the program
            (["DPRK3"], [], "SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD", None, "Korean"),
            (["RUSSIA-EO14024"], ["China"], "SHENZHEN BLUE HAT INTERNATIONAL TRADE CO LTD", None, "Chinese"),
            (["RUSSIA-EO14024"], [], "OOO TAIMYRNEFTEGAZ-PORT", None, "Cyrillic-origin"),
            (["CYBER2"], [], "ERMAKOV, Aleksandr", "ERMAKOV", "Cyrillic-origin"),
            (["SDGT"], [], "HUSSEIN, Amin", "HUSSEIN", "Arabic-origin"),  # not Slavic -in: program first
            (["SDNTK"], ["Mexico"], "AL-SAYED, Omar", "AL-SAYED", "Arabic-origin"),
            (["SDNTK"], ["Mexico"], "GUZMAN LOERA, Joaquin", "GUZMAN LOERA", "other"),
        ],
    )
    def test_category(self, programs, countries, name, family, expected):
        assert ev.category(programs, countries, name, family) == expected


def _watchlist() -> Watchlist:
    tables = Tables()
    tables.add_entity("ofac-sdn:1", "ofac-sdn", "person", ["DPRK3"], None, None)
    tables.add_name("ofac-sdn:1", "KIM, Yong Chol", "primary", "ofac-sdn:1/primary", "KIM", "Yong Chol")
    tables.add_name("ofac-sdn:1", "KIM, Young-Cheol", "aka", "ofac-sdn:1/alt:10", "KIM", "Young-Cheol")
    tables.add_name("ofac-sdn:1", "KIM, Young Cheol", "weak_aka", "ofac-sdn:1/remarks-aka:0", "KIM", "Young Cheol")
    tables.add_name("ofac-sdn:1", "KIM, Yong-Chul", "fka", "ofac-sdn:1/alt:11", "KIM", "Yong-Chul")
    tables.add_name("ofac-sdn:1", "THE GENERAL", "aka", "ofac-sdn:1/alt:12")
    tables.add_entity("ofac-sdn:2", "ofac-sdn", "vessel", ["IRAN"], None, None)
    tables.add_name("ofac-sdn:2", "SEA STAR", "primary", "ofac-sdn:2/primary")
    tables.add_name("ofac-sdn:2", "SEA STARR", "aka", "ofac-sdn:2/alt:20")
    tables.add_entity("ofac-sdn:3", "ofac-sdn", "organization", ["SDGT"], None, None)
    tables.add_name("ofac-sdn:3", "AL-HARAMAIN FOUNDATION", "primary", "ofac-sdn:3/primary")
    tables.add_name("ofac-sdn:3", "AL-HARAMEIN FOUNDATION", "aka", "ofac-sdn:3/alt:30")
    tables.add_name("ofac-sdn:3", "KIM, Young-Cheol", "aka", "ofac-sdn:3/alt:31")
    tables.add_entity("un:KPi.1", "un", "person", ["DPRK"], None, None)
    tables.add_name("un:KPi.1", "KIM YONG CHOL", "primary", "un:KPi.1/primary")
    tables.add_name("un:KPi.1", "KIM YOUNG CHEOL", "aka", "un:KPi.1/alias:0")
    tables.add_name("un:KPi.1", "Young Cheol KIM", "aka", "un:KPi.1/alias:1")
    tables.add_attribute("ofac-sdn:3", "nationality", "Saudi Arabia")
    return Watchlist(*tables.frames(), manifest={})


class TestAliasSelection:
    def test_candidates_are_strong_sdn_aliases_of_persons_and_organizations(self):
        candidates = ev.alias_candidates(_watchlist())
        assert candidates.select("name_id", "alias", "category", "picked").rows() == [
            ("ofac-sdn:1/alt:10", "KIM, Young-Cheol", "Korean", True),
            ("ofac-sdn:1/alt:12", "THE GENERAL", "Korean", False),
            ("ofac-sdn:3/alt:30", "AL-HARAMEIN FOUNDATION", "Arabic-origin", True),
            ("ofac-sdn:3/alt:31", "KIM, Young-Cheol", "Arabic-origin", False),
        ]

    def test_folds_take_turns(self):
        picked = pl.DataFrame({"name_id": ["c", "a", "d", "b", "e"]})
        folded = ev.assign_folds(picked, 2)
        assert folded.rows() == [("a", 0), ("b", 1), ("c", 0), ("d", 1), ("e", 0)]

    def test_removal_takes_every_name_spelled_like_the_alias(self):
        watchlist = _watchlist()
        picked = ev.alias_candidates(watchlist).filter(pl.col("name_id") == "ofac-sdn:1/alt:10")
        kept = ev.without_aliases(watchlist, picked).names["name_id"].to_list()
        # "KIM, Young Cheol" (a weak a.k.a.) and the same text on another entity are the same name
        # for the rule: gone with it. "KIM YOUNG CHEOL" (UN) and "Young Cheol KIM" (any order) too;
        # differently spelled names stay.
        gone = {"ofac-sdn:1/alt:10", "ofac-sdn:1/remarks-aka:0", "ofac-sdn:3/alt:31", "un:KPi.1/alias:0", "un:KPi.1/alias:1"}
        assert not gone & set(kept)
        assert {"ofac-sdn:1/primary", "ofac-sdn:1/alt:11", "un:KPi.1/primary"} <= set(kept)


class TestCounting:
    def test_judge_finds_the_entity_anywhere_in_the_hits(self):
        queries = pl.DataFrame({"entity_id": ["e1", "e2", "e3"], "category": ["Korean", "Korean", "other"]})
        hits = pl.DataFrame({
            "query_row": pl.Series([0, 1, 1], dtype=pl.UInt64),
            "entity_id": ["e1", "x", "e2"],
            "matched_name": ["A", "X", "B"],
            "score": pl.Series([0.9, 0.95, 0.85], dtype=pl.Float32),
        })  # fmt: skip
        judged = ev.judge_hits(queries, hits)
        assert judged.select("entity_id", "found", "top1", "best_name").rows() == [
            ("e1", True, True, "A"), ("e2", True, False, "X"), ("e3", False, False, None),
        ]  # fmt: skip
        by_category = ev.recall_by_category(judged)
        assert by_category.rows() == [("Korean", 2, 2, 1.0), ("other", 1, 0, 0.0), ("all", 3, 2, 2 / 3)]

    def test_candidate_recall_on_query_and_entity_pairs(self):
        exhaustive = pl.DataFrame({"query_row": [0, 0, 1, 2], "entity_id": ["a", "b", "a", "c"]})
        indexed = pl.DataFrame({"query_row": [0, 1, 1, 2], "entity_id": ["a", "a", "z", "c"]})
        assert ev.candidate_recall(indexed, exhaustive) == 0.75
        assert ev.candidate_recall(indexed, exhaustive.clear()) == 1.0

    def test_alert_rates_count_rows_not_hits(self):
        customers = pl.DataFrame({
            "name": ["Ann Lee", "Bo Kim", "Cy Ray", "Di Kim"], "origin": ["english", "korean", "english", "korean"],
        })  # fmt: skip
        hits = pl.DataFrame({
            "query_row": pl.Series([1, 1, 3], dtype=pl.UInt64),
            "entity_id": ["k1", "k2", "k1"],
            "matched_name": ["KIM, Bo", "KIM, Bok", "KIM, Bo"],
            "score": pl.Series([0.9, 0.8, 0.82], dtype=pl.Float32),
            "explanation": ["e1", "e2", "e3"],
        })  # fmt: skip
        assert ev.alerts_per_thousand(customers.height, hits) == 500.0
        frequent = ev.frequent_alerts(customers, hits)
        assert frequent.select("matched_name", "alerts", "example_query").rows() == [("KIM, Bo", 2, "Bo Kim")]
        assert ev.alerts_by_origin(customers, hits).rows() == [("korean", 2, 1000.0), ("english", 2, 0.0)]

    def test_alerts_on_identical_names_are_told_apart(self):
        hits = pl.DataFrame({
            "query_row": pl.Series([0, 0, 1, 2], dtype=pl.UInt64),
            "entity_id": ["a", "b", "a", "c"],
            "score": pl.Series([1.0, 0.85, 0.9, 0.99995], dtype=pl.Float32),
        })  # fmt: skip
        assert ev.spelled_differently(hits)["query_row"].to_list() == [1]

    def test_alerts_by_kind_read_the_best_hit_of_each_row(self):
        hits = pl.DataFrame({
            "query_row": pl.Series([0, 0, 1, 2, 2, 3], dtype=pl.UInt64),
            "score": pl.Series([0.85, 1.0, 0.9, 0.82, 0.95, 0.81], dtype=pl.Float32),
            "explanation": ["extra: x", "a=a", "a~b (spelling difference)", "extra: y", "b=b; missing: c", "extra: d; missing: e"],
        })  # fmt: skip
        kinds = ev.alerts_by_kind(10, hits)
        assert kinds["kind"].to_list() == list(ev.ALERT_KINDS)
        assert kinds["alerts"].to_list() == [1, 1, 1, 1]
        assert kinds["per_1000"].to_list() == [100.0] * 4
        assert ev.alerts_by_kind(10, hits.filter(pl.col("query_row") == 2))["alerts"].to_list() == [0, 0, 1, 0]

    def test_every_list_name_is_screened_as_written_and_counted_by_kind(self):
        own = ev.own_names(_watchlist())
        assert own.rows() == [("aka", 7, 7), ("fka", 1, 1), ("primary", 4, 4), ("weak_aka", 1, 1)]

    def test_original_script_names_are_screened_against_the_latin_names_alone(self):
        tables = Tables()
        tables.add_entity("un:KPi.1", "un", "person", ["DPRK"], None, None)
        tables.add_name("un:KPi.1", "KIM YONG CHOL", "primary", "un:KPi.1/primary")
        tables.add_name("un:KPi.1", "김영철", "original_script", "un:KPi.1/original:0")
        tables.add_entity("un:QDi.1", "un", "person", ["Al-Qaida"], None, None)
        tables.add_name("un:QDi.1", "AHMAD ZAID", "primary", "un:QDi.1/primary")
        tables.add_name("un:QDi.1", "بندر", "original_script", "un:QDi.1/original:0")
        judged = ev.original_script_recall(Watchlist(*tables.frames(), manifest={}))
        assert judged.select("entity_id", "name", "found").rows() == [("un:KPi.1", "김영철", True), ("un:QDi.1", "بندر", False)]

    def test_baseline_cutoff_matches_the_alert_volume(self):
        best = np.array([0.99, 0.5, 0.7, 0.95, 0.6, 0.8, 0.65, 0.55, 0.75, 0.9], dtype=np.float32)
        cutoff = ev.cutoff_for_alert_rate(best, 200.0)  # 2 of 10 may alert
        assert (best >= cutoff).sum() == 2
        assert (best >= ev.cutoff_for_alert_rate(best, 0.0)).sum() == 0
