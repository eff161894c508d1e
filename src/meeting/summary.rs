//! What the meeting decided, for the child: area by area, in child wording, with the area's
//! pictogram, in the child's language, and in Swedish alongside when that is another language.

use crate::browser::document::local_date;
use crate::browser::share::{print_day, Printout};
use crate::domain::journey::Journey;
use crate::domain::language::Language;
use crate::domain::plan::journey_of;
use crate::domain::plan::{PlanArea, PlanInProgress};
use crate::domain::{AgeBand, Perspective};
use crate::i18n::{use_translate, Localizer, Messages, Wording, WordingContext, ALL_MESSAGES};
use crate::ids::{self, MessageId};
use crate::meeting::summary_codes::SummaryAsCodes;
use crate::stores::draft_session::use_wheel;
use crate::stores::language::load_language;
use crate::stores::meeting::BroughtMedia;
use crate::ui::drawing_picture::DrawingPicture;
use crate::ui::journey_chart::JourneyChart;
use crate::ui::pictogram::Pictogram;
use crate::ui::print_button::PrintButton;
use crate::ui::print_note::paper_date;
use chrono::Utc;
use fluent_bundle::FluentValue;
use leptos::prelude::*;
use std::sync::Arc;

/// A text in the summary's language, with the Swedish below it when that is another language.
fn in_both(
    language: &Localizer,
    wording: Wording,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> impl IntoView {
    let own = language.message(id, wording, args);
    let in_swedish = (language.language() != Language::Swedish)
        .then(|| language.swedish_message(id, wording, args));
    view! {
        <span lang=language.language().code() dir=language.language().direction()>
            {own}
        </span>
        {in_swedish
            .map(|text| view! { <span class="summary-swedish" lang="sv" dir="ltr">{text}</span> })}
    }
}

/// The journey chart of one area in the summary's language and child wording, not the screen's.
#[component]
fn JourneyInLanguage(
    language: Arc<Localizer>,
    wording: Wording,
    journey: Journey,
    area: String,
) -> impl IntoView {
    provide_context(Messages(Signal::stored(language)));
    provide_context(WordingContext(Signal::stored(wording)));
    view! { <JourneyChart journey area /> }
}

#[component]
pub fn ChildSummary(#[prop(into)] meeting: Signal<PlanInProgress>) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let chosen = RwSignal::new(t.language());
    // The chosen language's messages, fetched from this origin. Each choice aborts the load of
    // the one before, so a slow language arriving after the user chose another is never shown
    // (a resource would wait for it, and show it, before loading the next).
    let load = Action::new_local(|language: &Language| {
        let language = *language;
        async move { load_language(&ALL_MESSAGES, language).await.map(Arc::new) }
    });
    let loading = StoredValue::new(None::<ActionAbortHandle>);
    let choose = move |language: Language| {
        chosen.set(language);
        if let Some(earlier) = loading.try_update_value(Option::take).flatten() {
            earlier.abort();
        }
        loading.set_value(Some(load.dispatch(language)));
    };
    choose(t.language());
    let summary_language = move || load.value().get().flatten();
    let child_wording = move || {
        let age = meeting.with(|m| {
            m.perspectives
                .iter()
                .find(|d| d.perspective == Perspective::Child)
                .map_or(AgeBand::Middle, |d| d.age_band)
        });
        Wording {
            age,
            who: Perspective::Child,
        }
    };
    let areas = move || {
        let Some(language) = summary_language() else {
            return ().into_any();
        };
        let wording = child_wording();
        // Each text in the child's language, with the Swedish below it when that differs.
        let chart_language = language.clone();
        let both = move |id: &str| in_both(&language, wording, id, &[]);
        let plan = meeting.with(|m| m.plan.clone());
        // The child's own drawing beside what was decided, where the child made one and everyone
        // may see it (the summary is made of what the family may see).
        let child = meeting.with(|m| {
            m.perspectives
                .iter()
                .find(|d| d.perspective == Perspective::Child)
                .cloned()
        });
        let childs_drawing = move |area_id: &str| {
            let child = child
                .as_ref()
                .filter(|child| child.drawn.contains(area_id))?;
            let drawing = use_context::<BroughtMedia>()?.of(&child.id, area_id).0?;
            Some(view! {
                <figure class="summary-drawing">
                    <DrawingPicture drawing size="10rem" />
                </figure>
            })
        };
        // How each person's answer moved, in the summary's language (the meeting's journey).
        let journey = meeting.with(|m| journey_of(m, local_date(Utc::now())));
        let decided: Vec<_> = wheel
            .areas
            .iter()
            .filter_map(|area| {
                let agreed = plan.areas.get(&area.id)?;
                (!agreed.is_empty()).then(|| (area.clone(), agreed.clone()))
            })
            .collect();
        if decided.is_empty() {
            return view! { <p class="notice">{t.text(ids::meeting::SUMMARY_NOTHING)}</p> }
                .into_any();
        }
        decided
            .into_iter()
            .map(|(area, agreed)| {
                let contact = [
                    agreed.contact.name.clone(),
                    agreed.contact.organisation.clone(),
                ]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
                let actions = |agreed: &PlanArea| {
                    let items: Vec<_> = agreed
                        .written_actions()
                        .map(|action| view! { <li class="summary-text">{action.in_short()}</li> })
                        .collect();
                    (!items.is_empty()).then(|| {
                        view! {
                            <div class="summary-line">
                                <strong>{both(ids::meeting::SUMMARY_ACTIONS.as_str())}</strong>
                                <ul class="summary-actions">{items}</ul>
                            </div>
                        }
                    })
                };
                let line = |label: MessageId, text: String| {
                    (!text.trim().is_empty()).then(|| {
                        view! {
                            <p class="summary-line">
                                <strong>{both(label.as_str())}</strong>
                                <span class="summary-text">{text}</span>
                            </p>
                        }
                    })
                };
                view! {
                    <section class="summary-area" data-area=area.id.clone()>
                        <Pictogram src=area.pictogram.clone() class="summary-pictogram" />
                        <div>
                            <h3>{both(&area.messages.title)}</h3>
                            {line(ids::meeting::SUMMARY_NEEDS, agreed.needs.clone())}
                            {actions(&agreed)}
                            {line(ids::meeting::SUMMARY_CONTACT, contact)}
                        </div>
                        {childs_drawing(&area.id)}
                        <JourneyInLanguage
                            language=chart_language.clone()
                            wording
                            journey=journey.clone()
                            area=area.id.clone()
                        />
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    // On paper: that it is a draft, and the day it was printed (ÅÅÅÅ-MM-DD in every language).
    let today = print_day();
    let printed = move || {
        let language = summary_language()?;
        let date = [("date", FluentValue::from(paper_date(today.get())))];
        let note = in_both(
            &language,
            child_wording(),
            ids::PRINT_DRAFT_FOOTER.as_str(),
            &date,
        );
        Some(view! { <p class="print-only print-note">{note}</p> })
    };
    let options = Language::ALL
        .into_iter()
        .map(|language| {
            view! {
                <option value=language.code() selected=move || chosen.get() == language>
                    {language.own_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <section class="child-summary-section" aria-labelledby="child-summary-heading">
            <h2 id="child-summary-heading" class="no-print">
                <Pictogram src="pictograms/ui/child.svg" class="icon" />
                <span>{t.text(ids::meeting::SUMMARY_OPEN)}</span>
            </h2>
            <div class="summary-tools no-print">
                <label for="summary-language">{t.text(ids::meeting::SUMMARY_LANGUAGE)}</label>
                <select
                    id="summary-language"
                    on:change=move |ev| {
                        if let Some(language) = Language::from_code(&event_target_value(&ev)) {
                            choose(language);
                        }
                    }
                >
                    {options}
                </select>
                <PrintButton label=ids::meeting::SUMMARY_PRINT what=Printout::Summary />
                <SummaryAsCodes meeting />
            </div>
            <div
                class="child-summary"
                dir=move || summary_language().map(|l| l.language().direction())
            >
                <h2>
                    {move || {
                        summary_language()
                            .map(|l| l.message(ids::meeting::SUMMARY_HEADING, child_wording(), &[]))
                    }}
                </h2>
                {areas}
                {printed}
            </div>
        </section>
    }
}
