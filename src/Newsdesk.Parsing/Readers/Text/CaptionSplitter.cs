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

    /// <summary>
    /// True when the text reads like a credit (a photographer, agency or source: short, no sentence
    /// punctuation, capitalized), not the emphasized end of a sentence.
    /// </summary>
    public static bool LooksLikeCredit(string text)
    {
        if (text.Length is < 2 or > 80 || text[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D' || !char.IsUpper(text[0]) && !char.IsDigit(text[0]) && text[0] != '©')
        {
            return false;
        }

        if (text.Contains('/') || text.Contains('©') || text.Contains(','))
        {
            return true;
        }

        // Otherwise a name: a few capitalized words ("Kyodo", "AFP via Getty Images", "Anna van Dijk").
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.All(w => !char.IsLower(w[0]) || w is "via" or "for" or "de" or "van" or "von" or "der" or "da" or "di" or "la" or "le" or "al");
    }

    /// <summary>True when a caption line carries an explicit credit: a "Photo:"-style label or "Name / Agency".</summary>
    public static bool HasExplicitCredit(string line, string? credit) =>
        credit is not null && (credit.Contains('/') || credit.Contains('©') ||
            line.Contains("Photo", StringComparison.OrdinalIgnoreCase) || line.Contains("Credit", StringComparison.OrdinalIgnoreCase) ||
            line.Contains("Image", StringComparison.OrdinalIgnoreCase) || line.Contains("Picture", StringComparison.OrdinalIgnoreCase));
}
