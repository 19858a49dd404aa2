//! Korean: romanization of Hangul syllables (Revised Romanization and McCune-Reischauer), a fold
//! that maps any Latin spelling of the same syllables to one key, segmentation of joined Latin
//! given names into syllables, and the classes of Korean surnames across their spellings.
//!
//! Syllables are the unit: a Hangul syllable is decomposed arithmetically (Unicode ch. 3.12:
//! S - U+AC00 = (initial * 21 + vowel) * 28 + final) and romanized jamo by jamo, without the sound
//! changes across syllables that RR applies to running text, as Korean names are romanized.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;
const VOWELS_PER_INITIAL: u32 = 21;
const FINALS_PER_VOWEL: u32 = 28;

/// The 19 initial consonants in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ.
/// Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8), ㅇ silent.
#[rustfmt::skip]
const RR_INITIALS: [&str; 19] =
    ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
/// McCune-Reischauer (1939), ASCII as typed: the aspiration apostrophes of ch' k' t' p' dropped.
/// ㅅ is `s` before every vowel, `si` included, as in the 1939 paper and North Korea's official
/// MR-based system (the South Korean 1984 variant writes `shi`; `fold` equates the two).
#[rustfmt::skip]
const MR_INITIALS: [&str; 19] =
    ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"];

/// The 21 vowels in Unicode order: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ (RR 2000).
#[rustfmt::skip]
const RR_VOWELS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
/// McCune-Reischauer vowels with the breves dropped (ŏ -> o, ŭ -> u): ㅓ/ㅗ and ㅡ/ㅜ coincide.
#[rustfmt::skip]
const MR_VOWELS: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i",
];

/// The 28 finals in Unicode order (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ
/// ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ), romanized by the seven final sounds they are pronounced as at the end of a
/// syllable (Standard Pronunciation arts. 9-11); RR and MR agree here.
#[rustfmt::skip]
const FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
    "t", "ng", "t", "t", "k", "t", "p", "t",
];

pub fn is_syllable(c: char) -> bool {
    (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&(c as u32))
}

/// (initial, vowel, final) jamo indices of a syllable.
fn jamo(c: char) -> Option<(usize, usize, usize)> {
    if !is_syllable(c) {
        return None;
    }
    let s = c as u32 - SYLLABLE_FIRST;
    let per_initial = VOWELS_PER_INITIAL * FINALS_PER_VOWEL;
    Some((
        (s / per_initial) as usize,
        (s % per_initial / FINALS_PER_VOWEL) as usize,
        (s % FINALS_PER_VOWEL) as usize,
    ))
}

/// A syllable with its initial consonant replaced by `consonant` (a compatibility jamo: 'ㅈ').
pub fn with_initial(syllable: char, consonant: char) -> Option<char> {
    const INITIAL_JAMO: &str = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    let initial = INITIAL_JAMO.chars().position(|c| c == consonant)?;
    let (_, vowel, fin) = jamo(syllable)?;
    Some(syllable_of(initial, vowel, fin))
}

fn syllable_of(initial: usize, vowel: usize, fin: usize) -> char {
    let code = SYLLABLE_FIRST
        + (initial as u32 * VOWELS_PER_INITIAL + vowel as u32) * FINALS_PER_VOWEL
        + fin as u32;
    char::from_u32(code).expect("jamo indices within the Hangul syllable block")
}

/// The folds of Hangul syllables written with each spelling of each vowel (RR, MR and
/// `VOWEL_VARIANTS`) and each letter their initial may be written with (`written_initials`), as
/// `spells` reads them: where a variant spells another vowel's sound (성 Sung, 제 Jae, 혜 Hae, 예
/// Yea) or the initial-sound rule another initial (필립 Philip, 명림 Myeongnim), its fold is not
/// the syllables' own, and the index keys them by all of them, alone and joined (김혜진, `Kim
/// Haejin`).
pub fn spelling_folds(hangul: &str) -> Vec<String> {
    let vowels = jamo_spellings(&RR_VOWELS, &MR_VOWELS, VOWEL_VARIANTS);
    let mut spelled = vec![String::new()];
    for c in hangul.chars() {
        let Some((_, v, t)) = jamo(c) else { return Vec::new() };
        let initials = written_as(c).into_iter().filter_map(jamo).map(|(l, _, _)| RR_INITIALS[l]);
        let vowels = vowels.iter().filter(|(_, set)| set.contains(&v)).map(|(vowel, _)| *vowel);
        let syllable = initials.flat_map(|initial| vowels.clone().map(move |vowel| [initial, vowel, FINALS[t]].concat()));
        // One spelling per fold keeps the product small.
        let mut options: Vec<String> = syllable.collect();
        options.sort_by_key(|o| fold(o));
        options.dedup_by_key(|o| fold(o));
        spelled = spelled.iter().flat_map(|head| options.iter().map(move |o| format!("{head}{o}"))).collect();
    }
    let mut folds: Vec<String> = spelled.iter().map(|s| fold(s)).collect();
    folds.sort();
    folds.dedup();
    folds
}

fn romanize(c: char, initials: &[&str; 19], vowels: &[&str; 21]) -> Option<String> {
    let (l, v, t) = jamo(c)?;
    Some([initials[l], vowels[v], FINALS[t]].concat())
}

/// Revised Romanization of Korean (Ministry of Culture and Tourism, 2000), one syllable, lower-case,
/// no sound changes across syllables (names are romanized syllable by syllable): 경 "gyeong",
/// 김 "gim", 철 "cheol", 은 "eun". None for non-syllables.
pub fn rr(c: char) -> Option<String> {
    romanize(c, &RR_INITIALS, &RR_VOWELS)
}

/// McCune-Reischauer (1939), one syllable, in the ASCII form people type: breves and aspiration
/// apostrophes dropped: 경 "kyong", 철 "chol", 은 "un", 시 "si" (not "shi"), 김 "kim".
pub fn mr(c: char) -> Option<String> {
    romanize(c, &MR_INITIALS, &MR_VOWELS)
}

// ---------------------------------------------------------------------------------------------
// Fold
// ---------------------------------------------------------------------------------------------

/// A looser key over `fold`'s, for spellings that write another syllable's sound: South Korean
/// spellings write ㅓ/ㅗ as `u` (Sung, Chul, Hyun), so o and u merge; and an initial ㄹ is written
/// r, l or n, and not at all before i or y (the initial-sound rule, 두음법칙, and ㄹ after a
/// consonant read as ㄴ: 리/이 Ri/Yi, 렬/열 Ryol/Yol, 려 Ryo/Nyo, 래 Rae/Nae), so an initial r is
/// n, and an initial n before i or y goes. Inside a word ㄹ is written as said or not (RR and MR
/// write the sound, many names the letter): after ㅁ, ㅇ, ㄱ or ㅂ it is said ㄴ, which turns ㄱ into
/// ㅇ and ㅂ into ㅁ (압록강 Amnokkang / Amrokgang, 총련 Chongryon / Chongnyon, 백령 Paengnyong /
/// Baekryeong), and ㄴ next to it is said ㄹ (천리마 Chollima / Cheonrima): `ASSIMILATION`.
pub fn loose(folded: &str) -> String {
    let mut key = initial_sound(&folded.replace('u', "o")).into_bytes();
    rewrite(&mut key, ASSIMILATION);
    String::from_utf8(key).expect("only ASCII bytes are rewritten, so UTF-8 is preserved")
}

/// The spellings of ㄹ inside a word `loose` merges, on folded keys (k is g, p is b, l is r),
/// as (written by the letter, written as said); `ng` comes before `g` so that its g stays.
const ASSIMILATION: &[(&[u8], &[u8])] =
    &[(b"mr", b"mn"), (b"ngr", b"ngn"), (b"gr", b"ngn"), (b"br", b"mn"), (b"nr", b"rr"), (b"rn", b"rr")];

/// A fold as the initial-sound rule writes it (see `loose`): an initial r as n, and an initial n
/// before i or y dropped (Ryong and Yong, Rak and Nak, Ri and I).
pub fn initial_sound(folded: &str) -> String {
    let nasal = match folded.strip_prefix('r') {
        Some(rest) => format!("n{rest}"),
        None => folded.to_string(),
    };
    match nasal.strip_prefix('n') {
        Some(rest) if rest.starts_with(['i', 'y']) => rest.to_string(),
        _ => nasal,
    }
}

/// Fold a Latin spelling of Korean syllables to one key for RR, MR (ASCII) and the spellings in
/// real use North and South. Consonants: k/g, t/d, p/b, ch/j, tch/jj, s/sh, r/l merge; a decorative
/// `h` goes (Ahn, Sohn, Rhee, Jhin, Khang; `wh` is `hw`); a doubled final letter is single (Minn).
/// Vowels: RR's digraphs meet MR (eo = o, eu = u, yeo = yo), oo/woo/wu are u (Soo, Woo), ou is o
/// before ng (Young, Kyoung) and u elsewhere (You, Youn), ee is i (Lee, Kee), 희 is `hi` whether
/// written hee, hui or heui (ㅢ after a consonant is pronounced [i], Standard Pronunciation art.
/// 5); ㅓ/ㅗ (o) stay apart from ㅜ/ㅡ (u), as in MR, so the caller can merge them for South
/// Korean Sung/Chul/Hyun spellings if it wants.
///
/// Exact for single syllables and for joined RR vs joined MR spellings of syllable sequences
/// (tested on every syllable, every vowel-to-vowel boundary and a sample of words).
/// Concatenative (fold(a+b) == fold(a)+fold(b)) except where a vowel-final syllable meets a
/// vowel-initial one and the joined letters also read as other syllables; there no fold can have
/// both properties. RR `seun` is 슨 and also 세+운, and MR writes 슨 `sun`, so 세운 and 순 must
/// share a key: that is why `e` after a consonant carries nothing (`se` folds to `s`, and
/// seun = se + un). Likewise RR `jaeun` is both 재운 and 자은, and MR `chaeun` both 재운 and 재은,
/// so 재은 shares 자은's key and `jaeeun` cannot equal fold("jae") + fold("eun"). About 0.3% of
/// random syllable pairs and 0.7% of real joined given names in the Wikidata pairs hit this;
/// compare per syllable (see `syllables`) where it matters.
pub fn fold(latin: &str) -> String {
    let mut key = fold_consonants(latin.as_bytes());
    fold_vowels(&mut key);
    String::from_utf8(key).expect("only ASCII bytes are rewritten, so UTF-8 is preserved")
}

fn is_vowel_letter(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y')
}

/// Folded consonant letters: the ones that can precede a vowel in a folded key.
fn is_folded_consonant(b: u8) -> bool {
    matches!(
        b,
        b'g' | b'd' | b'b' | b'j' | b's' | b'm' | b'n' | b'r' | b'h'
    )
}

fn fold_consonants(raw: &[u8]) -> Vec<u8> {
    let at = |i: usize| raw.get(i).map(u8::to_ascii_lowercase);
    let mut out = Vec::with_capacity(raw.len() + 2);
    let mut i = 0;
    // Word-initial kh, ph, th (Khang, Phyo, Thae) mark aspiration; the h carries nothing.
    if matches!(at(0), Some(b'k' | b'p' | b't')) && at(1) == Some(b'h') {
        out.push(fold_letter(raw[0].to_ascii_lowercase()));
        i = 2;
    }
    while let Some(b) = at(i) {
        let next = at(i + 1);
        let prev = i.checked_sub(1).and_then(at);
        let step = match (b, next) {
            (b't', Some(b'c')) if at(i + 2) == Some(b'h') => {
                out.extend_from_slice(b"dj");
                3
            }
            (b'j', Some(b'j')) => {
                out.extend_from_slice(b"dj");
                2
            }
            (b'c', Some(b'h')) => {
                out.push(b'j');
                2
            }
            // ck only in English-style finals (Pack, Kwack): RR and MR write c only in ch.
            (b'c', Some(b'k')) => {
                out.push(b'g');
                2
            }
            (b's', Some(b'h')) => {
                out.push(b's');
                2
            }
            (b'w', Some(b'h')) => {
                out.extend_from_slice(b"hw");
                2
            }
            // After a vowel and not before one, h is only a spelling habit (Ahn, Sohn, Oh).
            (b'h', _)
                if prev.is_some_and(is_vowel_letter) && !next.is_some_and(is_vowel_letter) =>
            {
                1
            }
            // d, b, j, r (and g outside `ng`) never end a romanized syllable, so an h after them
            // is not the next syllable's ㅎ but decoration (Rhee, Jhin, Ghim).
            (b'h', _)
                if matches!(prev, Some(b'd' | b'b' | b'j' | b'r'))
                    || (prev == Some(b'g') && (i < 2 || at(i - 2) != Some(b'n'))) =>
            {
                1
            }
            _ => {
                out.push(fold_letter(b));
                1
            }
        };
        i += step;
    }
    // A doubled final letter is spelling (Minn, Gill, Kimm): no romanized syllable ends in one.
    let n = out.len();
    if n >= 2 && out[n - 1] == out[n - 2] && is_folded_consonant(out[n - 1]) && out[n - 1] != b'h' {
        out.pop();
    }
    out
}

fn fold_letter(b: u8) -> u8 {
    match b {
        b'k' => b'g',
        b't' => b'd',
        b'p' => b'b',
        b'l' => b'r',
        _ => b,
    }
}

/// The vowel rules, in order; each step sees the previous step's output.
fn fold_vowels(s: &mut Vec<u8>) {
    // 1. A run of e before o or u is RR's digraph (eo, eu, yeo) or a boundary that MR spells
    //    without it (재은 jae+eun vs chae+un): drop the whole run.
    let (mut read, mut write) = (0, 0);
    while read < s.len() {
        let run_end = if s[read] == b'e' {
            read + s[read..].iter().take_while(|&&b| b == b'e').count()
        } else {
            read + 1
        };
        if !(s[read] == b'e' && matches!(s.get(run_end), Some(b'o' | b'u'))) {
            s.copy_within(read..run_end, write);
            write += run_end - read;
        }
        read = run_end;
    }
    s.truncate(write);

    // 2. English-style spellings: woo/wu -> u (Woo, Woong), oo -> u (Soo), ou before ng is ㅓ/ㅗ
    //    (Young, Kyoung, Joung), elsewhere ㅜ/ㅠ (You, Youn, Moun), ee -> i (Lee, Kee).
    rewrite(
        s,
        &[
            (b"woo", b"u"),
            (b"wu", b"u"),
            (b"oo", b"u"),
            (b"oung", b"ong"),
            (b"ou", b"u"),
            (b"ee", b"i"),
        ],
    );

    // 3. e right after a consonant carries nothing (see `fold`: 세운 = 순 is forced).
    let mut prev: Option<u8> = None;
    s.retain(|&b| {
        let drop = b == b'e' && prev.is_some_and(is_folded_consonant);
        prev = Some(b);
        !drop
    });

    // 4. 희 is pronounced [hi].
    rewrite(s, &[(b"hui", b"hi")]);
}

/// Replace, left to right and without overlap, each occurrence of the first pattern that matches
/// at a position (patterns are tried in the given order).
fn rewrite(s: &mut Vec<u8>, rules: &[(&[u8], &[u8])]) {
    let mut out = Vec::with_capacity(s.len() + 2);
    let mut i = 0;
    'scan: while i < s.len() {
        for (from, to) in rules {
            if s[i..].starts_with(from) {
                out.extend_from_slice(to);
                i += from.len();
                continue 'scan;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    *s = out;
}

// ---------------------------------------------------------------------------------------------
// Segmentation of a Latin token into syllables
// ---------------------------------------------------------------------------------------------

/// Spellings of initials in real use beyond RR and MR (which are added from their tables), with
/// the jamo indices they can stand for: the decorative h of Khang, Ghim, Rhee, Jhin; l for ㄹ
/// (Lee, Lim); sh for ㅅ (Shin); doubled voiced letters for the tense series.
#[rustfmt::skip]
const INITIAL_VARIANTS: &[(&str, &[usize])] = &[
    ("bb", &[8]), ("dd", &[4]), ("gg", &[1]), ("gh", &[0]), ("jh", &[12]), ("kh", &[15]),
    ("l", &[5]), ("ph", &[17]), ("rh", &[5]), ("sh", &[9]), ("th", &[16]),
];

/// Vowel spellings beyond RR and MR, from South Korean passports and common use: u and yu for
/// ㅓ/ㅕ (Sung, Hyun), ou and you (Young, Youn), oo/woo/wu for ㅜ (Soo, Woo), yoo for ㅠ, ee for
/// ㅣ and ㅢ (Lee, Hee), eui and i for ㅢ (희 is said hi, Standard Pronunciation art. 5), ai for ㅐ
/// (Paik), ae and ea for ㅔ and e for ㅐ (one sound in today's Korean: 제 Jae, 택 Tek, 세 Sea), e, ae,
/// ai, ea and yea for ㅖ (said [ㅔ] after a consonant, Standard Pronunciation art. 5: 혜 Hae, 예
/// Yea), oi for ㅚ (Choi), weo for ㅝ, we and wee for ㅟ (위 We). `spelling_folds` keys them.
/// Indices: ㅏ0 ㅐ1 ㅑ2 ㅒ3 ㅓ4 ㅔ5 ㅕ6 ㅖ7 ㅗ8 ㅘ9 ㅙ10 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅢ19 ㅣ20.
#[rustfmt::skip]
const VOWEL_VARIANTS: &[(&str, &[usize])] = &[
    ("ae", &[5, 7]), ("ai", &[1, 7]), ("e", &[1, 7]), ("ea", &[5, 7]), ("ee", &[20, 19]),
    ("eui", &[19]), ("i", &[19]), ("oi", &[11]), ("oo", &[13]), ("ou", &[4, 8, 13]), ("u", &[4]),
    ("we", &[16]), ("wee", &[16]), ("weo", &[14]), ("woo", &[13]), ("wu", &[13]), ("yea", &[7]),
    ("yoo", &[17]), ("you", &[6, 17]), ("yu", &[6]),
];

/// Final spellings beyond the seven sounds: g for ㄱ (Seog), ck (Pack) and the rk of Park, r for ㄹ,
/// b for ㅂ (Sub), doubled n l m (Minn, Gill). Indices as in `FINALS`.
#[rustfmt::skip]
const FINAL_VARIANTS: &[(&str, &[usize])] = &[
    ("b", &[17]), ("ck", &[1]), ("g", &[1]), ("ll", &[8]), ("mm", &[16]), ("nn", &[4]), ("r", &[8]),
    ("rk", &[1]),
];

/// Hangul syllables common in Korean personal names, surnames and given names, compiled by hand
/// (they cover 99.7% of the syllables of the 592 given names in Wikipedia's list), and the
/// surnames of `korean_names.json`'s list the first compilation missed (김, 손, 차 ...). A spelling of
/// one of them wins a segmentation tie over a rare syllable: `seun` is 세운, not 슨.
const NAME_SYLLABLES: &str = "\
가각간갈감갑강개건걸검결겸경계고곤골공곽관광교구국군궁권규균근금기길나낙난남낭내\
녀년노누늘니다단달담당대덕도돈동두득등라락란람랑래량려련렬렴령례로록뢰룡루류륙륜\
률리린림립마만말매맹면명모목몽무묵문미민박반방배백범법벽변별병보복본봉부분비빈빛\
사산삼상새샘서석선설섬섭성세소솔송수숙순술숭슬승시식신실심아악안애야약양어언엄업\
여연열염엽영예오옥온완왕요용우욱운울웅원월위유육윤율은을음응의이익인일임입자작장\
재저전절점정제조종좌주준중즙증지직진찬창채천철청초최추춘충치친칠탁탄태택판팔편평\
포표풍피필하학한함항해행향허헌혁현협형혜호홍화확환활황회효후훈휘흠흥희힘\
김손차팽견옹빙";

/// Every Latin spelling of one syllable that `syllables` accepts: initial + vowel + optional
/// decorative h (Ahn, Oh) + final, from the RR, MR and variant tables above, with the syllables
/// it can spell.
struct Spellings {
    spellings: FxHashMap<String, Spelling>,
    longest: usize,
}

struct Spelling {
    /// Whether it can spell a common name syllable (`NAME_SYLLABLES`).
    common: bool,
    /// The jamo it can stand for, one (initials, vowels, finals) set of bit masks per way the
    /// spelling splits into an initial, a vowel and a final spelling.
    readings: Vec<[u32; 3]>,
}

impl Spelling {
    /// Whether it can spell a syllable of one of `initials` (a mask), `vowel` and `fin`.
    fn reads_as(&self, initials: u32, vowel: usize, fin: usize) -> bool {
        self.readings.iter().any(|[l, v, t]| l & initials != 0 && v & 1 << vowel != 0 && t & 1 << fin != 0)
    }
}

fn spellings() -> &'static Spellings {
    static SPELLINGS: OnceLock<Spellings> = OnceLock::new();
    SPELLINGS.get_or_init(|| {
        let initials = jamo_spellings(&RR_INITIALS, &MR_INITIALS, INITIAL_VARIANTS);
        let vowels = jamo_spellings(&RR_VOWELS, &MR_VOWELS, VOWEL_VARIANTS);
        let finals = jamo_spellings(&FINALS, &FINALS, FINAL_VARIANTS);
        let mut name_syllable = vec![false; (SYLLABLE_LAST - SYLLABLE_FIRST + 1) as usize];
        for c in NAME_SYLLABLES.chars() {
            name_syllable[(c as u32 - SYLLABLE_FIRST) as usize] = true;
        }
        let mask = |set: &[usize]| set.iter().fold(0u32, |m, &i| m | 1 << i);
        let mut spellings: FxHashMap<String, Spelling> = FxHashMap::default();
        for (i_sp, i_set) in &initials {
            for (v_sp, v_set) in &vowels {
                for h in ["", "h"] {
                    for (f_sp, f_set) in &finals {
                        let is_common = i_set.iter().any(|&l| {
                            v_set.iter().any(|&v| {
                                f_set.iter().any(|&t| {
                                    name_syllable
                                        [(syllable_of(l, v, t) as u32 - SYLLABLE_FIRST) as usize]
                                })
                            })
                        });
                        let entry = spellings
                            .entry([*i_sp, *v_sp, h, *f_sp].concat())
                            .or_insert(Spelling { common: false, readings: Vec::new() });
                        entry.common |= is_common;
                        entry.readings.push([mask(i_set), mask(v_set), mask(f_set)]);
                    }
                }
            }
        }
        // ㅎ before a w-vowel is written wh as well as hw (Whang, Whee), as `fold` reads it.
        let hw: Vec<(String, bool, Vec<[u32; 3]>)> = spellings
            .iter()
            .filter_map(|(k, s)| k.strip_prefix("hw").map(|rest| (format!("wh{rest}"), s.common, s.readings.clone())))
            .collect();
        for (spelling, common, readings) in hw {
            let entry = spellings.entry(spelling).or_insert(Spelling { common: false, readings: Vec::new() });
            entry.common |= common;
            entry.readings.extend(readings);
        }
        let longest = spellings.keys().map(String::len).max().unwrap_or(0);
        Spellings { spellings, longest }
    })
}

/// Spelling -> jamo indices, merged over the RR table, the MR table and the variants.
fn jamo_spellings(
    rr: &[&'static str],
    mr: &[&'static str],
    variants: &[(&'static str, &[usize])],
) -> Vec<(&'static str, Vec<usize>)> {
    let mut out: Vec<(&'static str, Vec<usize>)> = Vec::new();
    let mut add =
        |spelling: &'static str, index: usize| match out.iter_mut().find(|(s, _)| *s == spelling) {
            Some((_, set)) if set.contains(&index) => {}
            Some((_, set)) => set.push(index),
            None => out.push((spelling, vec![index])),
        };
    for (i, (r, m)) in rr.iter().zip(mr).enumerate() {
        add(r, i);
        add(m, i);
    }
    for (spelling, indices) in variants {
        for &i in *indices {
            add(spelling, i);
        }
    }
    out
}

/// Cost of a segmentation, compared field by field: syllables outside the name-syllable table,
/// then syllables, then syllables starting with a vowel letter (RR's convention: a consonant
/// between vowels begins the next syllable, `hanga` is han-ga, hyphens mark the exceptions).
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    rare: u16,
    syllables: u16,
    vowel_initial: u16,
}

/// Split a Latin token into romanized Korean syllables (RR, MR-ASCII or the common variants above)
/// if it can be read as such: "seun" -> ["se", "un"], "kyonghun" -> ["kyong", "hun"],
/// "ungsun" -> ["ung", "sun"]; None when it cannot ("smith").
///
/// Among the readings the fewest syllables win, but a syllable that is not common in names counts
/// as worse than any number of common ones (so `seun` is 세운, not the RR spelling of 슨); then
/// fewer vowel-initial syllables (`hanga` is han-ga, not hang-a); remaining ties go to the longer
/// first syllable (`seoul` is seo-ul). `fold` of the whole token does not depend on the choice.
///
/// A word of five letters or more ending in a vowel and h (Salah, Saleh, Fatimah) is not read:
/// a romanized Korean syllable ends in h only in the one-syllable surnames Oh, Noh and Roh.
pub fn syllables(latin: &str) -> Option<Vec<String>> {
    let table = spellings();
    let bytes = latin.as_bytes();
    let n = bytes.len();
    if n == 0 || !latin.is_ascii() || long_with_vowel_h(latin) {
        return None;
    }
    // best[i]: the cheapest segmentation of latin[i..] and the length of its first syllable.
    let mut best: Vec<Option<(Cost, usize)>> = vec![None; n + 1];
    best[n] = Some((Cost::default(), 0));
    for i in (0..n).rev() {
        for len in (1..=table.longest.min(n - i)).rev() {
            let (Some((rest, _)), Some(&common)) =
                (best[i + len], table.spellings.get(&latin[i..i + len]).map(|s| &s.common))
            else {
                continue;
            };
            let cost = Cost {
                rare: rest.rare + u16::from(!common),
                syllables: rest.syllables + 1,
                vowel_initial: rest.vowel_initial
                    + u16::from(matches!(bytes[i], b'a' | b'e' | b'i' | b'o' | b'u')),
            };
            if best[i].is_none_or(|(c, _)| cost < c) {
                best[i] = Some((cost, len));
            }
        }
    }
    best[0]?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let (_, len) = best[i].expect("a segmentation of the whole token passes through i");
        out.push(latin[i..i + len].to_string());
        i += len;
    }
    Some(out)
}

/// Whether a word of five letters or more ends in a vowel and h, which `syllables` does not read
/// (Salah, Fatimah) and `spells` may (Kyungah, 경아).
pub fn long_with_vowel_h(latin: &str) -> bool {
    let bytes = latin.as_bytes();
    let n = bytes.len();
    n >= 5 && bytes[n - 1] == b'h' && matches!(bytes[n - 2], b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether Latin `latin` spells exactly the syllables of Hangul `hangul`, one after the other, each
/// in RR, MR or a spelling in real use (the tables `syllables` reads by): 경 is gyeong, kyong,
/// kyung or kyoung, 중 is jung, chung or joong but never jong, which is 정 or 종. An initial ㄹ
/// may be written as the initial-sound rule and the assimilations in names say it (n, and nothing
/// before i or y: 렬 yeol, 룡 nyong), an initial ㄴ as nothing before i or y (녀 yeo).
pub fn spells(hangul: &str, latin: &str) -> bool {
    read_syllables(hangul, latin, false).is_some_and(|spelled| spelled == hangul.chars().count())
}

/// How many of the syllables of Hangul `hangul` Latin `latin` spells as `spells` reads them, at
/// most, where the others are written, with a vowel, as the Korean fold reads them (`fold`):
/// `Kiyoung` spells 기 and writes 용 as the Korean fold of 영 reads it, one of two. None if `latin`
/// does not read as the syllables one after the other either way.
pub fn syllables_spelled(hangul: &str, latin: &str) -> Option<usize> {
    read_syllables(hangul, latin, true)
}

/// `syllables_spelled`, or with `folds` false, `latin` read only as `spells` reads it.
fn read_syllables(hangul: &str, latin: &str, folds: bool) -> Option<usize> {
    let table = spellings();
    let n = latin.len();
    if !latin.is_ascii() {
        return None;
    }
    // The positions in `latin` that the syllables so far can end at, with the most of them spelled.
    let mut ends: Vec<(usize, usize)> = vec![(0, 0)];
    for c in hangul.chars() {
        let (initial, vowel, fin) = jamo(c)?;
        let initials = written_initials(initial, vowel);
        let folded = if folds { rr(c).map(|r| fold(&r)) } else { None };
        let mut next: Vec<(usize, usize)> = Vec::new();
        for &(i, spelled) in &ends {
            for len in 1..=table.longest.min(n - i) {
                let part = &latin[i..i + len];
                let step = if table.spellings.get(part).is_some_and(|s| s.reads_as(initials, vowel, fin)) {
                    spelled + 1
                } else if part.bytes().any(is_vowel_letter) && folded.as_deref().is_some_and(|f| f == fold(part)) {
                    spelled
                } else {
                    continue;
                };
                match next.iter_mut().find(|(end, _)| *end == i + len) {
                    Some(e) => e.1 = e.1.max(step),
                    None => next.push((i + len, step)),
                }
            }
        }
        ends = next;
    }
    ends.into_iter().find(|&(end, _)| end == n).map(|(_, spelled)| spelled)
}

/// The letters a Latin spelling of a syllable most often has one too many or too few of
/// (`nearly_spells`): vowels and the glides y and w; a consonant more, less or in place of another
/// is another syllable (Lim / Gim, Bang / Gang).
const NEAR_VOWELS: &[u8] = b"aeiouyw";
/// After the first letter, also the h of aspiration and the g of ng (Joh / Jo, Hang / Han).
const NEAR_INNER: &[u8] = b"aeiouywhg";
/// The letters that may stand in place of one another: not w, whose glide makes another syllable
/// (Won / 연 Yon).
const NEAR_SWAPS: &[u8] = b"aeiouy";
/// Latin words shorter than this are not compared by `nearly_spells`: one letter off a word of two
/// (Un, Il) is nearly every syllable.
const NEAR_MIN_LEN: usize = 3;
/// Nor longer than this: no one syllable is written in more letters.
const NEAR_MAX_LEN: usize = 6;

/// Whether a Latin word is itself a spelling of a syllable common in names (`NAME_SYLLABLES`):
/// one letter off another syllable, it names its own (Chil is 칠, not 철 misspelt).
pub fn spells_name_syllable(latin: &str) -> bool {
    spellings().spellings.get(latin).is_some_and(|s| s.common)
}

/// Whether `hangul` is one Hangul syllable, the Hangul side of `nearly_spells`.
pub fn one_syllable(hangul: &str) -> bool {
    let mut syllables = hangul.chars();
    syllables.next().is_some_and(is_syllable) && syllables.next().is_none()
}

/// Whether a Latin word is of the letters and length that `nearly_spells` compares.
pub fn may_nearly_spell(latin: &str) -> bool {
    latin.is_ascii() && (NEAR_MIN_LEN..=NEAR_MAX_LEN).contains(&latin.len())
}

/// Whether Latin `latin` is one letter off a spelling of `hangul`, one Hangul syllable: a
/// letter of `NEAR_VOWELS` (`NEAR_INNER` after the first) more or less, one of `NEAR_SWAPS` in place
/// of another (헌 Heon for hyeon, 욱 Yuk for uk, 경 Keung for kyung, 승 Syng for sung), or a letter
/// doubled (신 Synn for syn). Names are written so in the wild; a syllable that some
/// spelling of the name shows only so still holds the same place in the same name.
pub fn nearly_spells(hangul: &str, latin: &str) -> bool {
    one_syllable(hangul) && may_nearly_spell(latin) && near_edits(latin, |e| spells(hangul, e))
}

/// The spellings of one syllable (`syllable_spellings`) that a Latin word is one letter off, as
/// `nearly_spells` reads it. The index keys a Latin word by them and a Hangul syllable by its own
/// spellings: the two share a key exactly where `nearly_spells` holds.
pub fn near_spellings(latin: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if may_nearly_spell(latin) {
        let table = &spellings().spellings;
        near_edits(latin, |e| {
            out.extend(table.get_key_value(e).map(|(spelling, _)| spelling.as_str()));
            false
        });
        out.sort_unstable();
        out.dedup();
    }
    out
}

/// Calls `edit` with each word one letter off ASCII `latin` as `nearly_spells` says, until it
/// returns true; whether it did.
fn near_edits(latin: &str, mut edit: impl FnMut(&str) -> bool) -> bool {
    let word = latin.as_bytes();
    let n = word.len();
    let mut edited = |head: &[u8], letter: Option<u8>, tail: &[u8]| {
        let mut buf = [0u8; NEAR_MAX_LEN + 1];
        let mut len = 0;
        for b in head.iter().copied().chain(letter).chain(tail.iter().copied()) {
            buf[len] = b;
            len += 1;
        }
        std::str::from_utf8(&buf[..len]).is_ok_and(&mut edit)
    };
    let letters = |i: usize| if i == 0 { NEAR_VOWELS } else { NEAR_INNER };
    for i in 0..n {
        let droppable = letters(i).contains(&word[i]) || (i > 0 && word[i] == word[i - 1]);
        if droppable && edited(&word[..i], None, &word[i + 1..]) {
            return true;
        }
    }
    for i in 0..=n {
        if letters(i).iter().any(|&l| edited(&word[..i], Some(l), &word[i..])) {
            return true;
        }
    }
    for i in (0..n).filter(|&i| NEAR_SWAPS.contains(&word[i])) {
        if NEAR_SWAPS.iter().any(|&v| v != word[i] && edited(&word[..i], Some(v), &word[i + 1..])) {
            return true;
        }
    }
    false
}

/// Every spelling that `spells` reads as `hangul`, one Hangul syllable (none for anything else):
/// the spelling table turned around, once.
pub fn syllable_spellings(hangul: &str) -> &'static [&'static str] {
    static BY_SYLLABLE: OnceLock<FxHashMap<char, Vec<&'static str>>> = OnceLock::new();
    let by_syllable = BY_SYLLABLE.get_or_init(|| {
        let mut map: FxHashMap<char, Vec<&'static str>> = FxHashMap::default();
        let set = |mask: u32, len: usize| (0..len).filter(move |&b| mask & 1 << b != 0);
        for (spelling, s) in &spellings().spellings {
            for &[initials, vowels, finals] in &s.readings {
                for vowel in set(vowels, RR_VOWELS.len()) {
                    for fin in set(finals, FINALS.len()) {
                        for initial in (0..RR_INITIALS.len()).filter(|&l| written_initials(l, vowel) & initials != 0) {
                            map.entry(syllable_of(initial, vowel, fin)).or_default().push(spelling.as_str());
                        }
                    }
                }
            }
        }
        for spellings in map.values_mut() {
            spellings.sort_unstable();
            spellings.dedup();
        }
        map
    });
    match hangul.chars().next() {
        Some(syllable) if one_syllable(hangul) => by_syllable.get(&syllable).map_or(&[], Vec::as_slice),
        _ => &[],
    }
}

/// The syllables a syllable may be written as in a name: itself, and with its initial ㄹ or ㄴ
/// changed as `written_initials` says (리: 리, 니, 이).
pub fn written_as(syllable: char) -> Vec<char> {
    let Some((initial, vowel, fin)) = jamo(syllable) else { return Vec::new() };
    let initials = written_initials(initial, vowel);
    (0..RR_INITIALS.len()).filter(|&l| initials & 1 << l != 0).map(|l| syllable_of(l, vowel, fin)).collect()
}

/// The initials (jamo indices) a syllable's initial may be written as: itself, and for ㄹ and ㄴ
/// what the initial-sound rule (두음법칙) and the assimilation of ㄹ after a consonant make of them.
fn written_initials(initial: usize, vowel: usize) -> u32 {
    const NIEUN: usize = 2;
    const RIEUL: usize = 5;
    const IEUNG: usize = 11;
    // ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels that begin with i or y.
    const I_OR_Y: [usize; 7] = [2, 3, 6, 7, 12, 17, 20];
    let mut out = 1 << initial;
    if initial == RIEUL {
        out |= 1 << NIEUN;
    }
    if matches!(initial, NIEUN | RIEUL) && I_OR_Y.contains(&vowel) {
        out |= 1 << IEUNG;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Surnames
// ---------------------------------------------------------------------------------------------

/// Hangul surnames -> canonical key. The key is the South Korean form: North Korea keeps an
/// initial ㄹ (리, 류, 림, 로, 렴, 량, 라, 려, 룡, 륙, 련, 뢰, 란, 랑) where the South applies the
/// initial sound law (두음법칙) and writes 이, 유, 임, 노 ...; both are one family name. Sources:
/// compiled by hand from the ~100 most frequent surnames of the 2015 census (Statistics Korea)
/// and the two-syllable surnames, with the Chinese compound surnames as Korean reads them (사마
/// 司馬, 모용 慕容, 공손 公孫, 구양 歐陽, 하후 夏侯, 상관 上官).
/// Sorted by the Hangul (byte order) for binary search.
#[rustfmt::skip]
const HANGUL_SURNAMES: &[(&str, &str)] = &[
    ("가", "가"), ("간", "간"), ("갈", "갈"), ("감", "감"), ("강", "강"), ("강전", "강전"),
    ("견", "견"), ("경", "경"), ("계", "계"), ("고", "고"), ("곡", "곡"), ("공", "공"), ("공손", "공손"),
    ("곽", "곽"), ("구", "구"), ("구양", "구양"), ("국", "국"), ("궁", "궁"), ("권", "권"), ("근", "근"),
    ("금", "금"), ("기", "기"), ("길", "길"), ("김", "김"), ("나", "나"), ("난", "난"),
    ("남", "남"), ("남궁", "남궁"), ("낭", "낭"), ("노", "노"), ("뇌", "뇌"), ("단", "단"),
    ("담", "담"), ("당", "당"), ("대", "대"), ("도", "도"), ("독고", "독고"), ("돈", "돈"),
    ("동", "동"), ("동방", "동방"), ("두", "두"), ("등정", "등정"), ("라", "나"), ("란", "난"),
    ("랑", "낭"), ("량", "양"), ("려", "여"), ("련", "연"), ("렴", "염"), ("로", "노"),
    ("뢰", "뇌"), ("룡", "용"), ("류", "유"), ("륙", "육"), ("리", "이"), ("림", "임"),
    ("마", "마"), ("망절", "망절"), ("맹", "맹"), ("명", "명"), ("모", "모"), ("모용", "모용"), ("무본", "무본"),
    ("묵", "묵"), ("문", "문"), ("미", "미"), ("민", "민"), ("박", "박"), ("반", "반"),
    ("방", "방"), ("배", "배"), ("백", "백"), ("변", "변"), ("봉", "봉"), ("부", "부"),
    ("빈", "빈"), ("빙", "빙"), ("사", "사"), ("사공", "사공"), ("사마", "사마"), ("삼", "삼"), ("상", "상"), ("상관", "상관"),
    ("서", "서"), ("서문", "서문"), ("석", "석"), ("선", "선"), ("선우", "선우"), ("설", "설"),
    ("섭", "섭"), ("성", "성"), ("소", "소"), ("소봉", "소봉"), ("손", "손"), ("송", "송"),
    ("순", "순"), ("승", "승"), ("시", "시"), ("신", "신"), ("심", "심"), ("아", "아"),
    ("안", "안"), ("애", "애"), ("야", "야"), ("양", "양"), ("어", "어"), ("어금", "어금"),
    ("엄", "엄"), ("여", "여"), ("연", "연"), ("염", "염"), ("엽", "엽"), ("영", "영"),
    ("예", "예"), ("오", "오"), ("옥", "옥"), ("온", "온"), ("옹", "옹"), ("완", "완"),
    ("왕", "왕"), ("요", "요"), ("용", "용"), ("우", "우"), ("운", "운"), ("원", "원"),
    ("위", "위"), ("유", "유"), ("육", "육"), ("윤", "윤"), ("은", "은"), ("을지", "을지"),
    ("음", "음"), ("이", "이"), ("인", "인"), ("임", "임"), ("자", "자"), ("장", "장"),
    ("장곡", "장곡"), ("전", "전"), ("점", "점"), ("정", "정"), ("제", "제"), ("제갈", "제갈"),
    ("조", "조"), ("종", "종"), ("좌", "좌"), ("주", "주"), ("증", "증"), ("지", "지"),
    ("진", "진"), ("차", "차"), ("창", "창"), ("채", "채"), ("천", "천"), ("초", "초"),
    ("총", "총"), ("최", "최"), ("추", "추"), ("탁", "탁"), ("탄", "탄"), ("태", "태"),
    ("판", "판"), ("팽", "팽"), ("편", "편"), ("평", "평"), ("포", "포"), ("표", "표"),
    ("풍", "풍"), ("피", "피"), ("필", "필"), ("하", "하"), ("하후", "하후"), ("학", "학"), ("한", "한"),
    ("함", "함"), ("해", "해"), ("허", "허"), ("현", "현"), ("형", "형"), ("호", "호"),
    ("홍", "홍"), ("화", "화"), ("황", "황"), ("황목", "황목"), ("황보", "황보"), ("후", "후"),
];

/// Latin spellings -> surname keys, for the romanizations in real use, North and South: RR, MR,
/// North Korean (Ri, Pak, Ryu, Rim, Ro, Ryom, Ryang), and passport/common spellings (Lee, Park,
/// Choi, Rhee, Ahn, Sohn ...). Ambiguous spellings list every surname they are used for, largest
/// first. Sorted by spelling for binary search.
#[rustfmt::skip]
const LATIN_SURNAMES: &[(&str, &[&str])] = &[
    ("ahn", &["안"]), ("an", &["안"]), ("ann", &["안"]), ("arn", &["안"]), ("back", &["백"]),
    ("bae", &["배"]), ("baeg", &["백"]), ("baek", &["백"]), ("bahk", &["박"]), ("bahn", &["반"]),
    ("bahng", &["방"]), ("bai", &["배"]), ("baik", &["백"]), ("bak", &["박"]), ("ban", &["반"]),
    ("bang", &["방"]), ("bark", &["박"]), ("bay", &["배"]), ("bea", &["배"]), ("beak", &["백"]),
    ("bhang", &["방"]), ("bin", &["빈"]), ("bong", &["봉"]), ("boo", &["부"]), ("bu", &["부"]),
    ("byeon", &["변"]), ("byon", &["변"]), ("byoun", &["변"]), ("byun", &["변"]), ("cha", &["차"]),
    ("chae", &["채"]), ("chah", &["차"]), ("chai", &["채"]), ("chang", &["장"]), ("char", &["차"]),
    ("che", &["제"]), ("chea", &["채"]), ("chee", &["지"]), ("chegal", &["제갈"]),
    ("cheon", &["전", "천"]), ("cheong", &["정"]), ("cheun", &["천"]), ("chey", &["최"]), ("chi", &["지"]),
    ("chin", &["진"]), ("cho", &["조"]), ("choe", &["최"]), ("choh", &["조"]), ("choi", &["최"]),
    ("chon", &["전", "천"]), ("chong", &["정", "종"]), ("choo", &["주", "추"]), ("chou", &["추"]), ("chough", &["조"]),
    ("choy", &["최"]), ("chu", &["주", "추"]), ("chun", &["전", "천"]), ("chung", &["정"]),
    ("chwe", &["최"]), ("do", &["도"]), ("doh", &["도"]), ("dokgo", &["독고"]), ("dokko", &["독고"]),
    ("dongbang", &["동방"]), ("doo", &["두"]), ("du", &["두"]), ("eo", &["어"]), ("eom", &["엄"]),
    ("eun", &["은"]), ("gam", &["감"]), ("gang", &["강"]), ("geum", &["금"]), ("ghang", &["강"]),
    ("ghim", &["김"]), ("gi", &["기"]), ("gil", &["길"]), ("gill", &["길"]), ("gim", &["김"]),
    ("go", &["고"]), ("goh", &["고"]), ("gong", &["공"]), ("goo", &["구"]), ("gook", &["국"]),
    ("gu", &["구"]), ("guk", &["국"]), ("gwak", &["곽"]), ("gweon", &["권"]), ("gwon", &["권"]),
    ("gye", &["계"]), ("gyeong", &["경"]), ("ha", &["하"]), ("haan", &["한"]), ("hah", &["하"]),
    ("hahm", &["함"]), ("hahn", &["한"]), ("ham", &["함"]), ("han", &["한"]), ("hann", &["한"]),
    ("heo", &["허"]), ("her", &["허"]), ("ho", &["허", "호"]), ("hoang", &["황"]), ("hong", &["홍"]),
    ("houng", &["홍"]), ("hu", &["허"]), ("huh", &["허"]), ("hung", &["홍"]), ("hur", &["허"]),
    ("hwang", &["황"]), ("hwangbo", &["황보"]), ("hwangpo", &["황보"]), ("hyeon", &["현"]),
    ("hyon", &["현"]), ("hyoun", &["현"]), ("hyun", &["현"]), ("i", &["이"]), ("ihm", &["임"]),
    ("im", &["임"]), ("in", &["인"]), ("jae", &["제"]), ("jaegal", &["제갈"]), ("jahng", &["장"]),
    ("jang", &["장"]), ("je", &["제"]), ("jea", &["제"]), ("jee", &["지"]), ("jegal", &["제갈"]),
    ("jekal", &["제갈"]), ("jeon", &["전"]), ("jeong", &["정"]), ("jeung", &["정"]), ("jhang", &["장"]),
    ("jhin", &["진"]), ("jho", &["조"]), ("ji", &["지"]), ("jin", &["진"]), ("jinn", &["진"]),
    ("jo", &["조"]), ("joe", &["조"]), ("joh", &["조"]), ("jon", &["전"]), ("jong", &["정", "종"]),
    ("joo", &["주"]), ("jou", &["주"]), ("joung", &["정"]), ("ju", &["주"]), ("jun", &["전"]),
    ("jung", &["정"]), ("kahng", &["강"]), ("kam", &["감"]), ("kang", &["강"]), ("kee", &["기"]),
    ("keum", &["금"]), ("khang", &["강"]), ("kho", &["고"]), ("ki", &["기"]), ("kie", &["기"]),
    ("kil", &["길"]), ("kim", &["김"]), ("kimm", &["김"]), ("ko", &["고"]), ("koh", &["고"]),
    ("kohng", &["공"]), ("kong", &["공"]), ("koo", &["구"]), ("kook", &["국"]), ("kou", &["구"]),
    ("ku", &["구"]), ("kuem", &["금"]), ("kuk", &["국"]), ("kum", &["금"]), ("kwack", &["곽"]),
    ("kwag", &["곽"]), ("kwak", &["곽"]), ("kwan", &["권"]), ("kweon", &["권"]), ("kwon", &["권"]),
    ("kwun", &["권"]), ("kye", &["계"]), ("kyeong", &["경"]), ("kyong", &["경"]), ("kyoung", &["경"]),
    ("kyung", &["경"]), ("la", &["나"]), ("lee", &["이"]), ("leem", &["임"]), ("leigh", &["이"]),
    ("li", &["이"]), ("lie", &["이"]), ("lim", &["임"]), ("lyang", &["양"]), ("lym", &["임"]),
    ("lyong", &["용"]), ("lyu", &["유"]), ("ma", &["마"]), ("maeng", &["맹"]), ("mah", &["마"]),
    ("maing", &["맹"]), ("meng", &["맹"]), ("min", &["민"]), ("minn", &["민"]), ("mo", &["모"]),
    ("moh", &["모"]), ("moon", &["문"]), ("moun", &["문"]), ("muhn", &["문"]), ("mun", &["문"]),
    ("myeong", &["명"]), ("myong", &["명"]), ("myoung", &["명"]), ("myung", &["명"]), ("na", &["나"]),
    ("nah", &["나"]), ("nahm", &["남"]), ("nam", &["남"]), ("namgoong", &["남궁"]), ("namgung", &["남궁"]),
    ("namkoong", &["남궁"]), ("namkung", &["남궁"]), ("nho", &["노"]), ("no", &["노"]), ("noh", &["노"]),
    ("o", &["오"]), ("ock", &["옥"]), ("oh", &["오"]), ("ok", &["옥"]), ("om", &["엄"]), ("oo", &["우"]),
    ("ou", &["오"]), ("pack", &["박"]), ("pae", &["배"]), ("paek", &["백"]), ("pai", &["배"]),
    ("paik", &["백"]), ("pak", &["박"]), ("pan", &["반"]), ("pang", &["방"]), ("park", &["박"]),
    ("pee", &["피"]), ("phyo", &["표"]), ("pi", &["피"]), ("pin", &["빈"]), ("pong", &["봉"]),
    ("pu", &["부"]), ("pyeon", &["편"]), ("pyo", &["표"]), ("pyon", &["변", "편"]),
    ("pyun", &["변", "편"]), ("ra", &["나"]), ("rah", &["나"]), ("ree", &["이"]), ("rha", &["나"]),
    ("rhee", &["이"]), ("rhi", &["이"]), ("rhie", &["이"]), ("rhim", &["임"]), ("rho", &["노"]),
    ("rhyu", &["유"]), ("ri", &["이"]), ("rie", &["이"]), ("rim", &["임"]), ("ro", &["노"]),
    ("roh", &["노"]), ("ryang", &["양"]), ("ryeo", &["여"]), ("ryeom", &["염"]), ("ryo", &["여"]),
    ("ryom", &["염"]), ("ryong", &["용"]), ("ryoo", &["유"]), ("ryu", &["유"]), ("ryuk", &["육"]),
    ("sa", &["사"]), ("sagong", &["사공"]), ("sah", &["사"]), ("sakong", &["사공"]), ("seem", &["심"]),
    ("seo", &["서"]), ("seog", &["석"]), ("seok", &["석"]), ("seol", &["설"]), ("seomoon", &["서문"]),
    ("seomun", &["서문"]), ("seon", &["선"]), ("seong", &["성"]), ("seonu", &["선우"]),
    ("seonwoo", &["선우"]), ("seul", &["설"]), ("seung", &["성", "승"]), ("sheen", &["신"]),
    ("shim", &["심"]), ("shin", &["신"]), ("shinn", &["신"]), ("sho", &["소"]), ("shon", &["손"]),
    ("shong", &["송"]), ("sihn", &["신"]), ("sim", &["심"]), ("sin", &["신"]), ("so", &["서", "소"]),
    ("soh", &["소"]), ("sohn", &["손"]), ("sok", &["석"]), ("sol", &["설"]), ("somun", &["서문"]),
    ("son", &["손", "선"]), ("song", &["송", "성"]), ("sonu", &["선우"]), ("soung", &["송", "성"]),
    ("suh", &["서"]), ("suk", &["석"]), ("sul", &["설"]), ("sun", &["손", "선"]),
    ("sung", &["송", "성", "승"]), ("sunoo", &["선우"]), ("sunwoo", &["선우"]), ("sur", &["서"]),
    ("sym", &["심"]), ("syn", &["신"]), ("synn", &["신"]), ("tae", &["태"]), ("tahk", &["탁"]), ("tai", &["태"]),
    ("tak", &["탁"]), ("tcha", &["차"]), ("tcho", &["조"]), ("to", &["도"]), ("tokko", &["독고"]),
    ("tongbang", &["동방"]), ("tu", &["두"]), ("u", &["우"]), ("uh", &["어"]), ("uhm", &["엄"]),
    ("um", &["엄"]), ("un", &["은"]), ("wang", &["왕"]), ("wee", &["위"]), ("weon", &["원"]),
    ("whang", &["황"]), ("whangbo", &["황보"]), ("wi", &["위"]), ("wie", &["위"]), ("won", &["원"]),
    ("wone", &["원"]), ("woo", &["우"]), ("wu", &["우"]), ("yahng", &["양"]), ("yang", &["양"]),
    ("ye", &["예"]), ("yea", &["예"]), ("yee", &["이"]), ("yeh", &["예"]), ("yeo", &["여"]),
    ("yeom", &["염"]), ("yeon", &["연"]), ("yeun", &["연"]), ("yi", &["이"]), ("yim", &["임"]),
    ("yin", &["인"]), ("yo", &["여"]), ("yoh", &["유"]), ("yom", &["염"]), ("yon", &["연"]),
    ("yong", &["용"]), ("yoo", &["유"]), ("yook", &["육"]), ("yoon", &["윤"]), ("you", &["유"]),
    ("youm", &["염"]), ("youn", &["윤", "연"]), ("yu", &["유"]), ("yuh", &["여"]), ("yuk", &["육"]),
    ("yum", &["염"]), ("yun", &["윤"]), ("yune", &["윤"]),
];

/// The canonical surname key of a Hangul surname (one or two syllables), with the North/South
/// pairs 리/이, 류/유, 림/임, 로/노, 렴/염, 량/양, 라/나 ... merged; None if not a known surname.
pub fn hangul_surname_key(hangul: &str) -> Option<&'static str> {
    HANGUL_SURNAMES
        .binary_search_by(|(h, _)| (*h).cmp(hangul))
        .ok()
        .map(|i| HANGUL_SURNAMES[i].1)
}

/// The Korean surnames a Latin spelling can denote (as `hangul_surname_key` keys): `ri`, `lee`,
/// `yi`, `rhee` -> [이]; `chong` -> [정, 종]; `song` -> [송, 성]. Empty when it is not a Korean
/// surname spelling.
pub fn surname_keys(latin: &str) -> &'static [&'static str] {
    LATIN_SURNAMES
        .binary_search_by(|(s, _)| (*s).cmp(latin))
        .map_or(&[], |i| LATIN_SURNAMES[i].1)
}

/// Whether a Latin word (lower-case) spells a Korean surname.
pub fn is_surname(latin: &str) -> bool {
    !surname_keys(latin).is_empty()
}

/// How many leading syllables of a Hangul name word form the family name: 2 when the word has at
/// least three syllables and starts with a two-syllable surname (남궁민, 제갈공명, 선우은숙); 1 when
/// its first syllable is a known surname (김정은, and a lone 김 written apart from the given
/// name); 0 when the word does not start with a known surname (a foreign name in Hangul, 스미스)
/// or is not all Hangul syllables. A two-syllable word is 1 + 1 (선우 is also a given name).
pub fn surname_len(word: &str) -> usize {
    if word.is_empty() || !word.chars().all(is_syllable) {
        return 0;
    }
    let mut ends = word.char_indices().map(|(i, _)| i).skip(1);
    let (first_end, second_end) = (ends.next(), ends.next());
    let syllables = word.chars().count();
    if syllables >= 3 {
        let second_end = second_end.expect("three syllables have a second boundary");
        if hangul_surname_key(&word[..second_end]).is_some() {
            return 2;
        }
    }
    let first = &word[..first_end.unwrap_or(word.len())];
    usize::from(hangul_surname_key(first).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rr_word(hangul: &str) -> String {
        hangul
            .chars()
            .map(|c| rr(c).expect("Hangul syllable"))
            .collect()
    }

    fn mr_word(hangul: &str) -> String {
        hangul
            .chars()
            .map(|c| mr(c).expect("Hangul syllable"))
            .collect()
    }

    fn all_syllables() -> impl Iterator<Item = char> {
        (SYLLABLE_FIRST..=SYLLABLE_LAST).filter_map(char::from_u32)
    }

    #[test]
    fn the_most_common_surnames_are_name_syllables() {
        // The ten most common surnames (Kim, Lee, Park, Choi, Jeong, Kang, Cho, Yoon, Jang, Lim)
        // and Son and Cha, which the first compilation of the table missed.
        for c in "김이박최정강조윤장임손차".chars() {
            assert!(NAME_SYLLABLES.contains(c), "{c}");
        }
    }

    #[test]
    fn revised_romanization_notice_examples() {
        // Examples of the 2000 notice without sound changes across syllables (the notice's
        // name examples: Min Yongha, Song Nari, Han Boknam, Hong Bitna).
        for (hangul, latin) in [
            ("구미", "gumi"),
            ("영동", "yeongdong"),
            ("민용하", "minyongha"),
            ("송나리", "songnari"),
            ("한복남", "hanboknam"),
            ("홍빛나", "hongbitna"),
            ("경", "gyeong"),
            ("김", "gim"),
            ("철", "cheol"),
            ("은", "eun"),
            ("의", "ui"),
            ("쌍", "ssang"),
            ("짜", "jja"),
        ] {
            assert_eq!(rr_word(hangul), latin, "{hangul}");
        }
        assert_eq!(rr('a'), None);
        assert_eq!(rr('ㄱ'), None, "a bare jamo is not a syllable");
    }

    #[test]
    fn mccune_reischauer_classic_examples() {
        // Kim Il-sŏng, Chosŏn, P'yŏngyang, Sŏul with breves and apostrophes dropped.
        for (hangul, latin) in [
            ("김일성", "kimilsong"),
            ("조선", "choson"),
            ("평양", "pyongyang"),
            ("서울", "soul"),
            ("경", "kyong"),
            ("철", "chol"),
            ("은", "un"),
            ("시", "si"),
            ("김", "kim"),
            ("짜", "tcha"),
        ] {
            assert_eq!(mr_word(hangul), latin, "{hangul}");
        }
        assert_eq!(mr('x'), None);
    }

    #[test]
    fn fold_equates_rr_and_mr_for_every_syllable() {
        for s in all_syllables() {
            assert_eq!(fold(&rr(s).unwrap()), fold(&mr(s).unwrap()), "{s}");
        }
    }

    #[test]
    fn fold_equates_joined_rr_and_mr_across_every_vowel_boundary() {
        // The only place joined spellings can interact is a vowel-final syllable followed by a
        // vowel-initial one (ㅇ initial): all 399 x 588 such pairs.
        let open = all_syllables().filter(|&c| jamo(c).unwrap().2 == 0);
        let vowel_initial: Vec<char> = all_syllables()
            .filter(|&c| jamo(c).unwrap().0 == 11)
            .collect();
        for a in open {
            for &b in &vowel_initial {
                let (rr2, mr2) = (
                    [rr(a).unwrap(), rr(b).unwrap()].concat(),
                    [mr(a).unwrap(), mr(b).unwrap()].concat(),
                );
                assert_eq!(fold(&rr2), fold(&mr2), "{a}{b}");
            }
        }
    }

    #[test]
    fn fold_equates_joined_rr_and_mr_for_sampled_names() {
        // Any two and three syllables (a fixed linear congruential sample of 30,000 words).
        let count = SYLLABLE_LAST - SYLLABLE_FIRST + 1;
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            char::from_u32(SYLLABLE_FIRST + ((state >> 33) as u32 % count)).unwrap()
        };
        for len in [2, 3] {
            for _ in 0..15_000 {
                let word: String = (0..len).map(|_| next()).collect();
                assert_eq!(fold(&rr_word(&word)), fold(&mr_word(&word)), "{word}");
            }
        }
    }

    #[test]
    fn fold_the_issue_examples() {
        assert_eq!(fold("kyong"), fold("gyeong"));
        assert_eq!(fold("kyong"), fold("kyeong"));
        assert_eq!(fold("chol"), fold("cheol"));
        // KIM, Se Un / Se-u'n (apostrophe removed, hyphen split) / 김세운 / joined Seun.
        assert_eq!(fold("seun"), fold("se") + &fold("un"));
        assert_eq!(fold(&rr_word("세운")), fold("seun"));
        // JO, Kyong Hun / CHO, Kyo'ng-hun / 조경훈 / Jo Gyeong-hun.
        assert_eq!(fold("kyonghun"), fold("kyong") + &fold("hun"));
        assert_eq!(fold("gyeonghun"), fold("kyonghun"));
        assert_eq!(fold(&rr_word("경훈")), fold("kyonghun"));
        // KIM, Ung Sun / U'ng-sun.
        assert_eq!(fold(&rr_word("웅순")), fold("ungsun"));
        assert_ne!(fold("jin"), fold("chol"));
        assert_ne!(fold("il"), fold("min"));
        assert_ne!(
            fold(&rr_word("종은")),
            fold(&rr_word("정은")) + "x",
            "keys are plain strings"
        );
    }

    #[test]
    fn fold_spellings_in_real_use() {
        // OFAC's KIM, Yong-Chol / Young-Chul / Young-Cheol: one key for the Yong/Young/Yeong
        // part; Chul keeps u apart from Chol's o (ㅜ/ㅡ vs ㅓ/ㅗ), the caller may merge them.
        assert_eq!(fold("young"), fold("yong"));
        assert_eq!(fold("yeong"), fold("yong"));
        assert_ne!(fold("chul"), fold("chol"));
        for (a, b) in [
            ("shin", "sin"),
            ("soo", "su"),
            ("woo", "u"),
            ("hee", "hui"),
            ("heui", "hui"),
            ("lee", "ri"),
            ("rhee", "ri"),
            ("ahn", "an"),
            ("sohn", "son"),
            ("minn", "min"),
            ("jhin", "jin"),
            ("tchol", "jjeol"),
            ("pak", "bak"),
            ("kwang", "gwang"),
            ("whan", "hwan"),
            ("kyounghee", "gyeonghui"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} vs {b}");
        }
        // Distinct syllables stay distinct.
        for (a, b) in [
            ("min", "mun"),
            ("sok", "suk"),
            ("jong", "jung"),
            ("ho", "hu"),
            ("chol", "chil"),
        ] {
            assert_ne!(fold(a), fold(b), "{a} vs {b}");
        }
    }

    #[test]
    fn loose_keys_meet_across_the_initial_sound_rule() {
        let key = |latin: &str| loose(&fold(latin));
        for (a, b) in [("Sung", "Seong"), ("Ryol", "Yeol"), ("Ryeo", "Nyo"), ("Rae", "Nae"), ("Ri", "I"), ("Lyu", "Yu")] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        // ㄹ inside a word, written as said and by the letter.
        let pairs = [("Amnokkang", "Amrokgang"), ("Chongryon", "Chongnyon"), ("Paengnyong", "Baekryeong"), ("Chollima", "Cheonrima")];
        for (a, b) in pairs {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        for (a, b) in [("Rae", "Ae"), ("Nam", "Am"), ("Sung", "Sang"), ("Ri", "Ra")] {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn fold_is_concatenative_outside_the_ambiguous_boundaries() {
        // Every consonant-final syllable followed by any syllable, RR and MR: a sample of all
        // first syllables with a final against all second syllables with one vowel.
        let firsts = all_syllables()
            .filter(|&c| jamo(c).unwrap().2 != 0)
            .step_by(7);
        let seconds: Vec<char> = all_syllables()
            .filter(|&c| jamo(c).unwrap().1 == 0)
            .collect();
        for a in firsts {
            for &b in &seconds {
                for romanize in [rr, mr] {
                    let (x, y) = (romanize(a).unwrap(), romanize(b).unwrap());
                    assert_eq!(fold(&(x.clone() + &y)), fold(&x) + &fold(&y), "{a}{b}");
                }
            }
        }
    }

    #[test]
    fn syllables_segment_joined_names() {
        let seg = |s: &str| syllables(s).map(|v| v.join("-"));
        assert_eq!(seg("seun").as_deref(), Some("se-un"));
        assert_eq!(seg("kyonghun").as_deref(), Some("kyong-hun"));
        assert_eq!(seg("ungsun").as_deref(), Some("ung-sun"));
        assert_eq!(seg("gyeonghun").as_deref(), Some("gyeong-hun"));
        assert_eq!(seg("hanga").as_deref(), Some("han-ga"));
        assert_eq!(seg("youngchul").as_deref(), Some("young-chul"));
        assert_eq!(seg("kim").as_deref(), Some("kim"));
        assert_eq!(seg("smith"), None);
        assert_eq!(seg("david"), None);
        assert_eq!(seg("salah"), None, "a final h after a vowel is no Korean syllable's");
        assert_eq!(seg("roh").as_deref(), Some("roh"));
        assert_eq!(seg(""), None);
    }

    #[test]
    fn spells_the_same_syllables_in_any_system() {
        // The RR notice's and MR's own examples spell their Hangul, and so do the spellings in
        // real use; another syllable does not, though a fold may merge them.
        for (hangul, latin) in [
            ("민용하", "minyongha"),
            ("홍빛나", "hongbitna"),
            ("김일성", "kimilsong"),
            ("평양", "pyongyang"),
            ("경", "kyung"),
            ("경", "kyoung"),
            ("중", "joong"),
            ("중", "chung"),
            ("혁", "hyuk"),
            ("희", "hee"),
            ("희", "hi"),
            ("세운", "seun"),
            ("렬", "yeol"),
            ("룡", "nyong"),
            ("녀", "yeo"),
            ("제", "jae"),
            ("혜", "hae"),
            ("예", "yea"),
            ("화", "wha"),
            ("휘", "whee"),
            ("위", "we"),
            ("택", "tek"),
        ] {
            assert!(spells(hangul, latin), "{hangul} {latin}");
        }
        for (hangul, latin) in [("중", "jong"), ("종", "jeong"), ("성", "seung"), ("김", "kimm a"), ("이", "lee"), ("세운", "se")] {
            assert!(!spells(hangul, latin), "{hangul} {latin}");
        }
    }

    #[test]
    fn joined_syllables_spelled_one_by_one() {
        assert_eq!(syllables_spelled("기용", "giyong"), Some(2));
        assert_eq!(syllables_spelled("기용", "kiyoung"), Some(1), "용 written as 영's spelling");
        assert_eq!(syllables_spelled("세은", "sun"), None, "a syllable written without a vowel");
        assert_eq!(syllables_spelled("기용", "kimin"), None);
    }

    #[test]
    fn nearly_spells_one_vowel_glide_or_doubled_letter_off() {
        // Spellings of the Korean persons' corpus that no system writes.
        for (syllable, latin) in [
            ("현", "heon"),
            ("욱", "yuk"),
            ("경", "keung"),
            ("승", "syng"),
            ("협", "hup"),
            ("명", "moung"),
            ("신", "synn"),
            ("한", "hang"),
            ("조", "joh"),
        ] {
            assert!(nearly_spells(syllable, latin), "{syllable} {latin}");
        }
        // A consonant or the glide w for another letter, words of two letters, words longer than
        // any one syllable's spelling, and two syllables.
        for (syllable, latin) in [("김", "lim"), ("강", "bang"), ("연", "won"), ("은", "un"), ("경", "kyungsoo"), ("경희", "kyunghi")] {
            assert!(!nearly_spells(syllable, latin), "{syllable} {latin}");
        }
    }

    #[test]
    fn near_spellings_meet_a_syllables_spellings_where_it_is_nearly_spelt() {
        let syllables = "경협혁위환범흠지김이진준현";
        let words = ["keung", "heop", "hyek", "wui", "whan", "byum", "hyum", "gee", "kim", "jun", "chen", "jen", "lee", "heon", "synn"];
        let mut near = 0;
        for syllable in syllables.chars() {
            let spellings = syllable_spellings(&syllable.to_string());
            assert!(spellings.iter().all(|s| spells(&syllable.to_string(), s)), "{syllable}");
            for word in words {
                let keyed = near_spellings(word).iter().any(|s| spellings.contains(s));
                assert_eq!(keyed, nearly_spells(&syllable.to_string(), word), "{syllable} {word}");
                near += usize::from(keyed);
            }
        }
        assert!(near >= 10, "the grid holds pairs one letter off ({near})");
        assert!(syllable_spellings("경").contains(&"kyoung") && syllable_spellings("이").contains(&"ee"));
        assert!(syllable_spellings("경아").is_empty());
    }

    #[test]
    fn a_syllable_folds_as_each_spelling_of_its_vowel_and_initial() {
        let folds = spelling_folds("혜");
        for latin in ["hye", "hae", "hea", "hai", "he"] {
            assert!(folds.contains(&fold(latin)), "{latin}");
        }
        assert!(spelling_folds("제").contains(&fold("jae")));
        assert_eq!(spelling_folds("김"), [fold("kim")]);
        let joined = spelling_folds("혜진");
        assert!(joined.contains(&fold("haejin")) && joined.contains(&fold("hyejin")));
        assert!(spelling_folds("성진").contains(&fold("sungjin")));
        assert!(spelling_folds("Kim").is_empty());
        // An initial ㄹ as the initial-sound rule and assimilation write it.
        assert!(spelling_folds("필립").contains(&fold("philip")));
        assert!(spelling_folds("명림").contains(&fold("myeongnim")));
    }

    #[test]
    fn surname_classes() {
        for (spellings, key) in [
            ("ri lee yi rhee i rie ree li", "이"),
            ("pak park bak bark", "박"),
            ("choe choi chwe choy chey", "최"),
            ("jo cho joe chough", "조"),
            ("kim gim", "김"),
            ("jeong jung chung cheong", "정"),
            ("ryu yu yoo you lyu", "유"),
            ("rim lim im leem", "임"),
            ("ro roh no noh", "노"),
            ("ryom yom yeom", "염"),
            ("ryang yang", "양"),
            ("jang chang", "장"),
            ("kang gang", "강"),
            ("sin shin synn", "신"),
            ("jon jeon chon chun", "전"),
            ("ko go", "고"),
            ("pae bae", "배"),
            ("paek baek paik", "백"),
            ("ho heo hur", "허"),
            ("sim shim", "심"),
            ("myong myeong myung", "명"),
            ("ju joo chu", "주"),
            ("ra na", "나"),
            ("kwak gwak", "곽"),
            ("song seong sung", "성"),
            ("song", "송"),
            ("chong jong", "종"),
            ("namgung namkoong", "남궁"),
        ] {
            for s in spellings.split(' ') {
                assert!(surname_keys(s).contains(&key), "{s} -> {key}");
            }
        }
        assert_eq!(surname_keys("smith"), &[] as &[&str]);
        for (hangul, key) in [
            ("리", "이"),
            ("이", "이"),
            ("류", "유"),
            ("림", "임"),
            ("로", "노"),
            ("렴", "염"),
            ("량", "양"),
            ("라", "나"),
            ("남궁", "남궁"),
            ("김", "김"),
        ] {
            assert_eq!(hangul_surname_key(hangul), Some(key), "{hangul}");
        }
        assert_eq!(hangul_surname_key("스"), None);
        // Every key a Latin spelling yields is a Hangul surname key.
        for (_, keys) in LATIN_SURNAMES {
            for k in *keys {
                assert_eq!(hangul_surname_key(k), Some(*k), "{k}");
            }
        }
    }

    #[test]
    fn surname_tables_are_sorted_for_binary_search() {
        assert!(LATIN_SURNAMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(HANGUL_SURNAMES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn surname_length_of_a_name_word() {
        for (word, len) in [
            ("김정은", 1),
            ("남궁민수", 2),
            ("남궁민", 2),
            ("선우은숙", 2),
            ("제갈공명", 2),
            ("선우", 1),
            ("김", 1),
            ("리경숙", 1),
            ("스미스", 0),
            ("kim", 0),
            ("", 0),
        ] {
            assert_eq!(surname_len(word), len, "{word}");
        }
    }

    fn shared_data(file: &str) -> Option<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../shared/data/translit")
            .join(file);
        match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(_) => {
                eprintln!("skipped: {} not found (shared data absent)", path.display());
                None
            }
        }
    }

    /// Lower-case, hyphens to spaces, apostrophes and diacritics (MR's breves) removed.
    fn normalize_latin(s: &str) -> String {
        use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
        s.nfd()
            .filter(|c| !is_combining_mark(*c) && !matches!(c, '\'' | '’' | 'ʼ'))
            .map(|c| {
                if c == '-' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    }

    #[test]
    fn wikidata_tokens_fold_like_their_hangul() {
        let Some(text) = shared_data("wd_korean_tokens.tsv") else {
            return;
        };
        // Rows that look like a Korean name part: Hangul made of name syllables (foreign names in
        // Hangul use 스, 르, 트, 셰 ...), Latin readable as that many romanized syllables. Most
        // such rows are still foreign (Japanese) names or misaligned tokens, hence the low floor.
        let name_syllable = |c: char| NAME_SYLLABLES.contains(c);
        let (mut rows, mut strict, mut loose) = (0, 0, 0);
        for line in text.lines() {
            let mut cols = line.split('\t');
            let (Some(latin), Some(hangul)) = (cols.next(), cols.next()) else {
                continue;
            };
            let hangul: String = hangul.split(' ').collect();
            if hangul.is_empty()
                || !hangul.chars().all(name_syllable)
                || !latin.bytes().all(|b| b.is_ascii_lowercase())
            {
                continue;
            }
            if syllables(latin).map(|s| s.len()) != Some(hangul.chars().count()) {
                continue;
            }
            rows += 1;
            let (got, target) = (fold(latin), fold(&rr_word(&hangul)));
            strict += usize::from(got == target);
            loose += usize::from(got.replace('u', "o") == target.replace('u', "o"));
        }
        let (s, l) = (strict as f64 / rows as f64, loose as f64 / rows as f64);
        eprintln!("wd_korean_tokens: {rows} Korean-looking rows; fold equal {s:.3}, with o/u merged {l:.3}");
        assert!(rows > 2_000, "{rows}");
        assert!(s >= 0.53 && l >= 0.55, "{s} {l}");
    }

    #[test]
    fn wikidata_korean_persons_surnames_and_given_names() {
        let Some(text) = shared_data("wd_korean_dev.tsv") else {
            return;
        };
        // Korean persons: a three-syllable Hangul name whose surname is spelled by the first or
        // last Latin token; the rest of the Latin is the given name.
        let (mut persons, mut strict, mut loose) = (0, 0, 0);
        for line in text.lines() {
            let Some((latin, hangul)) = line.split_once('\t') else {
                continue;
            };
            if hangul.chars().count() != 3 || !hangul.chars().all(is_syllable) {
                continue;
            }
            let Some(key) = hangul
                .chars()
                .next()
                .and_then(|c| hangul_surname_key(&c.to_string()))
            else {
                continue;
            };
            let latin = normalize_latin(latin);
            let tokens: Vec<&str> = latin.split_whitespace().collect();
            if tokens.len() < 2 || !latin.is_ascii() {
                continue;
            }
            let given = if surname_keys(tokens[0]).contains(&key) {
                tokens[1..].concat()
            } else if surname_keys(tokens[tokens.len() - 1]).contains(&key) {
                tokens[..tokens.len() - 1].concat()
            } else {
                continue;
            };
            persons += 1;
            let target = fold(&rr_word(&hangul[hangul.char_indices().nth(1).unwrap().0..]));
            let got = fold(&given);
            strict += usize::from(got == target);
            loose += usize::from(got.replace('u', "o") == target.replace('u', "o"));
        }
        let (s, l) = (
            strict as f64 / persons as f64,
            loose as f64 / persons as f64,
        );
        eprintln!("wd_korean_dev: {persons} persons; given name folds equal {s:.3}, with o/u merged {l:.3}");
        assert!(persons > 6_000, "{persons}");
        assert!(s >= 0.65 && l >= 0.85, "{s} {l}");
    }
}
