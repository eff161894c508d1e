//! The collaboration meeting (samverkansmöte): every perspective's answer per area shown side by
//! side and never averaged, and the follow-up against an earlier plan. The plan file is in
//! [`crate::domain::format::plan_file`].

use crate::domain::answer::{AreaAnswer, ScaleAnswer};
use crate::domain::draft::{Draft, Perspective};

/// Who a perspective is at the meeting: the child, guardian A, guardian B … Guardians are
/// lettered in the order their files came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PerspectiveTag {
    pub perspective: Perspective,
    /// 0 for the first of its kind, 1 for the second, …
    pub number: usize,
}

impl PerspectiveTag {
    /// The letter that tells two guardians apart on the wheel: A, B, …
    pub fn letter(self) -> char {
        char::from(b'A' + (self.number % 26) as u8)
    }
}

/// The drafts in meeting order, the child's first, each with its tag.
pub fn tagged(drafts: &[Draft]) -> Vec<(PerspectiveTag, &Draft)> {
    let mut counts = std::collections::BTreeMap::<Perspective, usize>::new();
    let mut tagged: Vec<(PerspectiveTag, &Draft)> = drafts
        .iter()
        .map(|draft| {
            let count = counts.entry(draft.perspective).or_default();
            let tag = PerspectiveTag {
                perspective: draft.perspective,
                number: *count,
            };
            *count += 1;
            (tag, draft)
        })
        .collect();
    tagged.sort_by_key(|(tag, _)| *tag);
    tagged
}

/// One perspective's answer on one area, as it was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub tag: PerspectiveTag,
    pub scale: Option<ScaleAnswer>,
}

/// Every perspective that shared an answer on `area_id`, the child's first: one marker each,
/// so agreement and difference both show. Nothing is averaged or merged.
pub fn markers(drafts: &[Draft], area_id: &str) -> Vec<Marker> {
    tagged(drafts)
        .into_iter()
        .filter(|(_, draft)| draft.is_shared(area_id))
        .filter_map(|(tag, draft)| {
            draft.answer(area_id).map(|answer| Marker {
                tag,
                scale: answer.scale,
            })
        })
        .collect()
}

/// One perspective on one area at the earlier plan and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub tag: PerspectiveTag,
    pub earlier: Option<AreaAnswer>,
    pub now: Option<AreaAnswer>,
    /// Whether that answer was shared with the professionals only: a screen that shows it marks
    /// it so, like every such answer.
    pub earlier_professionals_only: bool,
    pub now_professionals_only: bool,
}

/// The same person in two plans: the child is the child; a guardian is matched by what they
/// called themselves, and otherwise by their place in the order.
fn same_person(earlier: (PerspectiveTag, &Draft), now: (PerspectiveTag, &Draft)) -> bool {
    let (earlier_tag, earlier_draft) = earlier;
    let (now_tag, now_draft) = now;
    if earlier_tag.perspective != now_tag.perspective {
        return false;
    }
    let (a, b) = (earlier_draft.author.trim(), now_draft.author.trim());
    if a.is_empty() || b.is_empty() {
        earlier_tag.number == now_tag.number
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// The follow-up the brief asks for: per perspective, the earlier and the new answer on one area,
/// side by side. A perspective present only once shows with the other side empty.
pub fn follow_up(earlier: &[Draft], now: &[Draft], area_id: &str) -> Vec<Comparison> {
    let shared = |draft: &Draft| {
        draft
            .is_shared(area_id)
            .then(|| draft.answer(area_id).cloned())
            .flatten()
    };
    let professionals_only = |draft: &Draft| !draft.for_everyone(area_id);
    let earlier = tagged(earlier);
    let now = tagged(now);
    let mut matched = vec![false; earlier.len()];
    let mut comparisons: Vec<Comparison> = now
        .iter()
        .map(|&(tag, draft)| {
            let before = earlier
                .iter()
                .enumerate()
                .find(|(index, &then)| !matched[*index] && same_person(then, (tag, draft)));
            let then = before.map(|(index, &(_, then))| {
                matched[index] = true;
                then
            });
            Comparison {
                tag,
                earlier: then.and_then(shared),
                now: shared(draft),
                earlier_professionals_only: then.is_some_and(professionals_only),
                now_professionals_only: professionals_only(draft),
            }
        })
        .collect();
    // Someone only in the earlier plan gets the next letter of their kind, so no two share one.
    let mut next_number = std::collections::BTreeMap::<Perspective, usize>::new();
    for (tag, _) in &now {
        let next = next_number.entry(tag.perspective).or_default();
        *next = (*next).max(tag.number + 1);
    }
    for ((tag, then), was_matched) in earlier.iter().zip(matched) {
        if was_matched {
            continue;
        }
        let number = next_number.entry(tag.perspective).or_default();
        comparisons.push(Comparison {
            tag: PerspectiveTag {
                perspective: tag.perspective,
                number: *number,
            },
            earlier: shared(then),
            now: None,
            earlier_professionals_only: professionals_only(then),
            now_professionals_only: false,
        });
        *number += 1;
    }
    comparisons.retain(|c| c.earlier.is_some() || c.now.is_some());
    comparisons.sort_by_key(|c| c.tag);
    comparisons
}
