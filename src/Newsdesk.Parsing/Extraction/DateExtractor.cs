using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Resolves the publication time from the date candidates, best first (<see cref="DateTextParser"/>);
/// failing those, a date on a byline line, then a /yyyy/mm/dd/ date in the article's URL path (or a -yyyy-mm-dd slug ending). Never invents a date or a time.
/// </summary>
public sealed partial class DateExtractor : IArticleExtractor
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?:/|$|-)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDate();

    // "/kenyan-police-fire-tear-gas-2027-06-18/" (Reuters): a full date closing the slug.
    [GeneratedRegex(@"-(?<y>(?:19|20)\d{2})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])/?(?:$|[?#])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SlugDate();

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        if (draft.PublishedAt is not null)
        {
            return draft;
        }

        var candidates = draft.DateCandidates;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (DateTextParser.Find(candidates[i]) is { } found)
            {
                return draft with { PublishedAt = Refine(found, candidates.Skip(i + 1).Take(MaxRefiningCandidates)) };
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

    // Enough to reach the meta timestamps after a date-only JSON-LD value; the list is short anyway.
    private const int MaxRefiningCandidates = 12;

    /// <summary>
    /// A later candidate that says the same and more wins: "November 19, 2019" in JSON-LD and
    /// "2019-11-19T11:21:08+00:00" in article:published_time name the same day, the second to the second.
    /// Only the same date (and the same time, when one is known) counts, so another day's time never slips in.
    /// </summary>
    internal static PublishedAt Refine(PublishedAt found, IEnumerable<string> later)
    {
        if (found.Time is not null && found.Offset is not null)
        {
            return found;
        }

        foreach (var candidate in later)
        {
            if (DateTextParser.Find(candidate) is not { } other || other.Date != found.Date || other.Time is null)
            {
                continue;
            }

            if (found.Time is null || (other.Offset is not null && SameMinute(found.Time.Value, other.Time.Value)))
            {
                return other;
            }
        }

        return found;
    }

    private static bool SameMinute(TimeOnly a, TimeOnly b) => a.Hour == b.Hour && a.Minute == b.Minute;

    private static PublishedAt? FromUrl(string? url)
    {
        if (url is null || url.Length > 2048)
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            match = SlugDate().Match(url);
        }

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
