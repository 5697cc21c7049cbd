using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "The National Water Commission, known as Conagua, said": a lone name no rule placed, after "known as" (or "also known
/// as", "known locally as") and an organization or place named right before the comma, is another name of that entity.
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

            previous = m;
        }
    }

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
