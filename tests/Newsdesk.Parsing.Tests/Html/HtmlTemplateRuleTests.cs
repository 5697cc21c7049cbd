using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Html;
using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>One rule each for templates seen beyond the dev pages: hero figures, AMP, unmarked bylines, date and closing lines.</summary>
public sealed class HtmlTemplateRuleTests
{
    [Fact]
    public void LeadPictureShownAboveTheBodyTakesCaptionAndCitedCreditFromItsFigure()
    {
        var html = $"""
            <html><head><meta property="og:image" content="https://media.example/2025/03/clinic-front.jpg"></head><body>
            <div class="header-area"><h1>Clinic merger agreed</h1>
            <figure class="hero"><img src="https://media.example/2025/03/clinic-front.jpg"><figcaption>The clinic's front entrance. <cite>Ann Holt | Valley Post</cite></figcaption></figure></div>
            <div class="article-content">{Paragraphs(LongParagraph1, LongParagraph2)}</div></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(new ArticleImage("https://media.example/2025/03/clinic-front.jpg", "The clinic's front entrance.", "Ann Holt | Valley Post"), image);
    }

    [Fact]
    public void LeadPictureInAMediaBoxTakesTheCaptionClassedLineBesideIt()
    {
        var html = $"""
            <html><head><meta property="og:image" content="https://i.example/img/3381207/depot-view.jpg"></head><body>
            <div class="lead-media"><img src="https://i.example/img/3381207/depot-view.jpg"><div class="media-caption">Trams at the depot<span class="credit">(Image: Evening Star)</span></div></div>
            <div class="article-body">{Paragraphs(LongParagraph1, LongParagraph2)}</div></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(("Trams at the depot", "Evening Star"), (image.Caption, image.Credit));
    }

    [Fact]
    public void AmpImageInAFigureOfTheBodyIsAnImageWithItsCaption()
    {
        var html = $"""
            <html amp><body><div class="story-body">{Paragraphs(LongParagraph1)}
            <figure><amp-img src="https://img.example/2025/siphon-pipes-09.jpg" width="1200" height="800" layout="responsive"></amp-img><figcaption>Pipes over the moraine. (Photo: Dorje Sherpa)</figcaption></figure>
            {Paragraphs(LongParagraph2, LongParagraph3)}</div></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(new ArticleImage("https://img.example/2025/siphon-pipes-09.jpg", "Pipes over the moraine.", "Dorje Sherpa"), image);
    }

    [Theory]
    [InlineData("Posted: Thursday 4 December 2025, 14:22 | by Isla Drever", true)]
    [InlineData("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", true)]
    [InlineData("Updated March 3, 2024 9:15 am", true)]
    [InlineData("Published on May 4, 2023, the report found that the harbour fees had doubled.", false)]
    [InlineData("Posted: a note from the editor about our new layout", false)]
    public void ShortLabelledDateLineIsAPostedLineButASentenceIsNot(string text, bool isPosted)
    {
        Assert.Equal(isPosted, BodyFilter.IsPostedLine(new BodyBlock(text, false, 0)));
    }

    [Fact]
    public void PostedLineAtTheTopOfAnUnmarkedBodyIsNotBodyText()
    {
        var html = $"""
            <html><body><div id="leftcol"><div class="newsitem"><div class="newstitle">Ferry fares to rise</div>
            <div class="newsdate">Posted: Thursday 4 December 2025, 14:22 | by Isla Drever</div>
            <div class="newstext">{LongParagraph1}<br><br>{LongParagraph2}<br><br>{LongParagraph3}</div></div></div></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], ReadDraft(html).Paragraphs);
    }

    [Fact]
    public void UnmarkedByUnderTheHeadlineIsTheBylineWhenNothingElseNamesTheAuthor()
    {
        var html = $"""
            <html><head><title>Ferry fares to rise :: Sound Gazette</title></head><body><div class="newsitem"><div class="newstitle">Ferry fares to rise</div>
            <div class="newsdate">Posted: Thursday 4 December 2025, 14:22 | by Isla Drever</div>
            <div class="newstext">{LongParagraph1}<br><br>{LongParagraph2}</div></div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal(["By Isla Drever"], draft.Bylines);
        Assert.Equal("Ferry fares to rise", draft.Title);
    }

    [Fact]
    public void ByPhraseInTheStoryIsNoByline()
    {
        var html = $"""
            <html><body><h1>Storm damage</h1><p>Houses on the coast road were hit by Storm Ciarán on Monday night.</p>
            {Paragraphs(LongParagraph1, LongParagraph2)}<p>The cleanup, led by Harbour Master Ian Moss, starts today.</p></body></html>
            """;

        Assert.Empty(ReadDraft(html).Bylines);
    }

    [Theory]
    [InlineData("Fox News' Jane Doe contributed to this report.")]
    [InlineData("Follow us on Twitter @Example and on Facebook.")]
    [InlineData("Email Tariq Moss at tmoss@example.com or follow him @tmoss.")]
    [InlineData("Join our Space Forums to keep talking space on the latest missions!")]
    [InlineData("Filed under: Politics, Harbours")]
    public void ClosingDeskLineIsNotBodyTextAtTheEndButStaysInTheMiddle(string line)
    {
        var atEnd = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, line)}</article></body></html>");
        var inMiddle = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, line, LongParagraph2)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], atEnd.Paragraphs);
        Assert.Equal([LongParagraph1, line, LongParagraph2], inMiddle.Paragraphs);
    }

    [Fact]
    public void ListenToThisArticleLabelIsNotBodyText()
    {
        var draft = ReadDraft($"<html><body><article><div class=\"audio\">Listen to this article 4 min</div>{Paragraphs(LongParagraph1, LongParagraph2)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void ImageGalleryJsonLdGivesTheAuthorAndDate()
    {
        var html = $$$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageGallery","headline":"Lanterns on the river","datePublished":"2025-11-05","author":{"@type":"Person","name":"Thao Lam"}}</script></head>
            <body><div class="story">{{{Paragraphs(LongParagraph1, LongParagraph2)}}}</div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal("Thao Lam", Assert.Single(draft.Authors).Name);
        Assert.Contains("2025-11-05", draft.DateCandidates);
    }

    [Fact]
    public void ImageAddressOverTheLimitIsNoPicture()
    {
        var html = $"<html><body><article><img src=\"https://img.example/{new string('x', HtmlImages.MaxUrlLength)}.jpg\">{Paragraphs(LongParagraph1, LongParagraph2)}</article></body></html>";

        Assert.Empty(ReadDraft(html).Images);
    }

    [Fact]
    public void ImageViaNamesTheCredit()
    {
        Assert.Equal(((string?)null, (string?)"Getty Images"), HtmlImages.SplitCredit("Image via Getty Images"));
        Assert.Equal(((string?)"Boats at dawn.", (string?)"Getty Images"), HtmlImages.SplitCredit("Boats at dawn. Photo via Getty Images"));
    }

    [Fact]
    public void PageWithoutADeclaredPictureTakesTheOneUnderTheHeadlineWithTheCaptionBoxAfterIt()
    {
        var html = $"""
            <html><body><article><h1>Bridge closed to lorries</h1><div class="node__content">
            <div class="field field--name-field-image"><img src="/files/2025-05/bridge-2025.jpg" width="480"></div>
            <div class="field field--name-field-image-caption">The bridge carries 6,000 vehicles a day. Photo: Niamh Breslin</div>
            <div class="field field--name-body">{Paragraphs(LongParagraph1, LongParagraph2)}</div><div class="x"><a href="/a">a</a></div><div class="y"></div><div class="z"></div><div class="w"></div></div></article></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(new ArticleImage("/files/2025-05/bridge-2025.jpg", "The bridge carries 6,000 vehicles a day.", "Niamh Breslin"), image);
    }

    [Theory]
    [InlineData("<img src=\"/i/mail-icon-small.svg\">")]
    [InlineData("<img class=\"widgets-list-layout-blavatar\" src=\"https://i2.example.com/2010/06/cupping.jpg?resize=40%2C40\">")]
    [InlineData("<img src=\"/photos/2025/harbour-view.jpg\" width=\"120\">")]
    public void IconOrThumbnailUnderTheHeadlineIsNoLeadPicture(string img)
    {
        var html = $"<html><body><article><h1>Bridge closed to lorries</h1><div>{img}</div><div class=\"body\">{Paragraphs(LongParagraph1, LongParagraph2)}</div></article></body></html>";

        Assert.Empty(ReadDraft(html).Images);
    }

    [Fact]
    public void PressReleaseBoilerplateAfterTheReleaseIsNotBodyText()
    {
        var html = $"""
            <html><body><div class="release-body">{Paragraphs(LongParagraph1, LongParagraph2, LongParagraph3)}
            <p><b>About Brightfield Energy</b></p><p>Brightfield Energy develops and operates solar and storage projects in the western United States, founded in 2014.</p>
            <p><b>Media Contact:</b><br>Jordan Pike<br>press@brightfield.example</p><p>SOURCE Brightfield Energy, Inc.</p></div></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], ReadDraft(html).Paragraphs);
    }

    [Fact]
    public void AboutTheStudySectionAtTheEndStaysBodyText()
    {
        var html = $"""
            <html><body><article>{Paragraphs(LongParagraph1, LongParagraph2)}<h2>About the study</h2>{Paragraphs(LongParagraph3)}</article></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], ReadDraft(html).Paragraphs);
    }

    [Theory]
    [InlineData("https://e.example/wp-content/uploads/2025/11/pantry-shelves.jpg", "https://e.example/wp-content/uploads/2025/11/pantry-shelves-800x533.jpg", true)]
    [InlineData("https://e.example/wp-content/uploads/2025/11/pantry-shelves.jpg", "https://e.example/wp-content/uploads/2025/11/pantry-doors-800x533.jpg", false)]
    public void WordPressSizeSuffixUnderTheSameMonthIsTheSamePicture(string a, string b, bool same)
    {
        Assert.Equal(same, HtmlImages.SamePicture(a, b));
    }

    [Theory]
    [InlineData("<strong>Read more:</strong> why the <a href=\"/x\">bus fare cap</a> stays until the spring")]
    [InlineData("ALSO READ: the council's <a href=\"/y\">budget</a> after a long debate in the chamber")]
    [InlineData("Lesen Sie auch: <a href=\"/z\">Pegelstände</a> in Sachsen und die aktuelle Lage")]
    public void LabelledLinkToAnotherStoryIsNotBodyTextEvenWithFewLinkedWords(string line)
    {
        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, line, LongParagraph2)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void SentenceStartingWithWatchWithoutALinkStaysBodyText()
    {
        const string line = "Watch: officials said the fleet would be back at sea within a week.";

        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, line, LongParagraph2)}</article></body></html>");

        Assert.Equal([LongParagraph1, line, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void CompanySelfDescriptionClosingAReleaseIsNotBodyText()
    {
        const string intro = "Lakemont is a global provider of hospital communication systems. Its mission is to close information gaps for care teams.";
        const string facts = "Lakemont is headquartered in Zug, employs around 1,200 people and its shares are listed on the SIX Swiss Exchange.";

        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, intro, facts)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void CompanyDescriptionWithoutBoilerplateFactsStaysBodyText()
    {
        const string closing = "Lakemont is a small developer of hospital pagers, and its chief executive said the deal would double its staff.";

        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, closing)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2, closing], draft.Paragraphs);
    }

    [Fact]
    public void AppPromptAboveAClosingCopyrightNoticeGoesAndTheNoticeStays()
    {
        const string copyright = "Copyright 2025 KVXT. All rights reserved.";

        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, "<strong>Click here to download the KVXT 13 News app for the latest updates.</strong>", copyright)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2, copyright], draft.Paragraphs);
    }

    [Fact]
    public void ItalianFirmaLineIsTheByline()
    {
        var html = $"""
            <html><body><div class="articolo"><h1 class="titolo">Riapre la ferrovia</h1><div class="firma">di Giulia Bertaina</div>
            <div class="testo-articolo">{Paragraphs(LongParagraph1, LongParagraph2)}</div></div></body></html>
            """;

        Assert.Equal(["di Giulia Bertaina"], ReadDraft(html).Bylines);
    }
}
