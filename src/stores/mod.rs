//! App state that pages read and write through: the draft session, the meeting, the language.

pub mod draft_session;
pub mod language;
pub mod meeting;
pub mod meeting_screen;
