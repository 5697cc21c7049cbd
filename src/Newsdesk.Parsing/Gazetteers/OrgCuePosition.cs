namespace Newsdesk.Parsing.Gazetteers;

/// <summary>Where an organization cue word sits in a name.</summary>
[Flags]
internal enum OrgCuePosition
{
    /// <summary>Not a cue.</summary>
    None = 0,

    /// <summary>Last word: "Ewha University".</summary>
    Head = 1,

    /// <summary>First word followed by of/for: "University of Oslo".</summary>
    Lead = 2,

    /// <summary>A legal form written before the name: "PJSC Gazprom".</summary>
    Prefix = 4,
}
