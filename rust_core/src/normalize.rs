//! Unicode normalization of a name, before any transliteration: invisible characters out,
//! compatibility forms (full-width, ligatures) folded by NFKC, case folded, Latin diacritics
//! stripped, homoglyphs from another script folded into the token's own script, punctuation
//! turned into token breaks. The result is lower-case tokens separated by single spaces, still in
//! their own scripts (Hangul, Cyrillic, Han ... are transliterated later, by `translit`).

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which folds changed the input: the explanation reports them, since a name that needed a
/// homoglyph or an invisible character removed is itself a signal to an analyst.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Folds {
    pub invisible: bool,
    pub homoglyph: bool,
    pub diacritic: bool,
    pub width: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub text: String,
    pub folds: Folds,
}

impl Normalized {
    pub fn tokens(&self) -> impl Iterator<Item = &str> + Clone {
        self.text.split(' ').filter(|t| !t.is_empty())
    }
}

pub fn normalize(raw: &str) -> Normalized {
    let raw = &*without_possessive(raw);
    let mut folds = Folds::default();
    if raw.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        // Printable ASCII, most customer names: NFKC, invisible characters and homoglyphs cannot
        // apply, so only case and punctuation are folded.
        let mut text = String::with_capacity(raw.len());
        for c in raw.chars() {
            fold_char(c, &mut text, &mut folds);
        }
        // `fold_char` never doubles a token break: only the ends can hold one. Trimmed in place:
        // this runs for every name screened.
        text.truncate(text.trim_end_matches(' ').len());
        if text.starts_with(' ') {
            text.remove(0);
        }
        return Normalized { text, folds };
    }

    let visible: String = raw
        .chars()
        .filter_map(|c| {
            if is_invisible(c) {
                folds.invisible = true;
                None
            } else if c.is_control() {
                Some(' ')
            } else {
                Some(c)
            }
        })
        .collect();

    // Most names are in NFKC already (the quick check says so without normalizing), and then
    // nothing was a compatibility form.
    let compat: String = if is_nfkc_quick(visible.chars()) == IsNormalized::Yes {
        visible
    } else {
        let compat: String = visible.nfkc().collect();
        folds.width = compat != visible.nfc().collect::<String>();
        compat
    };

    let mut text = String::with_capacity(compat.len());
    for c in compat.chars() {
        fold_char(c, &mut text, &mut folds);
    }

    let tokens: Vec<String> = text
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| fold_homoglyphs(t, &mut folds))
        .collect();
    Normalized { text: tokens.join(" "), folds }
}

/// Letters a word must have before `'s` for it to read as the English possessive (`IRAN'S`,
/// `PEOPLE'S`): shorter words ending so are romanized Arabic more likely (`Ra's al-Khaimah`).
const POSSESSIVE_STEM_LEN: usize = 4;

/// The name with the English possessive `'s` ending a word taken off: `IRAN'S ALUMINUM COMPANY`
/// is `IRAN ALUMINUM COMPANY`. Other apostrophes stay for `fold_char`.
fn without_possessive(raw: &str) -> Cow<'_, str> {
    if !raw.chars().any(is_apostrophe) {
        return raw.into();
    }
    let chars: Vec<char> = raw.chars().collect();
    let ends_word = |j: usize| chars.get(j).is_none_or(|c| !c.is_alphanumeric());
    let mut out = String::with_capacity(raw.len());
    let mut letters = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let s_follows = matches!(chars.get(i + 1), Some('s' | 'S'));
        if is_apostrophe(c) && letters >= POSSESSIVE_STEM_LEN && s_follows && ends_word(i + 2) {
            i += 2;
            continue;
        }
        letters = if c.is_alphabetic() { letters + 1 } else { 0 };
        out.push(c);
        i += 1;
    }
    out.into()
}

/// Lower-cases one character, strips Latin diacritics and maps punctuation to a token break
/// (apostrophes are dropped instead: McCune-Reischauer `Ch'o'l` is one syllable, `Chol`).
fn fold_char(c: char, out: &mut String, folds: &mut Folds) {
    if is_apostrophe(c) {
        return;
    }
    if c.is_ascii() {
        // What the rules below do to ASCII, without their Unicode tables: most names are ASCII.
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else {
            token_break(out);
        }
        return;
    }
    if let Some(s) = special_latin(c) {
        folds.diacritic = true;
        out.push_str(s);
        return;
    }
    if is_latin_with_marks(c) {
        let before = out.len();
        for d in c.nfd().filter(|d| !is_combining_mark(*d)) {
            out.extend(d.to_lowercase());
        }
        folds.diacritic |= out.len() - before != c.len_utf8() || !c.is_ascii();
        return;
    }
    if is_combining_mark(c) {
        // A mark left over after NFKC sits on a letter that has no precomposed form: on a Latin
        // letter it is a diacritic to drop, in other scripts (Devanagari vowel signs ...) it is
        // part of the letter.
        if out.chars().last().is_some_and(|p| p.is_ascii_alphabetic()) {
            folds.diacritic = true;
        } else {
            out.push(c);
        }
        return;
    }
    if c.is_alphanumeric() {
        out.extend(c.to_lowercase());
    } else {
        token_break(out);
    }
}

/// One space between tokens, however many separators.
fn token_break(out: &mut String) {
    if !out.ends_with(' ') {
        out.push(' ');
    }
}

fn is_apostrophe(c: char) -> bool {
    // Hebrew geresh and gershayim mark a letter's other sound (ג׳ j) and abbreviations.
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '\u{02BD}' | '`' | '\u{00B4}' | '\u{2032}' | '\u{05F3}' | '\u{05F4}')
}

/// Latin letters with diacritics that NFD decomposes (é, ŏ, ü ...); only these are decomposed,
/// so that Cyrillic й (и + breve) and Hangul syllables stay whole.
fn is_latin_with_marks(c: char) -> bool {
    matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF)
}

/// Latin letters that carry no combining mark under NFD but are written plainly in ASCII.
fn special_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'ħ' | 'Ħ' => "h",
        'ı' => "i",
        'þ' | 'Þ' => "th",
        'ŋ' | 'Ŋ' => "ng",
        _ => return None,
    })
}

/// Format and zero-width characters that render as nothing: removed outright, so that
/// `Kim\u{200B}Se Un` is `Kim Se Un` and not two tokens.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xE0000..=0xE0FFF)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum LetterScript {
    Latin,
    Cyrillic,
    Greek,
    Other,
}

fn letter_script(c: char) -> LetterScript {
    match c as u32 {
        0x0041..=0x005A | 0x0061..=0x007A | 0x00C0..=0x024F | 0x1E00..=0x1EFF => LetterScript::Latin,
        0x0400..=0x052F => LetterScript::Cyrillic,
        0x0370..=0x03FF => LetterScript::Greek,
        _ => LetterScript::Other,
    }
}

/// Lower-case look-alikes across Latin, Cyrillic and Greek, from the Unicode confusables data
/// (UTS #39, confusables.txt), restricted to pairs whose glyphs are the same in common fonts.
/// Each row: (Latin, Cyrillic or Greek).
const CONFUSABLES: &[(char, char)] = &[
    ('a', 'а'), ('c', 'с'), ('e', 'е'), ('h', 'һ'), ('i', 'і'), ('j', 'ј'), ('o', 'о'),
    ('p', 'р'), ('s', 'ѕ'), ('x', 'х'), ('y', 'у'), ('d', 'ԁ'), ('q', 'ԛ'), ('w', 'ԝ'),
    ('o', 'ο'), ('a', 'α'), ('i', 'ι'), ('v', 'ν'), ('k', 'κ'), ('x', 'χ'), ('p', 'ρ'),
    ('y', 'γ'), ('u', 'υ'),
];

/// A token written mostly in one script with a few look-alike letters of another (Latin `Kim`
/// with a Cyrillic `і`, or Cyrillic `Ким` with a Latin `o`) is folded into its majority script.
/// Tokens wholly in one script are left alone: those are transliterated, not folded.
fn fold_homoglyphs(token: &str, folds: &mut Folds) -> String {
    let (mut latin, mut other) = (0usize, 0usize);
    for c in token.chars() {
        match letter_script(c) {
            LetterScript::Latin => latin += 1,
            LetterScript::Cyrillic | LetterScript::Greek => other += 1,
            LetterScript::Other => {}
        }
    }
    if latin == 0 || other == 0 {
        return token.to_string();
    }
    let to_latin = latin >= other;
    let mut changed = false;
    let folded = token
        .chars()
        .map(|c| {
            let script = letter_script(c);
            let swap = CONFUSABLES.iter().find_map(|&(l, o)| match (to_latin, script) {
                (true, LetterScript::Cyrillic | LetterScript::Greek) if c == o => Some(l),
                (false, LetterScript::Latin) if c == l && letter_script(o) == LetterScript::Cyrillic => Some(o),
                _ => None,
            });
            changed |= swap.is_some();
            swap.unwrap_or(c)
        })
        .collect();
    folds.homoglyph |= changed;
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> String {
        normalize(s).text
    }

    #[test]
    fn case_punctuation_and_spacing() {
        assert_eq!(n("KIM, Se Un"), "kim se un");
        assert_eq!(n("  SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD "), "shenyang geumpungri network technology co ltd");
        assert_eq!(n("Se-un"), "se un");
    }

    #[test]
    fn mccune_reischauer_apostrophes_keep_the_syllable() {
        assert_eq!(n("CHO, Ch'o'l"), "cho chol");
        assert_eq!(n("KIM, Se-u'n"), "kim se un");
        assert_eq!(n("KIM, U\u{2019}ng-sun"), "kim ung sun");
    }

    #[test]
    fn the_english_possessive_goes_other_apostrophes_join() {
        assert_eq!(n("IRAN'S ALUMINUM COMPANY"), "iran aluminum company");
        assert_eq!(n("Quartermaster General\u{2019}s Office"), "quartermaster general office");
        assert_eq!(n("NORTH KOREA'S"), "north korea");
        assert_eq!(n("Ra's al-Khaimah"), "ras al khaimah", "a short word keeps its s");
        assert_eq!(n("Mas'ud"), "masud");
        assert_eq!(n("O'Sullivan"), "osullivan");
    }

    #[test]
    fn diacritics_and_special_letters() {
        assert_eq!(n("José Müller"), "jose muller");
        assert_eq!(n("Chŏng Kyŏng-hŭi"), "chong kyong hui");
        assert_eq!(n("Straße Łódź Ørsted"), "strasse lodz orsted");
        assert!(normalize("José").folds.diacritic);
        assert!(!normalize("Jose").folds.diacritic);
        // A combining accent typed separately is dropped too.
        assert_eq!(n("Jose\u{0301}"), "jose");
    }

    #[test]
    fn invisible_characters_are_removed() {
        let r = normalize("Kim\u{200B} Se\u{00AD}Un\u{202E}");
        assert_eq!(r.text, "kim seun");
        assert!(r.folds.invisible);
    }

    #[test]
    fn full_width_forms_fold() {
        let r = normalize("ＫＩＭ　ＳＥ　ＵＮ");
        assert_eq!(r.text, "kim se un");
        assert!(r.folds.width);
    }

    #[test]
    fn homoglyphs_fold_into_the_majority_script() {
        // Latin "Kim Jong" with a Cyrillic о (U+043E).
        let r = normalize("Kim J\u{043E}ng");
        assert_eq!(r.text, "kim jong");
        assert!(r.folds.homoglyph);
        // Cyrillic "Андреев" with a Latin a.
        let r = normalize("Aндреев");
        assert_eq!(r.text, "андреев");
        assert!(r.folds.homoglyph);
    }

    #[test]
    fn other_scripts_are_kept_for_transliteration() {
        assert_eq!(n("김세운"), "김세운");
        assert_eq!(n("Виталий Андреев"), "виталий андреев");
        // й keeps its breve: it is a letter of its own in Cyrillic.
        assert_eq!(n("Й"), "й");
        assert_eq!(n("金正恩"), "金正恩");
        assert!(!normalize("Виталий Андреев").folds.homoglyph);
    }

    #[test]
    fn numbers_stay() {
        assert_eq!(n("11420 CORP."), "11420 corp");
    }
}
