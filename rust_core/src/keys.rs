//! Index keys of a token and of two adjacent tokens. List names are indexed under these keys and
//! queries look them up, so one function decides both sides. Each key stands for a rule of the
//! scorer (`score::token_similarity`): two words that any rule calls similar share a key.

use std::hash::Hasher;

use compact_str::CompactString;
use rustc_hash::FxHasher;

use crate::generic_words;
use crate::name::{Class, Script, Token};
use crate::score::{self, Join};
use crate::translit::{arabic, burmese, hangul, mandarin_hangul, sino_korean, somali};

/// Key namespaces: the same string means different things under different rules.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Ns {
    Text = 1,
    Korean,
    KoreanLoose,
    KoreanSurname,
    Chinese,
    Slavic,
    Arabic,
    Phonetic,
    Deletion,
    Native,
    /// Arabic skeletons of one or two letters (`score::arabic_key_counts`): of every list word,
    /// looked up by Arabic-script query words; and of Arabic-script list words, looked up by Latin
    /// ones.
    ArabicShort,
    ArabicShortNative,
    /// Loose Korean keys of Hangul list words, for rarity only (`korean_weight_key`).
    KoreanLooseHangul,
    /// Short words, and short words or words one letter longer without a letter they may drop
    /// (`score::short_vowel_typo`).
    ShortVowel,
    /// Organizations' words and their stems (`score::same_stem`).
    Stem,
    /// One-syllable spellings that Latin list words are one letter off (`near_keys`).
    NearLatin,
    /// Spellings of Hangul list syllables (`near_keys`).
    NearHangul,
}

/// Which side of the index a token's keys are for: list words carry every key a query might look
/// up; a query looks up only the keys its own rules can use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    List,
    Query,
}

fn key(ns: Ns, s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(ns as u8);
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

/// Keys of one token, pushed onto `out` (which may hold duplicates; callers dedupe).
pub fn token_keys(t: &Token, side: Side, out: &mut Vec<u64>) {
    if !t.class.proves() {
        // A query's generic word aligns with a list's name part of its text (`Dap-bu` for 답부:
        // bu is an Arabic particle in Latin letters, 부 a syllable), and a title with a name
        // spelled plainly alike (`score::title_spelled_alike`: Qari, Kari), so it looks those up.
        if t.class == Class::Generic && side == Side::Query {
            out.push(key(Ns::Text, &t.text));
            if t.script == Script::Latin {
                out.push(key(Ns::Text, &arabic::plain_spelling(&t.text)));
            }
        }
        // And a list's title is keyed as the query words that align with it look it up: a Latin
        // word by its plain spelling, an Arabic-script one by its skeleton (سيد, `SAYED`).
        if side == Side::List && t.script == Script::Latin && generic_words::is_title(&t.text) {
            out.push(key(Ns::Text, &arabic::plain_spelling(&t.text)));
            skeleton_keys(&t.arabic, side, false, out);
        }
        return;
    }
    if t.class == Class::Number {
        out.push(key(Ns::Text, &t.text));
        return;
    }
    if let (Script::Hangul, Some(native)) = (t.script, &t.native) {
        out.push(key(Ns::Native, native));
        hangul_spelling_keys(std::slice::from_ref(t), out);
        sino_korean_keys(std::slice::from_ref(t), out);
    }
    out.push(key(Ns::Text, &t.text));
    out.extend(t.central_asian.as_deref().map(|spelled| key(Ns::Text, spelled)));
    if t.script == Script::Latin {
        // `score::token_similarity`'s joined article: the name without it, as its own text is keyed,
        // and by its skeleton, as `score::article_joined_alike` compares it with Arabic script.
        if let Some(name) = arabic::without_joined_article(&t.text) {
            out.push(key(Ns::Text, name));
            skeleton_keys(&arabic::fold(name), side, false, out);
        }
        // And the Burmese rule's word without its aspirating h.
        out.extend(burmese::without_aspiration(&t.text).map(|name| key(Ns::Text, name)));
        // And, for Arabic skeletons of one or two letters, the word spelled plainly.
        if score::short_skeleton(t) {
            out.push(key(Ns::Text, &arabic::plain_spelling(&t.text)));
        }
        // And a Somali spelling as its English-language one is keyed (`score::somali_alike`).
        if let Some(spelled) = &t.somali {
            let skeleton = arabic::fold(spelled);
            out.push(key(Ns::Text, spelled));
            out.extend(somali::opening_vowel_spellings(&t.text, spelled).map(|s| key(Ns::Text, &s)));
            if skeleton.len() <= 2 {
                out.push(key(Ns::Text, &arabic::plain_spelling(spelled)));
            }
            skeleton_keys(&skeleton, side, false, out);
        }
    }
    if let Some(k) = &t.korean {
        out.push(key(Ns::Korean, k));
    } else if t.script == Script::Latin && hangul::long_with_vowel_h(&t.text) {
        // Not read as syllables, but `hangul::spells` may read it against Hangul.
        out.push(key(Ns::Korean, &hangul::fold(&t.text)));
    }
    if let Some(k) = &t.korean_loose {
        out.push(key(Ns::KoreanLoose, k));
    }
    out.extend(t.korean_surnames.iter().map(|s| key(Ns::KoreanSurname, s)));
    out.push(key(Ns::Chinese, &t.chinese));
    out.extend(t.chinese_surnames.iter().map(|v| key(Ns::Chinese, v)));
    out.push(key(Ns::Slavic, &t.slavic));
    let arabic_script = matches!(t.script, Script::Arabic | Script::Hebrew);
    // An Arabic- or Hebrew-script word by all its skeletons (`arabic::other_skeletons`: رضا as Rida and Reza).
    for skeleton in std::iter::once(&t.arabic).chain(&t.other_arabic) {
        skeleton_keys(skeleton, side, arabic_script, out);
    }
    if t.phonetic.len() >= crate::score::MIN_PHONETIC_LEN && !arabic_script {
        out.push(key(Ns::Phonetic, &t.phonetic));
    }
    deletion_keys(&t.text, out);
    if t.script == Script::Latin {
        short_vowel_keys(&t.text, out);
    }
    if side == Side::Query {
        stem_keys(t, out);
    }
    near_keys(t, side, out);
}

/// The keys of an Arabic consonant skeleton (`score::arabic_key_counts`): by itself from three
/// letters, else in `Ns::ArabicShort` and `Ns::ArabicShortNative` by side and script.
fn skeleton_keys(skeleton: &str, side: Side, arabic_script: bool, out: &mut Vec<u64>) {
    match (skeleton.len(), side) {
        (0, _) => {}
        (1 | 2, Side::List) => {
            out.push(key(Ns::ArabicShort, skeleton));
            if arabic_script {
                out.push(key(Ns::ArabicShortNative, skeleton));
            }
        }
        (1 | 2, Side::Query) if arabic_script => out.push(key(Ns::ArabicShort, skeleton)),
        (1 | 2, Side::Query) => out.push(key(Ns::ArabicShortNative, skeleton)),
        _ => out.push(key(Ns::Arabic, skeleton)),
    }
}

/// Keys for `hangul::nearly_spells`, a Latin word one letter off a spelling of a Hangul syllable:
/// both by one-syllable spellings, the Latin word by those it is one letter off
/// (`hangul::near_spellings`), the syllable by its own (`hangul::syllable_spellings`), in one
/// namespace for Latin list words and another for Hangul ones. A Latin query word's keys, a
/// hundred lookups a word, are `latin_near_keys`, looked up only in lists with Hangul syllables.
fn near_keys(t: &Token, side: Side, out: &mut Vec<u64>) {
    if t.class != Class::Word {
        return;
    }
    match (t.script, side) {
        (Script::Latin, Side::List) => out.extend(hangul::near_spellings(&t.text).iter().map(|s| key(Ns::NearLatin, s))),
        (Script::Hangul, _) => {
            let ns = if side == Side::List { Ns::NearHangul } else { Ns::NearLatin };
            let spellings = hangul::syllable_spellings(t.native.as_deref().unwrap_or_default());
            out.extend(spellings.iter().map(|s| key(ns, s)));
        }
        _ => {}
    }
}

/// A Latin query word's keys for `hangul::nearly_spells` (`near_keys`).
pub fn latin_near_keys(t: &Token, out: &mut Vec<u64>) {
    if t.class == Class::Word && t.script == Script::Latin {
        out.extend(hangul::near_spellings(&t.text).iter().map(|s| key(Ns::NearHangul, s)));
    }
}

/// Keys of a word for `score::same_stem`, the word and its stems: of every query word, and of
/// organizations' list words only (`index`), since only their names compare by stems.
pub fn stem_keys(t: &Token, out: &mut Vec<u64>) {
    if score::stem_word(t) {
        out.extend(score::stem_forms(&t.text).map(|s| key(Ns::Stem, s)));
    }
}

/// Symmetric-deletion keys (the word and each one-letter deletion), for typos in longer words.
fn deletion_keys(text: &str, out: &mut Vec<u64>) {
    if !text.is_ascii() || text.len() < crate::score::MIN_TYPO_LEN {
        return;
    }
    out.push(key(Ns::Deletion, text));
    let bytes = text.as_bytes();
    // Deleting either letter of a double gives the same word.
    let skips = (0..bytes.len()).filter(|&i| i == 0 || bytes[i] != bytes[i - 1]);
    keys_without(Ns::Deletion, text, skips, out);
}

/// Keys under `ns` of `text` without the letter at each of `skips`.
fn keys_without(ns: Ns, text: &str, skips: impl Iterator<Item = usize>, out: &mut Vec<u64>) {
    let mut buf = String::with_capacity(text.len());
    for skip in skips {
        buf.clear();
        buf.push_str(&text[..skip]);
        buf.push_str(&text[skip + 1..]);
        out.push(key(ns, &buf));
    }
}

/// Keys for `score::vowel_or_double_apart`: a short word (`SHORT_TYPO_LEN`) itself, and a short word
/// or a word one letter longer without each letter it may drop (`score::droppable`).
fn short_vowel_keys(text: &str, out: &mut Vec<u64>) {
    use crate::score::{droppable, SHORT_TYPO_LEN};
    if !text.is_ascii() || !(SHORT_TYPO_LEN..=SHORT_TYPO_LEN + 1).contains(&text.len()) {
        return;
    }
    if text.len() == SHORT_TYPO_LEN {
        out.push(key(Ns::ShortVowel, text));
    }
    let bytes = text.as_bytes();
    keys_without(Ns::ShortVowel, text, (0..bytes.len()).filter(|&i| droppable(bytes, i)), out);
}

/// Keys of adjacent tokens read as one word (`se` + `un` as `seun`, `kim` + `se` + `un` as
/// `kimseun`): the joined text and, as `score::join` says, the joined Korean and Chinese folds and
/// Arabic skeleton, matching `score::joined_similarity`.
pub fn joined_keys(parts: &[Token], side: Side, out: &mut Vec<u64>) {
    let join = crate::score::join(parts, side);
    if join == Join::No || parts.iter().any(|t| t.class == Class::Number) {
        return;
    }
    // Inline strings: a query's adjacent words are joined for every name screened, and most
    // joined words fit in 24 bytes, so this allocates nothing.
    let joined = |form: fn(&Token) -> Option<&str>| parts.iter().map(form).collect::<Option<CompactString>>();
    let text: CompactString = parts.iter().map(|t| &*t.text).collect();
    out.push(key(Ns::Text, &text));
    if join == Join::TextAndFolds {
        out.extend(crate::score::arabic_joined_key(parts, &text).map(|k| key(Ns::Arabic, &k)));
        let compound = score::arabic_script_compound(parts).map(|native| arabic::skeleton(&native));
        out.extend(compound.filter(|k| k.len() >= 3).map(|k| key(Ns::Arabic, &k)));
        let korean = joined(|t| t.korean.as_deref());
        // Met by a single word's loose key across the initial-sound rule (`Ryongnam` / `Yong Nam`),
        // which writes a word's first letters r, n, i or y.
        let initial_sound = |k: &&CompactString| k.starts_with(['r', 'n', 'i', 'y']);
        out.extend(korean.as_ref().filter(initial_sound).map(|k| key(Ns::KoreanLoose, &hangul::loose(k))));
        out.extend(korean.map(|k| key(Ns::Korean, &k)));
        out.extend(joined(|t| Some(&*t.chinese)).map(|k| key(Ns::Chinese, &k)));
        sino_korean_keys(parts, out);
        hangul_spelling_keys(parts, out);
    }
}

/// Hangul words, one or joined, by the folds of every spelling of their vowels and initials
/// (`hangul::spelling_folds`), as `hangul::spells` reads them against a Latin word.
fn hangul_spelling_keys(parts: &[Token], out: &mut Vec<u64>) {
    if parts.iter().all(|t| t.script == Script::Hangul) {
        let syllables: String = parts.iter().filter_map(|t| t.native.as_deref()).collect();
        out.extend(hangul::spelling_folds(&syllables).iter().map(|f| key(Ns::Korean, f)));
    }
}

/// Hangul words, one or joined, by their Sino-Korean readings (`sino_korean::joined_folds`) and
/// the Mandarin they may write (`mandarin_hangul::folds`), as `score::written_from_hangul` reads
/// them against one Latin word.
fn sino_korean_keys(parts: &[Token], out: &mut Vec<u64>) {
    if parts.iter().all(|t| t.script == Script::Hangul) {
        let syllables: Vec<char> = parts.iter().filter_map(|t| t.native.as_deref()).flat_map(str::chars).collect();
        out.extend(sino_korean::joined_folds(&syllables).iter().map(|f| key(Ns::Chinese, f)));
        out.extend(mandarin_hangul::folds(&syllables).iter().map(|f| key(Ns::Chinese, f)));
    }
}

/// The key a single word is counted under for its rarity in the list.
pub fn weight_key(t: &Token) -> u64 {
    // A Korean surname is as common as all its spellings together: Park, Pak and Bak are one
    // name, and the list's choice of spelling makes none of them rare.
    match t.korean_surnames.first() {
        Some(surname) => key(Ns::KoreanSurname, surname),
        None => key(Ns::Text, &t.text),
    }
}

/// A second rarity key for a word that reads as Korean syllables: its loose Korean key, apart for
/// words written in Hangul and in Latin letters. List words are counted under the key of their
/// own script; a query word looks up the other script's, to weigh as common as the list's words
/// across the scripts that it may stand for (희: Hee, Hui and Heui; Hoon: 훈 and 혼).
pub fn korean_weight_key(t: &Token, script: Script) -> Option<u64> {
    let ns = match script {
        Script::Latin => Ns::KoreanLoose,
        Script::Hangul => Ns::KoreanLooseHangul,
        _ => return None,
    };
    t.korean_loose.as_ref().map(|loose| key(ns, loose))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::analyze;

    fn weight_of(word: &str) -> u64 {
        weight_key(&analyze(word).tokens[0])
    }

    #[test]
    fn korean_surnames_count_their_rarity_across_spellings() {
        assert_eq!(weight_of("Park"), weight_of("Pak"));
        assert_eq!(weight_of("Bak"), weight_of("박"));
        assert_ne!(weight_of("Park"), weight_of("Kim"));
        assert_ne!(weight_of("Smith"), weight_of("Smyth"));
    }

    /// Whether a list word and a query word share a key, one way and the other.
    fn keyed_both_ways(a: &str, b: &str) -> bool {
        let keys = |word: &str, side| {
            let mut out = Vec::new();
            token_keys(&analyze(word).tokens[0], side, &mut out);
            out
        };
        let meet = |list: &str, query: &str| keys(list, Side::List).iter().any(|k| keys(query, Side::Query).contains(k));
        meet(a, b) && meet(b, a)
    }

    #[test]
    fn a_word_with_its_article_joined_shares_a_key_with_the_word() {
        assert!(keyed_both_ways("Alshaban", "Shaban"));
    }

    #[test]
    fn hangul_shares_a_key_with_each_spelling_of_its_vowel() {
        let pairs = [("제", "Jae"), ("재", "Je"), ("태", "Te"), ("혜", "Hea"), ("혜", "Hae"), ("예", "Yea")];
        for (hangul, latin) in pairs {
            assert!(keyed_both_ways(hangul, latin), "{hangul} {latin}");
        }
    }

    #[test]
    fn short_words_vowel_or_double_apart_share_a_key() {
        let keys = |word: &str| {
            let mut out = Vec::new();
            short_vowel_keys(word, &mut out);
            out
        };
        for (a, b) in [("reda", "rida"), ("zaydi", "zadi"), ("noor", "noori"), ("makki", "maki")] {
            assert!(keys(a).iter().any(|k| keys(b).contains(k)), "{a} / {b}");
        }
        assert!(keys("said").iter().all(|k| !keys("sayyid").contains(k)), "two letters apart");
    }
}
