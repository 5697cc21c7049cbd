using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// A city the article writes as a team ("Lyon midfielder Karim Benali", "Lyon, who face Paris Saint-Germain"): the club,
/// for every mention, unless some mention is plainly the city ("in Lyon"). It joins the article's club whose name holds a
/// word built on the city's ("Olympique Lyonnais") when exactly one does.
/// </summary>
internal static class PlaceClubs
{
    /// <summary>Turns such cities into organizations (two passes over the mentions).</summary>
    public static void Convert(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var count = entities.Count;
        Dictionary<int, (bool Club, bool City)>? seen = null;
        foreach (var m in mentions)
        {
            if (m.Entity < 0 || m.Entity >= count || entities[m.Entity] is not { Type: EntityType.Place, CountryCode: null } place || place.Canonical.Contains(' '))
            {
                continue;
            }

            seen ??= [];
            var unit = units[m.Unit];
            var (club, city) = seen.GetValueOrDefault(m.Entity);
            seen[m.Entity] = (club || IsClub(gaz, unit, m), city || IsCity(unit, m));
        }

        if (seen is null)
        {
            return;
        }

        foreach (var (index, (club, city)) in seen)
        {
            if (!club || city)
            {
                continue;
            }

            var target = NamedAfter(entities, entities[index].Canonical, count);
            if (target < 0)
            {
                target = entities.Count;
                entities.Add(new EntityBuild(EntityType.Organization, entities[index].Canonical, null));
            }

            foreach (var m in mentions)
            {
                if (m.Entity == index)
                {
                    m.Type = EntityType.Organization;
                    entities[target].Add(m, target);
                }
            }

            entities[index].Clear();
        }
    }

    // "Lyon midfielder", "Lyon, who face ...": a role of a team, or a sentence-opening team that acts.
    private static bool IsClub(Gazetteer gaz, TextUnit unit, Mention m)
    {
        var tokens = unit.Tokens;
        if (m.End >= tokens.Length || tokens[m.End - 1].Has(TokenFlags.Possessive))
        {
            return false;
        }

        var next = m.End;
        if (tokens[next].Kind == TokenKind.Word && gaz.ClubRoles.Contains(tokens[next].Core(unit.Text)))
        {
            return true;
        }

        if (NameWords.Punct(unit.Text, tokens[next]) == ',')
        {
            next++;
        }

        // Only as the sentence's subject: "Rep. Jim Jordan of Ohio, who chairs ..." is about the person.
        return next < tokens.Length && NameWords.Is(unit.Text, tokens[next], "who") && tokens[m.Start].Has(TokenFlags.SentenceStart);
    }

    // "in Lyon", "near Lyon", "outside Lyon": the city itself.
    private static bool IsCity(TextUnit unit, Mention m) =>
        m.Start > 0 && unit.Tokens[m.Start - 1] is { Kind: TokenKind.Word } before &&
        before.Core(unit.Text) is "in" or "near" or "outside" or "around" or "across" or "at";

    // "Olympique Lyonnais" for "Lyon": the one multi-word organization with a word that starts with the city's name.
    private static int NamedAfter(List<EntityBuild> entities, string city, int count)
    {
        var found = -1;
        for (var i = 0; i < count; i++)
        {
            if (entities[i] is not { Type: EntityType.Organization, Count: > 0 } org || !org.Canonical.Contains(' '))
            {
                continue;
            }

            foreach (var word in org.Canonical.Split(' '))
            {
                if (word.StartsWith(city, StringComparison.Ordinal))
                {
                    if (found >= 0 && found != i)
                    {
                        return -1;
                    }

                    found = i;
                    break;
                }
            }
        }

        return found;
    }
}
