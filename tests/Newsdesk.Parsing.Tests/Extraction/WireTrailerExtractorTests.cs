using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class WireTrailerExtractorTests
{
    [Fact]
    public void ReportersBecomeAgencyAuthorsAndEditorsDoNot()
    {
        var draft = TestParse.Draft("Exports rose.", "Reporting by Ada Ng and Bo Li in Singapore; Additional reporting by Cy Tan; Editing by Dee Fox and Eli Ray") with { WireAgency = "Reuters" };

        var result = new WireTrailerExtractor().Extract(draft);

        Assert.Equal([new Author("Ada Ng", "Reuters"), new Author("Bo Li", "Reuters"), new Author("Cy Tan", "Reuters")], result.Authors);
        Assert.Equal(["Exports rose."], result.Paragraphs);
    }

    [Fact]
    public void WithoutAWireDatelineReportersHaveNoAffiliation()
    {
        var result = new WireTrailerExtractor().Extract(TestParse.Draft("Body.", "(Reporting by Ada Ng; Writing by Bo Li; Editing by Cy Tan)"));

        Assert.Equal([new Author("Ada Ng"), new Author("Bo Li")], result.Authors);
    }

    [Fact]
    public void KeepsBylineAuthorsAndDoesNotRepeatThem()
    {
        var draft = TestParse.Draft("Body.", "Reporting by Ada Ng, Bo Li; Editing by Cy Tan", "Our Standards: The Trust Principles.") with
        {
            Authors = [new Author("Ada Ng", "Reuters")],
            WireAgency = "Reuters",
        };

        var result = new WireTrailerExtractor().Extract(draft);

        Assert.Equal([new Author("Ada Ng", "Reuters"), new Author("Bo Li", "Reuters")], result.Authors);
        Assert.Equal(["Body."], result.Paragraphs);
    }

    [Fact]
    public void IgnoresCreditWordsInTheMiddleOfTheBody()
    {
        var draft = TestParse.Draft("Reporting by local media suggested delays.", "Two.", "Three.", "Four.");

        var result = new WireTrailerExtractor().Extract(draft);

        Assert.Empty(result.Authors);
        Assert.Equal(4, result.Paragraphs.Count());
    }
}
