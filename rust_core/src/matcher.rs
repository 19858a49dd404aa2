//! The matcher: list names analysed and indexed once, then whole batches of query names screened
//! in parallel. Candidates come from the index; each is scored only if an upper bound on its
//! score, from the tokens the index says it shares with the query, reaches the threshold.

use std::cell::RefCell;
use std::hash::Hasher;
use std::sync::{Arc, Mutex};

use compact_str::CompactString;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use serde::{Deserialize, Serialize};
use thread_local::ThreadLocal;

use crate::column::StrColumn;
use crate::error::{CoreError, Result};
use crate::explain::explain;
use crate::index::{for_each_joined_key, Index, IndexedName, Posting};
use crate::keys::{korean_weight_key, weight_key, Side};
use crate::name::{analyze, analyze_prepared, korean_family, push_word, Class, Name, Place, Prepared, Script, Token, MAX_TOKENS};
use crate::score::{
    align, bits, least_extra_cost, mask_of, Alignment, ListTokens, EXTRA_COST, INITIAL_WEIGHT, LENGTHENED_EXTRA_COST, MIDDLE_MISSING_COST,
    MISSING_COST, SHORTENED_MISSING_COST,
};

/// The weight of legal forms, generic words, titles and particles.
const GENERIC_WEIGHT: f32 = 0.5;
/// The evidence a full-score match needs, as a share of the weight of a word no other entity
/// holds: one such word, or two or three rarer-than-common ones (`ListTokens::min_evidence`).
/// Only in lists large enough for a word's frequency in them to say it is common: in a short
/// in-house list, two entities named John Smith make neither word common.
const MIN_EVIDENCE_SHARE: f32 = 0.95;
const MIN_EVIDENCE_ENTITIES: usize = 1_000;
/// What leaving out one syllable of a Korean given name costs (`missing_costs`).
const GIVEN_SYLLABLE_MISSING_COST: f32 = 1.0;
/// A person screened against an organization (or the reverse) is less likely the same party, as
/// is an organization against a vessel or an aircraft (a company may bear its ship's name, but
/// is another party); a person against a vessel or an aircraft, much less (a ship named after a
/// person is not that person).
const TYPE_PENALTY: f32 = 0.85;
const CRAFT_PENALTY: f32 = 0.7;
/// Bumped whenever the serialized layout changes, or the analysis of a word that a built matcher
/// keeps (a word's class, its canonical form): `from_bytes` refuses other versions.
const FORMAT_VERSION: u32 = 67;
const MAGIC: &[u8; 8] = b"SSCRMTCH";
/// The name kind of weak a.k.a.s, as the list importers write it (`lists/schema.py`).
const WEAK_ALIAS_KIND: &str = "weak_aka";
/// Entries the results cache may hold before it is emptied (about 100 bytes each): a name as
/// prepared and, beside it, as written.
const RESULT_CACHE_ENTRIES: usize = 1_000_000;
/// Postings a thread's word cache may hold (24 bytes each, with their slacks) before it is emptied.
const WORD_CACHE_POSTINGS: usize = 2_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityType {
    Person,
    Organization,
    Vessel,
    Aircraft,
    Unknown,
}

impl EntityType {
    /// Accepts the spellings the list importers and customer files use; empty means unknown.
    pub fn parse(s: Option<&str>) -> Option<EntityType> {
        let s = s.map(str::trim).unwrap_or("");
        Some(match s.to_ascii_lowercase().as_str() {
            "" | "unknown" => EntityType::Unknown,
            "person" | "individual" => EntityType::Person,
            "organization" | "organisation" | "entity" | "company" => EntityType::Organization,
            "vessel" => EntityType::Vessel,
            "aircraft" => EntityType::Aircraft,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Vessel => "vessel",
            EntityType::Aircraft => "aircraft",
            EntityType::Unknown => "unknown",
        }
    }

    /// Whether a query of this type may be an organization's name with words added, which cost
    /// less beyond the organization's whole name (`score::LENGTHENED_EXTRA_COST`): not a person's.
    fn may_lengthen(self) -> bool {
        self != EntityType::Person
    }

    /// The factor a name score takes when the query's type and the list entry's differ.
    fn penalty(self, other: EntityType) -> Option<f32> {
        use EntityType::*;
        let craft = |t| matches!(t, Vessel | Aircraft);
        match (self, other) {
            (Unknown, _) | (_, Unknown) => None,
            (a, b) if a == b || (craft(a) && craft(b)) => None,
            (Person, b) | (b, Person) if craft(b) => Some(CRAFT_PENALTY),
            _ => Some(TYPE_PENALTY),
        }
    }
}

/// One row of the list: a name of an entity.
pub struct ListEntry<'a> {
    pub entity_id: &'a str,
    pub name: &'a str,
    pub name_kind: &'a str,
    pub entity_type: EntityType,
}

#[derive(Debug, Serialize, Deserialize)]
struct ListName {
    entity: u32,
    raw: String,
    kind: u16,
    tokens: Vec<Token>,
    weights: Vec<f32>,
    missing_costs: Vec<f32>,
}

impl ListName {
    /// The name as `align` reads it against a query of entity type `kind`.
    fn view(&self, min_evidence: f32, organization: bool, kind: EntityType, weak: bool) -> ListTokens<'_> {
        let (tokens, weights, missing_costs) = (&self.tokens, &self.weights, &self.missing_costs);
        let lengthens = organization && kind.may_lengthen();
        ListTokens { tokens, weights, missing_costs, min_evidence, organization, lengthens, weak }
    }

    /// Whether the name is an organization's (`entity_types` per entity).
    fn organization(&self, entity_types: &[EntityType]) -> bool {
        entity_types[self.entity as usize] == EntityType::Organization
    }

    fn indexed(&self, entity_types: &[EntityType]) -> IndexedName<'_> {
        let organization = self.organization(entity_types);
        IndexedName { tokens: &self.tokens, weights: &self.weights, missing_costs: &self.missing_costs, organization }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct NameBound {
    /// Tokens that align without an index key (generic words, initials), their weight and
    /// their weight x missing cost.
    free_mask: u32,
    free_weight: f32,
    free_missing: f32,
    /// What leaving out every token would cost: the sum of weight x missing cost.
    missing_total: f32,
    /// Letters of the name's initials (bit 0 = a): query words with those first letters may
    /// align with them without a key.
    initial_letters: u32,
    /// First letters of the name's words: a query initial may align with those.
    word_letters: u32,
    /// The least a query word left extra costs in this name (`score::align`): less beyond an
    /// organization's whole name, for a query that is not a person's.
    extra_cost: f32,
}

impl NameBound {
    fn new(name: &ListName, organization: bool) -> Self {
        let free = name
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.class.proves())
            .fold(0, |m, (i, _)| m | 1 << i);
        let missing = |j: usize| name.weights[j] * name.missing_costs[j];
        NameBound {
            free_mask: free,
            free_weight: bits(free).map(|j| name.weights[j]).sum(),
            free_missing: bits(free).map(missing).sum(),
            missing_total: (0..name.tokens.len()).map(missing).sum(),
            initial_letters: name
                .tokens
                .iter()
                .filter(|t| t.class == Class::Initial)
                .fold(0, |m, t| m | letter_bit(&t.text)),
            word_letters: name.tokens.iter().filter(|t| t.class == Class::Word).fold(0, |m, t| m | letter_bit(&t.text)),
            extra_cost: if organization { LENGTHENED_EXTRA_COST } else { EXTRA_COST },
        }
    }
}

/// Each token's first letter if it is a word, else 0: the words a query initial may stand for.
/// Apart from `NameBound`, which every candidate reads, since only queries with initials need it.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct WordInitials([u8; MAX_TOKENS]);

impl WordInitials {
    fn new(name: &ListName) -> Self {
        WordInitials(std::array::from_fn(|j| match name.tokens.get(j) {
            Some(t) if t.class == Class::Word => t.text.as_bytes()[0],
            _ => 0,
        }))
    }

    /// Words that one of the query's initials may stand for.
    fn mask(&self, initials: &[u8]) -> u32 {
        (0..MAX_TOKENS).filter(|&j| self.0[j] != 0 && initials.contains(&self.0[j])).fold(0, |m, j| m | 1 << j)
    }
}

/// Accumulator of index hits: a dense array over list names (cheaper per posting than a hash
/// map when common words hit thousands of names), reset after each query.
#[derive(Debug, Default)]
struct Scratch {
    hits: Vec<Hits>,
    touched: Vec<u32>,
}

/// What the index says a list name shares with the query.
#[derive(Debug, Default, Clone, Copy)]
struct Hits {
    list_tokens: u32,
    query_tokens: u32,
    /// Weight (and weight x missing cost) of the list tokens hit; a posting that overlaps
    /// earlier ones is counted whole, which can only raise the bound.
    weight: f32,
    missing: f32,
}

impl Scratch {
    fn prepare(&mut self, names: usize) {
        if self.hits.len() < names {
            self.hits.resize(names, Hits::default());
        }
    }

    fn hit(&mut self, p: &Posting, query_tokens: u32) {
        let e = &mut self.hits[p.name as usize];
        if e.list_tokens == 0 {
            self.touched.push(p.name);
        }
        if p.tokens & !e.list_tokens != 0 {
            e.weight += p.weight;
            e.missing += p.missing;
        }
        e.list_tokens |= p.tokens;
        e.query_tokens |= query_tokens;
    }

    /// Adds the postings of a name already hit, and no others (those of a token that did not
    /// open names, see `Matcher::open`): by binary search in `reach`, which is in name order,
    /// when those names are few beside it, else by a scan.
    fn hit_reached(&mut self, reach: &[Posting], query_tokens: u32) {
        if self.touched.len() * 8 < reach.len() {
            for k in 0..self.touched.len() {
                if let Ok(j) = reach.binary_search_by_key(&self.touched[k], |p| p.name) {
                    self.hit(&reach[j], query_tokens);
                }
            }
        } else {
            for p in reach {
                if self.hits[p.name as usize].list_tokens != 0 {
                    self.hit(p, query_tokens);
                }
            }
        }
    }

    /// Every touched name with its hits, leaving the accumulator zeroed.
    fn drain(&mut self) -> impl Iterator<Item = (u32, Hits)> + '_ {
        let hits = &mut self.hits;
        self.touched.drain(..).map(move |id| (id, std::mem::take(&mut hits[id as usize])))
    }
}

/// A query token with its weight and every list name its keys reach (`Index::reach`).
#[derive(Debug)]
struct QueryToken {
    token: Token,
    weight: f32,
    reach: Box<[Posting]>,
    /// Per posting of `reach`: the slack of its name were it the only posting to hit the name,
    /// and its name's `NameBound::extra_cost`.
    slacks: Box<[(f32, f32)]>,
    /// What its postings can do at most for a name's score bound.
    most: ReachBound,
}

/// The most a query token's postings can do for a name's score bound, over all its reach, so
/// that a common word (KIM, MOHAMMED: thousands of names) need not open candidates that the
/// query's other words, left extra, keep under the threshold. In the terms of the bound
/// `reach / (reach + rest + c x extra) >= t`, which holds iff `slack = reach x (1 - t) / t - rest
/// >= c x extra`, c the cost of an extra word (`EXTRA_COST`, less in an organization's name for a
/// query that is not a person's: `NameBound::extra_cost`).
#[derive(Debug, Clone, Copy)]
struct ReachBound {
    /// The largest slack of a name hit by this token alone.
    slack: f32,
    /// The largest rise in slack this token's posting adds to a name other postings hit.
    gain: f32,
    /// Letters of the initials of the names reached (query words with those letters may align
    /// with them and not count as extra).
    initial_letters: u32,
}

/// A cache by text in `N` parts (a word by whether it opens the name, a name by entity type),
/// emptied whole when its entries' sizes add up past `limit`: memory stays bounded without
/// tracking use, and what repeats comes back soon. Texts of up to 24 bytes (most names, all
/// words) are kept in the table itself, so a lookup reads no other memory to compare them.
#[derive(Debug)]
struct Bounded<V, const N: usize> {
    parts: [FxHashMap<CompactString, V>; N],
    size: usize,
    limit: usize,
}

impl<V: Clone, const N: usize> Bounded<V, N> {
    fn new(limit: usize) -> Self {
        Bounded { parts: std::array::from_fn(|_| FxHashMap::default()), size: 0, limit }
    }

    fn get(&self, part: usize, text: &str) -> Option<V> {
        self.parts[part].get(text).cloned()
    }

    fn insert(&mut self, part: usize, text: &str, value: V, size: usize) {
        if self.size + size > self.limit {
            self.parts.iter_mut().for_each(FxHashMap::clear);
            self.size = 0;
        }
        self.size += size;
        self.parts[part].insert(text.into(), value);
    }
}

/// Query words already analysed on this thread, with their weights and reach, by their place in
/// the name (`Place`: Hangul and Chinese words read differently at its start, single letters in a
/// Korean name as syllables): customer names repeat their words (30,000 distinct words in 1M
/// generated names), so each is analysed and looked up once. Sized in postings.
type WordCache = Bounded<Arc<[QueryToken]>, { Place::COUNT }>;

/// Hits of the names screened so far, by entity type (`EntityType as usize`) and by the name as
/// prepared (`Prepared::key`) or, in parts of their own, as written, in shards by the text's hash:
/// the threads screening a batch look names up and add them as they go, and seldom wait for each
/// other. Sized in entries.
#[derive(Debug)]
struct ResultCache {
    shards: Box<[Mutex<ResultShard>]>,
}

/// How many entity types a name is screened as (`EntityType as usize`; Unknown is the last).
const ENTITY_TYPES: usize = EntityType::Unknown as usize + 1;

type ResultShard = Bounded<Found, { 2 * ENTITY_TYPES }>;

/// The hits of a name, None for none: most names have none, and that answer is shared by the
/// threads without a reference count for them to contend on.
type Found = Option<Arc<[Hit]>>;

/// Shards of the results cache: many more than threads, so that two rarely meet on one.
const RESULT_CACHE_SHARDS: usize = 64;

impl ResultCache {
    fn new() -> Self {
        let per_shard = RESULT_CACHE_ENTRIES / RESULT_CACHE_SHARDS;
        ResultCache { shards: (0..RESULT_CACHE_SHARDS).map(|_| Mutex::new(Bounded::new(per_shard))).collect() }
    }

    fn shard(&self, name: &str) -> &Mutex<ResultShard> {
        let mut hasher = FxHasher::default();
        hasher.write(name.as_bytes());
        &self.shards[hasher.finish() as usize % RESULT_CACHE_SHARDS]
    }
}

/// What each thread screening with a matcher keeps between queries.
#[derive(Debug)]
struct PerThread {
    scratch: Scratch,
    words: WordCache,
}

impl Default for PerThread {
    fn default() -> Self {
        PerThread { scratch: Scratch::default(), words: WordCache::new(WORD_CACHE_POSTINGS) }
    }
}

/// A query name, and for each of its tokens the cached word analysis it came from.
struct Query {
    name: Name,
    analysed: Vec<(Arc<[QueryToken]>, usize)>,
}

impl Query {
    fn token(&self, i: usize) -> &QueryToken {
        let (word, k) = &self.analysed[i];
        &word[*k]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Config {
    pub threshold: f32,
    pub top_k: usize,
}

impl Config {
    pub fn new(threshold: f32, top_k: usize) -> Result<Config> {
        if !(0.0..=1.0).contains(&threshold) || threshold.is_nan() {
            return Err(CoreError::InvalidArgument(format!("threshold must be in [0, 1], got {threshold}")));
        }
        if top_k == 0 {
            return Err(CoreError::InvalidArgument("top_k must be at least 1".into()));
        }
        Ok(Config { threshold, top_k })
    }
}

/// How candidates are found: from the index (normal) or by scoring every list name (to measure
/// the index's recall against).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Search {
    Indexed,
    Exhaustive,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub query_row: usize,
    pub name: u32,
    pub score: f32,
    pub explanation: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Matcher {
    config: Config,
    entity_ids: Vec<String>,
    entity_types: Vec<EntityType>,
    kinds: Vec<String>,
    names: Vec<ListName>,
    /// Per list name, what the score bound needs beyond the postings; contiguous, since every
    /// candidate the index touches reads it.
    bounds: Vec<NameBound>,
    /// The least `NameBound::extra_cost` over the list: what the candidate search assumes a query
    /// word left extra costs before it knows the name.
    least_extra_cost: f32,
    word_initials: Vec<WordInitials>,
    /// Entities whose names hold a token, by the token's `weight_key`.
    df: FxHashMap<u64, u32>,
    /// MIN_EVIDENCE_SHARE of the rarest word's weight.
    min_evidence: f32,
    index: Index,
    #[serde(skip)]
    per_thread: ThreadLocal<RefCell<PerThread>>,
    #[serde(skip, default = "ResultCache::new")]
    results: ResultCache,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub entities: usize,
    pub names: usize,
    pub keys: usize,
    pub postings: usize,
    pub index_bytes: usize,
}

impl Matcher {
    pub fn build<'a>(entries: impl IntoIterator<Item = ListEntry<'a>>, config: Config) -> Matcher {
        let mut entity_of: FxHashMap<&str, u32> = FxHashMap::default();
        let (mut entity_ids, mut entity_types, mut kinds) = (Vec::new(), Vec::new(), Vec::<String>::new());
        let mut rows = Vec::new();
        for e in entries {
            let entity = *entity_of.entry(e.entity_id).or_insert_with(|| {
                entity_ids.push(e.entity_id.to_string());
                entity_types.push(e.entity_type);
                (entity_ids.len() - 1) as u32
            });
            let kind = match kinds.iter().position(|k| k == e.name_kind) {
                Some(k) => k,
                None => {
                    kinds.push(e.name_kind.to_string());
                    kinds.len() - 1
                }
            } as u16;
            rows.push((entity, e.name, kind));
        }
        let analysed: Vec<Name> = rows.par_iter().map(|(_, raw, _)| analyze(raw)).collect();

        let mut df: FxHashMap<u64, u32> = FxHashMap::default();
        let mut seen: FxHashMap<u64, u32> = FxHashMap::default();
        for ((entity, _, _), name) in rows.iter().zip(&analysed) {
            let keys = name.tokens.iter().flat_map(|t| std::iter::once(weight_key(t)).chain(korean_weight_key(t, t.script)));
            for k in keys {
                // Counted once per entity: aliases repeat their entity's words.
                if seen.insert(k, *entity) != Some(*entity) {
                    *df.entry(k).or_default() += 1;
                }
            }
        }
        let entities = entity_ids.len().max(1) as f32;
        let names: Vec<ListName> = rows
            .into_iter()
            .zip(analysed)
            .map(|((entity, raw, kind), name)| {
                let weights = name
                    .tokens
                    .iter()
                    .map(|t| token_weight(t, df.get(&weight_key(t)).copied(), entities))
                    .collect();
                let missing_costs = missing_costs(&name.tokens, entity_types[entity as usize]);
                ListName { entity, raw: raw.to_string(), kind, tokens: name.tokens, weights, missing_costs }
            })
            .collect();
        let index = Index::build(&names.iter().map(|n| n.indexed(&entity_types)).collect::<Vec<_>>());
        let bounds: Vec<NameBound> = names.iter().map(|n| NameBound::new(n, n.organization(&entity_types))).collect();
        let least_extra_cost = bounds.iter().map(|b| b.extra_cost).fold(EXTRA_COST, f32::min);
        let word_initials = names.iter().map(WordInitials::new).collect();
        let min_evidence = if entity_ids.len() >= MIN_EVIDENCE_ENTITIES {
            MIN_EVIDENCE_SHARE * token_weight_of_df(1, entities)
        } else {
            0.0
        };
        Matcher {
            config,
            entity_ids,
            entity_types,
            kinds,
            names,
            bounds,
            least_extra_cost,
            word_initials,
            df,
            min_evidence,
            index,
            per_thread: ThreadLocal::new(),
            results: ResultCache::new(),
        }
    }

    pub fn config(&self) -> Config {
        self.config
    }

    pub fn stats(&self) -> Stats {
        Stats {
            entities: self.entity_ids.len(),
            names: self.names.len(),
            keys: self.index.key_count(),
            postings: self.index.posting_count(),
            index_bytes: self.index.memory_bytes(),
        }
    }

    pub fn entity_id(&self, name: u32) -> &str {
        &self.entity_ids[self.names[name as usize].entity as usize]
    }

    pub fn matched_name(&self, name: u32) -> &str {
        &self.names[name as usize].raw
    }

    pub fn name_kind(&self, name: u32) -> &str {
        &self.kinds[self.names[name as usize].kind as usize]
    }

    /// Screens a column of names (and optionally a column of entity types: person /
    /// organization / unknown); hits for each row in row order, best first, `top_k` entities a
    /// row, more only where several tie at the last place. Null and empty names have no hits.
    pub fn screen(&self, names: StrColumn<'_>, kinds: Option<StrColumn<'_>>, search: Search) -> Result<Vec<Hit>> {
        let types = parse_kinds(names.len(), kinds)?;
        let kind_of = |row: usize| types.as_ref().map_or(EntityType::Unknown, |t| t[row]);
        let hits = (0..names.len())
            .into_par_iter()
            .with_min_len(64)
            .flat_map_iter(|row| {
                let found = names.get(row).and_then(|name| self.hits_of(name, kind_of(row), search));
                found.into_iter().flat_map(move |hits| (0..hits.len()).map(move |i| Hit { query_row: row, ..hits[i].clone() }))
            })
            .collect();
        Ok(hits)
    }

    /// The hits of one name. Customer files repeat names (families, common names, and across
    /// batches), in other cases and punctuation too: a name that prepares as one screened before
    /// (`Prepared::key`) is answered from the results cache (indexed search only: exhaustive
    /// scoring is there to check the index, not to be skipped).
    fn hits_of(&self, name: &str, kind: EntityType, search: Search) -> Found {
        let found = |hits: Vec<Hit>| (!hits.is_empty()).then(|| Arc::from(hits));
        if search == Search::Exhaustive {
            return found(self.screen_prepared(0, &Prepared::new(name), kind, search));
        }
        // A name repeated exactly, the commonest repeat, is answered before it is prepared.
        let (as_written, as_prepared) = (ENTITY_TYPES + kind as usize, kind as usize);
        let written = self.results.shard(name);
        if let Some(hits) = written.lock().expect("results cache").get(as_written, name) {
            return hits;
        }
        let prepared = Prepared::new(name);
        let key = prepared.key();
        let shard = self.results.shard(&key);
        let cached = shard.lock().expect("results cache").get(as_prepared, &key);
        let hits = cached.unwrap_or_else(|| {
            let hits = found(self.screen_prepared(0, &prepared, kind, search));
            shard.lock().expect("results cache").insert(as_prepared, &key, hits.clone(), 1);
            hits
        });
        written.lock().expect("results cache").insert(as_written, name, hits.clone(), 1);
        hits
    }

    pub fn screen_one(&self, row: usize, raw: &str, kind: EntityType, search: Search) -> Vec<Hit> {
        self.screen_prepared(row, &Prepared::new(raw), kind, search)
    }

    fn screen_prepared(&self, row: usize, name: &Prepared, kind: EntityType, search: Search) -> Vec<Hit> {
        let mut local = self.per_thread.get_or_default().borrow_mut();
        let PerThread { scratch, words } = &mut *local;
        let analysed = self.analyze_query(name, words);
        let query = &analysed.name;
        if query.tokens.is_empty() {
            return Vec::new();
        }
        let qw: Vec<f32> = (0..query.tokens.len()).map(|i| analysed.token(i).weight).collect();
        // The least a word left extra weighs for the candidate bound, in units of `EXTRA_COST`.
        let xw: Vec<f32> = query.tokens.iter().zip(&qw).map(|(t, &w)| w * least_extra_cost(t) / EXTRA_COST).collect();
        let candidates: Vec<u32> = match search {
            Search::Indexed => self.candidates(&analysed, &qw, &xw, kind, scratch),
            Search::Exhaustive => (0..self.names.len() as u32).collect(),
        };

        let weak_kind = self.kinds.iter().position(|k| k == WEAK_ALIAS_KIND);
        // Best name per entity.
        let mut best: FxHashMap<u32, (f32, u32, Alignment, bool)> = FxHashMap::default();
        for id in candidates {
            let list = &self.names[id as usize];
            let list_type = self.entity_types[list.entity as usize];
            let weak = Some(list.kind as usize) == weak_kind;
            let mut alignment = align(&query.tokens, &qw, &list.view(self.min_evidence, list.organization(&self.entity_types), kind, weak));
            let penalty = kind.penalty(list_type);
            alignment.score *= penalty.unwrap_or(1.0);
            let differs = penalty.is_some();
            if alignment.score < self.config.threshold {
                continue;
            }
            let better = best
                .get(&list.entity)
                .is_none_or(|(s, n, _, _)| alignment.score > *s || (alignment.score == *s && id < *n));
            if better {
                best.insert(list.entity, (alignment.score, id, alignment, differs));
            }
        }
        let mut ranked: Vec<(u32, (f32, u32, Alignment, bool))> = best.into_iter().collect();
        ranked.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(a.0.cmp(&b.0)));
        // Entities tied with the last one kept are kept too: which of equally good matches to
        // leave out would be arbitrary, and the one left out may be the listed person.
        if let Some(&(_, (last, ..))) = ranked.get(self.config.top_k - 1) {
            ranked.retain(|(_, (score, ..))| *score >= last);
        }
        ranked
            .into_iter()
            .map(|(entity, (score, id, alignment, differs))| {
                let list = &self.names[id as usize];
                let types = differs.then(|| (kind.as_str(), self.entity_types[entity as usize].as_str()));
                Hit { query_row: row, name: id, score, explanation: explain(query, &list.tokens, &alignment, types) }
            })
            .collect()
    }

    /// The query name analysed, each word taken from the thread's cache or analysed and cached.
    fn analyze_query(&self, name: &Prepared, cache: &mut WordCache) -> Query {
        let mut analysed = Vec::new();
        let name = analyze_prepared(name, |word, place, out| {
            let word = cache.get(place.index(), word).unwrap_or_else(|| {
                let analysed = self.analyze_word(word, place);
                let postings = analysed.iter().map(|q| q.reach.len() + 1).sum();
                cache.insert(place.index(), word, analysed.clone(), postings);
                analysed
            });
            for (k, q) in word.iter().enumerate() {
                out.push(q.token.clone());
                analysed.push((word.clone(), k));
            }
        });
        analysed.truncate(name.tokens.len());
        Query { name, analysed }
    }

    fn analyze_word(&self, word: &str, place: Place) -> Arc<[QueryToken]> {
        let mut tokens = Vec::new();
        push_word(word, place, &mut tokens);
        let entities = self.entity_ids.len().max(1) as f32;
        tokens
            .into_iter()
            .map(|token| {
                let reach: Box<[Posting]> = self.index.reach(&token, |n| self.names[n as usize].indexed(&self.entity_types)).into();
                let slacks: Box<[(f32, f32)]> =
                    reach.iter().map(|p| (self.slack(p), self.bounds[p.name as usize].extra_cost)).collect();
                QueryToken {
                    weight: self.query_weight(&token, entities),
                    most: self.reach_bound(&reach, &slacks),
                    reach,
                    slacks,
                    token,
                }
            })
            .collect()
    }

    /// A query word's weight: for a word in Hangul or in Latin letters that reads as Korean, the
    /// lesser of its own and that of the list's words in the other script it may stand for
    /// (`korean_weight_key`).
    fn query_weight(&self, t: &Token, entities: f32) -> f32 {
        let weight = |k: u64| token_weight(t, self.df.get(&k).copied(), entities);
        let other = match t.script {
            Script::Hangul => Script::Latin,
            _ => Script::Hangul,
        };
        let own = weight(weight_key(t));
        korean_weight_key(t, other).map_or(own, |k| own.min(weight(k)))
    }

    /// `ReachBound` of a query token's postings at this matcher's threshold.
    fn reach_bound(&self, reach: &[Posting], slacks: &[(f32, f32)]) -> ReachBound {
        let per_weight = self.per_weight();
        let mut most = ReachBound { slack: f32::NEG_INFINITY, gain: 0.0, initial_letters: 0 };
        for (p, &(slack, _)) in reach.iter().zip(slacks) {
            most.slack = most.slack.max(slack);
            most.gain = most.gain.max(p.weight * per_weight + p.missing);
            most.initial_letters |= self.bounds[p.name as usize].initial_letters;
        }
        most
    }

    /// The slack of a name hit by this posting alone, as the candidate filter computes it.
    fn slack(&self, p: &Posting) -> f32 {
        let b = &self.bounds[p.name as usize];
        let rest = b.missing_total - p.missing - b.free_missing;
        (p.weight + b.free_weight) * self.per_weight() - rest
    }

    /// (1 - t) / t: what a unit of weight reached adds to a name's slack.
    fn per_weight(&self) -> f32 {
        (1.0 - self.config.threshold) / self.config.threshold
    }

    /// Hits in `scratch` for every list name whose score bound may reach the threshold, but
    /// not always for names that cannot (the filter after this judges them).
    ///
    /// Each posting of a query token opens its name only if the query's other postings could
    /// lift it to the threshold, as max-score search in text retrieval does: the tokens are
    /// taken from the fewest postings to the most, and a posting needs only the tokens after
    /// its own (a name that passes is opened by its first token's posting). So a common word
    /// (KIM, MOHAMMED: thousands of names) opens only the names where it weighs enough, and
    /// is added afterwards to the names other postings opened. None of this when the query
    /// has initials (they lift names without postings) or the threshold is 0.
    fn open(&self, analysed: &Query, qw: &[f32], xw: &[f32], kind: EntityType, unhit_q: u32, letters: &[u32], scratch: &mut Scratch) {
        let query = &analysed.name;
        for_each_joined_key(&query.tokens, Side::Query, |key, qmask| {
            self.index.get(key).iter().for_each(|p| scratch.hit(p, qmask));
        });
        let prune = self.config.threshold > 0.0 && !query.tokens.iter().any(|t| t.class == Class::Initial);
        let lengthens = kind.may_lengthen();
        let mut order: Vec<usize> = (0..query.tokens.len()).collect();
        order.sort_by_key(|&i| analysed.token(i).reach.len());
        // What a token's posting can add to a name's slack: its gain, and its weight no longer
        // extra (at the most a name charges for it). Summed over the tokens after each.
        let lift = |i: usize| analysed.token(i).most.gain + EXTRA_COST * qw[i] * (unhit_q >> i & 1) as f32;
        let mut later: f32 = order.iter().map(|&i| lift(i)).sum();
        let mut deferred = 0u32;
        for i in order {
            let token = analysed.token(i);
            later -= lift(i);
            let extra: f32 =
                bits(unhit_q & !(1 << i)).filter(|&k| letters[k] & token.most.initial_letters == 0).map(|k| xw[k]).sum();
            // A margin for rounding: the filter computes the bound as a ratio.
            let least = |cost: f32| if prune { cost * extra * (1.0 - 1e-4) - later - 1e-3 } else { f32::NEG_INFINITY };
            // A person's name pays the full cost for extra words wherever; another, less beyond
            // an organization's whole name.
            let least_full = least(EXTRA_COST);
            if token.most.slack < if lengthens { least(self.least_extra_cost) } else { least_full } {
                deferred |= 1 << i;
                continue;
            }
            for (p, &(slack, cost)) in token.reach.iter().zip(&token.slacks) {
                if slack >= if lengthens { least(cost) } else { least_full } {
                    scratch.hit(p, 1 << i);
                } else {
                    deferred |= 1 << i;
                }
            }
        }
        for i in bits(deferred) {
            scratch.hit_reached(&analysed.token(i).reach, 1 << i);
        }
    }

    /// List names sharing a key with the query whose score bound reaches the threshold. The
    /// bound takes every list token the index says the query shares, plus those that align
    /// without a key (generic words, initials), as matched at similarity 1, and the rest as
    /// missing; query tokens that hit nothing count as extra. No rule scores higher, so no
    /// candidate the scorer would keep is dropped.
    fn candidates(&self, analysed: &Query, qw: &[f32], xw: &[f32], kind: EntityType, scratch: &mut Scratch) -> Vec<u32> {
        let query = &analysed.name;
        scratch.prepare(self.names.len());
        let letters: Vec<u32> = query.tokens.iter().map(|t| letter_bit(&t.text)).collect();
        let free_q = query
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.class.proves())
            .fold(0u32, |m, (i, _)| m | 1 << i);
        let unhit_q = mask_of(query.tokens.len()) & !free_q;
        self.open(analysed, qw, xw, kind, unhit_q, &letters, scratch);
        let initials: Vec<u8> = query
            .tokens
            .iter()
            .filter(|t| t.class == Class::Initial)
            .map(|t| t.text.as_bytes()[0])
            .collect();
        let initial_letters = initials.iter().fold(0, |m, &c| m | letter_bit_of(c));
        let lengthens = kind.may_lengthen();
        // A plain loop, not iterator adaptors: this runs for every name a query touches.
        let mut out = Vec::new();
        for (id, hits) in scratch.drain() {
            let b = &self.bounds[id as usize];
            let (mut reach, mut kept) = (hits.weight + b.free_weight, hits.missing + b.free_missing);
            if initial_letters & b.word_letters != 0 {
                // Words the query's initials may stand for also align without a key.
                let list = &self.names[id as usize];
                let extra = self.word_initials[id as usize].mask(&initials) & !(hits.list_tokens | b.free_mask);
                reach += bits(extra).map(|j| list.weights[j]).sum::<f32>();
                kept += bits(extra).map(|j| list.weights[j] * list.missing_costs[j]).sum::<f32>();
            }
            let rest = (b.missing_total - kept).max(0.0);
            let mut unmatched_q = 0.0;
            for i in bits(unhit_q & !hits.query_tokens) {
                if letters[i] & b.initial_letters == 0 {
                    unmatched_q += xw[i];
                }
            }
            // Less for extra words only where an organization's whole name may align, and the
            // query has no initials (`score::align`).
            let whole = || hits.list_tokens | b.free_mask == mask_of(self.names[id as usize].tokens.len());
            let extra_cost = if lengthens && b.extra_cost < EXTRA_COST && initials.is_empty() && whole() {
                b.extra_cost
            } else {
                EXTRA_COST
            };
            if reach / (reach + rest + extra_cost * unmatched_q) >= self.config.threshold {
                out.push(id);
            }
        }
        out.sort_unstable();
        out
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::from(&MAGIC[..]);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bincode::serialize_into(&mut out, self).expect("serializing to memory cannot fail");
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Matcher> {
        let header = MAGIC.len() + 4;
        if bytes.len() < header || &bytes[..MAGIC.len()] != MAGIC {
            return Err(CoreError::InvalidIndex("not sanctions-screen matcher bytes".into()));
        }
        let version = u32::from_le_bytes(bytes[MAGIC.len()..header].try_into().expect("4 bytes"));
        if version != FORMAT_VERSION {
            return Err(CoreError::InvalidIndex(format!(
                "format version {version}, this build reads version {FORMAT_VERSION}"
            )));
        }
        bincode::deserialize(&bytes[header..]).map_err(|e| CoreError::InvalidIndex(e.to_string()))
    }
}

fn letter_bit(text: &str) -> u32 {
    text.as_bytes().first().map_or(0, |&c| letter_bit_of(c))
}

fn letter_bit_of(c: u8) -> u32 {
    match c {
        b'a'..=b'z' => 1 << (c - b'a'),
        _ => 0,
    }
}

/// Rarity of a token in the list (inverse document frequency over entities); generic words and
/// initials weigh a fixed little. A word the list does not hold weighs as the rarest.
fn token_weight(t: &Token, df: Option<u32>, entities: f32) -> f32 {
    match t.class {
        Class::Generic => GENERIC_WEIGHT,
        Class::Initial => INITIAL_WEIGHT,
        Class::Word | Class::Number => token_weight_of_df(df.unwrap_or(1), entities),
    }
}

fn token_weight_of_df(df: u32, entities: f32) -> f32 {
    (1.0 + entities / df.max(1) as f32).ln()
}

/// What leaving out each token of a list name costs. An organization is often named shortly
/// (`STROYPROEKT` for `AO INSTITUTE STROYPROEKT`): its words cost less where the query has no word
/// of its own (`align` charges the full cost otherwise). People are often named without their middle
/// names and patronymics (`Vitaliy Andreyev` for `ANDREYEV, Vitaliy Sergeyevich`): those cost
/// less. Not in Korean names, whose given-name syllables are one name (`Se Un`), not two: there a
/// syllable of the given name left out costs more than the family name, since 숙 is another given
/// name than 현숙 (`Noh Hyun-suk` is not 노숙), while a given name alone is still the person's name.
fn missing_costs(tokens: &[Token], entity_type: EntityType) -> Vec<f32> {
    if entity_type == EntityType::Organization {
        return vec![SHORTENED_MISSING_COST; tokens.len()];
    }
    let mut costs = vec![MISSING_COST; tokens.len()];
    if entity_type != EntityType::Person && entity_type != EntityType::Unknown {
        return costs;
    }
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].class == Class::Word).collect();
    let marked = tokens.iter().any(|t| t.family);
    // A Korean name, or one after a Western given name with its family name first and no comma
    // (`Francis Hong Yong-ho`, `John Choi Young-su`): Hangul writes the Korean name alone, so the
    // Western name costs as a middle name. Not `Mohammed Ali Han` (no surname after Mohammed) nor
    // `HUANG, Wang Ken` (Huang is the family name).
    let after_western = |&first: &usize| {
        let rest = &tokens[first + 1..];
        let surname_next = rest.first().is_some_and(|t| !t.korean_surnames.is_empty());
        let two_words = rest.iter().filter(|t| t.class == Class::Word).count() >= 2;
        let family = korean_family(rest).filter(|_| !marked && surname_next && two_words)?;
        Some((family << (first + 1), first + 1))
    };
    if let Some((family, start)) = korean_family(tokens).map(|family| (family, 0)).or_else(|| words.first().and_then(after_western)) {
        for &i in &words {
            costs[i] = if i < start {
                MIDDLE_MISSING_COST
            } else if family >> i & 1 == 0 {
                GIVEN_SYLLABLE_MISSING_COST
            } else {
                MISSING_COST
            };
        }
        return costs;
    }
    let middle: Vec<usize> = if marked {
        // `FAMILY, First Middle...`
        words.iter().copied().filter(|&i| !tokens[i].family).skip(1).collect()
    } else {
        // `First Middle... Last`
        words.get(1..words.len().saturating_sub(1)).unwrap_or_default().to_vec()
    };
    for i in middle.into_iter().chain(words.iter().copied().filter(|&i| tokens[i].is_patronymic())) {
        costs[i] = MIDDLE_MISSING_COST;
    }
    costs
}

fn parse_kinds(len: usize, kinds: Option<StrColumn<'_>>) -> Result<Option<Vec<EntityType>>> {
    let Some(kinds) = kinds else { return Ok(None) };
    if kinds.len() != len {
        return Err(CoreError::LengthMismatch { what: "kinds", got: kinds.len(), expected: len });
    }
    kinds
        .iter()
        .enumerate()
        .map(|(row, k)| {
            EntityType::parse(k).ok_or_else(|| {
                CoreError::InvalidArgument(format!(
                    "row {row}: entity type {:?} is not person, organization or unknown",
                    k.unwrap_or_default()
                ))
            })
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn costs(raw: &str) -> Vec<f32> {
        missing_costs(&analyze(raw).tokens, EntityType::Person)
    }

    #[test]
    fn another_entity_type_costs() {
        use EntityType::*;
        assert_eq!(Organization.penalty(Vessel), Some(TYPE_PENALTY), "a company named after a ship");
        assert_eq!(Person.penalty(Organization), Some(TYPE_PENALTY));
        assert_eq!(Aircraft.penalty(Person), Some(CRAFT_PENALTY));
        assert_eq!(Vessel.penalty(Aircraft), None);
        assert_eq!(Unknown.penalty(Vessel), None);
    }

    #[test]
    fn middle_names_and_patronymics_cost_less_except_in_korean_names() {
        let (full, middle) = (MISSING_COST, MIDDLE_MISSING_COST);
        assert_eq!(costs("ANDREYEV, Vitaliy Sergeyevich"), [full, full, middle]);
        assert_eq!(costs("John Paul Smith"), [full, middle, full]);
        assert_eq!(costs("Pushylin Denis Volodymyrovych")[2], middle, "a Ukrainian patronymic, last");
        // A Korean given name's syllables are one name, with or without a comma.
        let given = GIVEN_SYLLABLE_MISSING_COST;
        assert_eq!(costs("KIM, Jong Un"), [full, given, given]);
        assert_eq!(costs("KIM JONG UN"), [full, given, given]);
        assert_eq!(costs("Se Un Kim"), [given, given, full]);
        assert_eq!(costs("노현숙"), [full, given, given]);
    }
}
