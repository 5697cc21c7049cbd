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
                var name = FirstText(value, "name", "fullName", "displayName", "byline", "original", "title") ?? GivenAndFamily(value);
                if (name is null)
                {
                    break;
                }

                var affiliation = FirstText(value, "affiliation", "organization", "organisation", "agency", "outlet", "worksFor", "publisher", "company");
                if (LooksLikeByline(name))
                {
                    // {"original": "By A and B"}: a whole byline, parsed later like a byline string.
                    bylines.Add(affiliation is null ? name : $"{name} for {affiliation}");
                    break;
                }

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
            case JsonValueKind.Object when depth < MaxNesting && !IsVideoOrAudio(value):
                var src = Url(value, depth + 1);
                var caption = FirstText(value, "caption", "alt", "description", "title", "text");
                var credit = StripCreditLabel(FirstText(value, "credit", "credits", "copyright", "copyrightHolder", "creditText", "photographer", "author", "source"));
                if (src is not null || caption is not null)
                {
                    images.Add(new ArticleImage(src, caption, credit));
                }

                break;
        }
    }

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

    // "Photo: Lee Ho", "Credit: X/Y", "© X": the label is not part of the credit.
    private static string? StripCreditLabel(string? credit)
    {
        if (credit is null)
        {
            return null;
        }

        foreach (var label in (ReadOnlySpan<string>)["photo credit:", "image credit:", "photograph:", "photo:", "picture:", "image:", "credit:", "photo by", "©"])
        {
            if (credit.StartsWith(label, StringComparison.OrdinalIgnoreCase) && credit.Length > label.Length + 1)
            {
                return credit[label.Length..].Trim();
            }
        }

        return credit;
    }

    private static bool LooksLikeByline(string name) =>
        name.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ||
        name.Contains(" & ", StringComparison.Ordinal) || name.Contains(';');

    // {"firstName": "Ana", "lastName": "Lima"} and schema.org givenName/familyName.
    private static string? GivenAndFamily(JsonElement value)
    {
        var given = FirstText(value, "firstName", "givenName", "first", "forename");
        var family = FirstText(value, "lastName", "familyName", "last", "surname");
        return given is null ? family : family is null ? given : $"{given} {family}";
    }

    // Media lists mix pictures with clips: {"type": "video", "url": ...} is not an image.
    private static bool IsVideoOrAudio(JsonElement value)
    {
        var kind = FirstText(value, "type", "@type", "mediaType", "kind");
        return kind is not null && (kind.Contains("video", StringComparison.OrdinalIgnoreCase) || kind.Contains("audio", StringComparison.OrdinalIgnoreCase) ||
            kind.Contains("podcast", StringComparison.OrdinalIgnoreCase));
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
