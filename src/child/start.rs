//! `/`: what this is, start a new wheel, or continue one already on this device. The same
//! components, less what needs the app, are the static start page the build renders
//! (`examples/prerender.rs`).

use crate::browser::page_life::when_shown_from_cache;
use crate::browser::storage;
use crate::child::delete_everything::DeleteEverything;
use crate::child::saved_drafts::{DraftSummary, SavedDrafts};
use crate::domain::{AgeBand, Perspective};
use crate::i18n::{use_translate, Translate};
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::ui::age_band_choice::age_pictogram_class;
use crate::ui::app_link::AppLink;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::{AutoRead, ReadAloud};
use crate::ui::static_page::is_static_page;
use crate::ui::wheel_geometry::point_in_segment;
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let stored = RwSignal::new(storage::load_all());
    // Shown again by Back from the back-forward cache: wheels may have been deleted (or added)
    // in another tab meanwhile, and this page heard nothing.
    when_shown_from_cache(move || stored.set(storage::load_all()));
    let t = use_translate();
    view! {
        <div class="start-page">
            <StartIntro />
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
            <StartChoices />
            <ToTheMeeting />
            <DeleteEverything on_deleted=Callback::new(move |_| stored.set(storage::load_all())) />
        </div>
    }
}

/// What the wheel is, as a picture and a few words a child can have read aloud.
#[component]
pub fn StartIntro() -> impl IntoView {
    let t = use_translate();
    view! {
        <section class="intro">
            <WheelRing />
            <div>
                <h1>{t.text(ids::START_HEADING)}</h1>
                <p class="lead">
                    {t.text(ids::START_INTRO)}
                    <ReadAloud text=Signal::derive(t.text(ids::START_INTRO)) />
                </p>
                {(!is_static_page()).then(|| view! {
                    <AutoRead text=Signal::derive(move || format!("{}. {}", t.get(ids::START_HEADING), t.get(ids::START_INTRO))) />
                })}
            </div>
        </section>
    }
}

/// How the start page and the new wheel's page show who answers: pictogram, words, and the
/// message that says the child's age from that person's side ("Jag är …" / "Barnet är …").
#[derive(Clone, Copy)]
pub(crate) struct WhoAnswers {
    pub icon: &'static str,
    pub label: MessageId,
    age_link: MessageId,
}

impl WhoAnswers {
    pub fn of(who: Perspective) -> Self {
        match who {
            Perspective::Child => Self {
                icon: "pictograms/ui/child.svg",
                label: ids::WHO_CHOICE_CHILD,
                age_link: ids::START_CHILD_AGE_LINK,
            },
            // The start page offers child and guardian; professionals add theirs at the meeting.
            Perspective::Guardian | Perspective::Professional => Self {
                icon: "pictograms/ui/guardian.svg",
                label: ids::WHO_CHOICE_GUARDIAN,
                age_link: ids::START_GUARDIAN_AGE_LINK,
            },
        }
    }

    /// "Jag är 8–12 år" / "Barnet är 8–12 år".
    pub fn age_text(&self, t: Translate, age: AgeBand) -> String {
        t.get_with(self.age_link, &[("years", t.get(age.message_id()).into())])
    }
}

/// Starting a new wheel: who answers and how old the child is, as plain links
/// ([`AppPath::NewDraft`]) that work by navigation — on the static start page before the app has
/// arrived, too. The name is asked on the page they lead to, so it never goes into a URL.
#[component]
pub fn StartChoices() -> impl IntoView {
    let t = use_translate();
    let group = move |who: Perspective| {
        let shown = WhoAnswers::of(who);
        let links = AgeBand::ALL
            .into_iter()
            .map(|age| {
                view! {
                    <li>
                        <AppLink to=AppPath::NewDraft(who, age) class="button big start-link">
                            <Pictogram src="pictograms/ui/person.svg" class=age_pictogram_class(age) />
                            <span>{move || shown.age_text(t, age)}</span>
                        </AppLink>
                    </li>
                }
            })
            .collect_view();
        let heading = view! {
            <h3>
                <Pictogram src=shown.icon class="icon who-icon" />
                <span>{t.text(shown.label)}</span>
            </h3>
        };
        (heading, view! { <ul class="start-links">{links}</ul> })
    };
    let (child_heading, child_links) = group(Perspective::Child);
    let (guardian_heading, guardian_links) = group(Perspective::Guardian);
    view! {
        <section class="new-draft" aria-labelledby="new-draft-heading">
            <h2 id="new-draft-heading">{t.text(ids::START_NEW_HEADING)}</h2>
            <div class="start-group">
                {child_heading}
                {child_links}
            </div>
            <div class="start-group">
                {guardian_heading}
                // Who may fill in besides a vårdnadshavare, before they choose.
                <p class="guardian-explain">{t.text(ids::START_GUARDIAN_EXPLAIN)}</p>
                {guardian_links}
            </div>
            // After a meeting: its summary onto this device, read with the camera.
            <p class="start-receive">
                <AppLink to=AppPath::Receive class="button">
                    <Pictogram src="pictograms/ui/codes.svg" class="icon" />
                    <span>{t.text(ids::RECEIVE_LINK)}</span>
                </AppLink>
            </p>
        </section>
    }
}

/// The way to the meeting's page and the classroom's.
#[component]
pub fn ToTheMeeting() -> impl IntoView {
    let t = use_translate();
    view! {
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
