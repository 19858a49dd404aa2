//! Words that say little about who a name belongs to: legal forms, generic business words, country
//! names and personal titles. They are kept, never blindly deleted (`KOREA TRADING CORPORATION` is
//! a name too, and matches only its own spellings), but weigh little, generate no candidates, and
//! spelling variants of one legal form are equal.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// Legal forms across languages, each with its canonical spelling. Sources: the legal forms seen in
/// the OFAC SDN and UN lists (Co., Ltd, LLC, JSC, NJSC, FLLC, OOO, OAO, ZAO, GmbH, S.A., SARLU, FZE,
/// DOOEL, Kft. ...) and the ISO 20275 entity legal form list for their expansions; left out where
/// the abbreviation is also a name (Sal, Doo, Pat, Estonian OÜ: Ou). A Russian, Ukrainian,
/// Belarusian, Kyrgyz (OsOO), Latvian (SIA), Lithuanian (UAB) or Bulgarian (OOD, EOOD) limited
/// company and its English rendering in the lists share one (OOO, TOV and TAA are LLC); so do Bulgarian AD and EAD
/// (a joint-stock company, of one owner) and JSC. The joint-stock forms are
/// one: Russia's 2014 civil code reform made OAO PAO and ZAO AO, and the lists name one company
/// with either (OAO/OJSC, ZAO/CJSC, PAO/PJSC, AO/JSC, Belarusian AAT and ZAT). The Russian state and
/// research forms FGUP (federal state unitary enterprise), NPO (research and production
/// association), NPP (research and production enterprise), NPK (research and production
/// corporation), NII (research institute) and GK (group of companies) are their own.
const LEGAL_FORMS: &[(&str, &str)] = &[
    ("ag", "ag"), ("aktiengesellschaft", "ag"),
    ("ao", "jsc"), ("oao", "jsc"), ("pao", "jsc"), ("zao", "jsc"), ("ooo", "llc"), ("tov", "llc"),
    ("aat", "jsc"), ("zat", "jsc"), ("taa", "llc"), ("osoo", "llc"), ("fgup", "fgup"), ("npo", "npo"), ("nii", "nii"),
    ("npp", "npp"), ("npk", "npk"), ("gk", "gk"),
    ("bhd", "bhd"), ("berhad", "bhd"), ("sdn", "sdn"),
    ("bv", "bv"), ("nv", "nv"),
    ("co", "company"), ("company", "company"), ("companies", "company"), ("cia", "company"),
    ("corp", "corporation"), ("corporation", "corporation"), ("korporatsiya", "corporation"),
    ("fze", "fze"), ("fzco", "fzco"), ("fzc", "fzc"),
    ("gmbh", "gmbh"), ("inc", "incorporated"), ("incorporated", "incorporated"),
    ("jsc", "jsc"), ("ojsc", "jsc"), ("cjsc", "jsc"), ("pjsc", "jsc"),
    ("llc", "llc"), ("llp", "llp"), ("lp", "lp"), ("plc", "plc"),
    ("ltd", "limited"), ("limited", "limited"), ("ltda", "limited"),
    ("ogranichennoi", "limited"), ("ogranichennoy", "limited"), ("ogranichennoj", "limited"),
    ("pte", "pte"), ("pty", "pty"), ("pvt", "private"), ("private", "private"),
    ("sa", "sa"), ("sarl", "sarl"), ("sas", "sas"), ("spa", "spa"), ("srl", "srl"),
    ("sl", "sl"), ("sociedad", "sociedad"), ("societe", "societe"),
    ("ug", "ug"), ("kg", "kg"), ("as", "as"), ("ab", "ab"), ("oy", "oy"),
    ("njsc", "njsc"), ("fllc", "fllc"), ("jv", "jv"), ("sarlu", "sarlu"), ("surl", "surl"), ("eurl", "eurl"),
    ("sprl", "sprl"), ("dooel", "dooel"), ("kft", "kft"), ("zrt", "zrt"), ("sro", "sro"),
    ("sia", "llc"), ("uab", "llc"), ("ood", "llc"), ("eood", "llc"), ("ad", "jsc"), ("ead", "jsc"),
    ("nyrt", "nyrt"), ("aps", "aps"), ("sti", "company"), ("pt", "pt"), ("tbk", "tbk"),
];

/// Generic words of organization names, with abbreviations folded to one spelling, and the
/// spellings the lists use for the same word in Russian transliteration (grupp, kholding, servis,
/// aktsionernoe obshchestvo for joint stock company, obshchestvo s ogranichennoi otvetstvennostyu
/// for limited liability company, publichnoe and zakrytoe for public and closed joint stock
/// companies, nauchno-proizvodstvennoe predpriyatie or obedinenie, the research and production
/// enterprise or association that NPP and NPO abbreviate; not otkrytoe, open, one letter from the bank Otkritie's name; zavod for plant or
/// factory, imeni for named after), Bulgarian and Macedonian (kampani, firma),
/// Spanish, Portuguese, French, German, Italian, Turkish and Persian (grupo, grup, compania,
/// societe, gruppe, sirketi, sherkat). The names and adjectives of the sanctioned countries whose
/// companies the lists name most are one word each: OFAC writes one company `KOREA DAESONG BANK`
/// and `TAESONG BANK`, `NORTH KOREAN MINING DEVELOPMENT TRADING` and `KOREA MINING DEVELOPMENT
/// TRADING`. The words of states' formal names are generic too (`STATE SECURITY COMMITTEE OF THE
/// REPUBLIC OF BELARUS`, `BELARUSIAN STATE SECURITY COMMITTEE`). North Korean names romanized
/// whole (McCune-Reischauer without breves, and Revised Romanization) write these words in Korean:
/// 조선 Choson (Korea, the North's name for it), 은행 unhaeng (bank), 회사 hoesa (company), 총회사
/// ch'onghoesa (general company), 무역 muyok (trade): `CHOSON TAESONG UNHAENG` is `KOREA DAESONG
/// BANK`.
const GENERIC_WORDS: &[(&str, &str)] = &[
    ("grupp", "group"), ("gruppa", "group"), ("gruppy", "group"), ("grupo", "group"), ("gruppo", "group"),
    ("groupe", "group"), ("gruppe", "group"), ("grup", "group"),
    ("kholding", "holding"), ("kholdinga", "holding"), ("kholdingovaya", "holding"),
    ("kompaniya", "company"), ("kompaniia", "company"), ("kompanii", "company"), ("kompaniyasi", "company"),
    ("kompani", "company"), ("kampani", "company"), ("firma", "firm"),
    ("compania", "company"),
    ("companhia", "company"), ("compagnie", "company"), ("sirketi", "company"), ("sherkat", "company"),
    ("obshchestvo", "company"), ("obschestvo", "company"), ("obshestvo", "company"),
    ("aktsionernoe", "stock"), ("aktsionernogo", "stock"),
    ("nauchno", "scientific"), ("proizvodstvennoe", "production"), ("proizvodstvennoye", "production"),
    ("proizvodstvennaya", "production"), ("obedinenie", "association"), ("obyedinenie", "association"),
    ("obedineniye", "association"), ("obyedineniye", "association"), ("predpriyatiye", "enterprise"),
    ("otvetstvennostyu", "liability"), ("otvetstvennostiu", "liability"), ("otvetstvennostju", "liability"),
    ("publichnoe", "public"), ("public", "public"), ("open", "open"), ("zakrytoe", "closed"), ("closed", "closed"),
    ("servis", "services"), ("servisy", "services"), ("servicios", "services"), ("servicos", "services"),
    ("servizi", "services"), ("treiding", "trading"), ("treyding", "trading"), ("trejding", "trading"),
    ("treid", "trading"), ("treyd", "trading"),
    ("tekhnologii", "technology"), ("tekhnologiya", "technology"), ("tekhnologiia", "technology"),
    ("tekhnolodzhi", "technology"), ("tekhnolodzhis", "technology"),
    ("tecnologia", "technology"),
    ("technologie", "technology"), ("internacional", "international"), ("internationale", "international"),
    ("investitsii", "investment"), ("inversiones", "investment"), ("industriya", "industry"),
    ("industria", "industry"), ("industrie", "industry"), ("tsentr", "center"), ("centro", "center"),
    ("banco", "bank"), ("banque", "bank"), ("empresa", "enterprise"), ("predpriyatie", "enterprise"),
    ("and", "and"), ("of", "of"), ("the", "the"), ("for", "for"), ("de", "de"),
    ("bank", "bank"), ("banking", "bank"), ("center", "center"), ("centre", "center"),
    ("cooperation", "cooperation"), ("coop", "cooperative"), ("cooperative", "cooperative"),
    ("enterprise", "enterprise"), ("enterprises", "enterprise"), ("ent", "enterprise"),
    ("establishment", "establishment"), ("est", "establishment"),
    ("factory", "factory"), ("factories", "factory"), ("plant", "factory"), ("plants", "factory"),
    ("zavod", "factory"), ("zavoda", "factory"), ("firm", "firm"), ("foundation", "foundation"),
    ("named", "named"), ("after", "after"), ("imeni", "named"),
    ("general", "general"), ("gen", "general"), ("group", "group"), ("grp", "group"),
    ("holding", "holding"), ("holdings", "holding"),
    ("industrial", "industrial"), ("industries", "industry"), ("industry", "industry"), ("ind", "industry"),
    ("information", "information"), ("info", "information"),
    ("international", "international"), ("intl", "international"), ("int", "international"),
    ("investment", "investment"), ("investments", "investment"),
    ("it", "it"), ("joint", "joint"), ("venture", "venture"), ("liability", "liability"),
    ("management", "management"), ("mgmt", "management"),
    ("network", "network"), ("networks", "network"),
    ("organization", "organization"), ("organisation", "organization"), ("org", "organization"),
    ("partners", "partners"), ("services", "services"), ("service", "services"), ("svc", "services"),
    ("shipping", "shipping"), ("solutions", "solutions"),
    ("stock", "stock"), ("technology", "technology"), ("technologies", "technology"),
    ("tech", "technology"), ("trade", "trading"), ("trading", "trading"), ("traders", "trading"),
    ("united", "united"), ("utd", "united"),
    ("republic", "republic"), ("republica", "republic"), ("republique", "republic"),
    ("respublika", "republic"), ("respubliki", "republic"), ("democratic", "democratic"),
    ("people", "people"), ("peoples", "people"),
    ("korea", "korea"), ("korean", "korea"), ("dprk", "korea"), ("choson", "korea"), ("chosun", "korea"),
    ("joseon", "korea"), ("unhaeng", "bank"), ("eunhaeng", "bank"), ("hoesa", "company"), ("chonghoesa", "corporation"),
    ("muyok", "trading"), ("muyeok", "trading"), ("china", "china"), ("chinese", "china"),
    ("russia", "russia"), ("russian", "russia"), ("iran", "iran"), ("iranian", "iran"),
    ("syria", "syria"), ("syrian", "syria"), ("belarus", "belarus"), ("belarusian", "belarus"),
];

/// The canonical generic words that say what an organization does, its line of business, as
/// against its structure (group, holding, enterprise) or where it is: `MIRAE TRADING` and `KOREA
/// MIRAE SHIPPING` are two companies, `MIRAE GROUP` and `MIRAE HOLDING` may be one.
const LINES_OF_BUSINESS: &[&str] = &[
    "bank", "factory", "information", "investment", "management", "network", "partners", "services", "shipping",
    "solutions", "technology", "trading",
];

/// Whether a token is a personal title (`TITLES`).
pub fn is_title(token: &str) -> bool {
    matches!(classify(token), Some(Generic::Title(_)))
}

/// Whether a token is a generic word naming a line of business (`LINES_OF_BUSINESS`).
pub fn is_line_of_business(token: &str) -> bool {
    matches!(classify(token), Some(Generic::Word(c)) if LINES_OF_BUSINESS.contains(&c))
}

/// Personal titles and honorifics (English, Arabic, Russian, Korean usage in the lists), in the
/// spellings the lists use, each with the one its spellings share (Maulana, Mawlana, Moulana).
/// Not Sayyed, Seyed or Hajj, which the lists also write as family names (`AL-SAYYED, Mohammad`,
/// `HAJJ AS'AD AHMAD`).
const TITLES: &[(&str, &str)] = &[
    ("mr", "mr"), ("mrs", "mrs"), ("ms", "ms"), ("miss", "miss"), ("dr", "dr"), ("prof", "prof"), ("sir", "sir"),
    ("madam", "madam"), ("mx", "mx"), ("jr", "jr"), ("sr", "sr"),
    ("sheikh", "sheikh"), ("shaikh", "sheikh"), ("sheik", "sheikh"), ("shaykh", "sheikh"), ("cheikh", "sheikh"),
    ("shekh", "sheikh"),
    ("haji", "haji"), ("hajji", "haji"), ("hadji", "haji"), ("alhaji", "haji"),
    ("mullah", "mullah"), ("mulla", "mullah"), ("molla", "mullah"), ("mollah", "mullah"),
    ("mawlawi", "mawlawi"), ("maulawi", "mawlawi"), ("mowlawi", "mawlawi"), ("molawi", "mawlawi"),
    ("maulavi", "mawlawi"), ("moulavi", "mawlawi"), ("molavi", "mawlawi"), ("mowlavi", "mawlawi"),
    ("maulvi", "mawlawi"), ("moulvi", "mawlawi"), ("molvi", "mawlawi"),
    ("maulana", "maulana"), ("mawlana", "maulana"), ("moulana", "maulana"), ("molana", "maulana"),
    ("mufti", "mufti"), ("qari", "qari"), ("sayed", "sayyid"), ("sayyid", "sayyid"), ("syed", "sayyid"),
    ("imam", "imam"), ("emir", "amir"), ("amir", "amir"), ("ustad", "ustad"), ("ustadh", "ustad"),
    ("gospodin", "gospodin"), ("col", "col"), ("maj", "maj"), ("capt", "capt"), ("lt", "lt"), ("adm", "adm"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generic {
    LegalForm(&'static str),
    Word(&'static str),
    Title(&'static str),
}

impl Generic {
    /// The spelling two variants of the same word share (`co` and `company` -> `company`).
    pub fn canonical(self) -> Option<&'static str> {
        match self {
            Generic::LegalForm(c) | Generic::Word(c) | Generic::Title(c) => Some(c),
        }
    }
}

/// Generic words and legal forms this long are recognised with a typo too (`Tradng`, `Netwrok`):
/// a misspelt generic word would otherwise count as a rare name word. Shorter ones are too close
/// to names (`Co`, `Tech`, `Bank`).
const TYPO_LEN: usize = 7;

/// Runs for every word analysed, hence hash lookups instead of scanning the tables.
pub fn classify(token: &str) -> Option<Generic> {
    static TABLE: OnceLock<FxHashMap<&'static str, Generic>> = OnceLock::new();
    static MISSPELT: OnceLock<FxHashMap<String, Generic>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FxHashMap::default();
        t.extend(TITLES.iter().map(|&(w, c)| (w, Generic::Title(c))));
        t.extend(GENERIC_WORDS.iter().map(|&(w, c)| (w, Generic::Word(c))));
        t.extend(LEGAL_FORMS.iter().map(|&(w, c)| (w, Generic::LegalForm(c))));
        t
    });
    if let Some(&g) = table.get(token) {
        return Some(g);
    }
    // A generic word with a letter added at an end is another word (Generali, Servicesa).
    let extended = |t: &str| table.contains_key(&t[..t.len() - 1]) || table.contains_key(&t[1..]);
    if token.len() + 1 < TYPO_LEN || !token.is_ascii() || extended(token) {
        return None;
    }
    // Symmetric deletion: one edit (or a swap of neighbours) apart when equal after deleting at
    // most one letter from each.
    let misspelt = MISSPELT.get_or_init(|| {
        let mut t = FxHashMap::default();
        for (&word, &g) in table.iter().filter(|(w, g)| w.len() >= TYPO_LEN && !matches!(g, Generic::Title(_))) {
            t.entry(word.to_string()).or_insert(g);
            find_deletion(word, |variant| {
                t.entry(variant.to_string()).or_insert(g);
                None::<()>
            });
        }
        t
    });
    misspelt.get(token).copied().or_else(|| find_deletion(token, |v| misspelt.get(v).copied()))
}

/// The first of `f`'s answers for `word` with each one of its letters deleted, in turn (one
/// buffer, no allocation per deletion: this runs for every long word analysed).
fn find_deletion<T>(word: &str, mut f: impl FnMut(&str) -> Option<T>) -> Option<T> {
    let mut buf = String::with_capacity(word.len());
    (0..word.len()).find_map(|i| {
        buf.clear();
        buf.push_str(&word[..i]);
        buf.push_str(&word[i + 1..]);
        f(&buf)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_form_variants_share_a_canonical_form() {
        assert_eq!(classify("co").unwrap().canonical(), classify("company").unwrap().canonical());
        assert_eq!(classify("ltd").unwrap().canonical(), Some("limited"));
        assert_eq!(classify("corp").unwrap().canonical(), classify("corporation").unwrap().canonical());
        for form in ["ooo", "njsc", "fllc", "sarlu", "dooel"] {
            assert!(matches!(classify(form), Some(Generic::LegalForm(_))), "{form}");
        }
        assert_eq!(classify("ooo").unwrap().canonical(), classify("llc").unwrap().canonical());
        assert_eq!(classify("ao").unwrap().canonical(), classify("jsc").unwrap().canonical());
        assert_eq!(classify("aat").unwrap().canonical(), classify("oao").unwrap().canonical(), "Belarusian AAT");
        assert_eq!(classify("oao").unwrap().canonical(), classify("pjsc").unwrap().canonical(), "OAO became PAO");
        assert_eq!(classify("taa").unwrap().canonical(), classify("ooo").unwrap().canonical(), "Belarusian TAA");
        assert_eq!(classify("sia").unwrap().canonical(), classify("llc").unwrap().canonical(), "Latvian SIA");
        assert_eq!(classify("osoo").unwrap().canonical(), classify("llc").unwrap().canonical(), "Kyrgyz OsOO");
        assert_eq!(classify("kampani").unwrap().canonical(), classify("company").unwrap().canonical(), "Bulgarian kampani");
        assert_eq!(classify("ead").unwrap().canonical(), classify("ad").unwrap().canonical(), "Bulgarian EAD");
        assert_eq!(classify("grupp").unwrap().canonical(), classify("group").unwrap().canonical());
        assert_eq!(classify("kholding").unwrap().canonical(), classify("holdings").unwrap().canonical());
        for (russian, english) in [
            ("treid", "trade"),
            ("tekhnolodzhis", "technologies"),
            ("ogranichennoi", "limited"),
            ("otvetstvennostyu", "liability"),
            ("organichennoi", "limited"),
            ("zakrytoe", "closed"),
            ("zavod", "plant"),
            ("plant", "factory"),
            ("choson", "korea"),
            ("unhaeng", "bank"),
            ("hoesa", "company"),
            ("muyok", "trading"),
        ] {
            assert_eq!(classify(russian).unwrap().canonical(), classify(english).unwrap().canonical(), "{russian}");
        }
    }

    #[test]
    fn names_are_not_generic() {
        for t in ["sobaeksu", "kim", "andreyev", "shenyang", "geumpungri", "sal", "doo", "pat", "otkrytie"] {
            assert_eq!(classify(t), None, "{t}");
        }
        assert_eq!(classify("sheikh"), Some(Generic::Title("sheikh")));
        assert_eq!(classify("mawlana"), Some(Generic::Title("maulana")));
        assert_eq!(classify("hajji").unwrap().canonical(), classify("haji").unwrap().canonical(), "one title");
        assert_eq!(classify("sayyed"), None, "a family name too");
        assert_eq!(classify("trading"), Some(Generic::Word("trading")));
    }

    #[test]
    fn long_generic_words_are_recognised_with_a_typo() {
        for (typo, canonical) in [("tradng", "trading"), ("netwrok", "network"), ("corporaton", "corporation"), ("tradding", "trading")] {
            assert_eq!(classify(typo).and_then(Generic::canonical), Some(canonical), "{typo}");
        }
        for word in ["sinjin", "gradient", "banks", "cor", "netwo", "sheikhs", "generali"] {
            assert_eq!(classify(word), None, "{word}");
        }
    }
}
