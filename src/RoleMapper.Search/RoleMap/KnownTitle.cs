namespace RoleMapper.Search.RoleMap;

/// <summary>Who knows the mapping of a known title: the sector role map, councils that confirmed it alike, or the list
/// of titles that are not jobs (<see cref="NotJobs"/>).</summary>
internal enum KnownSource
{
    RoleMap,
    Councils,
    NotAJob,
}

/// <summary>
/// One way of writing a role whose standards people decided: a map role's title or alias, or a title councils agreed
/// on. Held with its words and its vector, read once when the index is built.
/// </summary>
/// <param name="RoleId">The map role's id (every name of a role shares it; a fold of cross-validation holds out ids);
/// empty for council agreement.</param>
/// <param name="Name">As written in the map, for reasons.</param>
/// <param name="Standards">Best first; empty when no standard fits the role.</param>
internal sealed record KnownTitle(
    KnownSource Source,
    string RoleId,
    string Name,
    IReadOnlyList<string> Standards,
    string Reason,
    int Councils,
    Dictionary<string, float> Words,
    float TotalWeight,
    float[]? Vector,
    string ExactKey)
{
    public bool FitsNoStandard => Standards.Count == 0;

    /// <summary>Another role of the map has a name that reads exactly as this one ("Section 106 Officer" and "Section
    /// 151 Officer" both read "section officer"): the name alone does not say which role a title is.</summary>
    public bool Ambiguous { get; init; }

    /// <summary>The stem of the last word of the title's job, usually what the job is ("operative" of "Grounds
    /// Maintenance Operative"); empty when the title names no job.</summary>
    public string RoleWord { get; init; } = "";

    /// <summary>The words of <see cref="ExactKey"/> in the order written (<see cref="KnownTitles.Keys"/>): of two
    /// names that read exactly alike, the one a reason should quote.</summary>
    public string InOrderKey { get; init; } = "";
}
