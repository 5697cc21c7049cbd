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
    // Nested structures deeper than this are not article metadata; stop looking.
    private const int MaxNesting = 6;

    /// <summary>A non-empty string, or the "name"/"text"/"value" of an object.</summary>
    public static string? Text(JsonElement value, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
            case JsonValueKind.Object when depth < MaxNesting:
                foreach (var key in (ReadOnlySpan<string>)["name", "text", "value", "@value", "title", "content"])
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

    /// <summary>Authors: strings go to <paramref name="bylines"/> (parsed later), objects with a name to the lists of people and organizations.</summary>
    public static void Authors(JsonElement value, List<string> bylines, List<Author> people, List<Author> organizations, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when Text(value) is { } byline:
                bylines.Add(byline);
                break;
            case JsonValueKind.Array when depth < MaxNesting:
                foreach (var item in value.EnumerateArray())
                {
                    Authors(item, bylines, people, organizations, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < MaxNesting:
                var name = FirstText(value, "name", "fullName", "full_name", "displayName", "display_name", "byline", "title");
                if (name is null)
                {
                    break;
                }

                var affiliation = FirstText(value, "affiliation", "organization", "organisation", "agency", "outlet", "worksFor", "publisher", "company");
                var kind = Property(value, "@type") is { ValueKind: JsonValueKind.String } type ? type.GetString() : null;
                var isOrganization = kind is not null && (kind.Contains("Organization", StringComparison.OrdinalIgnoreCase) || kind.Contains("Organisation", StringComparison.OrdinalIgnoreCase));
                (isOrganization ? organizations : people).Add(new Author(TextTools.Collapse(name), affiliation));
                break;
        }
    }

    /// <summary>Images: a URL string, an object {url, caption, credit}, or an array of either.</summary>
    public static void Images(JsonElement value, List<ArticleImage> images, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when Text(value) is { } url:
                images.Add(new ArticleImage(url, null, null));
                break;
            case JsonValueKind.Array when depth < MaxNesting:
                foreach (var item in value.EnumerateArray())
                {
                    Images(item, images, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < MaxNesting:
                var src = Url(value, depth + 1);
                var caption = FirstText(value, "caption", "alt", "description", "title", "text");
                var credit = FirstText(value, "credit", "credits", "copyright", "copyrightHolder", "creditText", "photographer", "author", "source");
                if (src is not null || caption is not null)
                {
                    images.Add(new ArticleImage(src, caption, credit));
                }

                break;
        }
    }

    /// <summary>The property named <paramref name="name"/>, compared without case.</summary>
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

        return null;
    }

    private static string? FirstText(JsonElement element, params ReadOnlySpan<string> names)
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
