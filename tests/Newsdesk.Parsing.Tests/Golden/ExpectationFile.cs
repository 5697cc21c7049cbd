using System.Text.Json;

namespace Newsdesk.Parsing.Tests.Golden;

/// <summary>Reads a <c>.expected.json</c>: one expectation, or an array of them (NDJSON samples, one per line).</summary>
public static class ExpectationFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>The expectations of the file, in article order.</summary>
    public static IReadOnlyList<ExpectedArticle> Read(string path)
    {
        var json = File.ReadAllText(path);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? JsonSerializer.Deserialize<List<ExpectedArticle>>(json, Options)!
            : [JsonSerializer.Deserialize<ExpectedArticle>(json, Options)!];
    }
}
