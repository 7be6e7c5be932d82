using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Data;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Standards;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Plan;

/// <summary>
/// A council's costed three-year plan: reading it priced from today's feed, saving its figures, adding lines from its
/// skills gaps and confirmed mappings (or any approved standard), changing, deleting and reviewing them. Everything goes
/// through the tenancy filter, so another council's plan and lines are simply unknown. Docs: docs/plan-and-pathways.md.
/// </summary>
public sealed class LevyPlans(RoleMapperDbContext db, TimeProvider clock, IOptions<ProgrammeOptions> options)
{
    private ProgrammeOptions Rules => options.Value;

    public Task<PlanView> GetAsync(CancellationToken ct) => ReadAsync(db, Rules, UkTime.Today(clock), ct);

    /// <summary>The plan for the Excel map; null when the council has neither saved plan figures nor planned a start.</summary>
    public static async Task<PlanView?> ReadForExportAsync(RoleMapperDbContext db, ProgrammeOptions rules, DateOnly today, CancellationToken ct) =>
        await db.LevyPlans.AnyAsync(ct) || await db.PlanLines.AnyAsync(ct) ? await ReadAsync(db, rules, today, ct) : null;

    /// <summary>The plan as it stands; with nothing saved it starts in the financial year <paramref name="today"/> is in.</summary>
    private static async Task<PlanView> ReadAsync(RoleMapperDbContext db, ProgrammeOptions rules, DateOnly today, CancellationToken ct)
    {
        var plan = await db.LevyPlans.AsNoTracking().SingleOrDefaultAsync(ct);
        var first = plan?.FirstYear ?? FinancialYear.Of(today);
        var years = Enumerable.Range(0, LevyPlan.Years).Select(i => new FinancialYear(first.StartYear + i)).ToList();
        var lines = await db.PlanLines.AsNoTracking().ToListAsync(ct);
        var candidates = await CandidatesAsync(db, ct);
        var labels = await StandardLabels.LoadAsync(db, lines.Select(l => l.Reference), ct);
        var versions = await PlanPricing.LoadAsync(db, lines.Select(l => l.Reference), ct);
        var views = lines.Select(l =>
            {
                var price = PlanPricing.Price(versions[l.Reference].ToList(), l.FinancialYear);
                return new PlanLineView(l.Id, l.Reference, labels[l.Reference], l.FinancialYear, l.Starts, price.UnitPrice, price.Note,
                    l.Source, l.NeedsReview, l.ReviewReason);
            })
            .OrderBy(l => l.Year).ThenBy(l => l.Label, StringComparer.OrdinalIgnoreCase).ToList();
        var inPlan = views.Where(l => years.Contains(l.Year)).ToList();
        var posts = await db.JobRoles.SumAsync(r => r.Headcount, ct);
        var latestYear = await db.ProgrammeYears.AsNoTracking().OrderByDescending(y => y.Year)
            .Select(y => new { y.Year, y.LevyPaid, y.Headcount }).FirstOrDefaultAsync(ct);
        var headcount = plan?.Headcount;
        return new PlanView
        {
            Saved = plan is not null,
            FirstYear = first,
            AnnualLevy = plan?.AnnualLevy,
            OpeningBalance = plan?.OpeningBalance ?? 0,
            Headcount = headcount,
            PostsInRoles = posts is > 0 ? posts : null,
            LatestProgrammeYear = latestYear is null ? null
                : new ProgrammeBasis(new FinancialYear(latestYear.Year).ToString(), (long)Math.Round(latestYear.LevyPaid, MidpointRounding.AwayFromZero), latestYear.Headcount),
            Years = years,
            Lines = inPlan,
            OtherLines = views.Except(inPlan).ToList(),
            Levy = plan?.AnnualLevy is { } levy
                ? LevyForecast.Run(first, levy, plan.OpeningBalance, years.Select(y => inPlan.Where(l => l.Year == y).Sum(l => l.Cost)).ToList(),
                    rules.LevyExpiryMonths)
                : [],
            Target = years.Select(y =>
            {
                var starts = inPlan.Where(l => l.Year == y).Sum(l => l.Starts);
                return headcount is > 0 and { } people
                    ? new TargetYear(y, starts, (double)starts / people, (int)Math.Ceiling(people * rules.TargetShare))
                    : new TargetYear(y, starts, null, null);
            }).ToList(),
            TargetShare = rules.TargetShare,
            LevyExpiryMonths = rules.LevyExpiryMonths,
            Candidates = candidates,
        };
    }

    /// <summary>Saves the plan's figures unless they have problems; returns them (empty when saved).</summary>
    public async Task<IReadOnlyList<PlanProblem>> SaveSettingsAsync(PlanSettings settings, string? by, CancellationToken ct)
    {
        var problems = new List<PlanProblem>();
        if (!FinancialYear.TryParse(settings.FirstYear, out var first))
        {
            problems.Add(new(PlanField.FirstYear, "Enter the plan's first year like 2026-27"));
        }
        CheckPounds(settings.AnnualLevy, PlanField.AnnualLevy, "The expected annual levy", problems);
        CheckPounds(settings.OpeningBalance, PlanField.OpeningBalance, "The opening balance", problems);
        if (settings.Headcount is < 0 or > LevyPlan.MaxHeadcount)
        {
            problems.Add(new(PlanField.Headcount, $"Enter a headcount between 0 and {LevyPlan.MaxHeadcount:N0}"));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        var plan = await db.LevyPlans.SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            plan = new LevyPlan();
            db.Add(plan);
        }
        plan.StartYear = first!.Value.StartYear;
        plan.AnnualLevy = settings.AnnualLevy;
        plan.OpeningBalance = settings.OpeningBalance ?? 0;
        plan.Headcount = settings.Headcount is 0 ? null : settings.Headcount;
        plan.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        plan.UpdatedByName = by;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// Plans <paramref name="starts"/> starts on an approved standard in a year; a standard already planned that year gets
    /// the starts added to its line. The line remembers today's price, so a later change of band is noticed.
    /// </summary>
    public async Task<IReadOnlyList<PlanProblem>> AddLineAsync(string? reference, string? year, int? starts, string? source, string? by,
        CancellationToken ct)
    {
        var problems = new List<PlanProblem>();
        var wanted = reference?.Trim().ToUpperInvariant() ?? "";
        var approved = wanted.Length == 0 ? null : (await ApprovedVersions.ForAsync(db, [wanted], ct)).GetValueOrDefault(wanted);
        if (approved is null)
        {
            problems.Add(new(PlanField.Standard, wanted.Length == 0 ? "Choose a standard"
                : $"{wanted} is not an approved standard, so no starts can be planned on it"));
        }
        if (!FinancialYear.TryParse(year, out var when))
        {
            problems.Add(new(PlanField.Year, "Choose the year of the starts, like 2026-27"));
        }
        CheckStarts(starts, problems);
        if (problems.Count > 0)
        {
            return problems;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var line = await db.PlanLines.SingleOrDefaultAsync(l => l.Reference == wanted && l.Year == when!.Value.StartYear, ct);
        if (line is null)
        {
            line = new PlanLine { Reference = wanted, Year = when!.Value.StartYear, CreatedUtc = now, CreatedByName = by };
            line.PricedAt = await PriceAsync(line, ct);
            db.Add(line);
        }
        line.Starts = Math.Min(PlanLine.MaxStarts, line.Starts + starts!.Value);
        line.Source ??= Clip(source, PlanLine.MaxSourceLength);
        line.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Changes a line's starts; null when the council has no such line.</summary>
    public async Task<IReadOnlyList<PlanProblem>?> ChangeStartsAsync(int id, int? starts, CancellationToken ct)
    {
        if (await db.PlanLines.SingleOrDefaultAsync(l => l.Id == id, ct) is not { } line)
        {
            return null;
        }
        var problems = new List<PlanProblem>();
        CheckStarts(starts, problems);
        if (problems.Count > 0)
        {
            return problems;
        }
        line.Starts = starts!.Value;
        line.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// The council has looked at a flagged line: the flag goes and the line takes today's price as the one it was planned
    /// at. False when the council has no such line.
    /// </summary>
    public async Task<bool> MarkReviewedAsync(int id, CancellationToken ct)
    {
        if (await db.PlanLines.SingleOrDefaultAsync(l => l.Id == id, ct) is not { } line)
        {
            return false;
        }
        line.PricedAt = await PriceAsync(line, ct);
        (line.NeedsReview, line.ReviewReason, line.ReviewFlaggedUtc) = (false, null, null);
        line.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Deletes a line; false when the council has no such line (the tenancy filter applies to the delete).</summary>
    public async Task<bool> DeleteLineAsync(int id, CancellationToken ct) =>
        await db.PlanLines.Where(l => l.Id == id).ExecuteDeleteAsync(ct) > 0;

    /// <summary>
    /// Approved standards the council's own data points at: those linked to skills gaps not yet closed, then those
    /// confirmed for its roles (main or alternative), each once, with why.
    /// </summary>
    private static async Task<IReadOnlyList<PlanCandidate>> CandidatesAsync(RoleMapperDbContext db, CancellationToken ct)
    {
        var gaps = await db.SkillsGaps.AsNoTracking().Where(g => g.Status != GapStatus.Closed)
            .Select(g => new { g.Description, g.LinkedStandards }).ToListAsync(ct);
        var confirmed = await db.RoleStandards.AsNoTracking()
            .Where(s => s.Kind != RoleStandardKind.Rejected)
            .Join(db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed), s => s.JobRoleId, r => r.Id, (s, r) => new { s.Reference, r.Title })
            .ToListAsync(ct);
        var why = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var gap in gaps.OrderBy(g => g.Description, StringComparer.OrdinalIgnoreCase))
        {
            foreach (var reference in gap.LinkedStandards)
            {
                why.TryAdd(reference, $"Skills gap: {Clip(gap.Description, 120)}");
            }
        }
        foreach (var standard in confirmed.GroupBy(c => c.Reference).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var titles = standard.Select(c => c.Title).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            why.TryAdd(standard.Key, $"Confirmed for {Counted.Of(titles.Count, "role", "roles")}: {Clip(string.Join(", ", titles), 120)}");
        }
        var approved = await ApprovedVersions.ForAsync(db, why.Keys, ct);
        var labels = await StandardLabels.LoadAsync(db, approved.Keys, ct);
        return why.Where(w => approved.ContainsKey(w.Key))
            .Select(w => new PlanCandidate(w.Key, labels[w.Key], w.Value))
            .ToList();
    }

    private async Task<int?> PriceAsync(PlanLine line, CancellationToken ct) =>
        PlanPricing.Price((await PlanPricing.LoadAsync(db, [line.Reference], ct))[line.Reference].ToList(), line.FinancialYear).UnitPrice;

    private static void CheckPounds(long? amount, PlanField field, string what, List<PlanProblem> problems)
    {
        if (amount is < 0 or > LevyPlan.MaxPounds)
        {
            problems.Add(new(field, $"{what} must be in whole pounds, from £0 to {PlanPricing.Pounds(LevyPlan.MaxPounds)}"));
        }
    }

    private static void CheckStarts(int? starts, List<PlanProblem> problems)
    {
        if (starts is not (>= 1 and <= PlanLine.MaxStarts))
        {
            problems.Add(new(PlanField.Starts, $"Enter the number of starts, from 1 to {PlanLine.MaxStarts:N0}"));
        }
    }

    private static string? Clip(string? text, int length)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= length ? trimmed : trimmed[..(length - 1)] + "…";
    }
}
