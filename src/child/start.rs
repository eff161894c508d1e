//! `/`: what this is, start a new wheel, or continue one already on this device.

use crate::browser::offline::ask_to_keep_storage;
use crate::browser::page_life::{forget_left, when_shown_from_cache};
use crate::browser::{random::new_draft_id, storage};
use crate::child::delete_everything::DeleteEverything;
use crate::child::nickname_field::NicknameField;
use crate::child::saved_drafts::{DraftSummary, SavedDrafts};
use crate::domain::{AgeBand, Draft, Perspective};
use crate::i18n::{use_translate, Wording, WordingContext};
use crate::ids;
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::ui::age_band_choice::{AgeBandChoice, PerspectiveChoice};
use crate::ui::app_link::AppLink;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::{AutoRead, ReadAloud};
use crate::ui::wheel_geometry::point_in_segment;
use chrono::Utc;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn StartPage() -> impl IntoView {
    let age = RwSignal::new(AgeBand::Middle);
    let who = RwSignal::new(Perspective::Child);
    // The page's own wording follows the choices below: a young child gets fewer words, a
    // guardian adult wording.
    provide_context(WordingContext(Signal::derive(move || Wording {
        age: age.get(),
        who: who.get(),
    })));
    let t = use_translate();
    let stored = RwSignal::new(storage::load_all());
    // Shown again by Back from the back-forward cache: wheels may have been deleted (or added)
    // in another tab meanwhile, and this page heard nothing.
    when_shown_from_cache(move || stored.set(storage::load_all()));
    let nickname = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let is_guardian = move || who.get() == Perspective::Guardian;
    let start_failed = RwSignal::new(false);
    let navigate = use_navigate();

    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (id, name, band, now) = (
            new_draft_id(),
            nickname.get_untracked(),
            age.get_untracked(),
            Utc::now(),
        );
        let draft = match who.get_untracked() {
            Perspective::Child => Draft::new_child(id, &name, band, now),
            // The start page offers child and guardian; professionals add theirs at the meeting.
            Perspective::Guardian | Perspective::Professional => Draft::new_adult(
                Perspective::Guardian,
                id,
                &name,
                &author.get_untracked(),
                band,
                now,
            ),
        };
        match storage::save_new(&draft) {
            Ok(()) => {
                // A wheel is on the device now: an unvisited app must not be wiped after a week.
                ask_to_keep_storage();
                forget_left();
                navigate(&AppPath::Wheel(draft.id).href(), Default::default())
            }
            Err(_) => start_failed.set(true),
        }
    };

    view! {
        <div class="start-page">
            <section class="intro">
                <WheelRing />
                <div>
                    <h1>{t.text(ids::START_HEADING)}</h1>
                    <p class="lead">
                        {t.text(ids::START_INTRO)}
                        <ReadAloud text=Signal::derive(t.text(ids::START_INTRO)) />
                    </p>
                    <AutoRead text=Signal::derive(move || format!("{}. {}", t.get(ids::START_HEADING), t.get(ids::START_INTRO))) />
                </div>
            </section>
            <SavedDrafts
                drafts=Signal::derive({
                    let wheel = use_wheel();
                    move || stored.with(|s| DraftSummary::all(s, &wheel))
                })
                on_deleted=Callback::new(move |_| stored.set(storage::load_all()))
            />
            <Show when=move || stored.with(|s| !s.damaged_keys.is_empty())>
                <p class="notice" role="status">
                    {move || t.get_with(ids::STORED_DAMAGED, &[("count", stored.with(|s| s.damaged_keys.len()).into())])}
                </p>
            </Show>
            <form class="new-draft" on:submit=start aria-labelledby="new-draft-heading">
                <h2 id="new-draft-heading">{t.text(ids::START_NEW_HEADING)}</h2>
                <PerspectiveChoice selected=who on_change=Callback::new(move |choice| who.set(choice)) />
                // The child names themself; a guardian names the child and then themself.
                {move || {
                    let guardian = is_guardian();
                    let (name_id, name_label, age_legend) = if guardian {
                        ("new-child-name", ids::START_CHILD_NAME_LABEL, ids::START_CHILD_AGE_LEGEND)
                    } else {
                        ("new-nickname", ids::START_NICKNAME_LABEL, ids::START_AGE_LEGEND)
                    };
                    view! {
                        <NicknameField
                            id=name_id
                            label=name_label
                            initial=nickname.get_untracked()
                            on_input=Callback::new(move |text| nickname.set(text))
                        />
                        {guardian.then(|| view! {
                            // Who may fill in besides a vårdnadshavare, before they say who they are.
                            <p class="guardian-explain">{t.text(ids::START_GUARDIAN_EXPLAIN)}</p>
                            <NicknameField
                                id="new-author"
                                label=ids::START_AUTHOR_LABEL
                                initial=author.get_untracked()
                                on_input=Callback::new(move |text| author.set(text))
                            />
                        })}
                        <AgeBandChoice
                            legend=age_legend
                            name="new-age-band"
                            selected=age
                            on_change=Callback::new(move |band| age.set(band))
                        />
                    }
                }}
                <button type="submit" class="button primary big">
                    <Pictogram src="pictograms/ui/start.svg" class="icon" />
                    <span>{move || t.get(if is_guardian() { ids::START_GUARDIAN_BUTTON } else { ids::START_BUTTON })}</span>
                </button>
                <Show when=move || start_failed.get()>
                    <p role="alert" class="error">{t.text(ids::SAVE_FAILED)}</p>
                </Show>
            </form>
            <section class="to-the-meeting" aria-labelledby="to-the-meeting-heading">
                <h2 id="to-the-meeting-heading">{t.text(ids::START_PLAN_HEADING)}</h2>
                <p>{t.text(ids::START_PLAN_TEXT)}</p>
                <AppLink to=AppPath::Meeting class="button">
                    <Pictogram src="pictograms/ui/plan.svg" class="icon" />
                    <span>{t.text(ids::START_PLAN_BUTTON)}</span>
                </AppLink>
                <AppLink to=AppPath::Classroom class="button">
                    <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                    <span>{t.text(ids::NAV_CLASSROOM)}</span>
                </AppLink>
            </section>
            <DeleteEverything on_deleted=Callback::new(move |_| stored.set(storage::load_all())) />
        </div>
    }
}

/// The seven area pictograms in a ring: a picture of what the wheel is before it is opened.
#[component]
fn WheelRing() -> impl IntoView {
    let wheel = use_wheel();
    let count = wheel.areas.len();
    let pictures = wheel
        .areas
        .iter()
        .enumerate()
        .map(|(index, area)| {
            let at = point_in_segment(index, count, 38.0);
            let style = format!(
                "left: {:.1}%; top: {:.1}%; background: {}",
                50.0 + at.x,
                50.0 + at.y,
                area.colour
            );
            view! {
                <span class="ring-item" style=style>
                    <Pictogram src=area.pictogram.clone() />
                </span>
            }
        })
        .collect_view();
    view! { <div class="wheel-ring" aria-hidden="true">{pictures}</div> }
}
