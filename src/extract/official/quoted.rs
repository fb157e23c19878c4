//! A title a quotation ends: the speaker named after the closing mark holds none of it.

use super::titles::Hit;
use super::words::Words;

/// The quotation marks.
const QUOTES: [char; 5] = ['"', '“', '”', '«', '»'];

/// Does the separator after the title `h` (up to word `h.to`) open with a quotation mark
/// that closes a quotation the title lies in ("… chúng tôi đã ký hợp đồng với HLV người
/// Nhật Bản", HLV X nói": the title is said inside the quote, the name after its closing
/// mark and a comma is the speaker's, no apposition)? The mark is a closing one: a comma or
/// a dash follows it, where an opening mark has the quoted words after it ("Giám đốc Công
/// ty “Hoa Sen” …"). The title's own text holds no
/// quotation mark: a quoted name of its body ("Giám đốc Công ty “Hoa Sen”, ông Y") closes
/// its own quote, and the row goes on. A mark after the comma opens the next quote ("…,
/// “…”") and says nothing of the title.
pub(super) fn quote_closes_after(w: &Words<'_>, h: &Hit) -> bool {
    let Some(next) = w.words.get(h.to) else {
        return false;
    };
    let gap = w.text.get(h.end..next.start()).unwrap_or_default();
    let after = gap.trim_start().strip_prefix(QUOTES).map(str::trim_start);
    after.is_some_and(|s| s.starts_with([',', '-', '–', '—']))
        && !w
            .text
            .get(h.start..h.end)
            .unwrap_or_default()
            .contains(QUOTES)
}
