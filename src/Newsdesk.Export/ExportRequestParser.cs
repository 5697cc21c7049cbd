using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Schema;
using Newsdesk.Parsing.Model;
using Newsdesk.Storage.Tables;

namespace Newsdesk.Export;

/// <summary>Pure validation of <c>GET /api/export/{dataset}</c>: query string + <c>Accept</c> in, request or problem out.</summary>
public static partial class ExportRequestParser
{
    /// <summary>Largest <c>limit</c>.</summary>
    public const int MaxLimit = 100_000;

    /// <summary>Most values one filter takes (each value is one key range).</summary>
    public const int MaxValuesPerFilter = 20;

    /// <summary>Dataset names in the route.</summary>
    public static IReadOnlyList<string> Datasets { get; } = Enum.GetValues<ExportDataset>().Select(DatasetSchema.Name).ToArray();

    /// <summary>Every query parameter the endpoint reads (<c>code</c> is the Functions key, ignored here).</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        ["from", "to", "outlet", "author", "person", "organization", "place", "entity", "language", "q", "fields", "format", "limit", "continuation", "code"];

    private static readonly string[] SingleValued = ["from", "to", "q", "fields", "format", "limit", "continuation", "code"];

    /// <summary>Validates the dataset name, query parameters and Accept header.</summary>
    public static ExportRequestParseResult Parse(string dataset, IEnumerable<KeyValuePair<string, StringValues>> query, string? accept)
    {
        if (!Enum.TryParse<ExportDataset>(dataset, ignoreCase: true, out var kind) || !Datasets.Contains(dataset.ToLowerInvariant()))
        {
            return Fail(ExportProblem.UnknownDataset(dataset, Datasets));
        }

        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (rawName, rawValues) in query)
        {
            var name = rawName.ToLowerInvariant();
            if (!Parameters.Contains(name))
            {
                return Fail(ExportProblem.BadParameter(rawName, $"Unknown query parameter '{rawName}'.", Parameters));
            }

            var list = values.TryGetValue(name, out var existing) ? existing : values[name] = [];
            foreach (var value in rawValues)
            {
                if (SingleValued.Contains(name))
                {
                    list.Add(value ?? "");
                }
                else
                {
                    list.AddRange((value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }

            if (SingleValued.Contains(name) && list.Count > 1)
            {
                return Fail(ExportProblem.BadParameter(name, $"'{name}' takes one value; it was given {list.Count}."));
            }
        }

        string? One(string name) => values.TryGetValue(name, out var v) && v.Count > 0 ? v[0] : null;
        IReadOnlyList<string> Many(string name) => values.TryGetValue(name, out var v) ? v.Distinct(StringComparer.Ordinal).ToArray() : [];

        ExportFormat format;
        if (One("format") is { } formatName)
        {
            if (FormatInfo.FromName(formatName) is not { } named)
            {
                return Fail(ExportProblem.NotAcceptable("format", $"Unknown format '{formatName}'.", FormatInfo.Names));
            }

            format = named;
        }
        else if (FormatInfo.FromAccept(accept) is { } negotiated)
        {
            format = negotiated;
        }
        else
        {
            return Fail(ExportProblem.NotAcceptable("Accept", $"None of the media types in Accept '{accept}' is one Newsdesk writes; use one of these or ?format=.", FormatInfo.MediaTypes));
        }

        var request = new ExportRequest { Dataset = kind, Format = format };
        foreach (var bound in new[] { "from", "to" })
        {
            if (One(bound) is not { } text)
            {
                continue;
            }

            if (!PublishedAt.TryParseIso(text, out var parsed))
            {
                return Fail(ExportProblem.BadParameter(bound, $"'{text}' is not an ISO 8601 date (2024-06-19) or date-time (2024-06-19T10:30:00Z)."));
            }

            request = bound == "from" ? request with { From = parsed } : request with { To = parsed };
        }

        if (request is { From: { } from, To: { } to } && from.Date > to.Date)
        {
            return Fail(ExportProblem.BadParameter("to", $"'to' ({to}) is before 'from' ({from})."));
        }

        var filters = ParseFilters(request, Many);
        if (filters.Problem is not null)
        {
            return filters;
        }

        request = filters.Request!;
        if (kind == ExportDataset.Entities && (request.Outlets.Count > 0 || request.Authors.Count > 0 || request.Languages.Count > 0))
        {
            var name = request.Outlets.Count > 0 ? "outlet" : request.Authors.Count > 0 ? "author" : "language";
            return Fail(ExportProblem.BadParameter(name, $"The entities dataset has no filter '{name}'; filter mentions instead.",
                ["from", "to", "person", "organization", "place", "entity", "q", "fields", "format", "limit", "continuation"]));
        }

        if (One("q") is { } q)
        {
            if (q.Trim().Length is 0 or > 200)
            {
                return Fail(ExportProblem.BadParameter("q", "'q' must be 1 to 200 characters of text."));
            }

            request = request with { Query = q.Trim() };
        }

        if (One("fields") is { } fieldsText)
        {
            var allowed = kind == ExportDataset.Articles && format is ExportFormat.Json or ExportFormat.Ndjson
                ? DatasetSchema.ArticleJsonFields
                : DatasetSchema.Columns(kind).Select(c => c.Name).ToArray();
            var fields = fieldsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length == 0)
            {
                return Fail(ExportProblem.BadParameter("fields", "'fields' is empty; name at least one column.", allowed));
            }

            foreach (var field in fields)
            {
                if (!allowed.Contains(field, StringComparer.Ordinal))
                {
                    return Fail(ExportProblem.BadParameter("fields", $"'{field}' is not a column of {DatasetSchema.Name(kind)} as {FormatInfo.Extension(format)}.", allowed));
                }
            }

            if (fields.Distinct(StringComparer.Ordinal).Count() != fields.Length)
            {
                return Fail(ExportProblem.BadParameter("fields", "'fields' names a column twice."));
            }

            request = request with { Fields = fields };
        }

        if (One("limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit is < 1 or > MaxLimit)
            {
                return Fail(ExportProblem.BadParameter("limit", $"'limit' must be a whole number from 1 to {MaxLimit}; it was '{limitText}'."));
            }

            request = request with { Limit = limit };
        }

        if (One("continuation") is { } continuation)
        {
            var token = ContinuationToken.TryDecode(continuation);
            if (token is null)
            {
                return Fail(ExportProblem.BadParameter("continuation", "'continuation' is not a token this service issued; start again without it."));
            }

            if (token.Fingerprint != ContinuationToken.FingerprintOf(request))
            {
                return Fail(ExportProblem.BadParameter("continuation", "'continuation' was issued for other filters; repeat the original query's filters or start again without it."));
            }

            request = request with { Continuation = continuation };
        }

        return new ExportRequestParseResult(request, null);
    }

    private static ExportRequestParseResult ParseFilters(ExportRequest request, Func<string, IReadOnlyList<string>> many)
    {
        foreach (var name in new[] { "outlet", "author", "person", "organization", "place", "entity", "language" })
        {
            var given = many(name);
            if (given.Count > MaxValuesPerFilter)
            {
                return Fail(ExportProblem.BadParameter(name, $"'{name}' takes at most {MaxValuesPerFilter} values; it was given {given.Count}."));
            }

            var normalized = new List<string>(given.Count);
            foreach (var value in given)
            {
                var (ok, result, why) = Normalize(name, value);
                if (!ok)
                {
                    return Fail(ExportProblem.BadParameter(name, why));
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

    private static ExportRequestParseResult Fail(ExportProblem problem) => new(null, problem);

    [GeneratedRegex("^[a-z0-9.-]{1,253}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainRegex();

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageRegex();

    [GeneratedRegex("^(person|organization|place):[a-z0-9][a-z0-9-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityIdRegex();
}
