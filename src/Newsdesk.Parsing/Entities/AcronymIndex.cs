using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Acronyms of the article's organizations: initials of their names, acronyms in brackets after them, "known as X".</summary>
internal static class AcronymIndex
{
    /// <summary>"INSS" for "Institute for National Security Strategy": initials, or an acronym in brackets after the name.</summary>
    public static Dictionary<string, int> Acronyms(List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var acronyms = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<char> initials = stackalloc char[16];
        var lastOrg = -1;
        var lastOrgUnit = -1;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Single && lastOrg >= 0 && (m.Type == EntityType.Organization || units[m.Unit].Tokens[m.Start].Has(TokenFlags.AllCaps)) &&
                IntroducedAsAcronym(units[m.Unit], m.Start) && (m.Unit == lastOrgUnit || OpensWithDefiniteNoun(units[m.Unit], m.Start)))
            {
                // "The institute, known by its initials INPE", "known as the IFS": the organization just named.
                acronyms.TryAdd(m.Surface, lastOrg);
            }

            if (m.Type != EntityType.Organization || m.Entity < 0 || m.Kind == MentionKind.Single)
            {
                continue;
            }

            lastOrg = m.Entity;
            lastOrgUnit = m.Unit;

            var words = m.Surface.Split(' ');
            if (words.Length is >= 2 and <= 16)
            {
                var n = 0;
                foreach (var w in words)
                {
                    if (w.Length > 0 && char.IsUpper(w[0]))
                    {
                        initials[n++] = w[0];
                    }
                }

                if (n >= 2)
                {
                    acronyms.TryAdd(initials[..n].ToString(), m.Entity);
                }
            }

            var unit = units[m.Unit];
            var t = unit.Tokens;
            // "(INSS)", and a short name in brackets right after the full one: "Chilean Copper Commission (Cochilco)".
            if (m.End + 2 < t.Length && unit.Text[t[m.End].Start] == '(' && t[m.End + 1] is { Kind: TokenKind.Word } inner &&
                inner.Has(TokenFlags.Capitalized) && unit.Text[t[m.End + 2].Start] == ')')
            {
                acronyms.TryAdd(unit.Text.Substring(t[m.End + 1].Start, t[m.End + 1].CoreLength), m.Entity);
            }
        }

        return acronyms;
    }

    // An organization named in an earlier paragraph is only taken up again by "The agency, known as ...": a sentence that opens
    // with "the" and a common noun ("Ukraine's military intelligence agency, known by its initials HUR" introduces a new one).
    private static bool OpensWithDefiniteNoun(TextUnit unit, int start)
    {
        var t = unit.Tokens;
        var k = start;
        while (k > 0 && t[k - 1].Sentence == t[start].Sentence)
        {
            k--;
        }

        return k + 1 < start && NameWords.Is(unit.Text, t[k], "The") && t[k + 1].Kind == TokenKind.Word && !t[k + 1].Has(TokenFlags.Capitalized);
    }

    private static bool IntroducedAsAcronym(TextUnit unit, int start)
    {
        var k = start - 1;
        if (k >= 0 && NameWords.Is(unit.Text, unit.Tokens[k], "the"))
        {
            k--;
        }

        return k >= 0 && unit.Tokens[k].Kind == TokenKind.Word && unit.Tokens[k].Core(unit.Text) is "as" or "initials" or "acronym" or "abbreviation" or "abbreviated";
    }
}
