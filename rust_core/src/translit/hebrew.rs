//! Hebrew-script names against their Latin spellings. Hebrew, as Arabic script, writes consonants
//! and only some vowels (ו for o and u, י for i and e), so a Hebrew word compares by its consonant
//! skeleton in the key space of `arabic::fold`, which is how every Latin word is keyed already.
//! A Hebrew letter has more than one Latin value, since the dagesh that tells them apart is not
//! written: each letter takes the values of the Academy of the Hebrew Language's transliteration
//! rules (2006) and of the English spellings of Israeli names, and a word has one skeleton for
//! each reading (`skeletons`).
//!
//! | letter   | key          | Latin spellings                                       |
//! |----------|--------------|-------------------------------------------------------|
//! | א ע      | (none)       | a vowel or nothing                                    |
//! | ב        | b, or none   | b; v inside a word, a glide to `fold` (Avraham)       |
//! | ג        | j            | g, j (ג׳)                                              |
//! | ד        | d            | d                                                     |
//! | ה        | h            | h; none at the end (Moshe, Sarah)                     |
//! | ו        | w first      | v, w first; a vowel or a glide inside (Levi, Yinon)   |
//! | ז        | z            | z, zh                                                 |
//! | ח        | h, x, c      | h, kh, ch (Haim, Chaim); none after צ (Yitzhak)        |
//! | ט        | t            | t                                                     |
//! | י        | y first      | y first, or a vowel (Itzhak); a vowel inside           |
//! | כ ך      | k, x, c      | k; kh, ch inside a word (Mordechai, Baruch)           |
//! | ל מ ם נ ן | l m n        | l m n                                                 |
//! | ס        | s            | s                                                     |
//! | פ ף      | b, f         | p, f (Peretz, Yosef)                                  |
//! | צ ץ      | tz, ts, z    | tz, ts, z (Tzvi, Zvi, Katz)                           |
//! | ק        | k            | k, q                                                  |
//! | ר        | r            | r                                                     |
//! | ש        | c, s         | sh, s (Moshe, Sarah)                                  |
//! | ת        | t, d         | t, th (Nathan)                                        |

use super::arabic;

/// Each letter's keys, the common reading first: a word's first skeleton reads every letter so.
/// A letter inside a word only; a word's first letter takes `OPENING` where listed there.
const LETTERS: &[(char, &[&str])] = &[
    ('א', &[""]), ('ב', &["b", ""]), ('ג', &["j"]), ('ד', &["d"]), ('ה', &["h"]), ('ו', &[""]),
    ('ז', &["z"]), ('ח', &["h", "x", "c"]), ('ט', &["t"]), ('י', &[""]), ('כ', &["k", "x", "c"]),
    ('ך', &["x", "c", "k"]), ('ל', &["l"]), ('מ', &["m"]), ('ם', &["m"]), ('נ', &["n"]), ('ן', &["n"]),
    ('ס', &["s"]), ('ע', &[""]), ('פ', &["f", "b"]), ('ף', &["f"]), ('צ', &["tz", "ts", "z"]),
    ('ץ', &["tz", "ts", "z"]), ('ק', &["k"]), ('ר', &["r"]), ('ש', &["c", "s"]), ('ת', &["t", "d"]),
];

/// A word's first letter, where it reads otherwise: ב כ פ with their dagesh (b, k, p); ו and י
/// as consonants, or י as the vowel of Itzhak and Israel.
const OPENING: &[(char, &[&str])] =
    &[('ב', &["b"]), ('ו', &["w"]), ('י', &["y", ""]), ('כ', &["k"]), ('פ', &["b", "f"])];

/// No more skeletons than this per word: a long name with many letters of two or three values.
const MAX_READINGS: usize = 24;

/// Words of filiation, in the spelling Latin lists write them as a name's part (`GOPSTEIN,
/// Ben-Zion`, `BAR YOSEF, Zvi`): the letters alone (בן is bn) would not meet it.
const PARTICLES: &[(&str, &str)] = &[("בן", "ben"), ("בת", "bat"), ("בר", "bar")];

/// The Latin spelling of a Hebrew word of filiation (`PARTICLES`).
pub fn particle(word: &str) -> Option<&'static str> {
    PARTICLES.iter().find(|(hebrew, _)| *hebrew == word).map(|(_, latin)| *latin)
}

/// The Hebrew block and the presentation forms.
pub fn is_hebrew(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x05FF | 0xFB1D..=0xFB4F)
}

fn keys_of(c: char, first: bool) -> Option<&'static [&'static str]> {
    let opening = first.then(|| OPENING.iter().find(|(l, _)| *l == c)).flatten();
    opening.or_else(|| LETTERS.iter().find(|(l, _)| *l == c)).map(|(_, keys)| *keys)
}

/// The consonant skeletons of a Hebrew word, one per reading of its letters, the common reading
/// first, without repeats; points and other marks are not read.
pub fn skeletons(word: &str) -> Vec<String> {
    let letters = word.chars().filter(|&c| keys_of(c, false).is_some());
    let mut readings = vec![Vec::<u8>::new()];
    let mut after_tsadi = false;
    for (i, c) in letters.enumerate() {
        // Latin tzh reads as t and zh, a z (`arabic::fold`): Yitzhak is y-t-z-k.
        let keys = if after_tsadi && c == 'ח' { &["h", "x", "c", ""][..] } else { keys_of(c, i == 0).unwrap_or_default() };
        after_tsadi = matches!(c, 'צ' | 'ץ');
        readings = readings
            .iter()
            .flat_map(|head| keys.iter().map(move |k| [head.as_slice(), k.as_bytes()].concat()))
            .take(MAX_READINGS)
            .collect();
    }
    let mut out: Vec<String> = Vec::with_capacity(readings.len());
    for reading in readings {
        let key = arabic::finish(reading);
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// How many letters of a Hebrew word its skeleton may take a key from (not א, ע, nor the vowel
/// letters ו and י inside the word).
pub fn letters_written(word: &str) -> usize {
    let letters = word.chars().filter(|&c| keys_of(c, false).is_some());
    letters.enumerate().filter(|&(i, c)| keys_of(c, i == 0).is_some_and(|k| k.iter().any(|k| !k.is_empty()))).count()
}

/// Whether the vowel letters a Hebrew word writes after its first letter and a Latin spelling's
/// glides answer each other: a Latin v or w there is ב or ו (Avraham, Levi), a y is י (Netanyahu);
/// a ו is o, u, v or w in the Latin (Yinon, Levi: לוי is not Lee), a י is i, e or y (Chaim).
pub fn glides_written(word: &str, latin: &str) -> bool {
    let inside: Vec<char> = word.chars().filter(|&c| keys_of(c, false).is_some()).skip(1).collect();
    let latin_inside = latin.as_bytes().get(1..).unwrap_or_default();
    let has = |letters: &[char]| inside.iter().any(|c| letters.contains(c));
    let writes = |bytes: &[u8]| latin_inside.iter().any(|b| bytes.contains(b));
    (!writes(b"vw") || has(&['ב', 'ו']))
        && (!writes(b"y") || has(&['י']))
        && (!has(&['ו']) || writes(b"ouvw"))
        && (!has(&['י']) || writes(b"iey"))
}

/// Whether a Hebrew word opens with a vowel: with א or ע, which Latin spellings write as one.
pub fn opens_with_vowel(word: &str) -> bool {
    word.starts_with(['א', 'ע'])
}

/// Whether it opens with ו or י, which Latin spellings write as a consonant or a vowel.
pub fn opens_with_glide(word: &str) -> bool {
    word.starts_with(['ו', 'י'])
}

/// Whether it ends in י, a vowel Latin spellings write (Levi, Eli, Shai).
pub fn ends_with_yod(word: &str) -> bool {
    word.chars().filter(|&c| keys_of(c, false).is_some()).last() == Some('י')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meets(hebrew: &str, latin: &str) -> bool {
        skeletons(hebrew).contains(&arabic::fold(latin))
    }

    #[test]
    fn the_academys_examples_and_israeli_spellings() {
        for (hebrew, latin) in [
            ("משה", "moshe"), ("אברהם", "avraham"), ("אברהם", "abraham"), ("יעקב", "yaakov"),
            ("יוסף", "yosef"), ("חיים", "chaim"), ("חיים", "haim"), ("מרדכי", "mordechai"),
            ("ברוך", "baruch"), ("צבי", "tzvi"), ("צבי", "zvi"), ("יצחק", "yitzhak"), ("יצחק", "itzhak"),
            ("נתן", "natan"), ("נתן", "nathan"), ("שרה", "sarah"), ("פרץ", "peretz"), ("כהן", "cohen"),
            ("כהן", "kohen"), ("לוי", "levi"), ("ינון", "yinon"), ("דוד", "david"), ("גולדברג", "goldberg"),
            ("שרביט", "sharvit"), ("גופשטיין", "gopstein"), ("אטינגר", "ettinger"), ("חסדאי", "chasdai"),
            ("ירושלים", "yerushalayim"), ("נתניהו", "netanyahu"),
        ] {
            assert!(meets(hebrew, latin), "{hebrew} / {latin}: {:?} vs {}", skeletons(hebrew), arabic::fold(latin));
        }
    }

    #[test]
    fn other_names_keep_other_skeletons() {
        assert!(!meets("משה", "mosab"));
        assert!(!meets("כהן", "khan"), "k-h-n, not kh-n");
        assert!(!meets("לוי", "lior"));
    }

    #[test]
    fn the_first_skeleton_reads_every_letter_its_common_way() {
        assert_eq!(skeletons("אברהם")[0], "brhm");
        assert_eq!(skeletons("משה"), ["mc", "ms"]);
        assert_eq!(letters_written("לוי"), 1);
        assert_eq!(letters_written("ינון"), 3, "the opening י is a consonant");
        assert!(opens_with_vowel("אליהו") && !opens_with_vowel("לוי") && opens_with_glide("יצחק"));
        assert!(ends_with_yod("לוי") && !ends_with_yod("אל"));
        assert!(glides_written("לוי", "levi") && !glides_written("לוי", "lee"), "ו is written");
        assert!(glides_written("אברהם", "avraham") && !glides_written("אדם", "avdam"), "v is ב or ו");
        assert!(glides_written("נתניהו", "netanyahu") && !glides_written("נתנהו", "netanyahu"), "y is י");
    }

    #[test]
    fn readings_are_bounded() {
        assert!(skeletons("צצצצצצצצצצ").len() <= MAX_READINGS);
    }
}
