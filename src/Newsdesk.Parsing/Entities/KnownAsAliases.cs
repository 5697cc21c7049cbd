using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "The National Water Commission, known as Conagua, said": a lone name no rule placed, after "known as" (or "also known
/// as", "known locally as") and an organization or place named right before the comma, is another name of that entity;
/// an organization after ", formally" is the legal name of the organization before it.
/// </summary>
internal static class KnownAsAliases
{
    /// <summary>Adds each such name to the entity named before it.</summary>
    public static void Merge(List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        Mention? previous = null;
        foreach (var m in mentions)
        {
            if (m is { Entity: < 0, Kind: MentionKind.Single, Type: EntityType.Person } && previous is { Entity: >= 0 } named &&
                named.Unit == m.Unit && named.Type != EntityType.Person && KnownAsBetween(units[m.Unit], named.End, m.Start))
            {
                m.Type = named.Type;
                entities[named.Entity].Add(m, named.Entity);
            }

            else if (m is { Entity: >= 0, Type: EntityType.Organization } && previous is { Entity: >= 0, Type: EntityType.Organization } company &&
                     company.Entity != m.Entity && company.Unit == m.Unit && FormallyBetween(units[m.Unit], company.End, m.Start))
            {
                // "Petrobras, formally Petroleo Brasileiro SA, said": the legal name is the same organization.
                var from = m.Entity;
                foreach (var other in mentions)
                {
                    if (other.Entity == from)
                    {
                        entities[company.Entity].Add(other, company.Entity);
                    }
                }

                entities[from].Clear();
            }

            previous = m;
        }
    }

    // ", formally", ", officially", "(formally".
    private static bool FormallyBetween(TextUnit unit, int from, int to) =>
        to - from == 2 && NameWords.Punct(unit.Text, unit.Tokens[from]) is ',' or '(' &&
        (NameWords.Is(unit.Text, unit.Tokens[from + 1], "formally") || NameWords.Is(unit.Text, unit.Tokens[from + 1], "officially"));

    // ", known as", ", also known as", ", known locally as", "(known as".
    private static bool KnownAsBetween(TextUnit unit, int from, int to)
    {
        var tokens = unit.Tokens;
        var text = unit.Text;
        if (to - from is < 3 or > 5 || NameWords.Punct(text, tokens[from]) is not (',' or '('))
        {
            return false;
        }

        var known = false;
        for (var k = from + 1; k < to - 1; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || tokens[k].Has(TokenFlags.Capitalized))
            {
                return false;
            }

            known |= NameWords.Is(text, tokens[k], "known");
        }

        return known && NameWords.Is(text, tokens[to - 1], "as");
    }
}
