//! The holder's name said right after a parent organisation, inside its run of
//! capitalised words.

use super::name_closing;
use crate::extract::official::words::Words;

/// The first word of the holder's full name inside the capitalised run at word `k`, after
/// words of the parent's own name there, closing the clause ([`name_closing`]): "Phó Tổng
/// cục trưởng, Tổng cục Thống kê Nguyễn Văn A, cho biết" (the title, its parent after a
/// comma, then the name it stands before; "…, Bộ Nông nghiệp Trần Thị B cho biết"). The
/// parent's own name comes first: inside the run, or before it (`named`).
pub(super) fn holder_in_run(w: &Words<'_>, k: usize, named: bool) -> Option<usize> {
    let s = w.split_run(k, w.run_end(k), 2)?;
    ((s > k || named) && name_closing(w, s)).then_some(s)
}
