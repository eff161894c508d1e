//! What the user sees, one file per visible piece.

pub mod age_band_choice;
pub mod app_header;
pub mod child_summary;
pub mod choosing_wheel;
pub mod contact_fields;
pub mod delete_everything;
pub mod disclosure;
pub mod face_scale;
pub mod file_import;
pub mod file_lock_choice;
pub mod help_now;
pub mod language_picker;
pub mod new_passphrase;
pub mod nickname_field;
pub mod passphrase_lock;
pub mod perspective_card;
pub mod pictogram;
pub mod picture_choice;
pub mod privacy_note;
pub mod read_aloud;
pub mod responsible_guide;
pub mod safety_alert;
pub mod saved_drafts;
pub mod unlock_form;
pub mod wheel_picture;
pub mod words_fields;
