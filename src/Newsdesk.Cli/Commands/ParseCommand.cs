using System.CommandLine;
using System.Text;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;

namespace Newsdesk.Cli.Commands;

/// <summary><c>newsdesk parse &lt;file|dir&gt;...</c>: one normalized article per line (NDJSON) on standard output.</summary>
internal static class ParseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to parse (folders are read recursively).", Arity = ArgumentArity.OneOrMore };
        var pretty = new Option<bool>("--pretty") { Description = "Print indented JSON documents instead of NDJSON." };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse files larger than this many bytes.", DefaultValueFactory = _ => ParserOptions.DefaultMaxBytes };
        var command = new Command("parse", "Parse article files into normalized articles (NDJSON on standard output).") { paths, pretty, maxBytes };
        command.SetAction(async (result, cancellationToken) =>
        {
            var parser = ArticleParserBuilder.CreateDefault().WithOptions(new ParserOptions { MaxBytes = result.GetValue(maxBytes) }).Build();
            return await RunAsync(parser, result.GetValue(paths)!, result.GetValue(pretty), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    /// <summary>Parses every file; returns 0 when all parsed, 1 when any failed, 2 when a path does not exist.</summary>
    internal static async Task<int> RunAsync(ArticleParser parser, IEnumerable<string> paths, bool pretty, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        var exit = 0;
        foreach (var file in InputFiles.Expand(paths, errors))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Error is { } missing)
            {
                await errors.WriteLineAsync(missing);
                exit = Math.Max(exit, 2);
                continue;
            }

            var info = new FileInfo(file.Path!);
            if (info.Length > parser.Options.MaxBytes)
            {
                // Refused before it is read whole.
                await errors.WriteLineAsync($"{info.FullName}: too-large: {info.Length:N0} bytes, over the {parser.Options.MaxBytes:N0}-byte limit (--max-bytes).");
                exit = Math.Max(exit, 1);
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(info.FullName, cancellationToken);
            var parsed = parser.Parse(bytes, info.Name);
            foreach (var article in parsed.Articles)
            {
                await output.WriteLineAsync(pretty ? ArticleJson.SerializeIndented(article) : ArticleJson.Serialize(article));
            }

            foreach (var error in parsed.Errors)
            {
                var line = error.Line is { } n ? $":{n}" : "";
                await errors.WriteLineAsync($"{info.FullName}{line}: {error.Code}: {error.Message}");
            }

            if (!parsed.Succeeded || parsed.Errors.Count > 0)
            {
                exit = Math.Max(exit, 1);
            }
        }

        await output.FlushAsync(cancellationToken);
        return exit;
    }
}
