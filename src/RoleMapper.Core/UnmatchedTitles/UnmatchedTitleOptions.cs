namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>Configuration section "UnmatchedTitles".</summary>
public sealed class UnmatchedTitleOptions
{
    public const string Section = "UnmatchedTitles";

    /// <summary>How often the web app writes the titles queued since the last write.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most titles the log keeps: after each write, the most often seen (then the most recently seen) stay. A
    /// reviewer reads the top few hundred; ten thousand leaves room for the long tail without letting a script that
    /// searches random words grow the table without end.
    /// </summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>A title not seen for this long is dropped: jobs and words change, and the log is about what people search now.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(365);
}
