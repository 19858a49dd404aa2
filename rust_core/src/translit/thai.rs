//! Thai names, romanized by the Royal Thai General System of Transcription (RTGS, Royal Institute,
//! 1999), the system of Thai passports' and the government's Latin names: สมชาย Somchai, ทักษิณ
//! Thaksin, ประยุทธ์ Prayut. Thai writes some vowels before the consonant they follow in speech
//! (เ แ โ ใ ไ), some not at all (an open syllable's a, a closed one's o: สบาย sabai, สม som), and
//! a consonant's value depends on whether it opens or closes a syllable (ร r / n, จ ch / t); the
//! generic fallback (any_ascii) reads letter by letter (สมชาย `smchay`). Syllables are found as
//! Thai readers find them, by the vowel signs: a consonant followed by one opens a syllable, one
//! followed by none closes the syllable before it. Tone marks are not written.

use super::generic;

/// RTGS values of the consonants ก..ฮ (U+0E01..U+0E2E), as a syllable's first and last sound
/// ("" where the letter does not end syllables: ฉ ผ ฝ ห, and อ, a vowel's carrier).
const CONSONANTS: [(&str, &str); 46] = [
    ("k", "k"), ("kh", "k"), ("kh", "k"), ("kh", "k"), ("kh", "k"), ("kh", "k"), ("ng", "ng"), ("ch", "t"),
    ("ch", ""), ("ch", "t"), ("s", "t"), ("ch", ""), ("y", "n"), ("d", "t"), ("t", "t"), ("th", "t"),
    ("th", "t"), ("th", "t"), ("n", "n"), ("d", "t"), ("t", "t"), ("th", "t"), ("th", "t"), ("th", "t"),
    ("n", "n"), ("b", "p"), ("p", "p"), ("ph", ""), ("f", ""), ("ph", "p"), ("f", "p"), ("ph", "p"),
    ("m", "m"), ("y", "i"), ("r", "n"), ("rue", ""), ("l", "n"), ("lue", ""), ("w", "o"), ("s", "t"),
    ("s", "t"), ("s", "t"), ("h", ""), ("l", "n"), ("", ""), ("h", ""),
];

const FIRST_CONSONANT: char = 'ก';
const LAST_CONSONANT: char = 'ฮ';
const HO: char = 'ห';
const O_ANG: char = 'อ';
const RO: char = 'ร';
const LO: char = 'ล';
const WO: char = 'ว';
const YO: char = 'ย';
const THANTHAKHAT: char = '์';

/// Vowel signs written after (above, below, beside) the consonant they follow.
fn is_following_vowel(c: char) -> bool {
    matches!(c, 'ะ' | 'ั' | 'า' | 'ำ' | 'ิ' | 'ี' | 'ึ' | 'ื' | 'ุ' | 'ู' | '็' | 'ๅ')
}

/// Vowels written before their consonant.
fn is_leading_vowel(c: char) -> bool {
    matches!(c, 'เ' | 'แ' | 'โ' | 'ใ' | 'ไ')
}

/// Tone marks and other signs that RTGS does not write.
fn is_unwritten(c: char) -> bool {
    matches!(c, '่' | '้' | '๊' | '๋' | 'ํ' | '๎' | 'ฺ')
}

fn is_consonant(c: char) -> bool {
    (FIRST_CONSONANT..=LAST_CONSONANT).contains(&c)
}

/// Whether a character is Thai (the block U+0E00..U+0E7F).
pub fn is_thai(c: char) -> bool {
    matches!(c as u32, 0x0E00..=0x0E7F)
}

fn values(c: char) -> (&'static str, &'static str) {
    CONSONANTS[(c as u32 - FIRST_CONSONANT as u32) as usize]
}

/// The consonants that follow another in a cluster both are spoken in (ปร pr, กล kl, กว kw).
fn clusters(first: char, second: char) -> bool {
    matches!(second, RO | LO | WO) && matches!(first, 'ก' | 'ข' | 'ค' | 'ต' | 'ป' | 'ผ' | 'พ' | 'ท' | 'บ' | 'ฟ')
}

/// The RTGS spelling of a Thai word, lower case.
pub fn romanize(word: &str) -> String {
    let chars = spoken(word);
    let mut out = String::new();
    let mut i = 0;
    // Whether the last syllable ended in a consonant: a lone consonant after it is silent
    // (จันทร์ chan, ชินวัตร chinwat).
    let mut closed = false;
    while i < chars.len() {
        let c = chars[i];
        if !(is_consonant(c) || is_leading_vowel(c)) {
            // Digits and other scripts as the fallback writes them (๑ 1); a stray vowel sign,
            // which opens no syllable, is dropped.
            if c.is_numeric() || !is_thai(c) {
                out.push_str(&generic::romanize(c.encode_utf8(&mut [0u8; 4])));
            }
            closed = false;
            i += 1;
            continue;
        }
        let lead = is_leading_vowel(c).then_some(c);
        if lead.is_some() {
            i += 1;
        }
        let Some(&first) = chars.get(i).filter(|c| is_consonant(**c)) else { break };
        i += 1;
        // The initial: ห and อ before a sonorant only set its tone (หมอ mo, อยู่ yu); a cluster.
        let mut initial = values(first).0.to_string();
        if (first == HO && chars.get(i).is_some_and(|&n| matches!(n, 'ง' | 'ญ' | 'น' | 'ม' | YO | RO | LO | WO)))
            || (first == O_ANG && chars.get(i) == Some(&YO))
        {
            initial = values(chars[i]).0.to_string();
            i += 1;
        } else if chars.get(i).is_some_and(|&n| clusters(first, n))
            && (chars.get(i + 1).is_some_and(|&v| is_following_vowel(v)) || lead.is_some())
        {
            initial.push_str(values(chars[i]).0);
            i += 1;
        }
        let lone = lead.is_none() && !chars.get(i).is_some_and(|&v| is_following_vowel(v));
        if closed && lone && !chars.get(i).is_some_and(|&n| is_consonant(n)) {
            // A consonant left alone after a closed syllable, before no other, is not spoken.
            continue;
        }
        let (vowel, after) = vowel(lead, &chars, i);
        i = after;
        out.push_str(&initial);
        // A final: a consonant that no vowel sign follows and that opens no cluster with a vowel.
        let final_here = |k: usize| {
            chars.get(k).is_some_and(|&n| is_consonant(n))
                && !chars.get(k + 1).is_some_and(|&v| is_following_vowel(v))
                && !(chars.get(k + 1).is_some_and(|&m| clusters(chars[k], m)) && chars.get(k + 2).is_some_and(|&v| is_following_vowel(v)))
        };
        let vowel = match vowel {
            // รร after a consonant is a, with n where no final follows (วรรณ wan, กรรม kam).
            None if chars.get(i) == Some(&RO) && chars.get(i + 1) == Some(&RO) => {
                i += 2;
                if final_here(i) { "a" } else { "an" }
            }
            // A consonant and ว before a final: ua (สวน suan).
            None if chars.get(i) == Some(&WO) && final_here(i + 1) => {
                i += 1;
                "ua"
            }
            None if final_here(i) => "o",
            None => "a",
            Some(v) => v,
        };
        out.push_str(vowel);
        closed = false;
        if final_here(i) {
            // ย after a vowel in i is its glide, not written twice (ไทย Thai).
            let fin = if chars[i] == YO && vowel.ends_with('i') { "" } else { values(chars[i]).1 };
            out.push_str(fin);
            // ย and ว end a syllable as vowels (ชาย chai, ข้าว khao): what follows is spoken.
            closed = !matches!(chars[i], YO | WO);
            i += 1;
        }
    }
    out
}

/// A word without what is not spoken: tone marks, and a consonant under ์ with its vowel signs.
fn spoken(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = Vec::with_capacity(word.len());
    for c in word.chars() {
        if is_unwritten(c) {
            continue;
        }
        if c == THANTHAKHAT {
            while chars.last().is_some_and(|&v| is_following_vowel(v)) {
                chars.pop();
            }
            chars.pop();
            continue;
        }
        chars.push(c);
    }
    chars
}

/// The vowel of a syllable opening at `i` (after its initial), with the position after it: the
/// leading vowel with the signs after the initial that complete it (เ-ีย ia, เ-ือ uea, เ-า ao),
/// or the signs alone; None where no vowel is written.
fn vowel(lead: Option<char>, chars: &[char], i: usize) -> (Option<&'static str>, usize) {
    let at = |k: usize| chars.get(k).copied();
    let take = |v: &'static str, n: usize| (Some(v), i + n);
    match (lead, at(i), at(i + 1)) {
        (Some('เ'), Some('ี'), Some(YO)) => take("ia", 2),
        (Some('เ'), Some('ื'), Some(O_ANG)) => take("uea", 2),
        (Some('เ'), Some('า'), Some('ะ')) => take("o", 2),
        (Some('เ'), Some('า'), _) => take("ao", 1),
        (Some('เ'), Some(O_ANG), _) | (Some('เ'), Some('ิ'), _) => take("oe", 1),
        (Some('เ'), Some('ะ' | '็'), _) => take("e", 1),
        (Some('เ'), _, _) => take("e", 0),
        (Some('แ'), Some('ะ'), _) => take("ae", 1),
        (Some('แ'), _, _) => take("ae", 0),
        (Some('โ'), Some('ะ'), _) => take("o", 1),
        (Some('โ'), _, _) => take("o", 0),
        (Some(_), _, _) => take("ai", 0),
        (None, Some('ั'), Some(WO)) => take("ua", 2),
        (None, Some('ื'), Some(O_ANG)) => take("ue", 2),
        (None, Some('ั' | 'ะ' | 'า' | 'ๅ'), _) => take("a", 1),
        (None, Some('ำ'), _) => take("am", 1),
        (None, Some('ิ' | 'ี'), _) => take("i", 1),
        (None, Some('ึ' | 'ื'), _) => take("ue", 1),
        (None, Some('ุ' | 'ู'), _) => take("u", 1),
        (None, Some('็'), _) => take("o", 1),
        // อ after a consonant with no vowel sign is the vowel o (พอ pho, กอง kong).
        (None, Some(O_ANG), _) => take("o", 1),
        (None, _, _) => (None, i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtgs_names() {
        // Names as RTGS writes them (the Royal Institute's examples and Thai officials' names).
        for (thai, latin) in [
            ("สมชาย", "somchai"),
            ("ทักษิณ", "thaksin"),
            ("ประยุทธ์", "prayut"),
            ("จันทร์โอชา", "chanocha"),
            ("ยิ่งลักษณ์", "yinglak"),
            ("ชินวัตร", "chinwat"),
            ("สุเทพ", "suthep"),
            ("อภิสิทธิ์", "aphisit"),
            ("สบาย", "sabai"),
            ("กรุงเทพ", "krungthep"),
            ("เชียงใหม่", "chiangmai"),
            ("สมพร", "somphon"),
            ("วรรณ", "wan"),
            ("สวน", "suan"),
            ("ไทย", "thai"),
            ("สมชาย๑", "somchai1"),
        ] {
            assert_eq!(romanize(thai), latin, "{thai}");
        }
    }
}
