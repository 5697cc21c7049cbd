using System.Text.Json.Serialization;

namespace Newsdesk.Export;

/// <summary>Source-generated JSON for the export's own small documents (lists, continuation tokens, problems).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ContinuationToken))]
[JsonSerializable(typeof(ExportProblem))]
internal sealed partial class ExportJsonContext : JsonSerializerContext;
