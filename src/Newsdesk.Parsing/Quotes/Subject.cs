namespace Newsdesk.Parsing.Quotes;

/// <summary>What stands in a reporting clause's subject slot.</summary>
internal readonly record struct Subject(SubjectKind Kind, int Entity = -1, string? Noun = null)
{
    /// <summary>Nothing found.</summary>
    public static Subject None => new(SubjectKind.None);

    /// <summary>Whether it names a speaker or refers back to one.</summary>
    public bool Attributes => Kind is SubjectKind.Entity or SubjectKind.Pronoun or SubjectKind.Description or SubjectKind.OrganizationNoun;
}
