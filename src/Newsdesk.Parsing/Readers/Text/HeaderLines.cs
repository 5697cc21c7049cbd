using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>Recognises the non-body lines of text layouts: bylines and URL trailers ("Original url:", "Source:").</summary>
internal static partial class HeaderLines
{
    // "Anna Smith for The Moscow Times": a name and an affiliation without "By".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){1,3} for (?:the )?\p{Lu}[\p{L}\p{M}.&' ]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameForOutlet();

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|reporting\s+by):?\s+[\p{Lu}@]", RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"^\s*(?<label>original\s+url|original\s+link|original\s+article|source\s+url|source|url|link|permalink|canonical(?:\s+url)?|originally\s+published\s+(?:at|on)|read\s+(?:more|the\s+original)\s+at)\s*:\s*(?<url><?(?:https?://|www\.)\S+?>?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailerRegex();

    [GeneratedRegex(@"^\s*(?<label>original\s+url|original\s+link|original\s+article|source\s+url|canonical(?:\s+url)?|originally\s+published\s+(?:at|on)|read\s+(?:more|the\s+original)\s+at)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailerLabelRegex();

    [GeneratedRegex(@"^<?(?<url>(?:https?://|www\.)[^\s<>]+)>?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareUrlRegex();

    /// <summary>True for a short line that starts like a byline ("By ...", "Written by ...").</summary>
    public static bool IsByline(string line) =>
        line.Length <= 250 && (BylineStart().IsMatch(line) || NameForOutlet().IsMatch(line)) && !line.EndsWith('?') && TextTools.Words(line) <= 30 &&
        (!line.EndsWith('.') || TextTools.Words(line) <= 6);

    /// <summary>
    /// A URL trailer line: <paramref name="isCanonical"/> says whether it declares the canonical URL;
    /// <paramref name="url"/> is null when the URL follows on the next line.
    /// </summary>
    public static bool IsTrailer(string line, out string? url, out bool isCanonical)
    {
        url = null;
        isCanonical = false;
        if (line.Length > 2100)
        {
            return false;
        }

        var match = TrailerRegex().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].ValueSpan;
        isCanonical = label.StartsWith("canonical", StringComparison.OrdinalIgnoreCase);
        url = match.Groups["url"].Success ? match.Groups["url"].Value.Trim('<', '>') : null;
        return true;
    }

    /// <summary>True when the line starts with a trailer label ("Original article: ...") whatever follows it.</summary>
    public static bool IsTrailerLabel(string line, out bool isCanonical)
    {
        isCanonical = false;
        if (line.Length > 400)
        {
            return false;
        }

        var match = TrailerLabelRegex().Match(line);
        isCanonical = match.Success && match.Groups["label"].ValueSpan.StartsWith("canonical", StringComparison.OrdinalIgnoreCase);
        return match.Success;
    }

    /// <summary>The URL when the whole line is one URL (optionally in angle brackets).</summary>
    public static string? BareUrl(string line)
    {
        if (line.Length > 2100)
        {
            return null;
        }

        var match = BareUrlRegex().Match(line.Trim());
        return match.Success ? match.Groups["url"].Value : null;
    }
}
