//! The post a title serves, read inside it by a walk of its own: after the possessive
//! "của" ("cố vấn của Bộ trưởng Bộ Y tế"). (An aide's post right after its role, without
//! "của", is read by `titles::served_post`.)

use super::super::titles::{Hit, opens_role, title_head};
use super::super::vocab::Info;
use super::super::words::Words;
use super::{OrgWalk, Step};

impl OrgWalk {
    /// At a role after the possessive "của" (the next word): the title goes on with the
    /// post it serves, as the whole phrase is written ("trợ lý đặc biệt của Phó Giám đốc
    /// CIA", "cố vấn của Bộ trưởng Bộ Y tế", "người phát ngôn của Tổng thống Hàn Quốc"),
    /// read by a walk of its own; when a name follows that post, the name is its holder's
    /// and the title ends before "của", as it does before any other role or rank ("Thư ký
    /// của Thủ tướng Lý Quang Minh"). A rank, or a "của" inside the post's own walk, ends
    /// the title before "của" (one level: the walk stays linear). `None` when word `j - 1`
    /// is no "của".
    pub(super) fn possessor_office(&mut self, w: &Words<'_>, info: &Info) -> Option<Step> {
        let j = self.j;
        // (a role opened by its modifier too: "trợ lý đặc biệt của Phó Giám đốc CIA")
        let role = info.title || info.rank || (info.modifier && opens_role(w, j));
        if !role || j < 2 || j - 1 < self.head_end || w.word(j - 1) != "của" {
            return None;
        }
        if !self.nested
            && let Some(post) = post_at(w, j)
            && post.name.is_none()
        {
            self.end = post.end;
            self.j = post.to;
            return Some(Step::Stop);
        }
        self.end = w.words[j - 2].end();
        self.j = j - 1;
        Some(Step::Stop)
    }
}

/// The post whose role opens at word `j`, read by a walk of its own (marked nested: a
/// post inside it ends it); `None` when no role opens there.
fn post_at(w: &Words<'_>, j: usize) -> Option<Hit> {
    let (_, (to, end), x) = title_head(w, j)?;
    if !x.title {
        return None;
    }
    let mut post = Hit {
        from: j,
        to,
        start: w.words[j].start(),
        end,
        rank_only: false,
        name: None,
        given: false,
    };
    let mut walk = OrgWalk::new(post, x.personal);
    walk.nested = true;
    walk.run(w, &mut post);
    Some(post)
}
