using Newsdesk.Parsing.Model;

namespace Newsdesk.Export.Formats;

/// <summary>One output row: values aligned with the selected columns, or the article itself for articles as json/ndjson.</summary>
internal readonly record struct ExportRow(object?[] Values, NormalizedArticle? Article = null);
