using Newsdesk.Export.Tests.Support;
using Newsdesk.Parsing.Model;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ExportPagingTests(AzuriteFixture azurite)
{
    /// <summary>The hand-written corpus plus generated articles spread over days, sharing entities and authors.</summary>
    private static IReadOnlyList<NormalizedArticle> Corpus { get; } =
    [
        .. TestCorpus.Articles,
        .. Enumerable.Range(0, 24).Select(i => TestCorpus.Articles[i % 5] with
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))[..32],
            Title = $"Generated {i}",
            PublishedAt = i % 7 == 0 ? null : new PublishedAt(new DateOnly(2024, 6, 18 + (i % 4))),
        }),
    ];

    public static TheoryData<string, string> Queries => new()
    {
        { "articles", "" },
        { "articles", "person=Putin,Kim Jong Un" },
        { "articles", "outlet=bbc.co.uk,reuters.com" },
        { "authors", "" },
        { "authors", "author=Cat Barton,Ann Lee" },
        { "quotes", "from=2024-06-19" },
        { "images", "place=DPRK" },
        { "mentions", "" },
        { "mentions", "person=Putin&place=DPRK" },
        { "entities", "" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task PagesWithLimitAndContinuationGiveExactlyTheUnpagedResult(string dataset, string query)
    {
        var harness = await ExportHarness.CreateAsync(azurite, Corpus);
        var all = (await harness.RowsAsync(dataset, query)).Select(r => r.GetRawText()).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Distinct().Count());
        foreach (var limit in new[] { 1, 3, 7 })
        {
            var paged = new List<string>();
            string? token = null;
            var pages = 0;
            do
            {
                var q = $"{query}&format=ndjson&limit={limit}" + (token is null ? "" : "&continuation=" + token);
                var (text, result) = await harness.TextAsync(dataset, q.TrimStart('&'));
                var rows = ExportHarness.ParseNdjson(text).Select(r => r.GetRawText()).ToList();
                Assert.True(rows.Count <= limit);
                Assert.Equal(result.Rows, rows.Count);
                paged.AddRange(rows);
                token = result.Continuation;
                Assert.True(++pages <= all.Count + 1, "paging does not end");
            }
            while (token is not null);

            Assert.Equal(all, paged);
        }
    }

    [Fact]
    public async Task LastFullPageHasNoContinuation()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (_, result) = await harness.TextAsync("articles", "limit=" + TestCorpus.Articles.Count);
        Assert.Equal(TestCorpus.Articles.Count, result.Rows);
        Assert.Null(result.Continuation);
        var (_, shorter) = await harness.TextAsync("articles", "limit=" + (TestCorpus.Articles.Count - 1));
        Assert.NotNull(shorter.Continuation);
    }
}
