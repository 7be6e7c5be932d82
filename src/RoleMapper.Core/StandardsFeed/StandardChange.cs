using RoleMapper.Core.Standards;

namespace RoleMapper.Core.StandardsFeed;

public enum ChangeKind
{
    /// <summary>A reference the store had never seen.</summary>
    NewStandard,
    /// <summary>A new version of a standard the store already had.</summary>
    NewVersion,
    StatusChanged,
    /// <summary>Content changed but status did not.</summary>
    ContentChanged,
    /// <summary>The version left the feed without being marked withdrawn.</summary>
    Vanished,
    /// <summary>A vanished version came back.</summary>
    Reappeared,
}

/// <summary>One line of the change log: what one import did to one version of a standard.</summary>
public sealed class StandardChange
{
    public long Id { get; set; }
    public int ImportRunId { get; set; }
    public ImportRun? ImportRun { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Reference { get; set; }
    public required string Version { get; set; }
    public required string Title { get; set; }
    public ChangeKind Kind { get; set; }
    public StandardStatus? OldStatus { get; set; }
    public StandardStatus? NewStatus { get; set; }
    /// <summary>For content changes, the fields that changed ("title, job titles").</summary>
    public string Detail { get; set; } = "";
}
