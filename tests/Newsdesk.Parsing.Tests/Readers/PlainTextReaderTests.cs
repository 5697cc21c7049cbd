using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Readers;

public sealed class PlainTextReaderTests
{
    [Fact]
    public void ReadsTitleBylineDateDatelineBodyTrailerAndUrl()
    {
        const string text = """
            Ferry Service Resumes After Storm

            By Marta Quell and Ivo Brandt, Associated Press

            Published: March 3, 2024 at 6:45 p.m. ET

            HALIFAX, Nova Scotia (AP) — Ferries resumed sailing on Sunday
            after a two-day suspension, the operator said.

            Repairs were finished overnight.

            Crews from three ports
            were sent to help.

            Reporting by Marta Quell in Halifax; Additional reporting by Luis Orta; Editing by Sam Kerr

            URL: https://apnews.com/article/ferry-service-resumes-0a1b?utm_medium=social
            """;

        var article = TestParse.Single(text, "ferry.txt");

        Assert.Equal("text", article.Source.Format);
        Assert.Equal("Ferry Service Resumes After Storm", article.Title);
        Assert.Equal("2024-03-03T18:45:00-05:00", article.PublishedAt?.ToString());
        Assert.Equal([new Author("Marta Quell", "Associated Press"), new Author("Ivo Brandt", "Associated Press"), new Author("Luis Orta", "AP")], article.Authors);
        Assert.Equal("https://apnews.com/article/ferry-service-resumes-0a1b", article.Url);
        Assert.Equal(new Outlet("apnews.com", "AP"), article.Outlet);
        Assert.Equal(
            ["Ferries resumed sailing on Sunday after a two-day suspension, the operator said.", "Repairs were finished overnight.", "Crews from three ports were sent to help."],
            article.Sections.SelectMany(s => s.Paragraphs));
    }

    [Fact]
    public void ADatelineFirstLineIsBodyNotTitle()
    {
        var article = TestParse.Single("SINGAPORE (Reuters) - Exports rose in May, data showed.\n\nThe ministry cited electronics.\n\n(Reporting by Ada Ng; Editing by Bo Li)\n", "wire.txt");

        Assert.Equal("Exports rose in May, data showed", article.Title);
        Assert.Equal([new Author("Ada Ng", "Reuters")], article.Authors);
        Assert.Equal("Exports rose in May, data showed.\n\nThe ministry cited electronics.", article.Text);
    }

    [Fact]
    public void ADeckBetweenTitleAndBylineIsTheSubtitle()
    {
        var article = TestParse.Single("Mine Reopens\n\nWorkers return after a six-month closure.\n\nBy Pedro Soto\n\nJuly 1, 2025\n\nThe mine reopened on Monday.\n", "mine.txt");

        Assert.Equal("Workers return after a six-month closure.", article.Subtitle);
        Assert.Equal([new Author("Pedro Soto")], article.Authors);
        Assert.Equal("2025-07-01", article.PublishedAt?.ToString());
        Assert.Equal("The mine reopened on Monday.", article.Text);
    }

    [Fact]
    public void AShortLoneLineBetweenParagraphsIsASubheading()
    {
        var article = TestParse.Single("Title\n\nFirst paragraph.\n\nWhat comes next\n\nSecond paragraph.\n", "s.txt");

        Assert.Equal([null, "What comes next"], article.Sections.Select(s => s.Heading));
    }
}
