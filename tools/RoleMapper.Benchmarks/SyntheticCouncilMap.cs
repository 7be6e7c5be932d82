using RoleMapper.Core.Export;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Benchmarks;

/// <summary>
/// A large council's map made up from data/council-roles.csv, with text as long as real councils write it: titles with a
/// team or area ("Social Worker - Children in Care Team 3"), 300 standards with titles, routes and links like the feed's,
/// review reasons, skills gaps described in a sentence or two. Seeded, so every run writes the same workbook.
/// </summary>
internal static class SyntheticCouncilMap
{
    private static readonly string[] Teams = ["North Area", "South Area", "East Locality", "West Locality", "Central Hub", "Countywide", "Children in Care", "Hospital Discharge", "Out of Hours", "Duty and Assessment"];
    private static readonly string[] Routes = ["Business and administration", "Care services", "Construction and the built environment", "Digital", "Education and early years", "Engineering and manufacturing", "Health and science", "Legal, finance and accounting", "Protective services", "Sales, marketing and procurement", "Transport and logistics", "Agriculture, environmental and animal care", "Creative and design", "Catering and hospitality", "Hair and beauty"];
    private static readonly string[] Words = ["operations", "supervisor", "practitioner", "technician", "professional", "manager", "specialist", "officer", "advanced", "senior", "leader", "adviser", "environmental", "health", "safety", "customer", "service", "public", "sector", "digital", "support", "coordinator", "assistant", "engineer"];
    private static readonly string[] People = ["Pat Jones", "Sam Patel", "Alex Morgan", "Chris O'Neill", "Jo Williams", "hr.team@council.example"];
    private static readonly int[] FundingBands = [5000, 7000, 9000, 12000, 15000, 18000, 21000, 23000, 27000];
    private static readonly string[] Confidences = ["High", "Medium", "Low"];

    public static CouncilMap Build(int roles, int gaps)
    {
        var random = new Random(20260302);
        var catalogue = CouncilRolesCsv.Load();
        var standards = Enumerable.Range(1, 300).Select(i => Standard(random, i)).ToList();
        var roleRows = Enumerable.Range(0, roles).Select(i =>
        {
            var source = catalogue[i % catalogue.Count];
            var title = $"{source.Title} - {Teams[random.Next(Teams.Length)]} Team {i / catalogue.Count + 1}";
            return Role(random, title, source.ServiceArea, standards);
        }).ToList();
        return new CouncilMap
        {
            CouncilName = "Mid Wessex County Council",
            CouncilType = "County",
            Region = "South West",
            GeneratedAtUtc = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc),
            GeneratedBy = "workforce.development@midwessex.example",
            FeedDate = new DateOnly(2026, 2, 28),
            Roles = roleRows,
            SkillsGaps = Enumerable.Range(0, gaps).Select(i => Gap(random, roleRows[random.Next(roleRows.Count)], standards)).ToList(),
            Changes = standards.Take(40).Select((s, i) => new FeedChangeRow
            {
                ChangedOn = new DateOnly(2026, 2, 1).AddDays(i % 27),
                StandardReference = s.StandardReference!,
                StandardTitle = s.StandardTitle,
                Kind = (FeedChangeKind)(i % 4),
                RolesAffected = roleRows.Where(r => r.StandardReference == s.StandardReference).Select(r => r.Title).Take(12).ToList(),
            }).ToList(),
            Maturity = Maturity(),
        };
    }

    /// <summary>A standard's fields, carried on a role row as the export takes them.</summary>
    private static RoleMapRow Standard(Random random, int number)
    {
        var reference = $"ST{number:D4}";
        var words = Enumerable.Range(0, random.Next(3, 8)).Select(_ => Words[random.Next(Words.Length)]);
        return new RoleMapRow
        {
            Title = "",
            StandardReference = reference,
            StandardTitle = char.ToUpperInvariant(Routes[number % Routes.Length][0]) + " " + string.Join(' ', words),
            Level = random.Next(2, 8),
            Route = Routes[number % Routes.Length],
            TypicalDurationMonths = random.Next(12, 49),
            MaxFundingGbp = FundingBands[random.Next(FundingBands.Length)],
            StandardStatus = number % 20 == 0 ? "Retired" : number % 33 == 0 ? "Approved (paused for starts)" : "Approved for delivery",
            StandardPageUrl = $"https://skillsengland.education.gov.uk/apprenticeships/{reference.ToLowerInvariant()}-v1-{number % 4}",
        };
    }

    private static RoleMapRow Role(Random random, string title, string? serviceArea, List<RoleMapRow> standards)
    {
        var roll = random.Next(100);
        var status = roll < 60 ? MappingStatus.Confirmed : roll < 75 ? MappingStatus.Suggested : roll < 85 ? MappingStatus.NoSuitableStandard : MappingStatus.Unmapped;
        var headcount = random.Next(20) == 0 ? (int?)null : random.Next(1, 61);
        if (status is MappingStatus.NoSuitableStandard or MappingStatus.Unmapped)
        {
            return new RoleMapRow { Title = title, ServiceArea = serviceArea, Headcount = headcount, Status = status };
        }
        var standard = standards[random.Next(standards.Count)];
        var needsReview = random.Next(12) == 0;
        return standard with
        {
            Title = title,
            ServiceArea = serviceArea,
            Headcount = headcount,
            Status = status,
            NeedsReview = needsReview,
            ReviewReason = needsReview ? $"{standard.StandardReference} has a new version (1.{random.Next(1, 5)}); the mapping still points at the earlier one" : null,
            Confidence = Confidences[random.Next(Confidences.Length)],
            ConfirmedBy = status == MappingStatus.Confirmed ? People[random.Next(People.Length)] : null,
            ConfirmedAtUtc = status == MappingStatus.Confirmed ? new DateTime(2025, 9, 1, 9, 0, 0, DateTimeKind.Utc).AddHours(random.Next(4000)) : null,
            AlternativeStandards = Enumerable.Range(0, random.Next(3)).Select(_ => standards[random.Next(standards.Count)].StandardReference!).ToList(),
        };
    }

    private static SkillsGapRow Gap(Random random, RoleMapRow role, List<RoleMapRow> standards) => new()
    {
        Description = $"Too few {role.Title.ToLowerInvariant()} staff hold the qualifications the service now needs; " +
            "recruitment has failed twice in the last year and agency cover is costly. Grow our own through apprenticeships.",
        RoleOrServiceArea = random.Next(3) == 0 ? role.ServiceArea : role.Title,
        Priority = (GapPriority)random.Next(3),
        PostsAffected = random.Next(1, 25),
        HardToFill = random.Next(2) == 0,
        SuccessionRisk = random.Next(3) == 0,
        LinkedStandards = Enumerable.Range(0, random.Next(1, 4)).Select(_ => standards[random.Next(standards.Count)].StandardReference!).ToList(),
        Status = (GapStatus)random.Next(3),
        TargetDate = new DateOnly(2026, 4, 1).AddDays(random.Next(540)),
    };

    private static MaturitySection Maturity()
    {
        var model = MaturityModel.LoadDefault();
        var met = model.Strands.SelectMany(s => s.TickableStatements.Take(5)).Select(s => s.Id).ToHashSet();
        var assessment = new MaturityAssessment(new DateOnly(2026, 2, 14), met);
        return MaturitySection.FromAssessment(model, assessment,
            met.ToDictionary(id => id, _ => "Agreed at Corporate Management Team, minutes of 12 January 2026; workforce plan on the intranet."));
    }
}
