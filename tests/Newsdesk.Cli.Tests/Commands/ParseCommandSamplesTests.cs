using Newsdesk.Cli.Commands;
using Newsdesk.Parsing;
using Newsdesk.Parsing.Model;
using Newsdesk.Testing;

namespace Newsdesk.Cli.Tests.Commands;

/// <summary>`newsdesk parse` on the samples folder and on a file far over the limit.</summary>
public sealed class ParseCommandSamplesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-parse-limit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task FileOverTheDefaultLimitIsRefusedWithoutBeingRead()
    {
        // A sparse 3 GiB file: reading it whole would throw (over 2 GiB), so only a check of the
        // length before reading can turn it into a too-large error.
        var huge = Path.Combine(_dir, "huge.html");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
        {
            stream.SetLength(3L * 1024 * 1024 * 1024);
        }

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await ParseCommand.RunAsync(ArticleParser.Default, [huge], pretty: false, output, errors);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.Contains("too-large", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("10,485,760", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParsingTheSamplesFolderWritesLinesThatReadBackAsTheSameArticles()
    {
        var samples = RepositoryRoot.Combine("samples");
        var files = Directory.EnumerateFiles(samples)
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal))
            .ToList();
        var workDir = Path.Combine(_dir, "samples");
        Directory.CreateDirectory(workDir);
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(workDir, Path.GetFileName(file)));
        }

        using var output = new StringWriter { NewLine = "\n" };
        using var errors = new StringWriter { NewLine = "\n" };
        await ParseCommand.RunAsync(ArticleParser.Default, [workDir], pretty: false, output, errors);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= files.Count, $"{lines.Length} lines for {files.Count} sample files; errors:\n{errors}");
        foreach (var line in lines)
        {
            var article = ArticleJson.Deserialize(line);
            Assert.NotNull(article);
            Assert.Equal(line, ArticleJson.Serialize(article));
        }
    }
}
