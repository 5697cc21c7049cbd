using System.Text.RegularExpressions;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>
/// Image lines of pasted text: "Photo: caption / Credit", "Picture: caption (Name/Agency)",
/// "Image credit: Name/Outlet", "Caption: ...". The page's picture is gone; its caption and credit remain.
/// </summary>
internal static partial class PhotoLines
{
    [GeneratedRegex(@"^(?<label>(?:photo|image|picture)\s+credits?|credits?|photo(?:graph)?s?|pictures?|images?|caption|pictured)\s*:\s*(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelledLine();

    /// <summary>The image a labelled photo line describes, or null when the line is not one.</summary>
    public static ArticleImage? Parse(string line)
    {
        if (line.Length > 600)
        {
            return null;
        }

        var text = line.Trim();
        if (text.Length > 2 && text[0] is '(' or '[' && text[^1] is ')' or ']')
        {
            text = text[1..^1].Trim(); // "(Photo: X/Y)"
        }

        var match = LabelledLine().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups["label"].Value;
        var rest = match.Groups["rest"].Value.Trim();
        if (label.Contains("credit", StringComparison.OrdinalIgnoreCase))
        {
            return CaptionSplitter.LooksLikeCredit(rest.TrimEnd('.')) ? new ArticleImage(null, null, rest.TrimEnd('.')) : null;
        }

        // "caption / Credit" or "caption | Credit": the credit is the part after the last separator.
        foreach (var separator in (ReadOnlySpan<string>)[" / ", " | ", " — ", " – "])
        {
            var at = rest.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && rest[(at + separator.Length)..].Trim() is var credit && CaptionSplitter.LooksLikeCredit(credit))
            {
                return new ArticleImage(null, rest[..at].Trim(), credit);
            }
        }

        var (caption, found) = CaptionSplitter.Split(rest);
        if (found is null && caption is not null && !TextTools.EndsSentence(caption) && CaptionSplitter.LooksLikeCredit(caption) && TextTools.Words(caption) <= 5)
        {
            // "Photo: Ana Lind/Reuters": only a credit.
            return new ArticleImage(null, null, caption);
        }

        return caption is null && found is null ? null : new ArticleImage(null, caption, found);
    }
}
