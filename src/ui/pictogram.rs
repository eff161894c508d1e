use leptos::prelude::*;

/// Where a pictogram file's symbol is in the page's inline sprite (scripts/pictogram-sprite.mjs
/// makes the sprite with the same names): "pictograms/areas/safe.svg" → "#pictogram-areas-safe".
pub fn symbol_href(path: &str) -> String {
    let name = path.strip_prefix("pictograms/").unwrap_or(path);
    let name = name.strip_suffix(".svg").unwrap_or(name);
    format!("#pictogram-{}", name.replace('/', "-"))
}

/// A picture beside a text (bildstöd). Always decorative: the text next to it is the label, so
/// screen readers do not read the same thing twice.
#[component]
pub fn Pictogram(
    /// Path relative to the app's root, as in the wheel definition.
    #[prop(into)]
    src: String,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let class = if class.is_empty() {
        "pictogram".to_owned()
    } else {
        format!("pictogram {class}")
    };
    // The sprite's symbols carry their own viewBox; this one gives the picture its square shape
    // where the CSS sets only a width.
    view! {
        <svg class=class viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <use href=symbol_href(&src) />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::symbol_href;

    #[test]
    fn a_pictogram_file_names_its_symbol_in_the_sprite() {
        assert_eq!(
            symbol_href("pictograms/areas/safe.svg"),
            "#pictogram-areas-safe"
        );
        assert_eq!(
            symbol_href("pictograms/ui/arrow-next.svg"),
            "#pictogram-ui-arrow-next"
        );
    }
}
