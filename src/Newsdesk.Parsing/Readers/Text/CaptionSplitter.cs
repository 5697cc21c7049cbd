using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>Splits an image caption line into caption and credit ("... Photo: X/Reuters", "... (X / AFP)").</summary>
internal static partial class CaptionSplitter
{
    [GeneratedRegex(@"^(?<cap>.*?)[\s,;:–—-]*[(\[]?\s*(?:photo(?:graph)?s?|pictures?|images?|credits?|photo\s+credit|source)\s*(?:by\b|:)\s*(?<credit>[^()\[\]]{2,120}?)\s*[)\]]?\s*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledCredit();

    [GeneratedRegex(@"^(?<cap>.*?)\s*[(\[](?<credit>[^()\[\]]{2,100}(?:/|\||©|\bvia\b|Getty|AFP|Reuters|AP\b|EPA|Shutterstock)[^()\[\]]{0,100})[)\]]\s*\.?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ParenthesisedCredit();

    [GeneratedRegex(@"^(?<cap>.*?[.!?])\s+(?<credit>©\s*[^.]{2,80}|[A-Z][\w.'\- ]{1,60}\s?/\s?[A-Z][\w.\- ]{1,40}|(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock)(?:\s+via\s+[^.]{2,60})?)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingCredit();

    /// <summary>The caption and credit of a caption line; credit is null when none is recognisable.</summary>
    public static (string? Caption, string? Credit) Split(string line)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (text.Length <= 1000)
        {
            foreach (var regex in (ReadOnlySpan<Regex>)[LabelledCredit(), ParenthesisedCredit(), TrailingCredit()])
            {
                var match = regex.Match(text);
                if (match.Success)
                {
                    var caption = match.Groups["cap"].Value.Trim();
                    return (caption.Length == 0 ? null : caption, match.Groups["credit"].Value.Trim().TrimEnd('.'));
                }
            }
        }

        return (text, null);
    }

    /// <summary>True when the text reads like a credit line (a photographer/agency), not a sentence.</summary>
    public static bool LooksLikeCredit(string text) =>
        text.Length <= 120 && !text.EndsWith('.') &&
        (text.Contains('/') || text.Contains('©') || text.Contains(',') || text.StartsWith("Photo", StringComparison.OrdinalIgnoreCase) ||
         text.Contains("Getty", StringComparison.Ordinal) || text.Contains("AFP", StringComparison.Ordinal) ||
         text.Contains("Reuters", StringComparison.Ordinal) || text.Contains("AP", StringComparison.Ordinal));
}
