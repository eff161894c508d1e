//! What the plan can become: plain text for the county's template, paper (or PDF), or a plan file
//! — locked with a passphrase when chosen — that an earlier-plan follow-up brings back in.

use crate::browser::share::Printout;
use crate::browser::{document, files};
use crate::domain::format::file_name::FileKind;
use crate::domain::format::plan_file::plan_with_drawings_to_json;
use crate::domain::plan::{plan_as_text, PlanInProgress, PlanLabels};
use crate::domain::room::plan_areas_for_the_family;
use crate::domain::{AreaDefinition, Draft, Perspective};
use crate::i18n::use_translate;
use crate::i18n::{Localizer, Wording, ALL_MESSAGES};
use crate::ids::{self, MessageId};
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use crate::ui::copying::copier;
use crate::ui::file_lock_choice::{FileLock, FileLockChoice, OutgoingFile};
use crate::ui::pictogram::Pictogram;
use crate::ui::picture_button::PictureButton;
use crate::ui::plan_labels::who_with;
use crate::ui::print_button::PrintButton;
use crate::ui::print_note::paper_date;
use chrono::NaiveDate;
use chrono::Utc;
use fluent_bundle::FluentValue;
use leptos::prelude::*;

/// Saving the plan as a file, from the plan's buttons or on the way out of the meeting; says how
/// it went in `notice` (a Fluent id).
#[derive(Clone, Copy)]
pub struct PlanFile {
    meeting: Meeting,
    lock: FileLock,
    pub notice: RwSignal<Option<MessageId>>,
}

impl PlanFile {
    pub fn new(meeting: Meeting, notice: RwSignal<Option<MessageId>>) -> Self {
        Self {
            meeting,
            lock: FileLock::new(),
            notice,
        }
    }

    /// The plan with what was chosen to leave (see `PlanInProgress::chosen`), offered as a download.
    pub fn save(self) {
        let media = self.meeting.media();
        // The child's drawings go with the plan, so that the next meeting's follow-up can show
        // the earlier drawing beside the new one; voice notes never do.
        let childs_drawings = |w: &PlanInProgress| {
            w.perspectives
                .iter()
                .find(|draft| draft.perspective == Perspective::Child)
                .map(|child| media.drawings_of(&child.id))
                .unwrap_or_default()
        };
        let file = self.meeting.with_untracked(|w| OutgoingFile {
            kind: FileKind::Plan,
            name: w.plan.child_name.clone(),
            date: w
                .plan
                .made_on
                .unwrap_or_else(|| document::local_date(Utc::now())),
            text: plan_with_drawings_to_json(w, &childs_drawings(w)),
        });
        let notice = self.notice;
        self.lock.hand_over(
            file,
            move |name, text| {
                notice.try_set(Some(if files::download(&name, &text, "application/json") {
                    ids::meeting::MEETING_FILE_OFFERED
                } else {
                    ids::meeting::MEETING_FILE_FAILED
                }));
            },
            move |problem| {
                notice.try_set(Some(problem));
            },
        );
    }
}

/// The plan's labels in Swedish whatever the screen shows: the copied text goes into the county's
/// own (Swedish) template. Plain text, without the marks that keep names readable in
/// right-to-left text.
pub struct SwedishPlanLabels(Localizer);

impl Default for SwedishPlanLabels {
    fn default() -> Self {
        Self(Localizer::swedish_from(&ALL_MESSAGES, false))
    }
}

impl SwedishPlanLabels {
    fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.0.message(id, Wording::default(), args)
    }
}

impl PlanLabels for SwedishPlanLabels {
    fn message(&self, id: MessageId) -> String {
        self.text(id.as_str(), &[])
    }

    fn area_name(&self, area: &AreaDefinition) -> String {
        self.text(&area.messages.name, &[])
    }

    fn area_title(&self, area: &AreaDefinition) -> String {
        self.text(&area.messages.title, &[])
    }

    fn content(&self, id: &str) -> String {
        self.text(id, &[])
    }

    fn who(&self, draft: &Draft) -> String {
        who_with(draft, |id, args| self.text(id.as_str(), args))
    }

    /// ÅÅÅÅ-MM-DD, as Swedish forms write a date.
    fn date(&self, date: NaiveDate) -> String {
        paper_date(date)
    }
}

#[component]
pub fn PlanActions(meeting: Meeting, plan_file: PlanFile) -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let notice = plan_file.notice;
    let copy = copier(notice);
    let copy_plan = move |_| {
        let drafts = meeting.included().get_untracked();
        let swedish = SwedishPlanLabels::default();
        // The copied text goes to the family as well as to the county's template: nothing shared
        // with the professionals only.
        let areas = plan_areas_for_the_family(&wheel, &drafts);
        let text = meeting.with_untracked(|w| plan_as_text(&swedish, &w.plan, &areas));
        copy.dispatch(text);
    };
    let include_child_words = meeting.with_untracked(|m| m.plan.include_child_words);
    view! {
        <div class="plan-actions no-print">
            // Short by default: the plan is read by many; the child's own words are a choice.
            <label class="confirm-check">
                <input
                    type="checkbox"
                    aria-describedby="plan-include-child-words-hint"
                    prop:checked=include_child_words
                    on:change=move |ev| {
                        let include = event_target_checked(&ev);
                        meeting.edit(|m| m.plan.include_child_words = include);
                    }
                />
                <Pictogram src="pictograms/ui/child.svg" class="icon" />
                <span>{t.text(ids::PLAN_INCLUDE_CHILD_WORDS)}</span>
            </label>
            <p class="quiet-note" id="plan-include-child-words-hint">
                {t.text(ids::PLAN_INCLUDE_CHILD_WORDS_HINT)}
            </p>
            <PictureButton
                icon="pictograms/ui/copy.svg"
                label=ids::PLAN_COPY
                kind="primary"
                on_press=copy_plan
            />
            <PrintButton label=ids::PLAN_PRINT what=Printout::Plan />
            <FileLockChoice state=plan_file.lock id="plan-lock" />
            <PictureButton
                icon="pictograms/ui/download.svg"
                label=ids::meeting::MEETING_SAVE_FILE
                on_press=move |_| plan_file.save()
            />
            <p role="status">{move || notice.get().map(|id| t.get(id))}</p>
        </div>
    }
}
