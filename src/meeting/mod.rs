//! The samverkansmöte on a projector: the board with every perspective, Barnets plan and the
//! summary for the child. The meeting lives only in the tab's sessionStorage.

pub mod contact_fields;
pub mod import;
pub mod page;
pub mod perspective_card;
pub mod summary;
