//! One module per route.

pub mod area;
pub mod draft_scope;
pub mod not_found;
pub mod start;
pub mod wheel;
