using Newsdesk.Export.Schema;
using Newsdesk.Testing;

namespace Newsdesk.Export.Tests;

public sealed class ExportDocsTests
{
    [Fact]
    public void DocsListEveryDatasetsColumnsInSchemaOrder()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs", "export.md"));
        foreach (var dataset in Enum.GetValues<ExportDataset>())
        {
            var line = $"- **{DatasetSchema.Name(dataset)}** columns: " + string.Join(", ", DatasetSchema.Columns(dataset).Select(c => $"`{c.Name}`"));
            Assert.Contains(line + "\n", docs.Replace("\r\n", "\n") + "\n");
        }
    }

    [Fact]
    public void OpenApiDocumentListsTheDatasets()
    {
        var document = System.Text.Json.JsonDocument.Parse(OpenApi.OpenApiDocument.Json).RootElement;
        var dataset = document.GetProperty("paths").GetProperty("/api/export/{dataset}").GetProperty("get").GetProperty("parameters")[0];
        Assert.Equal(ExportRequestParser.Datasets, dataset.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }
}
