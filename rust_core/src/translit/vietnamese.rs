//! Vietnamese names in Quốc ngữ, the Latin alphabet Vietnamese is written in: every word of a
//! name is one syllable (Nguyễn Văn Hùng), and after normalization strips the tone marks and the
//! letters' own diacritics (ă â ê ô ơ ư đ) a syllable is an initial consonant, a vowel nucleus and
//! a final from the short lists below. Two different syllables are two different names (Hùng is
//! not Hoàng), however alike they sound.

/// Initial consonants, longest first (the orthography of Quốc ngữ; đ is d once stripped).
const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h", "k", "l",
    "m", "n", "p", "r", "s", "t", "v", "x",
];

/// Vowel nuclei with their glides, diacritics stripped (ươ is uo, iê is ie ...).
const NUCLEI: &[&str] = &[
    "a", "ai", "ao", "au", "ay", "e", "eo", "eu", "i", "ia", "ie", "ieu", "iu", "o", "oa", "oai", "oay",
    "oe", "oi", "oo", "u", "ua", "uay", "ue", "ui", "uo", "uoi", "uou", "uu", "uy", "uya", "uye", "uyu",
    "y", "ye", "yeu",
];

/// Final consonants.
const FINALS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Whether a lower-case Latin word is one Vietnamese syllable (`hung`, `hoang`, `nguyen`, `thi`).
pub fn is_syllable(word: &str) -> bool {
    let initials = INITIALS.iter().copied().filter(|i| word.starts_with(i)).chain([""]);
    initials.into_iter().any(|initial| {
        let rest = &word[initial.len()..];
        FINALS.iter().any(|f| rest.strip_suffix(f).is_some_and(|nucleus| NUCLEI.contains(&nucleus)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_name_syllables() {
        for w in ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "dang", "bui", "duong", "ngo",
            "van", "thi", "hung", "minh", "anh", "tuan", "hoa", "quang", "thuy", "khanh", "nghia", "giang"]
        {
            assert!(is_syllable(w), "{w}");
        }
    }

    #[test]
    fn other_words_are_not_syllables() {
        for w in ["smith", "reid", "hassan", "mohammed", "ivanov", "grey", "katz", ""] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
