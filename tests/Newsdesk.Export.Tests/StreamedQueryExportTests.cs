using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Storage;
using Newsdesk.Storage.Tables;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

/// <summary>Exports through the product's registered table client, whose query pages are not buffered (StreamedQueryResponsePolicy).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StreamedQueryExportTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("mentions", "articleId,entityId,")]
    [InlineData("entities", "id,type,name,")]
    public async Task AnExportOfTablesNeverCreatedIsAnEmptyDocument(string dataset, string header)
    {
        await using var provider = Build(azurite.ConnectionString, AzuriteFixture.UniqueName("none"));
        using var output = new MemoryStream();

        var result = await provider.GetRequiredService<ExportService>().ExportAsync(ExportHarness.Request(dataset, "format=csv"), output);

        Assert.Equal(0, result.Rows);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith(header, Assert.Single(lines));
    }

    [Fact]
    public async Task AConnectionDroppedMidPageFailsARawQueryButTheExportAsksForThatPageAgain()
    {
        const int rows = 2_500;
        var prefix = AzuriteFixture.UniqueName("drop");
        var direct = azurite.Tables();
        await MentionSeeder.WriteAsync(direct, new NewsdeskStorageOptions { TablePrefix = prefix }, rows);
        await using var proxy = new DroppingProxy(direct.Uri);
        await using var provider = Build(proxy.Route(azurite.ConnectionString, direct.Uri), prefix);
        var articles = provider.GetRequiredService<TableServiceClient>().GetTableClient(prefix + NewsdeskTables.ArticlesName);

        // The body is read after Azure.Core's retry policy returned: the reset reaches the caller.
        proxy.DropOnce(64 * 1024);
        await Assert.ThrowsAnyAsync<IOException>(async () => await articles.QueryAsync<TableEntity>(maxPerPage: 1000).CountAsync());
        Assert.Equal(1, proxy.Drops);

        proxy.DropOnce(64 * 1024);
        using var output = new MemoryStream();
        var result = await provider.GetRequiredService<ExportService>().ExportAsync(ExportHarness.Request("mentions", "format=ndjson"), output);

        Assert.Equal(2, proxy.Drops);
        Assert.Equal(rows, result.Rows);
        var keys = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => row.GetProperty("articleId").GetString() + "|" + row.GetProperty("entityId").GetString())
            .ToList();
        Assert.Equal(rows, keys.Count);
        Assert.Equal(rows, keys.Distinct().Count());
    }

    private static ServiceProvider Build(string connectionString, string prefix)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["Newsdesk:TablePrefix"] = prefix,
        }).Build();
        return new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddNewsdeskStorage(configuration).AddNewsdeskExport().BuildServiceProvider();
    }
}
