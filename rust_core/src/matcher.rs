//! The matcher: list names analysed and indexed once, then whole batches of query names screened
//! in parallel. Candidates come from the index; each is scored only if an upper bound on its
//! score, from the tokens the index says it shares with the query, reaches the threshold.

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::column::StrColumn;
use crate::error::{CoreError, Result};
use crate::explain::explain;
use crate::index::{for_each_key, Index};
use crate::keys::{weight_key, Side};
use crate::name::{analyze, Class, Name, Token};
use crate::score::{
    align, bits, mask_of, Alignment, ListTokens, EXTRA_COST, INITIAL_WEIGHT, MIDDLE_MISSING_COST, MISSING_COST,
};

/// The weight of legal forms, generic words, titles and particles.
const GENERIC_WEIGHT: f32 = 0.5;
/// A person screened against an organization (or the reverse) is less likely the same party.
const TYPE_PENALTY: f32 = 0.85;
/// Bumped whenever the serialized layout changes; `from_bytes` refuses other versions.
const FORMAT_VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"SSCRMTCH";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

    fn differs(self, other: EntityType) -> bool {
        let person = |t| t == EntityType::Person;
        self != EntityType::Unknown && other != EntityType::Unknown && person(self) != person(other)
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
    /// Tokens that align without an index key (generic words, initials).
    free_mask: u32,
    /// What leaving out every token would cost: the sum of weight x missing cost.
    rest_total: f32,
}

impl ListName {
    fn new(entity: u32, raw: &str, kind: u16, tokens: Vec<Token>, weights: Vec<f32>, missing_costs: Vec<f32>) -> Self {
        let free_mask = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t.class, Class::Generic | Class::Initial))
            .fold(0, |m, (i, _)| m | 1 << i);
        let rest_total = weights.iter().zip(&missing_costs).map(|(w, c)| w * c).sum();
        ListName { entity, raw: raw.to_string(), kind, tokens, weights, missing_costs, free_mask, rest_total }
    }

    fn view(&self) -> ListTokens<'_> {
        ListTokens { tokens: &self.tokens, weights: &self.weights, missing_costs: &self.missing_costs }
    }

    /// Words that one of the query's initials may stand for.
    fn initial_mask(&self, initials: &[u8]) -> u32 {
        self.tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.class == Class::Word && initials.contains(&t.text.as_bytes()[0]))
            .fold(0, |m, (j, _)| m | 1 << j)
    }
}

/// Per-thread accumulator of index hits: a dense array over list names (cheaper per posting
/// than a hash map when common words hit thousands of names), reset after each query.
#[derive(Default)]
struct Scratch {
    /// Per list name: (list tokens hit, query tokens that hit it).
    hits: Vec<(u32, u32)>,
    touched: Vec<u32>,
}

impl Scratch {
    fn prepare(&mut self, names: usize) {
        if self.hits.len() < names {
            self.hits.resize(names, (0, 0));
        }
    }

    fn hit(&mut self, name: u32, list_tokens: u32, query_tokens: u32) {
        let e = &mut self.hits[name as usize];
        if e.0 == 0 {
            self.touched.push(name);
        }
        e.0 |= list_tokens;
        e.1 |= query_tokens;
    }

    /// Every touched name with its masks, leaving the accumulator zeroed.
    fn drain(&mut self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let hits = &mut self.hits;
        self.touched.drain(..).map(move |id| {
            let (c, q) = std::mem::take(&mut hits[id as usize]);
            (id, c, q)
        })
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
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
    /// Entities whose names hold a token, by the token's `weight_key`.
    df: FxHashMap<u64, u32>,
    index: Index,
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
            for t in &name.tokens {
                let k = weight_key(t);
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
                ListName::new(entity, raw, kind, name.tokens, weights, missing_costs)
            })
            .collect();
        let index = Index::build(names.iter().map(|n| n.tokens.as_slice()));
        Matcher { config, entity_ids, entity_types, kinds, names, df, index }
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
    /// organization / unknown); hits for each row in row order, best first, at most `top_k`
    /// entities a row. Null and empty names have no hits.
    pub fn screen(&self, names: StrColumn<'_>, kinds: Option<StrColumn<'_>>, search: Search) -> Result<Vec<Hit>> {
        let types = parse_kinds(names.len(), kinds)?;
        let per_row: Vec<Vec<Hit>> = (0..names.len())
            .into_par_iter()
            .with_min_len(64)
            .map(|row| match names.get(row) {
                Some(name) => self.screen_one(row, name, types.as_ref().map_or(EntityType::Unknown, |t| t[row]), search),
                None => Vec::new(),
            })
            .collect();
        Ok(per_row.into_iter().flatten().collect())
    }

    pub fn screen_one(&self, row: usize, raw: &str, kind: EntityType, search: Search) -> Vec<Hit> {
        let query = analyze(raw);
        if query.tokens.is_empty() {
            return Vec::new();
        }
        let qw: Vec<f32> = query
            .tokens
            .iter()
            .map(|t| token_weight(t, self.df.get(&weight_key(t)).copied(), self.entity_ids.len().max(1) as f32))
            .collect();
        let candidates: Vec<u32> = match search {
            Search::Indexed => self.candidates(&query, &qw),
            Search::Exhaustive => (0..self.names.len() as u32).collect(),
        };

        // Best name per entity.
        let mut best: FxHashMap<u32, (f32, u32, Alignment, bool)> = FxHashMap::default();
        for id in candidates {
            let list = &self.names[id as usize];
            let mut alignment = align(&query.tokens, &qw, &list.view());
            let differs = kind.differs(self.entity_types[list.entity as usize]);
            if differs {
                alignment.score *= TYPE_PENALTY;
            }
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
        ranked.truncate(self.config.top_k);
        ranked
            .into_iter()
            .map(|(entity, (score, id, alignment, differs))| {
                let list = &self.names[id as usize];
                let types = differs.then(|| (kind.as_str(), self.entity_types[entity as usize].as_str()));
                Hit { query_row: row, name: id, score, explanation: explain(&query, &list.tokens, &alignment, types) }
            })
            .collect()
    }

    /// List names sharing a key with the query whose score bound reaches the threshold. The
    /// bound takes every list token the index says the query shares, plus those that align
    /// without a key (generic words, initials), as matched at similarity 1, and the rest as
    /// missing; query tokens that hit nothing count as extra. No rule scores higher, so no
    /// candidate the scorer would keep is dropped.
    fn candidates(&self, query: &Name, qw: &[f32]) -> Vec<u32> {
        SCRATCH.with_borrow_mut(|scratch| {
            scratch.prepare(self.names.len());
            for_each_key(&query.tokens, Side::Query, |key, qmask| {
                for p in self.index.get(key) {
                    scratch.hit(p.name, p.tokens, qmask);
                }
            });
            let initials: Vec<u8> = query
                .tokens
                .iter()
                .filter(|t| t.class == Class::Initial)
                .map(|t| t.text.as_bytes()[0])
                .collect();
            let free_q = query
                .tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| matches!(t.class, Class::Generic | Class::Initial))
                .fold(0u32, |m, (i, _)| m | 1 << i);
            let unhit_q = mask_of(query.tokens.len()) & !free_q;
            let mut out: Vec<u32> = scratch
                .drain()
                .filter(|&(id, cmask, qmask)| {
                    let list = &self.names[id as usize];
                    let mut matchable = cmask | list.free_mask;
                    if !initials.is_empty() {
                        matchable |= list.initial_mask(&initials);
                    }
                    let reach: f32 = bits(matchable).map(|j| list.weights[j]).sum();
                    let kept_cost: f32 = bits(matchable).map(|j| list.weights[j] * list.missing_costs[j]).sum();
                    let rest = (list.rest_total - kept_cost).max(0.0);
                    let unmatched_q: f32 = bits(unhit_q & !qmask).map(|i| qw[i]).sum();
                    reach / (reach + rest + EXTRA_COST * unmatched_q) >= self.config.threshold
                })
                .map(|(id, _, _)| id)
                .collect();
            out.sort_unstable();
            out
        })
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

/// Rarity of a token in the list (inverse document frequency over entities); generic words and
/// initials weigh a fixed little. A word the list does not hold weighs as the rarest.
fn token_weight(t: &Token, df: Option<u32>, entities: f32) -> f32 {
    match t.class {
        Class::Generic => GENERIC_WEIGHT,
        Class::Initial => INITIAL_WEIGHT,
        Class::Word | Class::Number => (1.0 + entities / df.unwrap_or(1).max(1) as f32).ln(),
    }
}

/// What leaving out each token of a list name costs. People are often named without their middle
/// names and patronymics (`Vitaliy Andreyev` for `ANDREYEV, Vitaliy Sergeyevich`): those cost
/// less. Not in Korean names, whose given-name syllables are one name (`Se Un`), not two.
fn missing_costs(tokens: &[Token], entity_type: EntityType) -> Vec<f32> {
    let mut costs = vec![MISSING_COST; tokens.len()];
    if !matches!(entity_type, EntityType::Person | EntityType::Unknown) {
        return costs;
    }
    let words: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].class == Class::Word).collect();
    let korean = tokens.iter().any(|t| t.family && t.korean_surnames().next().is_some())
        && words.iter().all(|&i| tokens[i].korean.is_some());
    let middle: Vec<usize> = if korean {
        Vec::new()
    } else if tokens.iter().any(|t| t.family) {
        // `FAMILY, First Middle...`
        words.iter().copied().filter(|&i| !tokens[i].family).skip(1).collect()
    } else {
        // `First Middle... Last`
        words.get(1..words.len().saturating_sub(1)).unwrap_or_default().to_vec()
    };
    for i in middle.into_iter().chain(words.iter().copied().filter(|&i| is_patronymic(&tokens[i].text))) {
        costs[i] = MIDDLE_MISSING_COST;
    }
    costs
}

/// East-Slavic patronymics (Sergeyevich, Petrovna, Ilyich): optional in how people give their name.
fn is_patronymic(word: &str) -> bool {
    const SUFFIXES: &[&str] = &["ovich", "evich", "ovna", "evna", "ichna", "ilyich", "ich"];
    word.len() >= 6 && SUFFIXES.iter().any(|s| word.ends_with(s))
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
