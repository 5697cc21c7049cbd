using FsCheck.Xunit;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Tests.Extraction;

/// <summary>Invariants of the metadata parsers over arbitrary strings.</summary>
public sealed class MetadataPropertyTests
{
    [Property(MaxTest = 500)]
    public bool NormalizingAUrlTwiceChangesNothing(string? raw)
    {
        var once = UrlNormalizer.Normalize(raw);
        return once is null || UrlNormalizer.Normalize(once) == once;
    }

    [Property(MaxTest = 500)]
    public bool ANormalizedUrlHasNoFragmentAndNoTrackingParameter(string? path)
    {
        // The generated part stays in the path: a '?', '#' or '&' in it would start other query parameters.
        var safe = new string((path ?? "").Where(c => c is not ('?' or '#' or '&')).ToArray());
        var url = UrlNormalizer.Normalize("https://Example.com/" + safe + "?utm_source=x&fbclid=y#frag");
        return url is null || (!url.Contains('#') && !url.Contains("utm_", StringComparison.Ordinal) && !url.Contains("fbclid", StringComparison.Ordinal) && url.StartsWith("https://example.com/", StringComparison.Ordinal));
    }

    [Property(MaxTest = 500)]
    public bool AFoundDateIsAlwaysARealDateWithinRange(string? text)
    {
        var found = DateTextParser.Find(text);
        return found is null || (found.Date.Year is >= 1900 and <= 2100 && Model.PublishedAt.TryParseIso(found.ToString(), out var back) && back == found);
    }

    [Property(MaxTest = 500)]
    public bool BylineAuthorsHaveCleanNonEmptyNames(string? byline) =>
        BylineParser.Parse(byline).All(a => a.Name.Length > 1 && a.Name == a.Name.Trim() && !a.Name.StartsWith("By ", StringComparison.Ordinal) && !a.Name.Any(char.IsDigit));
}
