using System.Text.RegularExpressions;
using Newsdesk.Parsing.Extraction;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>
/// The header lines an unmarked template prints at the top of the article container, above the story: the date
/// ("14 October 2025, 11:40"), the headline again, the author ("Author: Jane Doe", "By Jane Doe"). They are not body
/// text, and on pages without metadata they are the only date and byline there are.
/// </summary>
internal static partial class BodyHeaderLines
{
    private const int MaxDateLineChars = 48;
    private const int MaxAuthorLineChars = 80;

    // A block's header lines are its first few; a block of 500,000 <br>-separated lines is not read line by line.
    private const int MaxHeaderLines = 6;

    /// <summary>The block without its header lines (null when nothing is left), and the bylines and dates those lines gave.</summary>
    public static (BodyBlock? Remainder, List<string> Bylines, List<string> Dates) Strip(BodyBlock block, string? title)
    {
        var bylines = new List<string>();
        var dates = new List<string>();
        if (block.IsHeading)
        {
            return (block, bylines, dates);
        }

        var lines = block.Text.Split('\n', MaxHeaderLines + 1);
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (i == MaxHeaderLines)
            {
                kept.Add(line); // The rest of a long block, unsplit: header lines come first.
                continue;
            }

            var text = line.Trim();
            if (title is not null && string.Equals(text, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (text.Length <= MaxAuthorLineChars && AuthorLine().Match(text) is { Success: true } author)
            {
                bylines.Add("By " + author.Groups["names"].Value);
                continue;
            }

            if (NameAndDate(text) is { } nameAndDate)
            {
                bylines.Add("By " + nameAndDate.Name);
                dates.Add(nameAndDate.Date);
                continue;
            }

            if (IsDateLine(text) || BodyFilter.IsPostedLine(new BodyBlock(text, false, 0)) || IsMetaRemnant(text))
            {
                dates.Add(text);
                continue;
            }

            kept.Add(line);
        }

        if (kept.Count == 0)
        {
            return (null, bylines, dates);
        }

        return (kept.Count == lines.Length ? block : block with { Text = string.Join('\n', kept).Trim() }, bylines, dates);
    }

    /// <summary>"Jane Doe · December 1, 2025", "By Jane Doe | 12.03.2025": a name part and a date part, nothing else.</summary>
    private static (string Name, string Date)? NameAndDate(string text)
    {
        if (text.Length > MaxAuthorLineChars)
        {
            return null;
        }

        var parts = text.Split(['·', '|', '•', '–', '—'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        foreach (var (name, date) in new[] { (parts[0], parts[1]), (parts[1], parts[0]) })
        {
            if (IsDateLine(date) && (AuthorLine().Match(name) is { Success: true } labelled ? labelled.Groups["names"].Value : BareName().IsMatch(name) ? name : null) is { } names)
            {
                return (names, date);
            }
        }

        return null;
    }

    /// <summary>What is left of a meta line whose marked parts were left out: "PTI |", "Reuters ·".</summary>
    private static bool IsMetaRemnant(string text) => text.Length is > 0 and <= 40 && text[^1] is '|' or '·' or '•' or '/';

    /// <summary>A short line that is a date and little else ("14 October 2025, 11:40", "30.09.2025 | 19:05").</summary>
    private static bool IsDateLine(string text) =>
        text.Length is > 0 and <= MaxDateLineChars && !text.EndsWith('.') && text.Count(char.IsLetter) <= 12 && DateTextParser.Find(text) is not null;

    // "Author: Jane Doe", "Autor: Ana Ruiz", "By Jane Doe and John Roe": a label, then capitalised name words to the end of the line.
    // Two to four capitalised name words ("Akosua Boateng-Reyes", "Ana de la Cruz" keeps its particles out: three words at most lower-case-free).
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareName();

    [GeneratedRegex(@"^(?:(?i:author|autor|auteur|autore|verfasser|text|texto|written by)\s*:|(?i:by|por|par|von|written by))\s+(?<names>\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?i:and|y|et|und|e)\s+)?\p{Lu}[\p{L}'’.-]+){0,5})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();
}
