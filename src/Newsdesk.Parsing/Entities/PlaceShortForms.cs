using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "Lake Palcacocha" then "Palcacocha", "Mount Rainier" then "Rainier", "the Quillcay River" then "Quillcay": the name word of a
/// natural feature stands for the feature; a lone entity (organization or untitled guessed person) or an unplaced word with that name joins it.
/// </summary>
internal static class PlaceShortForms
{
    /// <summary>Moves each such short form's mentions to its feature.</summary>
    public static void Merge(Gazetteer gaz, List<Mention> mentions, List<EntityBuild> entities)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Place, Count: > 0, CountryCode: null } place && NameWordOf(gaz, place.Canonical) is { } word)
            {
                byName[word] = byName.TryGetValue(word, out var other) && other != i ? -1 : i;
            }
        }

        if (byName.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // "Villagers say Ranrahirca is rising" after "Lake Ranrahirca": a lone word no rule placed.
            if (m is { Entity: < 0, Kind: MentionKind.Single, Type: EntityType.Person } && byName.TryGetValue(m.Surface, out var place) && place >= 0)
            {
                m.Type = EntityType.Place;
                entities[place].Add(m, place);
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var shortForm = entities[i];
            // A place of that name is another place ("Lualaba" province and the "Lualaba River").
            if (shortForm.Count == 0 || shortForm.Type == EntityType.Place || shortForm.Canonical.Contains(' ') || shortForm.Roles.Count > 0 ||
                !byName.TryGetValue(shortForm.Canonical, out var target) || target < 0 || target == i)
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == i)
                {
                    m.Type = EntityType.Place;
                    entities[target].Add(m, target);
                }
            }

            shortForm.Clear();
        }
    }

    // The feature words whose name word alone still means the feature; towns ("Port Moresby", "Fort Worth") are left out.
    private static string? NameWordOf(Gazetteer gaz, string name)
    {
        var words = name.Split(' ');
        if (words.Length != 2)
        {
            return null;
        }

        var word = words[0] is "Lake" or "Mount" or "Mt" or "Loch" or "Lac" or "Laguna" or "Nevado" ? words[1]
            : words[1] is "River" or "Lake" or "Volcano" or "Glacier" ? words[0]
            : null;
        return word is { Length: >= 3 } && char.IsUpper(word[0]) && !gaz.PhraseLookup.ContainsKey(word) && !gaz.DemonymLookup.Contains(word) ? word : null;
    }
}
