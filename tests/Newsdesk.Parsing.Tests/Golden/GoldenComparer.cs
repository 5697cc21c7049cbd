using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>Compares a parsed article with its hand-written expectation and lists every mismatch as "field: expected X, got Y".</summary>
public static class GoldenComparer
{
    /// <summary>All mismatches (empty when the article is right).</summary>
    public static IReadOnlyList<string> Compare(ExpectedArticle expected, NormalizedArticle actual)
    {
        var diff = new List<string>();
        Field(diff, "title", expected.Title, actual.Title);
        Field(diff, "subtitle", expected.Subtitle, actual.Subtitle);
        Field(diff, "url", expected.Url, actual.Url);
        Field(diff, "canonicalUrl", expected.CanonicalUrl, actual.CanonicalUrl);
        Field(diff, "outlet.domain", expected.Outlet?.Domain, actual.Outlet?.Domain);
        Field(diff, "outlet.name", expected.Outlet?.Name, actual.Outlet?.Name);
        Field(diff, "publishedAt", expected.PublishedAt, actual.PublishedAt?.ToString());
        Field(diff, "language", expected.Language, actual.Language);
        List(diff, "authors", expected.Authors.Select(ShowAuthor), actual.Authors.Select(ShowAuthor));
        List(diff, "images", expected.Images.Select(ShowImage), actual.Images.Select(a => ShowImage(Project(a, expected))));
        List(diff, "sections", expected.Sections.Select(Forms.Show), actual.Sections.Where(s => s.Heading is not null).Select(s => Forms.Show(s.Heading!.Trim())));
        var matches = EntityComparer.Compare(expected.Entities, actual.Entities, diff);
        QuoteComparer.Compare(expected, actual.Quotes, matches, diff);
        return diff;
    }

    private static void Field(List<string> diff, string name, string? expected, string? actual)
    {
        if (!string.Equals(expected?.Trim(), actual?.Trim(), StringComparison.Ordinal))
        {
            diff.Add($"{name}: expected {Forms.Show(expected)}, got {Forms.Brief(actual)}");
        }
    }

    private static void List(List<string> diff, string name, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var e = expected.ToList();
        var a = actual.ToList();
        if (!e.SequenceEqual(a, StringComparer.Ordinal))
        {
            diff.Add($"{name}: expected [{string.Join(", ", e)}], got [{string.Join(", ", a)}]");
        }
    }

    private static string ShowAuthor(Author author) =>
        author.Affiliation is null ? Forms.Show(author.Name.Trim()) : $"{Forms.Show(author.Name.Trim())} ({author.Affiliation.Trim()})";

    private static string ShowImage(ExpectedImage image) =>
        $"{{caption {Forms.Show(image.Caption?.Trim())}, credit {Forms.Show(image.Credit?.Trim())}{(image.Url is null ? "" : $", url {image.Url}")}}}";

    // The URL of a found image is only shown (and so compared) when the expectation of that position gives one.
    private static ExpectedImage Project(ArticleImage image, ExpectedArticle expected)
    {
        return new ExpectedImage(UrlExpectedAt(image), image.Caption, image.Credit);

        string? UrlExpectedAt(ArticleImage found)
        {
            // Pair by caption when possible, else by nothing: an unexpected image shows without URL.
            var twin = expected.Images.FirstOrDefault(e => Forms.Same(e.Caption, found.Caption));
            return twin?.Url is null ? null : found.Url;
        }
    }
}
