//! Every path of the app in one place. The router's patterns in `src/app/mod.rs` mirror these.

use crate::domain::DraftId;

/// The app is two pages, each with its own wasm, so that a child's first visit downloads only
/// what the child uses. The host serves the meeting page's HTML for its paths (`scripts/pages.mjs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// Start, wheel and share: what children and guardians use (`index.html`).
    Child,
    /// The meeting and the classroom: what professionals and teachers use
    /// (`meeting-app/index.html`).
    Meeting,
}

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

    pub fn page(&self) -> Page {
        match self {
            Self::Meeting | Self::Classroom => Page::Meeting,
            _ => Page::Child,
        }
    }

    /// A link's `rel`: `external` when the path is on the other page, so that the router lets
    /// the browser load that page instead of looking for the path among its own routes.
    pub fn rel_from(&self, here: Page) -> Option<&'static str> {
        (self.page() != here).then_some("external")
    }
}
