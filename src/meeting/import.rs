//! Bringing in shared files (picker or drag-and-drop): each file says whether it came in, why it
//! was refused, or asks for its passphrase when it is locked.

use crate::browser::crypto::LockKey;
use crate::browser::files::{files_from_drop, files_from_input, PickedFile};
use crate::browser::same_device;
use crate::domain::draft::OutOfBounds;
use crate::domain::drawing::Drawing;
use crate::domain::format::import::{read_file, read_unlocked_file, ImportError, SharedFile};
use crate::domain::format::locked::{Binding, Locked};
use crate::domain::format::shared_media::SharedMedia;
use crate::domain::plan::{EarlierJoined, JoinProblem, Joined, PlanInProgress};
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::meeting::camera_import::CameraImport;
use crate::ui::pictogram::Pictogram;
use crate::ui::unlock_form::UnlockForm;
use leptos::ev::{DragEvent, Event};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeMap;

/// What became of one file.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Added,
    /// A newer file of a wheel already in the meeting took the earlier copy's place.
    Replaced,
    /// An earlier plan, taken in for the follow-up.
    EarlierPlan,
    /// An older plan than the one followed up: its meetings joined the journey.
    EarlierJourney,
    /// A plan the meeting holds already: counted once.
    EarlierAgain,
    /// Fluent id of what was wrong.
    Refused(MessageId),
    /// Waits for its passphrase.
    Locked(Locked),
}

#[derive(Debug, Clone, PartialEq)]
struct FileOutcome {
    /// Tells this file's line apart from others with the same name.
    number: usize,
    file: String,
    outcome: Outcome,
}

/// Where the files' contents go. The meeting may refuse a draft (see [`JoinProblem`]).
#[derive(Clone, Copy)]
struct Receivers {
    draft: Callback<(Draft, SharedMedia), Result<Joined, JoinProblem>>,
    plan: Callback<(PlanInProgress, BTreeMap<String, Drawing>), Result<EarlierJoined, JoinProblem>>,
}

/// What tells the meeting why it did not take a wheel in. The meeting's own words: only the
/// meeting's page brings wheels together.
pub fn join_problem_message(problem: JoinProblem) -> MessageId {
    match problem {
        JoinProblem::OutOfBounds(OutOfBounds::TooLong) => ids::LOAD_ERROR_TOO_LONG,
        JoinProblem::OutOfBounds(OutOfBounds::NotAWheel) => ids::LOAD_ERROR_DAMAGED,
        JoinProblem::TooMany => ids::meeting::IMPORT_ERROR_TOO_MANY,
        JoinProblem::SameId => ids::meeting::IMPORT_ERROR_SAME_ID,
        JoinProblem::SecondChild => ids::meeting::IMPORT_ERROR_SECOND_CHILD,
        JoinProblem::Older => ids::meeting::IMPORT_ERROR_OLDER,
        JoinProblem::TooManyMeetings => ids::meeting::IMPORT_ERROR_TOO_MANY_MEETINGS,
        JoinProblem::PlanWithoutDate => ids::meeting::IMPORT_ERROR_PLAN_WITHOUT_DATE,
    }
}

/// What a file read by [`read_file`] (or, once opened, [`read_unlocked_file`]) becomes.
fn outcome_of(read: Result<SharedFile, ImportError>, to: Receivers) -> Outcome {
    match read {
        // `try_run`: the file may finish reading after the meeting's page is gone.
        Ok(SharedFile::Draft(draft, media)) => match to.draft.try_run((draft, media)) {
            Some(Ok(Joined::Replaced)) => Outcome::Replaced,
            Some(Err(problem)) => Outcome::Refused(join_problem_message(problem)),
            Some(Ok(Joined::Added)) | None => Outcome::Added,
        },
        Ok(SharedFile::Plan(plan, drawings)) => match to.plan.try_run((plan, drawings)) {
            Some(Ok(EarlierJoined::Journey)) => Outcome::EarlierJourney,
            Some(Ok(EarlierJoined::Again)) => Outcome::EarlierAgain,
            Some(Err(problem)) => Outcome::Refused(join_problem_message(problem)),
            Some(Ok(EarlierJoined::FollowUp)) | None => Outcome::EarlierPlan,
        },
        Ok(SharedFile::Locked(locked)) => Outcome::Locked(locked),
        Err(error) => Outcome::Refused(error.message_id()),
    }
}

fn bring_in(files: Vec<PickedFile>, outcomes: RwSignal<Vec<FileOutcome>>, to: Receivers) {
    outcomes.set(Vec::new());
    spawn_local(async move {
        for (number, file) in files.into_iter().enumerate() {
            let outcome = match file.text().await {
                Ok(text) => outcome_of(read_file(&text), to),
                Err(error) => Outcome::Refused(error.message_id()),
            };
            outcomes.try_update(|o| {
                o.push(FileOutcome {
                    number,
                    file: file.name,
                    outcome,
                })
            });
        }
    });
}

/// A text the camera read: the same checks, errors and passphrase prompt as a file's.
fn bring_in_text(name: String, text: String, outcomes: RwSignal<Vec<FileOutcome>>, to: Receivers) {
    let outcome = outcome_of(read_file(&text), to);
    // A number no line on show has, so that the list shows this reading as a new line.
    let number = outcomes.with_untracked(|o| o.iter().map(|l| l.number + 1).max().unwrap_or(0));
    outcomes.set(vec![FileOutcome {
        number,
        file: name,
        outcome,
    }]);
}

#[component]
pub fn FileImport(
    /// A wheel brought in, with the drawings and voice notes that came with it.
    on_draft: Callback<(Draft, SharedMedia), Result<Joined, JoinProblem>>,
    /// An earlier plan, with the child's drawings it carries (by area): the newest is followed
    /// up, an older one joins the journey.
    on_plan: Callback<
        (PlanInProgress, BTreeMap<String, Drawing>),
        Result<EarlierJoined, JoinProblem>,
    >,
) -> impl IntoView {
    let t = use_translate();
    let outcomes = RwSignal::new(Vec::<FileOutcome>::new());
    let to = Receivers {
        draft: on_draft,
        plan: on_plan,
    };
    let on_pick = move |ev: Event| bring_in(files_from_input(&ev), outcomes, to);
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        bring_in(files_from_drop(&ev), outcomes, to);
    };
    let from_camera = Callback::new(move |text: String| {
        bring_in_text(t.get(ids::CAMERA_FILE_NAME), text, outcomes, to)
    });
    // Opened by the child's page on this computer ("Till mötet på den här datorn"): its text
    // comes in the way a chosen file's does.
    same_device::when_handed_over(move |text| {
        bring_in_text(
            t.get(ids::meeting::IMPORT_FROM_THIS_COMPUTER),
            text,
            outcomes,
            to,
        )
    });
    let outcome_line = move |line: FileOutcome| {
        let FileOutcome {
            number,
            file,
            outcome,
        } = line;
        match outcome {
            Outcome::Added => {
                let text = t.get_with(ids::IMPORT_DONE, &[("file", file.into())]);
                view! { <li>{text}</li> }.into_any()
            }
            Outcome::Replaced => {
                let text = t.get_with(ids::meeting::IMPORT_REPLACED, &[("file", file.into())]);
                view! { <li>{text}</li> }.into_any()
            }
            Outcome::EarlierPlan => {
                let text = t.get_with(ids::meeting::IMPORT_EARLIER_PLAN, &[("file", file.into())]);
                view! { <li>{text}</li> }.into_any()
            }
            Outcome::EarlierJourney => {
                let text = t.get_with(
                    ids::meeting::IMPORT_EARLIER_JOURNEY,
                    &[("file", file.into())],
                );
                view! { <li>{text}</li> }.into_any()
            }
            Outcome::EarlierAgain => {
                let text = t.get_with(ids::meeting::IMPORT_EARLIER_AGAIN, &[("file", file.into())]);
                view! { <li>{text}</li> }.into_any()
            }
            Outcome::Refused(problem) => {
                let text = t.get_with(
                    ids::IMPORT_ERROR_FILE,
                    &[("file", file.into()), ("problem", t.get(problem).into())],
                );
                view! { <li class="error">{text}</li> }.into_any()
            }
            Outcome::Locked(locked) => {
                let heading = t.get_with(ids::IMPORT_LOCKED, &[("file", file.into())]);
                let opened = Callback::new(move |(text, _key): (String, LockKey)| {
                    // Inside the lock is a shared draft or a plan, read like any file.
                    let outcome = outcome_of(read_unlocked_file(&text), to);
                    outcomes.update(|o| {
                        if let Some(line) = o.iter_mut().find(|line| line.number == number) {
                            line.outcome = outcome;
                        }
                    });
                });
                view! {
                    <li class="locked-file">
                        <p>{heading}</p>
                        <UnlockForm
                            locked
                            binding=Binding::File
                            id=format!("import-passphrase-{number}")
                            on_open=opened
                        />
                    </li>
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="import no-print" on:dragover=|ev: DragEvent| ev.prevent_default() on:drop=on_drop>
            <label class="button primary file-button">
                <Pictogram src="pictograms/ui/import.svg" class="icon" />
                <span>{t.text(ids::IMPORT_BUTTON)}</span>
                <input
                    type="file"
                    multiple
                    accept=".json,application/json"
                    class="file-input"
                    on:change=on_pick
                />
            </label>
            <CameraImport on_text=from_camera />
            <p class="drop-hint">{t.text(ids::IMPORT_DROP)}</p>
            // One live region around the list: each file's line is announced as it comes,
            // and the lines stay a list (a line of its own with a role would not be one).
            <div class="import-outcomes-status" role="status">
                <ul class="import-outcomes">
                    <For
                        each=move || outcomes.get()
                        key=|line| (line.number, matches!(line.outcome, Outcome::Locked(_)))
                        children=outcome_line
                    />
                </ul>
            </div>
        </section>
    }
}
