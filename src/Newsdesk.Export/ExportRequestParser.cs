using System.Globalization;
using Microsoft.Extensions.Primitives;
using Newsdesk.Export.Formats;
using Newsdesk.Export.Schema;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Export;

/// <summary>Pure validation of <c>GET /api/export/{dataset}</c>: query string + <c>Accept</c> in, request or problem out.</summary>
public static class ExportRequestParser
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

        var filters = FilterValues.Parse(request, Many);
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

    internal static ExportRequestParseResult Fail(ExportProblem problem) => new(null, problem);
}
