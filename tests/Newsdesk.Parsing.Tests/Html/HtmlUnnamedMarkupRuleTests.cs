using Newsdesk.Parsing.Readers.Html;
using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>Rules for markup whose class names say nothing (hashed CSS) or say it in another language.</summary>
public sealed class HtmlUnnamedMarkupRuleTests
{
    [Fact]
    public void HashedClassByLineUnderTheHeadlineNamesTheAuthor()
    {
        var html = $"""
            <html><body><main><h1 class="css-1yjzjgq">Lead pipes to go by 2032</h1>
            <div class="css-175oi2r"><span class="css-1qaijid">By </span><a class="css-1qaijid" href="/people/t">Tamsin O'Callaghan</a><span> · </span><span>November 3, 2025</span></div>
            <div class="css-qvutc0">{Paragraphs(LongParagraph1, LongParagraph2)}</div></main></body></html>
            """;

        Assert.Equal(["By Tamsin O'Callaghan"], ReadDraft(html).Bylines);
    }

    [Fact]
    public void HashedClassPictureBoxWithACreditedLineCaptionsTheLeadPicture()
    {
        var html = $"""
            <html><head><meta property="og:image" content="https://images.example/f/161221/1600x900/4c1e7d/pipe-crew.jpg"></head><body><main>
            <div class="css-1jxf684"><img src="https://images.example/f/161221/1600x900/4c1e7d/pipe-crew.jpg"><div class="css-146c3p1">A crew digs up a lead line. <span>Photo by Deshawn Carter for Lakeshore Metro</span></div></div>
            <div class="css-qvutc0">{Paragraphs(LongParagraph1, LongParagraph2)}</div></main></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(("A crew digs up a lead line.", "Deshawn Carter for Lakeshore Metro"), (image.Caption, image.Credit));
    }

    [Fact]
    public void MetaLineRemnantAtTheTopIsNotBodyText()
    {
        var html = $"""
            <html><body><div class="story-content"><div class="story-details"><span class="agency">PTI</span> | <span class="updated-date">Updated: May 29, 2025 12:41 IST</span></div>
            {Paragraphs(LongParagraph1, LongParagraph2)}</div></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2], ReadDraft(html).Paragraphs);
    }

    [Fact]
    public void SyndicationDisclaimerClosingTheStoryIsNotBodyText()
    {
        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)")}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void SubheadingWithHeaderInItsClassStaysASubheading()
    {
        var html = $"""
            <html><body><div class="available-content"><div class="body markup">{Paragraphs(LongParagraph1, LongParagraph2)}
            <h3 class="header-anchor-post">What the tenants think</h3>{Paragraphs(LongParagraph3)}</div></div></body></html>
            """;

        Assert.Equal([null, "What the tenants think"], ReadDraft(html).Sections.Select(s => s.Heading));
    }

    [Theory]
    [InlineData("fusszeile")]
    [InlineData("seitenleiste")]
    [InlineData("publicidad")]
    [InlineData("pied-de-page")]
    [InlineData("lo-mas-leido")]
    public void FurnitureClassWordsOfOtherLanguagesAreUnlikelyContent(string cls)
    {
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<div class=\"{cls}\"></div>").Body!.FirstElementChild!;

        Assert.True(BoilerplateRules.IsUnlikelyCandidate(element, cls));
    }

    [Fact]
    public void GermanAuthorLineIsTheBylineAndThePhotographersIsNot()
    {
        var html = $"""
            <html><body><div class="artikel"><h1>Hochwasser an der Mulde</h1><div class="artikel-autor">Von Katrin Vogelsang, dpa</div>
            <div class="artikel-bild"><img src="/b/2025/06/schutztor-1.jpg"><div class="bildunterschrift">Ein Schutztor. <span class="autor-foto">Foto: Jan Woitas</span></div></div>
            <div class="artikel-text">{Paragraphs(LongParagraph1, LongParagraph2)}</div></div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal(["Von Katrin Vogelsang, dpa"], draft.Bylines);
        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void NameAndDateLineAboveTheStoryGivesBylineAndDate()
    {
        var html = $"""
            <html><body><div class="story"><h1>Vaccine rollout widens</h1><p class="meta">Akosua Boateng-Reyes · December 1, 2025</p>
            {Paragraphs(LongParagraph1, LongParagraph2)}</div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
        Assert.Equal(["By Akosua Boateng-Reyes"], draft.Bylines);
        Assert.Contains(draft.DateCandidates, d => d.EndsWith("December 1, 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void SmallPrintInAFigcaptionIsTheCredit()
    {
        var html = $"""
            <html><body><article><figure><img src="https://n.example/media/keepers/lamp-room-01.jpg"><figcaption>The lamp room. <small>Ewan Drummond for Northern Review</small></figcaption></figure>
            {Paragraphs(LongParagraph1, LongParagraph2)}</article></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(("The lamp room.", "Ewan Drummond for Northern Review"), (image.Caption, image.Credit));
    }

    [Fact]
    public void AuthorBioClosingTheStoryIsNotBodyText()
    {
        var bio = "Morag Lindsay-Kerr is a writer based in Inverness. Her book on island ferries is published next year.";

        var draft = ReadDraft($"<html><body><article>{Paragraphs(LongParagraph1, LongParagraph2, bio)}</article></body></html>");

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Theory]
    [InlineData("article__chapo")]
    [InlineData("artikel-vorspann")]
    [InlineData("standfirst")]
    public void DeckInsideTheArticleContainerIsTheSubtitleNotBodyText(string deckClass)
    {
        const string deck = "Counters show more cyclists than drivers on three boulevards for the first time.";
        var html = $"""
            <html><body><article><h1>Bikes overtake cars</h1><p class="{deckClass}">{deck}</p>
            {Paragraphs(LongParagraph1, LongParagraph2)}</article></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal(deck, draft.Subtitle);
        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
    }

    [Fact]
    public void RussianPageGivesAuthorLineAndPhotoCredit()
    {
        var html = $"""
            <html lang="ru"><head><meta property="og:image" content="https://p.example/upload/2025/12/metro-stanciya.jpg"></head><body><div class="news-detail"><h1>Новая станция метро</h1>
            <div class="news-detail__img"><img src="https://p.example/upload/2025/12/metro-stanciya.jpg"><div class="news-detail__img-caption">Вестибюль новой станции. Фото: Ильдар Сафин</div></div>
            <div class="news-detail__text">{Paragraphs(LongParagraph1, LongParagraph2)}</div><div class="news-detail__author">Текст: Алсу Гарипова</div></div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal(["Текст: Алсу Гарипова"], draft.Bylines);
        var image = Assert.Single(draft.Images);
        Assert.Equal(("Вестибюль новой станции.", "Ильдар Сафин"), (image.Caption, image.Credit));
    }

    [Fact]
    public void SubheadingNamedForRelatedStoriesIsStillFurniture()
    {
        var element = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<h3 class=\"related-header\">Trending now</h3>").Body!.FirstElementChild!;

        Assert.True(BoilerplateRules.IsUnlikelyCandidate(element, "related-header"));
    }
}
