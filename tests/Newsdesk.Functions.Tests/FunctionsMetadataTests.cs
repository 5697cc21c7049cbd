using System.Text.Json;
using Newsdesk.Testing;

namespace Newsdesk.Functions.Tests;

/// <summary>The metadata the Functions SDK generates at build time is what the host indexes: assert it, not the attributes.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly string Output = RepositoryRoot.Combine("artifacts", "bin", "Newsdesk.Functions", new DirectoryInfo(AppContext.BaseDirectory).Name);

    [Fact]
    public void IngestArticleIsAnEventGridBlobTriggerOnTheArticlesContainer()
    {
        var binding = Trigger("IngestArticle");

        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("articles/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void ExportDatasetIsAFunctionKeyHttpGetOnExportDataset()
    {
        var binding = Trigger("ExportDataset");

        Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("export/{dataset}", binding.GetProperty("route").GetString());
        Assert.Equal("function", binding.GetProperty("authLevel").GetString()!.ToLowerInvariant());
        Assert.Equal(["get"], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void ExportOpenApiIsAnAnonymousHttpGetOnOpenApiJson()
    {
        var binding = Trigger("ExportOpenApi");

        Assert.Equal("httpTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("openapi.json", binding.GetProperty("route").GetString());
        Assert.Equal("anonymous", binding.GetProperty("authLevel").GetString()!.ToLowerInvariant());
        Assert.Equal(["get"], binding.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void TheAppHasExactlyTheThreeFunctions()
    {
        using var metadata = Metadata();
        Assert.Equal(["ExportDataset", "ExportOpenApi", "IngestArticle"], metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public void HostJsonIsCopiedWithTheBlobPoisonAndParallelismSettings()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "host.json")));
        var blobs = host.RootElement.GetProperty("extensions").GetProperty("blobs");

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal(8, blobs.GetProperty("maxDegreeOfParallelism").GetInt32());
        Assert.Equal(5, blobs.GetProperty("poisonBlobThreshold").GetInt32());
        Assert.True(TimeSpan.Parse(host.RootElement.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture) <= TimeSpan.FromMinutes(10));
    }

    [Fact]
    public void TheSampleSettingsListEverySettingTheAppReads()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        var keys = sample.RootElement.GetProperty("Values").EnumerateObject().Select(p => p.Name).ToHashSet();
        var expected = typeof(Newsdesk.Storage.NewsdeskStorageOptions).GetProperties().Select(p => "Newsdesk__" + p.Name)
            .Concat(typeof(Newsdesk.Storage.Ingestion.IngestionOptions).GetProperties().Select(p => "Newsdesk__Ingestion__" + p.Name))
            .Append("AzureWebJobsStorage").Append("FUNCTIONS_WORKER_RUNTIME").Append("APPLICATIONINSIGHTS_CONNECTION_STRING");

        Assert.All(expected, key => Assert.Contains(key, keys));
    }

    private static JsonElement Trigger(string function)
    {
        using var metadata = Metadata();
        var entry = metadata.RootElement.EnumerateArray().Single(f => f.GetProperty("name").GetString() == function);
        return entry.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone();
    }

    private static JsonDocument Metadata()
    {
        var path = Path.Combine(Output, "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build src/Newsdesk.Functions (the Functions SDK writes it).");
        return JsonDocument.Parse(File.ReadAllText(path));
    }
}
