using System.Text.RegularExpressions;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export;

/// <summary>Validates and normalizes filter values (domains, language codes, entity ids, author slugs, names).</summary>
internal static partial class FilterValues
{
    public static ExportRequestParseResult Parse(ExportRequest request, Func<string, IReadOnlyList<string>> many)
    {
        foreach (var name in new[] { "outlet", "author", "person", "organization", "place", "entity", "language" })
        {
            var given = many(name);
            if (given.Count > ExportRequestParser.MaxValuesPerFilter)
            {
                return ExportRequestParser.Fail(ExportProblem.BadParameter(name, $"'{name}' takes at most {ExportRequestParser.MaxValuesPerFilter} values; it was given {given.Count}."));
            }

            var normalized = new List<string>(given.Count);
            foreach (var value in given)
            {
                var (ok, result, why) = Normalize(name, value);
                if (!ok)
                {
                    return ExportRequestParser.Fail(ExportProblem.BadParameter(name, why));
                }

                if (!normalized.Contains(result))
                {
                    normalized.Add(result);
                }
            }

            request = name switch
            {
                "outlet" => request with { Outlets = normalized },
                "author" => request with { Authors = normalized },
                "person" => request with { People = normalized },
                "organization" => request with { Organizations = normalized },
                "place" => request with { Places = normalized },
                "entity" => request with { EntityIds = normalized },
                _ => request with { Languages = normalized },
            };
        }

        return new ExportRequestParseResult(request, null);
    }

    private static (bool Ok, string Value, string Why) Normalize(string name, string value)
    {
        var v = value.Trim();
        switch (name)
        {
            case "outlet":
                v = v.ToLowerInvariant();
                v = v.StartsWith("www.", StringComparison.Ordinal) ? v[4..] : v;
                return DomainRegex().IsMatch(v) ? (true, v, "") : (false, v, $"'{value}' is not an outlet domain such as bbc.co.uk.");
            case "language":
                v = v.ToLowerInvariant();
                return LanguageRegex().IsMatch(v) ? (true, v, "") : (false, v, $"'{value}' is not an ISO 639-1 language code such as en.");
            case "entity":
                v = v.ToLowerInvariant();
                return EntityIdRegex().IsMatch(v) ? (true, v, "") : (false, v, $"'{value}' is not an entity id such as person:vladimir-putin or place:north-korea.");
            case "author":
                var slug = RowKeys.Slug(v);
                return slug != "-" && slug.Length <= 200 ? (true, slug, "") : (false, v, $"'{value}' is not an author name or slug.");
            default:
                // person/organization/place: an id of that type, or a name to resolve through the lookup rows.
                var type = name;
                if (v.Contains(':', StringComparison.Ordinal))
                {
                    var lower = v.ToLowerInvariant();
                    return EntityIdRegex().IsMatch(lower) && lower.StartsWith(type + ":", StringComparison.Ordinal)
                        ? (true, lower, "")
                        : (false, v, $"'{value}' is not a {type} id ({type}:some-name) nor a name.");
                }

                var nameSlug = RowKeys.Slug(v);
                return nameSlug != "-" && nameSlug.Length <= 200 ? (true, v, "") : (false, v, $"'{value}' is not a {type} name or id.");
        }
    }

    [GeneratedRegex("^[a-z0-9.-]{1,253}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageRegex();

    [GeneratedRegex("^(person|organization|place):[a-z0-9][a-z0-9-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityIdRegex();
}
