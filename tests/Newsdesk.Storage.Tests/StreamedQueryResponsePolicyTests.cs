using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Storage.Tables;
using Newsdesk.Storage.Tests.Support;
using Newsdesk.Testing;

namespace Newsdesk.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class StreamedQueryResponsePolicyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OnlyEntityQueriesAreUnbufferedPointReadsWritesAndTableCallsStayBuffered()
    {
        var recorder = new BufferingRecorder();
        var options = StreamedQueryResponsePolicy.AddTo(new TableClientOptions());
        options.AddPolicy(recorder, HttpPipelinePosition.PerRetry);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var name = AzuriteFixture.UniqueName("sq");
        var table = service.GetTableClient(name);

        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "a") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "a") { ["V"] = 2 }, TableUpdateMode.Merge);
        await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", "b"))]);
        var read = await table.GetEntityAsync<TableEntity>("p", "a");
        var queried = await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"p"}")).ToListAsync();
        var listed = await service.QueryAsync(TableClient.CreateQueryFilter($"TableName eq {name}")).ToListAsync();
        await table.DeleteEntityAsync("p", "b");
        await table.DeleteAsync();

        Assert.Equal(2, read.Value.GetInt32("V"));
        Assert.Equal(["a", "b"], queried.Select(e => e.RowKey));
        Assert.Single(listed);
        var requests = recorder.Requests.ToList();
        var query = Assert.Single(requests, r => r.Method == "GET" && r.Path.EndsWith($"/{name}()", StringComparison.Ordinal));
        Assert.False(query.Buffered);
        Assert.Contains(requests, r => r.Method == "GET" && r.Path.Contains($"/{name}(PartitionKey=", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Method == "GET" && r.Path.EndsWith("/Tables", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Method == "DELETE");
        Assert.Contains(requests, r => r.Method == "POST" && r.Path.EndsWith("/$batch", StringComparison.Ordinal));
        Assert.All(requests.Where(r => r != query), r => Assert.True(r.Buffered, $"{r.Method} {r.Path} should stay buffered"));
    }

    [Fact]
    public async Task TheRegisteredClientStreamsQueryPagesAndReturnsEveryRowOfAMultiPageQueryExactly()
    {
        const int rows = 2_500;
        await using var provider = Build();
        var table = provider.GetRequiredService<TableServiceClient>().GetTableClient(AzuriteFixture.UniqueName("sq"));
        await table.CreateIfNotExistsAsync();
        var written = Enumerable.Range(0, rows)
            .Select(i => new TableEntity($"p{i % 5}", $"r{i:D5}") { ["Index"] = i, ["Text"] = $"row {i} " + new string('x', i % 300), ["When"] = DateTimeOffset.UnixEpoch.AddDays(i) })
            .ToList();
        await BatchWriter.SubmitAsync(table, written.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));

        var pages = new List<Page<TableEntity>>();
        await foreach (var page in table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1000).AsPages(pageSizeHint: 1000))
        {
            pages.Add(page);
        }

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.IsNotType<MemoryStream>(p.GetRawResponse().ContentStream));
        var read = pages.SelectMany(p => p.Values).ToList();
        Assert.Equal(rows, read.Count);
        Assert.Equal(
            written.Select(e => (e.PartitionKey, e.RowKey, e.GetInt32("Index"), e.GetString("Text"), e.GetDateTimeOffset("When"))).Order(),
            read.Select(e => (e.PartitionKey, e.RowKey, e.GetInt32("Index"), e.GetString("Text"), e.GetDateTimeOffset("When"))).Order());

        var point = await table.GetEntityAsync<TableEntity>("p3", "r00003");
        Assert.IsType<MemoryStream>(point.GetRawResponse().ContentStream);
    }

    [Fact]
    public async Task AQueryOfAMissingTableStillFailsWith404AndTheServicesErrorCode()
    {
        await using var provider = Build();
        var name = AzuriteFixture.UniqueName("missing");
        var streamed = provider.GetRequiredService<TableServiceClient>().GetTableClient(name);
        var buffered = azurite.Tables().GetTableClient(name);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => streamed.QueryAsync<TableEntity>().ToListAsync().AsTask());
        var expected = await Assert.ThrowsAsync<RequestFailedException>(() => buffered.QueryAsync<TableEntity>().ToListAsync().AsTask());

        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
        Assert.Equal(expected.ErrorCode, error.ErrorCode);
        Assert.Contains("TableNotFound", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString }).Build();
        return new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddNewsdeskStorage(configuration).BuildServiceProvider();
    }
}
