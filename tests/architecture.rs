//! The shape of the code: dependencies run downward only (see the README's layout), the domain
//! is plain Rust, and only `src/browser/` touches browser APIs. A `use` that runs back up fails
//! here with the file that has it.

use std::fs;
use std::path::{Path, PathBuf};

/// From the bottom up: a module may use those before it, never those after it.
const LAYERS: [&str; 9] = [
    "ids", "domain", "routes", "i18n", "browser", "stores", "ui", "parts", "app",
];

/// The app's parts: each uses the layers below, never another part.
const PARTS: [&str; 4] = ["child", "meeting", "classroom", "reader"];

fn layer_of(module: &str) -> Option<usize> {
    let layer = if PARTS.contains(&module) {
        "parts"
    } else {
        module
    };
    LAYERS.iter().position(|l| *l == layer)
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The file's top-level module (`src/meeting/board.rs` → "meeting", `src/routes.rs` → "routes")
/// and its text without its test module.
fn modules() -> Vec<(String, String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&src)
        .into_iter()
        .filter_map(|path| {
            let relative = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let top = relative
                .split('/')
                .next()?
                .trim_end_matches(".rs")
                .to_owned();
            let text = fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
            Some((relative, top, code))
        })
        .collect()
}

/// Every `crate::<module>` a text names.
fn crate_paths(code: &str) -> Vec<&str> {
    code.match_indices("crate::")
        .map(|(at, _)| {
            let rest = &code[at + "crate::".len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .collect()
}

#[test]
fn dependencies_run_downward_only() {
    let mut upward = Vec::new();
    let mut checked = 0;
    for (file, top, code) in modules() {
        let Some(own) = layer_of(&top) else {
            continue;
        };
        for used in crate_paths(&code) {
            let Some(theirs) = layer_of(used) else {
                continue;
            };
            checked += 1;
            let other_part = PARTS.contains(&top.as_str()) && PARTS.contains(&used) && used != top;
            if theirs > own || other_part {
                upward.push(format!("{file} uses crate::{used}"));
            }
        }
    }
    assert!(checked > 100, "the scan found too few uses: {checked}");
    upward.sort();
    upward.dedup();
    assert!(
        upward.is_empty(),
        "dependencies running back up: {upward:#?}"
    );
}

#[test]
fn only_the_browser_adapters_touch_browser_apis_and_the_domain_knows_no_leptos() {
    let mut wrong = Vec::new();
    for (file, top, code) in modules() {
        let browser_api = ["web_sys", "js_sys", "wasm_bindgen"]
            .into_iter()
            .any(|api| code.contains(api));
        if browser_api && top != "browser" {
            wrong.push(format!("{file} uses a browser API outside src/browser/"));
        }
        if top == "domain" && code.contains("leptos") {
            wrong.push(format!("{file}: the domain uses Leptos"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
