//! Any script without a module of its own (Greek, Armenian, Georgian, Sinhala, Khmer, kana
//! ...), romanized by any_ascii so that no name is left unmatched. any_ascii follows each
//! script's common romanization letter by letter; it knows nothing of names, so this is the
//! fallback, not the Hangul, Han, Cyrillic or Arabic logic.

/// Lower-case ASCII romanization of one word. any_ascii marks some letters with punctuation
/// (Arabic ayn as a backquote, hamza as an apostrophe), which is dropped; the spaces it writes
/// into some expansions are kept, once, so the caller splits the result into tokens on spaces.
pub fn romanize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut buf = [0u8; 4];
    for c in word.chars() {
        let ascii: &str = if c.is_ascii() { c.encode_utf8(&mut buf) } else { any_ascii::any_ascii_char(c) };
        for b in ascii.bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(b.to_ascii_lowercase() as char);
            } else if b == b' ' && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_without_a_module_of_their_own() {
        assert_eq!(romanize("αλέξανδρος"), "alexandros");
        assert_eq!(romanize("やまだ"), "yamada");
        assert_eq!(romanize("ヤマダ"), "yamada");
        assert_eq!(romanize("ნინო"), "nino");
        assert_eq!(romanize("հայկ"), "hayk");
        // Abjads come out as consonants, as written.
        assert_eq!(romanize("שלום"), "slvm");
    }

    #[test]
    fn marks_are_dropped_and_spaces_split() {
        // any_ascii writes ayn as a backquote: s`yd.
        assert_eq!(romanize("سعيد"), "syd");
        // A ligature of a whole phrase expands to several tokens.
        assert_eq!(romanize("ﷺ").split(' ').collect::<Vec<_>>(), ["salla", "allah", "alayhi", "wasallam"]);
        assert_eq!(romanize("Kim"), "kim");
        assert_eq!(romanize(""), "");
    }
}
