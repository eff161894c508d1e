//! The child's and the guardian's pages: the start page with the saved wheels, a draft's scope
//! (unlocking, saving), the wheel, an area and the share screen, with the widgets only they use.

pub mod area;
pub mod delete_everything;
pub mod draft_scope;
pub mod drawing_pad;
pub mod kept_media;
pub mod new_draft;
pub mod nickname_field;
pub mod passphrase_lock;
pub mod promised;
pub mod receive;
pub mod responsible_guide;
pub mod safety_alert;
pub mod saved_drafts;
pub mod share;
pub mod share_codes;
pub mod share_this_computer;
pub mod shared_marks;
pub mod start;
pub mod voice_note;
pub mod wheel;
pub mod who_may_see;
