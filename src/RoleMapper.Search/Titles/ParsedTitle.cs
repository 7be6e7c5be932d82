namespace RoleMapper.Search.Titles;

/// <summary>
/// A job title as the matcher reads it. "Snr Planning Officer - Development Management (2 posts)" reads as the job
/// "Planning Officer", the qualifier "Development Management", seniority Higher ("senior").
/// </summary>
/// <param name="Cleaned">The input made safe (<see cref="TitleText.Clean"/>), before anything was taken out.</param>
/// <param name="Jobs">The job, abbreviations spelt out and seniority words taken out; two or more when the title
/// names alternatives ("Cook / Cleaner"). Empty when only seniority was left ("Chief Officer").</param>
/// <param name="Qualifiers">What stood in brackets or after a dash and may carry meaning ("Taxis", "Structural").</param>
/// <param name="SeniorityWords">The seniority words as read, lower case ("senior", "head of").</param>
/// <param name="Level">An apprenticeship level the title names ("Level 3"), if any.</param>
public sealed record ParsedTitle(
    string Cleaned,
    IReadOnlyList<string> Jobs,
    IReadOnlyList<string> Qualifiers,
    SeniorityLean Lean,
    IReadOnlyList<string> SeniorityWords,
    int? Level)
{
    public bool IsEmpty => Jobs.Count == 0 && Lean != SeniorityLean.Executive;

    /// <summary>The jobs with their seniority words still in ("Funeral Director", "Senior Leader").</summary>
    public IReadOnlyList<string> WholeJobs { get; init; } = [];

    /// <summary>This title read with its seniority words as part of the job: for titles that are a job title as they
    /// stand ("Funeral Director" is not a director of funerals).</summary>
    public ParsedTitle AsWholeJob() => this with { Jobs = WholeJobs, Lean = SeniorityLean.None, SeniorityWords = [] };

    /// <summary>The title as read, lower case: "senior planning officer (development management)".</summary>
    public string Reading => Describe(Qualifiers);

    /// <summary>The reading with only the given qualifiers, e.g. those the standards have words for.</summary>
    public string Describe(IEnumerable<string> qualifiers)
    {
        var job = string.Join(" / ", Jobs);
        var parts = new List<string>();
        if (SeniorityWords.Count > 0)
        {
            parts.Add(string.Join(' ', SeniorityWords));
        }
        if (job.Length > 0)
        {
            parts.Add(job);
        }
        var inBrackets = string.Join(", ", qualifiers);
        if (inBrackets.Length > 0)
        {
            parts.Add($"({inBrackets})");
        }
        return string.Join(' ', parts).ToLowerInvariant();
    }
}
