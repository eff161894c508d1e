//! Every path of the app in one place. The router's patterns in `src/app/mod.rs` mirror these.

use crate::domain::{AgeBand, DraftId, Perspective};

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
    /// A new wheel for who answers (the child, or a guardian about the child) and the child's
    /// age: asks for the name and starts it. The start page's links lead here, so that a tap on
    /// the static start page (before the app has arrived) does what it says, and no name ever
    /// goes into a URL.
    NewDraft(Perspective, AgeBand),
    /// One draft's wheel.
    Wheel(DraftId),
    /// One area of a draft's wheel.
    Area(DraftId, String),
    /// What of a draft will be shared, and the ways to share it.
    Share(DraftId),
    /// Takes in the meeting's summary for the child with the camera ("Ta emot från mötet").
    Receive,
    /// The collaboration meeting and its Barnets plan draft, from shared files.
    Meeting,
    /// The meeting's second window, for the projector: only what everyone in the room may see,
    /// sent by the meeting's own window.
    Projector,
    /// The wheel for lessons: nothing about any pupil is asked or stored.
    Classroom,
}

impl AppPath {
    pub fn href(&self) -> String {
        match self {
            Self::Start => "/".to_owned(),
            Self::NewDraft(who, age) => format!("/new/{}/{}", who.key(), age.wording_key()),
            Self::Wheel(draft) => format!("/wheel/{draft}"),
            Self::Area(draft, area) => format!("/wheel/{draft}/{area}"),
            Self::Share(draft) => format!("/share/{draft}"),
            Self::Receive => "/receive".to_owned(),
            Self::Meeting => "/meeting".to_owned(),
            Self::Projector => "/meeting/projector".to_owned(),
            Self::Classroom => "/classroom".to_owned(),
        }
    }

    pub fn page(&self) -> Page {
        match self {
            Self::Meeting | Self::Projector | Self::Classroom => Page::Meeting,
            _ => Page::Child,
        }
    }

    /// A link's `rel`: `external` when the path is on the other page, so that the router lets
    /// the browser load that page instead of looking for the path among its own routes.
    pub fn rel_from(&self, here: Page) -> Option<&'static str> {
        (self.page() != here).then_some("external")
    }
}

/// The choices a new wheel's path carries (`/new/:who/:age`), read back; `None` for anything
/// the start page never links to.
pub fn new_draft_choice(who: &str, age: &str) -> Option<(Perspective, AgeBand)> {
    let who = match who {
        "child" => Perspective::Child,
        // The start page offers child and guardian; professionals add theirs at the meeting.
        "guardian" => Perspective::Guardian,
        _ => return None,
    };
    let age = AgeBand::ALL
        .into_iter()
        .find(|band| band.wording_key() == age)?;
    Some((who, age))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_new_wheel_link_is_read_back_as_the_same_choice() {
        for who in [Perspective::Child, Perspective::Guardian] {
            for age in AgeBand::ALL {
                let href = AppPath::NewDraft(who, age).href();
                let mut parts = href.trim_start_matches("/new/").split('/');
                let (Some(w), Some(a)) = (parts.next(), parts.next()) else {
                    panic!("{href}")
                };
                assert_eq!(new_draft_choice(w, a), Some((who, age)), "{href}");
            }
        }
    }

    #[test]
    fn a_path_the_start_page_never_links_to_is_no_choice() {
        assert_eq!(new_draft_choice("professional", "young"), None);
        assert_eq!(new_draft_choice("child", "4-7"), None);
        assert_eq!(new_draft_choice("", ""), None);
    }
}
