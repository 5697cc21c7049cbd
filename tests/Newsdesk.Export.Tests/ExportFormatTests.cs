using System.Text;
using System.Text.Json;
using CsvHelper;
using Newsdesk.Export.Tests.Support;
using Newsdesk.Parsing.Model;
using Newsdesk.Testing;
using Parquet;
using Parquet.Schema;
using static Newsdesk.Export.Tests.Support.TestCorpus;

namespace Newsdesk.Export.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ExportFormatTests(AzuriteFixture azurite)
{
    private static List<Dictionary<string, string?>> ReadCsv(byte[] bytes)
    {
        using var reader = CsvReader.Create(new MemoryStream(bytes));
        var rows = new List<Dictionary<string, string?>>();
        foreach (var row in reader)
        {
            rows.Add(row.ToDictionary().ToDictionary(kv => kv.Key, kv => (string?)kv.Value?.ToString()));
        }

        return rows;
    }

    [Fact]
    public async Task CsvHasTheDocumentedHeaderNoBomAndTheSourceValues()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (bytes, result) = await harness.RunAsync(ExportHarness.Request("quotes", "format=csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        var header = Encoding.UTF8.GetString(bytes).Split("\r\n")[0];
        Assert.Equal("articleId,position,text,speaker,speakerId,isFragment,title,url,outletDomain,publishedAt,publishedDate,language", header);
        var rows = ReadCsv(bytes);
        Assert.Equal(result.Rows, rows.Count);
        var expected = Articles.SelectMany(a => a.Quotes.Select((q, i) => (a, q, i))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (a, q, i) in expected)
        {
            var row = rows.Single(r => r["articleId"] == a.Id && r["position"] == i.ToString());
            var text = q.Text[0] is '=' or '+' or '-' or '@' ? "'" + q.Text : q.Text;
            Assert.Equal(text, row["text"]);
            Assert.Equal(q.Speaker ?? "", row["speaker"] ?? "");
            Assert.Equal(q.IsFragment ? "true" : "false", row["isFragment"]);
            Assert.Equal(a.PublishedAt?.ToString() ?? "", row["publishedAt"] ?? "");
        }
    }

    [Fact]
    public async Task CsvNeutralisesFormulaCellsButNotNumbers()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (bytes, _) = await harness.RunAsync(ExportHarness.Request("quotes", "format=csv&outlet=reuters.com"));
        var rows = ReadCsv(bytes);
        Assert.Contains(rows, r => r["text"] == "'=HYPERLINK(\"http://evil.example\",\"click\")");
        Assert.Contains(rows, r => r["text"] == "'@risk");
        Assert.All(rows, r => Assert.Equal("'-5% drop as markets react", r["title"]));
        var (images, _) = await harness.RunAsync(ExportHarness.Request("images", "format=csv&outlet=reuters.com"));
        Assert.Equal("'+Traders, at work", ReadCsv(images).Single()["caption"]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task NdjsonAndJsonCarryTypedValues()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var ndjson = await harness.RowsAsync("mentions", "place=north-korea");
        var (json, _) = await harness.TextAsync("mentions", "place=north-korea&format=json");
        var array = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.Equal(ndjson.Count, array.Count);
        Assert.Equal(2, array.Count);
        foreach (var row in array)
        {
            Assert.Equal(JsonValueKind.Number, row.GetProperty("mentions").ValueKind);
            Assert.Equal(NorthKorea.Mentions, row.GetProperty("mentions").GetInt32());
            Assert.Equal("KP", row.GetProperty("countryCode").GetString());
            Assert.Equal(JsonValueKind.Array, row.GetProperty("roles").ValueKind);
            Assert.EndsWith("T00:00:00Z", row.GetProperty("publishedDate").GetString());
        }

        Assert.Equal(ndjson.Select(r => r.GetRawText()), array.Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task EmptyResultsAreValidDocuments()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (json, _) = await harness.TextAsync("articles", "person=Nobody&format=json");
        Assert.Empty(JsonDocument.Parse(json).RootElement.EnumerateArray());
        var (csv, _) = await harness.TextAsync("articles", "person=Nobody&format=csv");
        Assert.StartsWith("id,title,", csv);
        var (parquet, _) = await harness.RunAsync(ExportHarness.Request("articles", "person=Nobody&format=parquet"));
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(parquet));
        Assert.Equal(17, reader.Schema.DataFields.Length);
    }

    [Fact]
    public async Task ArticlesAsJsonUseTheArticleShape()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (text, _) = await harness.TextAsync("articles", "format=ndjson");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Articles.Count, lines.Length);
        foreach (var article in Articles)
        {
            // Same members, order and values as ArticleJson (the export escapes fewer characters).
            var expected = System.Text.Json.Nodes.JsonNode.Parse(ArticleJson.Serialize(article));
            var line = lines.Single(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString() == article.Id);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, System.Text.Json.Nodes.JsonNode.Parse(line)), line);
            Assert.Equal(JsonDocument.Parse(ArticleJson.Serialize(article)).RootElement.EnumerateObject().Select(p => p.Name), JsonDocument.Parse(line).RootElement.EnumerateObject().Select(p => p.Name));
        }

        var (projected, _) = await harness.TextAsync("articles", "format=json&fields=title,id&outlet=lemonde.fr");
        var only = JsonDocument.Parse(projected).RootElement.EnumerateArray().Single();
        Assert.Equal(["title", "id"], only.EnumerateObject().Select(p => p.Name));
        Assert.Equal("La France à l'ONU", only.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FieldsChooseAndOrderColumns()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (csv, _) = await harness.TextAsync("articles", "format=csv&fields=wordCount,id&language=fr");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var article = Articles.Single(a => a.Language == "fr");
        Assert.Equal(["wordCount,id", $"{article.WordCount},{article.Id}"], lines);
    }

    [Fact]
    public async Task ParquetHasTypedColumnsMatchingTheSource()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        var (bytes, result) = await harness.RunAsync(ExportHarness.Request("articles", "format=parquet"));
        Assert.Equal(Articles.Count, result.Rows);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        var fields = reader.Schema.DataFields;
        Assert.Equal(typeof(int), fields.Single(f => f.Name == "wordCount").ClrType);
        Assert.IsType<DateTimeDataField>(fields.Single(f => f.Name == "publishedDate"));
        Assert.Contains(fields.Single(f => f.Name == "title").ClrType, new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.True(fields.Single(f => f.Name == "title").IsNullable);
        using var group = reader.OpenRowGroupReader(0);
        var ids = new string?[group.RowCount];
        var words = new int?[group.RowCount];
        var dates = new DateTime?[group.RowCount];
        await group.ReadAsync(fields.Single(f => f.Name == "id"), ids.AsMemory());
        await group.ReadAsync(fields.Single(f => f.Name == "wordCount"), words.AsMemory());
        await group.ReadAsync(fields.Single(f => f.Name == "publishedDate"), dates.AsMemory());
        for (var i = 0; i < ids.Length; i++)
        {
            var article = Articles.Single(a => a.Id == ids[i]);
            Assert.Equal(article.WordCount, words[i]);
            Assert.Equal(article.PublishedAt?.Date.ToDateTime(TimeOnly.MinValue), dates[i]);
        }
    }

    [Fact]
    public async Task ArticleJsonKeptInABlobIsExportedWhole()
    {
        // Over 1 MiB of text: the storage row builder moves the JSON to the article-json container.
        var paragraph = string.Join(' ', Enumerable.Repeat("The committee reviewed the long record of the hearing.", 20));
        var big = TestCorpus.Articles[2] with { Id = new string('b', 32), Text = string.Join("\n\n", Enumerable.Repeat(paragraph, 1100)) };
        Assert.True(Newsdesk.Storage.Tables.ArticleRows.Build(big, ["big.md"], DateTimeOffset.UnixEpoch).JsonOverflow);
        var harness = await ExportHarness.CreateAsync(azurite, [big, TestCorpus.Articles[0]]);
        var (text, _) = await harness.TextAsync("articles", "format=ndjson&language=fr");
        var exported = ArticleJson.Deserialize(text.Trim())!;
        Assert.Equal(big.Text, exported.Text);
        var (csv, _) = await harness.RunAsync(ExportHarness.Request("articles", "format=csv&fields=id,text&language=fr"));
        Assert.Equal(big.Text, ReadCsv(csv).Single()["text"]);
    }

    [Fact]
    public async Task ParquetStreamsOverKestrelAndReadsBack()
    {
        var harness = await ExportHarness.CreateAsync(azurite);
        await using var server = await ExportTestServer.StartAsync(harness);
        using var response = await server.Client.GetAsync("/api/export/mentions?format=parquet&fields=entityId,mentions,publishedDate");
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes));
        Assert.Equal(["entityId", "mentions", "publishedDate"], reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(Articles.Sum(a => a.Entities.Count), group.RowCount);
        var mentions = new int?[group.RowCount];
        await group.ReadAsync(reader.Schema.DataFields[1], mentions.AsMemory());
        Assert.Equal(Articles.SelectMany(a => a.Entities).Sum(e => e.Mentions), mentions.Sum());
    }
}
