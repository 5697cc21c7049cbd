using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Entities;

/// <summary>
/// "Lomonosov Moscow State University" then "Moscow State University", "Pushkin State Museum of Fine Arts" then "State
/// Museum of Fine Arts": an organization name that is exactly one longer organization name without its first word (an
/// eponym or other proper name, not a generic modifier, demonym or place) is that organization.
/// </summary>
internal static class OrganizationEponyms
{
    // Modifiers that make a different body, not an honorific name: "National Security Council" is not the UN's "Security Council",
    // "European Central Bank" is not Russia's "Central Bank".
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "National", "Federal", "State", "Central", "International", "Supreme", "General", "Main", "New", "Higher", "Royal",
        "Global", "World", "Joint", "Special", "Regional", "City", "Public", "Social", "United", "Independent", "Free",
    };

    /// <summary>Moves the mentions of each such shorter name to the longer organization.</summary>
    public static void Merge(Gazetteer gaz, List<Mention> mentions, List<EntityBuild> entities)
    {
        Dictionary<string, int>? byRest = null;
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is { Type: EntityType.Organization, Count: > 0 } org && RestOf(gaz, org.Canonical) is { } rest)
            {
                byRest ??= new Dictionary<string, int>(StringComparer.Ordinal);
                byRest[rest] = byRest.TryGetValue(rest, out var other) && other != i ? -1 : i;
            }
        }

        if (byRest is null)
        {
            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var shorter = entities[i];
            if (shorter is not { Type: EntityType.Organization, Count: > 0 } || !byRest.TryGetValue(shorter.Canonical, out var target) || target < 0 || target == i)
            {
                continue;
            }

            foreach (var m in mentions)
            {
                if (m.Entity == i)
                {
                    entities[target].Add(m, target);
                }
            }

            shorter.Clear();
        }
    }

    /// <summary>The name without its first word, when that word is a proper name and at least two words remain.</summary>
    private static string? RestOf(Gazetteer gaz, string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || name.AsSpan(space + 1).IndexOf(' ') < 0)
        {
            return null;
        }

        var first = name[..space];
        return first.Length < 3 || !char.IsUpper(first[0]) || !char.IsLower(first[^1]) || first is "The" || Generic.Contains(first) ||
            gaz.OrgCueLookup.ContainsKey(first) || gaz.DemonymLookup.Contains(first) || gaz.PlaceCues.Contains(first) ||
            gaz.Stopwords.Contains(first) || gaz.PhraseLookup.ContainsKey(first)
            ? null
            : name[(space + 1)..];
    }
}
