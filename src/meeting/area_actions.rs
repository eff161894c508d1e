//! The agreed actions (insatser) of one area of the plan: each says who does what and when, as
//! the model asks; an action that lacks who or when is marked as not complete.

use crate::browser::document;
use crate::domain::plan::{
    clipped, PlanAction, MAX_ACTIONS_PER_AREA, MAX_ACTION_CHARS, MAX_CONTACT_CHARS,
};
use crate::i18n::use_translate;
use crate::ids::{self, MessageId};
use crate::stores::meeting::Meeting;
use crate::ui::pictogram::Pictogram;
use leptos::prelude::*;

/// Reaches one part of an action, to read it and to write it.
type ActionPart = fn(&mut PlanAction) -> &mut String;

/// An action's row on the screen: a key that stays while rows above it come and go.
type Row = (u32, PlanAction);

#[component]
pub fn AreaActions(area_id: String, meeting: Meeting) -> impl IntoView {
    let t = use_translate();
    let mut initial: Vec<PlanAction> = meeting.with_untracked(|m| {
        m.plan
            .areas
            .get(&area_id)
            .map(|area| area.actions.clone())
            .unwrap_or_default()
    });
    // An empty row invites the first action; it is kept only once something is typed in it.
    if initial.is_empty() {
        initial.push(PlanAction::default());
    }
    let next_key = StoredValue::new(initial.len() as u32);
    // The row "Lägg till en insats" just added: its first field takes the focus once it is there.
    let added = StoredValue::new(None::<u32>);
    let rows: RwSignal<Vec<Row>> = RwSignal::new((0..).zip(initial).collect());
    // The action removed last and where it stood: "Ångra" puts it back, words and all. One is
    // kept, the latest; an empty row is not.
    let removed = RwSignal::new(None::<(usize, Row)>);
    let write_back = {
        let area_id = area_id.clone();
        move || {
            let actions: Vec<PlanAction> =
                rows.with_untracked(|rows| rows.iter().map(|(_, action)| action.clone()).collect());
            let area_id = area_id.clone();
            meeting.edit(move |m| m.plan.areas.entry(area_id).or_default().actions = actions);
        }
    };
    let add = {
        let write_back = write_back.clone();
        move |()| {
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            added.set_value(Some(key));
            rows.update(|rows| rows.push((key, PlanAction::default())));
            write_back();
        }
    };
    let row_view = {
        let area_id = area_id.clone();
        let write_back = write_back.clone();
        move |(key, action): Row| {
            let number =
                move || rows.with(|rows| rows.iter().position(|(k, _)| *k == key).unwrap_or(0) + 1);
            let incomplete = move || {
                rows.with(|rows| {
                    rows.iter()
                        .find(|(k, _)| *k == key)
                        .is_some_and(|(_, a)| !a.is_empty() && a.is_incomplete())
                })
            };
            let write_back = write_back.clone();
            let part = {
                let write_back = write_back.clone();
                let area_id = area_id.clone();
                move |label: MessageId, get: ActionPart, max: usize, multiline: bool| {
                    let part_name = label.as_str().trim_start_matches("plan-action-");
                    let id = format!("plan-{area_id}-action-{key}-{part_name}");
                    let value = get(&mut action.clone()).clone();
                    let write_back = write_back.clone();
                    let on_input = move |ev: leptos::ev::Event| {
                        let text = clipped(&event_target_value(&ev), max);
                        rows.update(|rows| {
                            if let Some((_, a)) = rows.iter_mut().find(|(k, _)| *k == key) {
                                *get(a) = text;
                            }
                        });
                        write_back();
                    };
                    let hint_id = format!("{id}-hint");
                    let hint = (label == ids::PLAN_ACTION_WHEN).then(|| {
                        view! { <p class="quiet-note" id=hint_id.clone()>{t.text(ids::PLAN_ACTION_WHEN_HINT)}</p> }
                    });
                    let described_by = hint.is_some().then(|| hint_id.clone());
                    let input = if multiline {
                        let mounted = NodeRef::<leptos::html::Textarea>::new();
                        if added.get_value() == Some(key) {
                            let id = id.clone();
                            mounted.on_load(move |_| document::focus_element(&id));
                        }
                        view! {
                            <textarea
                                id=id.clone()
                                node_ref=mounted
                                rows="2"
                                maxlength=max.to_string()
                                prop:value=value
                                on:input=on_input
                            ></textarea>
                        }
                        .into_any()
                    } else {
                        view! {
                            <input
                                id=id.clone()
                                type="text"
                                autocomplete="off"
                                maxlength=max.to_string()
                                aria-describedby=described_by
                                prop:value=value
                                on:input=on_input
                            />
                        }
                        .into_any()
                    };
                    view! {
                        <div class="field">
                            <label for=id>{t.text(label)}</label>
                            {hint}
                            {input}
                        </div>
                    }
                }
            };
            let area_id = area_id.clone();
            let remove = move |()| {
                // Keyboard and screen-reader users keep their place: the next action, else the
                // one before, else the button that adds one.
                let mut next_focus = format!("plan-{area_id}-action-add");
                rows.update(|rows| {
                    if let Some(at) = rows.iter().position(|(k, _)| *k == key) {
                        let row = rows.remove(at);
                        if !row.1.is_empty() {
                            removed.set(Some((at, row)));
                        }
                        if let Some((k, _)) = rows
                            .get(at)
                            .or_else(|| at.checked_sub(1).and_then(|i| rows.get(i)))
                        {
                            next_focus = format!("plan-{area_id}-action-{k}-what");
                        }
                    }
                });
                write_back();
                document::focus_element(&next_focus);
            };
            view! {
                <fieldset class="plan-action" class:incomplete=incomplete>
                    <legend>
                        {move || t.get_with(ids::PLAN_ACTION_LEGEND, &[("number", number().into())])}
                    </legend>
                    {part(ids::PLAN_ACTION_WHAT, |a| &mut a.what, MAX_ACTION_CHARS, true)}
                    <div class="fields">
                        {part(ids::PLAN_ACTION_WHO, |a| &mut a.who, MAX_CONTACT_CHARS, false)}
                        {part(ids::PLAN_ACTION_WHEN, |a| &mut a.when, MAX_CONTACT_CHARS, false)}
                    </div>
                    <Show when=incomplete>
                        <p class="action-incomplete" role="status">
                            <Pictogram src="pictograms/ui/hard.svg" class="icon" />
                            <span>{t.text(ids::PLAN_ACTION_INCOMPLETE)}</span>
                        </p>
                    </Show>
                    <button
                        type="button"
                        class="button quiet"
                        on:click=move |_| remove(())
                    >
                        <Pictogram src="pictograms/ui/delete.svg" class="icon" />
                        <span>
                            {move || t.get_with(ids::PLAN_ACTION_REMOVE, &[("number", number().into())])}
                        </span>
                    </button>
                </fieldset>
            }
        }
    };
    let undo = move |_| {
        let Some((at, row)) = removed.get_untracked() else {
            return;
        };
        // Its first field takes the focus once it is back, as a new action's does.
        added.set_value(Some(row.0));
        rows.update(|rows| rows.insert(at.min(rows.len()), row));
        removed.set(None);
        write_back();
    };
    let removed_number = move || removed.with(|r| r.as_ref().map_or(0, |(at, _)| at + 1));
    view! {
        <fieldset class="plan-actions-list">
            <legend>{t.text(ids::PLAN_ACTIONS)}</legend>
            <For each=move || rows.get() key=|(key, _)| *key children=row_view />
            <p class="action-removed" role="status">
                <Show when=move || removed.with(Option::is_some)>
                    <span>
                        {move || t.get_with(ids::PLAN_ACTION_REMOVED, &[("number", removed_number().into())])}
                    </span>
                    " "
                    <button
                        type="button"
                        class="button quiet"
                        disabled=move || rows.with(|rows| rows.len() >= MAX_ACTIONS_PER_AREA)
                        on:click=undo.clone()
                    >
                        <Pictogram src="pictograms/ui/undo.svg" class="icon" />
                        <span>{t.text(ids::PLAN_ACTION_UNDO)}</span>
                    </button>
                </Show>
            </p>
            <button
                type="button"
                class="button quiet"
                id=format!("plan-{area_id}-action-add")
                disabled=move || rows.with(|rows| rows.len() >= MAX_ACTIONS_PER_AREA)
                on:click=move |_| add(())
            >
                <Pictogram src="pictograms/ui/start.svg" class="icon" />
                <span>{t.text(ids::PLAN_ACTION_ADD)}</span>
            </button>
        </fieldset>
    }
}
