//! What the matcher must catch, and must not, on the issue's own examples. The list is a small
//! hand-written one from public OFAC designations plus look-alike distractors.

use arrow_array::StringArray;
use sanctions_screen_core::column::StrColumn;
use sanctions_screen_core::matcher::{Config, EntityType, Hit, ListEntry, Matcher, Search};

const LIST: &[(&str, &str, &str, EntityType)] = &[
    ("kim-se-un", "KIM, Se Un", "primary", EntityType::Person),
    ("kim-se-un", "KIM, Se-u'n", "aka", EntityType::Person),
    ("jo-kyong-hun", "JO, Kyong Hun", "primary", EntityType::Person),
    ("jo-kyong-hun", "CHO, Kyo'ng-hun", "aka", EntityType::Person),
    ("myong-chol-min", "MYONG, Chol Min", "primary", EntityType::Person),
    ("andreyev", "ANDREYEV, Vitaliy Sergeyevich", "primary", EntityType::Person),
    ("sobaeksu", "KOREA SOBAEKSU TRADING CORPORATION", "primary", EntityType::Organization),
    ("sobaeksu", "SOBAEKSU UNITED CORP.", "aka", EntityType::Organization),
    ("shenyang", "SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD", "primary", EntityType::Organization),
    ("xi", "XI, Jinping", "primary", EntityType::Person),
    ("kim-sok-chol", "KIM, Sok Chol", "primary", EntityType::Person),
    ("kim-kyong-il", "KIM, Kyong Il", "primary", EntityType::Person),
    ("corp-11420", "11420 CORP.", "primary", EntityType::Organization),
    ("argument", "JSC ARGUMENT", "primary", EntityType::Organization),
    ("muhammad", "MUHAMMAD, Yusuf Abd al-Rahman", "primary", EntityType::Person),
    ("smith", "SMITH, John Alexander", "primary", EntityType::Person),
    ("abdallah", "ABDALLAH, Ahmad Jalal Reda", "primary", EntityType::Person),
    ("chongchongang", "CHONGCHONGANG SHIPPING COMPANY LIMITED", "primary", EntityType::Organization),
];

fn matcher(threshold: f32) -> Matcher {
    let entries = LIST.iter().map(|&(id, name, kind, t)| ListEntry {
        entity_id: id,
        name,
        name_kind: kind,
        entity_type: t,
    });
    Matcher::build(entries, Config::new(threshold, 5).unwrap())
}

/// A matcher over `names`, an entity each (`e0`, `e1` ...), all of one type.
fn matcher_of<S: AsRef<str>>(names: &[S], entity_type: EntityType, threshold: f32, top_k: usize) -> Matcher {
    let ids: Vec<String> = (0..names.len()).map(|i| format!("e{i}")).collect();
    let entries = ids.iter().zip(names).map(|(id, name)| ListEntry {
        entity_id: id,
        name: name.as_ref(),
        name_kind: "primary",
        entity_type,
    });
    Matcher::build(entries, Config::new(threshold, top_k).unwrap())
}

/// Entity ids hit by `query`, best first.
fn hits(m: &Matcher, query: &str) -> Vec<String> {
    m.screen_one(0, query, EntityType::Unknown, Search::Indexed)
        .into_iter()
        .map(|h| m.entity_id(h.name).to_string())
        .collect()
}

fn top(m: &Matcher, query: &str) -> Option<String> {
    hits(m, query).into_iter().next()
}

/// The hits of `queries` by the index, checked against exhaustive scoring of the same queries.
fn screen_checked(m: &Matcher, queries: &[&str]) -> Vec<Hit> {
    let column = StringArray::from(queries.to_vec());
    let col = StrColumn::new(&column).unwrap();
    let indexed = m.screen(col.clone(), None, Search::Indexed).unwrap();
    assert_eq!(indexed, m.screen(col, None, Search::Exhaustive).unwrap());
    indexed
}

/// (query row, entity id) of each hit, in order.
fn entity_hits<'m>(m: &'m Matcher, hits: &[Hit]) -> Vec<(usize, &'m str)> {
    hits.iter().map(|h| (h.query_row, m.entity_id(h.name))).collect()
}

#[test]
fn korean_romanizations_and_hangul() {
    let m = matcher(0.8);
    for q in ["Jo Gyeong-hun", "조경훈", "Cho Kyong Hun", "Kyonghun Jo", "JO KYONG HUN"] {
        assert_eq!(top(&m, q).as_deref(), Some("jo-kyong-hun"), "{q}");
    }
    for q in ["김세운", "Kim Se-un", "Seun Kim", "SE UN KIM", "Kim Se U'n"] {
        assert_eq!(top(&m, q).as_deref(), Some("kim-se-un"), "{q}");
    }
    assert_eq!(top(&m, "Myong Cheol-min").as_deref(), Some("myong-chol-min"));
}

#[test]
fn a_different_given_syllable_is_a_different_person() {
    let m = matcher(0.8);
    assert!(!hits(&m, "Kim Sok Jin").contains(&"kim-sok-chol".to_string()));
    assert!(!hits(&m, "Kim Kyong Min").contains(&"kim-kyong-il".to_string()));
    assert!(hits(&m, "Kim Se Il").is_empty());
}

#[test]
fn cyrillic_and_its_transliterations() {
    let m = matcher(0.8);
    for q in ["Виталий Сергеевич Андреев", "Andreev Vitaly Sergeevich", "Vitalij Andrejew", "Андреев В. С."] {
        assert_eq!(top(&m, q).as_deref(), Some("andreyev"), "{q}");
    }
}

#[test]
fn chinese_romanizations() {
    let m = matcher(0.8);
    for q in ["Hsi Chin-ping", "Xi Jin Ping", "习近平"] {
        assert_eq!(top(&m, q).as_deref(), Some("xi"), "{q}");
    }
    assert_eq!(top(&m, "Shen Yang Geumpungri Network Technology Company Limited").as_deref(), Some("shenyang"));
}

#[test]
fn homoglyphs_and_invisible_characters() {
    let m = matcher(0.8);
    let hits = m.screen_one(0, "Kim S\u{0435} \u{200B}Un", EntityType::Unknown, Search::Indexed);
    assert_eq!(m.entity_id(hits[0].name), "kim-se-un");
    assert!(hits[0].explanation.contains("homoglyphs"), "{}", hits[0].explanation);
    assert!(hits[0].explanation.contains("invisible"), "{}", hits[0].explanation);
}

#[test]
fn organizations_legal_forms_joins_numbers() {
    let m = matcher(0.8);
    assert_eq!(top(&m, "Korea Sobaeksu Trading Corp.").as_deref(), Some("sobaeksu"));
    assert_eq!(top(&m, "JSCARGUMENT").as_deref(), Some("argument"));
    assert_eq!(top(&m, "Chong Chon Gang Shipping Co. Ltd").as_deref(), Some("chongchongang"), "three syllables joined");
    assert_eq!(top(&m, "Belletech Corp"), None, "numbers and legal forms alone are no match");
    assert_eq!(top(&m, "Trading Corporation"), None);
    assert_eq!(top(&m, "Sobaeksu United Corp.").as_deref(), Some("sobaeksu"));
    assert_eq!(top(&m, "Chinese Sobaeksu Trading Corp.").as_deref(), Some("sobaeksu"), "a country is a generic word");
}

#[test]
fn arabic_name_variants() {
    let m = matcher(0.8);
    assert_eq!(top(&m, "Mohammed Yousef Abdul Rahman").as_deref(), Some("muhammad"));
    assert_eq!(top(&m, "ABDALLAH, Ahmed Jalal Rida").as_deref(), Some("abdallah"), "Rida/Reda: one vowel");
}

#[test]
fn top_k_keeps_the_entities_tied_at_the_last_place() {
    let m = |top_k| matcher_of(&["John Smith", "John Smyth", "John Smith"], EntityType::Person, 0.5, top_k);
    assert_eq!(hits(&m(3), "John Smith"), ["e0", "e2", "e1"]);
    // e0 and e2 tie at 1.0: which to leave out would be arbitrary, so neither is.
    assert_eq!(hits(&m(1), "John Smith"), ["e0", "e2"]);
    assert_eq!(hits(&m(2), "John Smith"), ["e0", "e2"]);
}

#[test]
fn common_and_short_names_do_not_match_everything() {
    let m = matcher(0.8);
    for q in ["Kim", "John", "Kim Min-jun", "John Smith Jones", "Lee Ji-hoon", "Maria Garcia"] {
        assert!(hits(&m, q).len() <= 1, "{q}: {:?}", hits(&m, q));
    }
    assert!(hits(&m, "Kim").is_empty());
}

#[test]
fn indexed_search_finds_what_exhaustive_scoring_finds() {
    let m = matcher(0.7);
    let queries = [
        "Jo Gyeong-hun", "김세운", "Andreev Vitaly", "Hsi Chin-ping", "Kim Sok Chol", "Smiht John",
        "JSCARGUMENT", "Kim Kyong Il", "Sobaeksu United", "Muhammad Yusuf", "Chong Chon Gang Shipping",
        "Ahmed Jalal Rida",
    ];
    let names = StringArray::from(queries.to_vec());
    let col = StrColumn::new(&names).unwrap();
    let indexed = m.screen(col.clone(), None, Search::Indexed).unwrap();
    let exhaustive = m.screen(col, None, Search::Exhaustive).unwrap();
    assert_eq!(indexed, exhaustive);
    assert!(indexed.len() >= queries.len());
}

/// Hangul names against Latin spellings written joined, in vowel spellings of real use (Sung for
/// 성, Hae for 혜, Jae for 제), with an initial ㄹ as the initial-sound rule and assimilation write
/// it (Philip for 필립, Myeongnim for 명림) and an a written ah (Kyungah for 경아), both ways: the
/// index must find what exhaustive scoring finds.
#[test]
fn hangul_and_joined_latin_spellings_are_candidates() {
    let names = ["김혜진", "김성진", "이제동", "Kim Haejin", "김필립", "명림답부", "김경아", "Kim Kyungah", "Park Minsu"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let queries = ["Kim Haejin", "Kim Sungjin", "Lee Jaedong", "김혜진", "Philip Kim", "Myeongnim Dap-bu", "Kim Kyungah", "김경아"];
    let indexed = screen_checked(&m, &queries);
    let expected = [(0, "e0"), (1, "e1"), (2, "e2"), (3, "e3"), (4, "e4"), (5, "e5"), (6, "e6"), (7, "e7")];
    for (row, id) in expected {
        assert!(indexed.iter().any(|h| h.query_row == row && m.entity_id(h.name) == id), "row {row}");
    }
}

/// Somali names in the Somali orthography (c for ayn, x for ḥ) against their English-language
/// spellings and back, as the UN and OFAC lists give al-Shabaab's members both ways: found by the
/// index and scored as the same names. Not a Chinese syllable's x (Xu is not Hu).
#[test]
fn somali_spellings_meet_english_language_ones() {
    let names = ["OMAR, Abdirahman Mohamed", "YARE, Cali", "HU, Wei"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["CUMAR, Cabdiraxman Maxamed", "Ali Yare", "Xu Wei"]);
    assert_eq!(entity_hits(&m, &indexed), [(0, "e0"), (1, "e1")]);
}

/// A given name joined in one spelling and split in another, where one writes its first syllable
/// by the initial-sound rule (North Korean Ryong, South Korean Yong for 룡): found by the index,
/// and scored as the same syllables; a different first syllable is not.
#[test]
fn joined_given_names_across_the_initial_sound_rule() {
    let m = matcher_of(&["PAK, Yong Nam", "KIM, Ryong Il", "KIM, Am Min"], EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["Pak Ryongnam", "Kim Yongil", "Kim Nammin"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e0"), (1, "e1")], "Nammin is not Am Min");
}

/// A Korean name after a Western given name (`Francis Hong Yong-ho`): its Hangul writes the
/// Korean name alone, and the Western name left out costs as a middle name would. Not where the
/// words after the first are no Korean name family name first (`Mohammed Ali Han`).
#[test]
fn a_western_given_name_before_a_korean_name_costs_as_a_middle_name() {
    let m = matcher_of(&["Francis Hong Yong-ho", "Mohammed Ali Han"], EntityType::Person, 0.5, 5);
    let score = |query: &str| screen_checked(&m, &[query]).first().map_or(0.0, |h| h.score);
    assert!(score("홍용호") > 0.9, "{}", score("홍용호"));
    assert!(score("Mohammed Han") > 0.9, "Ali is a middle name");
    assert!(score("Ali Han") < 0.85, "Mohammed is not a Western given name before a Korean name");
}

/// OFAC writes some DPRK names with a one-letter syllable (`YU, Chol U` for 유철우, `O, Kuk-Ryol`
/// for 오극렬): in a Korean name it is a syllable like any other, the same as its other spellings
/// (Woo, Oh), not an initial; and a different syllable there is still another name.
#[test]
fn one_letter_syllables_of_korean_names() {
    let names = ["YU, Chol U", "HAN, Kwon U", "O, Kuk-Ryol", "KIM, Hyon U"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["Yu Chol Woo", "Han Kwon-woo", "Oh Kuk Ryol", "한권우", "Kim Hyon Il", "Yu Chol-u"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e0"), (1, "e1"), (2, "e2"), (3, "e1"), (5, "e0")], "Hyon Il is not Hyon U");
    assert!(indexed.iter().filter(|h| h.query_row != 4).all(|h| h.score > 0.95), "{indexed:?}");
}

/// An Arabic name written in one word and in several around its article or abd (Abdulrahman,
/// Abd al-Rahman; Nasreddine, Nasr al-Din), either side joined: found by the index and scored as
/// one name. Without a particle a shared skeleton joins nothing (Sungmin is not Sang Man).
#[test]
fn arabic_names_joined_around_the_article() {
    let names = ["ABD AL-RAHMAN, Ali Hassan", "NASREDDINE, Mohamad", "HAFIZ, Abdul Salam", "KIM, Sang Man"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["Abdulrahman Ali Hassan", "Mohamad Nasr al-Din", "Hafiz Abdussalaam", "Kim Sungmin"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e0"), (1, "e1"), (2, "e2")]);
}

/// Arabic names of one or two consonants written with their long vowel or doubled consonant in
/// other letters (Said, Saeed, Sa'id; Amin, Ameen; Ala, Alaa), found by the index and scored as
/// one name; Sayed (Sayyid) is another name.
#[test]
fn short_arabic_names_by_their_plain_spelling() {
    let names = ["MORTAZAVI, Saeed", "HAKIMI, Ameen", "NAZARI, Sayed", "KHALIL, Alaa"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["Sa'id Mortazavi", "Amin Hakimi", "Said Nazari", "Ala Khalil"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e0"), (1, "e1"), (3, "e3")]);
}

/// An organization's word written with an ending the other lacks (Metal / Metallic, Revolution /
/// Revolutionary, Guards / Guard) aligns and is found by the index, as support only: the stem
/// alone finds nothing, and in a person's name it is another name (Alex / Alexander).
#[test]
fn organization_words_by_their_stem() {
    let orgs = ["DANDONG ZHICHENG METALLIC MATERIAL CO., LTD.", "ISLAMIC REVOLUTIONARY GUARD CORPS", "URAL OPTICAL MECHANICAL PLANT"];
    let m = matcher_of(&orgs, EntityType::Organization, 0.8, 5);
    let queries = ["Dandong Zhicheng Metal Materials Co., Ltd", "Islamic Revolution Guards Corps", "Metal", "Urals"];
    let indexed = screen_checked(&m, &queries);
    assert_eq!(entity_hits(&m, &indexed), [(0, "e0"), (1, "e1")]);
    assert!(indexed[0].explanation.contains("metal~metallic (same word stem)"), "{}", indexed[0].explanation);
    let people = matcher_of(&["KOTEY, Alexander"], EntityType::Person, 0.8, 5);
    assert!(hits(&people, "Alex Kotey").is_empty());
}

/// Chinese names as Korean writes their sounds (시진핑 for Xi Jinping), found by the index; Korean
/// names are not read so.
#[test]
fn mandarin_written_in_hangul() {
    let m = matcher_of(&["XI, Jinping", "HU, Jintao", "KIM, Jong Un", "HSI, Chin-ping"], EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["시진핑", "후진타오", "김정은"]);
    let found = entity_hits(&m, &indexed);
    for expected in [(0, "e0"), (0, "e3"), (1, "e1"), (2, "e2")] {
        assert!(found.contains(&expected), "{expected:?} in {found:?}");
    }
    assert_eq!(found.len(), 4, "{found:?}");
}

/// A list where one surname is on every name and given names repeat: queries holding the
/// common word beside rarer ones are answered without opening candidates from its postings,
/// which must lose nothing exhaustive scoring finds, at any threshold.
#[test]
fn common_words_need_not_open_candidates() {
    let given = ["se", "un", "kyong", "hun", "chol", "min", "sok", "il", "song", "nam", "ho", "jin"];
    let names: Vec<String> = (0..given.len() * given.len())
        .map(|i| format!("KIM, {} {}", given[i / given.len()], given[(i * 7 + 3) % given.len()]))
        .chain(["PARK, Se Un", "KIM SE UN TRADING CO", "KIM", "SE"].map(String::from))
        .collect();
    let queries = ["Kim Se Un", "Se Un Kim", "Kim Seun", "Kim Chol Hun", "Kim Min", "Park Se Un Kim", "Kim", "Kim S Un"];
    let column = StringArray::from(queries.to_vec());
    for threshold in [0.5, 0.7, 0.8, 0.9, 1.0] {
        let m = matcher_of(&names, EntityType::Unknown, threshold, 1000);
        let col = StrColumn::new(&column).unwrap();
        let indexed = m.screen(col.clone(), None, Search::Indexed).unwrap();
        assert_eq!(indexed, m.screen(col, None, Search::Exhaustive).unwrap(), "threshold {threshold}");
        assert!(indexed.iter().any(|h| h.query_row == 0 && h.score == 1.0), "threshold {threshold}");
    }
}

#[test]
fn words_seen_before_score_as_if_new() {
    // Query words are analysed once per thread and reused: each name here reuses the words
    // of the one before in another role (family name after a comma, Hangul surname syllable).
    // 单 reads `shan` as a surname, opening a name, and `dan` elsewhere.
    let queries = ["Se Un Kim", "KIM, Se Un", "운세김", "김세운", "Kyong Hun Jo", "JO, Kyong Hun", "伟 单", "单 伟"];
    let shan = ("shan-wei", "SHAN, Wei", "primary", EntityType::Person);
    let build = || {
        let entries = LIST.iter().chain([&shan]).map(|&(id, name, kind, t)| ListEntry {
            entity_id: id,
            name,
            name_kind: kind,
            entity_type: t,
        });
        Matcher::build(entries, Config::new(0.7, 5).unwrap())
    };
    let warm = build();
    for query in queries {
        let cold = build().screen_one(0, query, EntityType::Unknown, Search::Indexed);
        assert_eq!(warm.screen_one(0, query, EntityType::Unknown, Search::Indexed), cold, "{query}");
    }
    assert_eq!(hits(&warm, "单 伟"), ["shan-wei"]);
}

#[test]
fn names_screened_in_an_earlier_batch_get_the_same_hits() {
    let m = matcher(0.7);
    let first = StringArray::from(vec!["Jo Gyeong-hun", "KIM, Se Un", "Nobody Here"]);
    let again = StringArray::from(vec!["Nobody Here", "Jo Gyeong-hun", "Jo Gyeong-hun"]);
    let kinds = StringArray::from(vec!["person", "organization", "person"]);
    let screen = |names: &StringArray, kinds: Option<&StringArray>| {
        m.screen(StrColumn::new(names).unwrap(), kinds.map(|k| StrColumn::new(k).unwrap()), Search::Indexed).unwrap()
    };
    let before = screen(&first, None);
    let after = screen(&again, None);
    let jo: Vec<_> = before.iter().filter(|h| h.query_row == 0).map(|h| (h.name, h.score)).collect();
    for row in [1, 2] {
        assert_eq!(after.iter().filter(|h| h.query_row == row).map(|h| (h.name, h.score)).collect::<Vec<_>>(), jo);
    }
    // The same name with another entity type is screened anew: a person vs an organization.
    let typed = screen(&again, Some(&kinds));
    let score = |hits: &[Hit], row| hits.iter().find(|h| h.query_row == row).unwrap().score;
    assert!(score(&typed, 1) < score(&after, 1), "screened as an organization");
    assert_eq!(score(&typed, 2), score(&after, 2));
    assert_eq!(screen(&first, None), before);
}

/// Generic words and initials alone prove no match, the same ones on both sides neither; a list
/// name made only of them is still found by its own spellings. Joined words are compared with
/// single words only, so `JOINT STOCK COMPANY` in a query opens no list name by itself.
#[test]
fn generic_words_and_initials_alone_are_no_match() {
    let list = ["INTERNATIONAL INVESTMENTS HOLDING S.A. DE C.V.", "BANK OF RUSSIA", "JOINT STOCK COMPANY VEGA", "I.P.C. INTERNATIONAL LIMITED"];
    let m = matcher_of(&list, EntityType::Organization, 0.8, 5);
    let indexed = screen_checked(&m, &["Centro S.A. de C.V.", "Bank of Russia", "Joint Stock Company Argument", "IPC International Ltd"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(1, "e1"), (3, "e3")]);
    // A name of initials alone is that name given whole, and nothing more.
    let list = ["K M A", "T.D.G.", "VEGA S.A."];
    let m = matcher_of(&list, EntityType::Vessel, 0.8, 5);
    let indexed = screen_checked(&m, &["K M A", "K. M. A. Shipping", "TDG", "S.A.", "T. D."]);
    assert_eq!(entity_hits(&m, &indexed), [(0, "e0"), (2, "e1")]);
}

/// The results cache answers a name written in other case or punctuation from the same entry,
/// and gives each spelling the hits a fresh matcher gives it: where the comma, a full stop or an
/// invisible character changes the analysis, the names are screened apart.
#[test]
fn names_that_prepare_alike_share_hits_and_others_do_not() {
    let list = ["JO KYONG HUN", "HAN, Kwon Woo", "KIM, Se Un"];
    // The comma makes Cho the family name (a surname rule), the full stop U an initial.
    let names = ["Cho, Kyong Hun", "Cho Kyong Hun", "CHO KYONG-HUN", "Han Kwon U.", "Han Kwon U", "han kwon u", "Kim Se\u{200b} Un", "KIM SE UN"];
    let warm = matcher_of(&list, EntityType::Person, 0.5, 5);
    let column = StringArray::from(names.to_vec());
    let got = warm.screen(StrColumn::new(&column).unwrap(), None, Search::Indexed).unwrap();
    for (row, name) in names.iter().enumerate() {
        let fresh = matcher_of(&list, EntityType::Person, 0.5, 5).screen_one(row, name, EntityType::Unknown, Search::Indexed);
        let mine: Vec<_> = got.iter().filter(|h| h.query_row == row).cloned().collect();
        assert_eq!(mine, fresh, "{name}");
    }
}

#[test]
fn every_row_of_a_batch_gets_its_name_hits_in_row_order() {
    // Long enough to be split among threads; names repeat and some rows have none.
    let m = matcher(0.7);
    let cycle = [Some("Jo Gyeong-hun"), None, Some("KIM, Se Un"), Some("Nobody Here"), Some(""), Some("Vitaliy Andreev")];
    let rows: Vec<Option<&str>> = (0..1_000).map(|i| cycle[i * 7 % cycle.len()]).collect();
    let expected: Vec<(usize, u32, f32)> = rows
        .iter()
        .enumerate()
        .flat_map(|(row, name)| {
            let hits = name.map_or_else(Vec::new, |n| m.screen_one(row, n, EntityType::Unknown, Search::Indexed));
            hits.into_iter().map(|h| (h.query_row, h.name, h.score))
        })
        .collect();
    assert!(expected.len() > 300);
    let names = StringArray::from(rows);
    let got = m.screen(StrColumn::new(&names).unwrap(), None, Search::Indexed).unwrap();
    assert_eq!(got.iter().map(|h| (h.query_row, h.name, h.score)).collect::<Vec<_>>(), expected);
}

#[test]
fn a_name_repeated_under_another_type_is_screened_as_that_type() {
    // The results cache answers a repeated name by its entity type too: the person's hits are not
    // the organization's.
    let m = matcher(0.5);
    let names = StringArray::from(vec!["Sobaeksu United Corp"; 4]);
    let kinds = StringArray::from(vec!["person", "organization", "person", "organization"]);
    let got = m.screen(StrColumn::new(&names).unwrap(), Some(StrColumn::new(&kinds).unwrap()), Search::Indexed).unwrap();
    for (row, kind) in [EntityType::Person, EntityType::Organization, EntityType::Person, EntityType::Organization].into_iter().enumerate() {
        let mine: Vec<_> = got.iter().filter(|h| h.query_row == row).cloned().collect();
        assert_eq!(mine, m.screen_one(row, "Sobaeksu United Corp", kind, Search::Indexed), "row {row}");
    }
    assert_ne!(got.iter().find(|h| h.query_row == 0).unwrap().score, got.iter().find(|h| h.query_row == 1).unwrap().score);
}

#[test]
fn words_added_to_an_organizations_whole_name_cost_less_unless_the_query_is_a_persons() {
    let m = matcher_of(&["IRANAIR", "HARKATUL JIHAD"], EntityType::Organization, 0.5, 5);
    // The index finds what exhaustive scoring finds for either kind of query.
    let names = StringArray::from(vec!["Iranair Cargo Services", "Harkatul Jihad al Islam", "Iranair"]);
    for kind in ["organization", "person", "unknown"] {
        let kinds = StringArray::from(vec![kind; 3]);
        let (col, kinds) = (StrColumn::new(&names).unwrap(), StrColumn::new(&kinds).unwrap());
        let indexed = m.screen(col.clone(), Some(kinds.clone()), Search::Indexed).unwrap();
        assert_eq!(indexed, m.screen(col, Some(kinds), Search::Exhaustive).unwrap(), "{kind}");
    }
    // Both words weigh alike here: one word added costs 0.4 of it, or 0.6 for a person's name
    // (which also takes the penalty for another entity type).
    let score = |kind| m.screen_one(0, "Iranair Cargo", kind, Search::Indexed)[0].score;
    assert!((score(EntityType::Organization) - 1.0 / 1.4).abs() < 1e-4);
    assert!((score(EntityType::Person) - 0.85 / 1.6).abs() < 1e-4);
}

#[test]
fn serialized_matchers_screen_the_same() {
    let m = matcher(0.8);
    let bytes = m.to_bytes();
    assert_eq!(bytes, matcher(0.8).to_bytes(), "building is deterministic");
    let back = Matcher::from_bytes(&bytes).unwrap();
    assert_eq!(hits(&back, "조경훈"), hits(&m, "조경훈"));
    assert!(Matcher::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(Matcher::from_bytes(b"not a matcher").is_err());
}

#[test]
fn kinds_column_moves_the_score() {
    let m = matcher(0.5);
    let person = m.screen_one(0, "Sobaeksu United Corp", EntityType::Person, Search::Indexed);
    let org = m.screen_one(0, "Sobaeksu United Corp", EntityType::Organization, Search::Indexed);
    assert!(person[0].score < org[0].score);
    assert!(person[0].explanation.contains("type differs"));
}

/// The names `query` finds at threshold 0.1 in a list of `names` (persons), best first.
fn ranked(names: &[String], query: &str) -> Vec<String> {
    let ids: Vec<String> = (0..names.len()).map(|i| i.to_string()).collect();
    let entries = names.iter().zip(&ids).map(|(name, id)| ListEntry {
        entity_id: id,
        name,
        name_kind: "primary",
        entity_type: EntityType::Person,
    });
    let m = Matcher::build(entries, Config::new(0.1, 2).unwrap());
    m.screen_one(0, query, EntityType::Person, Search::Indexed).iter().map(|h| m.matched_name(h.name).to_string()).collect()
}

#[test]
fn a_korean_word_weighs_as_common_as_the_lists_spellings_of_it_in_the_other_script() {
    // In lists large enough for rarity to count, a match on a rare spelling of a common syllable
    // is no stronger evidence than one on its common spelling, so the name matched whole beats
    // the one with a syllable missing or another syllable. Hyun and Hee are common, one name
    // spells 희 Hui:
    let word = |i: usize| -> String { (0..4).map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8)).collect() };
    let mut names: Vec<String> = (0..600).map(|i| format!("{} Hee", word(i))).collect();
    names.extend((600..1200).map(|i| format!("Hyun {}", word(i))));
    names.extend(["Hyun Hee".to_string(), "Hyeon Suk-hui".to_string()]);
    assert_eq!(ranked(&names, "현희"), ["Hyun Hee", "Hyeon Suk-hui"]);
    // 성 and 훈 are common in a Hangul list, 혼 is rare:
    let mut names: Vec<String> = (0..600).map(|i| format!("성{}", hangul_word(i))).collect();
    names.extend((600..1200).map(|i| format!("{}훈", hangul_word(i))));
    names.extend(["성훈".to_string(), "성혼".to_string()]);
    assert_eq!(ranked(&names, "Sung Hoon"), ["성훈", "성혼"]);
}

/// A two-syllable Hangul word made from a number.
fn hangul_word(i: usize) -> String {
    let syllable = |k: usize| char::from_u32(0xAC00 + (k % 11172) as u32).unwrap();
    [syllable(i * 7 + 1), syllable(i * 13 + 5)].iter().collect()
}

#[test]
fn a_list_name_given_exactly_alerts_however_common_unless_a_weak_alias() {
    // 1,200 entities whose names all hold Ahmed and Ali, so that the two make a common name.
    let ids: Vec<String> = (0..1_200).map(|i| format!("e{i}")).collect();
    let names: Vec<String> = (0..1_200).map(|i| format!("AHMED ALI {}", hangul_word(i))).collect();
    let filler = ids.iter().zip(&names).map(|(id, name)| ListEntry { entity_id: id, name, name_kind: "primary", entity_type: EntityType::Person });
    let listed = [
        ListEntry { entity_id: "listed", name: "ALI, Ahmed", name_kind: "primary", entity_type: EntityType::Person },
        ListEntry { entity_id: "weak", name: "QZWX, Vorbandt", name_kind: "primary", entity_type: EntityType::Person },
        ListEntry { entity_id: "weak", name: "ALI, Ahmed", name_kind: "weak_aka", entity_type: EntityType::Person },
    ];
    let m = Matcher::build(filler.chain(listed), Config::new(0.8, 5).unwrap());
    assert_eq!(hits(&m, "Ahmed Ali"), ["listed"], "OFAC does not expect a weak a.k.a. alone to alert");
    assert!(hits(&m, "Ahmad Ali").is_empty(), "spelled otherwise, two common words are not enough");
}

#[test]
fn a_word_aligned_with_a_lists_title_finds_that_name() {
    // The titles are common in the list: the candidate search must not count the query word
    // that aligns with one as extra.
    let filler = (0..200).map(|i| format!("SAYED, {} Amir", hangul_word(i)));
    let list: Vec<String> = ["SAYED, Ahmad Khan", "AMIR, Khan Motaqi", "QARI, Saifullah"].map(String::from).into_iter().chain(filler).collect();
    let m = matcher_of(&list, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["سيد احمد خان", "امیر خان متقی", "Kari Saifullah"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e0"), (1, "e1"), (2, "e2")]);
}

/// Maghrebi spellings join the article to the name, assimilated or not (`ZAKARYA ESSABAR`, `SAMI
/// ELSSEID`); written in Arabic script, the article begins the word (الصبار): found by the index
/// both ways and scored as the same names. And a Latin zh that is z and h (الأزهر, `AL-AZHAR`).
#[test]
fn an_article_joined_in_latin_meets_the_arabic_script_word() {
    let names = ["ZAKARYA ESSABAR", "SAMI ELSSEID", "زكريا الصبار", "AL-AZHAR BEN KHALIFA"];
    let m = matcher_of(&names, EntityType::Person, 0.8, 5);
    let indexed = screen_checked(&m, &["زكريا الصبار", "سامي الصيد", "Zakarya Essabar", "الأزهر بن خليفة"]);
    let found = entity_hits(&m, &indexed);
    assert_eq!(found, [(0, "e2"), (0, "e0"), (1, "e1"), (2, "e0"), (2, "e2"), (3, "e3")]);
}

/// Names in the scripts with modules of their own (Indian, Hebrew, Thai) find their Latin names
/// by the index exactly as exhaustive scoring does; garbled strings of those scripts and of
/// others, digits and signs among them, screen without a panic (a sign whose UTF-8 repeats a
/// byte, ൵, once broke a key), and the index finds nothing for them that exhaustive scoring does
/// not (it does not look up a name of one letter, ڊ or ס, which exhaustive scoring finds).
#[test]
fn other_scripts_and_garbled_text_are_indexed_as_scored() {
    let mut state: u64 = 0x5eed;
    let mut next = move |n: u32| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (state >> 33) as u32 % n
    };
    const BLOCKS: [(u32, u32); 6] = [(0x0900, 0x0D7F), (0x0E00, 0x0E7F), (0x0590, 0x05FF), (0x0400, 0x04FF), (0x0600, 0x06FF), (0xAC00, 0xD7A3)];
    let mut garbled = || -> String {
        let (lo, hi) = BLOCKS[next(BLOCKS.len() as u32) as usize];
        (0..1 + next(10)).map(|_| if next(8) == 0 { ' ' } else { char::from_u32(lo + next(hi - lo + 1)).unwrap_or(' ') }).collect()
    };
    let mut names: Vec<String> = ["MODI, Narendra", "SINGH, Harmohan", "LEVI, Yinon", "BAR YOSEF, Zvi", "WONGSAWAT, Somchai"].map(String::from).into();
    names.extend((0..200).map(|_| garbled()).filter(|n| n.chars().any(char::is_alphanumeric)));
    let m = matcher_of(&names, EntityType::Person, 0.5, 1000);
    let named = ["नरेंद्र मोदी", "ਹਰਮੋਹਨ ਸਿੰਘ", "ינון לוי", "צבי בר יוסף", "สมชาย วงศ์สวัสดิ์"];
    let found = entity_hits(&m, &screen_checked(&m, &named));
    assert_eq!(found, [(0, "e0"), (1, "e1"), (2, "e2"), (3, "e3"), (4, "e4")]);
    let queries: Vec<String> = ["൵", "a൵ ١٢٣"].map(String::from).into_iter().chain((0..1000).map(|_| garbled())).collect();
    let column = StringArray::from(queries.iter().map(String::as_str).collect::<Vec<_>>());
    let col = StrColumn::new(&column).unwrap();
    let indexed = m.screen(col.clone(), None, Search::Indexed).unwrap();
    let exhaustive = m.screen(col, None, Search::Exhaustive).unwrap();
    assert!(!indexed.is_empty() && indexed.iter().all(|h| exhaustive.contains(h)));
}
