//! One module per route.

pub mod area;
pub mod classroom;
pub mod draft_scope;
pub mod meeting;
pub mod not_found;
pub mod share;
pub mod start;
pub mod wheel;
