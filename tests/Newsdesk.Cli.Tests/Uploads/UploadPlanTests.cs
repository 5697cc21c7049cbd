using Newsdesk.Cli.Uploads;

namespace Newsdesk.Cli.Tests.Uploads;

public sealed class UploadPlanTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsdesk-plan-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FoldersGiveRelativeSlashSeparatedNamesAndLeaveOutHiddenGoldenAndReadmeFiles()
    {
        Write("b.md", 10);
        Write("sub/a.txt", 10);
        Write(".hidden/c.md", 10);
        Write(".d.md", 10);
        Write("b.expected.json", 10);
        Write("README.md", 10);

        var plan = UploadPlan.Create([_dir], 1000);

        Assert.Equal(["b.md", "sub/a.txt"], plan.Files.Select(f => f.BlobName));
        Assert.Equal(2, plan.Goldens);
        Assert.Empty(plan.Skipped);
        Assert.Equal(20, plan.TotalBytes);
    }

    [Fact]
    public void FilesOverTheLimitAreSkippedWithTheirSizeAndMissingPathsNamed()
    {
        var big = Write("big.html", 2000);
        Write("small.html", 100);
        var missing = Path.Combine(_dir, "nope");

        var plan = UploadPlan.Create([_dir, missing], 1000);

        Assert.Equal(["small.html"], plan.Files.Select(f => f.BlobName));
        var skipped = Assert.Single(plan.Skipped);
        Assert.StartsWith(big, skipped);
        Assert.Contains("2,000", skipped);
        Assert.Contains(missing, Assert.Single(plan.Missing));
    }

    [Fact]
    public void AFileArgumentIsUploadedUnderItsFileNameEvenWhenItLooksLikeAGolden()
    {
        var file = Write("deep/x.expected.json", 5);

        var plan = UploadPlan.Create([file], 1000);

        Assert.Equal("x.expected.json", Assert.Single(plan.Files).BlobName);
    }

    private string Write(string relative, int bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, new string('x', bytes));
        return path;
    }
}
