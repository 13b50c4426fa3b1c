//! YAML (`---`) and TOML (`+++`) front matter: the flat subset that article front matter
//! uses (scalars, inline and block lists). A full YAML parser would cost more in the wasm
//! than the whole engine; nested mappings are skipped, never misread.

use super::Document;

/// One front-matter field: its lowercased key and its values (one for a scalar).
pub(crate) type Field = (String, Vec<String>);

/// Splits leading front matter off `input`. Without a closing fence nothing is split.
pub(crate) fn split(input: &str) -> (Vec<Field>, &str) {
    let trimmed = input.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    for (fence, toml) in [("---", false), ("+++", true)] {
        let Some(rest) = trimmed.strip_prefix(fence) else {
            continue;
        };
        let Some(rest) = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == fence || (!toml && line.trim_end() == "...") {
                let fields = if toml {
                    toml_fields(&rest[..offset])
                } else {
                    yaml_fields(&rest[..offset])
                };
                return (fields, &rest[offset + line.len()..]);
            }
            offset += line.len();
        }
    }
    (Vec::new(), input)
}

fn yaml_fields(block: &str) -> Vec<Field> {
    let mut fields: Vec<Field> = Vec::new();
    let mut open_list = false;
    for line in block.lines() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let item = line
            .trim_start()
            .strip_prefix("- ")
            .or_else(|| (line.trim() == "-").then_some(""));
        if let (Some(item), true, Some(last)) = (item, open_list, fields.last_mut()) {
            push_value(&mut last.1, item);
            continue;
        }
        if indented {
            // A nested mapping: not article metadata we understand.
            open_list = false;
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let key = key.trim().to_lowercase();
        let value = value.trim();
        let mut values = Vec::new();
        if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            inner.split(',').for_each(|v| push_value(&mut values, v));
        } else {
            push_value(&mut values, value);
        }
        open_list = value.is_empty();
        fields.push((key, values));
    }
    fields
}

fn toml_fields(block: &str) -> Vec<Field> {
    let mut fields = Vec::new();
    for line in block.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            break; // a table: everything after it belongs to that table.
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let value = value.trim();
        let mut values = Vec::new();
        if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            inner.split(',').for_each(|v| push_value(&mut values, v));
        } else {
            push_value(&mut values, value);
        }
        fields.push((key.trim().trim_matches('"').to_lowercase(), values));
    }
    fields
}

fn push_value(values: &mut Vec<String>, raw: &str) {
    let v = raw.trim();
    let v = v
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(v)
        .trim();
    if !v.is_empty() {
        values.push(v.to_string());
    }
}

/// Fills title and metadata from the fields; the usual aliases of static-site generators
/// (Jekyll, Hugo, Hexo) are accepted.
pub(crate) fn apply(fields: &[Field], doc: &mut Document) {
    for (key, values) in fields {
        let first = values.first().cloned();
        let m = &mut doc.metadata;
        match key.as_str() {
            "title" => doc.title = first.or(doc.title.take()),
            "author" | "authors" | "byline" => {
                m.author = Some(values.join(", "))
                    .filter(|a| !a.is_empty())
                    .or(m.author.take())
            }
            "date" | "published" | "pubdate" | "publishdate" => m.date = first.or(m.date.take()),
            "categories" | "category" | "section" => m.categories = values.clone(),
            "tags" | "keywords" => m.keywords = values.clone(),
            "description" | "summary" | "excerpt" => m.description = first.or(m.description.take()),
            "image" | "thumbnail" | "cover" | "featured_image" => {
                m.image = first.or(m.image.take())
            }
            "url" | "link" | "permalink" | "canonical" => m.url = first.or(m.url.take()),
            "site" | "site_name" | "source" | "publisher" => {
                m.site_name = first.or(m.site_name.take())
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_scalars_and_lists() {
        let input = "---\ntitle: \"Hello: world\"\ncategories: \n    - A\n    - B\ntags: [x, 'y']\nnested:\n  a: 1\nauthor: Me\n---\nBody";
        let (fields, body) = split(input);
        assert_eq!(body, "Body");
        let get = |k: &str| fields.iter().find(|f| f.0 == k).map(|f| f.1.clone());
        assert_eq!(get("title"), Some(vec!["Hello: world".to_string()]));
        assert_eq!(
            get("categories"),
            Some(vec!["A".to_string(), "B".to_string()])
        );
        assert_eq!(get("tags"), Some(vec!["x".to_string(), "y".to_string()]));
        assert_eq!(get("nested"), Some(vec![]));
        assert_eq!(get("author"), Some(vec!["Me".to_string()]));
    }

    #[test]
    fn toml_and_unclosed() {
        let (fields, body) =
            split("+++\ntitle = \"T\"\ntags = [\"a\", \"b\"]\n[extra]\nx = 1\n+++\nB");
        assert_eq!(body, "B");
        assert_eq!(fields.len(), 2);
        let (fields, body) = split("---\ntitle: T\nno closing fence");
        assert!(fields.is_empty());
        assert!(body.starts_with("---"));
    }
}
