using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

public sealed class HtmlMetadataTests
{
    [Fact]
    public void JsonLdArticleInsideGraphGivesHeadlineAuthorsDatesPublisherImageAndLanguage()
    {
        var html = """
            <!DOCTYPE html><html><head><title>Harbour wall opens | Coast Gazette</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://gazette.example/#site","name":"Coast Gazette"},
              {"@type":["NewsArticle"],"headline":"Harbour wall opens to fishing fleet","alternativeHeadline":"Skippers welcome the breakwater but not the fees",
               "datePublished":"2024-03-05T09:30:00+01:00","dateModified":"2024-03-06T10:00:00+01:00",
               "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"},{"@type":"Organization","name":"Coast Gazette"}],
               "publisher":{"@type":"Organization","name":"Coast Gazette"},
               "mainEntityOfPage":{"@type":"WebPage","@id":"https://gazette.example/news/harbour-wall"},
               "image":{"@type":"ImageObject","url":"https://gazette.example/img/wall.jpg","caption":"The new breakwater at dawn"},
               "inLanguage":"en-GB"}
            ]}
            </script></head><body><article><h1>Harbour wall opens to fishing fleet</h1>
            """ + "<p>" + LongParagraph1 + "</p><p>" + LongParagraph2 + "</p></article></body></html>";

        var draft = ReadDraft(html);

        Assert.Equal("Harbour wall opens to fishing fleet", draft.Title);
        Assert.Equal("Skippers welcome the breakwater but not the fees", draft.Subtitle);
        Assert.Equal(["Ana Ruiz", "Tom Berg"], draft.Authors.Select(a => a.Name));
        Assert.Equal("2024-03-05T09:30:00+01:00", draft.DateCandidates[0]);
        Assert.Equal("2024-03-06T10:00:00+01:00", draft.DateCandidates[^1]);
        Assert.Equal("Coast Gazette", draft.OutletName);
        Assert.Equal("https://gazette.example/news/harbour-wall", draft.CanonicalUrl);
        Assert.Equal("en", draft.Language);
        var image = Assert.Single(draft.Images);
        Assert.Equal(("https://gazette.example/img/wall.jpg", "The new breakwater at dawn"), (image.Url, image.Caption));
    }

    [Fact]
    public void JsonLdArrayOfObjectsWithStringAuthorGivesRawByline()
    {
        var html = """
            <html><head><script type="application/ld+json">
            [{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Ten years of the night ferry","author":"By Lena Vogt","datePublished":"2023-11-02"}]
            </script></head><body>
            """ + Paragraphs(LongParagraph1, LongParagraph2) + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Equal("Ten years of the night ferry", draft.Title);
        Assert.Contains("By Lena Vogt", draft.Bylines);
        Assert.Empty(draft.Authors);
        Assert.Equal("2023-11-02", draft.DateCandidates[0]);
    }

    [Fact]
    public void MetaTagsOnlyPageGivesBylineDatesCanonicalAndLanguage()
    {
        var html = """
            <html lang="de-AT"><head><title>Neue Mole im Hafen - Küstenbote</title>
            <meta name="author" content="Eva Huber">
            <meta name="parsely-pub-date" content="2024-02-01T08:00:00Z">
            <meta name="dc.date" content="2024-02-01">
            <link rel="canonical" href="/artikel/mole?id=7">
            <meta property="og:url" content="https://kuestenbote.example/artikel/mole?id=7&utm_source=x">
            </head><body><div class="content">
            """ + Paragraphs(LongParagraph1, LongParagraph2) + "</div></body></html>";

        var draft = ReadDraft(html);

        Assert.Equal(["Eva Huber"], draft.Bylines);
        Assert.Equal(["2024-02-01T08:00:00Z", "2024-02-01"], draft.DateCandidates);
        Assert.Equal("https://kuestenbote.example/artikel/mole?id=7", draft.CanonicalUrl);
        Assert.Equal("https://kuestenbote.example/artikel/mole?id=7&utm_source=x", draft.Url);
        Assert.Equal("de", draft.Language);
        Assert.Equal("Neue Mole im Hafen - Küstenbote", draft.Title);
    }

    [Fact]
    public void OpenGraphOnlyPageGivesTitleUrlSiteNameDateAuthorAndImage()
    {
        var html = """
            <html><head>
            <meta property="og:title" content="Ferry strike ends after three days">
            <meta property="og:url" content="https://harbourtimes.example/ferry-strike">
            <meta property="og:site_name" content="Harbour Times">
            <meta property="og:image" content="/img/ferry.jpg">
            <meta property="article:published_time" content="2024-05-10T17:45:00+02:00">
            <meta property="article:author" content="https://harbourtimes.example/staff/mira">
            <meta property="article:author" content="Mira Kos">
            </head><body>
            """ + Paragraphs(LongParagraph1, LongParagraph2) + "</body></html>";

        var draft = ReadDraft(html);

        Assert.Equal("Ferry strike ends after three days", draft.Title);
        Assert.Equal("https://harbourtimes.example/ferry-strike", draft.Url);
        Assert.Equal("Harbour Times", draft.OutletName);
        Assert.Equal("2024-05-10T17:45:00+02:00", draft.DateCandidates[0]);
        Assert.Equal(["Mira Kos"], draft.Bylines);
        Assert.Equal("https://harbourtimes.example/img/ferry.jpg", Assert.Single(draft.Images).Url);
    }

    [Fact]
    public void VisibleBylineAndTimeElementAreCollectedButNotBodyText()
    {
        var html = """
            <html><body><article><h1>Lighthouse keeper retires</h1>
            <div class="byline">By <a rel="author" href="/staff/ode">Ode Larsen</a> and Kim Sato</div>
            <time datetime="2024-01-09T07:00:00-05:00">Jan. 9, 2024</time>
            """ + Paragraphs(LongParagraph1, LongParagraph2) + "</article></body></html>";

        var draft = ReadDraft(html);

        Assert.Equal(["By Ode Larsen and Kim Sato"], draft.Bylines);
        Assert.Equal(["2024-01-09T07:00:00-05:00"], draft.DateCandidates);
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("Ode Larsen", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Paragraphs, p => p.Contains("Jan. 9", StringComparison.Ordinal));
    }

    [Fact]
    public void TimeInsideTheArticleComesBeforeTimesInSidebars()
    {
        var html = """
            <html><body><div class="latest"><ul><li><a href="/x">Older story</a> <time datetime="2024-01-01T08:00:00Z">1 Jan</time></li></ul></div>
            <article><h1>Ferry timetable changes</h1><time datetime="2024-02-02T09:00:00Z">2 Feb</time>
            """ + Paragraphs(LongParagraph1, LongParagraph2) + "</article></body></html>";

        var draft = ReadDraft(html);

        Assert.Equal(["2024-02-02T09:00:00Z", "2024-01-01T08:00:00Z"], draft.DateCandidates);
    }
}
