//! The sanctions-screen core: everything done per name. Plain Rust; the PyO3 binding lives in
//! `python` behind the `python` feature, so `cargo test` needs no Python.
//!
//! A name goes `normalize` -> `name` (tokens, romanized by `translit`, with cross-system keys) ->
//! `index` (candidates by `keys`) -> `score` (aligned, weighted) -> `explain`; `matcher` runs
//! that over whole columns in parallel.

pub mod column;
pub mod error;
pub mod explain;
pub mod generic_words;
pub mod index;
pub mod keys;
pub mod matcher;
pub mod name;
pub mod normalize;
pub mod phonetic;
pub mod score;
pub mod translit;

#[cfg(feature = "python")]
mod python;

pub use error::{CoreError, Result};
