//! Inverted index from token keys (`keys`) to the list names and token positions holding them.
//! Built once per list, read by every query; postings are stored contiguously (one array, one
//! offset table) to keep memory small and lookups cache-friendly.

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::keys::{joined_keys, latin_near_keys, stem_keys, token_keys, Side};
use crate::name::{Script, Token};
use crate::score::MAX_JOINED;

/// One posting: a list name, the bit mask of its token positions that carry the key, and what
/// those tokens weigh (their weight, and weight x missing cost), so that a query can bound a
/// candidate's score from its postings alone.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Posting {
    pub name: u32,
    pub tokens: u32,
    pub weight: f32,
    pub missing: f32,
}

/// A list name as the index sees it.
pub struct IndexedName<'a> {
    pub tokens: &'a [Token],
    pub weights: &'a [f32],
    pub missing_costs: &'a [f32],
    /// An organization's name: its words are also keyed by their stems (`keys::stem_keys`).
    pub organization: bool,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Index {
    /// key -> (start, len) into `postings`.
    slots: FxHashMap<u64, (u32, u32)>,
    postings: Vec<Posting>,
    /// Whether a list name has a Hangul word, which a Latin query word may be one letter off
    /// (`keys::latin_near_keys`).
    hangul: bool,
}

/// Calls `f(key, token position mask)` for every key of a list name's tokens and of its adjacent
/// tokens read as one word, those marked (`joined`) where the name has a word of its own.
fn for_each_list_key(tokens: &[Token], organization: bool, mut f: impl FnMut(u64, u32)) {
    let mut keys = Vec::with_capacity(32);
    for (i, t) in tokens.iter().enumerate() {
        distinct_token_keys(t, Side::List, &mut keys);
        keys.iter().for_each(|&k| f(k, 1 << i));
        if organization {
            keys.clear();
            stem_keys(t, &mut keys);
            keys.iter().for_each(|&k| f(k, 1 << i));
        }
    }
    let keyless = !tokens.iter().any(|t| t.class.proves());
    for_each_joined_key(tokens, Side::List, |k, mask| f(if keyless { k } else { joined(k) }, mask));
}

/// The key under which a list name's adjacent tokens read as one word are indexed: apart from
/// its single words' keys, since the scorer compares a joined word with a single word only
/// (`Se Un` with `Seun`), never with another joined word, and proves no match by generic words
/// and initials alone (`score::align`). A query's joined words look up single words' keys, and
/// its single words both; so `JOINT STOCK COMPANY`, joined in thousands of list names and in a
/// query, opens none of them. Not in a name made only of generic words and initials (`BANK OF
/// RUSSIA`, `I.P.C. INTERNATIONAL`): it has no other keys, and the query's joined words find it.
fn joined(key: u64) -> u64 {
    key ^ 0x4a6f_696e_6564_2121
}

/// The keys of one token, each once, in `keys` (cleared first).
pub fn distinct_token_keys(t: &Token, side: Side, keys: &mut Vec<u64>) {
    keys.clear();
    token_keys(t, side, keys);
    keys.sort_unstable();
    keys.dedup();
}

/// Calls `f(key, mask of the positions)` for every key of adjacent tokens read as one word.
pub fn for_each_joined_key(tokens: &[Token], side: Side, mut f: impl FnMut(u64, u32)) {
    let mut keys = Vec::with_capacity(4);
    for len in 2..=MAX_JOINED {
        for (start, parts) in tokens.windows(len).enumerate() {
            keys.clear();
            joined_keys(parts, side, &mut keys);
            keys.sort_unstable();
            keys.dedup();
            keys.iter().for_each(|&k| f(k, ((1 << len) - 1) << start));
        }
    }
}

/// One posting per key of a list name, the masks of a key seen at several positions merged.
fn name_postings(id: u32, name: &IndexedName<'_>) -> Vec<(u64, Posting)> {
    let mut entries = Vec::new();
    for_each_list_key(name.tokens, name.organization, |k, mask| entries.push((k, Posting::new(id, mask, name))));
    entries.sort_unstable_by_key(|(k, _)| *k);
    entries.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 = Posting::new(id, kept.1.tokens | later.1.tokens, name);
        }
        same
    });
    entries
}

impl Posting {
    /// A posting of list name `name` for its tokens in `mask`.
    pub fn new(name: u32, mask: u32, list: &IndexedName<'_>) -> Posting {
        let bits = || crate::score::bits(mask);
        Posting {
            name,
            tokens: mask,
            weight: bits().map(|j| list.weights[j]).sum(),
            missing: bits().map(|j| list.weights[j] * list.missing_costs[j]).sum(),
        }
    }
}

impl Index {
    /// Builds the index over names in order; name ids are positions. Each name's keys are made on
    /// all cores (the build's main cost: transliteration folds, deletion keys, joined words).
    pub fn build(names: &[IndexedName<'_>]) -> Index {
        let per_name: Vec<Vec<(u64, Posting)>> =
            names.par_iter().enumerate().map(|(id, name)| name_postings(id as u32, name)).collect();
        let mut entries: Vec<(u64, Posting)> = per_name.into_iter().flatten().collect();
        // Sorted by key, then name: postings of a key are contiguous and in name order, which
        // makes the index (and its bytes) the same on every build of the same list.
        entries.par_sort_unstable_by_key(|(k, p)| (*k, p.name));
        let mut slots = FxHashMap::default();
        let mut postings = Vec::with_capacity(entries.len());
        let mut i = 0;
        while i < entries.len() {
            let k = entries[i].0;
            let start = postings.len() as u32;
            while i < entries.len() && entries[i].0 == k {
                postings.push(entries[i].1);
                i += 1;
            }
            slots.insert(k, (start, postings.len() as u32 - start));
        }
        let hangul = names.iter().any(|n| n.tokens.iter().any(|t| t.script == Script::Hangul));
        Index { slots, postings, hangul }
    }

    pub fn get(&self, key: u64) -> &[Posting] {
        match self.slots.get(&key) {
            Some(&(start, len)) => &self.postings[start as usize..(start + len) as usize],
            None => &[],
        }
    }

    /// Every list name the keys of query token `t` reach, as a single word or as adjacent words
    /// read as one, once, with the mask of all its tokens they reach, in name order; `list(name)`
    /// gives a name's weights for the merged posting.
    pub fn reach<'a>(&self, t: &Token, list: impl Fn(u32) -> IndexedName<'a>) -> Vec<Posting> {
        let mut keys = Vec::new();
        distinct_token_keys(t, Side::Query, &mut keys);
        if self.hangul {
            latin_near_keys(t, &mut keys);
        }
        let both = keys.iter().flat_map(|&k| [k, joined(k)]);
        let mut hits: Vec<(u32, u32)> = both.flat_map(|k| self.get(k)).map(|p| (p.name, p.tokens)).collect();
        // Each key's postings come in name order: the stable sort merges those runs.
        hits.sort_by_key(|&(name, _)| name);
        hits.chunk_by(|a, b| a.0 == b.0)
            .map(|same| {
                let name = same[0].0;
                Posting::new(name, same.iter().fold(0, |m, &(_, mask)| m | mask), &list(name))
            })
            .collect()
    }

    pub fn key_count(&self) -> usize {
        self.slots.len()
    }

    pub fn posting_count(&self) -> usize {
        self.postings.len()
    }

    /// Approximate heap size in bytes.
    pub fn memory_bytes(&self) -> usize {
        self.slots.capacity() * (8 + 8 + 1) + self.postings.capacity() * std::mem::size_of::<Posting>()
    }
}
