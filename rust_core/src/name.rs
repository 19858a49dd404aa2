//! One name, analysed: normalized, split into tokens, each token romanized from its script and
//! given the cross-system keys that the index looks up and the scorer compares. List names and
//! query names go through the same analysis, so one rule decides both sides.

use std::hash::Hasher;
use std::ops::Deref;
use std::sync::Arc;

use rustc_hash::FxHasher;
use serde::{Deserialize, Serialize};

use crate::generic_words::{self, Generic};
use crate::normalize::{normalize, Folds, Normalized};
use crate::phonetic::phonetic_key;
use crate::translit::{arabic, cyrillic, generic, han, hangul, hebrew, indic, somali, thai, vietnamese};

/// The script a token was written in, before romanization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Script {
    Latin,
    Hangul,
    Cyrillic,
    Han,
    Arabic,
    Hebrew,
    Other,
}

impl Script {
    pub fn label(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Hangul => "Hangul",
            Script::Cyrillic => "Cyrillic",
            Script::Han => "Chinese characters",
            Script::Arabic => "Arabic script",
            Script::Hebrew => "Hebrew script",
            Script::Other => "transliterated",
        }
    }
}

/// What role a token can play in a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Class {
    Word,
    /// Digits: numbers must agree (`BELLETECH CORP` is not `11420 CORP`).
    Number,
    /// A single letter: matches a word with that first letter, as weak evidence.
    Initial,
    /// Legal form, generic business word, title or Arabic particle: weighs little and generates
    /// no candidates; equal to another spelling of the same canonical word.
    Generic,
}

impl Class {
    /// Whether a token of this class proves a match: generic words and initials prove nothing
    /// alone, so they have no index keys and align with any list name's without one.
    pub fn proves(self) -> bool {
        matches!(self, Class::Word | Class::Number)
    }
}

/// One name part: its forms, shared (a word's analysis is the same wherever it appears, so a
/// query word seen before is not analysed again), and whether this occurrence is the family name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub forms: Arc<Forms>,
    /// Written as the family name: before the comma of `FAMILY, Given`, or a Hangul name's
    /// leading surname syllables.
    pub family: bool,
}

impl Token {
    /// An East-Slavic patronymic (`cyrillic::is_patronymic`), not written as the family name
    /// (`ABRAMOVICH, Roman` is a surname).
    pub fn is_patronymic(&self) -> bool {
        !self.family && self.class == Class::Word && cyrillic::is_patronymic(&self.text)
    }
}

impl Deref for Token {
    type Target = Forms;

    fn deref(&self) -> &Forms {
        &self.forms
    }
}

/// A spelling of a word, with its hash: the scorer compares forms far more often than they are
/// made, and most comparisons are unequal, which the hashes settle without reading the text.
#[derive(Debug, Clone, Eq, Serialize, Deserialize)]
pub struct Form {
    text: String,
    hash: u64,
}

impl Form {
    pub fn new(text: String) -> Form {
        let mut hasher = FxHasher::default();
        hasher.write(text.as_bytes());
        Form { hash: hasher.finish(), text }
    }
}

impl PartialEq for Form {
    fn eq(&self, other: &Form) -> bool {
        self.hash == other.hash && self.text == other.text
    }
}

impl PartialEq<&str> for Form {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl Deref for Form {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

/// A word romanized from its script, with the cross-system forms that the index keys and the
/// scorer compare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forms {
    /// Lower-case ASCII romanization (the token itself for Latin input).
    pub text: Form,
    /// The token as written, for tokens romanized from another script.
    pub native: Option<String>,
    pub script: Script,
    pub class: Class,
    /// Canonical spelling of a generic word (`co` and `company` share `company`).
    pub canonical: Option<String>,
    /// Korean romanization fold, when the token reads as Korean syllables.
    pub korean: Option<Form>,
    /// How many Korean syllables the word reads as (`hangul::syllables`), 0 if it does not.
    pub korean_syllables: u8,
    /// The looser Korean key (`hangul::loose`): o and u merged (Sung, Chul), an initial ㄹ as
    /// written r, n or not at all (Ryol, Yol).
    pub korean_loose: Option<Form>,
    /// The Korean surnames this token may stand for, as canonical keys: a Hangul surname itself,
    /// or the surnames a romanization may denote (`chong` is 정 or 종).
    pub korean_surnames: Vec<Form>,
    /// Mandarin romanization fold (Pinyin / Wade-Giles).
    pub chinese: Form,
    /// The syllables of the word as a Chinese or Vietnamese name part: one or two Mandarin
    /// syllables (`han::name_part_syllables`: `hsi`, `zhiyong`) or one Vietnamese syllable
    /// (`hung`, `hoang`); 0 for other words. Another syllable is another name: between two such
    /// words a consonant skeleton or a sound says nothing, nor, between two single syllables, a
    /// typo or the Slavic fold's glides.
    pub east_asian_syllables: u8,
    /// Mandarin folds of the surnames a Cantonese, Hokkien ... spelling stands for (Wong: Huang, Wang).
    pub chinese_surnames: Vec<Form>,
    /// East-Slavic transliteration fold.
    pub slavic: Form,
    /// Arabic-name consonant skeleton.
    pub arabic: Form,
    /// An Arabic-script word's other skeletons, as Latin spellings may read its letters
    /// (`arabic::other_skeletons`: رضا as Reza, اسحاق as Ishaq); empty for other words.
    pub other_arabic: Vec<Form>,
    /// A Latin word in the Somali orthography, spelled as English-language spellings do
    /// (`somali::conventional`: Maxamed as Mahamed, Cali as Ali).
    pub somali: Option<Form>,
    /// A Cyrillic word with ж in the Central Asian spelling (`cyrillic::central_asian`: Джамшид
    /// as Jamshid).
    pub central_asian: Option<Form>,
    pub phonetic: Form,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    pub tokens: Vec<Token>,
    pub folds: FoldFlags,
}

/// `normalize::Folds`, kept with the name for the explanation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoldFlags {
    pub invisible: bool,
    pub homoglyph: bool,
    pub width: bool,
}

impl From<Folds> for FoldFlags {
    fn from(f: Folds) -> Self {
        FoldFlags { invisible: f.invisible, homoglyph: f.homoglyph, width: f.width }
    }
}

/// Names longer than this are cut: alignment works on bit masks of token positions.
pub const MAX_TOKENS: usize = 24;

pub fn analyze(raw: &str) -> Name {
    analyze_prepared(&Prepared::new(raw), push_word)
}

/// Where a word stands in its name, which decides how some words read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// No token of the name comes before it: Hangul and Chinese words there open with the surname.
    pub name_start: bool,
    /// The name is a Korean name in Latin letters (`korean_in_latin`).
    pub korean: bool,
}

impl Place {
    /// A number for each place, in `0..Place::COUNT`, for caches of words by place.
    pub const COUNT: usize = 4;

    pub fn index(self) -> usize {
        usize::from(self.name_start) | usize::from(self.korean) << 1
    }
}

/// What the analysis of a name reads of its raw text: the normalized words, how many of them
/// are the family name, and whether a full stop marks initials or abbreviations. Raw names that
/// prepare alike analyse alike (`MOHAMED HASSAN`, `Mohamed Hassan`), so `key` can stand for them.
pub struct Prepared {
    normalized: Normalized,
    /// `KIM, Se Un`: the words before the comma are the family name.
    family_words: usize,
    /// A letter with a full stop is an initial or an abbreviation (`A. Gill`, `MIRA E.U.`).
    abbreviated: bool,
}

impl Prepared {
    pub fn new(raw: &str) -> Prepared {
        let family_words = match raw.split_once(',') {
            Some((family, _)) => normalize(family).tokens().count(),
            None => usize::from(korean_family_first(raw)),
        };
        Prepared { normalized: normalize(raw), family_words, abbreviated: raw.contains('.') }
    }

    /// Everything the analysis reads, as one text: equal keys, equal analyses and explanations.
    pub fn key(&self) -> String {
        let folds = FoldFlags::from(self.normalized.folds);
        let flags = [self.abbreviated, folds.invisible, folds.homoglyph, folds.width];
        let mut key = String::with_capacity(self.normalized.text.len() + 3);
        key.push_str(&self.normalized.text);
        // Normalized text holds no control characters.
        key.push('\0');
        key.push(char::from(b'0' + self.family_words.min(MAX_TOKENS) as u8));
        key.push(char::from(b'a' + flags.iter().rev().fold(0, |m, &f| m << 1 | u8::from(f))));
        key
    }
}

/// `analyze` of a prepared name, with the analysis of each word (`push_word`'s job) left to the
/// caller, which may take it from a cache: a word's tokens depend only on the word and its place.
pub fn analyze_prepared(name: &Prepared, mut word_tokens: impl FnMut(&str, Place, &mut Vec<Token>)) -> Name {
    let Prepared { normalized, family_words, abbreviated } = name;
    let korean = !abbreviated && korean_in_latin(normalized.tokens(), *family_words);
    let mut tokens = Vec::new();
    for (i, word) in normalized.tokens().enumerate() {
        let start = tokens.len();
        word_tokens(word, Place { name_start: tokens.is_empty(), korean }, &mut tokens);
        if i < *family_words {
            tokens[start..].iter_mut().for_each(|t| t.family = true);
        }
        if tokens.len() >= MAX_TOKENS {
            tokens.truncate(MAX_TOKENS);
            break;
        }
    }
    Name { tokens, folds: normalized.folds.into() }
}

/// A Korean name's family words, as a mask of token positions: every word Korean syllables, and a
/// family name that is a Korean surname, before the comma or, without one, first or last (`KIM
/// JONG UN`, `Se Un Kim`, 김세운). None for other names.
pub fn korean_family(tokens: &[Token]) -> Option<u32> {
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].class == Class::Word).collect();
    let surname = |i: usize| !tokens[i].korean_surnames.is_empty();
    let family: u32 = if tokens.iter().any(|t| t.family) {
        words.iter().filter(|&&i| tokens[i].family).fold(0, |mask, &i| mask | 1 << i)
    } else {
        let first_is_surname = words.first().is_some_and(|&i| surname(i));
        let family = if first_is_surname { words.first() } else { words.last() };
        family.map_or(0, |&i| 1 << i)
    };
    let korean = words.iter().any(|&i| family >> i & 1 == 1 && surname(i)) && words.iter().all(|&i| tokens[i].korean.is_some());
    korean.then_some(family)
}

/// Whether a name without a comma is a Korean surname and a given name of two syllables joined by
/// a hyphen (`Sung Jong-hyun`, `Kim Min-gyu`): the hyphen binds the given name, so the family name
/// is the word before it, not the syllable after it.
fn korean_family_first(raw: &str) -> bool {
    let mut words = raw.split_whitespace();
    let (Some(family), Some(given), None) = (words.next(), words.next(), words.next()) else { return false };
    let Some((a, b)) = given.split_once('-') else { return false };
    let syllables = |w: &str| hangul::syllables(&w.to_ascii_lowercase()).is_some();
    hangul::is_surname(&family.to_ascii_lowercase()) && syllables(a) && syllables(b)
}

/// Whether a name is a Korean name in Latin letters with a syllable that reads otherwise elsewhere:
/// a single letter (`HAN, Kwon U`, `CHO, Il-U`, `O, Kuk-Ryol`) or a short word that is a particle
/// or a legal form (`Li Bin`). Such a name's words are all Korean syllables and its family name
/// (the words before the comma, else the first or the last word, which must not be one of those
/// words itself) is a Korean surname; there those words are syllables, as in Hangul
/// (`latin_forms`), not initials or generic words.
fn korean_in_latin<'a>(words: impl Iterator<Item = &'a str> + Clone, family_words: usize) -> bool {
    let other_reading = |w: &str| w.len() <= 3 && latin_class(w, false, Script::Latin).0 != Class::Word;
    if !words.clone().any(other_reading) {
        return false;
    }
    let words: Vec<&str> = words.collect();
    let family = match family_words {
        0 => [words[0], words[words.len() - 1]].iter().any(|w| hangul::is_surname(w) && !other_reading(w)),
        n => words.iter().take(n).all(|w| hangul::is_surname(w)),
    };
    words.len() >= 2 && family && words.iter().all(|w| hangul::syllables(w).is_some())
}

fn script_of(word: &str) -> Script {
    let first = word.chars().find(|c| c.is_alphabetic());
    match first {
        // Digits and signs of other scripts (١٢٣, ൵) are romanized as other scripts' letters are.
        None if word.is_ascii() => Script::Latin,
        None => Script::Other,
        Some(c) if c.is_ascii() => Script::Latin,
        Some(c) if hangul::is_syllable(c) => Script::Hangul,
        Some(c) if cyrillic::is_cyrillic(c) => Script::Cyrillic,
        Some(c) if han::is_han(c) => Script::Han,
        Some(c) if arabic::is_arabic(c) => Script::Arabic,
        Some(c) if hebrew::is_hebrew(c) => Script::Hebrew,
        Some(_) => Script::Other,
    }
}

/// The tokens of one word at its place in the name.
pub fn push_word(word: &str, place: Place, out: &mut Vec<Token>) {
    match script_of(word) {
        Script::Latin => out.push(latin_token(word.to_string(), None, Script::Latin, place.korean)),
        Script::Hangul => push_hangul(word, place.name_start, out),
        Script::Han => push_han(word, place.name_start, out),
        Script::Cyrillic => {
            let text = cyrillic::transliterate(word, cyrillic::System::BgnPcgn);
            let mut forms = latin_forms(text, Some(word.to_string()), Script::Cyrillic, false);
            forms.central_asian = cyrillic::central_asian(word).map(Form::new);
            push_forms(forms, out);
        }
        Script::Arabic => {
            let mut forms = latin_forms(generic::romanize(word), Some(word.to_string()), Script::Arabic, false);
            // Arabic script writes no short vowels: its own skeletons are the reliable keys.
            forms.arabic = Form::new(arabic::skeleton(word));
            forms.other_arabic = arabic::other_skeletons(word).into_iter().map(Form::new).collect();
            push_forms(forms, out);
        }
        Script::Hebrew => {
            // Compared by its skeletons, each reading of its letters (`score::hebrew_against`).
            let text = hebrew::particle(word).map_or_else(|| generic::romanize(word), str::to_string);
            let mut forms = latin_forms(text, Some(word.to_string()), Script::Hebrew, false);
            let mut skeletons = hebrew::skeletons(word).into_iter().map(Form::new);
            forms.arabic = skeletons.next().expect("a word has one reading at least");
            forms.other_arabic = skeletons.collect();
            push_forms(forms, out);
        }
        Script::Other => {
            for part in romanize_other(word).split(' ').filter(|p| !p.is_empty()) {
                out.push(latin_token(part.to_string(), Some(word.to_string()), Script::Other, false));
            }
        }
    }
}

/// A word's token, unless the word romanizes to nothing (vowel points or other marks alone), which
/// would be the same as every other such word.
fn push_forms(forms: Forms, out: &mut Vec<Token>) {
    if !forms.text.is_empty() {
        out.push(Token { forms: Arc::new(forms), family: false });
    }
}

/// A word of another script, by its script's module where it has one (`indic`, `thai`), else by
/// the generic fallback.
fn romanize_other(word: &str) -> String {
    if word.chars().any(indic::is_indic) {
        indic::romanize(word)
    } else if word.chars().any(thai::is_thai) {
        thai::romanize(word)
    } else {
        generic::romanize(word)
    }
}

/// Hangul names are written without spaces (`김세운`): one token per syllable, since syllables are
/// the unit of comparison, except a two-syllable family name (`남궁`) at the start of the name.
fn push_hangul(word: &str, name_start: bool, out: &mut Vec<Token>) {
    let syllables: Vec<char> = word.chars().collect();
    let surname = if name_start { hangul::surname_len(word) } else { 0 };
    let (head, rest) = if surname > 1 && surname < syllables.len() {
        (Some(syllables[..surname].iter().collect::<String>()), &syllables[surname..])
    } else {
        (None, &syllables[..])
    };
    let parts = head.into_iter().chain(rest.iter().map(|c| c.to_string()));
    // A Hangul name word opening the name starts with the family name, or is it (`김 세운`).
    let mut family = name_start && (syllables.len() > 1 || hangul::hangul_surname_key(word).is_some());
    for part in parts {
        let text: String = part.chars().filter_map(hangul::rr).collect();
        if text.is_empty() {
            continue;
        }
        let forms = latin_forms(text, Some(part), Script::Hangul, true);
        out.push(Token { forms: Arc::new(forms), family: std::mem::take(&mut family) });
    }
}

/// Chinese names are written without spaces: one token per character, read by its surname reading
/// at the start of a name and by its most common reading elsewhere.
fn push_han(word: &str, name_start: bool, out: &mut Vec<Token>) {
    for (i, c) in word.chars().enumerate() {
        let reading = (name_start && i == 0)
            .then(|| han::surname_reading(c))
            .flatten()
            .or_else(|| han::readings(c).first().copied());
        let text = match reading {
            Some(r) => r.to_string(),
            None => generic::romanize(&c.to_string()),
        };
        if !text.is_empty() {
            out.push(latin_token(text, Some(c.to_string()), Script::Han, true));
        }
    }
}

fn latin_token(text: String, native: Option<String>, script: Script, syllable: bool) -> Token {
    Token { forms: Arc::new(latin_forms(text, native, script, syllable)), family: false }
}

/// A word's class, and a generic word's canonical spelling. A `syllable` romanized from Hangul
/// or Han characters, or of a Korean name in Latin letters, is a name part, even where its
/// romanization spells a legal form, a particle or an initial (사 `sa`, 알 `al`, 이 `i`). An
/// Arabic-script word's romanization, its consonants only, may spell a Latin title or legal form
/// (عمر `mr`) that it is not: it is generic only as an Arabic particle (بن `bn`, عبد `bd`).
fn latin_class(text: &str, syllable: bool, script: Script) -> (Class, Option<&'static str>) {
    let generic = generic_words::classify(text).filter(|_| !syllable && script != Script::Arabic);
    let particle = arabic::particle(text).filter(|_| !syllable);
    let class = if text.bytes().all(|b| b.is_ascii_digit()) {
        Class::Number
    } else if generic.is_some() || particle.is_some() {
        Class::Generic
    } else if text.len() == 1 && !syllable {
        Class::Initial
    } else {
        Class::Word
    };
    (class, generic.and_then(Generic::canonical).or(particle))
}

fn latin_forms(text: String, native: Option<String>, script: Script, syllable: bool) -> Forms {
    let (class, canonical) = latin_class(&text, syllable, script);
    let canonical = canonical.map(str::to_string);
    let syllables = hangul::syllables(&text);
    let korean = syllables.as_ref().map(|_| hangul::fold(&text));
    let korean_surnames: Vec<&str> = match (&native, script) {
        (Some(h), Script::Hangul) => hangul::hangul_surname_key(h).into_iter().collect(),
        _ => hangul::surname_keys(&text).to_vec(),
    };
    let east_asian_syllables = match han::name_part_syllables(&text) {
        0 => u8::from(vietnamese::is_syllable(&text)),
        n => n,
    };
    // Not Korean syllables, nor a Chinese or Vietnamese syllable or Pinyin's x, whose c and x are
    // their own (Cao, Xuan, Xiaoping); two syllables with a c may be Somali (ca-li, Cali).
    let east_asian = east_asian_syllables == 1 || (east_asian_syllables > 0 && text.contains('x'));
    let somali = (script == Script::Latin && syllables.is_none() && !east_asian)
        .then(|| somali::conventional(&text))
        .flatten();
    Forms {
        korean_surnames: korean_surnames.into_iter().map(|k| Form::new(k.to_string())).collect(),
        korean_loose: korean.as_deref().map(|k| Form::new(hangul::loose(k))),
        chinese_surnames: han::surname_variants(&text).iter().map(|v| Form::new(han::fold(v))).collect(),
        chinese: Form::new(han::fold(&text)),
        east_asian_syllables,
        slavic: Form::new(cyrillic::fold(&text)),
        arabic: Form::new(arabic::fold(&text)),
        other_arabic: Vec::new(),
        somali: somali.map(Form::new),
        central_asian: None,
        phonetic: Form::new(phonetic_key(&text)),
        korean: korean.map(Form::new),
        korean_syllables: syllables.map_or(0, |s| s.len().min(u8::MAX as usize) as u8),
        canonical,
        class,
        script,
        native,
        text: Form::new(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(raw: &str) -> Vec<String> {
        analyze(raw).tokens.into_iter().map(|t| t.text.to_string()).collect()
    }

    #[test]
    fn latin_names_keep_their_tokens() {
        assert_eq!(texts("KIM, Se-u'n"), ["kim", "se", "un"]);
        let name = analyze("KOREA SOBAEKSU TRADING CORP.");
        let classes: Vec<Class> = name.tokens.iter().map(|t| t.class).collect();
        assert_eq!(classes, [Class::Generic, Class::Word, Class::Generic, Class::Generic]);
        assert_eq!(name.tokens[3].canonical.as_deref(), Some("corporation"));
        assert_eq!(analyze("NORTH KOREAN MINING").tokens[1].canonical.as_deref(), Some("korea"));
    }

    #[test]
    fn hangul_names_split_into_syllables_romanized_by_rr() {
        let name = analyze("김세운");
        assert_eq!(name.tokens.iter().map(|t| &*t.text).collect::<Vec<_>>(), ["gim", "se", "un"]);
        assert_eq!(name.tokens[0].native.as_deref(), Some("김"));
        assert!(name.tokens.iter().all(|t| t.script == Script::Hangul));
        // The romanized syllables carry the Korean fold, so `kim` (MR) and `gim` (RR) meet.
        assert_eq!(name.tokens[0].korean, analyze("Kim").tokens[0].korean);
    }

    #[test]
    fn syllables_romanized_to_a_letter_or_a_legal_form_are_name_parts() {
        // 이 is `i`, 우 `u`, 사 `sa` (the legal form S.A.), 알 `al` (the Arabic article).
        for raw in ["이민우", "사알"] {
            assert!(analyze(raw).tokens.iter().all(|t| t.class == Class::Word), "{raw}");
        }
        assert_eq!(analyze("Lee M. W.").tokens[1].class, Class::Initial);
    }

    #[test]
    fn two_syllable_surnames_stay_whole() {
        let name = analyze("남궁민");
        assert_eq!(name.tokens.len(), 2);
        assert_eq!(name.tokens[0].native.as_deref(), Some("남궁"));
    }

    #[test]
    fn cyrillic_is_transliterated_and_folds_with_latin_spellings() {
        let cyr = analyze("Виталий Сергеевич Андреев");
        let lat = analyze("ANDREYEV, Vitaliy Sergeyevich");
        assert_eq!(cyr.tokens[0].slavic, lat.tokens[1].slavic);
        assert_eq!(cyr.tokens[2].slavic, lat.tokens[0].slavic);
        assert_eq!(cyr.tokens[0].script, Script::Cyrillic);
        assert_eq!(analyze("عمر").tokens[0].class, Class::Word, "romanized mr, not the title Mr");
    }

    #[test]
    fn any_text_is_analysed_without_panicking() {
        let odd = [
            "xəlilov", "ǃXóõ", "Ŋgugi", "ʻOkina", "Ǆemal", "𝔉𝔯𝔞𝔨𝔱𝔲𝔯", "ﷺ", "\u{0301}\u{0301}", "ß", "İstanbul",
            "Đặng Thị Ngọc Thịnh", "Þórður", "ग्राम", "東京都", "ㄱㄴ", "가", "🙂 Smith", "", " , . - ",
        ];
        for raw in odd {
            let name = analyze(raw);
            assert!(name.tokens.iter().all(|t| !t.text.is_empty()), "{raw}: {:?}", name.tokens);
        }
    }

    #[test]
    fn classes_numbers_initials() {
        let name = analyze("11420 CORP");
        assert_eq!(name.tokens[0].class, Class::Number);
        let name = analyze("Andreev V. S.");
        assert_eq!(name.tokens[1].class, Class::Initial);
    }

    #[test]
    fn a_hyphenated_korean_given_name_marks_the_word_before_it_as_the_family_name() {
        let family = |raw: &str| analyze(raw).tokens.iter().map(|t| t.family).collect::<Vec<_>>();
        assert_eq!(family("Sung Jong-hyun"), [true, false, false]);
        assert_eq!(family("Jong-hyun Sung"), [false, false, false]);
        assert_eq!(family("Anna Smith-Jones"), [false, false, false]);
    }

    #[test]
    fn a_korean_name_in_latin_letters_reads_letters_and_particles_as_syllables() {
        let classes = |raw: &str| analyze(raw).tokens.iter().map(|t| t.class).collect::<Vec<_>>();
        use Class::{Generic, Initial, Word};
        assert_eq!(classes("HAN, Kwon U"), [Word, Word, Word]);
        assert_eq!(classes("O, Kuk-Ryol"), [Word, Word, Word]);
        assert_eq!(classes("Li Bin"), [Word, Word]);
        assert_eq!(classes("Kwon U Han"), [Word, Word, Word]);
        // Not Korean names: a word that is no Korean syllable, or no Korean surname.
        assert_eq!(classes("Smith, John A"), [Word, Word, Initial]);
        assert_eq!(classes("Mohammed Bin Salman"), [Word, Generic, Word]);
        assert_eq!(classes("Hasan Bin Ali"), [Word, Generic, Word]);
        assert_eq!(classes("Salim, Abu Bin"), [Word, Generic, Generic], "the family name is no surname");
        assert_eq!(classes("A. Gill"), [Initial, Word]);
        assert_eq!(classes("Mira E U"), [Word, Initial, Initial], "only a letter says it is a surname");
    }
}
