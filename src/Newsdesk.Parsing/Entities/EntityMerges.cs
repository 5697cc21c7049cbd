using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>Whole-article corrections after resolution: club names over city names, organizations over guessed people of the same name.</summary>
internal static class EntityMerges
{
    /// <summary>"FC Barcelona" in the article: a bare "Barcelona" is the club, not the city.</summary>
    public static void MergeClubCities(List<Mention> mentions, List<EntityBuild> entities)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            var club = entities[i];
            if (club.Type != EntityType.Organization || ClubCity(club.Canonical) is not { } city)
            {
                continue;
            }

            var place = entities.FindIndex(e => e.Type == EntityType.Place && e.CountryCode is null && e.Canonical == city);
            if (place < 0)
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == place)
                {
                    m.Type = EntityType.Organization;
                    club.Add(m, i);
                }
            }

            entities[place].Clear();
        }
    }

    private static string? ClubCity(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || name.IndexOf(' ', space + 1) >= 0)
        {
            return null;
        }

        var (first, second) = (name[..space], name[(space + 1)..]);
        return first is "FC" or "AC" or "CF" or "SC" or "AS" or "SSC" or "CD" or "RC" ? second : second is "FC" or "CF" or "AFC" ? first : null;
    }

    /// <summary>
    /// "The Coalition for Epidemic Preparedness Innovations (CEPI)": a name and, right after it in brackets, another
    /// organization entity (a listed acronym the list does not expand) are one organization.
    /// </summary>
    public static void MergeBracketedShortNames(List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (full, inner) = (mentions[i], mentions[i + 1]);
            // "the Swiss Federal Institute of Technology in Zurich (ETH Zurich)": a place after "in" may stand between.
            var located = i + 2 < mentions.Count && inner.Type == EntityType.Place && mentions[i + 2] is { Type: EntityType.Organization } after &&
                after.Unit == full.Unit && inner.Start == full.End + 1 && after.Start == inner.End + 1 &&
                NameWords.Is(units[full.Unit].Text, units[full.Unit].Tokens[full.End], "in");
            if (located)
            {
                inner = mentions[i + 2];
            }

            var open = located ? mentions[i + 1].End : full.End;
            if (full.Type != EntityType.Organization || inner.Type != EntityType.Organization || full.Entity < 0 || inner.Entity < 0 ||
                full.Entity == inner.Entity || full.Unit != inner.Unit || inner.Start != open + 1 || inner.End - inner.Start > 3)
            {
                continue;
            }

            var unit = units[full.Unit];
            var tokens = unit.Tokens;
            if (inner.End >= tokens.Length || unit.Text[tokens[open].Start] != '(' || unit.Text[tokens[inner.End].Start] != ')')
            {
                continue;
            }

            var from = inner.Entity;
            foreach (var m in mentions)
            {
                if (m.Entity == from)
                {
                    entities[full.Entity].Add(m, full.Entity);
                }
            }

            entities[from].Clear();
        }
    }

    /// <summary>"Deutsche Bahn said" guessed a person, but the article also names the organization: it is the organization.</summary>
    public static void MergePeopleIntoOrganizations(List<Mention> mentions, List<EntityBuild> entities)
    {
        var orgs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Organization, Count: > 0 } org)
            {
                orgs.TryAdd(org.Canonical, i);
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var person = entities[i];
            if (person.Type != EntityType.Person || person.Count == 0)
            {
                continue;
            }

            if (!orgs.TryGetValue(person.Canonical, out var org))
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == i)
                {
                    m.Type = EntityType.Organization;
                    entities[org].Add(m, org);
                }
            }

            person.Clear();
        }
    }
}
