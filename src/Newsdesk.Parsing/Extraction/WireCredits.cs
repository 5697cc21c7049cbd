using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// Wire-service credit lines: "Reporting by A and B in City; Additional reporting by C; Writing by D;
/// Editing by E and F". Reporters and writers are authors; editors, producers and graphics are not.
/// </summary>
internal static partial class WireCredits
{
    [GeneratedRegex(@"^[(\[]?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|written|compiled|editing|edited|produced|production|research|graphics|fact[- ]checking|translation|translated|photos?)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"(?:[;.]|,|\band\b)\s*(?=(?:(?:additional|further)\s+)?(?:reporting|writing|written|compiled|editing|edited|produced|production|research|graphics|fact[- ]checking|translation|translated|photos?)\s+by\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSeparator();

    [GeneratedRegex(@"^\s*(?<role>(?:(?:additional|further)\s+)?[\w-]+)\s+by\s+(?<names>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\s+in\s+\p{Lu}[\p{L}\p{M}'’.\- ]*?(?=\s*(?:,|\band\b|&|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Location();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|,\s*)", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    /// <summary>True when the text is a credit line ("Reporting by ...", "(Editing by ...)").</summary>
    public static bool IsCreditLine(string text) => text.Length <= 600 && CreditStart().IsMatch(text);

    /// <summary>The cleaned names of the reporters and writers the credit line names, in order.</summary>
    public static List<string> Reporters(string text)
    {
        var names = new List<string>();
        var body = text.Trim().TrimStart('(', '[').TrimEnd(')', ']', '.', ' ');
        foreach (var clauseText in ClauseSeparator().Split(body))
        {
            var clause = Clause().Match(clauseText);
            if (!clause.Success || !IsAuthorRole(clause.Groups["role"].ValueSpan))
            {
                continue;
            }

            var list = Location().Replace(clause.Groups["names"].Value, "");
            foreach (var raw in NameSeparator().Split(list))
            {
                if (BylineParser.CleanName(raw.Trim().TrimEnd(')', ']', '.', ';')) is { } name &&
                    !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool IsAuthorRole(ReadOnlySpan<char> role)
    {
        var lastSpace = role.LastIndexOf(' ');
        var word = lastSpace < 0 ? role : role[(lastSpace + 1)..];
        return word.Equals("reporting", StringComparison.OrdinalIgnoreCase) || word.Equals("writing", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("written", StringComparison.OrdinalIgnoreCase) || word.Equals("compiled", StringComparison.OrdinalIgnoreCase);
    }
}
