//! Integration tests of the HTML importer (saved web pages): metadata, body selection,
//! boilerplate removal, entities, and scripts that must never reach the article. Every page
//! is written here for these tests.

use std::path::Path;

use claimreader::import::{ImportError, Imported, import_bytes, import_text};
use claimreader::model::Language;

/// What an import should produce. `None` fields are not checked.
#[derive(Default)]
struct Expected<'a> {
    title: &'a str,
    published: Option<&'a str>,
    author: Option<&'a str>,
    category: Option<&'a str>,
    paragraphs: &'a [&'a str],
    /// Substrings that must appear in some warning, one per expected warning.
    warnings: &'a [&'a str],
}

fn import(name: &str, input: &str) -> Imported {
    match import_text(input, Path::new(name)) {
        Ok(imported) => imported,
        Err(error) => panic!("{name}: {error}"),
    }
}

/// Imports `input` as a file called `name` and compares everything in `expected`.
fn check(name: &str, input: &str, expected: &Expected) {
    let Imported { article, warnings } = import(name, input);
    assert_eq!(article.title, expected.title, "title");
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        expected.published,
        "published"
    );
    assert_eq!(article.author.as_deref(), expected.author, "author");
    assert_eq!(article.category.as_deref(), expected.category, "category");
    assert_eq!(article.text, expected.paragraphs.join("\n\n"), "text");
    let messages: Vec<&str> = warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages.len(),
        expected.warnings.len(),
        "warnings: {messages:?}"
    );
    for (message, wanted) in messages.iter().zip(expected.warnings) {
        assert!(message.contains(wanted), "{message:?} lacks {wanted:?}");
    }
}

/// A news page with everything around the article that a saved page usually has.
const NEWS_PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour authority approves second ferry line | Coastal Courier</title>
  <meta property="og:site_name" content="Coastal Courier">
  <meta property="article:published_time" content="2025-03-14T09:30:00+01:00">
  <meta property="article:section" content="Regional">
  <meta name="author" content="Ines Vermeer">
  <style>p { color: red; } .secret::after { content: "style text"; }</style>
  <script>var tracking = "script text in the head"; document.write("<p>written</p>");</script>
</head>
<body>
  <header class="site-header"><a href="/">Coastal Courier</a>
    <nav><ul><li>Home</li><li>Regional</li><li>Sport</li></ul></nav>
  </header>
  <main>
    <article>
      <header>
        <h1>Harbour authority approves second ferry line</h1>
        <p class="byline">By <a rel="author" href="/ines">Ines Vermeer</a></p>
        <time datetime="2025-03-14">14 March 2025</time>
      </header>
      <figure><img src="ferry.jpg" alt="A ferry"><figcaption>The current ferry at the quay.</figcaption></figure>
      <p>The harbour authority approved a second ferry line on Friday, with
         crossings every   forty minutes from&nbsp;June.</p>
      <script>console.log("script text in the body");</script>
      <h2>Costs &amp; timing</h2>
      <p>The line will cost &euro;4.2 million a year, the authority said.<!-- a comment --></p>
      <aside class="related"><h3>Related</h3><p>Bridge repairs delayed again</p></aside>
      <div class="share-buttons">Share on social media</div>
      <ul><li>Crossings start at 06:00.</li><li>The last one leaves at 23:20.</li></ul>
      <blockquote><p>&#8220;This was long overdue,&#8221; said a resident.</p></blockquote>
      <noscript><p>Enable JavaScript to see comments.</p></noscript>
      <form><label>Your email</label><input name="email"><button>Subscribe</button></form>
    </article>
  </main>
  <aside><p>Most read: weather turns cold</p></aside>
  <footer><p>&copy; 2025 Coastal Courier. All rights reserved.</p></footer>
  <iframe src="https://ads.example/"><p>iframe text</p></iframe>
</body>
</html>
"#;

#[test]
fn news_page_metadata_body_and_boilerplate() {
    check(
        "ferry.html",
        NEWS_PAGE,
        &Expected {
            title: "Harbour authority approves second ferry line",
            published: Some("2025-03-14"),
            author: Some("Ines Vermeer"),
            category: Some("Regional"),
            paragraphs: &[
                "The harbour authority approved a second ferry line on Friday, with crossings \
                 every forty minutes from June.",
                "Costs & timing",
                "The line will cost €4.2 million a year, the authority said.",
                "Crossings start at 06:00.",
                "The last one leaves at 23:20.",
                "“This was long overdue,” said a resident.",
            ],
            warnings: &[],
        },
    );
}

#[test]
fn script_and_style_text_never_reaches_the_article() {
    let Imported { article, .. } = import("ferry.htm", NEWS_PAGE);
    for hidden in [
        "script text",
        "tracking",
        "written",
        "console",
        "style text",
        "color",
        "JavaScript",
        "iframe text",
        "Subscribe",
        "Most read",
        "rights reserved",
        "figcaption",
        "current ferry",
        "a comment",
        "Bridge repairs",
    ] {
        assert!(
            !article.text.contains(hidden) && !article.title.contains(hidden),
            "{hidden:?} leaked into {:?}",
            article.text
        );
    }
}

#[test]
fn hostile_scripts_are_parsed_not_run() {
    // Script content that would only matter if something executed or re-parsed it: closing
    // tags inside strings, a script that never ends, and event handlers.
    let page = r#"<!doctype html><html><head><title>Quiet page</title></head><body>
        <article>
        <p onclick="alert('handler')">Only this sentence belongs to the article.</p>
        <script>document.body.innerHTML = "<p>injected</p>"; var s = "<\/script><p>escaped</p>";</script>
        <script type="module">import("x").then(() => { throw new Error("ran"); });</script>
        <img src="x" onerror="alert('error handler')">
        <p>A second sentence.</p>
        <script>while (true) {}
        </article></body></html>"#;
    check(
        "quiet.html",
        page,
        &Expected {
            title: "Quiet page",
            paragraphs: &[
                "Only this sentence belongs to the article.",
                "A second sentence.",
            ],
            ..Expected::default()
        },
    );
}

#[test]
fn title_falls_back_to_title_tag_then_h1() {
    let with_title_tag = "<html><head><title>Council votes on budget - Town Herald</title></head>\
        <body><article><p>The council voted on the budget on Monday evening.</p></article></body></html>";
    let Imported { article, .. } = import("budget.html", with_title_tag);
    assert_eq!(article.title, "Council votes on budget");

    let with_h1 = "<html><body><div><h1>Rain expected all week</h1>\
        <p>Forecasters expect rain every day this week.</p>\
        <p>Temperatures stay below ten degrees.</p></div></body></html>";
    check(
        "rain.html",
        with_h1,
        &Expected {
            title: "Rain expected all week",
            paragraphs: &[
                "Forecasters expect rain every day this week.",
                "Temperatures stay below ten degrees.",
            ],
            warnings: &["densest block"],
            ..Expected::default()
        },
    );

    // og:title wins over <title>, and a lowercase tail after " - " is part of the title.
    let og = r#"<html><head><meta property="og:title" content="Trains run late - again">
        <title>Something else | Rail News</title></head>
        <body><article><p>Trains ran late on Tuesday.</p></article></body></html>"#;
    assert_eq!(
        import("late.html", og).article.title,
        "Trains run late - again"
    );
}

#[test]
fn densest_block_of_paragraphs_without_article_or_main() {
    let page = r#"<html><head><title>Dutch page</title></head><body>
        <div class="menu"><p>Home</p></div>
        <div id="sidebar"><p>Weer: zonnig</p></div>
        <div id="content">
          <p>De gemeente heeft dinsdag besloten om de brug te vernieuwen.</p>
          <p>Volgens de wethouder kost dat ongeveer twee miljoen euro.</p>
          <p>De werkzaamheden beginnen in het najaar en duren een jaar.</p>
        </div>
        <div class="footer"><p>Contact</p></div>
        </body></html>"#;
    let Imported { article, warnings } = import("brug.html", page);
    assert_eq!(
        article.text,
        "De gemeente heeft dinsdag besloten om de brug te vernieuwen.\n\n\
         Volgens de wethouder kost dat ongeveer twee miljoen euro.\n\n\
         De werkzaamheden beginnen in het najaar en duren een jaar."
    );
    assert_eq!(article.language, Language::Dutch);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
}

#[test]
fn teaser_articles_do_not_hide_the_real_text() {
    // Listing cards marked up as <article>, with the real story in plain divs.
    let page = r"<html><body>
        <article><p>Teaser one</p></article>
        <article><p>Teaser two</p></article>
        <div class='story'>
          <p>The first paragraph of the real story is long enough to matter here.</p>
          <p>The second paragraph of the real story adds more detail to it.</p>
        </div></body></html>";
    let Imported { article, .. } = import("teasers.html", page);
    assert!(
        article.text.starts_with("The first paragraph"),
        "{}",
        article.text
    );
    assert!(!article.text.contains("Teaser"), "{}", article.text);
}

#[test]
fn line_breaks_entities_and_control_characters() {
    let page = "<html><body><article>\
        <p>First line<br>same paragraph<br><br>new paragraph&nbsp;here</p>\
        <p>Zero&#8203;width and bell&#7; and tab&#9;gone &lt;b&gt; &quot;quoted&quot; &#x1F600;</p>\
        <h3>A   heading\n  on two lines</h3>\
        <table><tr><td>Year</td><td>Ferries</td></tr><tr><td>2024</td><td>3</td></tr></table>\
        <pre>let code = 1;</pre>\
        </article></body></html>";
    check(
        "odd.html",
        page,
        &Expected {
            title: "First line same paragraph",
            paragraphs: &[
                "First line same paragraph",
                "new paragraph here",
                "Zerowidth and bell and tab gone <b> \"quoted\" 😀",
                "A heading on two lines",
                "Year Ferries",
                "2024 3",
            ],
            warnings: &["preformatted", "no title"],
            ..Expected::default()
        },
    );
}

#[test]
fn byline_and_date_inside_the_body() {
    let page = r"<!doctype html><html><head><title>Port strike ends</title></head><body>
        <article>
          <h1>Port strike ends</h1>
          <p>By Sam Okafor</p>
          <p>4 September 2025</p>
          <p>Dock workers returned to work on Thursday after a two-week strike.</p>
          <p>Share this article</p>
        </article></body></html>";
    check(
        "strike.html",
        page,
        &Expected {
            title: "Port strike ends",
            published: Some("2025-09-04"),
            author: Some("Sam Okafor"),
            paragraphs: &["Dock workers returned to work on Thursday after a two-week strike."],
            warnings: &["boilerplate"],
            ..Expected::default()
        },
    );
}

#[test]
fn byline_element_and_time_element() {
    let page = r#"<html><head><title>Library extends hours</title></head><body>
        <nav><time datetime="2030-01-01">today</time></nav>
        <article>
          <div class="meta"><span class="author-name">door Joris de Wit</span>
          <time datetime="2025-10-02T08:00:00Z">2 oktober</time></div>
          <p>De bibliotheek is vanaf maandag langer open, tot tien uur 's avonds.</p>
        </article></body></html>"#;
    let Imported { article, .. } = import("bieb.html", page);
    assert_eq!(article.author.as_deref(), Some("Joris de Wit"));
    assert_eq!(
        article.published.map(|d| d.to_string()).as_deref(),
        Some("2025-10-02")
    );
}

#[test]
fn html_is_sniffed_in_other_files() {
    let page = "\u{feff}<!-- saved from url=(0014)about:internet -->\n<!DOCTYPE HTML>\
        <html><head><title>Sniffed</title></head><body><article>\
        <p>This page was saved as a text file.</p></article></body></html>";
    for name in ["page.txt", "page", "page.dat"] {
        let imported = import_bytes(page.as_bytes(), Path::new(name))
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(imported.article.title, "Sniffed");
        assert_eq!(imported.article.text, "This page was saved as a text file.");
    }
    // Markdown by extension stays Markdown even when it opens like a page.
    let markdown = import("note.md", "<!doctype html>\n\n# Note\n\nBody text.");
    assert_eq!(markdown.article.title, "Note");
    assert_eq!(markdown.article.text, "Body text.");
}

#[test]
fn pages_without_a_body_are_refused_with_the_file_name() {
    for page in [
        "<!doctype html><html><head><title>Only a title</title></head><body></body></html>",
        "<html><body><script>var only = 'script';</script><nav>Home</nav></body></html>",
        "<html>",
    ] {
        match import_text(page, Path::new("folder/empty-page.html")) {
            Err(error @ ImportError::NoBody { .. }) => {
                assert!(error.to_string().contains("empty-page.html"), "{error}");
            }
            other => panic!("{page:?}: {other:?}"),
        }
    }
}

#[test]
fn english_and_dutch_pages_get_their_language() {
    let Imported { article, .. } = import("ferry.html", NEWS_PAGE);
    assert_eq!(article.language, Language::English);
}
