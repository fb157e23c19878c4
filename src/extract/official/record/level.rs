//! Whether a title's jurisdiction comes from the level its organization names rather than
//! from its own words ([`super::Title::inferred`]).

use super::{Scope, names_vietnam};
use crate::extract::place::{Mention, Mentions, PlaceKind};

/// A note the reading keeps on a title: its jurisdiction was taken from the level its
/// organization names. It is no part of the title's value: two titles that differ only
/// in it are equal (a title read back from JSON, which does not hold it, equals the one
/// written).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Inferred(pub(crate) bool);

impl PartialEq for Inferred {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Inferred {}

/// Does the jurisdiction of an organisation `expanded` of the level `scope`, whose first
/// place is `place`, come from that level rather than its words: the article's unit of
/// the level (no place named, or only Vietnam), or the central level for a body of a
/// central kind not named with Vietnam ("Cục Thuế")?
pub(super) fn given(
    place: Option<&Mention>,
    places: &Mentions,
    scope: Option<Scope>,
    expanded: &str,
) -> bool {
    match place {
        None => scope.is_some() && !names_vietnam(expanded),
        Some(p) => places.kind(p) == PlaceKind::Country && matches!(scope, Some(Scope::Units(_))),
    }
}
