//! The domain: the wheel, drafts, answers and their saved form. Plain Rust with serde and chrono,
//! no browser APIs, so that it is tested natively with `cargo test`.

pub mod answer;
pub mod draft;
pub mod locked;
pub mod meeting;
pub mod plan;
pub mod saved;
pub mod settings;
pub mod share;
pub mod wheel;

pub use answer::{AreaAnswer, ScaleAnswer, WordsField};
pub use draft::{AgeBand, Draft, DraftId, Perspective};
pub use wheel::{AreaDefinition, WheelDefinition};
