using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// "CMOC denied any wrongdoing. ... the company said": the organization that was most recently the subject of a
/// sentence (its first words) and that the noun fits ("the ministry" only a Ministry; "the company" no public body).
/// </summary>
internal static class OrganizationReferents
{
    // "the company said" points back a paragraph or two; the bound also keeps hostile text linear.
    private const int UnitsBack = 3;

    // At most this many mentions are looked at, so one huge paragraph of quotes stays linear.
    private const int MentionsBack = 40;

    // Words of a public body's name: "the company" never means a court, a ministry or a commission.
    private static readonly HashSet<string> PublicBodyWords = new(StringComparer.Ordinal)
    {
        "Ministry", "Court", "Commission", "Department", "Agency", "Council", "Committee", "Parliament", "Assembly",
        "University", "Party", "Federation", "Union", "Government", "Office", "Authority", "Tribunal", "Organization",
        "Organisation", "Police", "Army", "Navy", "Senate", "Congress", "Bureau", "Service",
    };

    /// <summary>The noun given for "it said" and "the statement said": whichever organization last spoke.</summary>
    public const string Statement = "statement";

    /// <summary>Whether "the <paramref name="noun"/> said" may stand for an organization at all.</summary>
    public static bool IsReferent(ReadOnlySpan<char> noun) => IsCompanyNoun(noun) || IsBodyNoun(noun);

    /// <summary>The entity index of the organization meant, or -1.</summary>
    public static int Resolve(ArticleAnalysis analysis, int unitIndex, int beforeToken, string noun)
    {
        var looked = 0;
        for (var u = unitIndex; u >= 0 && unitIndex - u < UnitsBack; u--)
        {
            var unit = analysis.Units[u];
            var mentions = analysis.MentionsByUnit[u];
            for (var i = u == unitIndex ? LastBefore(mentions, beforeToken) : mentions.Count - 1; i >= 0; i--)
            {
                var m = mentions[i];
                if (++looked > MentionsBack)
                {
                    return -1;
                }

                if (analysis.Builds[m.Entity] is not { Type: EntityType.Organization } org ||
                    !((OpensSentence(unit, m) && Fits(org.Canonical, noun)) || IntroducedAs(unit, m, noun)))
                {
                    continue;
                }

                return m.Entity;
            }
        }

        return -1;
    }

    // The last mention starting before the token (mentions are in text order): a binary search, not a walk.
    private static int LastBefore(List<Mention> mentions, int token)
    {
        var (lo, hi) = (0, mentions.Count - 1);
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (mentions[mid].Start < token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static bool IsCompanyNoun(ReadOnlySpan<char> noun) =>
        noun is "company" or "firm" or "group" or "carmaker" or "automaker" or "retailer" or "miner" or "lender" or "insurer" or "airline" or "bank" or "club";

    private static bool IsBodyNoun(ReadOnlySpan<char> noun) =>
        noun is "ministry" or "court" or "commission" or "agency" or "federation" or "party" or "union" or "council" or "fund" or "department" or
        "regulator" or "authority" or "watchdog";

    // "CMOC denied", "The Chamber of Mines warned": the name opens its sentence (perhaps after "The") and a lower-case
    // word follows it there, so it is a subject, not a byline or a credit.
    private static bool OpensSentence(TextUnit unit, Mention m)
    {
        var tokens = unit.Tokens;
        var opens = tokens[m.Start].Has(TokenFlags.SentenceStart) ||
            (m.Start > 0 && tokens[m.Start - 1].Has(TokenFlags.SentenceStart) && tokens[m.Start - 1].Core(unit.Text) is "The");
        return opens && m.End < tokens.Length && tokens[m.End] is { Kind: TokenKind.Word } next && !next.Has(TokenFlags.Capitalized) &&
            next.Sentence == tokens[m.Start].Sentence;
    }

    // "The road agency, Infraestruturas de Portugal, said", "road agency Infraestruturas de Portugal": the article itself
    // gave the organization that noun, so a later "the agency" is it.
    private static bool IntroducedAs(TextUnit unit, Mention m, string noun)
    {
        var tokens = unit.Tokens;
        var k = m.Start - 1;
        if (k >= 1 && tokens[k].Kind == TokenKind.Punct && unit.Text[tokens[k].Start] == ',')
        {
            k--;
        }

        return k >= 0 && tokens[k] is { Kind: TokenKind.Word } t && !t.Has(TokenFlags.Capitalized) && t.Core(unit.Text).SequenceEqual(noun);
    }

    private static bool Fits(string name, string noun)
    {
        var publicBody = false;
        foreach (var word in name.Split(' '))
        {
            if (word.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            publicBody |= PublicBodyWords.Contains(word);
        }

        return IsCompanyNoun(noun) && !publicBody;
    }
}
