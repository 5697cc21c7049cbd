using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>
/// Every expected quote is found by substring with the right speaker and fragment flag; no found
/// statement (non-fragment) without speaker is left that no expectation covers.
/// </summary>
public static class QuoteComparer
{
    /// <summary>Adds mismatches to <paramref name="diff"/>.</summary>
    public static void Compare(ExpectedArticle expected, IReadOnlyList<Quote> actual, IReadOnlyDictionary<string, Entity> matches, List<string> diff)
    {
        foreach (var want in expected.Quotes)
        {
            var needle = Forms.Normalize(want.Contains);
            var candidates = actual.Where(q => Forms.Normalize(q.Text).Contains(needle, StringComparison.Ordinal)).ToList();
            if (candidates.Count == 0)
            {
                diff.Add($"quote \"{want.Contains}\": not found");
                continue;
            }

            if (!candidates.Any(q => q.IsFragment == want.IsFragment && SpeakerMatches(want, q, matches)))
            {
                var got = string.Join("; ", candidates.Select(q => $"speaker {Forms.Show(q.Speaker)}, isFragment {q.IsFragment}"));
                diff.Add($"quote \"{want.Contains}\": expected speaker {Forms.Show(want.Speaker)}, isFragment {want.IsFragment}; got {got}");
            }
        }

        var needles = expected.Quotes.Select(q => Forms.Normalize(q.Contains)).ToList();
        foreach (var stray in actual.Where(q => !q.IsFragment && q.Speaker is null))
        {
            var text = Forms.Normalize(stray.Text);
            if (!needles.Any(n => text.Contains(n, StringComparison.Ordinal) || n.Contains(text, StringComparison.Ordinal)))
            {
                diff.Add($"quote: unexpected unattributed statement \"{Shorten(stray.Text)}\"");
            }
        }
    }

    private static bool SpeakerMatches(ExpectedQuote want, Quote got, IReadOnlyDictionary<string, Entity> matches)
    {
        if (got.Speaker is null)
        {
            // Scare quotes may stay unattributed; statements with a known speaker may not.
            return want.Speaker is null || want.IsFragment;
        }

        if (want.Speaker is null)
        {
            return false;
        }

        if (Forms.Same(got.Speaker, want.Speaker))
        {
            return true;
        }

        return matches.TryGetValue(want.Speaker, out var entity) &&
            (got.SpeakerId == entity.Id || Forms.Same(entity.Name, got.Speaker));
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
