namespace Newsdesk.Export;

/// <summary>Either a valid request or the problem that explains why the query was refused.</summary>
public sealed record ExportRequestParseResult(ExportRequest? Request, ExportProblem? Problem)
{
    /// <summary>True when <see cref="Request"/> is set.</summary>
    public bool IsValid => Request is not null;
}
