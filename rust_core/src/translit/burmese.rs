//! Burmese names in Latin letters. Myanmar's romanizations (the Myanmar Language Commission's
//! and the older British spellings in use beside it) write an aspirated initial with a leading h,
//! and people and lists often leave it out: ထွန်း is Htun or Tun, ဆန်း Hsan or San, လှ Hla or La,
//! and OFAC lists one person as `TUN, Zaw Min` and `HTUN, Zaw Min`. No other language the lists
//! hold begins a word with h and these consonants, Wade-Giles' hs aside (Hsu, Hsieh), which
//! the caller keeps apart as Chinese syllables.

/// The consonants a leading h aspirates (hp, ht, hs) or devoices (hl, hm, hn) in the spellings.
const ASPIRATED: &[u8] = b"ptslmn";

/// A Latin word without the h of an aspirated initial (`htun` -> `tun`), if it has one.
pub fn without_aspiration(latin: &str) -> Option<&str> {
    match latin.as_bytes() {
        [b'h', c, _, ..] if ASPIRATED.contains(c) => Some(&latin[1..]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aspirated_initials_written_with_and_without_h() {
        for (with, without) in [("htun", "tun"), ("hsan", "san"), ("hla", "la"), ("hpone", "pone"), ("hnin", "nin"), ("hmu", "mu")] {
            assert_eq!(without_aspiration(with), Some(without), "{with}");
        }
        for word in ["hassan", "hwang", "han", "hyun", "tun", "hs"] {
            assert_eq!(without_aspiration(word), None, "{word}");
        }
    }
}
