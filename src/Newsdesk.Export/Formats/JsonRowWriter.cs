using System.Text.Encodings.Web;
using System.Text.Json;
using Newsdesk.Export.Schema;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Export.Formats;

/// <summary>Writes one row as a JSON object: typed members for flat rows, the <c>ArticleJson</c> shape (optionally projected) for articles.</summary>
internal sealed class JsonRowWriter(IReadOnlyList<ExportColumn> columns, IReadOnlyList<string>? articleFields)
{
    /// <summary>Non-ASCII text stays readable (the body is a download, never embedded in HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly JsonEncodedText[] _names = columns.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();

    public void Write(Utf8JsonWriter writer, ExportRow row)
    {
        if (row.Article is { } article)
        {
            WriteArticle(writer, article);
            return;
        }

        writer.WriteStartObject();
        for (var i = 0; i < _names.Length; i++)
        {
            writer.WritePropertyName(_names[i]);
            switch (row.Values[i])
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case int n:
                    writer.WriteNumberValue(n);
                    break;
                case bool b:
                    writer.WriteBooleanValue(b);
                    break;
                case DateTime d:
                    writer.WriteStringValue(CellText.Timestamp(d));
                    break;
                case IReadOnlyList<string> list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteStringValue(CellText.Format(columns[i].Type, row.Values[i]));
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteArticle(Utf8JsonWriter writer, NormalizedArticle article)
    {
        if (articleFields is null)
        {
            ArticleJson.Write(writer, article);
            return;
        }

        using var document = JsonDocument.Parse(ArticleJson.Serialize(article));
        writer.WriteStartObject();
        foreach (var field in articleFields)
        {
            if (document.RootElement.TryGetProperty(field, out var value))
            {
                writer.WritePropertyName(field);
                value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }
}
