//! Public API hygiene: every public type can be shared across threads.

fn send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    send_sync::<vinews::Span>();
    send_sync::<vinews::OffsetMap>();
    send_sync::<vinews::Normalizer>();
    send_sync::<vinews::NormalizeConfig>();
    send_sync::<vinews::Normalized<'static>>();
    send_sync::<vinews::ToneStyle>();
    send_sync::<vinews::Encoding>();
    send_sync::<vinews::Repair>();
    send_sync::<vinews::Article>();
    send_sync::<vinews::Extractor>();
    send_sync::<vinews::ExtractConfig>();
    send_sync::<vinews::Date>();
    send_sync::<vinews::input::InvalidUtf8>();
    send_sync::<vinews::DateFact>();
    send_sync::<vinews::Ratio>();
    send_sync::<vinews::Place>();
    send_sync::<vinews::Official>();
    send_sync::<vinews::Organization>();
    send_sync::<vinews::Segmenter>();
    send_sync::<vinews::Structure>();
    send_sync::<vinews::Boilerplate>();
}

#[test]
fn configs_default_to_the_documented_values() {
    let c = vinews::NormalizeConfig::default();
    assert_eq!(c.tone_style(), vinews::ToneStyle::Old);
    assert!(c.fixes_encoding());
    assert!(!c.strips_accents());
    assert_eq!(vinews::ExtractConfig::default().reference(), None);
}
