//! The languages the app ships, and the choice of one from the browser's preferences.

/// Every language has complete Fluent files in `locales/<code>/`; Swedish is the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Swedish,
    English,
    Arabic,
    /// Persian; also read by Dari speakers from Afghanistan.
    Persian,
    Somali,
    Tigrinya,
    Ukrainian,
    /// Finnish, a national minority language in Sweden.
    Finnish,
}

impl Language {
    /// In the order the picker shows them.
    pub const ALL: [Self; 8] = [
        Self::Swedish,
        Self::English,
        Self::Arabic,
        Self::Persian,
        Self::Somali,
        Self::Tigrinya,
        Self::Ukrainian,
        Self::Finnish,
    ];

    /// BCP 47 code: the `locales/` folder, `<html lang>` and the speech voice's language.
    pub fn code(self) -> &'static str {
        match self {
            Self::Swedish => "sv",
            Self::English => "en",
            Self::Arabic => "ar",
            Self::Persian => "fa",
            Self::Somali => "so",
            Self::Tigrinya => "ti",
            Self::Ukrainian => "uk",
            Self::Finnish => "fi",
        }
    }

    /// The language's name for itself. Kept here as well as in its `.ftl` file so that the picker
    /// shows every name before that language is loaded.
    pub fn own_name(self) -> &'static str {
        match self {
            Self::Swedish => "Svenska",
            Self::English => "English",
            Self::Arabic => "العربية",
            Self::Persian => "فارسی / دری",
            Self::Somali => "Soomaali",
            Self::Tigrinya => "ትግርኛ",
            Self::Ukrainian => "Українська",
            Self::Finnish => "Suomi",
        }
    }

    pub fn is_right_to_left(self) -> bool {
        matches!(self, Self::Arabic | Self::Persian)
    }

    /// The value of `<html dir>`.
    pub fn direction(self) -> &'static str {
        if self.is_right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// Codes a speech voice may carry for this language (Dari voices say `prs`).
    pub fn voice_codes(self) -> &'static [&'static str] {
        match self {
            Self::Swedish => &["sv"],
            Self::English => &["en"],
            Self::Arabic => &["ar"],
            Self::Persian => &["fa", "prs"],
            Self::Somali => &["so"],
            Self::Tigrinya => &["ti"],
            Self::Ukrainian => &["uk"],
            Self::Finnish => &["fi"],
        }
    }

    /// True when a speech voice tagged `voice_lang` (e.g. `sv-SE`) speaks this language.
    pub fn voice_matches(self, voice_lang: &str) -> bool {
        let primary = voice_lang
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        self.voice_codes().contains(&primary.as_str())
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        if primary == "prs" {
            return Some(Self::Persian);
        }
        Self::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    /// The first of the browser's preferred languages that the app has; Swedish otherwise.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred
            .into_iter()
            .find_map(Self::from_code)
            .unwrap_or(Self::Swedish)
    }
}
