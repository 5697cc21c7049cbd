using System.Globalization;
using System.Text.Json;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>
/// Tolerant readers of JSON values: a value of the wrong kind (a number where a string belongs, an
/// object where a list belongs) gives nothing instead of an exception.
/// </summary>
internal static class JsonValues
{
    /// <summary>Nested structures deeper than this are not article metadata; stop looking.</summary>
    public const int MaxNesting = 6;

    /// <summary>A non-empty string, or the "name"/"text"/"value" of an object.</summary>
    public static string? Text(JsonElement value, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            case JsonValueKind.Object when depth < MaxNesting:
                foreach (var key in (ReadOnlySpan<string>)["name", "text", "value", "@value", "title", "content", "rendered", "#text", "main", "original"])
                {
                    if (Property(value, key) is { } inner && Text(inner, depth + 1) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array when depth < MaxNesting:
                foreach (var item in value.EnumerateArray())
                {
                    if (Text(item, depth + 1) is { } first)
                    {
                        return first;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>A URL from a string or an object's url/href/@id.</summary>
    public static string? Url(JsonElement value, int depth = 0)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Text(value);
        }

        if (value.ValueKind == JsonValueKind.Object && depth < MaxNesting)
        {
            foreach (var key in (ReadOnlySpan<string>)["url", "href", "@id", "contentUrl", "src", "link"])
            {
                if (Property(value, key) is { } inner && Url(inner, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return value.ValueKind == JsonValueKind.Array && depth < MaxNesting && value.GetArrayLength() > 0 ? Url(value[0], depth + 1) : null;
    }

    /// <summary>A date candidate: a string, or a unix epoch number as its digits.</summary>
    public static string? Date(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value),
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number when value.TryGetDouble(out var real) && real is > 0 and < 1e14 => ((long)real).ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Object => Text(value),
        _ => null,
    };

    /// <summary>
    /// The property named <paramref name="name"/>, compared without case; failing that, also without
    /// '_', '-' and spaces ("first_name" finds "firstName").
    /// </summary>
    public static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        if (name.StartsWith('@') || name.StartsWith('_') || name.StartsWith('#'))
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (LooseEquals(property.Name, name))
            {
                return property.Value;
            }
        }

        return null;
    }

    // Letters and digits only, without case: "first_name" == "firstName" == "First-Name".
    private static bool LooseEquals(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && a[i] is '_' or '-' or ' ') { i++; }
            while (j < b.Length && b[j] is '_' or '-' or ' ') { j++; }
            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i++]) != char.ToLowerInvariant(b[j++]))
            {
                return false;
            }
        }
    }

    /// <summary>The site of an outlet object ({"name": ..., "domain": "x.com"} or url/website/homepage) as an absolute URL.</summary>
    public static string? OutletHome(JsonElement outlet)
    {
        var site = FirstText(outlet, "domain", "url", "website", "homepage", "@id", "link");
        return site is null || site.Contains(' ', StringComparison.Ordinal) ? null : site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site;
    }

    /// <summary>The text of the first of <paramref name="names"/> that the object has.</summary>
    public static string? FirstText(JsonElement element, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Property(element, name) is { } value && Text(value, MaxNesting - 1) is { } text)
            {
                return text;
            }
        }

        return null;
    }
}
