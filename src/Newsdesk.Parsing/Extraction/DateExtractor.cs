using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Resolves the publication time from the date candidates, best first (<see cref="DateTextParser"/>);
/// failing those, a date on a byline line, then a /yyyy/mm/dd/ date in the article's URL path. Never invents a date or a time.
/// </summary>
public sealed partial class DateExtractor : IArticleExtractor
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:/|$|-)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDate();

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        if (draft.PublishedAt is not null)
        {
            return draft;
        }

        foreach (var candidate in draft.DateCandidates)
        {
            if (DateTextParser.Find(candidate) is { } found)
            {
                return draft with { PublishedAt = found };
            }
        }

        // "By Jane Doe | June 19, 2024": a date that shares the byline's line.
        foreach (var byline in draft.Bylines)
        {
            if (DateTextParser.Find(byline) is { } inByline)
            {
                return draft with { PublishedAt = inByline };
            }
        }

        var fromUrl = FromUrl(draft.CanonicalUrl) ?? FromUrl(draft.Url);
        return fromUrl is null ? draft : draft with { PublishedAt = fromUrl };
    }

    private static PublishedAt? FromUrl(string? url)
    {
        if (url is null || url.Length > 2048)
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new PublishedAt(new DateOnly(year, month, day)) : null;
    }
}
