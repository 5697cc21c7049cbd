using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class DatelineExtractorTests
{
    [Theory]
    [InlineData("SINGAPORE (Reuters) - Exports rose in May.", "Singapore", "Reuters", "Exports rose in May.")]
    [InlineData("WASHINGTON, June 3 (AP) — The Senate voted on Monday.", "Washington", "AP", "The Senate voted on Monday.")]
    [InlineData("PARIS — The museum reopened.", "Paris", null, "The museum reopened.")]
    [InlineData("NEW YORK (Reuters) -- Stocks fell.", "New York", "Reuters", "Stocks fell.")]
    [InlineData("KYIV, Ukraine (AP) — Sirens sounded overnight.", "Kyiv, Ukraine", "AP", "Sirens sounded overnight.")]
    [InlineData("Nairobi (AFP) - Rains flooded roads.", "Nairobi", "AFP", "Rains flooded roads.")]
    [InlineData("(Reuters) - Oil prices rose on Tuesday.", null, "Reuters", "Oil prices rose on Tuesday.")]
    public void StripsTheDatelineAndKeepsPlaceAndAgency(string paragraph, string? place, string? agency, string rest)
    {
        var draft = new DatelineExtractor().Extract(TestParse.Draft(paragraph, "Second."));

        Assert.Equal(place, draft.Dateline);
        Assert.Equal(agency, draft.WireAgency);
        Assert.Equal(rest, draft.Paragraphs.First());
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin signed a deal on Wednesday.")]
    [InlineData("BREAKING — Markets are closed today.")]
    [InlineData("U.S. officials - speaking anonymously - said so.")]
    [InlineData("The UN - and its agencies - responded.")]
    [InlineData("NATO — the alliance of 32 nations — met on Monday.")]
    public void LeavesOrdinaryFirstParagraphsAlone(string paragraph)
    {
        var draft = new DatelineExtractor().Extract(TestParse.Draft(paragraph));

        Assert.Null(draft.Dateline);
        Assert.Equal(paragraph, draft.Paragraphs.First());
    }

    [Fact]
    public void GivesTheAgencyToAuthorsWithoutAffiliation()
    {
        var draft = TestParse.Draft("LONDON (Reuters) - Rates held.") with { Authors = [new Author("Ann Bell")] };

        Assert.Equal([new Author("Ann Bell", "Reuters")], new DatelineExtractor().Extract(draft).Authors);
    }

    [Fact]
    public void KeepsAffiliationsTheBylineGave()
    {
        var draft = TestParse.Draft("LONDON (Reuters) - Rates held.") with { Authors = [new Author("Ann Bell", "The Times")] };

        Assert.Equal("The Times", new DatelineExtractor().Extract(draft).Authors[0].Affiliation);
    }
}
