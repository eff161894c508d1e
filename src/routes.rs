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
    /// The collaboration meeting and its Barnets plan draft, from shared files.
    Meeting,
    /// The wheel for lessons: nothing about any pupil is asked or stored.
    Classroom,
}

impl AppPath {
    pub fn href(&self) -> String {
        match self {
            Self::Start => "/".to_owned(),
            Self::Wheel(draft) => format!("/wheel/{draft}"),
            Self::Area(draft, area) => format!("/wheel/{draft}/{area}"),
            Self::Share(draft) => format!("/share/{draft}"),
            Self::Meeting => "/meeting".to_owned(),
            Self::Classroom => "/classroom".to_owned(),
        }
    }
}
