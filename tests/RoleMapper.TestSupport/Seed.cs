using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;

namespace RoleMapper.TestSupport;

/// <summary>
/// Workspace test data written straight through the context, with sensible defaults, so export and skills-gap tests
/// need no pages: <c>Seed.Role("Assistant accountant").ConfirmedAs("ST0002")</c>. Add the results to a context scoped
/// to the council (<see cref="CouncilAsync"/> does that) and save.
/// </summary>
public static class Seed
{
    public static readonly DateTime DecidedUtc = new(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc);

    /// <summary>A new council with a unique name; the context is scoped to it from now on.</summary>
    public static async Task<Organisation> CouncilAsync(RoleMapperDbContext db, string? name = null)
    {
        name ??= "Seeded Council " + Guid.NewGuid().ToString("N")[..8];
        var council = new Organisation
        {
            Name = name, NormalizedName = Organisation.Normalize(name), Type = OrganisationType.Unitary,
            Region = EnglishRegion.NorthWest, CreatedUtc = DecidedUtc,
        };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        db.ScopeToOrganisation(council.Id);
        return council;
    }

    /// <summary>A role nobody has mapped yet.</summary>
    public static JobRole Role(string title, string? serviceArea = "Finance", int? headcount = 1) => new()
    {
        Title = title, ServiceArea = serviceArea, Headcount = headcount, Status = MappingStatus.Unmapped,
        CreatedUtc = DecidedUtc, UpdatedUtc = DecidedUtc,
    };

    /// <summary>Confirmed against <paramref name="reference"/>, also accepting <paramref name="alternatives"/>.</summary>
    public static JobRole ConfirmedAs(this JobRole role, string reference, params string[] alternatives)
    {
        role.Status = MappingStatus.Confirmed;
        role.MappedByName = "pat.jones@council.example";
        role.MappedUtc = DecidedUtc;
        role.Standards.Add(Decision(reference, RoleStandardKind.Primary));
        role.Standards.AddRange(alternatives.Select(a => Decision(a, RoleStandardKind.Alternative)));
        return role;
    }

    public static JobRole SuggestedAs(this JobRole role, string reference, Confidence confidence = Confidence.High)
    {
        role.Status = MappingStatus.Suggested;
        role.SuggestedReference = reference;
        role.SuggestedConfidence = confidence;
        role.SuggestedReason = "Seeded suggestion";
        role.SuggestedUtc = DecidedUtc;
        return role;
    }

    public static SkillsGap Gap(string description, JobRole? role = null, string? serviceArea = null,
        GapPriority priority = GapPriority.Medium, GapStatus status = GapStatus.Open) => new()
    {
        Description = description, JobRole = role, ServiceArea = role is null ? serviceArea ?? "Finance" : role.ServiceArea,
        Priority = priority, Status = status, CreatedUtc = DecidedUtc, UpdatedUtc = DecidedUtc,
    };

    private static RoleStandard Decision(string reference, RoleStandardKind kind) => new()
    {
        Reference = reference, Kind = kind, Confidence = Confidence.High,
        DecidedByName = "pat.jones@council.example", DecidedUtc = DecidedUtc,
    };
}
