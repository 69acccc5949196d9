//! HTML written as text, for screen content that is fixed once rendered (the result, the answers
//! to check, the intro). Leptos's typed views generate code for every distinct element shape;
//! for static content that code was most of the bundle, while a string costs only its text.
//!
//! Every text and attribute value is escaped here, so nothing a region file or a link carries
//! can become markup. Tag and attribute names are `'static`: only the code chooses them.

#[derive(Default)]
pub struct Markup {
    out: String,
}

impl Markup {
    pub fn new() -> Self {
        Markup::default()
    }

    /// `<tag name="value" …>`. Also writes void elements such as `input`.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(value, &mut self.out);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Self {
        escape(text, &mut self.out);
        self
    }

    /// An element holding only text.
    pub fn el(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        text: &str,
    ) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    pub fn finish(self) -> Html {
        Html(self.out)
    }
}

/// Markup whose every text and attribute value went through [`Markup`]'s escaping. Only this
/// module can make one (in the page, or in the engine worker and carried across by
/// `Html::from_engine_worker`), and only an `Html` reaches `inner_html`, so unescaped text
/// cannot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    /// Appends another piece of escaped markup.
    pub fn push(&mut self, more: Html) {
        self.0.push_str(&more.0);
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Markup the engine worker made with [`Markup::finish`] and posted to the page as text
    /// (`workers::engine`). The one door for markup from outside the page's thread; only
    /// `ui::engine` opens it, for the worker's answer.
    #[cfg(target_arch = "wasm32")]
    pub fn from_engine_worker(made_by_markup: String) -> Html {
        Html(made_by_markup)
    }
}

/// Read as text like any string; only [`Markup`] can make one.
impl std::ops::Deref for Html {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Html {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_cannot_become_markup() {
        let mut m = Markup::new();
        m.el(
            "p",
            &[("data-x", "\"><script>x</script>")],
            "<img src=x onerror=alert(1)> & 'q'",
        );
        assert_eq!(
            &*m.finish(),
            "<p data-x=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</p>"
        );
    }

    #[test]
    fn elements_nest_in_the_order_written() {
        let mut m = Markup::new();
        m.open("ul", &[])
            .el("li", &[], "a")
            .el("li", &[], "b")
            .close("ul");
        assert_eq!(&*m.finish(), "<ul><li>a</li><li>b</li></ul>");
    }
}
