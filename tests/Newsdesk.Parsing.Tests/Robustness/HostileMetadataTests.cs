using System.Text;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Pages built to make the metadata rules slow or throw: many byline cards, huge attributes, broken JSON-LD graphs.</summary>
public sealed class HostileMetadataTests
{
    private const string Paragraph = "The harbour authority said on Tuesday that the new breakwater, which took four years to build, will protect the fleet.";

    [Fact]
    public void ThousandsOfTeaserCardsWithBylinesFinishQuickly()
    {
        var html = new StringBuilder("<html><body><article><h1>Wall</h1><p>" + Paragraph + "</p><p>" + Paragraph + "</p></article><div class=\"river\">");
        for (var i = 0; i < 5_000; i++)
        {
            html.Append("<div class=\"card\"><h3><a href=\"/n/").Append(i).Append("\">Another story about the harbour number ").Append(i)
                .Append("</a></h3><span class=\"byline\"><a href=\"/author/x").Append(i).Append("\">Writer Number</a></span></div>");
        }

        html.Append("</div></body></html>");

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(html.ToString()), "river.html");

        var article = Assert.Single(result.Articles);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void HugeAttributeValuesInAuthorLinksTitlesAndImagesDoNotThrow()
    {
        var huge = new string('a', 2_000_000);
        var html = $"""
            <html><head><title>Wall - {huge}</title><meta property="og:image" content="https://cdn.example/{huge}-320-80.jpg"></head><body>
            <h2 class="title{huge}">Wall</h2><a href="/author/{huge}">Mira Holt</a><a href="/author/x" class="{huge}">Ana Ruiz</a>
            <figure><img src="https://cdn.example/{huge}.jpg"><figcaption>[File: {huge}]</figcaption></figure><p>{Paragraph}</p><p>{Paragraph}</p></body></html>
            """;

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(html), "huge.html");

        Assert.True(BoundedParse.IsWellFormed(result));
    }

    [Fact]
    public void BrokenAndSelfReferencingJsonLdGraphsAreSurvived()
    {
        var html = """
            <html><head>
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","@id":"#a","author":{"@id":"#a"},"image":[{"@id":"#a"},{"@id":"#b"}]},</script>
            <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","@id":"#a","headline":"Wall","author":[{"@id":"#a"},{"@id":"#p"},7,null],
              "publisher":[{"@id":"#a"}],"image":{"@id":"#a"}},{"@type":"Person","@id":"#p","name":{"@id":"#p"}}]}</script>
            <script type="application/ld+json">{"@type":"ClaimReview","author":"","datePublished":["not a date"]}</script>
            </head><body><p>
            """ + Paragraph + "</p><p>" + Paragraph + "</p></body></html>";

        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(html), "graph.html");

        var article = Assert.Single(result.Articles);
        Assert.Equal("Wall", article.Title);
    }
}
