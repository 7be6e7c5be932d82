using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;

namespace RoleMapper.TestSupport;

/// <summary>
/// A council's workspace rows written straight to the database with sensible defaults, so a test states only what
/// matters to it: <c>db.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 40, standard: "ST0001")</c>. Add
/// to a context scoped to the council (<c>db.ScopeToOrganisation(id)</c>), then save.
/// </summary>
public static class SeededWorkspace
{
    public static readonly DateTime When = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>A new council, saved at once; returns its id.</summary>
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
    public static async Task<RoleMapperDbContext> NewCouncilContextAsync(this TestDatabase database,
        OrganisationType type = OrganisationType.District, EnglishRegion region = EnglishRegion.SouthWest)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(await db.AddCouncilAsync(type: type, region: region));
        return db;
    }

    /// <summary>A role; with <paramref name="standard"/>, that standard as its primary (confirmed or not, as the status says).</summary>
    public static JobRole AddRole(this RoleMapperDbContext db, string title, MappingStatus status = MappingStatus.Unmapped,
        int? headcount = 1, string? standard = null, string? serviceArea = "Waste", bool needsReview = false)
    {
        var role = new JobRole
        {
            Title = title, ServiceArea = serviceArea, Headcount = headcount, Status = status, NeedsReview = needsReview,
            CreatedUtc = When, UpdatedUtc = When,
        };
        if (standard is not null)
        {
            role.Standards.Add(new RoleStandard { Reference = standard, Kind = RoleStandardKind.Primary, DecidedUtc = When });
        }
        db.JobRoles.Add(role);
        return role;
    }

    public static SkillsGap AddGap(this RoleMapperDbContext db, string description = "Not enough HGV drivers",
        GapStatus status = GapStatus.Open, bool hardToFill = false, bool successionRisk = false, string? serviceArea = "Waste",
        JobRole? role = null, params string[] linkedStandards)
    {
        var gap = new SkillsGap
        {
            Description = description, Status = status, HardToFill = hardToFill, SuccessionRisk = successionRisk,
            ServiceArea = serviceArea, JobRole = role, LinkedStandards = [.. linkedStandards], CreatedUtc = When, UpdatedUtc = When,
        };
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
}
