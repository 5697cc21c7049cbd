using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>
/// Compares entities as sets per type: every expected entity is found (by name or alias), carries
/// every expected form and the right country code, and no found entity of that type is unexpected.
/// </summary>
public static class EntityComparer
{
    /// <summary>Adds mismatches to <paramref name="diff"/>; returns the found entity matched to each expected name.</summary>
    public static IReadOnlyDictionary<string, Entity> Compare(ExpectedEntities expected, IReadOnlyList<Entity> actual, List<string> diff)
    {
        var matches = new Dictionary<string, Entity>(Forms.Comparer);
        CompareType("people", EntityType.Person, expected.People, actual, diff, matches);
        CompareType("organizations", EntityType.Organization, expected.Organizations, actual, diff, matches);
        CompareType("places", EntityType.Place, expected.Places, actual, diff, matches);
        return matches;
    }

    /// <summary>The found entity's name and aliases.</summary>
    public static IEnumerable<string> FormsOf(Entity entity) => [entity.Name, .. entity.Aliases];

    private static void CompareType(string label, EntityType type, IReadOnlyList<ExpectedEntity> expected, IReadOnlyList<Entity> actual, List<string> diff, Dictionary<string, Entity> matches)
    {
        var found = actual.Where(e => e.Type == type).ToList();
        var used = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        var chosen = new Dictionary<ExpectedEntity, Entity>();

        // First pass: a found entity whose canonical name is the expected name; second: the largest overlap of forms.
        foreach (var want in expected)
        {
            if (found.FirstOrDefault(f => !used.Contains(f) && Forms.Same(f.Name, want.Name)) is { } exact)
            {
                chosen[want] = exact;
                used.Add(exact);
            }
        }

        foreach (var want in expected.Where(w => !chosen.ContainsKey(w)))
        {
            var best = found.Where(f => !used.Contains(f))
                .Select(f => (Entity: f, Overlap: want.Forms.Count(form => FormsOf(f).Any(g => Forms.Same(g, form)))))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap)
                .Select(x => x.Entity)
                .FirstOrDefault();
            if (best is null)
            {
                diff.Add($"{label}: expected {Forms.Show(want.Name)}, not found");
                continue;
            }

            chosen[want] = best;
            used.Add(best);
        }

        foreach (var (want, got) in chosen)
        {
            matches[want.Name] = got;
            var missing = want.Forms.Where(form => !FormsOf(got).Any(g => Forms.Same(g, form))).ToList();
            if (missing.Count > 0)
            {
                diff.Add($"{label} {Forms.Show(want.Name)}: expected forms [{string.Join(", ", missing.Select(Forms.Show))}] on the entity, got {Show(got)}");
            }

            if (!string.Equals(want.CountryCode, got.CountryCode, StringComparison.OrdinalIgnoreCase))
            {
                diff.Add($"{label} {Forms.Show(want.Name)}: countryCode expected {Forms.Show(want.CountryCode)}, got {Forms.Show(got.CountryCode)}");
            }
        }

        foreach (var extra in found.Where(f => !used.Contains(f)))
        {
            var twin = expected.FirstOrDefault(w => w.Forms.Any(form => FormsOf(extra).Any(g => Forms.Same(g, form))));
            diff.Add(twin is null
                ? $"{label}: unexpected {Show(extra)}"
                : $"{label}: unexpected {Show(extra)} (split from {Forms.Show(twin.Name)}: one entity expected)");
        }
    }

    private static string Show(Entity entity) =>
        entity.Aliases.Count == 0
            ? $"{Forms.Show(entity.Name)}{Code(entity)}"
            : $"{Forms.Show(entity.Name)} (aliases: {string.Join(", ", entity.Aliases.Select(Forms.Show))}){Code(entity)}";

    private static string Code(Entity entity) => entity.CountryCode is null ? "" : $" [{entity.CountryCode}]";
}
