//! "x/y" ratios ("đạt 8/19 tiêu chí", "15/19 xã", "2/3 số hộ", "9 trên 10 chỉ tiêu").

/// A ratio found in text: what part of how many, of what, achieved by whom, when.
///
/// # Examples
///
/// ```
/// let text = "Đến hết tháng 8 năm 2023, xã Đức Ninh đạt 8/19 tiêu chí gồm: Giao thông; Điện.";
/// let a = vinews::Article::parse(text);
/// let r = &a.ratios[0];
/// assert_eq!((r.numerator, r.denominator), (8, 19));
/// assert_eq!(r.unit.as_deref(), Some("tiêu chí"));
/// assert_eq!(r.subject.as_deref(), Some("xã Đức Ninh"));
/// assert_eq!(r.date.as_deref(), Some("2023-08-31"));
/// assert_eq!(r.items, ["Giao thông", "Điện"]);
/// assert!(r.items_mismatch); // 2 items listed for 8
/// ```
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Ratio {
    /// The ratio with its unit noun, in normalized form ("8/19 tiêu chí").
    pub text: String,
    /// First byte in the original input.
    pub start: usize,
    /// One past the last byte in the original input.
    pub end: usize,
    /// The part ("8" of "8/19").
    pub numerator: u32,
    /// The whole ("19" of "8/19").
    pub denominator: u32,
    /// The unit noun that follows ("tiêu chí", "xã", "hộ"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Who achieved it, when the sentence names it right before the verb ("xã Đức Ninh").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The date the sentence refers to (ISO; for a stretch, its last day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The items enumerated after it ("gồm: Giao thông; Điện; …").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
    /// True when items are listed but their count differs from the numerator.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub items_mismatch: bool,
}

impl Ratio {
    /// The ratio's span in the original input.
    #[must_use]
    pub fn span(&self) -> crate::Span {
        crate::Span::new(self.start, self.end)
    }
}
