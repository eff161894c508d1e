//! `/wheel/:draft`: the child's wheel, the way into each area.

use crate::child::nickname_field::NicknameField;
use crate::child::passphrase_lock::PassphraseLock;
use crate::child::promised::Promised;
use crate::child::responsible_guide::ResponsibleGuide;
use crate::child::safety_alert::SafetyAlert;
use crate::domain::Perspective;
use crate::i18n::use_translate;
use crate::ids;
use crate::routes::AppPath;
use crate::stores::draft_session::{use_wheel, CurrentDraft, DraftEditor};
use crate::ui::after_first_paint::AfterFirstPaint;
use crate::ui::age_band_choice::AgeBandChoice;
use crate::ui::app_link::AppLink;
use crate::ui::disclosure::Disclosure;
use crate::ui::pictogram::Pictogram;
use crate::ui::read_aloud::{AutoRead, ReadAloud};
use crate::ui::wheel_picture::WheelPicture;
use leptos::prelude::*;

#[component]
pub fn WheelPage() -> impl IntoView {
    let t = use_translate();
    let wheel = use_wheel();
    let CurrentDraft(draft) = expect_context();
    let editor: DraftEditor = expect_context();
    let total = wheel.areas.len();

    let heading = move || {
        draft.with(|d| {
            if d.nickname.is_empty() {
                t.get(ids::WHEEL_HEADING)
            } else {
                t.get_with(
                    ids::WHEEL_HEADING_NAMED,
                    &[("name", d.nickname.clone().into())],
                )
            }
        })
    };
    let answered = {
        let wheel = wheel.clone();
        Memo::new(move |_| draft.with(|d| d.answered_count(&wheel)))
    };
    let progress = move || {
        t.get_with(
            ids::WHEEL_PROGRESS,
            &[("count", answered.get().into()), ("total", total.into())],
        )
    };
    let help = Memo::new(move |_| draft.with(|d| d.help_now(&wheel)));

    view! {
        <div class="wheel-page">
            <h1>{heading}</h1>
            <p class="instructions">
                {t.text(ids::WHEEL_INSTRUCTIONS)}
                <ReadAloud text=Signal::derive(t.text(ids::WHEEL_INSTRUCTIONS)) />
            </p>
            <AutoRead text=Signal::derive(t.text(ids::WHEEL_INSTRUCTIONS)) />
            <WheelPicture />
            <p class="progress">{progress}</p>
            {move || help.get().map(|shown| view! { <SafetyAlert shown /> })}
            <AfterFirstPaint>
                <Promised />
                <AppLink to=AppPath::Share(draft.with_untracked(|d| d.id.clone())) class="button primary big">
                    <Pictogram src="pictograms/ui/share.svg" class="icon" />
                    <span>{t.text(ids::SHARE_OPEN)}</span>
                </AppLink>
                <Show when=move || draft.with(|d| d.perspective == Perspective::Guardian)>
                    <ResponsibleGuide />
                </Show>
                <Disclosure class="about-me" icon="pictograms/ui/person.svg" heading=ids::WHEEL_ABOUT_ME>
                    <NicknameField
                        id="nickname"
                        label=ids::WHEEL_NICKNAME_LABEL
                        initial=draft.with_untracked(|d| d.nickname.clone())
                        on_input=Callback::new(move |text: String| editor.edit(|d, now| d.set_nickname(&text, now)))
                    />
                    <AgeBandChoice
                        legend=ids::WHEEL_AGE_LEGEND
                        name="age-band"
                        selected=Memo::new(move |_| draft.with(|d| d.age_band))
                        on_change=Callback::new(move |band| editor.edit(|d, now| d.set_age_band(band, now)))
                    />
                </Disclosure>
                <PassphraseLock />
                <AppLink to=AppPath::Start class="button quiet">
                    <Pictogram src="pictograms/ui/arrow-prev.svg" class="icon" />
                    <span>{t.text(ids::NAV_START)}</span>
                </AppLink>
            </AfterFirstPaint>
        </div>
    }
}
