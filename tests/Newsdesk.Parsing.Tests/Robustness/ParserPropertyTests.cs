using System.Text;
using FsCheck.Xunit;

namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Whatever the upload, Parse returns a well-formed result (articles or errors) in bounded time and never throws.</summary>
[Properties(Arbitrary = [typeof(HostileInputs)], MaxTest = 200)]
public sealed class ParserPropertyTests
{
    [Property]
    public bool ArbitraryBytesGiveAResultAndNeverThrow(Upload upload) =>
        BoundedParse.IsWellFormed(BoundedParse.Run(upload.Bytes, upload.Name));

    [Property]
    public bool ArbitraryTextInLayoutSkeletonsGivesAResult(SkeletonUpload upload) =>
        BoundedParse.IsWellFormed(BoundedParse.Run(Encoding.UTF8.GetBytes(upload.Text), upload.Name));

    [Property]
    public bool QuoteAndNameSoupGivesConsistentQuotesAndEntities(QuoteSoup soup)
    {
        var result = BoundedParse.Run(Encoding.UTF8.GetBytes(soup.Text), soup.Name);
        if (!BoundedParse.IsWellFormed(result))
        {
            return false;
        }

        // Whatever is found must be internally consistent: speakers point at entities of the article, ids are unique.
        return result.Articles.All(a =>
            a.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() == a.Entities.Count &&
            a.Quotes.All(q => q.SpeakerId is null || a.Entities.Any(e => e.Id == q.SpeakerId)) &&
            a.Quotes.All(q => q.Text is not null));
    }

    [Property(MaxTest = 50)]
    public bool LargeTextInLayoutSkeletonsGivesAResult(SkeletonUpload upload, int repeat)
    {
        // Repeat the generated text to reach tens of kilobytes: catches quadratic or backtracking paths.
        var text = string.Concat(Enumerable.Repeat(upload.Text, 50 + Math.Abs(repeat % 200)));
        return BoundedParse.IsWellFormed(BoundedParse.Run(Encoding.UTF8.GetBytes(text), upload.Name));
    }
}
