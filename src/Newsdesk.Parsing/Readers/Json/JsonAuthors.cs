using System.Text.Json;
using Newsdesk.Parsing.Model;
using Newsdesk.Parsing.Readers.Text;

namespace Newsdesk.Parsing.Readers.Json;

/// <summary>Reads the author fields of JSON articles: strings, arrays, person and organization objects.</summary>
internal static class JsonAuthors
{
    /// <summary>Authors: strings go to <paramref name="bylines"/> (parsed later), objects with a name to the lists of people and organizations.</summary>
    public static void Read(JsonElement value, List<string> bylines, List<Author> people, List<Author> organizations, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when JsonValues.Text(value) is { } byline:
                bylines.Add(byline);
                break;
            case JsonValueKind.Array when depth < JsonValues.MaxNesting:
                foreach (var item in value.EnumerateArray())
                {
                    Read(item, bylines, people, organizations, depth + 1);
                }

                break;
            case JsonValueKind.Object when depth < JsonValues.MaxNesting:
                var name = JsonValues.FirstText(value, "name", "fullName", "displayName", "byline", "original", "title") ?? GivenAndFamily(value);
                if (name is null)
                {
                    break;
                }

                var affiliation = JsonValues.FirstText(value, "affiliation", "organization", "organisation", "agency", "outlet", "worksFor", "publisher", "company");
                var kind = JsonValues.Property(value, "@type") is { ValueKind: JsonValueKind.String } type ? type.GetString() : null;
                var isOrganization = kind is not null && (kind.Contains("Organization", StringComparison.OrdinalIgnoreCase) || kind.Contains("Organisation", StringComparison.OrdinalIgnoreCase));
                if (!isOrganization && LooksLikeByline(name))
                {
                    // {"original": "By A and B"}: a whole byline, parsed later like a byline string.
                    bylines.Add(affiliation is null ? name : $"{name} for {affiliation}");
                    break;
                }

                (isOrganization ? organizations : people).Add(new Author(TextTools.Collapse(name), affiliation));
                break;
        }
    }

    private static bool LooksLikeByline(string name) =>
        name.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || name.Contains(" and ", StringComparison.OrdinalIgnoreCase) ||
        name.Contains(" & ", StringComparison.Ordinal) || name.Contains(';');

    // {"firstName": "Ana", "lastName": "Lima"} and schema.org givenName/familyName.
    private static string? GivenAndFamily(JsonElement value)
    {
        var given = JsonValues.FirstText(value, "firstName", "givenName", "first", "forename");
        var family = JsonValues.FirstText(value, "lastName", "familyName", "last", "surname");
        return given is null ? family : family is null ? given : $"{given} {family}";
    }
}
