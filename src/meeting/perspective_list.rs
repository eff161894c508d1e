//! Who is in the meeting: each perspective brought in, with a box to take it into the plan or
//! leave it out and a button to remove it; an earlier plan's perspectives with a box each, so that
//! someone who must stay hidden (a guardian the child is protected from) can be left out there too.

use crate::domain::DraftId;
use crate::i18n::use_translate;
use crate::ids;
use crate::stores::meeting::Meeting;
use crate::ui::pictogram::Pictogram;
use crate::ui::plan_labels::who_label;
use leptos::prelude::*;

#[component]
pub fn PerspectiveList(meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    // Only bringing in or leaving out a perspective redraws the list, not typing in the plan.
    let brought_in = Memo::new(move |_| {
        meeting.with(|w| {
            let earlier = w
                .earlier
                .as_ref()
                .map_or_else(Vec::new, |e| e.perspectives.clone());
            (w.perspectives.clone(), earlier, w.left_out.clone())
        })
    });
    let include_box = move |id: DraftId, taken: bool, label: String| {
        view! {
            <label class="plan-include">
                <input
                    type="checkbox"
                    prop:checked=taken
                    on:change=move |ev| {
                        let take = event_target_checked(&ev);
                        let id = id.clone();
                        meeting.edit(move |w| {
                            if take { w.left_out.remove(&id); } else { w.left_out.insert(id); }
                        });
                    }
                />
                <span>{label}</span>
            </label>
        }
    };
    let perspectives = move || {
        brought_in.with(|(drafts, earlier, left_out)| {
            let now = drafts.iter().map(|draft| {
                let id = draft.id.clone();
                let name = format!("{} · {}", who_label(t, draft), draft.nickname);
                let include = t.get_with(ids::PLAN_INCLUDE, &[("name", name.clone().into())]);
                let remove_label = t.get_with(ids::meeting::PLAN_REMOVE, &[("name", name.into())]);
                view! {
                    <li>
                        {include_box(id.clone(), !left_out.contains(&id), include)}
                        <button
                            type="button"
                            class="button quiet"
                            on:click=move |_| {
                                meeting.remove(&id);
                            }
                        >
                            <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                            <span>{remove_label}</span>
                        </button>
                    </li>
                }
                .into_any()
            });
            let then = earlier.iter().map(|draft| {
                let name = format!("{} · {}", who_label(t, draft), draft.nickname);
                let include =
                    t.get_with(ids::meeting::PLAN_INCLUDE_EARLIER, &[("name", name.into())]);
                let id = draft.id.clone();
                view! { <li>{include_box(id.clone(), !left_out.contains(&id), include)}</li> }
                    .into_any()
            });
            now.chain(then).collect_view()
        })
    };
    view! {
        <section class="plan-perspectives no-print" aria-labelledby="plan-perspectives-heading">
            <h2 id="plan-perspectives-heading">{t.text(ids::PLAN_PERSPECTIVES_HEADING)}</h2>
            <ul>{perspectives}</ul>
        </section>
    }
}
