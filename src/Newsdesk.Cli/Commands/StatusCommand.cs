using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Newsdesk.Storage.Ingestion;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk status</c>: rows per table, Articles rows by kind, and the most recent ingestion failures.</summary>
internal static class StatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var storage = CommonOptions.Storage();
        var tablePrefix = CommonOptions.TablePrefix();
        var failures = new Option<int>("--failures") { Description = "How many recent failures to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Show row counts per table and the recent ingestion failures.") { storage, tablePrefix, failures };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            () => RunAsync(result.GetValue(storage)!, result.GetValue(tablePrefix)!, result.GetValue(failures), AnsiConsole.Console, cancellationToken),
            Console.Error,
            cancellationToken));
        return command;
    }

    /// <summary>Prints the status; returns 0.</summary>
    internal static async Task<int> RunAsync(string storage, string tablePrefix, int failures, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        await StorageGuard.EnsureReachableAsync(storage, cancellationToken);
        await using var services = StorageServices.Create(storage, tablePrefix: tablePrefix);
        StorageStatus status = null!;
        await console.Status().StartAsync("Counting rows...", async _ =>
            status = await services.GetRequiredService<StorageStatusService>().GetStatusAsync(failures, cancellationToken));

        var tables = new Table().Border(TableBorder.Rounded).Title("Tables").AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var table in status.Tables)
        {
            tables.AddRow(Markup.Escape(table.Table), table.Exists ? $"{table.Rows:N0}" : "[grey]not created[/]");
        }

        var kinds = new Table().Border(TableBorder.Rounded).Title("Articles rows by kind").AddColumn("Kind").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (kind, rows) in status.ArticleRowKinds.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            kinds.AddRow(kind, $"{rows:N0}");
        }

        console.Write(new Columns(tables, kinds) { Expand = false });
        if (status.RecentFailures.Count == 0)
        {
            console.MarkupLine("[green]No ingestion failures.[/]");
            return 0;
        }

        var recent = new Table().Border(TableBorder.Rounded).Title("Recent failures").AddColumns("At (UTC)", "Blob", "Reason");
        foreach (var failure in status.RecentFailures)
        {
            recent.AddRow(failure.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"), Markup.Escape(failure.BlobName), Markup.Escape(failure.Reason ?? ""));
        }

        console.Write(recent);
        return 0;
    }
}
