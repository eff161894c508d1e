//! The plan's plain text in the reader's language: the domain's `PlanLabels` answered with the
//! interface's messages and the browser's own date format.

use crate::browser::document::format_date;
use crate::domain::plan::PlanLabels;
use crate::domain::{AreaDefinition, Draft, Perspective};
use crate::i18n::Translate;
use crate::ids::{self, MessageId};
use chrono::NaiveDate;

/// Whose view a draft is, as the plan and the share screen label it.
pub fn who_label(t: Translate, draft: &Draft) -> String {
    match draft.perspective {
        Perspective::Child => t.get(ids::WHO_CHILD),
        Perspective::Guardian if draft.author.is_empty() => t.get(ids::WHO_GUARDIAN_UNNAMED),
        Perspective::Guardian => {
            t.get_with(ids::WHO_GUARDIAN, &[("name", draft.author.clone().into())])
        }
        Perspective::Professional if draft.author.is_empty() => {
            t.get(ids::WHO_PROFESSIONAL_UNNAMED)
        }
        Perspective::Professional => t.get_with(
            ids::WHO_PROFESSIONAL,
            &[("name", draft.author.clone().into())],
        ),
    }
}

impl PlanLabels for Translate {
    fn message(&self, id: MessageId) -> String {
        self.get(id)
    }

    fn area_name(&self, area: &AreaDefinition) -> String {
        self.content(&area.messages.name)
    }

    fn area_title(&self, area: &AreaDefinition) -> String {
        self.content(&area.messages.title)
    }

    fn who(&self, draft: &Draft) -> String {
        who_label(*self, draft)
    }

    fn date(&self, date: NaiveDate) -> String {
        let noon = date.and_hms_opt(12, 0, 0).expect("noon exists").and_utc();
        format_date(noon, self.language().code())
    }
}
