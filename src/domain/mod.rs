//! The domain: the wheel, drafts, answers and their saved form. Plain Rust with serde and chrono,
//! no browser APIs, so that it is tested natively with `cargo test`.

pub mod answer;
pub mod build_info;
pub mod draft;
pub mod drawing;
pub mod format;
pub mod handover;
pub mod help;
pub mod journey;
pub mod language;
pub mod meeting;
pub mod plan;
pub mod preparation;
pub mod promise;
pub mod room;
pub mod settings;
pub mod wheel;

pub use answer::{AreaAnswer, ScaleAnswer, WordsField};
pub use draft::{AgeBand, Draft, DraftId, Perspective};
pub use wheel::{AreaDefinition, WheelDefinition};
