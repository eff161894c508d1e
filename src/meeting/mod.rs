//! The samverkansmöte on a projector: the page, the board with every perspective, the plan's
//! parts, consent, ending the meeting and the summary for the child. The meeting itself (what is
//! brought in and typed) is `stores::meeting`, kept only in the tab's sessionStorage.

pub mod area_actions;
pub mod area_panel;
pub mod board;
pub mod brought_media;
pub mod camera_import;
pub mod child_marks;
pub mod child_voice;
pub mod consent;
pub mod contact_fields;
pub mod end;
pub mod import;
pub mod page;
pub mod perspective_card;
pub mod perspective_list;
pub mod plan_actions;
pub mod plan_area;
pub mod plan_details;
pub mod plan_document;
pub mod preparation;
pub mod professional;
pub mod professionals_only;
pub mod projector;
pub mod projector_controls;
pub mod summary;
pub mod summary_codes;
pub mod text_field;
