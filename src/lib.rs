//! Barnets bästa-hjulet: children and guardians give their own view of the seven life areas of
//! Kronoberg's wellbeing wheel before a meeting. Everything stays on the device until shared.
//!
//! - [`domain`]: the wheel, drafts and their saved form (plain Rust, tested natively);
//! - [`i18n`]: Fluent messages, Swedish as source and fallback;
//! - [`browser`]: the only code that touches browser APIs;
//! - [`pages`] (one module per route) and [`components`] (what the user sees).

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod routes;
pub mod state;
pub mod wheel_geometry;

pub use app::{App, MeetingApp};
