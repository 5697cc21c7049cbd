using System.Collections.Frozen;

namespace Newsdesk.Parsing.Extraction;

/// <summary>Job titles that trail names in bylines ("Senior Correspondent") and the particles names may contain ("van", "de").</summary>
internal static class Roles
{
    // Job words that never end a name.
    private static readonly string[] RoleWords =
    [
        "correspondent", "reporter", "editor", "writer", "columnist", "contributor", "analyst", "producer",
        "photographer", "journalist", "bureau chief", "staff", "intern",
    ];

    // Words that are also surnames ("Jennifer Senior"): a role only when the token starts with them.
    private static readonly string[] LeadingRoleWords = ["senior", "chief", "special to", "contributing", "host", "anchor", "fellow", "deputy", "associate"];

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "da", "di", "del", "della", "dei", "van", "von", "der", "den", "ter", "te", "al", "el", "bin", "ibn", "binti", "la", "le", "du", "dos", "das", "do", "y", "zu", "ben", "st", "mac", "d'", "o'", "af", "av"],
        StringComparer.Ordinal);

    /// <summary>True when a byline token is a job title, not a name.</summary>
    public static bool IsRole(string token)
    {
        foreach (var word in LeadingRoleWords)
        {
            if (token.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (token.Length == word.Length || token[word.Length] == ' '))
            {
                return true;
            }
        }

        foreach (var word in RoleWords)
        {
            var at = token.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || token[at - 1] == ' ') && (at + word.Length == token.Length || !char.IsLetter(token[at + word.Length]) || token[at + word.Length] == 's'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for lower-case name particles ("van", "de", "al-...").</summary>
    public static bool IsNameParticle(string word) =>
        Particles.Contains(word) || word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal) ||
        word.StartsWith("d'", StringComparison.Ordinal);
}
