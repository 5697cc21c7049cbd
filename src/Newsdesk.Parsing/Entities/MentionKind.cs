namespace Newsdesk.Parsing.Entities;

/// <summary>How a mention was recognised, which decides how it is resolved.</summary>
internal enum MentionKind : byte
{
    /// <summary>A gazetteer phrase with a canonical name.</summary>
    Gazetteer,

    /// <summary>A multi-word name classified by cue, given name or context.</summary>
    Named,

    /// <summary>A single capitalised word: a short form to resolve (person surname, acronym).</summary>
    Single,
}
