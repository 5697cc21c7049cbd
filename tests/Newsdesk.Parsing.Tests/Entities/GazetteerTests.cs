using Newsdesk.Parsing.Gazetteers;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Tests.Entities;

public sealed class GazetteerTests
{
    [Fact]
    public void EveryCountryHasAnIsoCode()
    {
        var countries = TsvResource.Rows("countries.tsv").ToList();
        Assert.True(countries.Count >= 195, $"{countries.Count} countries");
        Assert.All(countries, row => Assert.Matches("^[A-Z]{2}$", row[0]));
        Assert.Equal(countries.Count, countries.Select(r => r[0]).Distinct().Count());
    }

    [Theory]
    [InlineData("DPRK", "North Korea", "KP")]
    [InlineData("Democratic People's Republic of Korea", "North Korea", "KP")]
    [InlineData("U.S.", "United States", "US")]
    [InlineData("USA", "United States", "US")]
    [InlineData("Britain", "United Kingdom", "GB")]
    public void CountryAliasesResolveToTheCanonicalName(string alias, string canonical, string code)
    {
        var entry = Gazetteer.Default.Phrases[Gazetteer.Key(alias)];
        Assert.Equal((EntityType.Place, canonical, code), (entry.Type, entry.Canonical, entry.CountryCode));
    }

    [Theory]
    [InlineData("UN", "United Nations")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Security Council", "UN Security Council")]
    public void OrganizationAliasesResolve(string alias, string canonical) =>
        Assert.Equal(canonical, Gazetteer.Default.Phrases[Gazetteer.Key(alias)].Canonical);

    [Fact]
    public void ListsAreLargeEnoughToGeneralise()
    {
        Assert.True(TsvResource.Words("given-names.tsv").Count() >= 1500);
        Assert.True(TsvResource.Rows("places.tsv").Count() >= 300);
        Assert.Contains("Russian", (IReadOnlySet<string>)Gazetteer.Default.Demonyms);
        Assert.False(Gazetteer.Default.Phrases.ContainsKey("Russian"));
    }
}
