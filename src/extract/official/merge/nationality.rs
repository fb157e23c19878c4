//! A nationality read as a title's body (issue 12, the extras of session 31): "người" and
//! a country after a role ("HLV người Trung Quốc, X", "một kỹ sư kiêm CEO người Anh tên là
//! Y") says where the holder comes from, no body the post is held in; the guide writes
//! the role alone ("HLV", "CEO"). The title becomes its role alone, dropped where the
//! person holds that already.

use super::another::role_alone;
use super::{Person, title_key};
use crate::text::chars::to_lowercase;
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The countries of the world and their common names (`world_countries.txt`,
/// `world_aliases.txt`, `countries.txt`), lowercase: "trung quốc", "anh".
static COUNTRIES: LazyLock<FastSet<String>> = LazyLock::new(|| {
    [
        lexicon::WORLD_COUNTRIES,
        lexicon::WORLD_ALIASES,
        lexicon::COUNTRIES,
    ]
    .iter()
    .flat_map(|l| l.keys())
    .map(to_lowercase)
    .collect()
});

/// Is `org` "người" and a country, with nothing more ("người Nhật Bản")?
fn nationality(org: &str) -> bool {
    org.strip_prefix("người ")
        .is_some_and(|c| COUNTRIES.contains(&to_lowercase(c)))
}

/// Makes each title whose body is a nationality its role alone (see the module's comment).
pub(super) fn nationalities_as_roles(people: &mut [Person]) {
    for p in people {
        if !p.titles.iter().any(|(t, _)| {
            t.organization
                .as_ref()
                .is_some_and(|o| nationality(&o.text))
        }) {
            continue;
        }
        let mut bares = Vec::new();
        for (t, key) in std::mem::take(&mut p.titles) {
            match t
                .organization
                .as_ref()
                .filter(|o| nationality(&o.text))
                .and_then(|o| role_alone(&t, &o.text))
            {
                Some(bare) => {
                    p.title_keys.remove(&key);
                    bares.push(bare);
                }
                None => p.titles.push((t, key)),
            }
        }
        for bare in bares {
            let key = title_key(&bare.text);
            p.push_title(bare, key);
        }
    }
}
