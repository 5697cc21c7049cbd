using System.CommandLine;
using Newsdesk.Cli.Commands;

var root = new RootCommand("Newsdesk: news-article ingestion and export on Azure Storage.")
{
    ParseCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
