using System.Text.Json;
using System.Text.Json.Serialization;

namespace Newsdesk.Parsing.Model;

/// <summary>The one JSON shape of a normalized article, shared by <c>newsdesk parse</c> and the <c>articles</c> export.</summary>
public static class ArticleJson
{
    /// <summary>Compact options (one article per NDJSON line).</summary>
    public static JsonSerializerOptions Options => ArticleJsonContext.Default.Options;

    /// <summary>Serializes one article on one line.</summary>
    public static string Serialize(NormalizedArticle article) =>
        JsonSerializer.Serialize(article, ArticleJsonContext.Default.NormalizedArticle);

    /// <summary>Serializes one article indented.</summary>
    public static string SerializeIndented(NormalizedArticle article) =>
        JsonSerializer.Serialize(article, ArticleJsonIndentedContext.Default.NormalizedArticle);

    /// <summary>Writes one article to a UTF-8 JSON writer.</summary>
    public static void Write(Utf8JsonWriter writer, NormalizedArticle article) =>
        JsonSerializer.Serialize(writer, article, ArticleJsonContext.Default.NormalizedArticle);

    /// <summary>Reads an article back from its JSON.</summary>
    public static NormalizedArticle? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ArticleJsonContext.Default.NormalizedArticle);
}

/// <summary>Source-generated serializer for the article shape (camelCase, enums as lower-case strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(NormalizedArticle))]
[JsonSerializable(typeof(IReadOnlyList<NormalizedArticle>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;

/// <summary>Indented variant for <c>--pretty</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(NormalizedArticle))]
internal sealed partial class ArticleJsonIndentedContext : JsonSerializerContext;
