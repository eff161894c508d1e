//! Browser edges. Components reach storage, randomness and the document only through these
//! small modules, so the rest of the app stays plain Rust.

pub mod document;
pub mod random;
pub mod storage;
