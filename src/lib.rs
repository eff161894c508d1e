//! Barnets bästa-hjulet: children and guardians give their own view of the seven life areas of
//! Kronoberg's wellbeing wheel before a meeting. Everything stays on the device until shared.
//!
//! Dependencies run downward only, in this order from the bottom:
//! - [`ids`]: every message id of the Swedish source, as constants made at build time;
//! - [`domain`]: the wheel, drafts, plans, languages and their file formats (plain Rust, tested
//!   natively);
//! - [`routes`]: the app's typed paths;
//! - [`i18n`]: Fluent messages, Swedish as source and fallback;
//! - [`browser`]: the only code that touches browser APIs, one small adapter per concern;
//! - [`stores`]: app state the pages read and write through (the draft session, the meeting,
//!   the language);
//! - [`ui`]: picture components more than one part of the app shows;
//! - [`child`], [`meeting`], [`classroom`], [`reader`]: each part's pages and the widgets only it uses;
//! - [`app`]: the two apps and the shell around them.

// Leptos's server-side rendering (the `prerender` feature, used by the build step that renders
// the static start page) nests the view types deeper than the default limit.
#![recursion_limit = "256"]

pub mod app;
pub mod browser;
pub mod child;
pub mod classroom;
pub mod domain;
pub mod i18n;
pub mod ids;
pub mod meeting;
pub mod reader;
pub mod routes;
pub mod stores;
pub mod ui;

pub use app::{App, MeetingApp, ReaderApp};
