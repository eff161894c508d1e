//! `/new/:who/:age`: the name, then the new wheel. The start page's links lead here with who
//! answers and the child's age already chosen, so the only thing asked is what the start page
//! cannot ask before the app has arrived: a name, which never goes into a URL.

use crate::browser::offline::ask_to_keep_storage;
use crate::browser::page_life::forget_left;
use crate::browser::{random::new_draft_id, storage};
use crate::child::nickname_field::NicknameField;
use crate::child::start::WhoAnswers;
use crate::domain::{AgeBand, Draft, DraftId, Perspective};
use crate::i18n::{use_translate, Wording, WordingContext};
use crate::ids;
use crate::routes::{new_draft_choice, AppPath};
use crate::ui::app_link::AppLink;
use crate::ui::not_found::NotFound;
use crate::ui::pictogram::Pictogram;
use chrono::Utc;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::Params;
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;
use leptos_router::NavigateOptions;

#[derive(Params, Debug, Clone, PartialEq)]
pub struct NewDraftParams {
    who: Option<String>,
    age: Option<String>,
}

#[component]
pub fn NewDraftPage() -> impl IntoView {
    let params = use_params::<NewDraftParams>();
    let choice = params.with_untracked(|params| {
        let params = params.as_ref().ok()?;
        new_draft_choice(params.who.as_deref()?, params.age.as_deref()?)
    });
    match choice {
        Some((who, age)) => view! { <NewDraftForm who age /> }.into_any(),
        // Only a hand-typed path gets here: the start page links to nothing else.
        None => view! { <NotFound /> }.into_any(),
    }
}

/// Keeps a new wheel on the device and opens it in place of the page that made it: Back from the
/// wheel goes to the start page, not to a page that would make a second wheel. False: the device
/// did not keep it, and nothing is opened.
pub fn keep_and_open(draft: &Draft, navigate: &impl Fn(&str, NavigateOptions)) -> bool {
    if storage::save_new(draft).is_err() {
        return false;
    }
    // A wheel is on the device now: an unvisited app must not be wiped after a week.
    ask_to_keep_storage();
    forget_left();
    open_wheel(&draft.id, navigate);
    true
}

/// Opens a wheel kept on this device in place of the page that led to it.
pub fn open_wheel(id: &DraftId, navigate: &impl Fn(&str, NavigateOptions)) {
    navigate(
        &AppPath::Wheel(id.clone()).href(),
        NavigateOptions {
            replace: true,
            ..Default::default()
        },
    );
}

#[component]
fn NewDraftForm(who: Perspective, age: AgeBand) -> impl IntoView {
    // A young child gets fewer words, a guardian adult wording.
    provide_context(WordingContext(Signal::stored(Wording { age, who })));
    let t = use_translate();
    let nickname = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let guardian = who == Perspective::Guardian;
    let start_failed = RwSignal::new(false);
    let navigate = use_navigate();

    let start = move |ev: SubmitEvent| {
        ev.prevent_default();
        let (id, name, now) = (new_draft_id(), nickname.get_untracked(), Utc::now());
        let draft = if guardian {
            Draft::new_adult(who, id, &name, &author.get_untracked(), age, now)
        } else {
            Draft::new_child(id, &name, age, now)
        };
        if !keep_and_open(&draft, &navigate) {
            start_failed.set(true);
        }
    };
    let shown = WhoAnswers::of(who);
    let chosen_age = move || shown.age_text(t, age);
    // The child names themself; a guardian names the child and then themself.
    let (name_id, name_label) = if guardian {
        ("new-child-name", ids::START_CHILD_NAME_LABEL)
    } else {
        ("new-nickname", ids::START_NICKNAME_LABEL)
    };

    view! {
        <form class="new-draft new-draft-form" on:submit=start aria-labelledby="new-draft-heading">
            <h1 id="new-draft-heading">{t.text(ids::START_NEW_HEADING)}</h1>
            <div class="new-draft-chosen">
                <p>
                    <Pictogram src=shown.icon class="icon who-icon" />
                    <span>{t.text(shown.label)}</span>
                </p>
                <p>
                    <Pictogram src="pictograms/ui/person.svg" class="icon" />
                    <span>{chosen_age}</span>
                </p>
                <AppLink to=AppPath::Start class="button quiet">
                    <Pictogram src="pictograms/ui/arrow-prev.svg" class="icon" />
                    <span>{t.text(ids::NEW_DRAFT_CHOOSE_AGAIN)}</span>
                </AppLink>
            </div>
            <NicknameField
                id=name_id
                label=name_label
                initial=String::new()
                on_input=Callback::new(move |text| nickname.set(text))
            />
            {guardian.then(|| view! {
                <NicknameField
                    id="new-author"
                    label=ids::START_AUTHOR_LABEL
                    initial=String::new()
                    on_input=Callback::new(move |text| author.set(text))
                />
            })}
            <button type="submit" class="button primary big">
                <Pictogram src="pictograms/ui/start.svg" class="icon" />
                <span>{t.text(if guardian { ids::START_GUARDIAN_BUTTON } else { ids::START_BUTTON })}</span>
            </button>
            <Show when=move || start_failed.get()>
                <p role="alert" class="error">{t.text(ids::SAVE_FAILED)}</p>
            </Show>
        </form>
    }
}
