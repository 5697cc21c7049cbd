using System.Globalization;
using System.Text.RegularExpressions;
using Newsdesk.Parsing.Pipeline;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Takes the dateline off the first paragraph ("SINGAPORE (Reuters) -", "WASHINGTON, June 3 (AP) —",
/// "PARIS —", "KYIV, Ukraine (AP) —"), sets <see cref="ArticleDraft.Dateline"/>, and keeps a named agency
/// as <see cref="ArticleDraft.WireAgency"/>, the affiliation of authors the byline left without one.
/// </summary>
public sealed partial class DatelineExtractor : IArticleExtractor
{
    private const string Date = @"(?:,\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?";
    private const string Agency = @"(?:\s*\((?<agency>[\p{L}][\p{L}\p{N} .&'/\-]{0,40})\))";
    private const string Dash = @"\s*(?:-{1,2}|–|—)\s+";

    // All-caps place ("NEW YORK", "KYIV, Ukraine", "WASHINGTON, D.C."), optional date and agency.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\- ]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M}.'’\- ]{1,30}?)?)" + Date + Agency + "?" + Dash, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CapsDateline();

    // Title-case place only with an agency ("Paris (AFP) -", "Huaraz, Peru (AFP) –"), or the agency alone ("(Reuters) -").
    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}\p{M}.'’\-]{1,30}(?: \p{Lu}[\p{L}\p{M}.'’\-]{1,30}){0,2}(?:, \p{Lu}[\p{L}\p{M}.'’\-]{1,30}(?: \p{Lu}[\p{L}\p{M}.'’\-]{1,30}){0,2})?)" + Date + ")?" + Agency + Dash, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AgencyDateline();

    private static readonly string[] NotPlaces = ["BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "WATCH", "LIVE", "OPINION", "EDITOR'S NOTE", "NOTE", "FILE", "PHOTO", "VIDEO", "NEW", "CORRECTION", "FACT CHECK", "COMMENT", "REVIEW"];

    /// <summary>True when the text starts with a dateline ("SINGAPORE (Reuters) -").</summary>
    public static bool StartsWithDateline(string text) =>
        (CapsDateline().Match(text) is { Success: true } caps && !IsNotPlace(caps.Groups["place"].Value) && caps.Groups["place"].Value.Trim().Length >= 3) ||
        AgencyDateline().IsMatch(text);

    /// <inheritdoc />
    public ArticleDraft Extract(ArticleDraft draft)
    {
        var sections = draft.Sections;
        if (sections.Count == 0 || sections[0].Heading is not null || sections[0].Paragraphs.Count == 0)
        {
            return draft;
        }

        var first = sections[0].Paragraphs[0];
        var match = CapsDateline().Match(first);
        if (!match.Success || match.Groups["place"].Value.Trim().Length < 3 || IsNotPlace(match.Groups["place"].Value) || match.Length >= first.Length - 1 ||
            (!match.Groups["agency"].Success && !char.IsUpper(first[match.Length])))
        {
            // Without an agency, only "PLACE — Sentence" is a dateline ("NATO — the alliance ..." is not).
            match = AgencyDateline().Match(first);
            if (!match.Success || match.Length >= first.Length - 1)
            {
                return draft;
            }
        }

        var place = match.Groups["place"].Success ? TitleCase(match.Groups["place"].Value.Trim().TrimEnd(',')) : null;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var rest = first[match.Length..];
        IReadOnlyList<string> paragraphs = [rest, .. sections[0].Paragraphs.Skip(1)];
        var authors = draft.Authors;
        if (agency is not null && authors.Count > 0 && authors.All(a => a.Affiliation is null))
        {
            // An organization byline ("By AFP") is the agency itself, not one of its writers: it gets no affiliation.
            authors = authors.Select(a => Organizations.IsOrganization(a.Name) ? a : a with { Affiliation = agency }).ToArray();
        }

        return draft with
        {
            Dateline = place ?? draft.Dateline,
            WireAgency = agency ?? draft.WireAgency,
            Authors = authors,
            Sections = [sections[0] with { Paragraphs = paragraphs }, .. sections.Skip(1)],
        };
    }

    private static bool IsNotPlace(string place)
    {
        var trimmed = place.Trim().TrimEnd(',');
        return Array.Exists(NotPlaces, p => trimmed.Equals(p, StringComparison.Ordinal));
    }

    /// <summary>"NEW YORK" → "New York"; mixed-case parts ("Ukraine") and abbreviations ("D.C.") are kept.</summary>
    internal static string TitleCase(string place)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Any(char.IsLower) || word.Contains('.'))
            {
                continue;
            }

            words[i] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant());
        }

        return string.Join(' ', words);
    }
}
