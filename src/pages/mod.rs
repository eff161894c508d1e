//! One module per route.

pub mod area;
pub mod draft_scope;
pub mod not_found;
pub mod plan;
pub mod share;
pub mod start;
pub mod wheel;
