using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Plan;
using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Export;

/// <summary>
/// Fills a <see cref="CouncilMap"/> for the context's current council from the database: the web app's export button and
/// <c>rolemapper export</c> both call this. Each list is one query (roles, their decided standards, their decision
/// history, the standards' current versions and names, skills gaps, feed changes, the latest maturity
/// self-assessment); rows are put together in memory, because the writer sorts them anyway.
/// The tenancy filter decides whose roles and gaps these are, so the context must be scoped to one council.
/// </summary>
public static class CouncilMapQuery
{
    /// <summary>The map, and the import run it was checked against (the next export's changes start after it).</summary>
    public sealed record Result(CouncilMap Map, int? ImportRunId);

    /// <param name="planRules">The levy rules the Plan sheet applies (<c>Programme</c> settings); the defaults when not given.</param>
    public static async Task<Result> BuildAsync(RoleMapperDbContext db, MaturityModel maturityModel, string generatedBy,
        DateTime nowUtc, CancellationToken ct, ProgrammeOptions? planRules = null)
    {
        var organisationId = db.CurrentOrganisationId
            ?? throw new InvalidOperationException("The context is not scoped to a council, so there is no map to build.");
        var council = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.Type, o.Region }).SingleAsync(ct);
        var lastImport = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Outcome == ImportOutcome.Succeeded)
            .OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.FeedDate })
            .FirstOrDefaultAsync(ct);

        var roles = await db.JobRoles.AsNoTracking()
            .Select(r => new RoleFacts(r.Id, r.Title, r.ServiceArea, r.Headcount, r.Status, r.NeedsReview, r.ReviewReason,
                r.SuggestedReference, r.SuggestedConfidence, r.MappedByName, r.MappedUtc)
            {
                Department = r.Department, JobFamily = r.JobFamily, Grade = r.Grade, Fte = r.Fte, Notes = r.Notes, MappingNote = r.MappingNote,
            })
            .ToListAsync(ct);
        var decisions = await db.RoleStandards.AsNoTracking()
            .Where(s => s.Kind != RoleStandardKind.Rejected)
            .Select(s => new Decision(s.JobRoleId, s.Reference, s.Kind, s.Confidence, s.DecidedByName, s.DecidedUtc))
            .ToListAsync(ct);
        var standards = await CurrentStandardsAsync(db, roles, decisions, ct);
        var history = (await db.RoleDecisions.AsNoTracking().OrderByDescending(d => d.Id).ToListAsync(ct)).ToLookup(d => d.JobRoleId);
        var gaps = await db.SkillsGaps.AsNoTracking()
            .Select(g => new SkillsGapRow
            {
                Description = g.Description,
                RoleOrServiceArea = g.JobRole != null ? g.JobRole.Title : g.ServiceArea,
                Priority = g.Priority,
                PostsAffected = g.PostsAffected,
                HardToFill = g.HardToFill,
                SuccessionRisk = g.SuccessionRisk,
                LinkedStandards = g.LinkedStandards,
                Status = g.Status,
                TargetDate = g.TargetDate,
            })
            .ToListAsync(ct);
        var labels = await StandardLabels.LoadAsync(db, decisions.Select(d => d.Reference)
            .Concat(gaps.SelectMany(g => g.LinkedStandards))
            .Concat(history.SelectMany(h => h).Select(d => d.Reference).OfType<string>()), ct);
        gaps = gaps.Select(g => g with { LinkedStandards = g.LinkedStandards.Select(r => labels[r]).ToList() }).ToList();
        var changes = await ChangesSinceLastExport.ReadAsync(db, roles.ToDictionary(r => r.Id, r => r.Title), decisions,
            lastImport?.Id, nowUtc, ct);

        var decisionsByRole = decisions.ToLookup(d => d.JobRoleId);
        var map = new CouncilMap
        {
            CouncilName = council.Name,
            CouncilType = council.Type.Display(),
            Region = council.Region.Display(),
            GeneratedAtUtc = nowUtc,
            GeneratedBy = generatedBy,
            FeedDate = lastImport?.FeedDate,
            Roles = roles.Select(r => RoleRow(r, decisionsByRole[r.Id].ToList(), standards, labels) with
            {
                DecisionHistory = history[r.Id].Any() ? RoleHistory.Summary(history[r.Id], labels) : null,
            }).ToList(),
            SkillsGaps = gaps,
            Changes = changes,
            // Null (no Maturity sheet) until the council has assessed itself.
            Maturity = await MaturityExportSection.LoadAsync(db, maturityModel, ct),
            Programme = (await db.ProgrammeYears.AsNoTracking().ToListAsync(ct))
                .Select(y => Programme.ProgrammeShares.Of(y, (planRules ?? new ProgrammeOptions()).TargetShare)).ToList(),
            Mot = await new Mot.MotReviews(db, maturityModel, TimeProvider.System).LatestPublishedForCurrentCouncilAsync(ct),
            // Null (no Plan sheet) until the council has saved plan figures or planned a start.
            Plan = await LevyPlans.ReadForExportAsync(db, planRules ?? new ProgrammeOptions(), DateOnly.FromDateTime(UkTime.FromUtc(nowUtc)), ct),
        };
        return new Result(map, lastImport?.Id);
    }

    internal sealed record RoleFacts(int Id, string Title, string? ServiceArea, int? Headcount, MappingStatus Status,
        bool NeedsReview, string? ReviewReason, string? SuggestedReference, Confidence? SuggestedConfidence,
        string? MappedByName, DateTime? MappedUtc)
    {
        public string? Department { get; init; }
        public string? JobFamily { get; init; }
        public string? Grade { get; init; }
        public decimal? Fte { get; init; }
        public string? Notes { get; init; }
        public string? MappingNote { get; init; }
    }

    internal sealed record Decision(int JobRoleId, string Reference, RoleStandardKind Kind, Confidence? Confidence,
        string? DecidedByName, DateTime DecidedUtc);

    private sealed record StandardFacts(string Reference, string Title, int Level, string Route, int TypicalDurationMonths,
        int MaxFunding, StandardStatus Status, bool Paused, bool Removed, string StandardPageUrl);

    /// <summary>The current version (approved, else latest) of every standard a role is confirmed, offered or suggested.</summary>
    private static async Task<Dictionary<string, StandardFacts>> CurrentStandardsAsync(RoleMapperDbContext db,
        IEnumerable<RoleFacts> roles, IEnumerable<Decision> decisions, CancellationToken ct)
    {
        // Feed references are upper case; a reference typed or imported in another case still finds its standard.
        var references = decisions.Select(d => d.Reference)
            .Concat(roles.Where(r => r.Status == MappingStatus.Suggested).Select(r => r.SuggestedReference))
            .OfType<string>()
            .Select(r => r.Trim().ToUpperInvariant())
            .Distinct()
            .ToList();
        return await db.CurrentStandardVersions().AsNoTracking()
            .Where(v => references.Contains(v.Reference))
            .Select(v => new StandardFacts(v.Reference, v.Title, v.Level, v.Route, v.TypicalDurationMonths, v.MaxFunding,
                v.Status, v.PausedForStarts, v.RemovedFromFeedUtc != null, v.StandardPageUrl))
            .ToDictionaryAsync(v => v.Reference, StringComparer.OrdinalIgnoreCase, ct);
    }

    /// <summary>
    /// A confirmed role shows its primary standard and who confirmed it; a suggested one the matcher's suggestion; a role
    /// with "no suitable standard" who decided that; an unmapped role nothing.
    /// </summary>
    private static RoleMapRow RoleRow(RoleFacts role, List<Decision> decided, Dictionary<string, StandardFacts> standards, StandardLabels labels)
    {
        var primary = decided.FirstOrDefault(d => d.Kind == RoleStandardKind.Primary);
        var (reference, confidence) = role.Status switch
        {
            MappingStatus.Confirmed => (primary?.Reference, primary?.Confidence),
            MappingStatus.Suggested => (role.SuggestedReference, role.SuggestedConfidence),
            _ => (null, null),
        };
        var decidedBy = role.Status is MappingStatus.Confirmed or MappingStatus.NoSuitableStandard;
        var standard = reference is null ? null : standards.GetValueOrDefault(reference.Trim());
        return new RoleMapRow
        {
            Title = role.Title,
            ServiceArea = role.ServiceArea,
            Department = role.Department,
            JobFamily = role.JobFamily,
            Grade = role.Grade,
            Headcount = role.Headcount,
            Fte = role.Fte,
            Notes = role.Notes,
            DecisionNote = role.MappingNote,
            Status = role.Status,
            NeedsReview = role.NeedsReview,
            ReviewReason = role.ReviewReason,
            StandardReference = standard?.Reference ?? reference,
            StandardTitle = standard?.Title,
            Level = Given(standard?.Level),
            Route = standard?.Route,
            TypicalDurationMonths = Given(standard?.TypicalDurationMonths),
            MaxFundingGbp = Given(standard?.MaxFunding),
            StandardStatus = reference is null ? null : StatusText(standard),
            Confidence = confidence?.ToString(),
            ConfirmedBy = decidedBy ? role.MappedByName ?? primary?.DecidedByName : null,
            ConfirmedAtUtc = decidedBy ? role.MappedUtc ?? primary?.DecidedUtc : null,
            StandardPageUrl = standard?.StandardPageUrl,
            AlternativeStandards = decided.Where(d => d.Kind == RoleStandardKind.Alternative)
                .Select(d => labels[d.Reference])
                .Order(StringComparer.Ordinal)
                .ToList(),
        };
    }

    /// <summary>The feed writes 0 for a level, duration or funding it does not give; the workbook leaves the cell empty.</summary>
    private static int? Given(int? value) => value > 0 ? value : null;

    /// <summary>What a council needs to know about the standard's current version, in the feed's own words.</summary>
    private static string StatusText(StandardFacts? standard) => standard switch
    {
        null => "Not in the standards feed",
        { Removed: true } => "No longer in the feed",
        { Status: StandardStatus.ApprovedForDelivery, Paused: true } => "Approved (paused for starts)",
        _ => standard.Status.Display(),
    };
}
