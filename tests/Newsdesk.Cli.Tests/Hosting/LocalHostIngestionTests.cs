using System.Text;
using Azure.Data.Tables;
using Newsdesk.Cli.Hosting;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Hosting;

/// <summary>The local host end to end: blobs uploaded to Azurite, ingested by the real WebJobs blob trigger, rows checked.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LocalHostIngestionTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("eventgrid")]
    [InlineData("polling")]
    public async Task UploadedBlobBecomesArticleAndMentionRowsThroughTheBlobTrigger(string source)
    {
        var trigger = source == "polling" ? BlobTriggerMode.Polling : BlobTriggerMode.EventGrid;
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite, trigger: trigger);
        var content = TestArticles.Create("Harbour deal signed", "https://news.example.org/harbour-deal", ("Orla Venstrom", 3), ("Port Abrenta", 2));
        var expected = Parse(newsdesk, content, "harbour.txt");

        var since = await newsdesk.UploadAsync("harbour.txt", content);
        var outcome = Assert.Single(await newsdesk.WaitAsync(since, "harbour.txt")).Outcome;

        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        Assert.Equal([expected.Id], outcome.ArticleIds);
        var rows = await newsdesk.RowsOfAsync(expected.Id);
        var article = Assert.Single(rows, r => r.RowKey == $"a_{expected.Id}");
        Assert.Equal("Harbour deal signed", article.GetString("Title"));
        Assert.Equal(MentionCounts(expected), MentionCounts(rows));
        Assert.Contains(expected.Entities, e => e.Id == "person:orla-venstrom" && e.Mentions == 3);
    }

    [Fact]
    public async Task SameContentUploadedTwiceIsUnchangedTheSecondTime()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);
        var content = TestArticles.Create("Ferry timetable changes", "https://news.example.org/ferry", ("Port Abrenta", 2));
        var first = await newsdesk.UploadAsync("ferry.txt", content);
        await newsdesk.WaitAsync(first, "ferry.txt");
        var rowsAfterFirst = await newsdesk.ArticleRowsAsync();

        var second = await newsdesk.UploadAsync("ferry.txt", content);
        var outcome = Assert.Single(await newsdesk.WaitAsync(second, "ferry.txt")).Outcome;

        Assert.Equal(IngestionStatus.Unchanged, outcome.Status);
        Assert.Equal(Keys(rowsAfterFirst), Keys(await newsdesk.ArticleRowsAsync()));
        Assert.Equal(2, newsdesk.Host.Monitor.CompletionsOf("ferry.txt"));
    }

    [Fact]
    public async Task ChangedContentWithFewerMentionsRemovesTheStaleRows()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);
        const string url = "https://news.example.org/mine-vote";
        var before = TestArticles.Create("Mine vote delayed", url, ("Orla Venstrom", 2), ("Tamsin Okafor-Reyes", 2), ("Kestrel Mining Cooperative", 3));
        var after = TestArticles.Create("Mine vote held", url, ("Orla Venstrom", 1));
        var expectedBefore = Parse(newsdesk, before, "mine.txt");
        var expectedAfter = Parse(newsdesk, after, "mine.txt");
        Assert.Equal(expectedBefore.Id, expectedAfter.Id);

        await newsdesk.WaitAsync(await newsdesk.UploadAsync("mine.txt", before), "mine.txt");
        Assert.Equal(MentionCounts(expectedBefore), MentionCounts(await newsdesk.RowsOfAsync(expectedBefore.Id)));
        var outcome = Assert.Single(await newsdesk.WaitAsync(await newsdesk.UploadAsync("mine.txt", after), "mine.txt")).Outcome;

        Assert.Equal(IngestionStatus.Ingested, outcome.Status);
        var rows = await newsdesk.RowsOfAsync(expectedAfter.Id);
        Assert.Equal(MentionCounts(expectedAfter), MentionCounts(rows));
        Assert.DoesNotContain(rows, r => r.RowKey.StartsWith("m_organization:kestrel-mining-cooperative", StringComparison.Ordinal));
        Assert.Equal("Mine vote held", Assert.Single(rows, r => r.RowKey == $"a_{expectedAfter.Id}").GetString("Title"));
        Assert.True(outcome.RowsDeleted > 0);
    }

    [Fact]
    public async Task TheSameUrlUnderTwoBlobNamesIsOneArticle()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);
        var content = TestArticles.Create("Rail link approved", "https://news.example.org/rail-link", ("Tamsin Okafor-Reyes", 2));
        var id = Parse(newsdesk, content, "rail.txt").Id;

        var since = await newsdesk.UploadAsync("rail.txt", content);
        await newsdesk.WaitAsync(since, "rail.txt");
        var again = await newsdesk.UploadAsync("mirror/rail-copy.txt", content);
        var outcome = Assert.Single(await newsdesk.WaitAsync(again, "mirror/rail-copy.txt")).Outcome;

        Assert.Equal([id], outcome.ArticleIds);
        // Article rows are a_{id}; their author/image/quote rows extend that key.
        var article = Assert.Single(await newsdesk.ArticleRowsAsync(), r => r.RowKey.StartsWith("a_", StringComparison.Ordinal) && r.RowKey.IndexOf('_', 2) < 0);
        Assert.Equal($"a_{id}", article.RowKey);
        var sources = article.GetString("Sources") ?? "";
        Assert.Contains("rail.txt", sources);
        Assert.Contains("mirror/rail-copy.txt", sources);
    }

    [Fact]
    public async Task UnparseableFileIsLoggedAsFailedAndNotRetried()
    {
        await using var newsdesk = await HostedNewsdesk.StartAsync(azurite);

        var since = await newsdesk.UploadAsync("empty.md", "");
        var outcome = Assert.Single(await newsdesk.WaitAsync(since, "empty.md")).Outcome;
        // Give a retry (which would follow a thrown attempt within seconds) the chance to show up.
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Equal(IngestionStatus.Failed, outcome.Status);
        Assert.Contains("empty", outcome.Reason);
        Assert.Equal(1, newsdesk.Host.Monitor.CompletionsOf("empty.md"));
        Assert.Equal(0, newsdesk.Host.Monitor.FailedAttempts);
        Assert.Empty(await newsdesk.ArticleRowsAsync());
        var log = new List<TableEntity>();
        await foreach (var row in newsdesk.IngestionLog.QueryAsync<TableEntity>())
        {
            log.Add(row);
        }

        Assert.Contains(log, r => r.GetString("Status") == "failed" && r.PartitionKey != "failures");
        Assert.Contains(log, r => r.PartitionKey == "failures");
    }

    internal static NormalizedArticle Parse(HostedNewsdesk newsdesk, string content, string name) =>
        Assert.Single(newsdesk.Parser.Parse(Encoding.UTF8.GetBytes(content), name).Articles);

    internal static SortedDictionary<string, int> MentionCounts(NormalizedArticle article) =>
        new(article.Entities.ToDictionary(e => e.Id, e => e.Mentions), StringComparer.Ordinal);

    internal static SortedDictionary<string, int> MentionCounts(IEnumerable<TableEntity> rows) =>
        new(rows.Where(r => r.RowKey.StartsWith("m_", StringComparison.Ordinal)).ToDictionary(r => r.GetString("EntityId")!, r => r.GetInt32("Mentions") ?? -1), StringComparer.Ordinal);

    private static List<string> Keys(IEnumerable<TableEntity> rows) => [.. rows.Select(r => $"{r.PartitionKey}|{r.RowKey}").Order(StringComparer.Ordinal)];
}
