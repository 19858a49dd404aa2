//! The readable account of a match, for the analyst reviewing the alert: which parts aligned and
//! by which rule, what was left over, and what the normalization had to fold.
//!
//! `Jo=Cho (Korean surname); Kyong~Gyeong (Korean romanization MR/RR); Seun=Se Un (joined);
//! missing: Sergeyevich`. Tokens are shown as romanized, with the original script first where the
//! query was written in another one (`조→jo`).

use crate::name::{korean_family, FoldFlags, Name, Script, Token};
use crate::score::{bits, Alignment, Rule, Span};
use crate::translit::{arabic, cyrillic};

pub fn explain(query: &Name, list: &[Token], alignment: &Alignment, type_differs: Option<(&str, &str)>) -> String {
    let systems = Systems::of(&query.tokens, list);
    let mut parts: Vec<String> = alignment
        .pairs
        .iter()
        .map(|p| {
            let q = span_text(&query.tokens, p.query, true);
            let c = span_text(list, p.list, false);
            let joined = if p.query.len > 1 || p.list.len > 1 { " (joined)" } else { "" };
            match p.rule {
                Rule::Exact => format!("{q}={c}{joined}"),
                rule => format!("{q}~{c} ({}){joined}", systems.label(rule)),
            }
        })
        .collect();
    if alignment.extra != 0 {
        let extra: Vec<&str> = bits(alignment.extra).map(|i| &*query.tokens[i].text).collect();
        parts.push(format!("extra: {}", extra.join(" ")));
    }
    if alignment.missing != 0 {
        let missing: Vec<&str> = bits(alignment.missing).map(|j| &*list[j].text).collect();
        parts.push(format!("missing: {}", missing.join(" ")));
    }
    if alignment.numbers_disagree {
        parts.push("numbers differ".into());
    }
    if alignment.other_business {
        parts.push("another line of business".into());
    }
    if alignment.swapped {
        parts.push("name syllables in another order".into());
    }
    if alignment.mixed {
        parts.push("read partly as Korean, partly as Chinese".into());
    }
    if alignment.other_family {
        parts.push("another family name".into());
    }
    if alignment.misspelt {
        parts.push("every part spelled differently".into());
    }
    if let Some(factor) = alignment.scarce {
        parts.push(format!("common name parts: score x{factor:.2}"));
    }
    if let Some((q, c)) = type_differs {
        parts.push(format!("type differs: {q} vs {c}"));
    }
    parts.extend(fold_notes(query.folds));
    parts.join("; ")
}

/// Which writing systems two names show. The Korean, Slavic and Arabic folds each join spellings
/// other languages use too (`Sameer`/`Samir` by the Korean one, `Mohamed`/`Mohammed` by the Slavic
/// one, `Defence`/`Defense` by the Arabic skeleton): a pair is named for the system only where a
/// name shows it, and otherwise for what the fold found.
struct Systems {
    korean: bool,
    slavic: bool,
    arabic: bool,
}

impl Systems {
    fn of(query: &[Token], list: &[Token]) -> Systems {
        let any = |f: &dyn Fn(&Token) -> bool| query.iter().chain(list).any(f);
        Systems {
            korean: any(&|t| t.script == Script::Hangul) || korean_family(query).is_some() || korean_family(list).is_some(),
            slavic: any(&|t| {
                t.script == Script::Cyrillic
                    || cyrillic::is_patronymic(&t.text)
                    || cyrillic::is_slavic_surname(&t.text)
                    || cyrillic::is_listed_name(&t.text)
            }),
            arabic: any(&|t| t.script == Script::Arabic || arabic::particle(&t.text).is_some()),
        }
    }

    fn label(&self, rule: Rule) -> &'static str {
        match rule {
            Rule::Korean | Rule::KoreanLoose if !self.korean => "romanization variant",
            Rule::Slavic if !self.slavic => "romanization variant",
            Rule::Arabic if !self.arabic => "same consonants",
            rule => rule.label(),
        }
    }
}

fn span_text(tokens: &[Token], span: Span, show_native: bool) -> String {
    let range = span.start as usize..(span.start + span.len) as usize;
    tokens[range]
        .iter()
        .map(|t| match (&t.native, t.script) {
            (Some(native), script) if show_native && script != Script::Latin => format!("{native}→{}", &*t.text),
            _ => t.text.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn fold_notes(f: FoldFlags) -> impl Iterator<Item = String> {
    [
        (f.homoglyph, "homoglyphs from another script folded"),
        (f.invisible, "invisible characters removed"),
        (f.width, "full-width/compatibility forms folded"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, note)| note.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::analyze;
    use crate::score::{align, ListTokens, MISSING_COST};

    fn explain_pair(q: &str, c: &str) -> String {
        let (q, c) = (analyze(q), analyze(c));
        let (cw, costs) = (vec![5.0; c.tokens.len()], vec![MISSING_COST; c.tokens.len()]);
        let list = ListTokens { tokens: &c.tokens, weights: &cw, missing_costs: &costs, min_evidence: 0.0, organization: false, lengthens: false, weak: false };
        let a = align(&q.tokens, &vec![5.0; q.tokens.len()], &list);
        explain(&q, &c.tokens, &a, None)
    }

    #[test]
    fn korean_variants_are_named() {
        let e = explain_pair("Cho Gyeong-hun", "JO, Kyong Hun");
        assert!(e.contains("cho~jo (Korean surname)"), "{e}");
        assert!(e.contains("gyeong~kyong (Korean romanization MR/RR)"), "{e}");
        assert!(e.contains("hun=hun"), "{e}");
    }

    #[test]
    fn joined_missing_and_folds() {
        let e = explain_pair("Kim Seun", "KIM, Se Un");
        assert!(e.contains("seun=se un (joined)"), "{e}");
        let e = explain_pair("Vitaliy Andreev", "ANDREYEV, Vitaliy Sergeyevich");
        assert!(e.contains("missing: sergeyevich"), "{e}");
        let e = explain_pair("Kim Se Un\u{200B}", "KIM, Se Un");
        assert!(e.contains("invisible characters removed"), "{e}");
        let e = explain_pair("Kim S\u{0435} Un", "KIM, Se Un");
        assert!(e.contains("homoglyphs"), "{e}");
    }

    #[test]
    fn systems_are_named_where_the_names_show_them() {
        for (query, listed, part) in [
            ("Aleksandr Ivanov", "IVANOV, Alexander", "aleksandr~alexander (Cyrillic transliteration)"),
            ("Khalid al-Udari", "AL-UDARI, Khaled", "khalid~khaled (Arabic name variant)"),
            // The same folds between words of names that are not Korean, Slavic or Arabic.
            ("HERZALLAH, Sameer", "HERZALLAH, Samir", "sameer~samir (romanization variant)"),
            ("Ali Mohamed", "MOHAMMED, Ali", "mohamed~mohammed (romanization variant)"),
            ("Defence Industries", "DEFENSE INDUSTRIES", "defence~defense (same consonants)"),
        ] {
            let e = explain_pair(query, listed);
            assert!(e.contains(part), "{e}");
        }
    }

    #[test]
    fn native_script_is_shown() {
        let e = explain_pair("김세운", "KIM, Se Un");
        assert!(e.contains("김→gim~kim (Korean surname)"), "{e}");
    }
}
