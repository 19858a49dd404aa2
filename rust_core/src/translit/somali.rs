//! Somali names in the Somali Latin orthography (official since 1972), which writes Arabic names
//! by its own letters: c for ayn (ع), x for ḥ (ح), and long vowels doubled. Maxamed is Mohamed,
//! Cali Ali, Cabdiraxmaan Abdirahman, Xasan Hasan, Cumar Umar, Axmed Ahmed, Jaamac Jama; the UN and
//! OFAC lists give al-Shabaab's members both ways (`CUMAR, Cabdiraxman Maxamed` / `OMAR,
//! Abdirahman Mohamed`). `conventional` spells such a word as English-language spellings do, for
//! the Latin rules to compare.

/// The orthography's letters that English-language spellings write otherwise: c (ayn) as nothing,
/// its vowel standing for it, and x (ḥ) as h. Its dh, kh, sh and q are theirs too.
const LETTERS: &[(u8, &str)] = &[(b'c', ""), (b'x', "h")];

/// Letters and digraphs the orthography does not use: a word with one is not Somali (Chavez,
/// Rocco, Alexandrov's spellings with z or v, Francesca).
const FOREIGN: &[&str] = &["p", "v", "z", "ch", "ck", "cc", "sc", "cy", "cr", "cl", "ct", "xc", "xt"];
/// Endings of other languages' words with c or x, which Somali names do not have: Serbian and
/// Croatian -ić (Rosic, Ilic), English -ic (Atlantic), Latin -ex, -ix, -ox (Garantex, Felix).
const FOREIGN_ENDINGS: &[&str] = &["ic", "ex", "ix", "ox"];

/// Whether the c at `i` in `word` is an ayn as Somali names write it: before a vowel, or ending
/// the word after one (Cali, Jaamac); not before a consonant (an abbreviation's, `NCG`), nor
/// opening a word before o or e, as Spanish and Italian names open (Cotto, Costa, Celia).
fn ayn_at(word: &[u8], i: usize) -> bool {
    let vowel = |j: usize| word.get(j).is_some_and(|&b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u'));
    let opening_romance = i == 0 && matches!(word.get(1), Some(b'o' | b'e'));
    (vowel(i + 1) && !opening_romance) || (i + 1 == word.len() && i > 0 && vowel(i - 1))
}

/// The English-language spelling of a Latin word read as Somali, if it has a letter Somali uses
/// otherwise (c, x) and none Somali does not use: long vowels written once, c dropped, x as h.
/// Of three letters or more, with a vowel: shorter, too many words read alike (Cook as Ok, Ik).
pub fn conventional(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let somali = b.iter().all(|c| c.is_ascii_lowercase())
        && b.iter().any(|c| LETTERS.iter().any(|&(l, _)| l == *c))
        && (0..b.len()).all(|i| b[i] != b'c' || ayn_at(b, i))
        && !FOREIGN.iter().any(|f| word.contains(f))
        && !FOREIGN_ENDINGS.iter().any(|e| word.ends_with(e));
    if !somali {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for b in word.bytes() {
        let vowel = matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
        match LETTERS.iter().find(|&&(l, _)| l == b) {
            Some((_, spelled)) => out.push_str(spelled),
            // A doubled vowel is a long one, written once.
            None if vowel && out.ends_with(char::from(b)) => {}
            None => out.push(char::from(b)),
        }
    }
    (out.len() >= 3 && out.bytes().any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u'))).then_some(out)
}

/// The spellings of a Somali word's English-language spelling (`spelled`) with each vowel after
/// an opening ayn: the orthography writes that vowel as heard, English-language spellings as
/// the Arabic name's tradition has it (Cumar is Umar and Omar, Cusmaan Usman and Osman).
pub fn opening_vowel_spellings<'a>(word: &str, spelled: &'a str) -> impl Iterator<Item = String> + 'a {
    let ayn = word.starts_with('c') && spelled.starts_with(VOWELS);
    VOWELS.into_iter().filter(move |_| ayn).map(move |v| format!("{v}{}", &spelled[1..]))
}

const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn somali_spellings_of_arabic_names() {
        // The orthography's own spellings of common names, beside the English-language ones.
        for (somali, spelled) in [
            ("maxamed", "mahamed"),
            ("cali", "ali"),
            ("cabdiraxmaan", "abdirahman"),
            ("xasan", "hasan"),
            ("cumar", "umar"),
            ("axmed", "ahmed"),
            ("jaamac", "jama"),
            ("xuseen", "husen"),
            ("cismaan", "isman"),
            ("baynax", "baynah"),
        ] {
            assert_eq!(conventional(somali).as_deref(), Some(spelled), "{somali}");
        }
    }

    #[test]
    fn the_vowel_after_an_opening_ayn_is_written_either_way() {
        let spellings: Vec<String> = opening_vowel_spellings("cumar", "umar").collect();
        assert!(spellings.contains(&"omar".to_string()) && spellings.contains(&"umar".to_string()));
        assert_eq!(opening_vowel_spellings("maxamed", "mahamed").count(), 0, "no opening ayn");
    }

    #[test]
    fn words_somali_does_not_spell_so() {
        // No c or x to read; or letters and digraphs the orthography does not use.
        for word in ["mohamed", "yasiin", "chavez", "rocco", "francesca", "alexandrov", "victor", "patrick", "c", "rosic", "atlantic", "garantex", "felix", "cotto", "celia", "cook", "ncg"] {
            assert_eq!(conventional(word), None, "{word}");
        }
    }
}
