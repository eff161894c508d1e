//! A professional's own view in the meeting: added once, answered area by area beside the
//! family's, always labelled as the professional's.

use crate::browser::random::new_draft_id;
use crate::domain::draft::MAX_NICKNAME_CHARS;
use crate::domain::plan::JoinProblem;
use crate::domain::{AgeBand, Draft, DraftId, Perspective, WordsField};
use crate::i18n::{use_translate, Wording, WordingContext};
use crate::ids;
use crate::meeting::import::join_problem_message;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::ui::disclosure::Disclosure;
use crate::ui::face_scale::FaceScale;
use crate::ui::pictogram::Pictogram;
use crate::ui::plan_labels::who_label;
use crate::ui::words_fields::WordsFields;
use chrono::Utc;
use leptos::context::Provider;
use leptos::prelude::*;

/// A professional's own view: added once, then answered area by area beside the others. It is
/// a perspective of its own, labelled as the professional's, never merged with the family's. It
/// is found by its id, so that leaving out or removing another perspective cannot point it at
/// someone else's answers.
#[component]
pub fn ProfessionalView(selected: RwSignal<Option<String>>, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let professional: Memo<Option<DraftId>> = Memo::new(move |_| {
        meeting.with(|w| {
            w.perspectives
                .iter()
                .find(|d| d.perspective == Perspective::Professional)
                .map(|d| d.id.clone())
        })
    });
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<JoinProblem>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let added = meeting.change(|w| {
            let child = w
                .perspectives
                .iter()
                .find(|d| d.perspective == Perspective::Child);
            let age = child.map_or(AgeBand::Middle, |d| d.age_band);
            let draft = Draft::new_adult(
                Perspective::Professional,
                new_draft_id(),
                &w.plan.child_name,
                &name.get_untracked(),
                age,
                Utc::now(),
            );
            w.bring_in(draft)
        });
        problem.set(added.and_then(Result::err));
    };
    move || {
        let Some(id) = professional.get() else {
            return view! {
                <Disclosure
                    class="professional-add"
                    icon="pictograms/ui/person.svg"
                    heading=ids::meeting::MEETING_PROFESSIONAL_HEADING
                >
                    <form on:submit=add>
                        <p>{t.text(ids::meeting::MEETING_PROFESSIONAL_EXPLAIN)}</p>
                        <label for="professional-name">{t.text(ids::meeting::MEETING_PROFESSIONAL_NAME)}</label>
                        <input
                            id="professional-name"
                            type="text"
                            autocomplete="off"
                            maxlength=MAX_NICKNAME_CHARS.to_string()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                        <button type="submit" class="button primary">
                            <Pictogram src="pictograms/ui/person.svg" class="icon" />
                            <span>{t.text(ids::meeting::MEETING_PROFESSIONAL_ADD)}</span>
                        </button>
                        <p class="form-error" role="alert">
                            {move || problem.get().map(|p| t.get(join_problem_message(p)))}
                        </p>
                    </form>
                </Disclosure>
            }
            .into_any();
        };
        let Some(area_id) = selected.get() else {
            return ().into_any();
        };
        // Adult wording about the child for the area's questions, for this view only: a
        // Provider scopes it, so nothing beside it reads the professional's wording.
        let adult = WordingContext(Signal::stored(Wording {
            age: AgeBand::Middle,
            who: Perspective::Professional,
        }));
        view! {
            <Provider value=adult>
                <ProfessionalAnswer id area_id meeting />
            </Provider>
        }
        .into_any()
    }
}

/// The professional's answer on one area: the face scale and the words, in adult wording.
#[component]
fn ProfessionalAnswer(id: DraftId, area_id: String, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let Some((who, answer)) = meeting.with_untracked(|w| {
        let draft = w.perspectives.iter().find(|d| d.id == id)?;
        Some((
            who_label(t, draft),
            draft.answer(&area_id).cloned().unwrap_or_default(),
        ))
    }) else {
        return ().into_any();
    };
    let area_name = use_wheel()
        .areas
        .iter()
        .find(|a| a.id == area_id)
        .map(|a| t.content(&a.messages.name))
        .unwrap_or_default();
    let scale = {
        let (area_id, id) = (area_id.clone(), id.clone());
        Memo::new(move |_| {
            meeting.with(|w| {
                w.perspectives
                    .iter()
                    .find(|d| d.id == id)
                    .and_then(|d| d.scale(&area_id))
            })
        })
    };
    let set_scale = {
        let (area_id, id) = (area_id.clone(), id.clone());
        Callback::new(move |answer| {
            meeting.edit(|w| {
                if let Some(draft) = w.perspective_mut(&id) {
                    draft.set_scale(&area_id, answer, Utc::now());
                }
            })
        })
    };
    let set_words = Callback::new(move |(field, text): (WordsField, String)| {
        meeting.edit(|w| {
            if let Some(draft) = w.perspective_mut(&id) {
                draft.set_words(&area_id, field, &text, Utc::now());
            }
        })
    });
    let initial = WordsField::ALL.map(|field| answer.words(field).to_owned());
    view! {
        <section class="professional-answer area-panel" aria-labelledby="professional-answer-heading">
            <h3 id="professional-answer-heading">
                {t.get_with(
                    ids::meeting::MEETING_PROFESSIONAL_ANSWER,
                    &[("who", who.into()), ("area", area_name.into())],
                )}
            </h3>
            <FaceScale selected=scale on_change=set_scale />
            <WordsFields initial on_input=set_words />
        </section>
    }
    .into_any()
}
