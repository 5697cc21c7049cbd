using Newsdesk.Parsing.Extraction;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Text;

/// <summary>
/// The header lines of a plain-text article between the title and the first body paragraph:
/// "By ..." bylines (with an outlet-only line under them), bare "Name | Outlet" bylines, date lines,
/// and "Name | Outlet | date" lines holding both.
/// </summary>
internal sealed class TextHeader
{
    /// <summary>Raw bylines, parsed later by the byline extractor.</summary>
    public List<string> Bylines { get; } = [];

    /// <summary>Authors of bare bylines, already affiliated with their outlet.</summary>
    public List<Author> Authors { get; } = [];

    /// <summary>Publication date candidates, in order.</summary>
    public List<string> Dates { get; } = [];

    /// <summary>Update date candidates (used only without a publication date).</summary>
    public List<string> Updates { get; } = [];

    private bool HasByline => Bylines.Count > 0 || Authors.Count > 0;

    /// <summary>Takes <paramref name="line"/> when it is a header line; <paramref name="hasTitle"/> says whether a title line came first.</summary>
    public bool TryTake(string line, bool hasTitle)
    {
        if (HeaderLines.IsByline(line))
        {
            // "Posted by A on 3 October 2024": the byline and its date.
            var on = line.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase);
            if (on > 0 && DateTextParser.ParseLine(line[(on + 4)..], out var onUpdate) is { } onDate)
            {
                (onUpdate ? Updates : Dates).Add(onDate.ToString());
                line = line[..on];
            }

            // "By A, Valley Times", "By A | Valley Times": names and an outlet the byline parser cannot tell
            // from a surname ("Times", "Herald" are both); under a headline the outlet reading wins.
            if (hasTitle && !HasByline && HeaderLines.BareByline(HeaderLines.WithoutByPrefix(line)) is { } withOutlet)
            {
                Authors.AddRange(withOutlet);
                return true;
            }

            Bylines.Add(line.StartsWith("posted ", StringComparison.OrdinalIgnoreCase) ? line[7..] : line);
            return true;
        }

        // "By A" then "The Coastal Record" on its own line: the byline's outlet.
        if (Bylines.Count > 0 && HeaderLines.IsOutletLine(line))
        {
            Bylines[^1] = $"{Bylines[^1]}, {line}";
            return true;
        }

        if (hasTitle && !HasByline && HeaderLines.BareByline(line) is { } named)
        {
            Authors.AddRange(named);
            return true;
        }

        // "Jane Doe | Valley Times | June 5, 2024": a bare byline and a date in one line.
        var lastCell = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (hasTitle && !HasByline && lastCell > 0 && ParseDateLine(line[(lastCell + 3)..], out var cellIsUpdate) is { } cellDate &&
            HeaderLines.BareByline(line[..lastCell]) is { } namedWithDate)
        {
            Authors.AddRange(namedWithDate);
            (cellIsUpdate ? Updates : Dates).Add(cellDate);
            return true;
        }

        if (ParseDateLine(line, out var isUpdate) is { } date)
        {
            (isUpdate ? Updates : Dates).Add(date);
            return true;
        }

        return false;
    }

    // "04.03.2024 | 18:40", "March 4, 2024 · 10:15": date and time in separate cells of one line.
    private static string? ParseDateLine(string line, out bool isUpdate)
    {
        if (DateTextParser.ParseLine(line, out isUpdate) is { } date)
        {
            return date.ToString();
        }

        if (line.Length <= 80 && (line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" · ", StringComparison.Ordinal) || line.Contains(" • ", StringComparison.Ordinal)))
        {
            var joined = line.Replace(" | ", " ", StringComparison.Ordinal).Replace(" · ", " ", StringComparison.Ordinal).Replace(" • ", " ", StringComparison.Ordinal);
            return DateTextParser.ParseLine(joined, out isUpdate)?.ToString();
        }

        return null;
    }
}
