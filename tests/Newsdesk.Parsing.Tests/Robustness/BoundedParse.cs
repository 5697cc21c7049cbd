namespace Newsdesk.Parsing.Tests.Robustness;

/// <summary>Runs a parse on a worker task with a generous deadline: a hang is a failure, an exception propagates.</summary>
public static class BoundedParse
{
    /// <summary>Far above any real parse; only a hang or a pathological regex gets near it.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <summary>Parses with <see cref="ArticleParser.Default"/> (or the given parser) within <see cref="Deadline"/>.</summary>
    public static ParseResult Run(byte[] content, string name, ArticleParser? parser = null)
    {
        using var cancellation = new CancellationTokenSource(Deadline);
        var task = Task.Run(() => (parser ?? ArticleParser.Default).Parse(content, name), cancellation.Token);
        try
        {
            return task.WaitAsync(cancellation.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new TimeoutException($"Parsing '{name}' ({content.Length} bytes) did not finish within {Deadline.TotalSeconds:0} s.");
        }
    }

    /// <summary>A result is well-formed: articles or errors (never neither), every error with a code and a message.</summary>
    public static bool IsWellFormed(ParseResult result) =>
        result.Articles is not null && result.Errors is not null &&
        (result.Articles.Count > 0 || result.Errors.Count > 0) &&
        result.Errors.All(e => !string.IsNullOrWhiteSpace(e.Code) && !string.IsNullOrWhiteSpace(e.Message)) &&
        result.Articles.All(a => a.Title is not null && a.Text is not null && a.Source is not null);
}
