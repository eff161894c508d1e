//! Two checks before the app is compiled, so that a mistake shows up here as a clear message
//! instead of a blank screen or a raw message id in a child's browser:
//! - a malformed wheel definition (`content/wheel.json`) or help contacts (`content/help.json`),
//!   or one naming a message that `locales/sv/` does not have, refuses to build;
//! - every message id of the Swedish source becomes a constant (`crate::ids`, `src/ids.rs`), and views can ask
//!   only for those: an id that does not exist does not compile.

#[allow(dead_code)]
#[path = "src/domain/wheel.rs"]
mod wheel;

#[allow(dead_code)]
#[path = "src/domain/help.rs"]
mod help;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The Swedish files in the order `i18n::localizer::LOCALE_FILES` has them, and the module their
/// constants go to: the child's page loads only the first two, so the meeting's and the
/// classroom's ids are kept apart where a view on the child's page cannot take one by mistake.
const SOURCES: [(&str, Option<&str>); 4] = [
    ("app.ftl", None),
    ("wheel.ftl", None),
    ("classroom.ftl", Some("meeting")),
    ("meeting.ftl", Some("meeting")),
];

fn main() {
    println!("cargo:rerun-if-changed=content/wheel.json");
    println!("cargo:rerun-if-changed=src/domain/wheel.rs");
    println!("cargo:rerun-if-changed=content/help.json");
    println!("cargo:rerun-if-changed=src/domain/help.rs");
    let mut ids: BTreeMap<String, Option<&str>> = BTreeMap::new();
    for (file, module) in SOURCES {
        let path = format!("locales/sv/{file}");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(&path, &e.to_string()));
        for id in message_ids(&text) {
            if ids.insert(id.clone(), module).is_some() {
                fail(&path, &format!("the message id \"{id}\" is defined twice"));
            }
        }
    }
    let definition = wheel::WheelDefinition::from_json(wheel::SHIPPED_WHEEL_JSON)
        .unwrap_or_else(|error| fail("content/wheel.json", &error.to_string()));
    for area in &definition.areas {
        for id in area.message_ids() {
            if !ids.contains_key(id) {
                fail(
                    "content/wheel.json",
                    &format!(
                        "area \"{}\" names the message \"{id}\", which locales/sv/wheel.ftl does not have",
                        area.id
                    ),
                );
            }
        }
    }
    for feeling in &definition.feelings {
        if !ids.contains_key(&feeling.message) {
            fail(
                "content/wheel.json",
                &format!(
                    "feeling \"{}\" names the message \"{}\", which locales/sv/ does not have",
                    feeling.id, feeling.message
                ),
            );
        }
    }
    let help = help::HelpContacts::from_json(help::SHIPPED_HELP_JSON).and_then(|help| {
        // The help shows on the child's page, which loads app.ftl and wheel.ftl only.
        help.check_names(
            |id| ids.get(id) == Some(&None),
            |area| definition.areas.iter().any(|a| a.id == area),
        )
    });
    if let Err(error) = help {
        fail("content/help.json", &error.to_string());
    }
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("message_ids.rs");
    std::fs::write(out, constants(&ids)).expect("OUT_DIR is writable");
}

/// The ids of a Fluent file's messages (not its terms, which start with `-`).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let starts_well = id.starts_with(|c: char| c.is_ascii_alphabetic());
            let rest_ok = id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            (starts_well && rest_ok && !line.starts_with(' ')).then(|| id.to_owned())
        })
        .collect()
}

fn constants(ids: &BTreeMap<String, Option<&str>>) -> String {
    let mut top = String::new();
    let mut modules: BTreeMap<&str, String> = BTreeMap::new();
    let mut names = BTreeMap::new();
    for (id, module) in ids {
        let name = id.to_ascii_uppercase().replace('-', "_");
        if let Some(other) = names.insert(name.clone(), id.clone()) {
            fail(
                "locales/sv/",
                &format!("the message ids \"{other}\" and \"{id}\" make the same constant {name}"),
            );
        }
        let line = format!("pub const {name}: MessageId = MessageId(\"{id}\");\n");
        match module {
            None => top.push_str(&line),
            Some(module) => modules.entry(module).or_default().push_str(&line),
        }
    }
    let mut code = String::from("// Made by build.rs from locales/sv/*.ftl; not edited by hand.\n");
    code.push_str(&top);
    for (module, lines) in modules {
        let _ = write!(
            code,
            "/// Only the meeting's page (the meeting and the classroom) loads these.\npub mod {module} {{\n    use super::MessageId;\n{lines}}}\n"
        );
    }
    code
}

fn fail(path: &str, problem: &str) -> ! {
    eprintln!("error: {path}: {problem}");
    std::process::exit(1);
}
