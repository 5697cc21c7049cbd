using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Extraction;

/// <summary>Header and trailer layouts of agency copy beyond "By X for AFP": AP, BBC Sport, Bloomberg, AFP and organization bylines.</summary>
public sealed class WireLayoutRuleTests
{
    private static string Upload(string byline, string dateLine, params string[] body) =>
        $"\n\n# Harbour Cranes Stand Idle as Strike Enters Second Week\n\n{byline}\n\n{dateLine}\n\n\n\n{string.Join("\n\n", body)}\n\nOriginal url:\n\n<https://example.org/news/harbour-strike>\n";

    [Fact]
    public void OrganizationLineUnderTheBylineIsItsAffiliationAndTheAgencyTimeFirstDateIsRead()
    {
        var article = TestParse.Single(
            Upload("By [PAULA REYES and TOMAS LIND](#)\n\nAssociated Press", "Updated 9:05 AM GMT-5, March 3, 2027",
                "LIMA, Peru (AP) — Dockworkers at the port of Callao stayed off the job on Tuesday.", "The union said talks would resume on Friday."),
            "strike.txt");

        Assert.Equal([new Author("Paula Reyes", "Associated Press"), new Author("Tomas Lind", "Associated Press")], article.Authors);
        Assert.Equal("2027-03-03T09:05:00-05:00", article.PublishedAt?.ToString());
        Assert.StartsWith("Dockworkers at the port", article.Sections[0].Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SportsDeskLineIsTheAffiliationAndTheDateBelowItStaysADate()
    {
        var article = TestParse.Single(Upload("By [Ciaran Doyle](#)\n\nBBC Sport", "5 April 2027", "The visitors scored twice in the last ten minutes."), "match.txt");

        Assert.Equal([new Author("Ciaran Doyle", "BBC Sport")], article.Authors);
        Assert.Equal("2027-04-05", article.PublishedAt?.ToString());
        Assert.DoesNotContain(article.Sections.SelectMany(s => s.Paragraphs), p => p.Contains("BBC Sport", StringComparison.Ordinal));
    }

    [Fact]
    public void AgencyContributorNotesAreNotBodyText()
    {
        var article = TestParse.Single(
            Upload("By [Paula Reyes](#), Associated Press", "March 3, 2027", "Dockworkers stayed off the job on Tuesday.", "The union said talks would resume.",
                "Reyes reported from Lima. Associated Press writer Jonas Berg contributed to this report.", "--With assistance from Mia Holt."),
            "strike.txt");

        var paragraphs = article.Sections.SelectMany(s => s.Paragraphs).ToList();
        Assert.Equal(["Dockworkers stayed off the job on Tuesday.", "The union said talks would resume."], paragraphs);
        Assert.DoesNotContain(article.Entities, e => e.Name is "Jonas Berg" or "Mia Holt");
    }

    [Fact]
    public void TitleCaseCityAndCountryBeforeTheAgencyIsADateline()
    {
        var article = TestParse.Single(Upload("By [Ines Duarte for AFP](#)", "May 2, 2027", "Cusco, Peru (AFP) – Rail workers walked out on Monday."), "rail.txt");

        Assert.Equal("Rail workers walked out on Monday.", article.Sections[0].Paragraphs[0]);
    }

    [Fact]
    public void AnAgencyBylineIsNotAffiliatedWithItself()
    {
        var article = TestParse.Single(Upload("By [AFP](#)", "May 2, 2027", "Paris (AFP) - Rail workers walked out on Monday."), "rail.txt");

        Assert.Equal([new Author("AFP")], article.Authors);
    }

    [Fact]
    public void DashedAgencySubheadingStartsASection()
    {
        var article = TestParse.Single(
            Upload("By [Ines Duarte for AFP](#)", "May 2, 2027", "Rail workers walked out on Monday.", "- 'Nobody listens' -", "The strike is the third this year."),
            "rail.txt");

        Assert.Equal(["'Nobody listens'"], article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!));
    }

    [Fact]
    public void OutletBeforeStaffWriterIsTheAffiliation()
    {
        var article = TestParse.Single(Upload("By [AIKO MORI](#), Nikkei staff writer", "May 2, 2027", "Exports rose in April."), "exports.txt");

        Assert.Equal([new Author("Aiko Mori", "Nikkei")], article.Authors);
    }

    [Fact]
    public void DateClosingTheUrlSlugIsThePublicationDateWhenTheTextHasNone()
    {
        const string text = "\n\n# Police Fire Tear Gas at Protesters\n\nNAIROBI, June 18 (Reuters) - Police fired tear gas on Thursday.\n\n" +
            "(Reporting by Ada Ng; Editing by Bo Li)\n\nOriginal url:\n\n<https://www.reuters.com/world/africa/police-fire-tear-gas-2027-06-18/>\n";

        var article = TestParse.Single(text, "protest.txt");

        Assert.Equal("2027-06-18", article.PublishedAt?.ToString());
        Assert.Equal([new Author("Ada Ng", "Reuters")], article.Authors);
    }

    [Fact]
    public void AgencyBylineIsTheAffiliationOfTheTrailerReporters()
    {
        var article = TestParse.Single(Upload("By [Reuters](#)", "May 2, 2027", "Rail workers walked out on Monday.", "Reporting by Ada Ng in Tbilisi; Editing by Bo Li"), "rail.txt");

        Assert.Equal([new Author("Ada Ng", "Reuters")], article.Authors);
    }

    [Fact]
    public void TwoOrganizationBylinesKeepTheOneThatIsNotTheOutlet()
    {
        const string text = "\n\n# Talks Resume in Geneva\n\nBy [The Harbour Times](#) and [AFP](#)\n\nJune 19, 2027\n\nTalks resumed on Monday.\n\n" +
            "Original url:\n\n<https://www.theharbourtimes.com/2027/06/19/talks-resume-a1>\n";

        var article = TestParse.Single(text, "talks.txt");

        Assert.Equal([new Author("AFP")], article.Authors);
    }

    [Fact]
    public void AByLineNamingOnlyTheOutletKeepsTheOutletAsTheAuthor()
    {
        const string text = "\n\n# Ferry Fares Rise Again\n\nBy [The Harbour Times](#)\n\nJune 19, 2027\n\nFares rose by a tenth on Monday.\n\n" +
            "Original url:\n\n<https://www.theharbourtimes.com/2027/06/19/ferry-fares-a2>\n";

        var article = TestParse.Single(text, "fares.txt");

        Assert.Equal([new Author("Harbour Times")], article.Authors);
    }
}
