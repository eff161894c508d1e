//! The board: one big wheel where every segment carries a face per perspective, and beside it who
//! is who, the chosen area (the child's contribution first) and the
//! professional's own view. Shown once someone's view has been brought in.

use crate::domain::meeting::tagged;
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::area_panel::AreaPanel;
use crate::meeting::professional::ProfessionalView;
use crate::stores::meeting::Meeting;
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::choosing_wheel::{tag_text, ChoosingWheel};
use crate::ui::plan_labels::who_label;
use leptos::prelude::*;

#[component]
pub fn MeetingBoard(meeting: Meeting, screen: MeetingScreen) -> impl IntoView {
    let t = use_translate();
    let included = meeting.included();
    let selected = screen.chosen;
    let shown = screen.shown();
    view! {
        <Show when=move || !included.with(Vec::is_empty)>
            <section class="meeting-board" aria-labelledby="meeting-wheel-heading">
                <h2 id="meeting-wheel-heading" class="visually-hidden">{t.text(ids::meeting::MEETING_WHEEL_LABEL)}</h2>
                <ChoosingWheel label=ids::meeting::MEETING_WHEEL_LABEL drafts=shown selected />
                <div class="meeting-side">
                    <MeetingLegend drafts=included />
                    <AreaPanel selected drafts=shown earlier=screen.shown_earlier() journey=screen.journey() />
                    <ProfessionalView selected meeting />
                </div>
            </section>
        </Show>
    }
}

/// Who is who on the wheel: each tag with the perspective's full label.
#[component]
pub fn MeetingLegend(#[prop(into)] drafts: Signal<Vec<Draft>>) -> impl IntoView {
    let t = use_translate();
    let entries = move || {
        drafts.with(|drafts| {
            tagged(drafts)
                .into_iter()
                .map(|(tag, draft)| {
                    view! {
                        <li data-perspective=tag.perspective.key()>
                            <strong class="meeting-tag">{tag_text(t, tag)}</strong>
                            " "
                            <span>{who_label(t, draft)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <ul class="meeting-legend" aria-label=t.text(ids::meeting::MEETING_LEGEND)>
            {entries}
        </ul>
    }
}
