//! Transliteration and cross-system folding, one module per writing system. Each module's tables
//! live as consts naming the standard they follow, with tests on that standard's own examples.

pub mod arabic;
pub mod burmese;
pub mod cyrillic;
pub mod generic;
pub mod han;
pub mod hangul;
pub mod hebrew;
pub mod indic;
pub mod mandarin_hangul;
pub mod sino_korean;
pub mod somali;
pub mod thai;
pub mod vietnamese;
