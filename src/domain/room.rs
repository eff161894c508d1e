//! What everyone in the meeting room may see. Guardians are usually in the room: an area the
//! child (or a guardian, in their own file) shared "only with the professionals" is shown on the
//! professional's own screen, never on the projector, in the child's summary or in anything
//! printed or copied for the family. Everything here is made by leaving such areas out, so a view
//! built from it cannot show them by mistake.
//!
//! The projector window is a second window of the meeting's page that holds nothing itself: the
//! laptop's window sends it a [`RoomView`] over a same-origin channel, and only that.

use crate::domain::format::shared_media::SharedMedia;
use crate::domain::journey::Journey;
use crate::domain::plan::{areas_in_plan, AreaInPlan, EarlierPlan, PlanInProgress};
use crate::domain::wheel::is_area_id;
use crate::domain::DraftId;
use crate::domain::{Draft, WheelDefinition};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The name of the channel between the meeting's windows on this device.
pub const PROJECTOR_CHANNEL: &str = "barnets-basta-hjulet/projector";

/// The draft as everyone in the room may see it: the areas shared only with the professionals
/// are gone, and so is the list of which they were.
pub fn for_the_room(draft: &Draft) -> Draft {
    let mut copy = draft.clone();
    copy.keep_only_areas(|area| draft.for_everyone(area));
    copy.professionals_only.clear();
    copy
}

/// Each draft as everyone in the room may see it (see [`for_the_room`]).
pub fn all_for_the_room(drafts: &[Draft]) -> Vec<Draft> {
    drafts.iter().map(for_the_room).collect()
}

/// An earlier plan as everyone in the room may see it: its perspectives as they were then, each
/// without what was shared only with the professionals.
pub fn earlier_for_the_room(earlier: &EarlierPlan) -> EarlierPlan {
    EarlierPlan {
        perspectives: all_for_the_room(&earlier.perspectives),
        ..earlier.clone()
    }
}

/// The meeting as the family may see it (the child's summary is made from this): every
/// perspective, now and in the earlier plan, without what was shared only with the professionals.
pub fn meeting_for_the_family(meeting: &PlanInProgress) -> PlanInProgress {
    PlanInProgress {
        perspectives: all_for_the_room(&meeting.perspectives),
        earlier: meeting.earlier.as_ref().map(earlier_for_the_room),
        ..meeting.clone()
    }
}

/// The plan's areas as the print and the copied text carry them: the same areas as the meeting
/// works on (an area stays when only a professionals-only answer saw its need, so what was
/// agreed there is never lost), each with only the answers everyone may see.
pub fn plan_areas_for_the_family<'a>(
    wheel: &'a WheelDefinition,
    drafts: &'a [Draft],
) -> Vec<AreaInPlan<'a>> {
    areas_in_plan(wheel, drafts)
        .into_iter()
        .map(|mut in_plan| {
            let area = &in_plan.area.id;
            in_plan.perspectives.retain(|p| p.draft.for_everyone(area));
            in_plan
        })
        .collect()
}

/// Whether any draft holds an area shared only with the professionals.
pub fn holds_professionals_only(drafts: &[Draft]) -> bool {
    drafts
        .iter()
        .any(|draft| draft.answers.keys().any(|area| !draft.for_everyone(area)))
}

/// What the projector shows: the wheel with every perspective's marks and the chosen area, made
/// only of what everyone in the room may see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomView {
    /// The laptop's language, which the projector speaks too (a language code).
    pub language: String,
    /// The perspectives taken into the meeting, each as the room may see it.
    pub perspectives: Vec<Draft>,
    /// The earlier plan of a follow-up, as the room may see it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier: Option<EarlierPlan>,
    /// The area chosen on the laptop.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chosen_area: Option<String>,
    /// The chosen area's drawings, by the wheel they came with: only where the room's copy of
    /// that wheel says one came. Never a voice note (it plays on the laptop).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub drawings: BTreeMap<DraftId, SharedMedia>,
    /// The journey over time (`plan::journey_of`), which holds only what everyone may see.
    #[serde(default, skip_serializing_if = "Journey::is_empty")]
    pub journey: Journey,
}

impl RoomView {
    /// The view of these perspectives (and earlier plan) for the room: whatever is passed in, what
    /// was shared only with the professionals is left out here.
    pub fn new(
        language: &str,
        perspectives: &[Draft],
        earlier: Option<&EarlierPlan>,
        chosen_area: Option<String>,
        brought: &BTreeMap<DraftId, SharedMedia>,
    ) -> Self {
        let perspectives = all_for_the_room(perspectives);
        let drawings = chosen_area
            .as_ref()
            .map(|area| {
                perspectives
                    .iter()
                    .filter(|draft| draft.drawn.contains(area))
                    .filter_map(|draft| {
                        let drawing = brought.get(&draft.id)?.drawings.get(area)?;
                        let media = SharedMedia {
                            drawings: BTreeMap::from([(area.clone(), drawing.clone())]),
                            ..SharedMedia::default()
                        };
                        Some((draft.id.clone(), media))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self {
            language: language.to_owned(),
            perspectives,
            earlier: earlier.map(earlier_for_the_room),
            chosen_area,
            drawings,
            journey: Journey::default(),
        }
    }

    /// The view with the meeting's journey over time (see `plan::journey_of`).
    pub fn with_journey(self, journey: Journey) -> Self {
        Self { journey, ..self }
    }
}

/// What the meeting's windows say to each other over [`PROJECTOR_CHANNEL`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ProjectorMessage {
    /// Laptop → projector: show this now.
    Show { view: RoomView },
    /// Laptop → projector: the laptop's page is going away (reloaded, closed, left in a hurry):
    /// show nothing until it is back and sends the view again.
    Paused,
    /// Laptop → projector: the meeting has ended; show nothing more and close.
    Ended,
    /// Laptop → projector: close the window; the meeting goes on.
    Close,
    /// Laptop → projector: is a projector window open? (after the laptop's page reloaded)
    Ask,
    /// Projector → laptop: a projector window is open; send what to show.
    Here,
    /// Projector → laptop: the projector window is closing.
    Gone,
    /// Projector → laptop: an area was chosen on the projector (a click on the wall's screen):
    /// the laptop chooses it, so that both show the same.
    Choose { area: String },
}

impl ProjectorMessage {
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The message in `text`; None for anything else (another version of the app, a damaged
    /// message), which the windows ignore. What a projector would show is held to what the
    /// meeting itself accepts, and never holds what is for the professionals only.
    pub fn from_text(text: &str) -> Option<Self> {
        let message: Self = serde_json::from_str(text).ok()?;
        if let Self::Show { view } = &message {
            let fits = view
                .perspectives
                .iter()
                .chain(view.earlier.iter().flat_map(|e| &e.perspectives))
                .all(|d| d.within_bounds().is_ok() && d.professionals_only.is_empty());
            // Drawings only, each of a wheel shown and said by it to have come.
            let drawings_fit = view.drawings.iter().all(|(id, media)| {
                media.voice_notes.is_empty()
                    && media.check().is_ok()
                    && view.perspectives.iter().any(|d| {
                        &d.id == id && media.drawings.keys().all(|area| d.drawn.contains(area))
                    })
            });
            if !fits || !drawings_fit || !view.journey.within_bounds() {
                return None;
            }
        }
        if let Self::Choose { area } = &message {
            if !is_area_id(area) {
                return None;
            }
        }
        Some(message)
    }
}
