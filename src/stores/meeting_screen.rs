//! What the meeting's screens show. The laptop's window holds the meeting; a projector window
//! (a second window of the page, for the extended screen) holds nothing itself: this store sends
//! it, over a same-origin channel, only what everyone in the room may see — the perspectives
//! without the areas shared only with the professionals, and the chosen area — after every
//! change, and tells it when the meeting ends.
//!
//! With no projector window open, the laptop's screen is likely the one the room sees (mirrored
//! or shared): what is for the professionals only then stays hidden here too, until the
//! professional shows it.

use crate::browser::broadcast::Broadcast;
use crate::browser::document;
use crate::browser::page_life::when_leaving;
use crate::domain::journey::Journey;
use crate::domain::plan::{journey_of, EarlierPlan};
use crate::domain::room::{
    all_for_the_room, earlier_for_the_room, ProjectorMessage, RoomView, PROJECTOR_CHANNEL,
};
use crate::domain::Draft;
use crate::i18n::use_translate;
use crate::routes::AppPath;
use crate::stores::draft_session::use_wheel;
use crate::stores::meeting::Meeting;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct MeetingScreen {
    /// The area chosen on the wheel.
    pub chosen: RwSignal<Option<String>>,
    /// Whether a projector window says it is open.
    projector_open: RwSignal<bool>,
    /// Whether the professional chose to show here what is for the professionals only.
    revealed: RwSignal<bool>,
    /// The perspectives as this screen shows them.
    shown: Memo<Vec<Draft>>,
    /// The earlier plan (of a follow-up) as this screen shows it.
    shown_earlier: Memo<Option<EarlierPlan>>,
    /// The journey over time: only what everyone may see, on every screen.
    journey: Memo<Journey>,
    channel: Broadcast,
}

impl MeetingScreen {
    /// The laptop's screens for `meeting`, in step with any projector window from now on.
    pub fn open(meeting: Meeting) -> Self {
        let t = use_translate();
        let chosen = RwSignal::new(None::<String>);
        let wheel_areas: Vec<String> = use_wheel().areas.iter().map(|a| a.id.clone()).collect();
        let projector_open = RwSignal::new(false);
        let revealed = RwSignal::new(false);
        // Each time a projector window says it is there: it gets what to show at once.
        let projector_here = RwSignal::new(0_u32);
        let channel =
            Broadcast::open(
                PROJECTOR_CHANNEL,
                move |text| match ProjectorMessage::from_text(&text) {
                    Some(ProjectorMessage::Here) => {
                        projector_open.set(true);
                        projector_here.update(|n| *n = n.wrapping_add(1));
                    }
                    Some(ProjectorMessage::Gone) => projector_open.set(false),
                    // Only an area of this county's wheel: the one shown on both screens.
                    Some(ProjectorMessage::Choose { area }) if wheel_areas.contains(&area) => {
                        chosen.set(Some(area));
                    }
                    _ => {}
                },
            );
        // The page may have been reloaded with a projector window still open.
        channel.post(&ProjectorMessage::Ask.to_text());
        // While this page is away (reloading, closed, quick exit), the projector shows nothing.
        when_leaving(move || channel.post(&ProjectorMessage::Paused.to_text()));

        let included = meeting.included();
        // The earlier plan with only the perspectives taken into this one.
        let earlier = Memo::new(move |_| {
            meeting.with(|w| {
                w.earlier.as_ref().map(|e| EarlierPlan {
                    perspectives: w.earlier_included(),
                    ..e.clone()
                })
            })
        });
        let everything_here = move || projector_open.get() || revealed.get();
        let shown = Memo::new(move |_| {
            if everything_here() {
                included.get()
            } else {
                included.with(|drafts| all_for_the_room(drafts))
            }
        });
        let shown_earlier = Memo::new(move |_| {
            let earlier = earlier.get();
            if everything_here() {
                earlier
            } else {
                earlier.as_ref().map(earlier_for_the_room)
            }
        });
        let journey = journey_memo(meeting);
        // What the room may see, whatever this screen shows.
        let room = Memo::new(move |_| {
            included.with(|drafts| {
                earlier.with(|earlier| {
                    meeting.media().all_brought(|brought| {
                        RoomView::new(
                            t.language().code(),
                            drafts,
                            earlier.as_ref(),
                            chosen.get(),
                            brought,
                        )
                        .with_journey(journey.get())
                    })
                })
            })
        });
        Effect::new(move |_| {
            projector_here.track();
            if projector_open.get() {
                let view = room.get();
                channel.post(&ProjectorMessage::Show { view }.to_text());
            }
        });
        Self {
            chosen,
            projector_open,
            revealed,
            shown,
            shown_earlier,
            journey,
            channel,
        }
    }

    /// Opens the projector window; it says when it is there.
    pub fn open_projector(self) {
        document::open_window(&AppPath::Projector.href());
    }

    /// Closes the projector window; the meeting goes on here.
    pub fn close_projector(self) {
        self.channel.post(&ProjectorMessage::Close.to_text());
        self.projector_open.set(false);
    }

    /// The meeting has ended: the projector window shows nothing more and closes.
    pub fn end(self) {
        self.channel.post(&ProjectorMessage::Ended.to_text());
        self.projector_open.set(false);
    }

    pub fn projector_open(self) -> bool {
        self.projector_open.get()
    }

    /// Whether this screen shows what is for the professionals only (marked as such): when a
    /// projector window shows the room its part, or when the professional chose to.
    pub fn shows_professionals_only(self) -> bool {
        self.projector_open.get() || self.revealed.get()
    }

    pub fn revealed(self) -> bool {
        self.revealed.get()
    }

    pub fn reveal(self, shown: bool) {
        self.revealed.set(shown);
    }

    /// The perspectives as this screen shows them.
    pub fn shown(self) -> Memo<Vec<Draft>> {
        self.shown
    }

    /// The earlier plan as this screen shows it.
    pub fn shown_earlier(self) -> Memo<Option<EarlierPlan>> {
        self.shown_earlier
    }

    /// The journey over time, as everyone may see it.
    pub fn journey(self) -> Memo<Journey> {
        self.journey
    }
}

/// The meeting's journey over time (see [`journey_of`]): this meeting on the day its plan says,
/// or today on this computer's calendar.
pub fn journey_memo(meeting: Meeting) -> Memo<Journey> {
    Memo::new(move |_| meeting.with(|m| journey_of(m, document::local_date(chrono::Utc::now()))))
}
