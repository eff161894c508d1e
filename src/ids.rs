//! Every message id of the Swedish source (`locales/sv/*.ftl`), as constants that `build.rs`
//! makes: a view, a domain error or a notice names its text with one of these, so an id that
//! does not exist does not compile, wherever it is passed along. Ids that content files make
//! (an area's name, its classroom prompts) are checked where that content is read: `build.rs`
//! for the wheel, `tests/classroom_content.rs` for the classroom.
//!
//! The meeting's and the classroom's ids are in [`meeting`]: the child's page does not load
//! those files, and `tests/locales.rs` checks that only the meeting's page names them.

/// The id of a message that exists in Swedish, the source every language is checked against.
/// Only the constants below make one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MessageId(&'static str);

impl AsRef<str> for MessageId {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl MessageId {
    pub const fn as_str(self) -> &'static str {
        self.0
    }
}

include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));
