using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Html;
using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>One rule each of how pictures get their URL, caption and credit.</summary>
public sealed class HtmlImageRuleTests
{
    [Fact]
    public void LeadPictureInTheBodyInAnotherSizeIsOneImageWithTheBodyCaption()
    {
        var html = $"""
            <html><head><meta property="og:image" content="https://cdn.example/photos/harbour-2231.jpg?w=1200"></head><body><article>
            <figure><img src="https://cdn.example/photos/harbour-2231-320-80.jpg"><figcaption>The breakwater at dawn (Image credit: Jane Moss/AFP)</figcaption></figure>
            {Paragraphs(LongParagraph1, LongParagraph2)}</article></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(new ArticleImage("https://cdn.example/photos/harbour-2231.jpg?w=1200", "The breakwater at dawn", "Jane Moss/AFP"), image);
    }

    [Fact]
    public void PicturesWithGenericFileNamesAreNotTakenForTheSame()
    {
        Assert.False(HtmlImages.SamePicture("https://cdn.example/1/rawImage.jpg", "https://cdn.example/2/rawImage.jpg"));
        Assert.True(HtmlImages.SamePicture("https://img.example/im-75811?width=1280", "https://img.example/im-75811?width=140"));
        Assert.False(HtmlImages.SamePicture("https://cdn.example/a/" + new string('7', 5000) + ".jpg", "https://cdn.example/b/" + new string('7', 5000) + ".jpg"));
    }

    [Fact]
    public void CaptionBoxAfterThePictureWrapperCaptionsThatPicture()
    {
        var html = $"""
            <html><body><article>{Paragraphs(LongParagraph1)}
            <div class="photo"><p class="withoutCaption"><img class="lazy" src="/img/loader.gif" data-src="https://cdn.example/boats-2019.jpg"></p>
            <span class="newsCaption">Boats moored behind the new wall <span class="caption">(Image: PIET JANS)</span></span></div>
            {Paragraphs(LongParagraph2, LongParagraph3)}</article></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(new ArticleImage("https://cdn.example/boats-2019.jpg", "Boats moored behind the new wall", "PIET JANS"), image);
    }

    [Theory]
    [InlineData("https://www.gazette.example/img/pages/article/opengraph_default.png", true)]
    [InlineData("https://gazette.example/images/gazette_fb_logo.jpg", true)]
    [InlineData("https://secure.avatars.example/blavatar/55bf7238?s=200", true)]
    [InlineData("https://cdn.example/2019/11/best-logos-of-the-year.jpg", false)]
    [InlineData("https://cdn.example/2019/11/harbour-wall-2231.jpg", false)]
    public void SiteLogosAndDefaultShareImagesAreNoArticlePictures(string url, bool expected) =>
        Assert.Equal(expected, HtmlImages.IsSiteImage(url));

    [Fact]
    public void DefaultShareImageIsNotTakenForTheLeadPicture()
    {
        var html = $"""<html><head><meta property="og:image" content="https://gazette.example/img/opengraph_default.png"></head><body>{Paragraphs(LongParagraph1, LongParagraph2)}</body></html>""";

        Assert.Empty(ReadDraft(html).Images);
    }

    [Theory]
    [InlineData("(Image credit: Jane Moss/AFP)", "Jane Moss/AFP")]
    [InlineData("Image copyright Getty Images", "Getty Images")]
    [InlineData("Photograph by Piet Jans", "Piet Jans")]
    [InlineData("[File: Reuters]", "Reuters")]
    [InlineData("© Coast Gazette", "Coast Gazette")]
    [InlineData("Jane Moss", "Jane Moss")]
    public void CreditLosesItsLabelAndBrackets(string raw, string expected) =>
        Assert.Equal(expected, HtmlImages.CleanCredit(raw));

    [Fact]
    public void AgencyInSquareBracketsEndingACaptionIsItsCredit() =>
        Assert.Equal(("Troops at the base in 2001", "Reuters"), HtmlImages.SplitCredit("Troops at the base in 2001 [File: Reuters]"));
}
