using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Readers;

public sealed class MarkdownReaderTests
{
    // Written for this test in the layout of the uploads the parser sees most (title, linked byline,
    // date line, caption with a bold credit, bold subheadings, a paragraph broken mid-sentence, URL trailer).
    private const string Article = """


        # Glacier Town Votes to Ban Cars From Its Old Quarter

        By [Hanna Eklund for AFP](#) and [Rui Tavares for AFP](#)

        March 8, 2025



        The old quarter of Lindberg at dusk. **Per Aasen, NTB / Scanpix**

        Residents of the alpine town of Lindberg voted on Sunday to ban private cars from its medieval centre, the mayor's office said.

        The measure passed with 61 percent of the vote, and

        will take effect in the spring of next year.

        ## **A long campaign**

        Shopkeepers had opposed the plan for a decade.

        "We were afraid of losing our customers," said Greta Lund, who runs a bakery near the square.

        ## **'A town for walkers'**

        Mayor Johan Berg said the vote made Lindberg "a town for walkers."

        Original url:

        <https://www.alpinepost.example/2025/03/08/glacier-town-votes-to-ban-cars?utm_source=feed#main>
        """;

    [Fact]
    public void ReadsEveryPartOfTheCommonLayout()
    {
        var article = TestParse.Single(Article, "upload.txt");

        Assert.Equal("markdown", article.Source.Format);
        Assert.Equal("Glacier Town Votes to Ban Cars From Its Old Quarter", article.Title);
        Assert.Equal("2025-03-08", article.PublishedAt?.ToString());
        Assert.Equal([new Author("Hanna Eklund", "AFP"), new Author("Rui Tavares", "AFP")], article.Authors);
        Assert.Equal([new ArticleImage(null, "The old quarter of Lindberg at dusk.", "Per Aasen, NTB / Scanpix")], article.Images);
        Assert.Equal([null, "A long campaign", "'A town for walkers'"], article.Sections.Select(s => s.Heading));
        Assert.Equal("https://www.alpinepost.example/2025/03/08/glacier-town-votes-to-ban-cars", article.Url);
        Assert.Equal(new Outlet("alpinepost.example", "alpinepost.example"), article.Outlet);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void KeepsHeaderAndTrailerOutOfTheBodyAndJoinsBrokenParagraphs()
    {
        var article = TestParse.Single(Article, "upload.txt");

        Assert.StartsWith("Residents of the alpine town", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("\"a town for walkers.\"", article.Text, StringComparison.Ordinal);
        Assert.Contains("61 percent of the vote, and will take effect in the spring", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Original url", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Scanpix", article.Text, StringComparison.Ordinal);
        Assert.Equal(2, article.Sections[0].Paragraphs.Count);
    }

    [Fact]
    public void ReadsTheVariantLayout()
    {
        const string variant = """
            ---
            title: Night Trains Return Between Two Capitals
            lang: en-GB
            ---

            Night Trains Return Between Two Capitals
            ========================================

            ### Operators bet on travellers who would rather sleep than fly

            **By Sofia Marin**

            Published: 12 May 2024 07:30 CEST | Updated: 13 May 2024

            ![A sleeper carriage](https://img.example.net/train.jpg "Sleeper")

            *A sleeper carriage at the central station.* Photo: Anton Weiss/Reuters

            The first overnight service left at 21:40 on Sunday.

            Demand

            ------

            Tickets sold out within hours, the operator said.

            Source: https://www.railnews.example.co.uk/night-trains?ref_src=twsrc&id=9
            """;

        var article = TestParse.Single(variant, "night-trains.md");

        Assert.Equal("Night Trains Return Between Two Capitals", article.Title);
        Assert.Equal("Operators bet on travellers who would rather sleep than fly", article.Subtitle);
        Assert.Equal([new Author("Sofia Marin")], article.Authors);
        Assert.Equal("2024-05-12T07:30:00+02:00", article.PublishedAt?.ToString());
        Assert.Equal([new ArticleImage("https://img.example.net/train.jpg", "A sleeper carriage at the central station.", "Anton Weiss/Reuters")], article.Images);
        Assert.Equal("https://www.railnews.example.co.uk/night-trains?id=9", article.Url);
        Assert.Equal("example.co.uk", article.Outlet?.Domain);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("The first overnight service", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLineUnderAnImageIsItsCaptionNotTheAltText()
    {
        const string text = "# Title\n\nBy [Ida Berg](#)\n\n![Alt text](https://img.example.com/a.jpg)\n\nFishing boats in the harbour on Monday. **Kari Holm / NTB**\n\nBody paragraph.\n";

        var article = TestParse.Single(text, "boats.md");

        Assert.Equal([new ArticleImage("https://img.example.com/a.jpg", "Fishing boats in the harbour on Monday.", "Kari Holm / NTB")], article.Images);
        Assert.Equal("Body paragraph.", article.Text);
    }

    [Fact]
    public void ReadsLessCommonHeaderAndTrailerForms()
    {
        const string text = """
            # Wind Farm Approved Off the Northern Coast

            [Lea Horvat](/authors/lea-horvat), [Mads Krogh](/authors/mads-krogh) | Jun 4 2025 / 09:15 CEST

            Turbines off the coast near Hirtshals. Photo: Ole Dahl / Ritzau Scanpix

            The energy agency approved the 60-turbine project on Wednesday.

            Construction crews at the port of Esbjerg. **Ritzau Scanpix**

            The decision ended a three-year review. **We will build it now**

            Original article: [Wind farm approved](https://www.nordicenergy.example/2025/06/04/wind-farm?cmpid=rss)
            """;

        var article = TestParse.Single(text, "wind.md");

        Assert.Equal([new Author("Lea Horvat"), new Author("Mads Krogh")], article.Authors);
        Assert.Equal("2025-06-04T09:15:00+02:00", article.PublishedAt?.ToString());
        Assert.Equal(
            [new ArticleImage(null, "Turbines off the coast near Hirtshals.", "Ole Dahl / Ritzau Scanpix"), new ArticleImage(null, "Construction crews at the port of Esbjerg.", "Ritzau Scanpix")],
            article.Images);
        Assert.Equal("https://www.nordicenergy.example/2025/06/04/wind-farm", article.Url);
        Assert.Equal("The energy agency approved the 60-turbine project on Wednesday.\n\nThe decision ended a three-year review. We will build it now", article.Text);
    }

    [Fact]
    public void APlainDeckBeforeTheBylineIsTheSubtitle()
    {
        const string text = "# Dam Talks Stall\n\nNegotiators left without a deal after three days.\n\nBy Omar Haddad and\nLina Farouk  \nJuly 2, 2025\n\nBy Friday, officials said, a new round could begin.\n";

        var article = TestParse.Single(text, "dam.md");

        Assert.Equal("Negotiators left without a deal after three days.", article.Subtitle);
        Assert.Equal([new Author("Omar Haddad"), new Author("Lina Farouk")], article.Authors);
        Assert.Equal("2025-07-02", article.PublishedAt?.ToString());
        Assert.Equal("By Friday, officials said, a new round could begin.", article.Text);
    }

    [Fact]
    public void ADeckBeforeADateLineIsTheSubtitleToo()
    {
        var article = TestParse.Single("# Ferry Fares Rise\n\nA second increase this year.\n\nMay 5, 2025\n\nFares rose on Monday.\n", "fares.md");

        Assert.Equal("A second increase this year.", article.Subtitle);
        Assert.Equal("2025-05-05", article.PublishedAt?.ToString());
        Assert.Equal("Fares rose on Monday.", article.Text);
    }

    [Fact]
    public void ABoldLineAloneInTheBodyIsASubheading()
    {
        var article = TestParse.Single("# T\n\nFirst paragraph.\n\n**What happens next**\n\nSecond paragraph.\n\n**Read more: other story.**\n", "b.md");

        Assert.Equal([null, "What happens next"], article.Sections.Select(s => s.Heading));
        Assert.Equal(["Second paragraph.", "Read more: other story."], article.Sections[1].Paragraphs);
    }

    [Fact]
    public void TakesTheFirstLineAsTitleWhenThereIsNoHeading()
    {
        var article = TestParse.Single("A plain **headline** line\n\nSome [linked](https://example.org/x) body text.\n", "note.md");

        Assert.Equal("A plain headline line", article.Title);
        Assert.Equal("Some linked body text.", article.Text);
        Assert.Equal([new ArticleLink("https://example.org/x", "linked")], article.Links);
    }
    [Fact]
    public void BoldCreditWinsOverAnAbbreviationInTheCaption()
    {
        const string text = "# A title for the test\n\nBy [Ann Lee for AP](#)\n\nDecember 19, 2026\n\n" +
            "The speaker talks to reporters at the U.S. Capitol. **J. Scott Applewhite / AP**\n\nThe body starts here with a few words.\n";
        var article = TestParse.Single(text, "capitol.md");
        var image = Assert.Single(article.Images);
        Assert.Equal("The speaker talks to reporters at the U.S. Capitol.", image.Caption);
        Assert.Equal("J. Scott Applewhite / AP", image.Credit);
    }
}
