using System.Text.Json;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Parsing.Readers.Html;

/// <summary>Maps one schema.org JSON-LD object to <see cref="JsonLdArticle"/>, tolerating the shapes publishers use.</summary>
internal static class JsonLdMapper
{
    /// <summary>The article's fields; the web page object fills publisher, language and URL gaps.</summary>
    public static JsonLdArticle Map(JsonElement node, JsonElement? page, JsonLdReferences? references = null)
    {
        var refs = references ?? JsonLdReferences.None;
        var (persons, organizations, strings) = Authors(node, refs);
        return new JsonLdArticle
        {
            Headline = Text(node, "headline") ?? Text(node, "name"),
            AlternativeHeadline = Text(node, "alternativeHeadline"),
            Description = Text(node, "description"),
            DatePublished = Text(node, "datePublished"),
            DateCreated = Text(node, "dateCreated"),
            DateModified = Text(node, "dateModified"),
            Authors = persons.Count > 0 ? persons : organizations,
            AuthorStrings = strings,
            PublisherName = NameOf(node, "publisher", refs) ?? (page is { } p ? NameOf(p, "publisher", refs) : null),
            Url = Text(node, "url") ?? (page is { } p2 ? Text(p2, "url") : null),
            MainEntityOfPage = IdOrUrl(node, "mainEntityOfPage"),
            Images = Images(node, refs),
            Language = Text(node, "inLanguage") ?? (page is { } p3 ? Text(p3, "inLanguage") : null),
            ArticleBody = Text(node, "articleBody"),
        };
    }

    /// <summary>A string property, or the first string of an array property; HTML entities left to the caller.</summary>
    private static string? Text(JsonElement node, string name)
    {
        if (!node.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            JsonValueKind.Object => Text(value, "@value") ?? Text(value, "name"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string? NameOf(JsonElement node, string name, JsonLdReferences? refs = null) =>
        node.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Object => Text(refs?.Resolve(value) ?? value, "name"),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Object).Select(v => Text(refs?.Resolve(v) ?? v, "name")).FirstOrDefault(n => n is not null),
            JsonValueKind.String => value.GetString(),
            _ => null,
        } : null;

    private static string? IdOrUrl(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
            _ => null,
        } : null;

    private static (List<Author> Persons, List<Author> Organizations, List<string> Strings) Authors(JsonElement node, JsonLdReferences refs)
    {
        List<Author> persons = [], organizations = [];
        List<string> strings = [];
        if (!node.TryGetProperty("author", out var author) && !node.TryGetProperty("creator", out author))
        {
            return (persons, organizations, strings);
        }

        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
        foreach (var item in items.Take(20).Select(refs.Resolve))
        {
            if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
            {
                strings.Add(item.GetString()!.Trim());
            }
            else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } name)
            {
                var type = Text(item, "@type") ?? "Person";
                if (LooksLikeByline(name))
                {
                    strings.Add(name); // "By JANE DOE, AP Sports Writer" as a name is a byline: the byline parser splits it.
                }
                else
                {
                    (type.Contains("Organization", StringComparison.OrdinalIgnoreCase) ? organizations : persons).Add(new Author(name));
                }
            }
        }

        return (persons, organizations, strings);
    }

    /// <summary>
    /// A name that is really a byline: "By ...", names joined by a comma or "and", an agency typed as a person,
    /// or a name in capitals (wire style, "JANE DOE") that the byline parser writes in title case.
    /// </summary>
    private static bool LooksLikeByline(string name) =>
        name.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || Extraction.Organizations.IsOrganization(name)
        || (name.Any(char.IsLetter) && !name.Any(char.IsLower)) || name.Contains(',', StringComparison.Ordinal)
        || name.Contains(" and ", StringComparison.OrdinalIgnoreCase) || name.Contains(" & ", StringComparison.Ordinal);

    private static List<ArticleImage> Images(JsonElement node, JsonLdReferences refs)
    {
        var images = new List<ArticleImage>();
        if (!node.TryGetProperty("image", out var image))
        {
            return images;
        }

        var items = image.ValueKind == JsonValueKind.Array ? image.EnumerateArray().ToList() : [image];
        foreach (var item in items.Take(10).Select(refs.Resolve))
        {
            var url = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ValueKind == JsonValueKind.Object ? Text(item, "url") ?? Text(item, "contentUrl") ?? Text(item, "@id") : null;
            // {"@id": "https://x/page/#primaryimage"} is a reference to another graph node, not an image URL.
            if (string.IsNullOrWhiteSpace(url) || url.Contains('#') || images.Any(i => i.Url == url))
            {
                continue;
            }

            var caption = item.ValueKind == JsonValueKind.Object ? Text(item, "caption") ?? Text(item, "description") : null;
            var credit = item.ValueKind == JsonValueKind.Object ? Text(item, "creditText") ?? NameOf(item, "copyrightHolder") ?? NameOf(item, "author") : null;
            images.Add(new ArticleImage(url.Trim(), caption, credit));
        }

        return images;
    }
}
