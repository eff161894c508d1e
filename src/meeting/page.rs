//! `/meeting`: the collaboration meeting (samverkansmöte) on the big screen, and the draft section
//! of Barnets plan it makes. The files the child and the guardians shared come in; the wheel shows
//! every perspective at once; each stays as it was given; the meeting fills in needs, actions and
//! contact people; the plan prints, copies as text, leaves as a file, and comes with a consent
//! reminder. The meeting-room computer is shared: everything lives in this tab's session only, and
//! "end meeting" removes it.

use crate::browser::document;
use crate::browser::page_life::when_shown_from_cache;
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::plan::{EarlierJoined, Joined};
use crate::domain::preparation::Step;
use crate::domain::room::meeting_for_the_family;
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::board::MeetingBoard;
use crate::meeting::consent::{ConsentForm, ConsentSection};
use crate::meeting::end::EndMeeting;
use crate::meeting::import::FileImport;
use crate::meeting::perspective_list::PerspectiveList;
use crate::meeting::plan_actions::{PlanActions, PlanFile};
use crate::meeting::plan_area::PlanAreas;
use crate::meeting::plan_details::PlanDetails;
use crate::meeting::plan_document::PlanDocument;
use crate::meeting::preparation::{PreparationSection, StepChoice};
use crate::meeting::projector_controls::ProjectorControls;
use crate::meeting::summary::ChildSummary;
use crate::stores::meeting::{Meeting, Opened};
use crate::stores::meeting_screen::MeetingScreen;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

#[component]
pub fn MeetingPage() -> impl IntoView {
    let t = use_translate();
    let (meeting, opened) = Meeting::open();
    let notice = RwSignal::new(
        matches!(opened, Opened::Unreadable(_)).then_some(ids::meeting::MEETING_UNREADABLE),
    );
    // Closing the tab warns while the meeting holds anything: only "Avsluta mötet" removes it, and
    // whether a downloaded file or a print really left cannot be known here.
    document::warn_before_leaving(move || meeting.holds_anything());
    // Back after "Avsluta mötet" may show this page from the back-forward cache with the meeting
    // still in memory: it starts again from what the tab keeps, which then is nothing.
    when_shown_from_cache(document::start_over);
    let plan_file = PlanFile::new(meeting, notice);
    // The drawings and voice notes brought in, for the area panel on this screen only: the
    // projector window is never sent them.
    provide_context(meeting.media());
    // The laptop's screen, and the projector window kept in step with it.
    let screen = MeetingScreen::open(meeting);
    let preparing = move || meeting.with(|m| m.step == Step::Preparation);

    view! {
        <div class="plan-page">
            <h1>
                {move || {
                    t.get(if preparing() { ids::meeting::MEETING_STEP_PREPARATION } else { ids::PLAN_HEADING })
                }}
            </h1>
            // Beside the heading on a wide screen: the wheel and the chosen area below them stay
            // on one screen.
            <ProjectorControls screen />
            <MeetingBoard meeting screen />
            <Show when=move || !preparing()>
                <p class="lead no-print">{t.text(ids::PLAN_INTRO)}</p>
            </Show>
            // Where the meeting belongs, for professionals who look for the county's model.
            <p class="meeting-model no-print">{t.text(ids::meeting::MEETING_MODEL)}</p>
            <p class="privacy-note no-print">
                <Pictogram src="pictograms/ui/private.svg" class="icon" />
                <span>{t.text(ids::meeting::MEETING_SESSION_NOTE)}</span>
            </p>
            // The model never replaces the duty to report: said where professionals work.
            <p class="notice duty-to-report no-print" role="note">
                <Pictogram src="pictograms/ui/help.svg" class="icon" />
                <span>{t.text(ids::meeting::MEETING_DUTY_TO_REPORT)}</span>
            </p>
            <FileImport
                on_draft=Callback::new(move |(draft, media): (Draft, SharedMedia)| {
                    let id = draft.id.clone();
                    // None: the page is gone, and nobody reads the outcome.
                    let joined = meeting.change(|w| w.bring_in(draft)).unwrap_or(Ok(Joined::Added));
                    if joined.is_ok() {
                        meeting.keep_media(id, media);
                    }
                    joined
                })
                on_plan=Callback::new(move |(earlier, drawings)| {
                    // None: the page is gone, and nobody reads the outcome.
                    let joined = meeting
                        .change(|w| w.bring_in_earlier(earlier))
                        .unwrap_or(Ok(EarlierJoined::FollowUp));
                    // The drawings beside the follow-up are the followed-up plan's only.
                    if joined == Ok(EarlierJoined::FollowUp) {
                        meeting.keep_earlier_drawings(drawings);
                    }
                    joined
                })
            />
            <Show when=move || !meeting.kept()>
                <p class="notice error" role="alert">{t.text(ids::meeting::MEETING_SAVE_FAILED)}</p>
            </Show>
            <PerspectiveList meeting />
            // Praxismodellen: step 2 (the Barnens bästa-ansvarig decides) or step 3 (the meeting).
            <StepChoice meeting />
            <Show
                when=preparing
                fallback=move || {
                    view! {
                        <PlanDetails meeting />
                        <PlanAreas meeting screen />
                        <ConsentSection meeting />
                        <PlanActions meeting plan_file />
                        // Made only of what the family may see: nothing for the professionals only.
                        <ChildSummary meeting=Signal::derive(move || meeting.with(meeting_for_the_family)) />
                        <ConsentForm meeting />
                        <PlanDocument meeting />
                    }
                }
            >
                <PreparationSection meeting />
            </Show>
            <EndMeeting meeting plan_file screen />
        </div>
    }
}
