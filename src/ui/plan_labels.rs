//! The plan's plain text in the reader's language: the domain's `PlanLabels` answered with the
//! interface's messages and the browser's own date format.

use crate::browser::document::format_date;
use crate::domain::plan::PlanLabels;
use crate::domain::{AreaDefinition, Draft, Perspective};
use crate::i18n::Translate;
use crate::ids::{self, MessageId};
use chrono::NaiveDate;
use fluent_bundle::FluentValue;

/// Whose view a draft is, as the plan and the share screen label it.
pub fn who_label(t: Translate, draft: &Draft) -> String {
    who_with(draft, |id, args| t.get_with(id, args))
}

/// Whose view a draft is, with `text` giving a message with its arguments in some language.
pub fn who_with(
    draft: &Draft,
    text: impl Fn(MessageId, &[(&str, FluentValue<'_>)]) -> String,
) -> String {
    let name = [("name", FluentValue::from(draft.author.clone()))];
    match draft.perspective {
        Perspective::Child => text(ids::WHO_CHILD, &[]),
        Perspective::Guardian if draft.author.is_empty() => text(ids::WHO_GUARDIAN_UNNAMED, &[]),
        Perspective::Guardian => text(ids::WHO_GUARDIAN, &name),
        Perspective::Professional if draft.author.is_empty() => {
            text(ids::WHO_PROFESSIONAL_UNNAMED, &[])
        }
        Perspective::Professional => text(ids::WHO_PROFESSIONAL, &name),
    }
}

/// A date as people write it in `language_code`, at noon so no time zone moves the day.
pub fn plan_date(date: NaiveDate, language_code: &str) -> String {
    let noon = date.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
    format_date(noon, language_code)
}

impl PlanLabels for Translate {
    fn message(&self, id: MessageId) -> String {
        self.get(id)
    }

    fn area_name(&self, area: &AreaDefinition) -> String {
        Translate::content(*self, &area.messages.name)
    }

    fn area_title(&self, area: &AreaDefinition) -> String {
        Translate::content(*self, &area.messages.title)
    }

    fn content(&self, id: &str) -> String {
        Translate::content(*self, id)
    }

    fn who(&self, draft: &Draft) -> String {
        who_label(*self, draft)
    }

    fn date(&self, date: NaiveDate) -> String {
        plan_date(date, self.language().code())
    }
}

/// The plan's labels on paper: the screen's words, dates ÅÅÅÅ-MM-DD as Swedish documents write
/// them.
pub struct OnPaper(pub Translate);

impl PlanLabels for OnPaper {
    fn message(&self, id: MessageId) -> String {
        self.0.message(id)
    }

    fn area_name(&self, area: &AreaDefinition) -> String {
        self.0.area_name(area)
    }

    fn area_title(&self, area: &AreaDefinition) -> String {
        self.0.area_title(area)
    }

    fn content(&self, id: &str) -> String {
        PlanLabels::content(&self.0, id)
    }

    fn who(&self, draft: &Draft) -> String {
        self.0.who(draft)
    }

    fn date(&self, date: NaiveDate) -> String {
        crate::ui::print_note::paper_date(date)
    }
}
