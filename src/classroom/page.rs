//! `/classroom`: the wheel in a lesson, for promoting and preventive work. The teacher chooses
//! the class's age group and an area; the area opens to a child-worded explanation, prompts to
//! talk about, and the convention articles behind it. Nothing about any pupil is asked or stored:
//! the age group and the chosen area live only in this page's memory.

use crate::domain::{AgeBand, AreaDefinition, Perspective};
use crate::i18n::{use_translate, Translate, Wording, WordingContext};
use crate::ids;
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::ui::age_band_choice::AgeBandChoice;
use crate::ui::app_link::AppLink;
use crate::ui::choosing_wheel::ChoosingWheel;
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::read_aloud::ReadAloud;
use leptos::prelude::*;

/// A message whose lines are a list (prompts, articles): one item per non-empty line.
fn lines_of(t: Translate, id: &str) -> Vec<String> {
    t.content(id)
        .lines()
        .map(|line| line.trim_matches(['\u{2068}', '\u{2069}', ' ']).to_owned())
        .filter(|line| !line.is_empty())
        .collect()
}

#[component]
pub fn ClassroomPage() -> impl IntoView {
    let age = RwSignal::new(AgeBand::Middle);
    provide_context(WordingContext(Signal::derive(move || Wording {
        age: age.get(),
        who: Perspective::Child,
    })));
    let t = use_translate();
    let wheel = use_wheel();
    let selected = RwSignal::new(None::<String>);
    let area_view = move || {
        let area = selected
            .get()
            .and_then(|id| wheel.areas.iter().find(|a| a.id == id).cloned());
        match area {
            Some(area) => view! { <ClassroomArea area selected /> }.into_any(),
            None => {
                view! { <p class="meeting-hint">{t.text(ids::meeting::CLASSROOM_CHOOSE_AREA)}</p> }
                    .into_any()
            }
        }
    };
    view! {
        <div class="classroom-page">
            <h1>{t.text(ids::meeting::CLASSROOM_TITLE)}</h1>
            // The wheel first, so that on the projector it is there whole without scrolling; the
            // class's age group and the chosen area beside it, the notes for the teacher below.
            <div class="meeting-board">
                <ChoosingWheel label=ids::WHEEL_LABEL selected />
                <div class="meeting-side">
                    <AgeBandChoice
                        legend=ids::meeting::CLASSROOM_AGE_LEGEND
                        name="classroom-age"
                        selected=age
                        on_change=Callback::new(move |band| age.set(band))
                    />
                    {area_view}
                </div>
            </div>
            <p class="lead">{t.text(ids::meeting::CLASSROOM_INTRO)}</p>
            <p class="classroom-model">{t.text(ids::meeting::CLASSROOM_MODEL)}</p>
            <p class="privacy-note">
                <Pictogram src="pictograms/ui/private.svg" class="icon" />
                <span>{t.text(ids::meeting::CLASSROOM_NOTHING_STORED)}</span>
            </p>
            // What a teacher does when a pupil discloses something; nothing about the pupil is asked.
            <p class="notice duty-to-report" role="note">
                <Pictogram src="pictograms/ui/help.svg" class="icon" />
                <span>{t.text(ids::meeting::CLASSROOM_DUTY_TO_REPORT)}</span>
            </p>
            <p class="classroom-own-wheel">
                {t.text(ids::meeting::CLASSROOM_OWN_WHEEL)} " "
                <AppLink to=AppPath::Start>{t.text(ids::meeting::CLASSROOM_OWN_WHEEL_LINK)}</AppLink>
            </p>
        </div>
    }
}

#[component]
fn ClassroomArea(area: AreaDefinition, selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = use_translate();
    let id = area.id.clone();
    let explain_id = format!("classroom-{id}-explain");
    let prompts_id = format!("classroom-{id}-prompts");
    let articles_id = format!("classroom-{id}-articles");
    let list = move |message: String| {
        move || {
            lines_of(t, &message)
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        }
    };
    let explanation = {
        let explain_id = explain_id.clone();
        move || t.content(&explain_id)
    };
    let name_id = area.messages.name.clone();
    let title_id = area.messages.title.clone();
    view! {
        <section class="area-panel classroom-area" data-area=id.clone() aria-labelledby="classroom-area-heading">
            <h2 id="classroom-area-heading">
                <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                <span>{move || t.content(&name_id)} " – " {move || t.content(&title_id)}</span>
            </h2>
            <h3>{t.text(ids::meeting::CLASSROOM_EXPLAIN_HEADING)}</h3>
            <p class="classroom-explain">
                {explanation.clone()}
                <ReadAloud text=Signal::derive(explanation) />
            </p>
            <h3>{t.text(ids::meeting::CLASSROOM_PROMPTS_HEADING)}</h3>
            <ul class="classroom-prompts">{list(prompts_id)}</ul>
            <h3>{t.text(ids::meeting::CLASSROOM_ARTICLES_HEADING)}</h3>
            <ul class="classroom-articles">{list(articles_id)}</ul>
            <PictureButton
                icon="pictograms/ui/wheel.svg"
                label=ids::meeting::CLASSROOM_BACK
                kind="quiet"
                on_press=move |_| selected.set(None)
            />
        </section>
    }
}
