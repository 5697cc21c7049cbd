using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Newsdesk.Export;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary>
/// <c>newsdesk export &lt;dataset&gt;</c>: the same export as <c>GET /api/export/{dataset}</c> (same validation,
/// same <see cref="ExportService"/>), written to a file with a row counter.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Filters, each a query parameter of the HTTP route; repeat a filter (or give commas) for "any of".</summary>
    private static readonly (string Name, string Description, bool Many)[] Filters =
    [
        ("from", "Earliest publication date or time (ISO 8601), inclusive.", false),
        ("to", "Latest publication date or time (ISO 8601), inclusive.", false),
        ("outlet", "Outlet domain (bbc.co.uk).", true),
        ("author", "Author name or slug.", true),
        ("person", "Person: name, alias or entity id.", true),
        ("organization", "Organization: name, alias or entity id.", true),
        ("place", "Place: name, alias or entity id.", true),
        ("entity", "Entity id of any type (person:vladimir-putin).", true),
        ("language", "ISO 639-1 language code.", true),
        ("q", "Text to find in the title or body.", false),
        ("fields", "Columns to keep, comma-separated, in order.", false),
        ("limit", "At most this many rows (prints the continuation token for the next page).", false),
        ("continuation", "Continue after a previous page.", false),
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = $"One of: {string.Join(", ", ExportRequestParser.Datasets)}." };
        var format = new Option<string?>("--format") { Description = "csv, ndjson, json or parquet (default: from the output file's extension, else ndjson).", HelpName = "F" };
        var output = new Option<string>("--output", "-o") { Description = "The file to write; - for standard output.", DefaultValueFactory = _ => "-", HelpName = "FILE" };
        var storage = CommonOptions.Storage();
        var tablePrefix = CommonOptions.TablePrefix();
        var command = new Command("export", "Export a dataset, filtered, as CSV, NDJSON, JSON or Parquet (the same export as GET /api/export/{dataset}).") { dataset, format, output, storage, tablePrefix };
        var many = new List<(string Name, Option<string[]> Option)>();
        var single = new List<(string Name, Option<string> Option)>();
        foreach (var (name, description, isMany) in Filters)
        {
            if (isMany)
            {
                var option = new Option<string[]>("--" + name) { Description = description + " Repeat for any of several.", HelpName = "VALUE" };
                many.Add((name, option));
                command.Add(option);
            }
            else
            {
                var option = new Option<string>("--" + name) { Description = description, HelpName = "VALUE" };
                single.Add((name, option));
                command.Add(option);
            }
        }

        command.SetAction((result, cancellationToken) =>
        {
            var query = many
                .Select(f => new KeyValuePair<string, StringValues>(f.Name, result.GetValue(f.Option) ?? []))
                .Concat(single.Select(f => new KeyValuePair<string, StringValues>(f.Name, result.GetValue(f.Option) is { } value ? new StringValues(value) : StringValues.Empty)))
                .Where(f => f.Value.Count > 0)
                .ToList();
            return CommandRunner.RunAsync(
                () => RunAsync(result.GetValue(storage)!, result.GetValue(tablePrefix)!, result.GetValue(dataset)!, query, result.GetValue(format), result.GetValue(output)!, cancellationToken),
                Console.Error,
                cancellationToken);
        });
        return command;
    }

    /// <summary>Validates like the HTTP route, exports, and reports the row count on standard error; returns 0.</summary>
    internal static async Task<int> RunAsync(string storage, string tablePrefix, string dataset, IReadOnlyList<KeyValuePair<string, StringValues>> query, string? format, string output, CancellationToken cancellationToken = default)
    {
        var formatName = format ?? FormatFromExtension(output) ?? "ndjson";
        var parsed = ExportRequestParser.Parse(dataset, [.. query, new("format", formatName)], accept: null);
        if (parsed.Request is not { } request)
        {
            var problem = parsed.Problem!;
            var allowed = problem.Allowed is { Count: > 0 } list ? $" Allowed: {string.Join(", ", list)}." : "";
            throw new CliException($"{problem.Title}: {problem.Detail}{allowed}");
        }

        await StorageGuard.EnsureReachableAsync(storage, cancellationToken);
        await using var services = StorageServices.Create(storage, tablePrefix: tablePrefix);
        var service = services.GetRequiredService<ExportService>();
        // Progress goes to standard error, so `--output -` can be piped.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ExportResult exported = null!;
        await using (var stream = output == "-" ? Console.OpenStandardOutput() : File.Create(output))
        {
            await console.Status().StartAsync($"Exporting {dataset}...", async status =>
                exported = await service.ExportAsync(request, stream, new SyncProgress<long>(rows => status.Status = $"Exported {rows:N0} rows..."), cancellationToken));
        }

        console.MarkupLine($"Exported [bold]{exported.Rows:N0}[/] {Markup.Escape(dataset)} rows as {formatName}{(output == "-" ? "" : $" to {Markup.Escape(output)}")}.");
        if (exported.Continuation is { } next)
        {
            console.MarkupLine($"More rows follow: add [grey]--continuation {Markup.Escape(next)}[/].");
        }

        return 0;
    }

    private static string? FormatFromExtension(string output) => Path.GetExtension(output).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".ndjson" or ".jsonl" => "ndjson",
        ".json" => "json",
        ".parquet" => "parquet",
        _ => null,
    };
}
