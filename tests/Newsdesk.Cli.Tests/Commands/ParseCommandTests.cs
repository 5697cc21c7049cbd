using System.CommandLine;
using System.Text.Json;
using Newsdesk.Cli.Commands;

namespace Newsdesk.Cli.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task PrintsOneNdjsonLinePerParsedFile()
    {
        Write("a.txt", "Rivers rise in the north\n\nThe river rose on Tuesday, officials said.\n");
        Write("b.txt", "Harvest comes early\n\nFarmers began the harvest two weeks ahead of schedule.\n");

        var (exit, output, errors) = await InvokeAsync("parse", _dir);

        Assert.Equal(0, exit);
        Assert.Equal("", errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var titles = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()).ToList();
        Assert.Equal(["Rivers rise in the north", "Harvest comes early"], titles);
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));
    }

    [Fact]
    public async Task ReportsFailuresOnStandardErrorWithFileNameAndReasonAndStillParsesTheOthers()
    {
        Write("good.txt", "Bridge reopens\n\nThe bridge reopened to traffic on Monday.\n");
        var empty = Write("empty.txt", "");

        var (exit, output, errors) = await InvokeAsync("parse", _dir);

        Assert.Equal(1, exit);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Bridge reopens", output);
        var error = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(empty, error);
        Assert.Contains("empty", error[empty.Length..]);
    }

    [Fact]
    public async Task MissingPathExitsWithTwoAndNamesIt()
    {
        var missing = Path.Combine(_dir, "nope.md");

        var (exit, output, errors) = await InvokeAsync("parse", missing);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(missing, errors);
    }

    [Fact]
    public async Task PrettyPrintsIndentedJsonDocuments()
    {
        Write("a.txt", "Rivers rise in the north\n\nThe river rose on Tuesday, officials said.\n");

        var (exit, output, _) = await InvokeAsync("parse", "--pretty", _dir);

        Assert.Equal(0, exit);
        Assert.Contains("\n  \"title\": \"Rivers rise in the north\"", output);
        Assert.Equal("Rivers rise in the north", JsonDocument.Parse(output).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task FilesOverMaxBytesAreRefusedWithTheLimitInTheMessage()
    {
        var big = Write("big.txt", "Big story\n\n" + new string('x', 500) + "\n");

        var (exit, output, errors) = await InvokeAsync("parse", "--max-bytes", "100", big);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("too-large", errors);
        Assert.Contains("100", errors);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output, string Errors)> InvokeAsync(params string[] args)
    {
        var root = new RootCommand { ParseCommand.Create() };
        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
        return (exit, output.ToString(), errors.ToString());
    }
}
