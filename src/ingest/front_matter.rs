//! YAML (`---`) and TOML (`+++`) front matter: the subset that article front matter
//! uses (scalars, quoted strings, inline and block lists, folded blocks, one level of
//! nesting as `parent.child` keys). A full YAML parser would cost more in the wasm than
//! the whole engine; anything else is skipped, never misread. A block that does not
//! look like front matter (a body opening with a `---` thematic break) is left alone.

use crate::document::Document;
use crate::document::Metadata;

/// One front-matter field: its lowercased key (`author.name` when nested) and its values
/// (one for a scalar).
pub(crate) type Field = (String, Vec<String>);

/// Splits leading front matter off `input`. Without a closing fence, or when the block
/// is not front matter, nothing is split.
pub(crate) fn split(input: &str) -> (Vec<Field>, &str) {
    let trimmed = input.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    for (fence, toml) in [("---", false), ("+++", true)] {
        let Some(rest) = trimmed.strip_prefix(fence) else {
            continue;
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        let Some(rest) = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            let t = line.trim_end();
            if t == fence || (!toml && t == "...") {
                let block = &rest[..offset];
                let fields = if toml {
                    toml_fields(block)
                } else {
                    yaml_fields(block)
                };
                return match fields {
                    Some(fields) => (fields, &rest[offset + line.len()..]),
                    None => (Vec::new(), input),
                };
            }
            offset += line.len();
        }
    }
    (Vec::new(), input)
}

/// Whether `key` is a plain identifier, as front-matter keys are ("Note that" is not).
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// The fields of a YAML block, or `None` when a line is not YAML.
fn yaml_fields(block: &str) -> Option<Vec<Field>> {
    let mut fields: Vec<Field> = Vec::new();
    // The top-level key whose value continues on indented lines, and how.
    let mut parent: Option<(usize, Continuation)> = None;
    for line in block.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let item = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("-\t"))
            .or_else(|| (trimmed == "-").then_some(""));
        if indented || item.is_some() {
            let Some((index, how)) = parent else {
                if item.is_some() {
                    return None; // a list with no key: not front matter
                }
                continue;
            };
            let name = fields[index].0.clone();
            match (how, item) {
                (Continuation::Block, _) => {
                    let value = &mut fields[index].1;
                    match value.first_mut() {
                        Some(text) => {
                            text.push(' ');
                            text.push_str(trimmed);
                        }
                        None => value.push(trimmed.to_string()),
                    }
                }
                (Continuation::Nested, Some(item)) => match item.split_once(": ") {
                    // A list of mappings: "- name: Jane" gives its name.
                    Some((k, v)) if matches!(k.trim(), "name" | "title") => {
                        push_value(&mut fields[index].1, v)
                    }
                    Some(_) => {}
                    None => push_value(&mut fields[index].1, item),
                },
                (Continuation::Nested, None) => {
                    // One level of nesting: "author:\n  name: Jane" is "author.name".
                    if let Some((k, v)) = trimmed.split_once(':') {
                        if is_key(k.trim()) && !v.trim().is_empty() {
                            let mut values = Vec::new();
                            push_scalar_or_list(&mut values, v);
                            fields.push((format!("{name}.{}", k.trim().to_lowercase()), values));
                        }
                    }
                }
            }
            continue;
        }
        let (key, value) = line.split_once(':')?;
        let key = key.trim().trim_matches(['"', '\'']);
        if !is_key(key) {
            return None;
        }
        let value = strip_comment(value.trim());
        let mut values = Vec::new();
        let how = if value.is_empty() {
            Continuation::Nested
        } else if matches!(value, "|" | "|-" | "|+" | ">" | ">-" | ">+") {
            Continuation::Block
        } else {
            push_scalar_or_list(&mut values, value);
            Continuation::Nested
        };
        fields.push((key.to_lowercase(), values));
        parent = Some((fields.len() - 1, how));
    }
    Some(fields)
}

/// What indented lines after a key are.
#[derive(Clone, Copy)]
enum Continuation {
    /// Block list items or a nested mapping.
    Nested,
    /// The lines of a `|` or `>` block scalar.
    Block,
}

/// Cuts a comment after a value ("Hello # note", "\"T\" # note"), outside quotes.
fn strip_comment(value: &str) -> &str {
    let mut quote = None;
    let mut prev = ' ';
    for (i, c) in value.char_indices() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (q, Some(open)) if q == open => quote = None,
            ('#', None) if prev.is_whitespace() => return value[..i].trim_end(),
            _ => {}
        }
        prev = c;
    }
    value
}

/// The fields of a TOML block, or `None` when a line is not TOML.
fn toml_fields(block: &str) -> Option<Vec<Field>> {
    let mut fields = Vec::new();
    let mut table = String::new();
    let mut skipping = false; // inside an array of tables, "[[...]]"
    let mut pending: Option<(String, String)> = None; // a multi-line array or string
    for line in block.lines() {
        if let Some((key, mut value)) = pending.take() {
            value.push(' ');
            value.push_str(line.trim());
            if toml_value_complete(&value) {
                fields.push((key, toml_values(&value)));
            } else {
                pending = Some((key, value));
            }
            continue;
        }
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix("[[") {
            skipping = true;
            table = name.trim_end_matches(']').trim().to_lowercase();
            continue;
        }
        if let Some(name) = line.strip_prefix('[') {
            skipping = false;
            table = name.trim_end_matches(']').trim().to_lowercase();
            continue;
        }
        let (key, value) = line.split_once('=')?;
        let key = key.trim().trim_matches(['"', '\'']).to_lowercase();
        if !is_key(&key) {
            return None;
        }
        if skipping {
            continue;
        }
        let key = if table.is_empty() {
            key
        } else {
            format!("{table}.{key}")
        };
        let value = value.trim();
        if toml_value_complete(value) {
            fields.push((key, toml_values(value)));
        } else {
            pending = Some((key, value.to_string()));
        }
    }
    Some(fields)
}

/// Whether a TOML value is complete on what was read so far: arrays and triple-quoted
/// strings may span lines.
fn toml_value_complete(value: &str) -> bool {
    if let Some(inner) = value.strip_prefix("\"\"\"") {
        return inner.contains("\"\"\"");
    }
    !value.starts_with('[') || value.trim_end().ends_with(']')
}

fn toml_values(value: &str) -> Vec<String> {
    let mut values = Vec::new();
    if let Some(inner) = value.strip_prefix("\"\"\"") {
        let inner = inner.split("\"\"\"").next().unwrap_or("");
        push_value(&mut values, inner);
    } else {
        push_scalar_or_list(&mut values, strip_comment(value));
    }
    values
}

/// A scalar, or an inline list "[a, 'b, c']" whose items may be quoted.
fn push_scalar_or_list(values: &mut Vec<String>, value: &str) {
    let value = value.trim();
    let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) else {
        if !value.starts_with('{') {
            push_value(values, value); // flow mappings are skipped
        }
        return;
    };
    let mut quote = None;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match (c, quote) {
            ('"' | '\'', None) => quote = Some(c),
            (q, Some(open)) if q == open => quote = None,
            (',', None) => {
                push_value(values, &inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    push_value(values, &inner[start..]);
}

/// Unquotes and unescapes one value; empty values are skipped.
fn push_value(values: &mut Vec<String>, raw: &str) {
    let v = raw.trim();
    let v = if let Some(inner) = v.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        inner.replace("\\\"", "\"").replace("\\\\", "\\")
    } else if let Some(inner) = v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        inner.replace("''", "'")
    } else {
        v.to_string()
    };
    let v = v.trim();
    if !v.is_empty() {
        values.push(v.to_string());
    }
}

/// Fills title and metadata from the fields; the usual names of static-site generators
/// (Jekyll, Hugo, Hexo, Eleventy) are accepted, the first one given winning. Front matter
/// is the author's own statement: it wins over what the page says.
pub(crate) fn apply(fields: &[Field], doc: &mut Document) {
    let mut title = None;
    let mut fm = Metadata::default();
    for (key, values) in fields {
        let first = || values.first().cloned();
        let set = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        match key.as_str() {
            "title" => set(&mut title, first()),
            "author" | "authors" | "author.name" | "byline" => set(
                &mut fm.author,
                // Joined as `&str`s: the wasm's one copy of `join`.
                Some(
                    values
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(", "),
                )
                .filter(|a| !a.is_empty()),
            ),
            "date" | "published" | "pubdate" | "publishdate" | "date_published" => {
                set(&mut fm.date, first())
            }
            "categories" | "category" | "section" if fm.categories.is_empty() => {
                fm.categories = values.clone()
            }
            "tags" | "keywords" if fm.keywords.is_empty() => fm.keywords = values.clone(),
            "description" | "summary" | "excerpt" | "subtitle" => set(&mut fm.description, first()),
            "image" | "image.url" | "image.src" | "images" | "thumbnail" | "cover"
            | "cover.image" | "featured_image" => set(&mut fm.image, first()),
            "url" | "link" | "permalink" | "canonical" | "canonical_url" => {
                set(&mut fm.url, first())
            }
            "site" | "site_name" | "source" | "publisher" => set(&mut fm.site_name, first()),
            _ => {}
        }
    }
    let m = &mut doc.metadata;
    doc.title = title.or(doc.title.take());
    m.author = fm.author.or(m.author.take());
    m.date = fm.date.or(m.date.take());
    m.description = fm.description.or(m.description.take());
    m.image = fm.image.or(m.image.take());
    m.url = fm.url.or(m.url.take());
    m.site_name = fm.site_name.or(m.site_name.take());
    if !fm.categories.is_empty() {
        m.categories = fm.categories;
    }
    if !fm.keywords.is_empty() {
        m.keywords = fm.keywords;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(fields: &[Field], key: &str) -> Option<Vec<String>> {
        fields.iter().find(|f| f.0 == key).map(|f| f.1.clone())
    }

    fn strings(v: &[&str]) -> Option<Vec<String>> {
        Some(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn yaml_scalars_and_lists() {
        let input = "---\ntitle: \"Hello: world\"\ncategories: \n    - A\n    - B\n\
            tags: [x, 'y, z', \"w\"]\nnested:\n  a: 1\nauthor: Me # the writer\n\
            quote: 'It''s \"fine\"'\nescaped: \"say \\\"hi\\\"\"\n---\nBody";
        let (fields, body) = split(input);
        assert_eq!(body, "Body");
        assert_eq!(get(&fields, "title"), strings(&["Hello: world"]));
        assert_eq!(get(&fields, "categories"), strings(&["A", "B"]));
        assert_eq!(get(&fields, "tags"), strings(&["x", "y, z", "w"]));
        assert_eq!(get(&fields, "nested"), strings(&[]));
        assert_eq!(get(&fields, "nested.a"), strings(&["1"]));
        assert_eq!(get(&fields, "author"), strings(&["Me"]));
        assert_eq!(get(&fields, "quote"), strings(&["It's \"fine\""]));
        assert_eq!(get(&fields, "escaped"), strings(&["say \"hi\""]));
    }

    #[test]
    fn yaml_blocks_nesting_tabs_and_crlf() {
        let input = "\u{FEFF}--- \r\ntitle:\tTabbed\r\ndescription: >-\r\n  Folded over\r\n  two lines\r\n\
            author:\r\n  name: Jane Doe\r\n  email: jane@example.com\r\nauthors:\r\n  - name: Bob\r\n  - Ann\r\n\
            image: {src: x.png}\r\n...\r\nBody";
        let (fields, body) = split(input);
        assert_eq!(body, "Body");
        assert_eq!(get(&fields, "title"), strings(&["Tabbed"]));
        assert_eq!(
            get(&fields, "description"),
            strings(&["Folded over two lines"])
        );
        assert_eq!(get(&fields, "author.name"), strings(&["Jane Doe"]));
        assert_eq!(get(&fields, "authors"), strings(&["Bob", "Ann"]));
        assert_eq!(get(&fields, "image"), strings(&[]));
    }

    #[test]
    fn toml() {
        let input = "+++\ntitle = \"T\" # comment\ntags = [\n  \"a\",\n  \"b\",\n]\n\
            description = \"\"\"Long text\"\"\"\n[author]\nname = \"Jane\"\n[[resources]]\nsrc = \"x\"\n+++\nB";
        let (fields, body) = split(input);
        assert_eq!(body, "B");
        assert_eq!(get(&fields, "title"), strings(&["T"]));
        assert_eq!(get(&fields, "tags"), strings(&["a", "b"]));
        assert_eq!(get(&fields, "description"), strings(&["Long text"]));
        assert_eq!(get(&fields, "author.name"), strings(&["Jane"]));
        assert_eq!(get(&fields, "resources.src"), None);
    }

    #[test]
    fn not_front_matter() {
        for input in [
            "---\ntitle: T\nno closing fence",
            "---\nSome text that opens with a thematic break.\n---\nMore text.",
            "---\n- a list\n---\nText",
            "----\ntitle: T\n----\nText",
            "Text first\n---\ntitle: T\n---\n",
            "+++\nnot toml\n+++\nText",
            "",
            "---",
        ] {
            let (fields, body) = split(input);
            assert!(fields.is_empty(), "{input}");
            assert_eq!(body, input);
        }
        // An empty block is front matter all the same.
        assert_eq!(split("---\n---\nText"), (Vec::new(), "Text"));
    }

    #[test]
    fn metadata_from_fields() {
        let (fields, _) = split(
            "---\ntitle: A title\nauthor:\n  name: Jane\ndate: 2021-03-19\ncategories: [News]\n\
             tags:\n  - climate\n  - trade\nsummary: Short.\ncover:\n  image: c.png\n---\n",
        );
        let mut doc = Document {
            title: Some("From the page".into()),
            ..Document::default()
        };
        apply(&fields, &mut doc);
        assert_eq!(doc.title.as_deref(), Some("A title"));
        let m = &doc.metadata;
        assert_eq!(m.author.as_deref(), Some("Jane"));
        assert_eq!(m.date.as_deref(), Some("2021-03-19"));
        assert_eq!(m.categories, ["News"]);
        assert_eq!(m.keywords, ["climate", "trade"]);
        assert_eq!(m.description.as_deref(), Some("Short."));
        assert_eq!(m.image.as_deref(), Some("c.png"));
    }
}
