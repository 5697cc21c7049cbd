using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Html;
using static Newsdesk.Parsing.Tests.Html.HtmlTestPages;

namespace Newsdesk.Parsing.Tests.Html;

/// <summary>Unmarked templates (tables, &lt;font&gt;, &lt;br&gt;): header lines at the top of the body, loose pictures and their caption lines.</summary>
public sealed class HtmlHeaderLineRuleTests
{
    private static string FontPage(string header) => $"""
        <html><head><title>Harvest beats forecast</title></head><body><table><tr><td class="center">
        {header}
        <font face="Georgia">{LongParagraph1}<br><br>{LongParagraph2}<br><br>{LongParagraph3}</font>
        </td></tr></table></body></html>
        """;

    [Fact]
    public void DateHeadlineAndAuthorLinesAboveTheStoryLeaveTheTextAndGiveDateAndByline()
    {
        var draft = ReadDraft(FontPage("""
            <font size="2">14 October 2025, 11:40</font><br>
            <font size="5"><b>Harvest beats forecast</b></font><br><br>
            <font size="2"><i>Author: Yerlan Abdikarimov</i></font><br><br>
            """));

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], draft.Paragraphs);
        Assert.Equal(["By Yerlan Abdikarimov"], draft.Bylines);
        Assert.Equal(["14 October 2025, 11:40"], draft.DateCandidates);
    }

    [Fact]
    public void HeaderLinesDoNotOverrideWhatThePageDeclares()
    {
        var html = FontPage("<font size=\"2\">14 October 2025, 11:40</font><br><br><i>Author: Yerlan Abdikarimov</i><br><br>")
            .Replace("<title>", "<meta name=\"author\" content=\"Dana Ilyas\"><meta property=\"article:published_time\" content=\"2025-10-13T09:00:00Z\"><title>", StringComparison.Ordinal);

        var draft = ReadDraft(html);

        Assert.Equal(["Dana Ilyas"], draft.Bylines);
        Assert.Equal("2025-10-13T09:00:00Z", draft.DateCandidates[0]);
    }

    [Theory]
    [InlineData("By the time the boats came back, the harbour had flooded.")]
    [InlineData("Author: our reporter in the field")]
    public void SentenceOrLowerCaseLabelLineStaysInTheBody(string line)
    {
        var draft = ReadDraft(FontPage($"<p>{line}</p>"));

        Assert.Equal(line, draft.Paragraphs.First());
        Assert.Empty(draft.Bylines);
    }

    [Fact]
    public void ShortCreditedLineAfterALoosePictureIsItsCaption()
    {
        var draft = ReadDraft(FontPage("<img src=\"/photos/2025/10/combines-22.jpg\" width=\"560\"><br><font size=\"1\">Combines near Kostanay. Photo: Steppe Agro News</font><br><br>"));

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], draft.Paragraphs);
        var image = Assert.Single(draft.Images);
        Assert.Equal(("Combines near Kostanay.", "Steppe Agro News"), (image.Caption, image.Credit));
    }

    [Fact]
    public void UncreditedLineAfterALoosePictureStaysBodyText()
    {
        var draft = ReadDraft(FontPage($"<img src=\"/photos/2025/10/combines-22.jpg\" width=\"560\"><br>{LongParagraph3} Extra.<br><br>"));

        Assert.Equal(LongParagraph3 + " Extra.", draft.Paragraphs.First());
        Assert.Equal(new ArticleImage("/photos/2025/10/combines-22.jpg", null, null), Assert.Single(draft.Images));
    }

    [Theory]
    [InlineData("https://b.example/content/images/size/w2000/2025/07/starter-jar.jpg", "https://b.example/content/images/2025/07/starter-jar.jpg", true)]
    [InlineData("https://b.example/content/images/2025/07/starter-jar.jpg", "https://b.example/content/images/2025/08/starter-jar.jpg", false)]
    [InlineData("https://b.example/a/b/photo.jpg", "https://b.example/c/b/photo.jpg", false)]
    public void SameFileUnderTheSameDatedFoldersIsTheSamePicture(string a, string b, bool same)
    {
        Assert.Equal(same, HtmlImages.SamePicture(a, b));
    }

    [Theory]
    [InlineData("pie-foto")]
    [InlineData("legende")]
    [InlineData("bildunterschrift")]
    [InlineData("didascalia")]
    public void CaptionClassWordsOfOtherLanguagesMarkACaption(string cls)
    {
        Assert.True(BoilerplateRules.IsCaption(cls));
    }

    [Fact]
    public void LeadPictureBoxWithASpanishCaptionGivesCaptionAndPhotographer()
    {
        var html = $"""
            <html><head><meta property="og:image" content="https://fotos.example/2025/09/30/embalse-bajo.jpg"></head><body>
            <div class="foto-principal"><img src="https://fotos.example/2025/09/30/embalse-bajo.jpg"><p class="pie-foto">El embalse, en su nivel más bajo. <span class="autor-foto">Foto: Marcos Pujante</span></p></div>
            <div class="cuerpo-noticia">{Paragraphs(LongParagraph1, LongParagraph2)}</div></body></html>
            """;

        var image = Assert.Single(ReadDraft(html).Images);

        Assert.Equal(("El embalse, en su nivel más bajo.", "Marcos Pujante"), (image.Caption, image.Credit));
    }

    [Theory]
    [InlineData("Wheat: 92,000 tenge, barley 68,500", 1)]
    [InlineData("Yields rose to 13,8 centners, officials said, and prices fell", 2)]
    public void DigitGroupingCommasAreNotProseCommas(string text, int commas)
    {
        Assert.Equal(commas, HtmlText.CountCommas(text));
    }

    [Fact]
    public void ItalicLineUnderALoosePictureIsItsCaption()
    {
        var html = $"""
            <html><body><div class="post-body entry-content">
            <div class="separator"><a href="/big.jpg"><img src="https://bp.example/img/b/R29v/AVvX1/s640/reedbed-dawn.jpg" width="640"></a></div>
            <div style="text-align: center;"><i>The main reedbed at dawn, from the east hide.</i></div><br>
            {LongParagraph1}<br><br>{LongParagraph2}</div></body></html>
            """;

        var draft = ReadDraft(html);

        Assert.Equal([LongParagraph1, LongParagraph2], draft.Paragraphs);
        Assert.Equal("The main reedbed at dawn, from the east hide.", Assert.Single(draft.Images).Caption);
    }

    [Fact]
    public void HAtomPublishedAbbrGivesItsTitleAsTheDate()
    {
        var html = $"""
            <html><body><div class="post hentry"><h3 class="post-title">Bitterns back</h3><div class="post-body">{Paragraphs(LongParagraph1, LongParagraph2)}</div>
            <div class="post-footer">Posted at <abbr class="published" title="2025-04-12T18:40:00+01:00">18:40</abbr></div></div></body></html>
            """;

        Assert.Equal("2025-04-12T18:40:00+01:00", ReadDraft(html).DateCandidates[0]);
    }

    [Theory]
    [InlineData("https://bp.example/img/b/R29v/AVvX1/s1600/reedbed-dawn.jpg", "https://bp.example/img/b/R29v/AVvX1/s640/reedbed-dawn.jpg", true)]
    [InlineData("https://bp.example/img/b/R29v/AVvX1/w640-h427/reedbed-dawn.jpg", "https://bp.example/img/b/R29v/AVvX1/s1600/reedbed-dawn.jpg", true)]
    [InlineData("https://bp.example/img/b/R29v/AVvX1/s1600/reedbed-dawn.jpg", "https://bp.example/img/b/R29v/AVvX2/s1600/reedbed-dawn.jpg", false)]
    public void SizeFoldersOfBloggerStyleAddressesAreTheSamePicture(string a, string b, bool same)
    {
        Assert.Equal(same, HtmlImages.SamePicture(a, b));
    }

    [Theory]
    [InlineData("Photo Théo Marchand", "Théo Marchand")]
    [InlineData("Photograph: Jeenah Moon/Getty Images", "Jeenah Moon/Getty Images")]
    [InlineData("Photographers' collective", "Photographers' collective")]
    public void CreditLabelsAreCut(string credit, string expected)
    {
        Assert.Equal(expected, HtmlImages.CleanCredit(credit));
    }

    [Fact]
    public void BemMetaLineAndFrenchPaywallTeaserAreNotBodyText()
    {
        var html = $"""
            <html><body><article><h1>Le vélo dépasse la voiture</h1>
            <div class="article__meta"><span class="article__auteur">Par Solène Garnier</span><span class="article__date">Publié le 4 mars 2025 à 10h02</span></div>
            <div class="article__contenu">{Paragraphs(LongParagraph1, LongParagraph2)}
            <div class="encart"><p>Il vous reste 70 % de cet article à lire.</p><p>La suite est réservée aux abonnés. Déjà abonné ? <a href="/c">Se connecter</a></p></div></div></article></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2], ReadDraft(html).Paragraphs);
    }

    [Fact]
    public void LayoutTableRowGivesTheStoryCellNotItsSideColumns()
    {
        var html = $"""
            <html><body><table><tr>
            <td class="left"><a href="/a">Grain</a><br><a href="/b">Livestock</a><br><a href="/c">Machinery</a></td>
            <td class="center"><font face="Georgia">{LongParagraph1}<br><br>{LongParagraph2}<br><br>{LongParagraph3}</font></td>
            <td class="right"><table><tr><td class="righthead">Prices today</td></tr><tr><td>Wheat 3 cl.: 92,000 tenge/t<br>Barley: 68,500 tenge/t<br>Sunflower: 171,000 tenge/t</td></tr></table></td>
            </tr></table></body></html>
            """;

        Assert.Equal([LongParagraph1, LongParagraph2, LongParagraph3], ReadDraft(html).Paragraphs);
    }
}
