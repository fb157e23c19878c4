//! Fact extraction: one module per kind of fact.

pub mod date;
pub mod gazetteer;
pub mod place;
