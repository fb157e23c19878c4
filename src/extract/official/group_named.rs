//! A group's own name after its noun (issue 12, the precision audit audit30b of session
//! 30): a rank or honour said right after the noun of a group that is no body
//! (`member_groups.txt`: "nhóm", "băng", "ê-kíp"), a space between, opens the group's own
//! name, not a holder's title: "Nhóm Lord Chamberlain đã cố gắng …" names a troupe by its
//! patron, as "nhóm Sir X" or "băng Thiếu gia Y" would a group. A person is named with the
//! group apart ("X, thành viên nhóm Y").

use super::titles::Hit;
use super::words::Gap;
use super::words::Words;
use crate::text::hash::FastSet;
use crate::text::lexicon;
use std::sync::LazyLock;

/// The group nouns of `member_groups.txt`, as written (lowercase).
static GROUPS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::MEMBER_GROUPS.keys().collect());

/// Most words of a group's noun ("thủy thủ đoàn").
const MAX_GROUP_WORDS: usize = 3;

/// Is the rank or honour `h` (no post, [`Hit::rank_only`]) said right after a group's
/// noun, a space between, so that it opens the group's name (see the module's doc)?
pub(super) fn rank_names_group(w: &Words<'_>, h: &Hit) -> bool {
    let i = h.from;
    if !h.rank_only || i == 0 || w.gap(i) != Gap::Space {
        return false;
    }
    (1..=MAX_GROUP_WORDS.min(i)).any(|n| {
        let k = i - n;
        (k + 1..i).all(|j| w.gap(j) == Gap::Space)
            && GROUPS.contains(
                w.text[w.words[k].start()..w.words[i - 1].end()]
                    .to_lowercase()
                    .as_str(),
            )
    })
}
