//! `/`: what this is, start a new wheel, or continue one already on this device.

use crate::browser::offline::ask_to_keep_storage;
use crate::browser::page_life::{forget_left, when_shown_from_cache};
use crate::browser::{random::new_draft_id, storage};
use crate::child::delete_everything::DeleteEverything;
use crate::child::nickname_field::NicknameField;
use crate::child::saved_drafts::{DraftSummary, SavedDrafts};
use crate::domain::{AgeBand, Draft, Perspective};
use crate::i18n::{use_translate, Wording, WordingContext};
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
            Perspective::Guardian | Perspective::Professional => {
                Draft::new_guardian(id, &name, &author.get_untracked(), band, now)
            }
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
                    <h1>{t.text("start-heading")}</h1>
                    <p class="lead">
                        {t.text("start-intro")}
                        <ReadAloud text=Signal::derive(t.text("start-intro")) />
                    </p>
                    <AutoRead text=Signal::derive(move || format!("{}. {}", t.get("start-heading"), t.get("start-intro"))) />
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
                    {move || t.get_with("stored-damaged", &[("count", stored.with(|s| s.damaged_keys.len()).into())])}
                </p>
            </Show>
            <form class="new-draft" on:submit=start aria-labelledby="new-draft-heading">
                <h2 id="new-draft-heading">{t.text("start-new-heading")}</h2>
                <PerspectiveChoice selected=who on_change=Callback::new(move |choice| who.set(choice)) />
                <Show
                    when=is_guardian
                    fallback=move || {
                        view! {
                            <NicknameField
                                id="new-nickname"
                                label="start-nickname-label"
                                initial=nickname.get_untracked()
                                on_input=Callback::new(move |text| nickname.set(text))
                            />
                            <AgeBandChoice
                                legend="start-age-legend"
                                name="new-age-band"
                                selected=age
                                on_change=Callback::new(move |band| age.set(band))
                            />
                        }
                    }
                >
                    <NicknameField
                        id="new-child-name"
                        label="start-child-name-label"
                        initial=nickname.get_untracked()
                        on_input=Callback::new(move |text| nickname.set(text))
                    />
                    <NicknameField
                        id="new-author"
                        label="start-author-label"
                        initial=author.get_untracked()
                        on_input=Callback::new(move |text| author.set(text))
                    />
                    <AgeBandChoice
                        legend="start-child-age-legend"
                        name="new-age-band"
                        selected=age
                        on_change=Callback::new(move |band| age.set(band))
                    />
                </Show>
                <button type="submit" class="button primary big">
                    <Pictogram src="pictograms/ui/start.svg" class="icon" />
                    <span>{move || t.get(if is_guardian() { "start-guardian-button" } else { "start-button" })}</span>
                </button>
                <Show when=move || start_failed.get()>
                    <p role="alert" class="error">{t.text("save-failed")}</p>
                </Show>
            </form>
            <section class="to-the-meeting" aria-labelledby="to-the-meeting-heading">
                <h2 id="to-the-meeting-heading">{t.text("start-plan-heading")}</h2>
                <p>{t.text("start-plan-text")}</p>
                <AppLink to=AppPath::Meeting class="button">
                    <Pictogram src="pictograms/ui/plan.svg" class="icon" />
                    <span>{t.text("start-plan-button")}</span>
                </AppLink>
                <AppLink to=AppPath::Classroom class="button">
                    <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                    <span>{t.text("nav-classroom")}</span>
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
