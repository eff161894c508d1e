use crate::components::pictogram::Pictogram;
use crate::domain::AgeBand;
use crate::i18n::use_translate;
use leptos::prelude::*;

/// Picks the age band, which picks the wording. A radio group: arrows move, labels are read.
#[component]
pub fn AgeBandChoice(
    /// Fluent id of the question above the choices.
    legend: &'static str,
    /// Radio group name; unique on the page.
    name: &'static str,
    #[prop(into)] selected: Signal<AgeBand>,
    on_change: Callback<AgeBand>,
) -> impl IntoView {
    let t = use_translate();
    let choices = AgeBand::ALL
        .into_iter()
        .map(|band| {
            view! {
                <label class="choice age-choice" class:selected=move || selected.get() == band>
                    <input
                        type="radio"
                        name=name
                        value=band.wording_key()
                        prop:checked=move || selected.get() == band
                        on:change=move |_| on_change.run(band)
                    />
                    <Pictogram
                        src="pictograms/ui/person.svg"
                        class=match band {
                            AgeBand::Young => "icon age-young",
                            AgeBand::Middle => "icon age-middle",
                            AgeBand::Teen => "icon age-teen",
                        }
                    />
                    <span>{move || t.get(band.message_id())}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="age-band-choice">
            <legend>{move || t.get(legend)}</legend>
            <div class="choices">{choices}</div>
        </fieldset>
    }
}
