using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.WebUtilities;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests.Support;

/// <summary>One test's own tables (unique prefix) with a corpus written into them, and helpers to run exports.</summary>
public sealed class ExportHarness
{
    private ExportHarness(TableServiceClient tables, BlobServiceClient blobs, NewsdeskStorageOptions options)
    {
        Tables = tables;
        Blobs = blobs;
        Options = options;
        Service = new ExportService(tables, options, blobs: blobs);
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public NewsdeskStorageOptions Options { get; }

    public ExportService Service { get; }

    public static async Task<ExportHarness> CreateAsync(AzuriteFixture azurite, IEnumerable<NormalizedArticle>? corpus = null)
    {
        var options = new NewsdeskStorageOptions { TablePrefix = AzuriteFixture.UniqueName("x"), ArticleJsonContainer = AzuriteFixture.UniqueName("json") };
        var harness = new ExportHarness(azurite.Tables(), azurite.Blobs(), options);
        await StorageRowWriter.WriteAsync(harness.Tables, options, corpus ?? TestCorpus.Articles, harness.Blobs);
        return harness;
    }

    public static ExportRequest Request(string dataset, string query = "", string? accept = null)
    {
        var parsed = ExportRequestParser.Parse(dataset, QueryHelpers.ParseQuery(query), accept);
        Assert.True(parsed.IsValid, parsed.Problem?.Detail);
        return parsed.Request!;
    }

    public async Task<(byte[] Bytes, ExportResult Result)> RunAsync(ExportRequest request)
    {
        using var output = new MemoryStream();
        var result = await Service.ExportAsync(request, output);
        return (output.ToArray(), result);
    }

    public async Task<(string Text, ExportResult Result)> TextAsync(string dataset, string query = "")
    {
        var (bytes, result) = await RunAsync(Request(dataset, query));
        return (Encoding.UTF8.GetString(bytes), result);
    }

    /// <summary>The rows of an NDJSON export, parsed.</summary>
    public async Task<List<JsonElement>> RowsAsync(string dataset, string query = "")
    {
        var (text, _) = await TextAsync(dataset, query.Length == 0 ? "format=ndjson" : query + "&format=ndjson");
        return ParseNdjson(text);
    }

    public static List<JsonElement> ParseNdjson(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
}
