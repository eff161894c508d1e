//! On the share screen, under an area: the child's marks on what the meeting agreed there, as
//! they will leave with the wheel (only marked cards; see `Draft::shared_copy`).

use crate::domain::promise::marks_on;
use crate::i18n::use_translate;
use crate::ids;
use crate::stores::draft_session::CurrentDraft;
use crate::ui::marks_list::MarksList;
use leptos::prelude::*;

#[component]
pub fn SharedMarks(area_id: String) -> impl IntoView {
    let t = use_translate();
    let CurrentDraft(draft) = expect_context();
    move || {
        let marks: Vec<_> = draft.with(|d| marks_on(&d.action_marks, &area_id).cloned().collect());
        (!marks.is_empty()).then(|| {
            view! {
                <div class="shared-marks">
                    <h3>{t.text(ids::SHARE_MARKS_HEADING)}</h3>
                    <MarksList marks />
                </div>
            }
        })
    }
}
