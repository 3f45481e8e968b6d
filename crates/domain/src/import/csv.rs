//! A small RFC 4180 CSV reader and field writer.
//!
//! Reads quoted fields with embedded delimiters, quotes (`""`) and line breaks;
//! LF, CRLF or CR line ends; a leading UTF-8 byte-order mark; any one-character
//! delimiter (Strong's Android export uses `;`). Lenient where RFC 4180 is
//! strict but files in the wild aren't: a quote inside an unquoted field is
//! kept as a character, text after a closing quote is appended. Blank lines
//! are skipped. The one unrecoverable fault, a quote that never closes (a
//! truncated file), is reported for the record where it starts.

/// One record (row) of a CSV file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// 1-based record number, the header being 1: the row number a spreadsheet
    /// shows for the same data.
    pub row: usize,
    pub fields: Vec<String>,
}

impl Record {
    /// Field `i`, trimmed; empty when the record is shorter.
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", |f| f.trim())
    }
}

/// A record that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub row: usize,
    pub reason: &'static str,
}

/// The delimiter the header line uses most among `,`, `;` and tab (`,` if none).
pub fn sniff_delimiter(text: &str) -> char {
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    let count = |c: char| first.chars().filter(|&x| x == c).count();
    [';', '\t']
        .into_iter()
        .fold(',', |best, c| if count(c) > count(best) { c } else { best })
}

/// Reads every record of `text`. A record that can't be read is an `Err` in
/// its place; reading stops after it only when nothing can follow (an
/// unclosed quote swallows the rest of the file).
pub fn read(text: &str, delimiter: char) -> Vec<Result<Record, CsvError>> {
    Records::new(text, delimiter).collect()
}

/// The records of a text, one at a time: what [`read`] collects, for a
/// reader that takes a big file a slice at a time.
pub struct Records<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    delimiter: char,
    /// The number of the last record made (blank lines skipped are not).
    row: usize,
    /// After an unclosed quote: nothing more can be read.
    ended: bool,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str, delimiter: char) -> Records<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Records {
            chars: text.chars().peekable(),
            delimiter,
            row: 0,
            ended: false,
        }
    }

    /// The next record, blank or not; `None` at the end of the text.
    fn record(&mut self) -> Option<Result<Record, CsvError>> {
        if self.ended {
            return None;
        }
        let chars = &mut self.chars;
        let mut fields: Vec<String> = Vec::new();
        let mut field = String::new();
        let mut in_record = false;
        loop {
            let Some(c) = chars.next() else {
                self.ended = true;
                if !in_record {
                    return None;
                }
                break;
            };
            match c {
                '"' if field.is_empty() => {
                    in_record = true;
                    // Quoted field: runs to the next lone quote.
                    let mut closed = false;
                    while let Some(q) = chars.next() {
                        if q == '"' {
                            if chars.peek() == Some(&'"') {
                                chars.next();
                                field.push('"');
                            } else {
                                closed = true;
                                break;
                            }
                        } else {
                            field.push(q);
                        }
                    }
                    if !closed {
                        self.ended = true;
                        self.row += 1;
                        return Some(Err(CsvError {
                            row: self.row,
                            reason: "a quoted field never ends (is the file cut short?)",
                        }));
                    }
                }
                c if c == self.delimiter => {
                    in_record = true;
                    fields.push(std::mem::take(&mut field));
                }
                '\r' | '\n' => {
                    if c == '\r' && chars.peek() == Some(&'\n') {
                        chars.next();
                    }
                    if in_record {
                        break;
                    }
                }
                c => {
                    in_record = true;
                    field.push(c);
                }
            }
        }
        fields.push(field);
        self.row += 1;
        Some(Ok(Record {
            row: self.row,
            fields,
        }))
    }
}

impl Iterator for Records<'_> {
    type Item = Result<Record, CsvError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.record()? {
                // A line of only spaces is as blank as an empty one.
                Ok(r) if r.fields.len() == 1 && r.fields[0].trim().is_empty() => continue,
                other => return Some(other),
            }
        }
    }
}

/// `field` quoted for CSV when it needs to be (RFC 4180 §2.6-2.7): when it
/// holds the delimiter, a quote, or a line break; quotes are doubled.
pub fn quote(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        read(text, ',')
            .into_iter()
            .map(|r| r.unwrap().fields)
            .collect()
    }

    #[test]
    fn quoted_fields_commas_newlines_bom_crlf() {
        let text = "\u{feff}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\n1,,3";
        assert_eq!(
            rows(text),
            vec![
                vec!["a", "b", "c"],
                vec!["x, y", "say \"hi\"", "two\r\nlines"],
                vec!["1", "", "3"],
            ]
        );
        // Record numbers skip blank lines but count records, not lines.
        let recs = read(text, ',');
        assert_eq!(recs[2].as_ref().unwrap().row, 3);
    }

    #[test]
    fn trailing_empty_field_and_lone_cr() {
        assert_eq!(rows("a,\rb"), vec![vec!["a", ""], vec!["b"]]);
        assert_eq!(rows("a;b\n"), vec![vec!["a;b"]]);
        assert_eq!(
            read("a;b\n", ';')[0].as_ref().unwrap().fields,
            vec!["a", "b"]
        );
    }

    #[test]
    fn unclosed_quote_is_an_error_on_its_row() {
        let recs = read("h1,h2\n1,2\n3,\"oops\n4,5\n", ',');
        assert_eq!(recs.len(), 3);
        assert!(recs[1].is_ok());
        assert_eq!(recs[2].as_ref().unwrap_err().row, 3);
    }

    #[test]
    fn quote_round_trips_through_read() {
        for s in ["plain", "a,b", "say \"x\"", "two\nlines", ""] {
            let line = format!("{},end", quote(s));
            assert_eq!(
                rows(&line),
                vec![vec![s.to_string(), "end".into()]],
                "{s:?}"
            );
        }
        assert_eq!(sniff_delimiter("\u{feff}Date;Workout Name;Reps"), ';');
        assert_eq!(sniff_delimiter("Date,Exercise"), ',');
    }
}
