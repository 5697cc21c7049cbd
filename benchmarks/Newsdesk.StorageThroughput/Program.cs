using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging.Abstractions;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Storage.Tables;
using Newsdesk.Testing;

// Usage: dotnet run -c Release --project benchmarks/Newsdesk.StorageThroughput [entities]
// Starts its own in-memory Azurite (or uses NEWSDESK_TEST_STORAGE) and prints one results table.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
try
{
    var service = new TableServiceClient(azurite.ConnectionString);
    var results = new List<(string Case, int Entities, TimeSpan Elapsed)>();

    results.Add(await MeasureAsync("single writes, sequential", count, async table =>
    {
        for (var i = 0; i < count; i++)
        {
            await table.AddEntityAsync(Row(i % 8, i));
        }
    }));
    results.Add(await MeasureAsync("single writes, 8 in parallel", count, table =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) => await table.AddEntityAsync(Row(i % 8, i), ct))));
    results.Add(await MeasureAsync("100-entity batches, sequential", count, table =>
        BatchWriter.SubmitAsync(table, Enumerable.Range(0, count).Select(i => new TableTransactionAction(TableTransactionActionType.Add, Row(i % 8, i))))));
    results.Add(await MeasureAsync("100-entity batches, 8 partitions in parallel", count, table =>
        Parallel.ForEachAsync(Enumerable.Range(0, 8), async (p, ct) => await BatchWriter.SubmitAsync(
            table, Enumerable.Range(0, count / 8).Select(i => new TableTransactionAction(TableTransactionActionType.Add, Row(p, i))), ct))));

    var (articles, rows, elapsed) = await IngestAsync(azurite, 200);
    Console.WriteLine();
    Console.WriteLine($"| case | entities | seconds | entities/s |");
    Console.WriteLine($"|---|---:|---:|---:|");
    foreach (var (name, entities, time) in results)
    {
        Console.WriteLine($"| {name} | {entities} | {time.TotalSeconds:0.00} | {entities / time.TotalSeconds:0} |");
    }

    Console.WriteLine($"| ingestion service, {articles} articles at parallelism 8 ({articles / elapsed.TotalSeconds:0.0} articles/s) | {rows} | {elapsed.TotalSeconds:0.00} | {rows / elapsed.TotalSeconds:0} |");

    async Task<(string, int, TimeSpan)> MeasureAsync(string name, int entities, Func<TableClient, Task> write)
    {
        var table = service.GetTableClient(AzuriteFixture.UniqueName("bench"));
        await table.CreateAsync();
        var clock = Stopwatch.StartNew();
        await write(table);
        return (name, entities, clock.Elapsed);
    }
}
finally
{
    await azurite.DisposeAsync();
}

static TableEntity Row(int partition, int i) => new($"2024-06-19_{partition}", $"m_person:someone-{i:000000}_0123456789abcdef0123456789abcdef")
{
    ["ArticleId"] = "0123456789abcdef0123456789abcdef",
    ["EntityName"] = "Someone " + i,
    ["Mentions"] = 3,
    ["Title"] = "A headline of ordinary length for a news article",
};

static async Task<(int Articles, int Rows, TimeSpan Elapsed)> IngestAsync(AzuriteFixture azurite, int articles)
{
    var options = new NewsdeskStorageOptions { TablePrefix = AzuriteFixture.UniqueName("ing"), PoisonQueue = AzuriteFixture.UniqueName("poison") };
    var storage = new NewsdeskStorage(azurite.Tables(), azurite.Blobs(), new QueueServiceClient(azurite.ConnectionString), options);
    await storage.EnsureCreatedAsync();
    var parser = new ArticleParserBuilder().AddReader(new JsonLineReader()).Build();
    var service = new IngestionService(storage, parser, new IngestionOptions(), NullLogger<IngestionService>.Instance, TimeProvider.System);
    var uploads = Enumerable.Range(0, articles).Select(Upload).ToList();
    var rows = 0;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(uploads, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (u, ct) =>
        Interlocked.Add(ref rows, (await service.IngestAsync(u.Name, new MemoryStream(u.Bytes), null, ct)).RowsWritten));
    return (articles, rows, clock.Elapsed);
}

static (string Name, byte[] Bytes) Upload(int n)
{
    var entities = Enumerable.Range(0, 20).Select(p => new Entity($"person:b{n}-{p}", EntityType.Person, $"Person {n} {p}", [$"P{p}"], 2, [])).ToList();
    var text = string.Concat(Enumerable.Repeat($"Story {n} paragraph with ordinary words. ", 120));
    var article = new NormalizedArticle
    {
        Id = "x",
        Url = $"https://news.example.org/bench/{n}",
        CanonicalUrl = $"https://news.example.org/bench/{n}",
        Outlet = new Outlet("news.example.org", "Example News"),
        Title = $"Story {n}",
        PublishedAt = new PublishedAt(new DateOnly(2024, 6, 1 + (n % 28))),
        Language = "en",
        Authors = [new Author("Cat Writer"), new Author("Dan Reporter")],
        Sections = [new ArticleSection(null, [text])],
        Text = text,
        Entities = entities,
        Quotes = Enumerable.Range(0, 10).Select(q => new Quote($"Quote {q} of story {n}.", $"Person {n} 0", $"person:b{n}-0")).ToList(),
        Source = new ArticleSource("bench", "json", "", ParserInfo.Version),
    };
    return ($"bench/{n}.json", Encoding.UTF8.GetBytes(ArticleJson.Serialize(article)));
}
