//! Abbreviations joined by a spaced dash (issue 12): "NN-PTNT" (Nông nghiệp và Phát
//! triển nông thôn) is also written "NN – PTNT", "NN - PTNT". A key's words are joined
//! by one space, which a text's separator of one byte matches ("NN-PTNT", "NN PTNT"); a
//! spaced dash folds to spaces of its length plus two, which no key has. So an entry whose
//! phrase joins two capitals by an unspaced dash or ampersand (a joint of an
//! abbreviation: "NN-PTNT", "LĐ-TB&XH", "GD&ĐT") also gets, for each choice of its
//! joints, a key with the byte [`DASH`] and a space after the joint's space; and a lookup
//! reads a dash with a space on each side ([`spaced_dash`]) as that one byte. No fold of a
//! text makes the byte, so nothing else changes.

/// The byte a spaced dash is read as, after the space before it.
pub(super) const DASH: u8 = b'-';

/// In the direct computation's folded copy ([`super::folded`]): a byte after a spaced
/// dash's [`DASH`] that the walk passes over (the rest of the dash's bytes).
#[cfg(test)]
pub(super) const SKIP: u8 = 0x01;

/// The most joints of one entry given dashed keys (their number doubles with each).
const MAX_JOINTS: usize = 3;

/// The length of the dash ('-', '–' or '—') at byte `p` of `b` (the bytes of a `str`)
/// when a space is just before it and just after it.
#[inline]
pub(crate) fn spaced_dash(b: &[u8], p: usize) -> Option<usize> {
    let len = match b.get(p..)? {
        [b'-', ..] => 1,
        [0xE2, 0x80, 0x93 | 0x94, ..] => 3,
        _ => return None,
    };
    (p.checked_sub(1).and_then(|q| b.get(q)) == Some(&b' ') && b.get(p + len) == Some(&b' '))
        .then_some(len)
}

/// The keys of `phrase` with a spaced dash at some of its joints: `key` (its
/// [`super::fold_phrase`]) with [`DASH`] and a space after the space of each joint of a non-empty
/// subset of them. None when the phrase has no joint (or too many).
pub(super) fn dashed_keys(phrase: &str, key: &str) -> Vec<String> {
    // (a joint is a '-' or a '&': a phrase with neither, as most are, has none)
    if !phrase.bytes().any(|b| b == b'-' || b == b'&') {
        return Vec::new();
    }
    // the joints: at the n-th separator run of the phrase, n counted as the key's spaces
    let chars: Vec<char> = phrase.chars().collect();
    let mut joints = Vec::new();
    let mut words = 0;
    let mut in_word = false;
    for (i, &c) in chars.iter().enumerate() {
        let word = super::fold_char(crate::text::chars::table(), c).is_some();
        if word && !in_word {
            words += 1;
        }
        in_word = word;
        let joint = matches!(c, '-' | '&')
            && i > 0
            && chars[i - 1].is_uppercase()
            && chars.get(i + 1).is_some_and(|n| n.is_uppercase());
        if joint {
            joints.push(words);
        }
    }
    if joints.is_empty() || joints.len() > MAX_JOINTS {
        return Vec::new();
    }
    // the byte offsets in `key` after the space that ends its `n`-th word
    let ends: Vec<usize> = key
        .char_indices()
        .filter(|&(i, c)| c == ' ' && i > 0)
        .map(|(i, _)| i + 1)
        .collect();
    let mut out = Vec::new();
    for set in 1..1usize << joints.len() {
        let mut k = key.to_string();
        for (j, &n) in joints.iter().enumerate().rev() {
            if set >> j & 1 == 1
                && let Some(&at) = ends.get(n - 1)
            {
                k.insert_str(at, "- ");
            }
        }
        out.push(k);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joints_of_abbreviations_get_dashed_keys() {
        let key = super::super::fold_phrase("LĐ-TB&XH");
        assert_eq!(key, " lđ tb xh ");
        assert_eq!(
            dashed_keys("LĐ-TB&XH", &key),
            [" lđ - tb xh ", " lđ tb - xh ", " lđ - tb - xh "]
        );
        let key = super::super::fold_phrase("NN-PTNT");
        assert_eq!(dashed_keys("NN-PTNT", &key), [" nn - ptnt "]);
        // no joint: lowercase on a side, or a space
        for p in [
            "Thừa Thiên-Huế",
            "ê-kíp",
            "NN PTNT",
            "PGS.TS.",
            "Áo T-shirt",
        ] {
            assert!(
                dashed_keys(p, &super::super::fold_phrase(p)).is_empty(),
                "{p}"
            );
        }
    }

    #[test]
    fn a_dash_is_spaced_with_a_space_each_side() {
        let t = "NN – PTNT, A - B, C—D, E -F, - G, H —";
        let b = t.as_bytes();
        let at = |s: &str| t.find(s).unwrap();
        assert_eq!(spaced_dash(b, at("–")), Some(3));
        assert_eq!(spaced_dash(b, at("- B")), Some(1));
        assert_eq!(spaced_dash(b, at("—D")), None);
        assert_eq!(spaced_dash(b, at("-F")), None);
        assert_eq!(spaced_dash(b, 0), None);
        assert_eq!(spaced_dash(b, at(" —") + 1), None);
    }
}
