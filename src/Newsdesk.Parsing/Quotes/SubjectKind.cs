namespace Newsdesk.Parsing.Quotes;

/// <summary>Kinds of reporting-clause subjects.</summary>
internal enum SubjectKind : byte
{
    /// <summary>No reporting clause.</summary>
    None,

    /// <summary>A named person or organization.</summary>
    Entity,

    /// <summary>"he", "she": the last named speaker.</summary>
    Pronoun,

    /// <summary>A subject that is not a named speaker ("a spokesman", "Russian news agencies", "Moscow"): no speaker.</summary>
    Unnamed,

    /// <summary>"... and said": the subject of the sentence.</summary>
    Coordinated,

    /// <summary>"the minister said": the person the article last described with that noun.</summary>
    Description,

    /// <summary>"the company said": the organization that last opened a sentence and fits the noun.</summary>
    OrganizationNoun,
}
