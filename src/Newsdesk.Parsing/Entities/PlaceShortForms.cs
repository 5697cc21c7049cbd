using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Text;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "Lake Palcacocha" then "Palcacocha", "Mount Rainier" then "Rainier", "the Quillcay River" then "Quillcay": the name word of a
/// natural feature stands for the feature; a lone entity (organization or untitled guessed person) or an unplaced word with that name joins it.
/// </summary>
internal static class PlaceShortForms
{
    /// <summary>Moves each such short form's mentions to its feature.</summary>
    public static void Merge(Gazetteer gaz, List<TextUnit> units, List<Mention> mentions, List<EntityBuild> entities)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Place, Count: > 0, CountryCode: null } place && NameWordOf(gaz, place.Canonical, out var isKnown) is { } word)
            {
                byName[word] = byName.TryGetValue(word, out var other) && other != i ? -1 : i;
                if (isKnown)
                {
                    known.Add(word);
                }
            }
        }

        if (byName.Count == 0)
        {
            return;
        }

        foreach (var m in mentions)
        {
            // "Villagers say Ranrahirca is rising" after "Lake Ranrahirca": a lone word no rule placed.
            if (m is { Entity: < 0, Kind: MentionKind.Single, Type: EntityType.Person } && !known.Contains(m.Surface) && byName.TryGetValue(m.Surface, out var place) && place >= 0)
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
                !byName.TryGetValue(shortForm.Canonical, out var target) || target < 0 || target == i ||
                (known.Contains(shortForm.Canonical) && !AlwaysAfterThe(units, mentions, i)))
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

    // "near the Amazon" after "the Amazon River": a name the gazetteer gives a company means the feature only after "the".
    private static bool AlwaysAfterThe(List<TextUnit> units, List<Mention> mentions, int entity)
    {
        foreach (var m in mentions)
        {
            if (m.Entity == entity && (m.Start == 0 || units[m.Unit].Tokens[m.Start - 1].Core(units[m.Unit].Text) is not ("the" or "The")))
            {
                return false;
            }
        }

        return true;
    }

    // The feature words whose name word alone still means the feature; towns ("Port Moresby", "Fort Worth") are left out.
    // A word the gazetteer knows as something else ("Amazon") is returned with isKnown set.
    private static string? NameWordOf(Gazetteer gaz, string name, out bool isKnown)
    {
        isKnown = false;
        var words = name.Split(' ');
        if (words.Length != 2)
        {
            return null;
        }

        var word = words[0] is "Lake" or "Mount" or "Mt" or "Loch" or "Lac" or "Laguna" or "Nevado" ? words[1]
            : words[1] is "River" or "Lake" or "Volcano" or "Glacier" ? words[0]
            : null;
        if (word is not { Length: >= 3 } || !char.IsUpper(word[0]) || gaz.DemonymLookup.Contains(word))
        {
            return null;
        }

        isKnown = gaz.PhraseLookup.TryGetValue(word, out var entry) && entry.Type != EntityType.Place;
        return !gaz.PhraseLookup.ContainsKey(word) || isKnown ? word : null;
    }
}
