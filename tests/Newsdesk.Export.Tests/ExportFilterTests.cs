using System.Text.Json;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Parsing.Model;
using Newsdesk.Testing;
using static Newsdesk.Export.Tests.Support.TestCorpus;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ExportFilterTests(AzuriteFixture azurite)
{
    private static string[] Ids(IEnumerable<NormalizedArticle> articles) => articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();

    private static string[] ArticleIds(List<JsonElement> rows, string member = "id") =>
        rows.Select(r => r.GetProperty(member).GetString()!).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task UnfilteredDatasetsHaveOneRowPerSourceItem()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        Assert.Equal(Articles.Count, (await harness.RowsAsync("articles")).Count);
        Assert.Equal(Articles.Sum(a => a.Authors.Count), (await harness.RowsAsync("authors")).Count);
        Assert.Equal(Articles.Sum(a => a.Images.Count), (await harness.RowsAsync("images")).Count);
        Assert.Equal(Articles.Sum(a => a.Quotes.Count), (await harness.RowsAsync("quotes")).Count);
        Assert.Equal(Articles.Sum(a => a.Entities.Count), (await harness.RowsAsync("mentions")).Count);
        var entities = await harness.RowsAsync("entities");
        Assert.Equal(Articles.SelectMany(a => a.Entities).Select(e => e.Id).Distinct().Order(StringComparer.Ordinal), entities.Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EntitiesAreOneRowPerIdWithAliasesUnionedOverDays()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var entities = await harness.RowsAsync("entities");
        var ids = entities.Select(e => e.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal).ToArray(), ids.Where(i => i.StartsWith("organization")).Concat(ids.Where(i => i.StartsWith("person"))).Concat(ids.Where(i => i.StartsWith("place"))).ToArray());
        var korea = entities.Single(e => e.GetProperty("id").GetString() == NorthKorea.Id);
        Assert.Equal(NorthKorea.Aliases.Order(), korea.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Order());
        Assert.Equal("KP", korea.GetProperty("countryCode").GetString());
        var kim = entities.Single(e => e.GetProperty("id").GetString() == Kim.Id);
        Assert.Equal(["Kim"], kim.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
        var kimShort = entities.Single(e => e.GetProperty("id").GetString() == KimShort.Id);
        Assert.Empty(kimShort.GetProperty("aliases").EnumerateArray());
    }

    [Fact]
    public async Task DateRangeSelectsDayPartitionsInclusiveAndDropsUndated()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var expected = Articles.Where(a => a.PublishedAt is { } p && p.Date >= new DateOnly(2024, 6, 19) && p.Date <= new DateOnly(2024, 6, 20));
        Assert.Equal(Ids(expected), ArticleIds(await harness.RowsAsync("articles", "from=2024-06-19&to=2024-06-20")));
        Assert.Equal(Ids(Articles.Where(a => a.PublishedAt is not null && a.PublishedAt.Date <= new DateOnly(2024, 6, 19))), ArticleIds(await harness.RowsAsync("articles", "to=2024-06-19")));
        Assert.Equal(Articles.Count(a => a.PublishedAt?.Date == new DateOnly(2024, 6, 21)), (await harness.RowsAsync("articles", "from=2024-06-21")).Count);
    }

    [Fact]
    public async Task DateTimeBoundsCompareInstantsWhenKnown()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        // 10:30+03:00 is 07:30Z: before 08:00Z, so only the 22:15 (local) article of that day and the date-only one of the 20th remain.
        var rows = await harness.RowsAsync("articles", "from=2024-06-19T08:00:00Z&to=2024-06-20");
        Assert.Equal(Ids(Articles.Where(a => a.Title.StartsWith("Kim Jong Un") || a.Title.StartsWith("-5%"))), ArticleIds(rows));
    }

    [Theory]
    [InlineData("outlet=bbc.co.uk")]
    [InlineData("outlet=www.bbc.co.uk,reuters.com")]
    [InlineData("language=fr")]
    [InlineData("author=Cat Barton")]
    [InlineData("author=cat-barton&outlet=reuters.com")]
    [InlineData("person=person:vladimir-putin")]
    [InlineData("person=Putin")]
    [InlineData("place=DPRK")]
    [InlineData("entity=organization:united-nations")]
    [InlineData("person=Putin&place=north korea")]
    [InlineData("person=Putin,Kim Jong Un")]
    [InlineData("person=Kim")]
    [InlineData("q=SUMMIT")]
    [InlineData("q=résolution&language=fr")]
    [InlineData("person=Putin&outlet=theguardian.com&from=2024-06-19&to=2024-06-19")]
    [InlineData("person=Nobody")]
    public async Task ArticleFiltersMatchTheCorpus(string query)
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var expected = Ids(Articles.Where(a => Matches(a, query)));
        foreach (var dataset in new[] { "articles", "authors", "images", "quotes", "mentions" })
        {
            var rows = await harness.RowsAsync(dataset, query);
            var expectedRows = dataset switch
            {
                "articles" => expected.Length,
                "authors" => Articles.Where(a => expected.Contains(a.Id)).Sum(a => a.Authors.Count),
                "images" => Articles.Where(a => expected.Contains(a.Id)).Sum(a => a.Images.Count),
                "quotes" => Articles.Where(a => expected.Contains(a.Id)).Sum(a => a.Quotes.Count),
                _ => Articles.Where(a => expected.Contains(a.Id)).Sum(a => a.Entities.Count(e => MentionSelected(e, query))),
            };
            Assert.True(expectedRows == rows.Count, $"{dataset}?{query}: expected {expectedRows} rows, got {rows.Count}");
            var ids = ArticleIds(rows, dataset == "articles" ? "id" : "articleId");
            Assert.True(ids.All(expected.Contains), $"{dataset}?{query}: unexpected article in {string.Join(",", ids)}");
        }
    }

    [Fact]
    public async Task EntitiesFilterByIdNameOrAliasAndText()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        Assert.Equal([Putin.Id], (await harness.RowsAsync("entities", "person=Putin")).Select(e => e.GetProperty("id").GetString()));
        Assert.Equal([NorthKorea.Id, Russia.Id], (await harness.RowsAsync("entities", "place=DPRK,place:russia")).Select(e => e.GetProperty("id").GetString()));
        Assert.Equal([UnitedNations.Id], (await harness.RowsAsync("entities", "q=nations")).Select(e => e.GetProperty("id").GetString()));
        // The catalogue is sharded by day: a date range gives the entities its articles mention.
        Assert.Equal([UnitedNations.Id, France.Id], (await harness.RowsAsync("entities", "from=2024-06-21")).Select(e => e.GetProperty("id").GetString()));
        Assert.Equal([Putin.Id], (await harness.RowsAsync("entities", "person=Putin&from=2024-06-20&to=2024-06-20")).Select(e => e.GetProperty("id").GetString()));
    }

    // The corpus-side meaning of each filter in the theory above, written from the corpus itself.
    private static bool Matches(NormalizedArticle a, string query)
    {
        var parts = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        bool Any(string name, Func<string, bool> test) => !parts.TryGetValue(name, out var v) || v.SelectMany(x => x!.Split(',')).Any(test);
        bool Entity(string value, EntityType type) => a.Entities.Any(e => e.Type == type && (e.Id == value || e.Name.Equals(value, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(value, StringComparer.OrdinalIgnoreCase)));
        var from = parts.TryGetValue("from", out var f) ? DateOnly.Parse(f!) : (DateOnly?)null;
        var to = parts.TryGetValue("to", out var t) ? DateOnly.Parse(t!) : (DateOnly?)null;
        return (from is null && to is null || a.PublishedAt is { } p && (from is null || p.Date >= from) && (to is null || p.Date <= to)) &&
            Any("outlet", o => a.Outlet!.Domain == o.Replace("www.", "")) &&
            Any("language", l => a.Language == l) &&
            Any("author", n => a.Authors.Any(x => x.Name.Equals(n, StringComparison.OrdinalIgnoreCase) || x.Name.ToLowerInvariant().Replace(' ', '-') == n)) &&
            Any("person", v => Entity(v, EntityType.Person)) &&
            Any("place", v => Entity(v, EntityType.Place)) &&
            Any("entity", v => a.Entities.Any(e => e.Id == v)) &&
            Any("q", q => a.Title.Contains(q, StringComparison.OrdinalIgnoreCase) || a.Text.Contains(q, StringComparison.OrdinalIgnoreCase));
    }

    private static bool MentionSelected(Entity e, string query)
    {
        var parts = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        var values = new[] { "person", "place", "organization", "entity" }.Where(parts.ContainsKey).SelectMany(n => parts[n].SelectMany(x => x!.Split(','))).ToArray();
        return values.Length == 0 || values.Any(v => e.Id == v || e.Name.Equals(v, StringComparison.OrdinalIgnoreCase) || e.Aliases.Contains(v, StringComparer.OrdinalIgnoreCase) || e.Name.Equals(v.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase) || Newsdesk.Storage.Tables.RowKeys.Slug(e.Name) == Newsdesk.Storage.Tables.RowKeys.Slug(v));
    }
}
