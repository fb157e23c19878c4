//! A post of the same holder after a semicolon in the chain of titles after a name.

use super::super::titles::title_at;
use super::super::words::{Case, Gap, Words};

/// Does a post of the same holder open at word `j` after a semicolon, when a title ends
/// right before it (`read`)? The posts a person holds are listed by semicolons when one of
/// them has commas of its own ("PGS Y, Phó Chủ nhiệm khoa, Viện Bỏng; Chủ nhiệm bộ môn
/// Z, Học viện Quân y"): a title whose role is capitalised or a head of a body, no name
/// after it (that is the next person's: "…; Giám đốc Sở Y tế Lê Văn B").
/// Nor when the titles that commas chain to it end with a name: a list of titled names
/// goes on ("…; Ủy viên Trung ương Đảng, Phó Chủ tịch nước Lê Thị B").
pub(super) fn semicolon_post(w: &Words<'_>, j: usize, read: bool) -> bool {
    if !read || j >= w.len() || w.words[j].case() != Case::Title {
        return false;
    }
    let mut h = match title_at(w, j) {
        Some(h) if h.name.is_none() && !h.rank_only => h,
        _ => return false,
    };
    for _ in 0..MAX_SEMICOLON_CHAIN {
        if h.to >= w.len() || w.gap_from(h.end, h.to) != Gap::Comma {
            return true;
        }
        match title_at(w, h.to) {
            Some(t) if t.name.is_some() => return false,
            Some(t) => h = t,
            None => return true,
        }
    }
    true
}

/// Most titles chained by commas after a post said after a semicolon that
/// [`semicolon_post`] looks over for a name.
const MAX_SEMICOLON_CHAIN: usize = 4;
