//! `/plan`: the draft section of Barnets plan, made from the files the child and the guardians
//! shared. Each perspective stays as it was given; the meeting fills in needs, actions and
//! contact people; the result prints, copies as text, and comes with a consent reminder.

use crate::browser::{share, storage};
use crate::components::contact_fields::ContactFields;
use crate::components::file_import::FileImport;
use crate::components::pictogram::Pictogram;
use crate::domain::plan::{areas_in_plan, plan_as_text, PlanArea, PlanInProgress};
use crate::domain::{AreaAnswer, Draft, WordsField};
use crate::i18n::plan_labels::who_label;
use crate::i18n::use_translate;
use crate::pages::share::copy;
use crate::state::use_wheel;
use chrono::{NaiveDate, Utc};
use leptos::prelude::*;

/// Changes the plan and keeps it on the device at once.
fn edit_plan(work: RwSignal<PlanInProgress>, change: impl FnOnce(&mut PlanInProgress)) {
    work.update(change);
    work.with_untracked(|w| {
        let _ = storage::save_plan(w);
    });
}

/// A date with the browser's date picker. `id` is also the Fluent id of its label.
#[component]
fn DateField(
    id: &'static str,
    initial: Option<NaiveDate>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let t = use_translate();
    let value = initial
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    view! {
        <div class="field">
            <label for=id>{move || t.get(id)}</label>
            <input
                id=id
                type="date"
                prop:value=value
                on:input=move |ev| {
                    on_change.run(NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok())
                }
            />
        </div>
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let work = RwSignal::new(storage::load_plan());
    // Today by default, kept only once someone changes the plan: a look leaves nothing behind.
    if work.with_untracked(|w| w.plan.made_on.is_none()) {
        work.update(|w| w.plan.made_on = Some(Utc::now().date_naive()));
    }
    let notice = RwSignal::new(None::<&'static str>);
    // Only a change of perspectives rebuilds the areas: typing in the plan keeps its focus.
    let included = Memo::new(move |_| work.with(|w| w.included()));

    let copy_plan = {
        let wheel = wheel.clone();
        move |_| {
            let drafts = included.get_untracked();
            let text =
                work.with_untracked(|w| plan_as_text(&t, &w.plan, &areas_in_plan(&wheel, &drafts)));
            copy(text, notice);
        }
    };
    // Only bringing in or leaving out a perspective redraws the list, not typing in the plan.
    let brought_in =
        Memo::new(move |_| work.with(|w| (w.perspectives.clone(), w.left_out.clone())));
    let perspectives = move || {
        brought_in.with(|(drafts, left_out)| {
            drafts
                .iter()
                .map(|draft| {
                    let id = draft.id.clone();
                    let taken = !left_out.contains(&id);
                    let name = format!("{} · {}", who_label(t, draft), draft.nickname);
                    view! {
                        <li>
                            <label class="plan-include">
                                <input
                                    type="checkbox"
                                    prop:checked=taken
                                    on:change=move |ev| {
                                        let take = event_target_checked(&ev);
                                        let id = id.clone();
                                        edit_plan(work, move |w| {
                                            if take { w.left_out.remove(&id); } else { w.left_out.insert(id); }
                                        });
                                    }
                                />
                                <span>{t.get_with("plan-include", &[("name", name.into())])}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let areas = {
        let wheel = wheel.clone();
        move || {
            let drafts = included.get();
            let in_plan = areas_in_plan(&wheel, &drafts);
            if in_plan.is_empty() {
                let message = if drafts.is_empty() {
                    "plan-no-drafts"
                } else {
                    "plan-no-areas"
                };
                return view! { <p class="notice">{move || t.get(message)}</p> }.into_any();
            }
            in_plan
                .into_iter()
                .map(|in_plan| {
                    let cards: Vec<(Draft, AreaAnswer)> = in_plan
                        .perspectives
                        .iter()
                        .map(|p| (p.draft.clone(), p.answer.clone()))
                        .collect();
                    view! { <PlanAreaSection area=in_plan.area.clone() cards work /> }
                })
                .collect_view()
                .into_any()
        }
    };
    let initial = work.get_untracked().plan;

    view! {
        <div class="plan-page">
            <h1>{move || t.get("plan-heading")}</h1>
            <p class="lead no-print">{move || t.get("plan-intro")}</p>

            <FileImport on_draft=Callback::new(move |draft| edit_plan(work, |w| w.add(draft))) />

            <section class="plan-perspectives no-print" aria-labelledby="plan-perspectives-heading">
                <h2 id="plan-perspectives-heading">{move || t.get("plan-perspectives-heading")}</h2>
                <ul>{perspectives}</ul>
            </section>

            <section class="plan-details" aria-labelledby="plan-details-heading">
                <h2 id="plan-details-heading">{move || t.get("plan-details-heading")}</h2>
                <div class="field">
                    <label for="plan-child-name">{move || t.get("plan-child-name")}</label>
                    <input
                        id="plan-child-name"
                        type="text"
                        autocomplete="off"
                        prop:value=initial.child_name.clone()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit_plan(work, |w| w.plan.child_name = text);
                        }
                    />
                </div>
                <DateField
                    id="plan-made-on"
                    initial=initial.made_on
                    on_change=Callback::new(move |date| edit_plan(work, |w| w.plan.made_on = date))
                />
                <ContactFields
                    legend="plan-coordinator"
                    id_prefix="plan-coordinator".to_owned()
                    initial=initial.coordinator.clone()
                    on_change=Callback::new(move |contact| edit_plan(work, |w| w.plan.coordinator = contact))
                />
                <DateField
                    id="plan-next-evaluation"
                    initial=initial.next_evaluation
                    on_change=Callback::new(move |date| edit_plan(work, |w| w.plan.next_evaluation = date))
                />
                <div class="field">
                    <label for="plan-participants">{move || t.get("plan-participants")}</label>
                    <textarea
                        id="plan-participants"
                        rows="2"
                        prop:value=initial.participants.clone()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            edit_plan(work, |w| w.plan.participants = text);
                        }
                    ></textarea>
                </div>
            </section>

            <div class="plan-areas">{areas}</div>

            <Show when=move || !included.get().is_empty()>
                <section class="consent no-print" aria-labelledby="consent-heading">
                    <h2 id="consent-heading">{move || t.get("consent-heading")}</h2>
                    <p>{move || t.get("consent-reminder")}</p>
                    <button type="button" class="button" on:click=move |_| share::print("consent")>
                        <Pictogram src="pictograms/ui/print.svg" class="icon" />
                        <span>{move || t.get("consent-print")}</span>
                    </button>
                </section>
            </Show>

            <div class="plan-actions no-print">
                <button type="button" class="button primary" on:click=copy_plan>
                    <Pictogram src="pictograms/ui/copy.svg" class="icon" />
                    <span>{move || t.get("plan-copy")}</span>
                </button>
                <button type="button" class="button" on:click=move |_| share::print("plan")>
                    <Pictogram src="pictograms/ui/print.svg" class="icon" />
                    <span>{move || t.get("plan-print")}</span>
                </button>
                <p role="status">{move || notice.get().map(|id| t.get(id))}</p>
            </div>

            <ConsentPage work />
        </div>
    }
}

/// One area of the plan: every perspective side by side, the child's first, then what the meeting
/// agrees.
#[component]
fn PlanAreaSection(
    area: crate::domain::AreaDefinition,
    cards: Vec<(Draft, AreaAnswer)>,
    work: RwSignal<PlanInProgress>,
) -> impl IntoView {
    let t = use_translate();
    let area_id = area.id.clone();
    let agreed: PlanArea =
        work.with_untracked(|w| w.plan.areas.get(&area_id).cloned().unwrap_or_default());
    let name_id = area.messages.name.clone();
    let title_id = area.messages.title.clone();
    let cards = cards
        .into_iter()
        .map(|(draft, answer)| {
            let words = WordsField::ALL
                .into_iter()
                .filter(|field| !answer.words(*field).is_empty())
                .map(|field| {
                    let text = answer.words(field).to_owned();
                    view! {
                        <p class="shared-words">
                            <strong>{move || t.get(field.message_id())} ": "</strong>
                            <span class="childs-words">{text}</span>
                        </p>
                    }
                })
                .collect_view();
            let who = who_label(t, &draft);
            view! {
                <article class="perspective-card" data-perspective=draft.perspective.wording_key()>
                    <h3>{who}</h3>
                    {answer.scale.map(|scale| view! {
                        <p class="shared-scale">
                            <Pictogram src=scale.pictogram() class="face" />
                            <span>{move || t.get(scale.message_id())}</span>
                        </p>
                    })}
                    {words}
                </article>
            }
        })
        .collect_view();
    let field = move |label: &'static str, value: String, set: fn(&mut PlanArea, String)| {
        let id = format!("plan-{}-{label}", area_id);
        let area_id = area_id.clone();
        view! {
            <div class="field">
                <label for=id.clone()>{move || t.get(label)}</label>
                <textarea
                    id=id
                    rows="3"
                    prop:value=value
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let area_id = area_id.clone();
                        edit_plan(work, move |w| set(w.plan.areas.entry(area_id).or_default(), text));
                    }
                ></textarea>
            </div>
        }
    };
    let contact_area = area.id.clone();
    view! {
        <section class="plan-area" data-area=area.id.clone()>
            <header>
                <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                <h2>{move || t.get(&name_id)} " – " {move || t.get(&title_id)}</h2>
            </header>
            <div class="perspective-cards">{cards}</div>
            {field("plan-needs", agreed.needs.clone(), |a, text| a.needs = text)}
            {field("plan-actions", agreed.actions.clone(), |a, text| a.actions = text)}
            <ContactFields
                legend="plan-contact"
                id_prefix=format!("plan-{}-contact", area.id)
                initial=agreed.contact.clone()
                on_change=Callback::new(move |contact| {
                    let area = contact_area.clone();
                    edit_plan(work, move |w| w.plan.areas.entry(area).or_default().contact = contact)
                })
            />
        </section>
    }
}

/// The consent form, printed on its own page (`html[data-print=consent]`).
#[component]
fn ConsentPage(work: RwSignal<PlanInProgress>) -> impl IntoView {
    let t = use_translate();
    let services = move || {
        work.with(|w| w.services())
            .into_iter()
            .map(|service| view! { <li>{service}</li> })
            .collect_view()
    };
    view! {
        <section class="consent-page print-only" aria-hidden="true">
            <h1>{move || t.get("consent-heading")}</h1>
            <p>
                {move || {
                    t.get_with("consent-text", &[("name", work.with(|w| w.plan.child_name.clone()).into())])
                }}
            </p>
            <ul class="services">{services}</ul>
            <p class="signature">{move || t.get("consent-signature")}</p>
            <p class="signature">{move || t.get("consent-signature")}</p>
        </section>
    }
}
