using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// "the minister said" after "Egypt's transport minister, Dr. Hesham Abdel-Rahman": the person most recently mentioned
/// whom the article described with that noun (a title before the name, a few words before it, or an appositive after).
/// </summary>
internal static class DescribedSpeakers
{
    // A description refers back a few paragraphs at most; the bound also keeps hostile text linear.
    private const int UnitsBack = 20;
    private const int WordsBefore = 5;
    private const int AppositiveWords = 10;

    /// <summary>The entity index of the described person, or -1 when no earlier person fits.</summary>
    public static int Resolve(ArticleAnalysis analysis, int unitIndex, int beforeToken, string noun)
    {
        for (var u = unitIndex; u >= 0 && unitIndex - u <= UnitsBack; u--)
        {
            var unit = analysis.Units[u];
            var mentions = analysis.MentionsByUnit[u];
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if ((u == unitIndex && m.Start >= beforeToken) || analysis.Builds[m.Entity] is not { Type: EntityType.Person } person)
                {
                    continue;
                }

                // The words before a name describe it only up to the name before it ("Governor A and Mayor B": B is no governor).
                var from = i > 0 ? mentions[i - 1].End : 0;
                foreach (var word in noun.Split(' '))
                {
                    if (HasRole(person, word) || Described(unit, m, word, from))
                    {
                        return m.Entity;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// "the 71-year-old": an age, which articles often give only in the description itself, so when no earlier
    /// "X, 71," fits, it means the person the article was just talking about.
    /// </summary>
    public static bool IsAge(string noun) => noun.Contains("-year-old", StringComparison.Ordinal);

    private static bool HasRole(EntityBuild person, string noun)
    {
        foreach (var role in person.Roles)
        {
            foreach (var word in role.Split(' '))
            {
                if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Described(TextUnit unit, Mention m, string noun, int from)
    {
        var tokens = unit.Tokens;
        var sentence = tokens[m.Start].Sentence;
        for (var k = m.Start - 1; k >= from && m.Start - k <= WordsBefore && tokens[k].Sentence == sentence; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Core(unit.Text) is "to" or "for" or "of" or "with" or "at" or "by")
            {
                // "An aide to Okoye": the noun describes someone else.
                break;
            }

            if (Is(unit, k, noun))
            {
                return true;
            }
        }

        if (m.End >= tokens.Length || NameWords.Punct(unit.Text, tokens[m.End]) != ',')
        {
            return false;
        }

        for (var k = m.End + 1; k < tokens.Length && k - m.End <= AppositiveWords && tokens[k].Sentence == sentence; k++)
        {
            if (NameWords.Punct(unit.Text, tokens[k]) == ',')
            {
                return false;
            }

            if (Is(unit, k, noun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(TextUnit unit, int k, string noun)
    {
        var t = unit.Tokens[k];
        var core = t.Core(unit.Text);
        if (t.Kind == TokenKind.Word)
        {
            return core.Equals(noun, StringComparison.OrdinalIgnoreCase);
        }

        // "Hugo Lemaire, 38," is "the 38-year-old".
        var dash = noun.IndexOf('-');
        return t.Kind == TokenKind.Number && (core.Equals(noun, StringComparison.Ordinal) || (dash > 0 && noun.EndsWith("-year-old", StringComparison.Ordinal) &&
            core.Equals(noun.AsSpan(0, dash), StringComparison.Ordinal)));
    }
}
