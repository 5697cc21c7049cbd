using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

public sealed class HtmlBodyTests
{
    [Fact]
    public void BoilerplateHeavyPageKeepsOnlyTheArticleParagraphs()
    {
        var html = $"""
            <html><head><title>Harbour wall</title><style>p {"{"} color: red {"}"}</style><script>var tracking = "do not keep";</script></head>
            <body>
            <header><a href="/">Coast Gazette</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div class="cookie-banner">We use cookies to improve your experience on this website, accept them all please.</div>
            <main><article>
              <h1>Harbour wall opens</h1>
              <div class="share-tools"><a href="https://social.example/share">Share this story with your friends and followers</a></div>
              <p>{LongParagraph1}</p>
              <p>{LongParagraph2}</p>
              <h2>What happens next</h2>
              <p>{LongParagraph3} Read the <a href="https://council.example/fees">fee schedule</a>.</p>
              <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the day's news in your inbox.</p></div>
            </article>
            <aside><h3>Most read</h3><ol><li><a href="/a">Storm closes the coast road for a second night</a></li></ol></aside>
            <div class="related-articles"><h3>Related</h3><ul>
              <li><a href="/r1">Fishermen protest over mooring fees at the town hall on Friday</a></li>
              <li><a href="/r2">Council approves the harbour budget after a long and heated debate</a></li></ul></div>
            <section id="comments"><h3>3 comments</h3><div class="comment"><p>Great news for the town, long overdue and very welcome indeed, well done all.</p></div></section>
            </main>
            <footer><p>© 2024 Coast Gazette. All rights reserved. Contact us at the harbour office, Quay Street.</p></footer>
            </body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3 + " Read the fee schedule."], draft.Paragraphs);
        Assert.Equal([null, "What happens next"], draft.Sections.Select(s => s.Heading));
        Assert.Equal("https://council.example/fees", Assert.Single(draft.Links).Url);
    }

    [Fact]
    public void FigureWithCreditElementGivesImageCaptionAndCredit()
    {
        var html = $"""
            <html><head><link rel="canonical" href="https://gazette.example/news/wall"></head><body><article>
            <p>{LongParagraph1}</p>
            <figure><img src="/img/wall.jpg" alt="wall"><figcaption>The breakwater at dawn. <span class="credit">Jane Moss/Coast Gazette</span></figcaption></figure>
            <p>{LongParagraph2}</p>
            <figure><img data-src="https://cdn.example/boats.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>Boats moored behind the new wall (Photo: Piet Jans/AFP)</figcaption></figure>
            <p>{LongParagraph3}</p>
            </article></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal(
            [
                new Model.ArticleImage("https://gazette.example/img/wall.jpg", "The breakwater at dawn.", "Jane Moss/Coast Gazette"),
                new Model.ArticleImage("https://cdn.example/boats.jpg", "Boats moored behind the new wall", "Piet Jans/AFP"),
            ],
            draft.Images);
        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], draft.Paragraphs);
    }

    [Theory]
    [InlineData("A fishing boat in the harbour (Reuters)", "A fishing boat in the harbour", "Reuters")]
    [InlineData("Skippers at the quay. Photo: Ana Ruiz", "Skippers at the quay.", "Ana Ruiz")]
    [InlineData("The council chamber (Tom Berg / AFP)", "The council chamber", "Tom Berg / AFP")]
    [InlineData("A quiet harbour at night", "A quiet harbour at night", null)]
    public void CaptionCreditIsSplitOffTheEnd(string caption, string expectedCaption, string? expectedCredit)
    {
        var (text, credit) = Parsing.Readers.Html.HtmlImages.SplitCredit(caption);

        Assert.Equal((expectedCaption, expectedCredit), (text, credit));
    }

    [Fact]
    public void PageWithoutParagraphsReadsTextSeparatedByLineBreaks()
    {
        var html = $"""
            <html><body><div id="menu"><a href="/">Home</a> | <a href="/news">News</a></div>
            <div id="story"><b>Harbour wall opens</b><br><br>{LongParagraph1}<br><br>{LongParagraph2}<br>
            <br>{LongParagraph3}</div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], draft.Paragraphs.Where(p => p.Length > 40));
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("Home", StringComparison.Ordinal));
    }

    [Fact]
    public void ScriptRenderedPageFallsBackToJsonLdArticleBody()
    {
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Harbour wall opens","articleBody":"{{LongParagraph1}}\n\n{{LongParagraph2}}"}
            </script></head><body><div id="app"></div><script>render()</script></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void EmptyBodyGivesClearNoArticleError()
    {
        var results = new Parsing.Readers.HtmlReader().Read(HtmlTestPages.Input("<html><head><title>Nothing here</title></head><body>  </body></html>")).ToList();

        var error = Assert.Single(results).Error;
        Assert.NotNull(error);
        Assert.Equal("no-article", error.Code);
        Assert.Contains("without article text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedPageParsesWithoutStackOverflow()
    {
        const int depth = 10_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth)) + "<p>" + LongParagraph1 + "</p>"
            + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "<p>" + LongParagraph2 + "</p></body></html>";

        var result = ArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(html), "deep.html");

        Assert.Empty(result.Errors);
        var article = Assert.Single(result.Articles);
        Assert.Contains("breakwater", article.Text, StringComparison.Ordinal);
    }
}
