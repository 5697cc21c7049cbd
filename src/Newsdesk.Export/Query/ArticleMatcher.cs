using Azure.Data.Tables;
using Newsdesk.Export.Schema;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Export.Query;

/// <summary>
/// The article-level filters, evaluated in process: every filter on an article row, and the ones a
/// child row's article summary can answer (date-time bounds, outlet, language) on the row itself.
/// </summary>
internal sealed class ArticleMatcher(ExportRequest request, IReadOnlyList<IReadOnlySet<string>> entityGroups)
{
    /// <summary>One set of entity ids per entity filter; an article must mention one id of each.</summary>
    public IReadOnlyList<IReadOnlySet<string>> EntityGroups { get; } = entityGroups;

    /// <summary>True when a summary row alone cannot decide (author, text, or several entity filters).</summary>
    public bool SummaryIsNotEnough => request.Authors.Count > 0 || request.Query is not null || EntityGroups.Count > 1;

    /// <summary>Filters the summary every Articles-table row carries can answer.</summary>
    public bool MatchesSummary(TableEntity row) =>
        Within(RowValues.String(row, "PublishedAt")) &&
        (request.Outlets.Count == 0 || request.Outlets.Contains(RowValues.String(row, "OutletDomain") ?? "")) &&
        (request.Languages.Count == 0 || request.Languages.Contains(RowValues.String(row, "Language") ?? ""));

    /// <summary>Every article-level filter.</summary>
    public bool Matches(ArticleFacts facts)
    {
        if (!Within(facts.PublishedAt) ||
            (request.Outlets.Count > 0 && !request.Outlets.Contains(facts.OutletDomain ?? "")) ||
            (request.Languages.Count > 0 && !request.Languages.Contains(facts.Language ?? "")) ||
            (request.Authors.Count > 0 && !request.Authors.Any(facts.AuthorSlugs.Contains)))
        {
            return false;
        }

        foreach (var group in EntityGroups)
        {
            if (!group.Any(facts.EntityIds.Contains))
            {
                return false;
            }
        }

        return request.Query is not { } q ||
            (facts.Title?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false) ||
            (facts.Text?.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false);
    }

    /// <summary>
    /// Date bounds: partitions already hold the dates; with a time in a bound, a row with a time is
    /// compared as an instant when both carry offsets, else as local date-time; a date alone by date.
    /// </summary>
    private bool Within(string? publishedAt)
    {
        if (request.From?.Time is null && request.To?.Time is null)
        {
            // Date-only bounds are exactly the partition range.
            return true;
        }

        if (!PublishedAt.TryParseIso(publishedAt, out var at) || at is null)
        {
            return false;
        }

        return (request.From is not { } from || Compare(at, from) >= 0) && (request.To is not { } to || Compare(at, to) <= 0);
    }

    private static int Compare(PublishedAt value, PublishedAt bound)
    {
        if (bound.Time is null || value.Time is null)
        {
            return value.Date.CompareTo(bound.Date);
        }

        if (value.ToInstant() is { } a && bound.ToInstant() is { } b)
        {
            return a.CompareTo(b);
        }

        return value.Date.ToDateTime(value.Time.Value).CompareTo(bound.Date.ToDateTime(bound.Time.Value));
    }
}
