using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>One rule each of how a page's metadata is read: JSON-LD shapes, titles, site names, bylines.</summary>
public sealed class HtmlMetadataRuleTests
{
    private static string Body => Paragraphs(LongParagraph1, LongParagraph2, LongParagraph3);

    [Fact]
    public void JsonLdAuthorAndPublisherGivenByIdAreResolvedInTheGraph()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://gazette.example/#org","name":"Coast Gazette"},
              {"@type":"Article","headline":"Harbour wall opens","author":{"@id":"https://gazette.example/#/person/7"},
               "publisher":{"@id":"https://gazette.example/#org"},"image":{"@id":"https://gazette.example/news/wall/#primaryimage"}},
              {"@type":"ImageObject","@id":"https://gazette.example/news/wall/#primaryimage","url":"https://gazette.example/img/wall.jpg"},
              {"@type":["Person"],"@id":"https://gazette.example/#/person/7","name":"Mira Holt"}
            ]}
            </script></head><body>
            """ + Body + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Equal(["Mira Holt"], draft.Authors.Select(a => a.Name));
        Assert.Equal("Coast Gazette", draft.OutletName);
        Assert.Equal("https://gazette.example/img/wall.jpg", Assert.Single(draft.Images).Url);
    }

    [Fact]
    public void JsonLdReferenceToItselfOrToNothingIsLeftAlone()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@graph":[{"@type":"NewsArticle","@id":"#a","headline":"Loop","author":{"@id":"#a"},"publisher":{"@id":"#missing"}}]}
            </script></head><body>
            """ + Body + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Empty(draft.Authors);
        Assert.Null(draft.OutletName);
    }

    [Fact]
    public void JsonLdPersonNameShapedLikeABylineIsParsedAsOne()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Ferry strike ends","author":[{"@type":"person","name":"By ANA RUIZ and TOM BERG, Associated Press"}]}
            </script></head><body>
            """ + Body + "</body></html>";

        var article = TestParse.Single(html, "ferry.html");

        Assert.Equal([("Ana Ruiz", "Associated Press"), ("Tom Berg", "Associated Press")], article.Authors.Select(a => (a.Name, a.Affiliation)));
    }

    [Fact]
    public void DateBesideAnAuthorLinkIsADateCandidate()
    {
        var html = """
            <html><body><article><h1>Harbour wall opens</h1>
            <p class="meta">By <a href="/staff/ana-ruiz/">Ana Ruiz</a> <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p>
            """ + Body + "</article></body></html>";

        Assert.Equal("2019-11-18T11:08:00", TestParse.Single(html, "wall.html").PublishedAt?.ToString());
    }

    [Fact]
    public void JsonLdPersonNameInCapitalsIsWrittenInTitleCase()
    {
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Wall","author":[{"@type":"Person","name":"MIRA HOLT"}]}</script></head>
            <body>
            """ + Body + "</body></html>";

        Assert.Equal(["Mira Holt"], TestParse.Single(html, "wall.html").Authors.Select(a => a.Name));
    }

    [Fact]
    public void AgencyTypedAsAPersonInJsonLdIsAnOrganizationByline()
    {
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Wall","author":[{"@type":"Person","name":"Reuters Staff"}]}</script></head>
            <body>
            """ + Body + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Empty(draft.Authors);
        Assert.Equal(["Reuters Staff"], draft.Bylines);
    }

    [Fact]
    public void ShortDateLineRightAfterTheHeadlineIsADateCandidate()
    {
        var html = """
            <html><head><title>Harbour wall opens - Gazette Online</title></head><body>
            <div class="news-title">Harbour wall opens</div><div class="info"><span>October 12, 2017 - 09:40</span></div>
            """ + Body + "</body></html>";

        Assert.Equal("2017-10-12T09:40:00", TestParse.Single(html, "wall.html").PublishedAt?.ToString());
    }

    [Fact]
    public void DateInsideALongBodySentenceAfterTheHeadlineIsNotTaken()
    {
        var html = """
            <html><body><h1>Harbour wall opens</h1>
            <p>The wall, planned since the storm of October 12, 2017 that sank six boats, opened on Tuesday with a ceremony on the quay.</p>
            """ + Body + "</body></html>";

        Assert.Null(TestParse.Single(html, "wall.html").PublishedAt);
    }

    [Fact]
    public void ClaimReviewGivesTheDateWhenNoArticleObjectDoes()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"ClaimReview","datePublished":"2023-05-04T08:15:00+00:00","author":{"@type":"Organization","name":"Check Desk"}}
            </script></head><body>
            """ + Body + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Equal("2023-05-04T08:15:00+00:00", draft.DateCandidates[0]);
    }

    [Fact]
    public void TitleSuffixIsCutWhenTheVisibleHeadlineEndsThere()
    {
        var html = """
            <html><head><title>Harbour wall opens - Gazette Online</title></head><body>
            <dl class="news-title"><dt>Harbour wall opens</dt></dl>
            """ + Body + "</body></html>";

        Assert.Equal("Harbour wall opens", ReadDraft(html).Title);
    }

    [Fact]
    public void ConfirmedTitleSuffixNamesTheSiteWhenNothingElseDoes()
    {
        var html = """
            <html><head><title>Harbour wall opens - Gazette Online</title></head><body>
            <dl class="news-title"><dt>Harbour wall opens</dt></dl>
            """ + Body + "</body></html>";

        Assert.Equal("Gazette Online", ReadDraft(html).OutletName);
    }

    [Fact]
    public void TitleWithADashIsKeptWhenNoHeadlineConfirmsACut()
    {
        var html = """
            <html><head><title>Night ferry returns - and so do the queues</title></head><body><h2>Timetable</h2>
            """ + Body + "</body></html>";

        Assert.Equal("Night ferry returns - and so do the queues", ReadDraft(html).Title);
    }

    [Theory]
    [InlineData("@coastgazette", null)]
    [InlineData("https://www.gazette.example", null)]
    [InlineData("The Coast Gazette | gazette.example", "The Coast Gazette")]
    [InlineData("Coast Gazette", "Coast Gazette")]
    public void SiteNameThatIsAHandleOrUrlIsNoOutletName(string siteName, string? expected)
    {
        var html = $"""<html><head><meta property="og:site_name" content="{siteName}"></head><body>{Body}</body></html>""";

        Assert.Equal(expected, ReadDraft(html).OutletName);
    }

    [Fact]
    public void BylineLinesStaySeparateSoTheDateIsNoPartOfTheName()
    {
        var html = """
            <html><body><article><h1>Seeking a bigger rocket</h1>
            <h3 class="byline">by Kai Moss<br><span class="datetime">Monday, November 18, 2019</span></h3>
            """ + Body + "</article></body></html>";

        var article = TestParse.Single(html, "rocket.html");

        Assert.Equal(["Kai Moss"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void AffiliationOnItsOwnLineGoesToEveryName()
    {
        var html = """
            <html><body><article><h2 class="story-headline">Ferry strike ends</h2>
            <div class="story-byline"><div>By ANA RUIZ, LEO PAZ and TOM BERG</div><div>Associated Press</div></div>
            """ + Body + "</article></body></html>";

        var article = TestParse.Single(html, "strike.html");

        Assert.Equal(["Ana Ruiz", "Leo Paz", "Tom Berg"], article.Authors.Select(a => a.Name));
        Assert.All(article.Authors, a => Assert.Equal("Associated Press", a.Affiliation));
    }

    [Fact]
    public void BylinesOfTeaserCardsForOtherArticlesAreNotAuthors()
    {
        var html = """
            <html><body><article><h1>Harbour wall opens</h1><div class="byline">By Mira Holt</div>
            """ + Body + """
            </article>
            <ul class="more"><li><div class="card"><h5><a href="/news/ferry">Night ferry returns after a long winter break</a></h5>
            <div class="card-meta"><span class="byline">Olu Bade</span></div></div></li></ul>
            </body></html>
            """;

        var article = TestParse.Single(html, "wall.html");

        Assert.Equal(["Mira Holt"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void BareByLabelBesideTheNameIsNoAuthor()
    {
        var html = """
            <html><body><article><h1>Harbour wall opens</h1>
            <p><em class="c-byline__by">By</em> <span class="c-byline__author"><a href="/author/mira-holt/" rel="author">Mira Holt</a></span></p>
            """ + Body + "</article></body></html>";

        var article = TestParse.Single(html, "wall.html");

        Assert.Equal(["Mira Holt"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void LinksToAuthorPagesAreBylinesButTheirLabelsAreNot()
    {
        var html = """
            <html><body><article><h1>Harbour wall opens</h1>
            <p class="meta">By <a href="/staff/ana-ruiz/">Ana Ruiz</a>, <a href="/staff/tom-berg/">Tom Berg</a></p>
            """ + Body + """
            <p><a href="/author/ana-ruiz/">View all posts</a></p></article></body></html>
            """;

        var article = TestParse.Single(html, "wall.html");

        Assert.Equal(["Ana Ruiz", "Tom Berg"], article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void OutletNamedAsAuthorIsNoAuthor()
    {
        var html = """
            <html><head><meta property="og:site_name" content="Coast Gazette"><link rel="canonical" href="https://www.coastgazette.example/news/wall">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall opens","author":{"@type":"NewsMediaOrganization","name":"Coast Gazette News"}}</script>
            </head><body><article><h1>Harbour wall opens</h1>
            """ + Body + "</article></body></html>";

        Assert.Empty(TestParse.Single(html, "wall.html").Authors);
    }

    [Fact]
    public void StaffBylineOfTheOutletIsNoAuthorButAnAgencyIs()
    {
        static string Page(string byline) => """
            <html><head><link rel="canonical" href="https://www.coastgazette.example/news/wall"></head>
            <body><article><h1>Harbour wall opens</h1><div class="byline">
            """ + byline + "</div>" + Body + "</article></body></html>";

        Assert.Empty(TestParse.Single(Page("By COAST GAZETTE STAFF"), "a.html").Authors);
        Assert.Equal(["Reuters"], TestParse.Single(Page("By Reuters"), "b.html").Authors.Select(a => a.Name));
    }

    [Fact]
    public void DateOnlyValueIsRefinedByATimestampOfTheSameDay()
    {
        static string Page(string metaTime) => $$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Wall","datePublished":"May 4, 2023"}</script>
            <meta property="article:published_time" content="{{metaTime}}"></head><body>{{Body}}</body></html>
            """;

        Assert.Equal("2023-05-04T08:15:00+02:00", TestParse.Single(Page("2023-05-04T08:15:00+02:00"), "a.html").PublishedAt?.ToString());
        Assert.Equal("2023-05-04", TestParse.Single(Page("2023-05-05T08:15:00+02:00"), "b.html").PublishedAt?.ToString());
    }

    [Fact]
    public void LocalTimeIsRefinedByTheSameTimeWithAnOffset()
    {
        var html = $"""
            <html><head><meta name="datePublished" content="2023-05-04 23:46:00"></head><body><article>
            <time datetime="2023-05-04 23:46:00 UTC">May 4</time>{Body}</article></body></html>
            """;

        Assert.Equal("2023-05-04T23:46:00Z", TestParse.Single(html, "a.html").PublishedAt?.ToString());
    }

    [Fact]
    public void DeclaredLanguageClearlyContradictedByTheTextIsOverruled()
    {
        const string german1 = "Die Stadt hat am Dienstag die neue Mauer am Hafen eröffnet, und die Fischer sind mit der Arbeit sehr zufrieden, weil sie seit Jahren auf den Schutz gewartet haben.";
        const string german2 = "Der Bau hat vier Jahre gedauert, aber die Kosten waren höher als geplant, sagte ein Sprecher der Stadt, der die Gebühren für die Liegeplätze im Frühjahr prüfen will.";
        const string german3 = "Im Winter soll die Mauer die Boote vor den Stürmen schützen, die in den letzten Jahren an der Küste viele Schäden verursacht haben, und das ist nicht wenig.";
        var html = $"""<html lang="en"><head><title>Hafenmauer eröffnet</title></head><body>{Paragraphs(german1, german2, german3)}</body></html>""";

        Assert.Equal("de", TestParse.Single(html, "hafen.html").Language);
    }

    [Fact]
    public void DeclaredLanguageStandsWhenTheTextAgrees()
    {
        var html = $"""<html lang="en-GB"><head><title>Harbour wall</title></head><body>{Body}</body></html>""";

        Assert.Equal("en", TestParse.Single(html, "wall.html").Language);
    }
}
