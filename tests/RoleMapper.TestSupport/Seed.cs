using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;
using TestSupportDatabase = RoleMapper.TestSupport.TestDatabase;

namespace RoleMapper.TestSupport;

/// <summary>
/// The one set of test data builders: a council's workspace rows written straight through the context with sensible
/// defaults, so a test states only what matters to it and needs no pages. Either build an entity and add it
/// (<c>db.JobRoles.Add(Seed.Role("Assistant accountant").ConfirmedAs("ST0002"))</c>) or let the context add it
/// (<c>db.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 40, standard: "ST0001")</c>), on a context scoped to
/// the council (<see cref="NewCouncilContextAsync"/>, <see cref="TestCouncils.ContextFor"/>), then save. Use cases are
/// tested through Core's services instead (<see cref="CouncilWorkspace"/>).
/// </summary>
public static class Seed
{
    /// <summary>When every seeded row was made or decided: 23:30 UTC on 30 June, already 1 July in the UK.</summary>
    public static readonly DateTime When = new(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc);

    public const string Person = "pat.jones@council.example";

    /// <summary>A new council with a unique name unless given, saved at once; returns its id.</summary>
    public static async Task<int> AddCouncilAsync(this RoleMapperDbContext db, string? name = null,
        OrganisationType type = OrganisationType.District, EnglishRegion region = EnglishRegion.SouthWest)
    {
        name ??= "Seeded Council " + Guid.NewGuid().ToString("N")[..8];
        var council = new Organisation { Name = name, NormalizedName = Organisation.Normalize(name), Type = type, Region = region, CreatedUtc = When };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        return council.Id;
    }

    /// <summary>A context scoped to a new council (saved at once), to seed and read that council's rows; dispose it.</summary>
    public static async Task<RoleMapperDbContext> NewCouncilContextAsync(this TestSupportDatabase database, string? name = null,
        OrganisationType type = OrganisationType.District, EnglishRegion region = EnglishRegion.SouthWest)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(await db.AddCouncilAsync(name, type, region));
        return db;
    }

    /// <summary>A role nobody has mapped yet.</summary>
    public static JobRole Role(string title, string? serviceArea = "Finance", int? headcount = 1) => new()
    {
        Title = title, ServiceArea = serviceArea, Headcount = headcount, Status = MappingStatus.Unmapped,
        CreatedUtc = When, UpdatedUtc = When,
    };

    /// <summary>Confirmed against <paramref name="reference"/>, also accepting <paramref name="alternatives"/>.</summary>
    public static JobRole ConfirmedAs(this JobRole role, string reference, params string[] alternatives)
    {
        role.Status = MappingStatus.Confirmed;
        role.MappedByName = Person;
        role.MappedUtc = When;
        role.Standards.Add(Decision(reference, RoleStandardKind.Primary));
        role.Standards.AddRange(alternatives.Select(a => Decision(a, RoleStandardKind.Alternative)));
        return role;
    }

    public static JobRole SuggestedAs(this JobRole role, string reference, Core.Matching.Confidence confidence = Core.Matching.Confidence.High)
    {
        role.Status = MappingStatus.Suggested;
        role.SuggestedReference = reference;
        role.SuggestedConfidence = confidence;
        role.SuggestedReason = "Seeded suggestion";
        role.SuggestedUtc = When;
        return role;
    }

    /// <summary>A role added to the context; with <paramref name="standard"/>, that standard as its primary (confirmed or not, as the status says).</summary>
    public static JobRole AddRole(this RoleMapperDbContext db, string title, MappingStatus status = MappingStatus.Unmapped,
        int? headcount = 1, string? standard = null, string? serviceArea = "Waste", bool needsReview = false)
    {
        var role = Role(title, serviceArea, headcount);
        (role.Status, role.NeedsReview) = (status, needsReview);
        if (standard is not null)
        {
            role.Standards.Add(Decision(standard, RoleStandardKind.Primary));
        }
        db.JobRoles.Add(role);
        return role;
    }

    /// <summary>A gap about <paramref name="role"/>, or else about <paramref name="serviceArea"/>.</summary>
    public static SkillsGap Gap(string description, JobRole? role = null, string? serviceArea = null,
        GapPriority priority = GapPriority.Medium, GapStatus status = GapStatus.Open) => new()
    {
        Description = description, JobRole = role, ServiceArea = role is null ? serviceArea ?? "Finance" : role.ServiceArea,
        Priority = priority, Status = status, CreatedUtc = When, UpdatedUtc = When,
    };

    /// <summary>A gap added to the context.</summary>
    public static SkillsGap AddGap(this RoleMapperDbContext db, string description = "Not enough HGV drivers",
        GapStatus status = GapStatus.Open, bool hardToFill = false, bool successionRisk = false, string? serviceArea = "Waste",
        JobRole? role = null, params string[] linkedStandards)
    {
        var gap = Gap(description, role, serviceArea, status: status);
        (gap.ServiceArea, gap.HardToFill, gap.SuccessionRisk, gap.LinkedStandards) = (serviceArea, hardToFill, successionRisk, [.. linkedStandards]);
        db.SkillsGaps.Add(gap);
        return gap;
    }

    public static MapExport AddExport(this RoleMapperDbContext db, DateTime createdUtc)
    {
        var export = new MapExport { CreatedUtc = createdUtc, FileName = "map.xlsx", Sha256 = new string('0', 64), Content = [1] };
        db.MapExports.Add(export);
        return export;
    }

    /// <summary>An assessment meeting <paramref name="met"/>, with evidence text for some and targets by strand id.</summary>
    public static MaturityAssessmentRecord AddAssessment(this RoleMapperDbContext db, DateOnly on, IEnumerable<string> met,
        IReadOnlyDictionary<string, MaturityLevel>? targets = null, IReadOnlyDictionary<string, string>? evidence = null)
    {
        var record = new MaturityAssessmentRecord
        {
            AssessedOn = on,
            SavedUtc = When,
            SavedByName = "hr.lead@council.example",
            Met = met.Select(id => new MetStatementRecord { StatementId = id, Evidence = evidence?.GetValueOrDefault(id) }).ToList(),
            Targets = (targets ?? new Dictionary<string, MaturityLevel>())
                .Select(t => new StrandTargetRecord { StrandId = t.Key, Target = t.Value }).ToList(),
        };
        db.MaturityAssessments.Add(record);
        return record;
    }

    private static RoleStandard Decision(string reference, RoleStandardKind kind) => new()
    {
        Reference = reference, Kind = kind, Confidence = Core.Matching.Confidence.High, DecidedByName = Person, DecidedUtc = When,
    };
}
