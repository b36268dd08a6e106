//! Whose age a figure is: a whole number in commas after a person's name
//! ("Ewa Brzezinska, 47, said"), or an "N-year-old" before one
//! ("nine-year-old Kirana").

use super::{ArticleView, Draft};
use crate::claim::EntityKind;

/// A whole number set off by commas right after a person's name, "Ewa
/// Brzezinska, 47, said": the age of the person named, as news copy
/// writes it. Returns the name, whose figure it is.
pub(super) fn appositive(view: &ArticleView, d: &Draft) -> Option<String> {
    let toks = &view.doc.tokens;
    let v = d.num.value;
    let comma = |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|t| t.is_punct(','));
    let whole = (1.0..=125.0).contains(&v) && v.fract() == 0.0 && d.hedge.is_none();
    if !whole || !comma(d.first.checked_sub(1)) || !comma(Some(d.last + 1)) {
        return None;
    }
    let name = view.name_covering(d.first.checked_sub(2)?)?;
    (name.entity == EntityKind::Person || name.entity == EntityKind::Other)
        .then(|| ArticleView::entity_name(name))
}

/// Whose age an "N-year-old" is: the person named right after it, past
/// up to two lowercase words ("nine-year-old Kirana", "the 26-year-old
/// batter Arjun Rao").
pub(super) fn age_holder(view: &ArticleView, d: &Draft) -> Option<String> {
    let toks = &view.doc.tokens;
    let end = d.tail();
    for (k, t) in toks.iter().enumerate().take(end + 4).skip(end + 1) {
        if let Some(name) = view.name_covering(k) {
            let person = matches!(name.entity, EntityKind::Person | EntityKind::Other);
            return (name.tokens.start == k && person).then(|| ArticleView::entity_name(name));
        }
        if !t.is_word() || t.cap {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::quantity::quantities_in;

    /// (figure as written, value, unit) of every figure claim.
    fn figures(text: &str) -> Vec<(String, f64, Option<String>)> {
        quantities_in(text)
            .into_iter()
            .map(|(q, _)| (text[q.figure.clone()].to_string(), q.value, q.unit))
            .collect()
    }

    #[test]
    fn a_number_in_commas_after_a_name_is_an_age() {
        let got = figures("They won nine league games. Manager Ewa Brzezinska, 47, said so. Sales rose in March, 12, and April.");
        let unit = |f: &str| got.iter().find(|g| g.0 == f).and_then(|g| g.2.clone());
        assert_eq!(unit("47").as_deref(), Some("age"));
        assert_ne!(unit("12").as_deref(), Some("age"));
        // the age is the named person's figure
        let text = "Manager Ewa Brzezinska, 47, said so.";
        let all = quantities_in(text);
        assert_eq!(all[0].1.ctx.subject, ["Ewa Brzezinska"]);
    }

    #[test]
    fn an_age_before_a_name_is_that_persons() {
        let subject = |text: &str| {
            let all = quantities_in(text);
            all.into_iter().next().map(|(_, c)| c.ctx.subject)
        };
        let text = "The cubs were born to nine-year-old Kirana in May.";
        assert_eq!(subject(text), Some(vec!["Kirana".to_string()]));
        let text = "They signed the 26-year-old batter Arjun Rao on Friday.";
        assert_eq!(subject(text), Some(vec!["Arjun Rao".to_string()]));
        // a demonym is nobody's name
        let text = "The 27-year-old Portuguese saved two match points.";
        assert_eq!(subject(text), Some(Vec::new()));
    }
}
