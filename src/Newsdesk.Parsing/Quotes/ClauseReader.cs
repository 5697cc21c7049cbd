using Newsdesk.Parsing.Entities;
using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Quotes;

/// <summary>
/// Reads reporting clauses around a position: the subject of a reporting verb ("Tikhonov said",
/// "X, a professor at Y, told AFP", "said Leif-Eric Easley", "he said", "and said"), and
/// "according to X". Every look is bounded to a small window, so hostile text stays linear.
/// </summary>
internal sealed class ClauseReader(Gazetteer gaz)
{
    /// <summary>Most tokens looked at around one quotation.</summary>
    public const int Window = 60;

    /// <summary>The subject of the reporting verb at <paramref name="v"/>, not looking before <paramref name="lowerBound"/>.</summary>
    public Subject SubjectBefore(TextUnit unit, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int v, int lowerBound)
    {
        var tokens = unit.Tokens;
        var text = unit.Text;
        var k = v - 1;
        while (k >= lowerBound && IsAuxiliary(text, tokens[k]))
        {
            k--;
        }

        if (k < lowerBound)
        {
            return Subject.None;
        }

        if (NameWords.Punct(text, tokens[k]) == ')' && k - 2 >= lowerBound && NameWords.Punct(text, tokens[k - 2]) == '(' &&
            mentions.EndingAt(k - 1) is { } acronym && builds[acronym.Entity].Type == EntityType.Organization)
        {
            // "The Committee to Protect Journalists (CPJ) called": the acronym stands for the name before it.
            return Named(builds, acronym);
        }

        k = SkipParenthesis(text, tokens, k, lowerBound);
        if (k < lowerBound)
        {
            return Subject.None;
        }

        if (NameWords.Punct(text, tokens[k]) == ',' && mentions.EndingAt(k - 1) is { } beforeComma &&
            builds[beforeComma.Entity].Type == EntityType.Person)
        {
            // "Another passenger, retired fisherman Peter Angove, said".
            return Named(builds, beforeComma);
        }

        if (tokens[k].Kind == TokenKind.Word && tokens[k].Core(text) is "who" && k >= 2 && NameWords.Punct(text, tokens[k - 1]) == ',' &&
            mentions.EndingAt(k - 2) is { } relative)
        {
            // "Shavkat Mirziyoyev, who called it".
            return Named(builds, relative);
        }

        if (NameWords.Punct(text, tokens[k]) == ',' && RelativeClauseOwner(text, tokens, mentions, builds, k, lowerBound) is { } owner0)
        {
            // "Roskomnadzor, which has already blocked Facebook, Instagram and X, said": commas inside the relative clause.
            return Named(builds, owner0);
        }

        if (NameWords.Punct(text, tokens[k]) == ',')
        {
            // "X, a research fellow at Y, told AFP": skip back over the appositive.
            var j = k - 1;
            while (j >= lowerBound && k - j < 30 && NameWords.Punct(text, tokens[j]) != ',')
            {
                j--;
            }

            if (j >= lowerBound && mentions.EndingAt(k - 1) is { } named && named.Start == j + 1)
            {
                // "the union's president, Nick Daniels, said": the name is the appositive.
                return Named(builds, named);
            }

            if (j < lowerBound || NameWords.Punct(text, tokens[j]) != ',' || tokens[j + 1].Has(TokenFlags.Capitalized))
            {
                return Subject.None;
            }

            if (j - 3 >= lowerBound && NameWords.Punct(text, tokens[j - 1]) == ')' && NameWords.Punct(text, tokens[j - 3]) == '(' &&
                mentions.EndingAt(j - 2) is { } shortName && builds[shortName.Entity].Type == EntityType.Organization)
            {
                // "The Committee to Protect Journalists (CPJ), a press freedom group, called".
                return Named(builds, shortName);
            }

            k = j >= lowerBound + 1 ? SkipParenthesis(text, tokens, j - 1, lowerBound) : j - 1;
            if (k - 1 >= lowerBound && tokens[k].Kind == TokenKind.Number && NameWords.Punct(text, tokens[k - 1]) == ',')
            {
                // "Priya Raghavan, 41, head of marine at X, said": an age between the name and the appositive.
                k -= 2;
            }

            if (k < lowerBound)
            {
                return Subject.None;
            }
        }

        if (mentions.EndingAt(k) is { Start: >= 2 } home && builds[home.Entity].Type == EntityType.Place &&
            tokens[home.Start - 1].Core(text) is "of" or "from" && mentions.EndingAt(home.Start - 2) is { } resident &&
            builds[resident.Entity].Type == EntityType.Person)
        {
            // "Rep. Rosa DeLauro of Connecticut, the top Democrat on ..., called": the person, not the state.
            return Named(builds, resident);
        }

        if (k > lowerBound && tokens[k] is { Kind: TokenKind.Word } head && !head.Has(TokenFlags.Capitalized) &&
            OrganizationReferents.IsReferent(head.Core(text)) && mentions.EndingAt(k - 1) is { } owner &&
            builds[owner.Entity].Type == EntityType.Organization)
        {
            // "The Europe Container Terminals group said": the name before the organization noun speaks.
            return Named(builds, owner);
        }

        if (OwningOrganization(unit, mentions, builds, k, lowerBound) is { } body)
        {
            // "FIDE's fair play commission said": the organization speaks through its body.
            return Named(builds, body);
        }

        if (mentions.EndingAt(k) is { } m)
        {
            // "A spokesman for Ruiz said", "a lawyer for Helix said": the person noun speaks, not the name after "for".
            return m.Start >= 2 && tokens[m.Start - 1].Core(text) is "for" or "to" && IsPersonNoun(text, tokens[m.Start - 2])
                ? new Subject(SubjectKind.Unnamed, Noun: tokens[m.Start - 2].Core(text).ToString())
                : Named(builds, m);
        }

        if (DescribedBy(unit, k, lowerBound) is { } noun)
        {
            return new Subject(SubjectKind.Description, Noun: noun);
        }

        var t = tokens[k];
        if (t.Kind != TokenKind.Word)
        {
            return Subject.None;
        }

        var word = t.Core(text);
        if (IsPersonalPronoun(word))
        {
            return new Subject(SubjectKind.Pronoun);
        }

        if (word is "and" or "but")
        {
            return new Subject(SubjectKind.Coordinated);
        }

        if (word is "it" || (word is "statement" && k > 0 && tokens[k - 1].Core(text) is "the" or "The" or "its" or "Its"))
        {
            // "\"...,\" it said", "the statement said": the organization that last spoke, never a person.
            return new Subject(SubjectKind.OrganizationNoun, Noun: OrganizationReferents.Statement);
        }

        if (k > 0 && tokens[k - 1].Core(text) is "the" or "The" && OrganizationReferents.IsReferent(word))
        {
            // "the company said in a statement": the organization the article was talking about.
            return new Subject(SubjectKind.OrganizationNoun, Noun: word.ToString());
        }

        // "A spokesman said": someone unnamed spoke, whom a later "he said" means.
        return IsPersonNoun(text, t) ? new Subject(SubjectKind.Unnamed, Noun: word.ToString()) : new Subject(SubjectKind.Unnamed);
    }

    /// <summary>The name before ", which" / ", who" opening the clause that the comma at <paramref name="k"/> closes (up to 30 tokens back).</summary>
    private static Mention? RelativeClauseOwner(string text, Token[] tokens, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int k, int lowerBound)
    {
        for (var j = k - 1; j - 2 >= lowerBound && k - j < 30; j--)
        {
            if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (tokens[j].Kind == TokenKind.Word && tokens[j].Core(text) is "which" or "who" && NameWords.Punct(text, tokens[j - 1]) == ',')
            {
                return mentions.EndingAt(j - 2) is { } owner && builds[owner.Entity].Type != EntityType.Place ? owner : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "the UK Health Security Agency (UKHSA) said", "The Committee to Protect Journalists (CPJ), a ... group, called": a short
    /// parenthesis (an acronym, a ticker) ending at <paramref name="k"/> is skipped; the position before it is returned.
    /// </summary>
    private static int SkipParenthesis(string text, Token[] tokens, int k, int lowerBound)
    {
        if (k < lowerBound || NameWords.Punct(text, tokens[k]) != ')')
        {
            return k;
        }

        for (var j = k - 1; j >= lowerBound && k - j <= 4; j--)
        {
            if (NameWords.Punct(text, tokens[j]) == '(')
            {
                return j - 1;
            }
        }

        return k;
    }

    /// <summary>"FIDE's fair play commission": an organization's possessive, up to two lower-case words, and an organization noun at <paramref name="k"/>.</summary>
    private static Mention? OwningOrganization(TextUnit unit, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int k, int lowerBound)
    {
        var tokens = unit.Tokens;
        if (tokens[k] is not { Kind: TokenKind.Word } noun || noun.Has(TokenFlags.Capitalized) || !OrganizationReferents.IsReferent(noun.Core(unit.Text)))
        {
            return null;
        }

        for (var j = k - 1; j >= lowerBound && k - j <= 3; j--)
        {
            if (mentions.EndingAt(j) is { } m)
            {
                return tokens[j].Has(TokenFlags.Possessive) && builds[m.Entity].Type == EntityType.Organization ? m : null;
            }

            if (tokens[j] is not { Kind: TokenKind.Word } w || w.Has(TokenFlags.Capitalized))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"said X", "said Russian President X", "said he".</summary>
    public Subject SubjectAfterVerb(TextUnit unit, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int v)
    {
        var tokens = unit.Tokens;
        for (var j = v + 1; j < tokens.Length && j <= v + 8; j++)
        {
            if (mentions.StartingAt(j) is { } m)
            {
                if (builds[m.Entity].Type == EntityType.Place)
                {
                    // "said Barbados Prime Minister Mia Mottley": a country before the title.
                    j = m.End - 1;
                    continue;
                }

                return builds[m.Entity].Type == EntityType.Organization && PersonAfterOrganization(unit, mentions, builds, m.End) is { } person
                    ? Named(builds, person)
                    : Named(builds, m);
            }

            var t = tokens[j];
            if (t.Kind != TokenKind.Word && NameWords.Punct(unit.Text, t) != ',')
            {
                break;
            }

            if (IsPersonalPronoun(t.Core(unit.Text)))
            {
                return new Subject(SubjectKind.Pronoun);
            }

            if (DescribedBy(unit, j, v + 1) is { } noun)
            {
                return new Subject(SubjectKind.Description, Noun: noun);
            }
        }

        return new Subject(SubjectKind.Unnamed);
    }

    /// <summary>"said COCOBOD chief executive Randy Abbey": a person after the organization and a lower-case title.</summary>
    private static Mention? PersonAfterOrganization(TextUnit unit, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int k)
    {
        var tokens = unit.Tokens;
        for (var j = k; j < tokens.Length && j <= k + 4 && tokens[j].Kind == TokenKind.Word; j++)
        {
            if (mentions.StartingAt(j) is { } m)
            {
                return j > k && builds[m.Entity].Type == EntityType.Person ? m : null;
            }

            if (tokens[j].Has(TokenFlags.Possessive))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"according to X" starting at <paramref name="k"/>.</summary>
    public Subject AccordingTo(TextUnit unit, UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int k)
    {
        var tokens = unit.Tokens;
        if (k + 2 >= tokens.Length || !NameWords.Is(unit.Text, tokens[k], "according") || !NameWords.Is(unit.Text, tokens[k + 1], "to"))
        {
            return Subject.None;
        }

        return SubjectAfterVerb(unit, mentions, builds, k + 1);
    }

    /// <summary>The first person named in the sentence between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static Subject FirstPerson(UnitMentions mentions, IReadOnlyList<EntityBuild> builds, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (mentions.StartingAt(k) is { } m && builds[m.Entity].Type == EntityType.Person)
            {
                return new Subject(SubjectKind.Entity, m.Entity);
            }
        }

        return Subject.None;
    }

    /// <summary>
    /// "the minister", "the transport minister", "the former governor": a lower-case person noun at <paramref name="k"/> after
    /// "the" (up to two lower-case words between), and no name right after it; returns the noun.
    /// </summary>
    public string? DescribedBy(TextUnit unit, int k, int lowerBound)
    {
        var tokens = unit.Tokens;
        var text = unit.Text;
        if (!IsDescribingNoun(text, tokens[k]) || (k + 1 < tokens.Length && tokens[k + 1] is { Kind: TokenKind.Word } next && next.Has(TokenFlags.Capitalized)))
        {
            return null;
        }

        string? age = null;
        for (var j = k - 1; j >= lowerBound && k - j <= 3; j--)
        {
            if (tokens[j] is { Kind: TokenKind.Number } number && j < k && number.Core(text).EndsWith("-year-old", StringComparison.Ordinal))
            {
                // "the 58-year-old farmer": the age describes the person too.
                age = number.Core(text).ToString();
                continue;
            }

            if (tokens[j] is not { Kind: TokenKind.Word } w || w.Has(TokenFlags.Possessive) || IsVerb(unit, j, out _))
            {
                return null;
            }

            if (w.Core(text) is "the" or "The")
            {
                return age is null || k == j + 1 ? tokens[k].Core(text).ToString() : age + " " + tokens[k].Core(text).ToString();
            }

            // "the Brazilian striker": a demonym may stand between "the" and the noun; other capitalised words may not.
            if (w.Has(TokenFlags.Capitalized) && !gaz.DemonymLookup.Contains(w.Core(text)))
            {
                return null;
            }
        }

        return null;
    }

    private bool IsPersonNoun(string text, in Token t) => t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized) && gaz.PersonCues.Contains(t.Core(text));

    // "the minister", "the Brazilian", "the 23-year-old".
    private bool IsDescribingNoun(string text, in Token t)
    {
        var core = t.Core(text);
        return t.Kind switch
        {
            TokenKind.Word when !t.Has(TokenFlags.Capitalized) => gaz.PersonCues.Contains(core),
            TokenKind.Word => gaz.DemonymLookup.Contains(core) && !t.Has(TokenFlags.Possessive),
            TokenKind.Number => core.EndsWith("-year-old", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Whether the token is a reporting verb.</summary>
    public bool IsVerb(TextUnit unit, int k, out bool participle) => NameWords.IsReportingVerb(gaz, unit.Text, unit.Tokens[k], out participle);

    private static Subject Named(IReadOnlyList<EntityBuild> builds, Mention m) =>
        builds[m.Entity].Type == EntityType.Place ? new Subject(SubjectKind.Unnamed) : new Subject(SubjectKind.Entity, m.Entity);

    private static bool IsPersonalPronoun(ReadOnlySpan<char> w) => w is "he" or "He" or "she" or "She";

    private static bool IsAuxiliary(string text, in Token t)
    {
        if (t.Kind != TokenKind.Word || t.Has(TokenFlags.Capitalized))
        {
            return false;
        }

        var w = t.Core(text);
        return w is "also" or "then" or "later" or "has" or "had" or "have" or "would" or "will" or "could" or "may" or "might"
            or "once" or "again" or "further" or "separately" or "earlier" or "previously" or "was" or "is" or "were" or "not"
            or "never" or "often" or "had" or "recently" or "subsequently" or "initially" or "first" or "last" or "too" or "even"
            || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal));
    }
}
