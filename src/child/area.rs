//! `/wheel/:draft/:area`: one area — its picture and text, the face scale, the feelings and the
//! child's words.

use crate::browser::document::focus_element;
use crate::child::drawing_pad::DrawingPad;
use crate::child::safety_alert::SafetyAlert;
use crate::child::voice_note::VoiceNote;
use crate::domain::wheel::HelpShown;
use crate::domain::{AreaDefinition, ScaleAnswer, WordsField};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::routes::AppPath;
use crate::stores::draft_session::{use_wheel, CurrentDraft, DraftEditor, OutsideChanges};
use crate::ui::face_scale::FaceScale;
use crate::ui::feelings_choice::FeelingsChoice;
use crate::ui::not_found::Problem;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::{AutoRead, ReadAloud};
use crate::ui::words_fields::WordsFields;
use leptos::prelude::*;
use leptos::Params;
use leptos_router::components::A;
use leptos_router::hooks::use_params;
use leptos_router::params::Params;

#[derive(Params, Debug, Clone, PartialEq)]
pub struct AreaParams {
    area: Option<String>,
}

#[component]
pub fn AreaPage() -> impl IntoView {
    let params = use_params::<AreaParams>();
    let area_id = Memo::new(move |_| params.read().as_ref().ok().and_then(|p| p.area.clone()));
    let wheel = use_wheel();
    let OutsideChanges(outside_changes) = expect_context();
    // Keyed on the area, and on changes from another tab: a fresh view reads the words anew.
    move || {
        outside_changes.track();
        area_view(area_id.get().and_then(|id| wheel.area(&id).cloned()))
    }
}

fn area_view(area: Option<AreaDefinition>) -> AnyView {
    match area {
        Some(area) => view! { <AreaView area /> }.into_any(),
        None => view! { <Problem message_id=ids::AREA_NOT_FOUND /> }.into_any(),
    }
}

#[component]
fn AreaView(area: AreaDefinition) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let editor: DraftEditor = expect_context();
    let draft_id = draft.with_untracked(|d| d.id.clone());
    let area_id = area.id.clone();

    let scale = {
        let area_id = area_id.clone();
        Memo::new(move |_| draft.with(|d| d.scale(&area_id)))
    };
    let set_scale = {
        let area_id = area_id.clone();
        Callback::new(move |answer: Option<ScaleAnswer>| {
            editor.edit(|d, now| d.set_scale(&area_id, answer, now));
        })
    };
    // The draft's age band says which faces it shows: three for the youngest, as the wheel says.
    let face_scale = {
        let wheel = wheel.clone();
        Memo::new(move |_| draft.with(|d| d.face_scale(&wheel)))
    };
    let feelings = {
        let area_id = area_id.clone();
        Memo::new(move |_| draft.with(|d| d.feelings(&area_id).cloned().unwrap_or_default()))
    };
    let toggle_feeling = {
        let area_id = area_id.clone();
        Callback::new(move |(feeling, picked): (String, bool)| {
            editor.edit(|d, now| d.set_feeling(&area_id, &feeling, picked, now));
        })
    };
    let initial_words =
        draft.with_untracked(|d| WordsField::ALL.map(|f| d.words(&area_id, f).to_owned()));
    let set_words = {
        let area_id = area_id.clone();
        Callback::new(move |(field, text): (WordsField, String)| {
            editor.edit(|d, now| d.set_words(&area_id, field, &text, now));
        })
    };
    let help = {
        let area = area.clone();
        Memo::new(move |_| {
            let need = area.help_for(scale.get()?.key())?;
            Some(HelpShown {
                need,
                areas: vec![area.id.clone()],
            })
        })
    };

    let articles = area
        .articles
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let article_count = area.articles.len();
    let (name_id, title_id, text_id) = (
        area.messages.name.clone(),
        area.messages.title.clone(),
        area.messages.text.clone(),
    );
    let heading_text = {
        let (name_id, title_id) = (name_id.clone(), title_id.clone());
        Signal::derive(move || format!("{}. {}", t.content(&name_id), t.content(&title_id)))
    };
    let area_text = {
        let text_id = text_id.clone();
        Signal::derive(move || t.content(&text_id))
    };

    let previous = wheel.previous_area(&area.id).cloned();
    let next = wheel.next_area(&area.id).cloned();
    let done_message = if next.is_some() {
        ids::NAV_WHEEL
    } else {
        ids::NAV_DONE
    };
    let nav_link = move |neighbour: AreaDefinition,
                         message: MessageId,
                         icon: &'static str,
                         rel: &'static str| {
        let href = AppPath::Area(draft_id.clone(), neighbour.id.clone()).href();
        let name_id = neighbour.messages.name.clone();
        view! {
            <A href=href attr:class=format!("button nav-{rel}") attr:rel=rel>
                <Pictogram src=icon class="icon" />
                <span>{move || t.get_with(message, &[("area", t.content(&name_id).into())])}</span>
            </A>
        }
    };
    let wheel_href = AppPath::Wheel(draft.with_untracked(|d| d.id.clone())).href();

    // Screen reader and keyboard users land on the new area's heading.
    Effect::new(move |_| focus_element("area-heading"));

    view! {
        <article class="area-page" data-area=area.id.clone()>
            <header class="area-header" style=format!("--area-colour: {}", area.colour)>
                <Pictogram src=area.pictogram.clone() class="area-pictogram" />
                <div>
                    <div class="with-read-aloud">
                        <h1 id="area-heading" tabindex="-1">
                            <span class="area-name">{move || t.content(&name_id)}</span>
                            <span class="area-title">{move || t.content(&title_id)}</span>
                        </h1>
                        <ReadAloud text=heading_text />
                    </div>
                    <p class="area-text">{area_text} <ReadAloud text=area_text /></p>
                    <AutoRead text=Signal::derive(move || {
                        format!("{} {} {}", heading_text.get(), area_text.get(), t.get(ids::AREA_SCALE_QUESTION))
                    }) />
                    <p class="area-articles">
                        {move || {
                            t.get_with(
                                ids::AREA_ARTICLES,
                                &[("count", article_count.into()), ("articles", articles.clone().into())],
                            )
                        }}
                    </p>
                </div>
            </header>
            <FaceScale scale=face_scale selected=scale on_change=set_scale />
            {move || help.get().map(|shown| view! { <SafetyAlert shown /> })}
            {(!wheel.feelings.is_empty()).then(|| view! {
                <FeelingsChoice feelings=wheel.feelings.clone() picked=feelings on_toggle=toggle_feeling />
            })}
            <WordsFields initial=initial_words on_input=set_words />
            <DrawingPad draft_id=draft.with_untracked(|d| d.id.clone()) area_id=area.id.clone() />
            <VoiceNote draft_id=draft.with_untracked(|d| d.id.clone()) area_id=area_id.clone() />
            <nav class="area-nav">
                {previous.map(|area| nav_link(area, ids::NAV_PREVIOUS, "pictograms/ui/arrow-prev.svg", "prev"))}
                <A href=wheel_href.clone() attr:class="button">
                    <Pictogram src="pictograms/ui/wheel.svg" class="icon" />
                    <span>{move || t.get(done_message)}</span>
                </A>
                {next.map(|area| nav_link(area, ids::NAV_NEXT, "pictograms/ui/arrow-next.svg", "next"))}
            </nav>
        </article>
    }
}
