//! Names in the Brahmic scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
//! Tamil, Telugu, Kannada, Malayalam), romanized as Indian names are spelled in Latin letters.
//! The letters follow the Hunterian system, the Government of India's for names: long vowels
//! written plain (शर्मा Sharma), aspirates with h, श and ष both sh. The generic fallback (any_ascii)
//! writes a consonant without the vowel it carries (नरेंद्र `nremdr`); here that inherent vowel is
//! written where it is spoken, and in the northern scripts left out where Hindi, Punjabi, Gujarati
//! and Bengali drop it (राम Ram, मनमोहन Manmohan, not Rama, Manamohana).
//!
//! Unicode lays the nine scripts out in parallel, after ISCII: a letter's offset in its block is
//! the same letter in each, so one table serves all.

use super::generic;

/// The blocks, 128 code points each.
const DEVANAGARI: u32 = 0x0900;
const BENGALI: u32 = 0x0980;
const GURMUKHI: u32 = 0x0A00;
const GUJARATI: u32 = 0x0A80;
const ORIYA: u32 = 0x0B00;
const MALAYALAM: u32 = 0x0D00;
const LAST: u32 = 0x0D7F;
/// The scripts of the languages that drop the inherent vowel (`drop_schwas`).
const DROPPING_SCHWA: [u32; 5] = [DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA];

/// Consonants at offsets 0x15..=0x39, Hunterian: क ख ग घ ङ, च छ ज झ ञ, ट ठ ड ढ ण, त थ द ध न ऩ,
/// प फ ब भ म, य र ऱ ल ळ ऴ व, श ष स ह.
const CONSONANTS: [&str; 0x25] = [
    "k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t", "th", "d", "dh",
    "n", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "zh", "v", "sh", "sh", "s", "h",
];

/// Independent vowels at offsets 0x05..=0x14: अ आ इ ई उ ऊ ऋ ऌ ऍ ऎ ए ऐ ऑ ऒ ओ औ. A vowel sign
/// (offsets 0x3E..=0x4C, ा ि ी ...) is the vowel 0x38 below it.
const VOWELS: [&str; 0x10] = ["a", "a", "i", "i", "u", "u", "ri", "li", "e", "e", "e", "ai", "o", "o", "o", "au"];
const SIGN_TO_VOWEL: u32 = 0x38;

/// A consonant with a nukta below (offsets 0x58..=0x5F precomposed, or the consonant followed by
/// the nukta itself): the sounds of Persian, Arabic and English words (क़ q, ज़ z, फ़ f) and the
/// flapped ड़ ढ़.
const NUKTA: &[(u32, &str)] =
    &[(0x15, "q"), (0x16, "kh"), (0x17, "gh"), (0x1C, "z"), (0x21, "r"), (0x22, "rh"), (0x2B, "f"), (0x38, "sh")];
/// Offsets 0x58..=0x5F of the northern blocks: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
const NUKTA_LETTERS: [&str; 8] = ["q", "kh", "gh", "z", "r", "rh", "f", "y"];
/// Malayalam's chillu letters (offsets 0x7A..=0x7F): a consonant that ends a syllable.
const CHILLUS: [&str; 6] = ["n", "n", "r", "l", "l", "k"];

const NUKTA_SIGN: u32 = 0x3C;
const VIRAMA: u32 = 0x4D;
/// ज्ञ, spoken and spelled gy in Hindi names (ज्ञानेश्वर Gyaneshwar, प्रज्ञा Pragya).
const JA: u32 = 0x1C;
const NYA: u32 = 0x1E;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Letter {
    Consonant(&'static str),
    /// A consonant that ends its syllable: Malayalam chillu, Bengali khanda ta.
    Final(&'static str),
    Vowel(&'static str),
    Sign(&'static str),
    Virama,
    /// Anusvara, candrabindu, Gurmukhi tippi: a nasal before the next consonant.
    Nasal,
    Visarga,
    /// Gurmukhi addak: the next consonant doubled.
    Geminate,
    /// Digits, signs and other scripts: as the generic fallback writes them (१ 1).
    Other,
}

/// Whether a character is a letter of one of the nine scripts.
pub fn is_indic(c: char) -> bool {
    (DEVANAGARI..=LAST).contains(&(c as u32))
}

fn letter(c: char) -> Letter {
    let block = c as u32 & !0x7F;
    let offset = c as u32 & 0x7F;
    let precomposed_nukta = matches!(block, DEVANAGARI | BENGALI | GURMUKHI | ORIYA);
    match (block, offset) {
        (GURMUKHI, 0x70) => Letter::Nasal,
        (GURMUKHI, 0x71) => Letter::Geminate,
        // ੲ ੳ carry a vowel sign: the sign is the vowel.
        (GURMUKHI, 0x72 | 0x73) => Letter::Vowel(""),
        (BENGALI, 0x4E) => Letter::Final("t"),
        // Assamese ৰ and ৱ.
        (BENGALI, 0x70) => Letter::Consonant("r"),
        (BENGALI, 0x71) => Letter::Consonant("w"),
        (MALAYALAM, 0x7A..=0x7F) => Letter::Final(CHILLUS[(offset - 0x7A) as usize]),
        (_, 0x01 | 0x02) => Letter::Nasal,
        (_, 0x03) => Letter::Visarga,
        (_, 0x05..=0x14) => Letter::Vowel(VOWELS[(offset - 0x05) as usize]),
        (_, 0x60) => Letter::Vowel("ri"),
        (_, 0x61) => Letter::Vowel("li"),
        (_, 0x15..=0x39) => Letter::Consonant(CONSONANTS[(offset - 0x15) as usize]),
        (_, 0x3E..=0x4C) => Letter::Sign(VOWELS[(offset - SIGN_TO_VOWEL - 0x05) as usize]),
        (_, 0x62 | 0x63) => Letter::Sign("li"),
        (_, VIRAMA) => Letter::Virama,
        (_, 0x58..=0x5F) if precomposed_nukta => Letter::Consonant(NUKTA_LETTERS[(offset - 0x58) as usize]),
        _ => Letter::Other,
    }
}

/// One written syllable: consonants (a cluster joined by viramas), then its vowel.
#[derive(Debug)]
struct Akshara {
    consonants: String,
    /// How many consonants: the inherent vowel drops only after a single one.
    count: u8,
    vowel: Vowel,
    nasal: bool,
    visarga: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Vowel {
    Inherent,
    Written(&'static str),
    /// Killed by a virama, or a final consonant.
    None,
}

/// The Latin spelling of a word in one of the nine scripts, lower case; other characters in it
/// as the generic fallback writes them.
pub fn romanize(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut syllables: Vec<Akshara> = Vec::new();
    let (mut joining, mut geminate) = (false, false);
    let mut drops_schwa = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let offset = c as u32 & 0x7F;
        drops_schwa |= is_indic(c) && DROPPING_SCHWA.contains(&(c as u32 & !0x7F));
        let next = |k: usize| chars.get(i + k).filter(|n| is_indic(**n)).map(|n| *n as u32 & 0x7F);
        let letter = if is_indic(c) { letter(c) } else { Letter::Other };
        match letter {
            Letter::Consonant(mut latin) | Letter::Final(mut latin) => {
                if next(1) == Some(NUKTA_SIGN) {
                    latin = NUKTA.iter().find(|(base, _)| *base == offset).map_or(latin, |(_, l)| l);
                    i += 1;
                } else if offset == JA && next(1) == Some(VIRAMA) && next(2) == Some(NYA) {
                    latin = "gy";
                    i += 2;
                }
                // Doubled only where the Latin spelling doubles: ਭੱਟੀ Bhatti, ਸਿੱਧੂ Sidhu.
                let doubled = std::mem::take(&mut geminate) && latin.len() == 1;
                let vowel = if matches!(letter, Letter::Final(_)) { Vowel::None } else { Vowel::Inherent };
                match syllables.last_mut().filter(|_| joining) {
                    Some(last) => {
                        // व after a consonant is spelled w: ईश्वर Ishwar, द्विवेदी Dwivedi.
                        last.consonants.push_str(if latin == "v" { "w" } else { latin });
                        last.count += 1;
                        last.vowel = vowel;
                    }
                    None => syllables.push(Akshara {
                        consonants: if doubled { latin.repeat(2) } else { latin.to_string() },
                        count: 1 + u8::from(doubled),
                        vowel,
                        nasal: false,
                        visarga: false,
                    }),
                }
                joining = false;
            }
            Letter::Sign(v) => match syllables.last_mut() {
                Some(last) if last.vowel == Vowel::Inherent => last.vowel = Vowel::Written(v),
                _ => syllables.push(vowel_only(v)),
            },
            Letter::Vowel(v) => {
                joining = false;
                syllables.push(vowel_only(v));
            }
            Letter::Virama => {
                if let Some(last) = syllables.last_mut() {
                    last.vowel = Vowel::None;
                    joining = true;
                }
            }
            Letter::Nasal => {
                if let Some(last) = syllables.last_mut() {
                    last.nasal = true;
                }
            }
            Letter::Visarga => {
                if let Some(last) = syllables.last_mut() {
                    last.visarga = true;
                }
            }
            Letter::Geminate => geminate = true,
            Letter::Other => push_other(&mut syllables, generic::romanize(c.encode_utf8(&mut [0u8; 4])), &mut joining),
        }
        i += 1;
    }
    if drops_schwa {
        drop_schwas(&mut syllables);
    }
    spell(&syllables)
}

fn vowel_only(v: &'static str) -> Akshara {
    Akshara { consonants: String::new(), count: 0, vowel: Vowel::Written(v), nasal: false, visarga: false }
}

fn push_other(syllables: &mut Vec<Akshara>, text: String, joining: &mut bool) {
    *joining = false;
    syllables.push(Akshara { consonants: text, count: 0, vowel: Vowel::None, nasal: false, visarga: false });
}

/// Hindi schwa deletion (Ohala's rule, as in Punjabi, Gujarati and Bengali names): an inherent
/// vowel after a single consonant is not spoken at the end of a word (कुमार Kumar, but
/// नरेंद्र Narendra after a cluster), nor between a vowel and a consonant with a spoken vowel
/// (जगदीश Jagdish, रहमान Rahman). Right to left, so that a dropped vowel keeps the one before it
/// (रमन Raman, not Rmn).
fn drop_schwas(syllables: &mut [Akshara]) {
    let spoken = |a: &Akshara| matches!(a.vowel, Vowel::Inherent | Vowel::Written(_));
    for i in (1..syllables.len()).rev() {
        let a = &syllables[i];
        if a.vowel != Vowel::Inherent || a.count != 1 || a.nasal || a.visarga || !spoken(&syllables[i - 1]) {
            continue;
        }
        let before_spoken = syllables.get(i + 1).is_none_or(|n| n.count >= 1 && spoken(n));
        if before_spoken {
            syllables[i].vowel = Vowel::None;
        }
    }
}

fn spell(syllables: &[Akshara]) -> String {
    let mut out = String::new();
    for (i, a) in syllables.iter().enumerate() {
        out.push_str(&a.consonants);
        match a.vowel {
            Vowel::Inherent => out.push('a'),
            Vowel::Written(v) => out.push_str(v),
            Vowel::None => {}
        }
        if a.nasal {
            // Assimilated to the consonant after it: m before a labial (चंपा Champa), ng before h
            // (सिंह Singh), else n.
            let next = syllables.get(i + 1).map_or("", |n| n.consonants.as_str());
            out.push_str(match next.as_bytes().first() {
                Some(b'p' | b'b' | b'm') => "m",
                Some(b'h') => "ng",
                _ => "n",
            });
        }
        if a.visarga {
            out.push('h');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(word: &str) -> String {
        romanize(word)
    }

    #[test]
    fn hunterian_letters() {
        // The Hunterian spellings of places the Survey of India lists.
        assert_eq!(r("कानपुर"), "kanpur");
        assert_eq!(r("दिल्ली"), "dilli");
        assert_eq!(r("भोपाल"), "bhopal");
        assert_eq!(r("झाँसी"), "jhansi");
        assert_eq!(r("अमृतसर"), "amritsar");
        assert_eq!(r("लखनऊ"), "lakhnau");
    }

    #[test]
    fn the_inherent_vowel_where_it_is_spoken() {
        assert_eq!(r("नरेंद्र"), "narendra", "kept after a cluster");
        assert_eq!(r("मोदी"), "modi");
        assert_eq!(r("राम"), "ram", "dropped at the end");
        assert_eq!(r("कुमार"), "kumar");
        assert_eq!(r("शर्मा"), "sharma");
        assert_eq!(r("मनमोहन"), "manmohan", "dropped between a vowel and a spoken syllable");
        assert_eq!(r("जगदीश"), "jagdish");
        assert_eq!(r("रमन"), "raman", "only one of two in a row");
        assert_eq!(r("गौतम"), "gautam");
        assert_eq!(r("अमिताभ"), "amitabh");
        assert_eq!(r("न"), "na", "a word of one syllable keeps it");
    }

    #[test]
    fn nasals_nukta_and_conjuncts() {
        assert_eq!(r("सिंह"), "singh");
        assert_eq!(r("द्विवेदी"), "dwivedi", "v after a consonant");
        assert_eq!(r("चंपा"), "champa");
        assert_eq!(r("गांधी"), "gandhi");
        assert_eq!(r("फ़ारूक़"), "faruq", "nukta, precomposed or not");
        assert_eq!(r("\u{095B}ैद"), "zaid");
        assert_eq!(r("ज्ञानेश्वर"), "gyaneshwar");
        assert_eq!(r("लक्ष्मी"), "lakshmi");
    }

    #[test]
    fn other_scripts_by_the_same_table() {
        assert_eq!(r("ਹਰਮੋਹਨ"), "harmohan", "Gurmukhi");
        assert_eq!(r("ਸਿੰਘ"), "singh", "tippi");
        assert_eq!(r("ਭੱਟੀ"), "bhatti", "addak doubles a plain consonant");
        assert_eq!(r("ਸਿੱਧੂ"), "sidhu", "not an aspirate");
        assert_eq!(r("ગાંધી"), "gandhi", "Gujarati");
        assert_eq!(r("রহমান"), "rahman", "Bengali");
        assert_eq!(r("হাসিনা"), "hasina");
        assert_eq!(r("ପଟ୍ଟନାୟକ"), "pattanayak", "Oriya");
        // The southern scripts write a final consonant with its virama and speak every other
        // inherent vowel.
        assert_eq!(r("தமிழ்"), "tamizh", "Tamil");
        assert_eq!(r("சிதம்பரம்"), "chitamparam", "Tamil writes no voiced stops (Chidambaram)");
        assert_eq!(r("చంద్రబాబు"), "chandrababu", "Telugu");
        assert_eq!(r("ಸಿದ್ದರಾಮಯ್ಯ"), "siddaramayya", "Kannada");
        assert_eq!(r("വിജയൻ"), "vijayan", "Malayalam, with a chillu");
    }

    #[test]
    fn digits_and_other_characters() {
        assert_eq!(r("१२३"), "123");
    }
}
