using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Newsdesk.Cli.Commands;
using Newsdesk.Storage.Ingestion;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>ingest, status, export and reprocess against the test Azurite, each test in its own container and tables.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-cli-").FullName;
    private readonly string _name = AzuriteFixture.UniqueName("cmd");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task IngestUploadsFilesUnderTheirRelativeNamesAndSkipsOversizedAndGoldenFiles()
    {
        Write("a.md", "# Storm closes harbour\n\nThe harbour closed on Monday as the storm arrived.\n");
        Write("nested/b.txt", "Ferry resumes\n\nThe ferry resumed service on Tuesday.\n");
        Write("a.expected.json", "{}");
        var big = Write("big.txt", "Big\n\n" + new string('x', 400));
        var console = new TextConsole();
        using var errors = new StringWriter();

        var exit = await IngestCommand.RunAsync(azurite.ConnectionString, _name, [_dir], 300, console.Console, errors);

        Assert.Equal(1, exit);
        var container = azurite.Blobs().GetBlobContainerClient(_name);
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(["a.md", "nested/b.txt"], names.Order(StringComparer.Ordinal));
        Assert.Equal("text/markdown", (await container.GetBlobClient("a.md").GetPropertiesAsync()).Value.ContentType);
        Assert.Contains(big, errors.ToString());
        Assert.Contains("skipped", errors.ToString());
        Assert.Contains("golden", errors.ToString());
        Assert.Matches(@"│\s*2\s*│", console.Text);
    }

    [Fact]
    public async Task CommandsExplainAnUnreachableStorage()
    {
        var file = Write("a.txt", "Title\n\nBody text.\n");
        var port = Newsdesk.Cli.Hosting.PortProbe.FreePort();
        var closed = AzuriteFixture.BuildConnectionString(port, port, port);
        using var errors = new StringWriter();

        var exit = await CommandRunner.RunAsync(() => IngestCommand.RunAsync(closed, _name, [file], 1000, new TextConsole().Console, errors), errors);
        var statusExit = await CommandRunner.RunAsync(() => StatusCommand.RunAsync(closed, _name, 10, new TextConsole().Console), errors);

        Assert.Equal(1, exit);
        Assert.Equal(1, statusExit);
        var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Contains($"127.0.0.1:{port}", l));
        Assert.All(lines, l => Assert.Contains("Is Azurite running? Try `newsdesk serve`", l));
    }

    [Fact]
    public async Task StatusCountsRowsPerTableAndListsRecentFailures()
    {
        await IngestDirectlyAsync(("good.txt", "Bridge reopens\n\nThe bridge reopened to traffic on Monday morning.\n"), ("broken.md", ""));
        var console = new TextConsole();

        var exit = await StatusCommand.RunAsync(azurite.ConnectionString, _name, 10, console.Console);

        Assert.Equal(0, exit);
        Assert.Contains($"{_name}Articles", console.Text);
        Assert.Contains($"{_name}IngestionLog", console.Text);
        Assert.Matches(@"article\s*│\s*1\s*│", console.Text);
        Assert.Contains("Recent failures", console.Text);
        Assert.Contains("broken.md", console.Text);
        Assert.DoesNotContain("good.txt", console.Text);
    }

    [Fact]
    public async Task ExportWritesTheDatasetToAFileInTheRequestedFormat()
    {
        await IngestDirectlyAsync(("one.txt", "Orchard harvest begins\n\nPickers started work in the orchards on Friday.\n"));
        var output = Path.Combine(_dir, "articles.csv");

        var exit = await ExportCommand.RunAsync(azurite.ConnectionString, _name, "articles", [new("fields", new StringValues("id,title"))], null, output);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal("id,title", lines[0]);
        Assert.Single(lines[1..]);
        Assert.EndsWith(",Orchard harvest begins", lines[1]);
    }

    [Fact]
    public async Task ExportRejectsAnUnknownDatasetWithTheAllowedNames()
    {
        var error = await Assert.ThrowsAsync<CliException>(() => ExportCommand.RunAsync(azurite.ConnectionString, _name, "nonsense", [], "csv", Path.Combine(_dir, "x.csv")));

        Assert.Contains("nonsense", error.Message);
        Assert.Contains("articles", error.Message);
        Assert.False(File.Exists(Path.Combine(_dir, "x.csv")));
    }

    [Fact]
    public async Task ReprocessReingestsBlobsLoggedByAnOlderParserVersion()
    {
        await IngestDirectlyAsync(("old.txt", "Market reopens\n\nTraders returned to the market hall on Saturday.\n"));
        var log = azurite.Tables().GetTableClient(_name + "IngestionLog");
        var entry = new TableEntity(IngestionLogKeys.BlobPartition("old.txt"), IngestionLogKeys.BlobRow("old.txt")) { ["ParserVersion"] = "0.9.0" };
        await log.UpdateEntityAsync(entry, Azure.ETag.All, TableUpdateMode.Merge);
        var console = new TextConsole();

        var exit = await ReprocessCommand.RunAsync(azurite.ConnectionString, _name, _name, console.Console);
        var again = new TextConsole();
        var secondExit = await ReprocessCommand.RunAsync(azurite.ConnectionString, _name, _name, again.Console);

        Assert.Equal(0, exit);
        Assert.Matches(@"│\s*1\s*│", console.Text);
        Assert.Equal(0, secondExit);
        Assert.Contains("nothing to reprocess", again.Text);
        var row = await log.GetEntityAsync<TableEntity>(IngestionLogKeys.BlobPartition("old.txt"), IngestionLogKeys.BlobRow("old.txt"));
        Assert.Equal(Newsdesk.Parsing.ParserInfo.Version, row.Value.GetString("ParserVersion"));
    }

    private async Task IngestDirectlyAsync(params (string Name, string Content)[] blobs)
    {
        await using var services = StorageServices.Create(azurite.ConnectionString, _name, _name);
        await services.GetRequiredService<Newsdesk.Storage.NewsdeskStorage>().EnsureCreatedAsync();
        var container = azurite.Blobs().GetBlobContainerClient(_name);
        foreach (var (name, content) in blobs)
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(content), overwrite: true);
            await services.GetRequiredService<IIngestionService>().IngestAsync(container.GetBlobClient(name));
        }
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
