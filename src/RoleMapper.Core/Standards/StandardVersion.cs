namespace RoleMapper.Core.Standards;

/// <summary>
/// One version of one apprenticeship standard, as the national feed last described it. Keyed "ST0116_1.2".
/// Rows are never deleted: retired, withdrawn and vanished versions stay so history and mappings keep their meaning.
/// Personal data from the feed (trailblazer and EQA contacts) is never copied here.
/// </summary>
public sealed class StandardVersion
{
    /// <summary>The longest title and route the store keeps; PostgreSQL refuses longer text, so the importer rejects it.</summary>
    public const int MaxTitleLength = 400;
    public const int MaxRouteLength = 100;

    public required string Key { get; set; }
    public required string Reference { get; set; }
    public required string Version { get; set; }

    /// <summary>Major and minor kept as numbers so the database can sort versions correctly (1.10 after 1.9).</summary>
    public int VersionMajor { get; set; }
    public int VersionMinor { get; set; }

    public required string Title { get; set; }
    public int Level { get; set; }
    public string Route { get; set; } = "";
    public StandardStatus Status { get; set; }
    public bool PausedForStarts { get; set; }
    public int LarsCode { get; set; }
    public int TypicalDurationMonths { get; set; }
    public int MaxFunding { get; set; }

    public string OverviewOfRole { get; set; } = "";
    /// <summary>Plain text: the feed's HTML entities decoded and tags removed, paragraphs kept as line breaks.</summary>
    public string OccupationalSummary { get; set; } = "";

    /// <summary>Typical and green job titles merged, duplicates ignoring case removed, feed order kept.</summary>
    public List<string> JobTitles { get; set; } = [];
    public List<string> GreenJobTitles { get; set; } = [];
    public List<string> Keywords { get; set; } = [];

    public List<Duty> Duties { get; set; } = [];
    /// <summary>In feed order; shown as K1, K2, ... (likewise S1.. and B1..), which is how the Institute numbers them.</summary>
    public List<string> Knowledge { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public List<string> Behaviours { get; set; } = [];
    public List<string> Options { get; set; } = [];
    public List<string> Qualifications { get; set; } = [];

    /// <summary>How a qualification is built in, e.g. "Degree-apprenticeship"; null when the feed says none.</summary>
    public string? IntegrationType { get; set; }
    /// <summary>"integrated degree", "non-integrated degree" or "non-degree qualification"; null when not given.</summary>
    public string? DegreeType { get; set; }
    public bool Regulated { get; set; }
    public string? RegulatedBody { get; set; }

    public DateOnly? ApprovedForDeliveryOn { get; set; }
    public DateOnly? EarliestStartDate { get; set; }
    public DateOnly? LatestStartDate { get; set; }
    /// <summary>The feed's note of what this version changed, and when.</summary>
    public string ChangeNote { get; set; } = "";
    public DateOnly? ChangedOn { get; set; }

    public string StandardPageUrl { get; set; } = "";
    public string AssessmentPlanUrl { get; set; } = "";

    /// <summary>SHA-256 over the content fields (see <see cref="StandardContent"/>); status is tracked on its own.</summary>
    public string ContentHash { get; set; } = "";
    public DateTime FirstSeenUtc { get; set; }
    public DateTime LastSeenUtc { get; set; }
    /// <summary>Set when the version dropped out of the feed without a Withdrawn marker; cleared if it comes back.</summary>
    public DateTime? RemovedFromFeedUtc { get; set; }

    public StandardVersionNumber VersionNumber => new(VersionMajor, VersionMinor);
    public bool IsApproved => Status == StandardStatus.ApprovedForDelivery && RemovedFromFeedUtc is null;

    public static string MakeKey(string reference, string version) => $"{reference}_{version}";
}
