using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// A one-word organization that the article writes as a place ("the Amazon rainforest", then "in the Amazon"): the
/// river or forest, not the company, for every mention of the article. A company cue nearby keeps the organization.
/// </summary>
internal static class OrganizationPlaces
{
    /// <summary>Turns such organizations into places, moving their mentions (two passes over the mentions).</summary>
    public static void Convert(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var count = entities.Count;
        Dictionary<int, (bool Geographic, bool Company)>? context = null;
        foreach (var m in mentions)
        {
            if (m.Entity < 0 || m.Entity >= count || entities[m.Entity] is not { Type: EntityType.Organization } org || org.Canonical.Contains(' '))
            {
                continue;
            }

            context ??= [];
            var unit = units[m.Unit];
            var seen = context.GetValueOrDefault(m.Entity);
            context[m.Entity] = (seen.Geographic || IsGeographic(gaz, unit, m), seen.Company || IsCompany(gaz, unit, m));
        }

        if (context is null)
        {
            return;
        }

        var places = new Dictionary<int, int>();
        foreach (var (index, (geographic, company)) in context)
        {
            if (geographic && !company)
            {
                places[index] = entities.Count;
                entities.Add(new EntityBuild(EntityType.Place, entities[index].Canonical, null));
            }
        }

        foreach (var m in mentions)
        {
            if (m.Entity >= 0 && places.TryGetValue(m.Entity, out var place))
            {
                m.Type = EntityType.Place;
                entities[place].Add(m, place);
            }
        }

        foreach (var index in places.Keys)
        {
            entities[index].Clear();
        }
    }

    // "Amazon rainforest", "in the Amazon", "south of the Amazon".
    private static bool IsGeographic(Gazetteer gaz, TextUnit unit, Mention m)
    {
        var tokens = unit.Tokens;
        if (m.End - m.Start != 1 || tokens[m.Start].Has(TokenFlags.AllCaps))
        {
            // "the North Atlantic Treaty Organization" is not "the Amazon"; acronyms are never rivers.
            return false;
        }

        // Only a geographic noun right after is evidence: "in the Kremlin", "of the Taliban" are organizations too.
        // "Congress state president", "the Amazon district office": the geographic noun belongs to the organization's branch.
        return m.End < tokens.Length && tokens[m.End] is { Kind: TokenKind.Word } next && !next.Has(TokenFlags.Capitalized) &&
            !tokens[m.End - 1].Has(TokenFlags.Possessive) && gaz.GeoNouns.Contains(next.Core(unit.Text)) &&
            !(m.End + 1 < tokens.Length && tokens[m.End + 1] is { Kind: TokenKind.Word } after && gaz.OrgUnitNouns.Contains(after.Core(unit.Text)));
    }

    // "Amazon, the company", "shares of Amazon", "Amazon Inc", "Amazon said".
    private static bool IsCompany(Gazetteer gaz, TextUnit unit, Mention m)
    {
        var tokens = unit.Tokens;
        if (m.End < tokens.Length && tokens[m.End] is { Kind: TokenKind.Word } next &&
            (gaz.OrgCueLookup.ContainsKey(next.Core(unit.Text)) || NameWords.IsReportingVerb(gaz, unit.Text, next, out _) ||
             gaz.CompanyCues.Contains(next.Core(unit.Text))))
        {
            return true;
        }

        return m.Start >= 2 && (NameWords.Is(unit.Text, tokens[m.Start - 1], "of") || NameWords.Is(unit.Text, tokens[m.Start - 1], "in")) &&
            tokens[m.Start - 2].Core(unit.Text).Equals("shares", StringComparison.OrdinalIgnoreCase);
    }
}
