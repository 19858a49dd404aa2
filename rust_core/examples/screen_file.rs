//! Screens a file of names against a list file, without Python: for profiling the core with
//! `perf` or `valgrind`. List: `entity_id<TAB>name<TAB>name_kind<TAB>entity_type` per line.
//! Queries: one name per line, or `name<TAB>entity_type` as `matcher.screen`'s kinds column gives
//! them. Prints build and screening times and the hit count.
//!
//!     cargo run --release --example screen_file -- LIST.tsv QUERIES.txt [THRESHOLD]

use std::time::Instant;

use arrow_array::{Array, StringArray};
use sanctions_screen_core::column::StrColumn;
use sanctions_screen_core::matcher::{Config, EntityType, ListEntry, Matcher, Search};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, list, queries, rest @ ..] = args.as_slice() else {
        eprintln!("usage: screen_file LIST.tsv QUERIES.txt [THRESHOLD]");
        std::process::exit(2);
    };
    let threshold = rest.first().map_or(0.8, |t| t.parse().expect("threshold is a number"));
    let list = std::fs::read_to_string(list).expect("list file readable");
    let entries = list.lines().filter_map(|line| {
        let mut f = line.split('\t');
        let (id, name, kind, kind_of) = (f.next()?, f.next()?, f.next()?, f.next()?);
        Some(ListEntry { entity_id: id, name, name_kind: kind, entity_type: EntityType::parse(Some(kind_of))? })
    });
    let start = Instant::now();
    let matcher = Matcher::build(entries, Config::new(threshold, 5).expect("valid config"));
    println!("build: {:.3}s {:?}", start.elapsed().as_secs_f64(), matcher.stats());

    let text = std::fs::read_to_string(queries).expect("queries file readable");
    let (names, kinds): (Vec<&str>, Vec<Option<&str>>) =
        text.lines().map(|line| line.split_once('\t').map_or((line, None), |(name, kind)| (name, Some(kind)))).unzip();
    let (names, kinds) = (StringArray::from(names), StringArray::from(kinds));
    let kinds = (kinds.null_count() < kinds.len()).then(|| StrColumn::new(&kinds).expect("strings"));
    let start = Instant::now();
    let hits = matcher.screen(StrColumn::new(&names).expect("strings"), kinds, Search::Indexed).expect("screen");
    let secs = start.elapsed().as_secs_f64();
    println!("screen: {} names in {secs:.3}s = {:.0} names/s, {} hits", names.len(), names.len() as f64 / secs, hits.len());
}
