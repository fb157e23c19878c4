//! The holder's name said right after a parent organisation, inside its run of
//! capitalised words; the country of a parent after a dash.

use super::{country_end, name_closing, parent_alone, parent_ends_at};
use crate::extract::official::words::Words;
use crate::extract::official::words::{Case, Gap};

/// The first word of the holder's full name inside the capitalised run at word `k`, after
/// words of the parent's own name there, closing the clause ([`name_closing`]): "Phó Tổng
/// cục trưởng, Tổng cục Thống kê Nguyễn Văn A, cho biết" (the title, its parent after a
/// comma, then the name it stands before; "…, Bộ Nông nghiệp Trần Thị B cho biết"). The
/// parent's own name comes first: inside the run, or before it (`named`).
pub(super) fn holder_in_run(w: &Words<'_>, k: usize, named: bool) -> Option<usize> {
    let s = w.split_run(k, w.run_end(k), 2)?;
    ((s > k || named) && name_closing(w, s)).then_some(s)
}

/// The end of the country a parent organisation is of, said after it and a dash at word
/// `k`, closing the clause or its bracket ([`parent_ends_at`]): "(Tập đoàn X - Hàn
/// Quốc)", "…, Công ty Y - Nhật Bản cho biết" (as its own parent is said there).
pub(super) fn country_dashed(w: &Words<'_>, k: usize) -> Option<usize> {
    country_end(w, k).filter(|&e| parent_ends_at(w, e))
}

/// The end of the body a parent organisation belongs to, said after the possessive "của"
/// at word `k` and closing the clause: "…, Đơn nguyên thận nhân tạo của Bệnh viện X cho
/// biết", "…, Trung tâm Hô hấp của Bệnh viện Y" (a unit of a hospital, its hospital; the
/// unit's own name may be lowercase then, as before its parent after a dash).
pub(super) fn owner_after(w: &Words<'_>, k: usize) -> Option<usize> {
    let p = k + 1;
    if !(p < w.len()
        && w.word(k) == "của"
        && w.gap(k) == Gap::Space
        && w.gap(p) == Gap::Space
        && w.words[p].case() != Case::Lower)
    {
        return None;
    }
    parent_alone(w, p).filter(|&e| parent_ends_at(w, e))
}
