//! `/meeting/projector`: the meeting's second window, for the projector (the extended screen).
//! It shows the wheel with every perspective's marks and the chosen area (the child's first),
//! large enough to read from the back of the room, on one screen without scrolling — and only
//! what everyone in the room may see. It holds nothing itself: what it shows comes from the
//! meeting's own window over a same-origin channel, made there only of what is for everyone
//! (`domain::room`); it reads and writes no storage of the meeting. When the meeting's window
//! goes away it shows nothing; when the meeting ends it empties and closes.

use crate::browser::broadcast::Broadcast;
use crate::browser::page_life::when_leaving;
use crate::browser::{document, storage};
use crate::domain::language::Language;
use crate::domain::room::{ProjectorMessage, RoomView, PROJECTOR_CHANNEL};
use crate::i18n::use_translate;
use crate::ids;
use crate::meeting::area_panel::AreaPanel;
use crate::meeting::board::MeetingLegend;
use crate::stores::language::LanguageChooser;
use crate::stores::meeting::BroughtMedia;
use crate::ui::choosing_wheel::ChoosingWheel;
use leptos::prelude::*;

/// What the projector window shows.
#[derive(Clone, PartialEq)]
enum Showing {
    /// Nothing yet, or the meeting's window is away: the meeting's name and nothing else.
    Waiting,
    /// What everyone in the room may see, as the meeting's window sent it.
    Room(RoomView),
    /// The meeting has ended (shown only where the browser would not close the window).
    Ended,
}

#[component]
pub fn ProjectorPage() -> impl IntoView {
    let t = use_translate();
    let chooser: LanguageChooser = expect_context();
    let showing = RwSignal::new(Showing::Waiting);
    // The chosen area's drawings, as the meeting's window sends them with each view.
    let drawings = BroughtMedia::for_projector();
    provide_context(drawings);
    // The area shown: the laptop's choice, each time it sends one.
    let chosen = RwSignal::new(None::<String>);
    // The area the laptop last sent: a choice made here (a click on the wall's screen) differs
    // from it, and goes to the laptop, which chooses it for both.
    let from_laptop = StoredValue::new(None::<String>);
    // Each time the meeting's window asks whether a projector is open.
    let asked = RwSignal::new(0_u32);
    let hear = move |text: String| match ProjectorMessage::from_text(&text) {
        Some(ProjectorMessage::Show { view }) => {
            if let Some(language) = Language::from_code(&view.language) {
                if language != t.language() {
                    chooser.show(language);
                }
            }
            from_laptop.set_value(view.chosen_area.clone());
            chosen.set(view.chosen_area.clone());
            drawings.show(view.drawings.clone());
            showing.set(Showing::Room(view));
        }
        Some(ProjectorMessage::Paused) => {
            drawings.show(Default::default());
            showing.set(Showing::Waiting);
        }
        Some(ProjectorMessage::Ended) => {
            drawings.show(Default::default());
            showing.set(Showing::Ended);
            // A window opened another way may have a copy of the meeting in its tab: gone too.
            storage::remove_meeting();
            document::close_window();
        }
        Some(ProjectorMessage::Close) => {
            showing.set(Showing::Waiting);
            document::close_window();
        }
        Some(ProjectorMessage::Ask) => asked.update(|n| *n = n.wrapping_add(1)),
        _ => {}
    };
    let channel = Broadcast::open(PROJECTOR_CHANNEL, hear);
    Effect::new(move |_| {
        asked.track();
        channel.post(&ProjectorMessage::Here.to_text());
    });
    when_leaving(move || channel.post(&ProjectorMessage::Gone.to_text()));
    Effect::new(move |_| {
        if let Some(area) = chosen.get() {
            if Some(&area) != from_laptop.get_value().as_ref() {
                channel.post(&ProjectorMessage::Choose { area }.to_text());
            }
        }
    });

    let room = Memo::new(move |_| match showing.get() {
        Showing::Room(view) => Some(view),
        _ => None,
    });
    let drafts = Signal::derive(move || {
        room.with(|r| {
            r.as_ref()
                .map(|r| r.perspectives.clone())
                .unwrap_or_default()
        })
    });
    let earlier = Signal::derive(move || room.with(|r| r.as_ref().and_then(|r| r.earlier.clone())));
    let journey = Signal::derive(move || {
        room.with(|r| r.as_ref().map(|r| r.journey.clone()).unwrap_or_default())
    });
    let has_room = move || room.with(Option::is_some);
    view! {
        <div class="projector-view">
            <h1 class="visually-hidden">{t.text(ids::meeting::MEETING_PROJECTOR_HEADING)}</h1>
            <Show
                when=has_room
                fallback=move || {
                    let message = if showing.get() == Showing::Ended {
                        ids::meeting::MEETING_PROJECTOR_ENDED
                    } else {
                        ids::meeting::MEETING_PROJECTOR_WAITING
                    };
                    view! { <p class="projector-waiting" role="status">{t.text(message)}</p> }
                }
            >
                <section class="meeting-board projector-board" aria-labelledby="projector-wheel-heading">
                    <h2 id="projector-wheel-heading" class="visually-hidden">
                        {t.text(ids::meeting::MEETING_WHEEL_LABEL)}
                    </h2>
                    <ChoosingWheel label=ids::meeting::MEETING_WHEEL_LABEL drafts selected=chosen />
                    <div class="meeting-side">
                        <MeetingLegend drafts />
                        <AreaPanel selected=chosen drafts earlier journey />
                    </div>
                </section>
            </Show>
        </div>
    }
}
