using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

public sealed class DateTextParserTests
{
    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19T10:30:00+03:00", "2024-06-19T10:30:00+03:00")]
    [InlineData("2024-06-19T10:30:00Z", "2024-06-19T10:30:00Z")]
    [InlineData("2024-06-19T10:30:00.123-0400", "2024-06-19T10:30:00-04:00")]
    [InlineData("2024-06-19 10:30", "2024-06-19T10:30:00")]
    [InlineData("Wed, 19 Jun 2024 10:30:00 GMT", "2024-06-19T10:30:00Z")]
    [InlineData("Wed, 19 Jun 2024 10:30:00 +0200", "2024-06-19T10:30:00+02:00")]
    [InlineData("June 19, 2024", "2024-06-19")]
    [InlineData("publiziert am 30. Juli 2018", "2018-07-30")]
    [InlineData("Published 7:07 PM EST Nov 19, 2019", "2019-11-19T19:07:00-05:00")]
    [InlineData("Updated 11:15 a.m. on Tuesday, March 5, 2024", "2024-03-05T11:15:00")]
    [InlineData("Room 10.30 June 4, 2024", "2024-06-04")]
    [InlineData("4. März 2024", "2024-03-04")]
    [InlineData("1. Mai 2023, 09:15", "2023-05-01T09:15:00")]
    [InlineData("12. Dezember 2022", "2022-12-12")]
    [InlineData("3. Okt. 2021", "2021-10-03")]
    [InlineData("Wednesday, June 19, 2024", "2024-06-19")]
    [InlineData("19 June 2024", "2024-06-19")]
    [InlineData("19th of June, 2024", "2024-06-19")]
    [InlineData("Jun. 19, 2024 10:30 AM EDT", "2024-06-19T10:30:00-04:00")]
    [InlineData("Sept. 3, 2023, 9:05 p.m. ET", "2023-09-03T21:05:00-04:00")]
    [InlineData("Jan 5, 2024 12:15 PM ET", "2024-01-05T12:15:00-05:00")]
    [InlineData("March 3, 2024 at 6:45 p.m. PT", "2024-03-03T18:45:00-08:00")]
    [InlineData("19 June 2024 14:05 MSK", "2024-06-19T14:05:00+03:00")]
    [InlineData("2024/06/19", "2024-06-19")]
    [InlineData("19/06/2024", "2024-06-19")]
    [InlineData("06/19/2024", "2024-06-19")]
    [InlineData("Published: June 19, 2024", "2024-06-19")]
    [InlineData("Updated 19 June 2024 10:30 BST", "2024-06-19T10:30:00+01:00")]
    [InlineData("1718792400", "2024-06-19T10:20:00Z")]
    [InlineData("1718792400000", "2024-06-19T10:20:00Z")]
    [InlineData("12 December 2023 11:00 UTC+5:30", "2023-12-12T11:00:00+05:30")]
    [InlineData("Feb 29, 2024", "2024-02-29")]
    [InlineData("04.03.2024", "2024-03-04")]
    [InlineData("04.03.2024 | 18:40", "2024-03-04T18:40:00")]
    [InlineData("Published 12:30 PM, June 5, 2024", "2024-06-05T12:30:00")]
    public void ReadsEveryCommonDateForm(string text, string expected) =>
        Assert.Equal(expected, DateTextParser.Find(text)?.ToString());

    [Theory]
    [InlineData("February 30, 2024")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("05/06/2024")]
    [InlineData("32 May 2024")]
    [InlineData("June 19")]
    [InlineData("Juni 2024")]
    [InlineData("31. Juni 2024")]
    [InlineData("1066-10-14")]
    [InlineData("yesterday")]
    [InlineData("123")]
    public void RejectsImpossibleAmbiguousOrIncompleteDates(string text) =>
        Assert.Null(DateTextParser.Find(text));

    [Theory]
    [InlineData("June 19, 2024", true)]
    [InlineData("Published: 19 June 2024 10:30 BST", true)]
    [InlineData("Updated: June 20, 2024", true)]
    [InlineData("The summit on June 19, 2024 was the second.", false)]
    public void RecognisesWholeDateLines(string line, bool isDateLine) =>
        Assert.Equal(isDateLine, DateTextParser.ParseLine(line) is not null);

    [Theory]
    [InlineData("June 19, 2024 | 10:30 AM", "2024-06-19T10:30:00", false)]
    [InlineData("Updated June 20, 2024 / Published June 19, 2024", "2024-06-19", false)]
    [InlineData("Published: 12 May 2024 07:30 CEST | Updated: 13 May 2024", "2024-05-12T07:30:00+02:00", false)]
    [InlineData("Updated: 13 May 2024", "2024-05-13", true)]
    public void PrefersThePublicationPartOfADateLine(string line, string expected, bool isUpdate)
    {
        Assert.Equal(expected, DateTextParser.ParseLine(line, out var update)?.ToString());
        Assert.Equal(isUpdate, update);
    }

    [Fact]
    public void KeepsAnUnknownZoneAsALocalTime() =>
        Assert.Equal("2024-06-19T10:30:00", DateTextParser.Find("June 19, 2024 10:30 XYZ")?.ToString());
}
