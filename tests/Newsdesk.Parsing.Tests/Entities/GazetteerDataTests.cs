using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Entities;

/// <summary>Checks the place and organization word lists as data: every surface form means one thing.</summary>
public sealed class GazetteerDataTests
{
    // ISO 3166-1 alpha-2 codes of territories that have cities in places.tsv but no row in countries.tsv.
    private static readonly HashSet<string> TerritoryCodes = ["GI", "JE", "GG", "IM", "FO", "EH", "CK", "NU"];

    // Names that are also listed given names, kept on purpose because the place (or club) is far more
    // frequent in news than a person known by that single word; new entries should not grow this list.
    private static readonly HashSet<string> GivenNameExceptions =
        ["Georgia", "Jordan", "Sofia", "Santiago", "Florence", "Kobe", "Rosario", "Salvador", "Regina", "Charlotte", "Brittany", "Duma", "Mercedes", "Chelsea"];

    private static readonly (string File, int Name, int Aliases, EntityType Type)[] Lists =
    [
        ("countries.tsv", 1, 2, EntityType.Place),
        ("places.tsv", 0, 2, EntityType.Place),
        ("regions.tsv", 0, 1, EntityType.Place),
        ("organizations.tsv", 0, 1, EntityType.Organization),
    ];

    [Fact]
    public void NoNameOrAliasIsEmpty()
    {
        foreach (var (file, name, aliases, _) in Lists)
        {
            foreach (var row in TsvResource.Rows(file))
            {
                Assert.True(row.Length > name && row[name].Length > 0, $"{file}: empty name in [{string.Join(" | ", row)}]");
                if (row.Length > aliases && row[aliases].Length > 0)
                {
                    Assert.All(row[aliases].Split('|'), a => Assert.False(string.IsNullOrWhiteSpace(a), $"{file}: empty alias of {row[name]}"));
                }
            }
        }
    }

    [Fact]
    public void EveryCityHasAValidCountryCode()
    {
        var codes = TsvResource.Rows("countries.tsv").Select(r => r[0]).Concat(TerritoryCodes).ToHashSet(StringComparer.Ordinal);
        var rows = TsvResource.Rows("places.tsv").ToList();
        Assert.True(rows.Count >= 2000, $"{rows.Count} places");
        Assert.All(rows, row => Assert.True(row.Length > 1 && codes.Contains(row[1]), $"places.tsv: {row[0]} has code '{(row.Length > 1 ? row[1] : "")}'"));
    }

    [Fact]
    public void EverySurfaceFormHasOneTypeAndOneCanonicalName()
    {
        var seen = new Dictionary<string, (EntityType Type, string Canonical, string File)>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var (file, name, aliases, type) in Lists)
        {
            foreach (var row in TsvResource.Rows(file))
            {
                foreach (var surface in TsvResource.Aliases(row, aliases).Prepend(row[name]))
                {
                    var key = Gazetteer.Key(surface);
                    if (seen.TryGetValue(key, out var first) && (first.Type != type || first.Canonical != row[name]))
                    {
                        conflicts.Add($"'{surface}': {first.Type} {first.Canonical} ({first.File}) vs {type} {row[name]} ({file})");
                    }

                    seen.TryAdd(key, (type, row[name], file));
                }
            }
        }

        Assert.True(conflicts.Count == 0, string.Join('\n', conflicts));
    }

    [Fact]
    public void SingleWordPlacesAndOrganizationsAreNotGivenNames()
    {
        var given = TsvResource.Words("given-names.tsv").ToHashSet(StringComparer.Ordinal);
        var clashes = Lists
            .SelectMany(l => TsvResource.Rows(l.File).SelectMany(r => TsvResource.Aliases(r, l.Aliases).Prepend(r[l.Name])))
            .Where(s => !s.Contains(' ') && given.Contains(s) && !GivenNameExceptions.Contains(s))
            .ToList();
        Assert.True(clashes.Count == 0, "given names listed as places or organizations: " + string.Join(", ", clashes));
    }

    [Theory]
    [InlineData("Cairns", EntityType.Place, "Cairns")]
    [InlineData("Syr Darya", EntityType.Place, "Syr Darya")]
    [InlineData("Amazonia", EntityType.Place, "Amazon rainforest")]
    [InlineData("Heathrow", EntityType.Place, "Heathrow Airport")]
    [InlineData("Stats SA", EntityType.Organization, "Statistics South Africa")]
    [InlineData("Santander", EntityType.Organization, "Banco Santander")]
    [InlineData("Amazon", EntityType.Organization, "Amazon")]
    public void NewEntriesResolve(string surface, EntityType type, string canonical)
    {
        var entry = Gazetteer.Default.Phrases[Gazetteer.Key(surface)];
        Assert.Equal((type, canonical), (entry.Type, entry.Canonical));
    }
}
