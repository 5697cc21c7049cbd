using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>Recognises the non-body lines of text layouts: bylines and URL trailers ("Original url:", "Source:").</summary>
internal static partial class HeaderLines
{
    // "Anna Smith for The Moscow Times": a name and an affiliation without "By".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){1,3} for (?:the )?\p{Lu}[\p{L}\p{M}.&' ]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameForOutlet();

    // "Claire Dubois | Le Quotidien", "Sipho Ndlovu, Highveld Times", "Ana Lima and Rui Sá — Diário Sul": names, then an outlet.
    [GeneratedRegex(@"^(?<names>\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){1,2}(?:(?:, | and | & )\p{Lu}[\p{L}\p{M}'’.\-]+(?: \p{Lu}[\p{L}\p{M}'’.\-]+){1,2}){0,3}) ?(?<sep>\||,|—|–) ?(?<outlet>(?:the )?\p{Lu}[\p{L}\p{M}\d.&'’\-]*(?: (?:\p{Lu}[\p{L}\p{M}\d.&'’\-]*|of|de|du|des|la|le|el|der|die|and|&)){0,5})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NamesThenOutlet();

    // Last words of outlet names (beside those Organizations knows): a "Name Name, Place" line is not a byline.
    private static readonly string[] OutletWords =
    [
        "Times", "Post", "Herald", "Journal", "Tribune", "Daily", "Gazette", "Observer", "Chronicle", "Courier", "Mail", "Express", "Telegraph",
        "Guardian", "Standard", "Star", "Sun", "Independent", "Monitor", "Review", "Record", "Bulletin", "Weekly", "Magazine", "Dispatch", "Register",
        "Examiner", "Inquirer", "Mirror", "Leader", "Voice", "Insider", "Report", "Online", "Today", "Globe", "Nation", "Citizen", "Sentinel",
    ];

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|reporting\s+by|posted\s+by):?\s+[\p{Lu}@]", RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"^(?i:by|written\s+by|words\s+by|story\s+by|reporting\s+by|posted\s+by):?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    /// <summary>The byline without its "By"/"Written by"/"Posted by" label.</summary>
    public static string WithoutByPrefix(string line) => ByPrefix().Replace(line, "", 1);

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
    /// A byline without "By" right under a headline: its authors, each affiliated with the outlet.
    /// "Name | Outlet" always; "Name, Outlet" only when the outlet reads like one (a place after a
    /// comma is not an outlet). Null otherwise.
    /// </summary>
    public static List<Model.Author>? BareByline(string line)
    {
        if (line.Length > 200 || TextTools.EndsSentence(line))
        {
            return null;
        }

        var match = NamesThenOutlet().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var outlet = match.Groups["outlet"].Value;
        var lastWord = outlet[(outlet.LastIndexOf(' ') + 1)..];
        if (Extraction.Roles.IsRole(outlet))
        {
            return null; // "Jane Doe | Staff Writer": a job title, not an outlet.
        }

        var isPipe = match.Groups["sep"].Value == "|";
        if (!isPipe && !Extraction.Organizations.IsOrganization(outlet) && !OutletWords.Contains(lastWord, StringComparer.Ordinal))
        {
            return null;
        }

        var names = match.Groups["names"].Value.Split([", ", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Select(name => new Model.Author(name, outlet)).ToList();
    }

    /// <summary>True for a short line that only names an outlet or agency ("The Coastal Record", "Reuters").</summary>
    public static bool IsOutletLine(string line)
    {
        if (line.Length > 60 || TextTools.EndsSentence(line) || line.Contains(',') || !char.IsUpper(line[0]) || TextTools.Words(line) > 6)
        {
            return false;
        }

        var lastWord = line[(line.LastIndexOf(' ') + 1)..];
        return Extraction.Organizations.IsOrganization(line) || (line.Contains(' ') && OutletWords.Contains(lastWord, StringComparer.Ordinal));
    }

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
