use crate::domain::build_info::{
    BuildInfo, DEPENDENCY_LIST, LICENCE_APACHE, LICENCE_MIT, LICENCE_PICTOGRAMS,
    THIRD_PARTY_NOTICES,
};
use crate::i18n::use_translate;
use crate::ids;
use crate::ui::disclosure::Disclosure;
use leptos::prelude::*;

/// "Om appen", closed at the foot of every page of both apps (so it takes no room in the child's
/// header): which version this is, the date of the source code it was built from, the licences
/// — the app's, the pictograms', and every part's in the list the build put beside the app, all
/// on the app's own origin — and where the source code is, as the county gave it when it built
/// the app. That address is shown as text: the app never takes anyone there.
#[component]
pub fn AboutApp() -> impl IntoView {
    view! {
        <Disclosure class="about-app" icon="pictograms/ui/about.svg" heading=ids::ABOUT_HEADING>
            <AboutThisBuild />
        </Disclosure>
    }
}

#[component]
fn AboutThisBuild() -> impl IntoView {
    let t = use_translate();
    let info = BuildInfo::of_this_build();
    let version = move || match info.commit {
        Some(commit) => t.get_with(
            ids::ABOUT_VERSION_COMMIT,
            &[("version", info.version.into()), ("commit", commit.into())],
        ),
        None => t.get_with(ids::ABOUT_VERSION, &[("version", info.version.into())]),
    };
    let date = move || match info.commit_date {
        Some(date) => t.get_with(ids::ABOUT_DATE, &[("date", date.into())]),
        None => t.get(ids::ABOUT_DATE_UNKNOWN),
    };
    let source = move || match info.source_address {
        Some(address) => t.get_with(ids::ABOUT_SOURCE, &[("address", address.into())]),
        None => t.get(ids::ABOUT_SOURCE_NOT_SET),
    };
    view! {
        <div class="about-app-text">
            <p class="about-version">{version}</p>
            <p class="about-date">{date}</p>
            <h2>{t.text(ids::ABOUT_LICENCES)}</h2>
            <ul class="about-licences">
                <li>
                    <span>{t.text(ids::ABOUT_LICENCE_APP)}</span>
                    <LicenceFile path=LICENCE_MIT />
                    <LicenceFile path=LICENCE_APACHE />
                </li>
                <li>
                    <span>{t.text(ids::ABOUT_LICENCE_PICTOGRAMS)}</span>
                    <LicenceFile path=LICENCE_PICTOGRAMS />
                </li>
                <li>
                    <span>{t.text(ids::ABOUT_LICENCE_PARTS)}</span>
                    <LicenceFile path=DEPENDENCY_LIST />
                    <LicenceFile path=THIRD_PARTY_NOTICES />
                </li>
            </ul>
            <p class="about-source">{source}</p>
        </div>
    }
}

/// A licence file beside the app, by its name, opened in a tab of its own so that nothing on
/// this page is lost (the meeting's tab warns before it is left).
#[component]
fn LicenceFile(path: &'static str) -> impl IntoView {
    let name = path.rsplit('/').next().unwrap_or(path);
    view! {
        <a class="licence-file" href=path target="_blank" rel="external noopener" dir="ltr">
            {name}
        </a>
    }
}
