namespace RoleMapper.Core.UnmatchedTitles;

/// <summary>Configuration section "UnmatchedTitles".</summary>
public sealed class UnmatchedTitleOptions
{
    public const string Section = "UnmatchedTitles";

    /// <summary>How often the web app writes the titles queued since the last write.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
