//! Mandarin written in Hangul, as Korean writes Chinese names today (시진핑 Xi Jinping, 마오쩌둥
//! Mao Zedong, 후진타오 Hu Jintao): the Korean standard for Chinese (외래어 표기법, 중국어의 주음
//! 부호와 한글 대조표, Ministry of Education notice 85-11, 1986), with the spellings also in use
//! beside it (시 for shi, 지 for zhi, 저우 for zhou). Not the Korean readings of the characters
//! (習近平 read 습근평): those are `sino_korean`.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::{han, hangul};

/// Pinyin initials and the Hangul consonants the standard writes them with; z and s are also
/// written ㅈ and ㅅ in use.
const INITIALS: &[(&str, &[char])] = &[
    ("b", &['ㅂ']), ("p", &['ㅍ']), ("m", &['ㅁ']), ("f", &['ㅍ']), ("d", &['ㄷ']), ("t", &['ㅌ']),
    ("n", &['ㄴ']), ("l", &['ㄹ']), ("g", &['ㄱ']), ("k", &['ㅋ']), ("h", &['ㅎ']), ("j", &['ㅈ']),
    ("q", &['ㅊ']), ("x", &['ㅅ']), ("zh", &['ㅈ']), ("ch", &['ㅊ']), ("sh", &['ㅅ']), ("r", &['ㄹ']),
    ("z", &['ㅉ', 'ㅈ']), ("c", &['ㅊ']), ("s", &['ㅆ', 'ㅅ']),
];

/// Pinyin finals as written after an initial, and their Hangul with no initial (ㅇ); ü written v.
/// The third column: the spelling after ㅈ, ㅉ and ㅊ, where the standard writes ㅑ ㅖ ㅛ ㅠ as
/// ㅏ ㅔ ㅗ ㅜ (jia 자, jie 제, jiu 주).
const FINALS: &[(&str, &str, Option<&str>)] = &[
    ("a", "아", None), ("o", "오", None), ("e", "어", None), ("ai", "아이", None), ("ei", "에이", None),
    ("ao", "아오", None), ("ou", "어우", None), ("an", "안", None), ("en", "언", None), ("ang", "앙", None),
    ("eng", "엉", None), ("ong", "웅", None), ("er", "얼", None),
    ("i", "이", None), ("ia", "야", Some("아")), ("ie", "예", Some("에")), ("iao", "야오", Some("아오")),
    ("iu", "유", Some("우")), ("ian", "옌", Some("엔")), ("in", "인", None), ("iang", "양", Some("앙")),
    ("ing", "잉", None), ("iong", "융", Some("웅")),
    ("u", "우", None), ("ua", "와", None), ("uo", "워", None), ("uai", "와이", None), ("ui", "우이", None),
    ("uan", "완", None), ("un", "운", None), ("uang", "왕", None),
    ("v", "위", None), ("ve", "웨", None), ("van", "위안", None), ("vn", "윈", None),
];

/// Syllables with no initial, as pinyin spells them (y, w) and the standard writes them.
const ZERO_INITIAL: &[(&str, &str)] = &[
    ("yi", "이"), ("ya", "야"), ("ye", "예"), ("yao", "야오"), ("you", "유"), ("yan", "옌"), ("yin", "인"),
    ("yang", "양"), ("ying", "잉"), ("yong", "융"), ("wu", "우"), ("wa", "와"), ("wo", "워"),
    ("wai", "와이"), ("wei", "웨이"), ("wan", "완"), ("wen", "원"), ("wang", "왕"), ("weng", "웡"),
    ("yu", "위"), ("yue", "웨"), ("yuan", "위안"), ("yun", "윈"),
];

/// Initials after which the standard writes -i as 으 (zhi 즈, si 쓰); 이 is in use after the first
/// three (시진핑 for Xi, and 시 for shi too).
const BUZZING: &[&str] = &["zh", "ch", "sh", "r", "z", "c", "s"];
const BUZZING_IN_USE: &[&str] = &["zh", "ch", "sh"];

/// Every Hangul spelling of each pinyin syllable that `han` knows.
fn spellings(pinyin: &str) -> Vec<String> {
    if let Some(&(_, hangul)) = ZERO_INITIAL.iter().find(|(p, _)| *p == pinyin) {
        return vec![hangul.to_string()];
    }
    let Some(&(initial, consonants)) = INITIALS
        .iter()
        .filter(|(i, _)| pinyin.starts_with(i))
        .max_by_key(|(i, _)| i.len())
    else {
        return FINALS.iter().filter(|f| f.0 == pinyin).map(|f| f.1.to_string()).collect();
    };
    let mut rest = pinyin[initial.len()..].to_string();
    if ["j", "q", "x"].contains(&initial) && rest.starts_with('u') {
        rest.replace_range(..1, "v"); // ju is jü
    }
    let finals: Vec<&str> = if rest == "i" && BUZZING.contains(&initial) {
        if BUZZING_IN_USE.contains(&initial) { vec!["으", "이"] } else { vec!["으"] }
    } else {
        match FINALS.iter().find(|f| f.0 == rest) {
            Some(&(_, _, Some(plain))) if consonants.iter().any(|c| ['ㅈ', 'ㅉ', 'ㅊ'].contains(c)) => vec![plain],
            Some(&(_, hangul, _)) => vec![hangul],
            None => return Vec::new(),
        }
    };
    let mut out = Vec::new();
    for &consonant in consonants {
        for final_ in &finals {
            let mut chars = final_.chars();
            let first = chars.next().and_then(|c| hangul::with_initial(c, consonant));
            out.extend(first.map(|first| std::iter::once(first).chain(chars).collect::<String>()));
        }
    }
    out
}

/// Hangul spelling (one or two syllables) -> the Chinese folds (`han::fold`) of the pinyin
/// syllables written so.
fn table() -> &'static FxHashMap<String, Vec<String>> {
    static TABLE: OnceLock<FxHashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for pinyin in han::pinyin_syllables().filter(|p| !INTERJECTIONS.contains(p)) {
            let fold = han::fold(pinyin);
            for hangul in spellings(pinyin) {
                let entry = table.entry(hangul).or_default();
                if !entry.contains(&fold) {
                    entry.push(fold.clone());
                }
            }
        }
        table
    })
}

/// Syllables of interjections only (哦 o, 欸 ei, 哟 yo, 咯 lo), never of a name: read in Hangul
/// (오), they would join Korean syllables to Chinese folds that Wade-Giles spellings share
/// (치오 as `jihe`, the fold of Jiho).
const INTERJECTIONS: &[&str] = &["o", "ei", "yo", "lo"];

/// The longest Hangul spelling of one pinyin syllable, in syllables (위안 for yuan).
const MOST_SYLLABLES: usize = 2;

/// Whether `chinese` (a Chinese fold) is Mandarin syllables that `hangul` writes one after the
/// other: 시진핑 and `xijinping`.
pub fn reads(hangul: &str, chinese: &str) -> bool {
    let syllables: Vec<char> = hangul.chars().collect();
    han::folds_in_order(&syllables, chinese, MOST_SYLLABLES, spelled)
}

/// The Chinese folds of the pinyin syllables that Hangul `run` writes.
fn spelled(run: &[char]) -> &'static [String] {
    table().get(&run.iter().collect::<String>()).map_or(&[], Vec::as_slice)
}

/// The Chinese folds of a Hangul word of up to `MOST_FOLDED` syllables: every pinyin it may
/// write, joined, at most `MOST_FOLDS` of them (for index keys).
pub fn folds(syllables: &[char]) -> Vec<String> {
    if syllables.len() > MOST_FOLDED {
        return Vec::new();
    }
    // partial[k]: the folds of the first k syllables.
    let mut partial: Vec<Vec<String>> = vec![Vec::new(); syllables.len() + 1];
    partial[0].push(String::new());
    for k in 0..syllables.len() {
        for len in 1..=MOST_SYLLABLES.min(syllables.len() - k) {
            let folds = spelled(&syllables[k..k + len]);
            let extended: Vec<String> =
                partial[k].iter().flat_map(|head| folds.iter().map(move |f| format!("{head}{f}"))).collect();
            for fold in extended {
                if partial[k + len].len() < MOST_FOLDS && !partial[k + len].contains(&fold) {
                    partial[k + len].push(fold);
                }
            }
        }
    }
    partial.pop().unwrap_or_default()
}

const MOST_FOLDED: usize = 4;
const MOST_FOLDS: usize = 16;

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(latin: &str) -> String {
        han::fold(latin)
    }

    #[test]
    fn the_standards_own_examples() {
        for (hangul, pinyin) in [
            ("베이징", "beijing"), ("톈진", "tianjin"), ("상하이", "shanghai"), ("마오쩌둥", "maozedong"),
            ("덩샤오핑", "dengxiaoping"), ("후진타오", "hujintao"), ("원자바오", "wenjiabao"), ("쑨원", "sunwen"),
            ("구이린", "guilin"), ("쿤밍", "kunming"), ("시진핑", "xijinping"), ("저우언라이", "zhouenlai"),
        ] {
            assert!(reads(hangul, &fold(pinyin)), "{hangul} / {pinyin}");
        }
    }

    #[test]
    fn spellings_in_use_beside_the_standard() {
        assert!(reads("리시쥔", &fold("lishijun")), "시 for shi (standard 스)");
        assert!(reads("리스쥔", &fold("lishijun")));
        assert!(reads("쩌", &fold("ze")) && reads("저", &fold("ze")));
    }

    #[test]
    fn other_syllables_do_not_read() {
        assert!(!reads("시진핑", &fold("lijinping")));
        assert!(!reads("김정은", &fold("jinzhengen")), "Korean syllables are not Mandarin sounds");
    }

    #[test]
    fn folds_key_what_reads() {
        let keys = folds(&['진', '핑']);
        assert!(keys.contains(&fold("jinping")), "{keys:?}");
        assert!(folds(&['가', '나', '다', '라', '마']).is_empty(), "too long to key");
    }
}
