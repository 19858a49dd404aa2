//! The sanctions-screen core: everything done per name. Plain Rust; the PyO3 binding lives in
//! `python` behind the `python` feature, so `cargo test` needs no Python.

pub mod column;
pub mod error;
pub mod normalize;

#[cfg(feature = "python")]
mod python;

pub use error::{CoreError, Result};
