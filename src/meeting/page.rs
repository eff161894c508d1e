//! `/meeting`: the collaboration meeting (samverkansmöte) on the big screen, and the draft section
//! of Barnets plan it makes. The files the child and the guardians shared come in; the wheel shows
//! every perspective at once; each stays as it was given; the meeting fills in needs, actions and
//! contact people; the plan prints, copies as text, leaves as a file, and comes with a consent
//! reminder. The meeting-room computer is shared: everything lives in this tab's session only, and
//! "end meeting" removes it.

use crate::browser::page_life::when_shown_from_cache;
use crate::browser::random::new_draft_id;
use crate::browser::{document, files, share, storage};
use crate::child::share::copy;
use crate::domain::draft::MAX_NICKNAME_CHARS;
use crate::domain::format::file_name::FileKind;
use crate::domain::format::plan_file::plan_to_json;
use crate::domain::meeting::{follow_up, tagged};
use crate::domain::plan::{
    areas_in_plan, clipped, plan_as_text, EarlierPlan, JoinProblem, Joined, PlanArea,
    PlanInProgress, PlanLabels, MAX_PLAN_TEXT_CHARS,
};
use crate::domain::{AgeBand, AreaAnswer, Draft, DraftId, Perspective, WordsField};
use crate::i18n::plan_labels::who_label;
use crate::i18n::use_translate;
use crate::i18n::{Wording, WordingContext};
use crate::meeting::contact_fields::ContactFields;
use crate::meeting::import::FileImport;
use crate::meeting::perspective_card::PerspectiveCard;
use crate::meeting::summary::ChildSummary;
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::ui::choosing_wheel::{tag_text, ChoosingWheel};
use crate::ui::disclosure::Disclosure;
use crate::ui::face_scale::FaceScale;
use crate::ui::file_lock_choice::{FileLock, FileLockChoice, OutgoingFile};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::words_fields::WordsFields;
use chrono::{NaiveDate, Utc};
use leptos::context::Provider;
use leptos::prelude::*;

/// The meeting in this tab, and whether the tab could keep its last change.
#[derive(Clone, Copy)]
struct Meeting {
    work: RwSignal<PlanInProgress>,
    /// False when the tab's storage refused the last change: it is then only on the screen.
    kept: RwSignal<bool>,
}

impl Meeting {
    /// Changes the meeting and keeps it in this tab's session at once; a refusal shows.
    fn edit(self, change: impl FnOnce(&mut PlanInProgress)) {
        self.change(change);
    }

    /// As [`Meeting::edit`], with what the change gives back; None when the page is already gone
    /// (a file finished reading after the user left the meeting).
    fn change<T>(self, change: impl FnOnce(&mut PlanInProgress) -> T) -> Option<T> {
        let result = self.work.try_update(change)?;
        let kept = self.work.with_untracked(storage::save_meeting).is_ok();
        self.kept.try_set(kept);
        Some(result)
    }

    /// Whether this tab holds a meeting that "Avsluta mötet" has not removed: kept in the tab's
    /// storage (every change is), or a change the storage refused.
    fn holds_anything(self) -> bool {
        !self.kept.get_untracked() || storage::has_meeting()
    }
}

/// A date with the browser's date picker. `id` is also the Fluent id of its label.
#[component]
fn DateField(
    id: &'static str,
    initial: Option<NaiveDate>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let t = use_translate();
    // A date input's value is YYYY-MM-DD, which is how NaiveDate prints and parses itself.
    let value = initial.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <div class="field">
            <label for=id>{move || t.get(id)}</label>
            <input
                id=id
                type="date"
                prop:value=value
                on:input=move |ev| {
                    on_change.run(event_target_value(&ev).parse::<NaiveDate>().ok())
                }
            />
        </div>
    }
}

#[component]
pub fn MeetingPage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    // What the tab keeps; something it cannot read is set aside, untouched until "Avsluta mötet",
    // and the meeting starts empty beside it.
    let loaded = storage::load_meeting();
    if loaded.is_err() {
        storage::set_aside_unreadable_meeting();
    }
    let unreadable = loaded.is_err().then_some("meeting-unreadable");
    let work = RwSignal::new(loaded.ok().flatten().unwrap_or_default());
    let meeting = Meeting {
        work,
        kept: RwSignal::new(true),
    };
    // Today (on this computer's calendar) by default, kept only once someone changes the plan: a
    // look leaves nothing behind.
    if work.with_untracked(|w| w.plan.made_on.is_none()) {
        work.update(|w| w.plan.made_on = Some(document::local_date(Utc::now())));
    }
    // Closing the tab warns while the meeting holds anything: only "Avsluta mötet" removes it, and
    // whether a downloaded file or a print really left cannot be known here.
    let warning = document::warn_before_leaving(move || meeting.holds_anything());
    on_cleanup(move || warning.remove());
    // Back after "Avsluta mötet" may show this page from the back-forward cache with the meeting
    // still in memory: it starts again from what the tab keeps, which then is nothing.
    when_shown_from_cache(document::start_over);
    let selected = RwSignal::new(None::<String>);
    let notice = RwSignal::new(unreadable);
    // Only a change of perspectives rebuilds the areas: typing in the plan keeps its focus.
    let included = Memo::new(move |_| work.with(|w| w.included()));

    let file_lock = FileLock::new();
    let save_plan_file = move || {
        let file = work.with_untracked(|w| OutgoingFile {
            kind: FileKind::Plan,
            name: w.plan.child_name.clone(),
            date: w
                .plan
                .made_on
                .unwrap_or_else(|| document::local_date(Utc::now())),
            text: plan_to_json(w),
        });
        file_lock.hand_over(
            file,
            move |name, text| {
                notice.set(Some(if files::download(&name, &text, "application/json") {
                    "meeting-file-offered"
                } else {
                    "meeting-file-failed"
                }));
            },
            move |problem| notice.set(Some(problem)),
        );
    };
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
    // The earlier plan's perspectives are listed too: leaving someone out (a guardian who must
    // stay hidden) must be possible for their earlier view as well.
    let brought_in = Memo::new(move |_| {
        work.with(|w| {
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
                let include = t.get_with("plan-include", &[("name", name.clone().into())]);
                let remove_label = t.get_with("plan-remove", &[("name", name.into())]);
                view! {
                    <li>
                        {include_box(id.clone(), !left_out.contains(&id), include)}
                        <button
                            type="button"
                            class="button quiet"
                            on:click=move |_| {
                                let id = id.clone();
                                meeting.edit(move |w| w.remove(&id));
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
                let include = t.get_with("plan-include-earlier", &[("name", name.into())]);
                let id = draft.id.clone();
                view! { <li>{include_box(id.clone(), !left_out.contains(&id), include)}</li> }
                    .into_any()
            });
            now.chain(then).collect_view()
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
                    view! { <PlanAreaSection area=in_plan.area.clone() cards meeting /> }
                })
                .collect_view()
                .into_any()
        }
    };
    let initial = work.get_untracked().plan;

    view! {
        <div class="plan-page">
            <h1>{t.text("plan-heading")}</h1>
            <Show when=move || !included.with(Vec::is_empty)>
            <section class="meeting-board" aria-labelledby="meeting-wheel-heading">
                    <h2 id="meeting-wheel-heading" class="visually-hidden">{t.text("meeting-wheel-label")}</h2>
                    <ChoosingWheel label="meeting-wheel-label" drafts=included selected />
                    <div class="meeting-side">
                        <MeetingLegend drafts=included />
                        <AreaPanel selected drafts=included meeting />
                        <ProfessionalView selected meeting />
                    </div>
                </section>
            </Show>
            <p class="lead no-print">{t.text("plan-intro")}</p>
            <p class="privacy-note no-print">
                <Pictogram src="pictograms/ui/private.svg" class="icon" />
                <span>{t.text("meeting-session-note")}</span>
            </p>

            <FileImport
                on_draft=Callback::new(move |draft| {
                    // None: the page is gone, and nobody reads the outcome.
                    meeting.change(|w| w.bring_in(draft)).unwrap_or(Ok(Joined::Added))
                })
                on_plan=Callback::new(move |earlier| meeting.edit(|w| w.follow_up_of(earlier)))
            />
            <Show when=move || !meeting.kept.get()>
                <p class="notice error" role="alert">{t.text("meeting-save-failed")}</p>
            </Show>

            <section class="plan-perspectives no-print" aria-labelledby="plan-perspectives-heading">
                <h2 id="plan-perspectives-heading">{t.text("plan-perspectives-heading")}</h2>
                <ul>{perspectives}</ul>
            </section>

            <section class="plan-details" aria-labelledby="plan-details-heading">
                <h2 id="plan-details-heading">{t.text("plan-details-heading")}</h2>
                <div class="field">
                    <label for="plan-child-name">{t.text("plan-child-name")}</label>
                    <input
                        id="plan-child-name"
                        type="text"
                        autocomplete="off"
                        maxlength=MAX_NICKNAME_CHARS.to_string()
                        prop:value=initial.child_name.clone()
                        on:input=move |ev| {
                            let text = clipped(&event_target_value(&ev), MAX_NICKNAME_CHARS);
                            meeting.edit(|w| w.plan.child_name = text);
                        }
                    />
                </div>
                <DateField
                    id="plan-made-on"
                    initial=initial.made_on
                    on_change=Callback::new(move |date| meeting.edit(|w| w.plan.made_on = date))
                />
                <ContactFields
                    legend="plan-coordinator"
                    id_prefix="plan-coordinator".to_owned()
                    initial=initial.coordinator.clone()
                    on_change=Callback::new(move |contact| meeting.edit(|w| w.plan.coordinator = contact))
                />
                <DateField
                    id="plan-next-evaluation"
                    initial=initial.next_evaluation
                    on_change=Callback::new(move |date| meeting.edit(|w| w.plan.next_evaluation = date))
                />
                <div class="field">
                    <label for="plan-participants">{t.text("plan-participants")}</label>
                    <textarea
                        id="plan-participants"
                        rows="2"
                        maxlength=MAX_PLAN_TEXT_CHARS.to_string()
                        prop:value=initial.participants.clone()
                        on:input=move |ev| {
                            let text = clipped(&event_target_value(&ev), MAX_PLAN_TEXT_CHARS);
                            meeting.edit(|w| w.plan.participants = text);
                        }
                    ></textarea>
                </div>
            </section>

            <div class="plan-areas">{areas}</div>

            <Show when=move || !included.get().is_empty()>
                <section class="consent no-print" aria-labelledby="consent-heading">
                    <h2 id="consent-heading">{t.text("consent-heading")}</h2>
                    <p>{t.text("consent-reminder")}</p>
                    <PictureButton
                        icon="pictograms/ui/print.svg"
                        label="consent-print"
                        on_press=move |_| share::print("consent")
                    />
                </section>
            </Show>

            <div class="plan-actions no-print">
                <PictureButton
                    icon="pictograms/ui/copy.svg"
                    label="plan-copy"
                    kind="primary"
                    on_press=copy_plan
                />
                <PictureButton
                    icon="pictograms/ui/print.svg"
                    label="plan-print"
                    on_press=move |_| share::print("plan")
                />
                <FileLockChoice state=file_lock id="plan-lock" />
                <PictureButton
                    icon="pictograms/ui/download.svg"
                    label="meeting-save-file"
                    on_press=move |_| save_plan_file()
                />
                <p role="status">{move || notice.get().map(|id| t.get(id))}</p>
            </div>

            <ChildSummary meeting=work />

            <EndMeeting meeting save_plan_file=Callback::new(move |()| save_plan_file()) />

            <ConsentPage work />
        </div>
    }
}

/// Who is who on the wheel: each tag with the perspective's full label.
#[component]
fn MeetingLegend(#[prop(into)] drafts: Signal<Vec<Draft>>) -> impl IntoView {
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
        <ul class="meeting-legend" aria-label=t.text("meeting-legend")>
            {entries}
        </ul>
    }
}

/// The selected area: every perspective's words side by side, the child's first; with an earlier
/// plan, each perspective's earlier and new answer and what was agreed then.
#[component]
fn AreaPanel(
    selected: RwSignal<Option<String>>,
    /// The perspectives taken in: typing in the plan's fields does not change them, so the panel
    /// is not redrawn on every key press.
    #[prop(into)]
    drafts: Signal<Vec<Draft>>,
    meeting: Meeting,
) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    // The earlier plan with only the perspectives taken into this one.
    let earlier = Memo::new(move |_| {
        meeting.work.with(|w| {
            w.earlier.as_ref().map(|e| EarlierPlan {
                perspectives: w.earlier_included(),
                ..e.clone()
            })
        })
    });
    move || {
        let area = selected
            .get()
            .and_then(|id| wheel.areas.iter().find(|a| a.id == id).cloned());
        let Some(area) = area else {
            return view! { <p class="meeting-hint">{t.text("meeting-choose-area")}</p> }
                .into_any();
        };
        let (drafts, earlier) = (drafts.get(), earlier.get());
        let cards = tagged(&drafts)
            .into_iter()
            .filter(|(_, draft)| draft.is_shared(&area.id))
            .filter_map(|(tag, draft)| {
                let answer = draft.answer(&area.id)?.clone();
                let who = format!("{} · {}", tag_text(t, tag), who_label(t, draft));
                Some(view! { <PerspectiveCard who kind=tag.perspective.key() answer /> })
            })
            .collect_view();
        let follow_up = earlier.map(|earlier| {
            let rows = follow_up(&earlier.perspectives, &drafts, &area.id)
                .into_iter()
                .map(|comparison| {
                    let who = tag_text(t, comparison.tag);
                    let side = |answer: Option<AreaAnswer>| match answer {
                        Some(answer) => view! {
                            <PerspectiveCard who=who.clone() kind=comparison.tag.perspective.key() answer />
                        }
                        .into_any(),
                        None => view! { <p class="quiet-note">{t.get("meeting-no-answer")}</p> }.into_any(),
                    };
                    view! {
                        <div class="follow-up-row" data-perspective=comparison.tag.perspective.key()>
                            <div class="follow-up-earlier">{side(comparison.earlier.clone())}</div>
                            <div class="follow-up-now">{side(comparison.now.clone())}</div>
                        </div>
                    }
                })
                .collect_view();
            let agreed = earlier.areas.get(&area.id).cloned().unwrap_or_default();
            let made_on = earlier
                .made_on
                .map(|date| t.date(date))
                .unwrap_or_default();
            view! {
                <section class="follow-up" aria-labelledby="follow-up-heading">
                    <h3 id="follow-up-heading">
                        {t.get_with("meeting-follow-up", &[("date", made_on.into())])}
                    </h3>
                    <div class="follow-up-row follow-up-head" aria-hidden="true">
                        <strong>{t.get("meeting-earlier")}</strong>
                        <strong>{t.get("meeting-now")}</strong>
                    </div>
                    {rows}
                    <Show when={
                        let agreed = agreed.clone();
                        move || !agreed.needs.is_empty() || !agreed.actions.is_empty()
                    }>
                        <p class="follow-up-agreed">
                            <strong>{t.text("meeting-agreed-then")} ": "</strong>
                            {format!("{} {}", agreed.needs, agreed.actions)}
                        </p>
                    </Show>
                </section>
            }
        });
        let name = t.get(&area.messages.name);
        let title = t.get(&area.messages.title);
        view! {
            <section class="area-panel" data-area=area.id.clone() aria-live="polite">
                <h2>
                    <Pictogram src=area.pictogram.clone() class="share-area-pictogram" />
                    <span>{name} " – " {title}</span>
                </h2>
                <div class="perspective-cards">{cards}</div>
                {follow_up}
            </section>
        }
        .into_any()
    }
}

/// A professional's own view: added once, then answered area by area beside the others. It is
/// a perspective of its own, labelled as the professional's, never merged with the family's. It
/// is found by its id, so that leaving out or removing another perspective cannot point it at
/// someone else's answers.
#[component]
fn ProfessionalView(selected: RwSignal<Option<String>>, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let professional: Memo<Option<DraftId>> = Memo::new(move |_| {
        meeting.work.with(|w| {
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
            let draft = Draft::new_professional(
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
                    heading="meeting-professional-heading"
                >
                    <form on:submit=add>
                        <p>{t.text("meeting-professional-explain")}</p>
                        <label for="professional-name">{t.text("meeting-professional-name")}</label>
                        <input
                            id="professional-name"
                            type="text"
                            autocomplete="off"
                            maxlength=MAX_NICKNAME_CHARS.to_string()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                        <button type="submit" class="button primary">
                            <Pictogram src="pictograms/ui/person.svg" class="icon" />
                            <span>{t.text("meeting-professional-add")}</span>
                        </button>
                        <p class="form-error" role="alert">
                            {move || problem.get().map(|p| t.get(p.message_id()))}
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
    let Some((who, answer)) = meeting.work.with_untracked(|w| {
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
        .map(|a| t.get(&a.messages.name))
        .unwrap_or_default();
    let scale = {
        let (area_id, id) = (area_id.clone(), id.clone());
        Memo::new(move |_| {
            meeting.work.with(|w| {
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
                    "meeting-professional-answer",
                    &[("who", who.into()), ("area", area_name.into())],
                )}
            </h3>
            <FaceScale selected=scale on_change=set_scale />
            <WordsFields initial on_input=set_words />
        </section>
    }
    .into_any()
}

/// Ending the meeting: the plan can leave as a file or on paper first; then everything the
/// meeting brought in or typed is removed from this device.
#[component]
fn EndMeeting(meeting: Meeting, save_plan_file: Callback<()>) -> impl IntoView {
    let t = use_translate();
    let asking = RwSignal::new(false);
    let end = move |_| {
        storage::remove_meeting();
        meeting.kept.set(true);
        // Back may show this page again from the back-forward cache: it then starts again from
        // the tab's storage, which holds nothing now (see `when_shown_from_cache` above).
        document::open_page(&AppPath::Start.href());
    };
    view! {
        <section class="end-meeting no-print" aria-labelledby="end-meeting-heading">
            <h2 id="end-meeting-heading">{t.text("meeting-end-heading")}</h2>
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <PictureButton
                        icon="pictograms/ui/close.svg"
                        label="meeting-end"
                        on_press=move |_| asking.set(true)
                    />
                }
            >
                <div class="confirm" role="group" aria-labelledby="end-meeting-question">
                    <p id="end-meeting-question">{t.text("meeting-end-question")}</p>
                    <p>{t.text("meeting-end-files")}</p>
                    <PictureButton
                        icon="pictograms/ui/download.svg"
                        label="meeting-save-file"
                        on_press=move |_| save_plan_file.run(())
                    />
                    <PictureButton
                        icon="pictograms/ui/print.svg"
                        label="plan-print"
                        on_press=move |_| share::print("plan")
                    />
                    <PictureButton
                        icon="pictograms/ui/delete.svg"
                        label="meeting-end-yes"
                        kind="danger"
                        on_press=end
                    />
                    <PictureButton
                        icon="pictograms/ui/arrow-prev.svg"
                        label="meeting-end-no"
                        kind="quiet"
                        on_press=move |_| asking.set(false)
                    />
                </div>
            </Show>
        </section>
    }
}

/// One area of the plan: every perspective side by side, the child's first, then what the meeting
/// agrees.
#[component]
fn PlanAreaSection(
    area: crate::domain::AreaDefinition,
    cards: Vec<(Draft, AreaAnswer)>,
    meeting: Meeting,
) -> impl IntoView {
    let t = use_translate();
    let area_id = area.id.clone();
    let agreed: PlanArea = meeting
        .work
        .with_untracked(|w| w.plan.areas.get(&area_id).cloned().unwrap_or_default());
    let name_id = area.messages.name.clone();
    let title_id = area.messages.title.clone();
    let cards = cards
        .into_iter()
        .map(|(draft, answer)| {
            view! {
                <PerspectiveCard
                    who=who_label(t, &draft)
                    kind=draft.perspective.key()
                    answer
                />
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
                    maxlength=MAX_PLAN_TEXT_CHARS.to_string()
                    prop:value=value
                    on:input=move |ev| {
                        let text = clipped(&event_target_value(&ev), MAX_PLAN_TEXT_CHARS);
                        let area_id = area_id.clone();
                        meeting.edit(move |w| set(w.plan.areas.entry(area_id).or_default(), text));
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
                    meeting.edit(move |w| w.plan.areas.entry(area).or_default().contact = contact)
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
            <h1>{t.text("consent-heading")}</h1>
            <p>
                {move || {
                    t.get_with("consent-text", &[("name", work.with(|w| w.plan.child_name.clone()).into())])
                }}
            </p>
            <ul class="services">{services}</ul>
            <p class="signature">{t.text("consent-signature")}</p>
            <p class="signature">{t.text("consent-signature")}</p>
        </section>
    }
}
