//! In the area panel: what the child said, on the child's own device, about what the last
//! meeting agreed here (it happened or not, how it feels now), brought in with the child's new
//! wheel. It opens the follow-up when there is one.

use crate::domain::promise::marks_on;
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::professionals_only::ProfessionalsOnly;
use crate::ui::marks_list::MarksList;
use leptos::prelude::*;

#[component]
pub fn ChildMarks(child: Draft, area_id: String) -> impl IntoView {
    let t = use_translate();
    let marks: Vec<_> = marks_on(&child.action_marks, &area_id).cloned().collect();
    let only_professionals = !child.for_everyone(&area_id);
    let name = if child.nickname.is_empty() {
        t.get(ids::meeting::MEETING_TAG_CHILD)
    } else {
        child.nickname.clone()
    };
    (!marks.is_empty()).then(|| {
        view! {
            <ProfessionalsOnly only_professionals>
                <div class="child-marks">
                    <h4>{t.get_with(ids::meeting::MEETING_CHILD_MARKS, &[("name", name.into())])}</h4>
                    <MarksList marks />
                </div>
            </ProfessionalsOnly>
        }
    })
}
