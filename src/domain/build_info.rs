//! Which build of the app this is, as the about panel shows it: the version (Cargo.toml), the
//! commit the build was made from and that commit's date, and the address of the source code
//! that the county gave when it built the app. `scripts/build.sh` passes the last three in as
//! `HJULET_COMMIT`, `HJULET_COMMIT_DATE` and `HJULET_SOURCE_URL`: the commit's date, never the
//! build's clock, so that the same commit builds the same files. Without them (a plain `cargo
//! build`, a copy of the source without git) each is unknown and the panel says so.

/// The licence files the build puts beside the app (`scripts/licenses.mjs`), on its own origin.
pub const LICENCE_MIT: &str = "/licenses/MIT.txt";
pub const LICENCE_APACHE: &str = "/licenses/Apache-2.0.txt";
pub const LICENCE_PICTOGRAMS: &str = "/licenses/PICTOGRAMS.txt";
/// Every part the app is built from, with its version and licence (CycloneDX JSON).
pub const DEPENDENCY_LIST: &str = "/licenses/dependencies.json";
/// The licence texts and copyright notices of the crates compiled into the app.
pub const THIRD_PARTY_NOTICES: &str = "/licenses/third-party.txt";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildInfo {
    pub version: &'static str,
    /// The commit's short hash; "-modified" after it when the build had uncommitted changes.
    pub commit: Option<&'static str>,
    /// The commit's date, `YYYY-MM-DD` (as dates on paper are, in every language).
    pub commit_date: Option<&'static str>,
    /// Where the source code is, as the county wrote it; shown as text, never followed by the app.
    pub source_address: Option<&'static str>,
}

impl BuildInfo {
    /// This build's, from what the compiler was given.
    pub fn of_this_build() -> Self {
        Self::from_values(
            env!("CARGO_PKG_VERSION"),
            option_env!("HJULET_COMMIT"),
            option_env!("HJULET_COMMIT_DATE"),
            option_env!("HJULET_SOURCE_URL"),
        )
    }

    /// An empty or blank value is unknown, and so is a date that is not `YYYY-MM-DD`.
    pub fn from_values(
        version: &'static str,
        commit: Option<&'static str>,
        commit_date: Option<&'static str>,
        source_address: Option<&'static str>,
    ) -> Self {
        let given = |value: Option<&'static str>| value.map(str::trim).filter(|v| !v.is_empty());
        Self {
            version,
            commit: given(commit),
            commit_date: given(commit_date).filter(|date| is_iso_date(date)),
            source_address: given(source_address),
        }
    }
}

/// `YYYY-MM-DD` in shape (what `git log --format=%cs` writes); checked without a date library,
/// which would add its parsing to the child's wasm for one line of the about panel.
fn is_iso_date(text: &str) -> bool {
    text.len() == 10
        && text.bytes().enumerate().all(|(at, byte)| match at {
            4 | 7 => byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_build_passed_in_is_shown() {
        let info = BuildInfo::from_values(
            "0.1.0",
            Some("dc58353"),
            Some("2026-11-27"),
            Some(" https://git.example.se/hjulet "),
        );
        assert_eq!(info.commit, Some("dc58353"));
        assert_eq!(info.commit_date, Some("2026-11-27"));
        assert_eq!(info.source_address, Some("https://git.example.se/hjulet"));
    }

    #[test]
    fn nothing_passed_in_or_nonsense_is_unknown() {
        let info = BuildInfo::from_values("0.1.0", Some(""), Some("2026-11-27T10:00"), Some("  "));
        assert_eq!(
            (info.commit, info.commit_date, info.source_address),
            (None, None, None)
        );
        let info = BuildInfo::from_values("0.1.0", None, None, None);
        assert_eq!(
            (info.commit, info.commit_date, info.source_address),
            (None, None, None)
        );
    }

    #[test]
    fn the_version_is_cargo_tomls() {
        assert_eq!(
            BuildInfo::of_this_build().version,
            env!("CARGO_PKG_VERSION")
        );
    }
}
