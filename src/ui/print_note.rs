//! On paper: the day a page was printed, in a line that says what the page is and where it comes
//! from. Dates on paper are ÅÅÅÅ-MM-DD in every language, as Swedish documents write them.

use crate::browser::share::print_day;
use crate::i18n::use_translate;
use crate::ids::MessageId;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A date on paper: ÅÅÅÅ-MM-DD whatever the language, never the browser's own format.
pub fn paper_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The printed line `message`, its `$date` the day of printing; seen only on paper.
#[component]
pub fn PrintNote(message: MessageId) -> impl IntoView {
    let t = use_translate();
    let today = print_day();
    view! {
        <p class="print-only print-note">
            {move || t.get_with(message, &[("date", paper_date(today.get()).into())])}
        </p>
    }
}
