using System.Text.RegularExpressions;

namespace Newsdesk.Parsing.Extraction;

/// <summary>
/// End-of-story contributor notes that are not body text: AP's "Moreno reported from Monterrey. Associated
/// Press writer Luis Ortega contributed to this report." and Bloomberg's "--With assistance from Sarah Kim."
/// Each sentence of the paragraph must be such a note; the names in it are not authors (the byline names those).
/// </summary>
internal static partial class ContributorNotes
{
    // "Moreno reported from Monterrey.", "Chen and Lee reported from Seoul and Tokyo."
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*,?){0,6}\s+(?:reported|wrote)\s+(?:this\s+story\s+)?from\s+\p{Lu}[^.]{0,80}\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReportedFrom();

    // "... contributed to this report.", "... contributed reporting."
    [GeneratedRegex(@"\bcontributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Contributed();

    // "--With assistance from Sarah Kim." (Bloomberg), "— With reporting by ..."
    [GeneratedRegex(@"^(?:-{1,2}|—|–)\s*With\s+(?:assistance|reporting|help)\s+(?:from|by)\s+\p{Lu}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithAssistance();

    [GeneratedRegex(@"(?<=\.)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>True when every sentence of <paramref name="paragraph"/> is a contributor note.</summary>
    public static bool IsNote(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length is < 10 or > 500)
        {
            return false;
        }

        if (WithAssistance().IsMatch(text))
        {
            return true;
        }

        foreach (var sentence in SentenceBreak().Split(text))
        {
            // A sentence with a quotation is reporting, not a credit.
            if (sentence.IndexOfAny(['"', '“', '”']) >= 0 || sentence.Length > 200 ||
                !(ReportedFrom().IsMatch(sentence) || Contributed().IsMatch(sentence)))
            {
                return false;
            }
        }

        return true;
    }
}
