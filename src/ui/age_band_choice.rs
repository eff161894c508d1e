use crate::domain::AgeBand;
use crate::ids::MessageId;
use crate::ui::picture_choice::{PictureChoice, PictureOption};
use leptos::prelude::*;

/// The person pictogram's class for an age band: the younger, the smaller the figure.
pub fn age_pictogram_class(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Young => "icon age-young",
        AgeBand::Middle => "icon age-middle",
        AgeBand::Teen => "icon age-teen",
    }
}

/// Picks the age band, which picks the wording (youngest: fewest words).
#[component]
pub fn AgeBandChoice(
    /// Fluent id of the question above the choices.
    legend: MessageId,
    /// Radio group name; unique on the page.
    name: &'static str,
    #[prop(into)] selected: Signal<AgeBand>,
    on_change: Callback<AgeBand>,
) -> impl IntoView {
    let options = AgeBand::ALL
        .into_iter()
        .map(|band| PictureOption {
            value: band,
            key: band.wording_key(),
            pictogram: "pictograms/ui/person.svg",
            pictogram_class: age_pictogram_class(band),
            message_id: band.message_id(),
        })
        .collect();
    view! { <PictureChoice legend name options selected on_change /> }
}
