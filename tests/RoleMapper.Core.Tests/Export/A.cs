namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// Test data with sensible defaults, so a test states only what matters to it:
/// <c>A.CouncilMap.WithRoles(A.Role("Refuse Loader") with { Headcount = 40 })</c>.
/// </summary>
internal static class A
{
    public static readonly DateTime GeneratedAtUtc = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>A council with nothing recorded yet.</summary>
    public static CouncilMap CouncilMap => new()
    {
        CouncilName = "Mid Wessex District Council",
        CouncilType = "District",
        Region = "South West",
        GeneratedAtUtc = GeneratedAtUtc,
        GeneratedBy = "hr.lead@midwessex.example",
        FeedDate = new DateOnly(2026, 2, 28),
    };

    /// <summary>A role confirmed against a standard, with every standard field filled.</summary>
    public static RoleMapRow Role(string title, string reference = "ST0001", int? headcount = 1, string serviceArea = "Waste") => new()
    {
        Title = title,
        ServiceArea = serviceArea,
        Headcount = headcount,
        Status = MappingStatus.Confirmed,
        StandardReference = reference,
        StandardTitle = $"Standard {reference}",
        Level = 2,
        Route = "Transport and logistics",
        TypicalDurationMonths = 12,
        MaxFundingGbp = 5000,
        StandardStatus = "Approved for delivery",
        Confidence = "High",
        ConfirmedBy = "Pat Jones",
        ConfirmedAtUtc = new DateTime(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc),
        StandardPageUrl = $"https://skillsengland.education.gov.uk/apprenticeships/{reference.ToLowerInvariant()}-v1-0",
    };

    /// <summary>A role with no standard yet.</summary>
    public static RoleMapRow UnmappedRole(string title, int? headcount = 1, string serviceArea = "Waste") => new()
    {
        Title = title,
        ServiceArea = serviceArea,
        Headcount = headcount,
        Status = MappingStatus.Unmapped,
    };

    public static SkillsGapRow Gap(string description, GapPriority priority = GapPriority.Medium, GapStatus status = GapStatus.Open) => new()
    {
        Description = description,
        RoleOrServiceArea = "Waste",
        Priority = priority,
        Status = status,
        PostsAffected = 3,
        LinkedStandards = ["ST0001"],
        TargetDate = new DateOnly(2026, 9, 30),
    };

    public static FeedChangeRow Change(string reference, FeedChangeKind kind = FeedChangeKind.NewVersion, params string[] roles) => new()
    {
        ChangedOn = new DateOnly(2026, 2, 20),
        StandardReference = reference,
        StandardTitle = $"Standard {reference}",
        Kind = kind,
        RolesAffected = roles,
    };

    public static CouncilMap WithRoles(this CouncilMap map, params RoleMapRow[] roles) => map with { Roles = roles };

    public static CouncilMap WithGaps(this CouncilMap map, params SkillsGapRow[] gaps) => map with { SkillsGaps = gaps };

    public static CouncilMap WithChanges(this CouncilMap map, params FeedChangeRow[] changes) => map with { Changes = changes };

    public static CouncilMap WithMaturity(this CouncilMap map, MaturitySection maturity) => map with { Maturity = maturity };
}
