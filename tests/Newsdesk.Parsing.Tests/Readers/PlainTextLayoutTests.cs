using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Tests.Readers;

/// <summary>Header, image and furniture lines of pasted plain text.</summary>
public sealed class PlainTextLayoutTests
{
    [Fact]
    public void ANameThenPipeThenOutletUnderTheTitleIsTheByline()
    {
        const string text = """
            Museum returns bronze statues

            Claire Dubois | Le Quotidien

            PARIS (AFP) — A museum handed back six statues on Thursday.

            Curators said the statues were taken long ago.
            """;

        var article = TestParse.Single(text, "m.txt");

        Assert.Equal("Claire Dubois|Le Quotidien", $"{Assert.Single(article.Authors).Name}|{article.Authors[0].Affiliation}");
        Assert.Null(article.Subtitle);
        Assert.StartsWith("A museum handed back", article.Text);
    }

    [Theory]
    [InlineData("Sipho Ndlovu, Highveld Times", "Sipho Ndlovu|Highveld Times")]
    [InlineData("Ana Lima and Rui Costa | Diario Sul", "Ana Lima|Diario Sul;Rui Costa|Diario Sul")]
    [InlineData("Jonas Weber — The Harbour Review", "Jonas Weber|The Harbour Review")]
    public void BareBylineLinesNameAuthorsAndTheirOutlet(string line, string expected)
    {
        var authors = HeaderLines.BareByline(line);

        Assert.NotNull(authors);
        Assert.Equal(expected, string.Join(';', authors.Select(a => $"{a.Name}|{a.Affiliation}")));
    }

    [Theory]
    [InlineData("New York, United States")]
    [InlineData("Maria Lopez, Lisbon")]
    [InlineData("The council met on Monday, officials said.")]
    [InlineData("Climate talks stall")]
    public void APlaceAfterACommaOrASentenceIsNotABareByline(string line) =>
        Assert.Null(HeaderLines.BareByline(line));

    [Theory]
    [InlineData("Photo: Cranes stand idle at the port. / Emeka Obi/Coastline News", "Cranes stand idle at the port.", "Emeka Obi/Coastline News")]
    [InlineData("Picture: Dancers at the festival (Ana Lind/Reuters)", "Dancers at the festival", "Ana Lind/Reuters")]
    [InlineData("Image credit: Thandi Mokoena/Highveld Times", null, "Thandi Mokoena/Highveld Times")]
    [InlineData("Photo: Ana Lind/Reuters", null, "Ana Lind/Reuters")]
    [InlineData("Caption: Floodwater covers the square", "Floodwater covers the square", null)]
    public void PhotoLinesGiveCaptionAndCredit(string line, string? caption, string? credit)
    {
        var image = PhotoLines.Parse(line);

        Assert.NotNull(image);
        Assert.Equal((caption, credit), (image.Caption, image.Credit));
    }

    [Theory]
    [InlineData("Photographers gathered outside the court.")]
    [InlineData("Images of the flood spread online, he said.")]
    public void SentencesAboutPhotosAreNotPhotoLines(string line) => Assert.Null(PhotoLines.Parse(line));

    [Fact]
    public void PhotoLinesBecomeImagesAndLeaveTheBody()
    {
        const string text = """
            Port workers end strike

            By Adaeze Okonkwo

            Dock workers returned to work on Tuesday.

            Photo: Cranes stand idle at the port. / Emeka Obi/Coastline News

            The deal raises wages by 15 percent.
            """;

        var article = TestParse.Single(text, "p.txt");

        var image = Assert.Single(article.Images);
        Assert.Equal(("Cranes stand idle at the port.", "Emeka Obi/Coastline News"), (image.Caption, image.Credit));
        Assert.DoesNotContain("Photo", article.Text);
    }

    [Theory]
    [InlineData("(c) 2024 Coastline News")]
    [InlineData("© Sahel Observer 2024")]
    [InlineData("Copyright 2024 Reuters. All rights reserved.")]
    [InlineData("All rights reserved.")]
    [InlineData("Follow us on Twitter and Facebook for the latest news.")]
    [InlineData("Sign up for our newsletter to get the news every morning.")]
    [InlineData("Share this article")]
    [InlineData("Advertisement")]
    public void SiteFurnitureLinesAreBoilerplate(string line) => Assert.True(Boilerplate.IsBoilerplate(line));

    [Theory]
    [InlineData("The copyright dispute went to court in 2021, lawyers said.")]
    [InlineData("Follow the money, the auditor told the committee.")]
    [InlineData("Subscribers to the water scheme will pay less next year.")]
    public void SentencesMentioningTheseWordsStayInTheBody(string line) => Assert.False(Boilerplate.IsBoilerplate(line));

    [Fact]
    public void TrailingFurnitureIsDroppedFromTheText()
    {
        const string text = "Tram line opens\r\n\r\nThe tram extension opened on Wednesday.\r\n\r\nFollow us on Instagram\r\nShare this article\r\n\r\n(c) 2024 City Wire\r\n";

        var article = TestParse.Single(text, "t.txt");

        Assert.Equal("The tram extension opened on Wednesday.", article.Text);
    }

    [Fact]
    public void ADateAndTimeInPipeCellsIsTheDateLine()
    {
        const string text = """
            Stadium roof fixed before final
            04.03.2024 | 18:40
            Jonas Weber | Nordkurier Sport

            BERLIN (dpa) - Workers finished the stadium roof two days before the final.
            """;

        var article = TestParse.Single(text, "s.txt");

        Assert.Equal("2024-03-04T18:40:00", article.PublishedAt?.ToString());
        Assert.Equal("Jonas Weber", Assert.Single(article.Authors).Name);
        Assert.StartsWith("Workers finished", article.Text);
    }

    [Fact]
    public void CapitalAndInAnAllCapsBylineSeparatesTheNames()
    {
        const string text = """
            Drought cuts hydropower output
            BY AMARA DIALLO AND JEAN-PAUL MBEKI, THE SAHEL OBSERVER

            Power cuts spread across the capital.
            """;

        var article = TestParse.Single(text, "d.txt");

        Assert.Equal(["Amara Diallo", "Jean-Paul Mbeki"], article.Authors.Select(a => a.Name));
        Assert.All(article.Authors, a => Assert.NotNull(a.Affiliation));
    }

    [Fact]
    public void AnOutletLineUnderTheBylineIsItsAffiliationAndACreditThenCaptionPairIsOneImage()
    {
        const string text = """
            Hospital opens new maternity wing
            By Leila Haddad
            The Coastal Record
            Published 12:30 PM, June 5, 2024

            The new wing opened to patients on Wednesday.

            Photo credit: Sam Ode/The Coastal Record
            Caption: Nurses in the new ward.
            """;

        var article = TestParse.Single(text, "h.txt");

        Assert.Equal("Leila Haddad|The Coastal Record", $"{Assert.Single(article.Authors).Name}|{article.Authors[0].Affiliation}");
        Assert.Equal("2024-06-05T12:30:00", article.PublishedAt?.ToString());
        var image = Assert.Single(article.Images);
        Assert.Equal(("Nurses in the new ward.", "Sam Ode/The Coastal Record"), (image.Caption, image.Credit));
        Assert.Equal("The new wing opened to patients on Wednesday.", article.Text);
    }

    [Theory]
    [InlineData("The Coastal Record", true)]
    [InlineData("Reuters", true)]
    [InlineData("Valley Times", true)]
    [InlineData("Hospital managers said the wing is ready.", false)]
    [InlineData("Nurses and doctors", false)]
    public void OutletLinesAreShortOrganizationNames(string line, bool expected) =>
        Assert.Equal(expected, HeaderLines.IsOutletLine(line));

    [Fact]
    public void ABareBylineAndADateInOneLineAreBothRead()
    {
        const string text = """
            Library reopens after flood

            Tomas Berg | Valley Herald | June 5, 2024

            The library reopened on Saturday after six months of repairs.
            """;

        var article = TestParse.Single(text, "l.txt");

        Assert.Equal("Tomas Berg|Valley Herald", $"{Assert.Single(article.Authors).Name}|{article.Authors[0].Affiliation}");
        Assert.Equal("2024-06-05", article.PublishedAt?.ToString());
        Assert.Equal("The library reopened on Saturday after six months of repairs.", article.Text);
    }

    [Fact]
    public void APostedByLineGivesTheAuthorAndTheDateAndALastShortLineIsNoHeading()
    {
        const string text = """
            Night trains return to the valley line
            Posted by Anja Kovac on 3 October 2024

            The night train returned on Thursday after a five-year break.

            Source: Valley Rail press office
            """;

        var article = TestParse.Single(text, "n.txt");

        Assert.Equal("Anja Kovac", Assert.Single(article.Authors).Name);
        Assert.Equal("2024-10-03", article.PublishedAt?.ToString());
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.EndsWith("Source: Valley Rail press office", article.Text);
    }

    [Theory]
    [InlineData("By Jane Doe, Valley Times", "Jane Doe|Valley Times")]
    [InlineData("By Jane Doe | Valley Times", "Jane Doe|Valley Times")]
    [InlineData("By Jane Doe — Valley Times", "Jane Doe|Valley Times")]
    [InlineData("By Jane Doe | Staff Writer", "Jane Doe|")]
    [InlineData("By Jane Doe, Associated Press", "Jane Doe|Associated Press")]
    public void AnOutletAfterTheNamesOfAByByLineIsTheirAffiliation(string byline, string expected)
    {
        var article = TestParse.Single($"Bridge reopens after repairs\n{byline}\n\nThe bridge reopened on Monday.\n", "b.txt");

        Assert.Equal(expected, string.Join(';', article.Authors.Select(a => $"{a.Name}|{a.Affiliation}")));
    }
}
