namespace RoleMapper.Core.RoleMap;

/// <summary>
/// One role of the sector role map as the database keeps it once the map is edited in the app: the
/// <see cref="MappedRole"/> fields, the review flag an import sets when one of its standards moved on
/// (<see cref="FlagRoleMapForReview"/>), and who changed it last. <see cref="RoleMapChange"/> holds every change.
/// </summary>
public sealed class RoleMapEntry
{
    public const int MaxIdLength = 100;
    public const int MaxAreaLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxFamilyLength = 100;
    public const int MaxReasonLength = 1000;
    public const int MaxReviewReasonLength = 500;
    public const int ReleaseHashLength = 64;

    /// <summary>The stable slug ("housing-officer"), the key: two nodes seeding at once cannot write a role twice.</summary>
    public required string Id { get; set; }
    public required string ServiceArea { get; set; }
    public required string Title { get; set; }
    public required string JobFamily { get; set; }
    public List<string> Aliases { get; set; } = [];
    /// <summary>One to three references best first; empty when no standard fits (<see cref="Reason"/> says why).</summary>
    public List<string> Standards { get; set; } = [];
    public required string Reason { get; set; }
    /// <summary>The feed date the mapping was last checked against ("2026-08-22").</summary>
    public required string CheckedAgainst { get; set; }
    public bool NeedsReview { get; set; }
    public string? ReviewReason { get; set; }
    public DateTime? ReviewFlaggedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>Who changed it last (an email address), or where it came from when seeded.</summary>
    public required string UpdatedBy { get; set; }
    /// <summary>
    /// The built-in map's version of this role that the row was last seeded or merged from (a SHA-256 of its fields,
    /// <see cref="MergeReleasedRoleMap.HashOf"/>), so a later release can tell which roles it changed since. Null on
    /// rows seeded before releases were merged.
    /// </summary>
    public string? ReleaseHash { get; set; }

    public MappedRole ToMappedRole() => new(Id, ServiceArea, Title, JobFamily, Aliases, Standards, Reason, CheckedAgainst);
}
