//! Picture components shared by more than one part of the app (the child's pages, the meeting,
//! the classroom): pictograms, picture buttons and choices, the wheel, read-aloud, help.

pub mod after_first_paint;
pub mod age_band_choice;
pub mod app_link;
pub mod choosing_wheel;
pub mod codes_box;
pub mod confirm;
pub mod copying;
pub mod disclosure;
pub mod drawing_picture;
pub mod face_scale;
pub mod feelings_choice;
pub mod file_lock_choice;
pub mod help_now;
pub mod journey_chart;
pub mod marks_list;
pub mod new_passphrase;
pub mod not_found;
pub mod picked_feelings;
pub mod pictogram;
pub mod picture_button;
pub mod picture_choice;
pub mod plan_labels;
pub mod print_button;
pub mod print_note;
pub mod read_aloud;
pub mod static_page;
pub mod unlock_form;
pub mod voice_player;
pub mod wheel_geometry;
pub mod wheel_picture;
pub mod words_fields;
