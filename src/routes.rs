//! Every path of the app in one place. The router's patterns in `app.rs` mirror these.

use crate::domain::DraftId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppPath {
    /// What this is; start a wheel or continue one.
    Start,
    /// One draft's wheel.
    Wheel(DraftId),
    /// One area of a draft's wheel.
    Area(DraftId, String),
    /// What of a draft will be shared, and the ways to share it.
    Share(DraftId),
    /// Barnets plan draft from shared files.
    Plan,
}

impl AppPath {
    pub fn href(&self) -> String {
        match self {
            Self::Start => "/".to_owned(),
            Self::Wheel(draft) => format!("/wheel/{draft}"),
            Self::Area(draft, area) => format!("/wheel/{draft}/{area}"),
            Self::Share(draft) => format!("/share/{draft}"),
            Self::Plan => "/plan".to_owned(),
        }
    }
}
