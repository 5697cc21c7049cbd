using System.CommandLine;
using Newsdesk.Cli.Commands;

var root = new RootCommand("Newsdesk: news-article ingestion and export on Azure Storage.")
{
    ServeCommand.Create(),
    IngestCommand.Create(),
    ExportCommand.Create(),
    StatusCommand.Create(),
    ReprocessCommand.Create(),
    ParseCommand.Create(),
    EventsCommand.Create(),
    BenchIngestCommand.Create(),
};

// serve stops the host and Azurite after Ctrl+C: give it time instead of the default 2 s.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(40) });
