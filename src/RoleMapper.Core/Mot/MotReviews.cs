using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Sector;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Core.Mot;

/// <summary>What the adviser types into a draft MOT.</summary>
public sealed record MotInput(DateOnly ReviewedOn, int ProgrammeYear, IReadOnlyDictionary<string, (MaturityLevel? External, string? Comment)> Strands,
    string? Priorities, string? LgaSupport);

/// <summary>A council's MOT in a list: its date, year and whether it is published.</summary>
public sealed record MotSummary(int Id, int OrganisationId, DateOnly ReviewedOn, int ProgrammeYear, DateTime? PublishedUtc)
{
    public string YearText => new FinancialYear(ProgrammeYear).ToString();
}

/// <summary>
/// The LGA's Apprenticeship MOT. Two audiences, two sets of methods: the adviser's (the sector role; the page checks the
/// role, these methods read across councils on purpose) start, edit and publish a council's review; the council's own
/// (<c>ForCurrentCouncil</c>) see only its published reviews, by the context's current council, never a draft and never
/// another council's. Comparisons follow the sector's one rule (<see cref="SmallGroupRule"/>) and count verified councils only.
/// </summary>
public sealed class MotReviews(RoleMapperDbContext db, MaturityModel model, TimeProvider clock)
{
    // ---- The adviser's side (sector role) ----

    /// <summary>Every MOT of a council, newest first, drafts included.</summary>
    public Task<List<MotSummary>> ListAsync(int organisationId, CancellationToken ct = default) =>
        Summaries(db.MotReviews.Where(r => r.OrganisationId == organisationId)).ToListAsync(ct);

    /// <summary>Starts a draft MOT of a council, set against its latest self-assessment; null for an unknown council.</summary>
    public async Task<int?> StartAsync(int organisationId, string? byName, CancellationToken ct = default)
    {
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return null;
        }
        var today = UkTime.Today(clock);
        var latestYear = await CouncilYears(organisationId).OrderByDescending(y => y.Year).Select(y => (int?)y.Year).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var review = new MotReview
        {
            OrganisationId = organisationId,
            ReviewedOn = today,
            // The last year the council entered; else the financial year just finished.
            ProgrammeYear = latestYear ?? FinancialYear.Of(today).StartYear - 1,
            AssessmentId = await LatestAssessmentId(organisationId, ct),
            Strands = model.Strands.Select(s => new MotStrandRecord { StrandId = s.Id }).ToList(),
            CreatedUtc = now,
            CreatedByName = byName,
            UpdatedUtc = now,
        };
        db.MotReviews.Add(review);
        await db.SaveChangesAsync(ct);
        return review.Id;
    }

    /// <summary>Saves the adviser's draft; the problems, empty when saved. A published MOT can no longer change.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(int id, MotInput input, CancellationToken ct = default)
    {
        var review = await db.MotReviews.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null)
        {
            return ["There is no such MOT."];
        }
        if (review.IsPublished)
        {
            return ["This MOT is published and can no longer change. Start a new one."];
        }
        var problems = new List<string>();
        if (input.ProgrammeYear is < FinancialYear.Earliest or > FinancialYear.Latest)
        {
            problems.Add("Choose the financial year the MOT compares.");
        }
        if (input.Strands.Values.Any(s => s.Comment?.Length > MotReview.MaxCommentLength))
        {
            problems.Add($"Keep each strand's comment to {MotReview.MaxCommentLength:N0} characters.");
        }
        if (input.Priorities?.Length > MotReview.MaxTextLength || input.LgaSupport?.Length > MotReview.MaxTextLength)
        {
            problems.Add($"Keep the priorities and the LGA support to {MotReview.MaxTextLength:N0} characters each.");
        }
        if (LineCount(input.Priorities) > MotReview.MaxTextLines || LineCount(input.LgaSupport) > MotReview.MaxTextLines)
        {
            problems.Add($"Keep the priorities and the LGA support to {MotReview.MaxTextLines} lines each.");
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        review.ReviewedOn = input.ReviewedOn;
        review.ProgrammeYear = input.ProgrammeYear;
        review.Strands = model.Strands.Select(s => new MotStrandRecord
        {
            StrandId = s.Id,
            External = input.Strands.GetValueOrDefault(s.Id).External,
            Comment = Tidy(input.Strands.GetValueOrDefault(s.Id).Comment),
        }).ToList();
        review.Priorities = Tidy(input.Priorities);
        review.LgaSupport = Tidy(input.LgaSupport);
        review.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Publishes a draft: from now on the council sees it, and it no longer changes. False when it cannot.</summary>
    public async Task<bool> PublishAsync(int id, string? byName, CancellationToken ct = default)
    {
        var review = await db.MotReviews.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (review is null || review.IsPublished || review.Strands.All(s => s.External is null))
        {
            return false;
        }
        review.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        review.PublishedByName = byName;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Any MOT, draft or published, as the adviser sees it.</summary>
    public async Task<MotReport?> ReportAsync(int id, CancellationToken ct = default)
    {
        var review = await db.MotReviews.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return review is null ? null : await BuildAsync(review, publishedOnly: false, ct);
    }

    // ---- The council's side ----

    /// <summary>The current council's published MOTs, newest first; none without a current council.</summary>
    public Task<List<MotSummary>> PublishedForCurrentCouncilAsync(CancellationToken ct = default) =>
        Summaries(OwnPublished()).ToListAsync(ct);

    /// <summary>One of the current council's published MOTs; null for a draft, another council's, or none.</summary>
    public async Task<MotReport?> PublishedReportForCurrentCouncilAsync(int id, CancellationToken ct = default)
    {
        var review = await OwnPublished().FirstOrDefaultAsync(r => r.Id == id, ct);
        return review is null ? null : await BuildAsync(review, publishedOnly: true, ct);
    }

    /// <summary>The current council's latest published MOT, for its Excel map; null when it has none.</summary>
    public async Task<MotReport?> LatestPublishedForCurrentCouncilAsync(CancellationToken ct = default)
    {
        var review = await OwnPublished().OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        return review is null ? null : await BuildAsync(review, publishedOnly: true, ct);
    }

    private IQueryable<MotReview> OwnPublished()
    {
        var council = db.CurrentOrganisationId;
        return db.MotReviews.AsNoTracking().Where(r => council != null && r.OrganisationId == council && r.PublishedUtc != null);
    }

    // ---- Shared ----

    private async Task<MotReport> BuildAsync(MotReview review, bool publishedOnly, CancellationToken ct)
    {
        var council = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == review.OrganisationId, ct);
        var assessmentRecord = review.AssessmentId is { } aid
            ? await db.MaturityAssessments.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == aid && a.OrganisationId == review.OrganisationId, ct)
            : null;
        var assessment = assessmentRecord?.ToAssessment();
        // The review before this one: for the council, only a published one.
        var previous = await db.MotReviews.AsNoTracking()
            .Where(r => r.OrganisationId == review.OrganisationId && r.Id != review.Id
                && (r.ReviewedOn < review.ReviewedOn || (r.ReviewedOn == review.ReviewedOn && r.Id < review.Id))
                && (!publishedOnly || r.PublishedUtc != null))
            .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var programme = await CouncilYears(review.OrganisationId).FirstOrDefaultAsync(y => y.Year == review.ProgrammeYear, ct);
        var sectorMaturity = await SectorMaturity.LoadAsync(db, model, ct);
        var sectorProgramme = await SectorProgramme.LoadAsync(db, review.ProgrammeYear, ct);

        var strands = model.Strands.Select(strand =>
        {
            var record = review.Strands.FirstOrDefault(s => s.StrandId == strand.Id);
            double? Current(StageAverages group) => group.Strands.FirstOrDefault(s => s.Strand.Id == strand.Id)?.Current;
            return new MotStrand(strand, assessment?.StageOf(strand), assessment?.TargetFor(strand), record?.External, record?.Comment,
                previous?.Strands.FirstOrDefault(s => s.StrandId == strand.Id)?.External,
                Current(sectorMaturity.National), Current(sectorMaturity.ByRegion[council.Region]), Current(sectorMaturity.ByType[council.Type]));
        }).ToList();
        var values = SectorProgramme.ValuesOf(programme);
        var comparisons = sectorProgramme.Measures.Select((m, i) =>
            new MotComparison(m.Measure, values[i], m.National, m.ByRegion[council.Region], m.ByType[council.Type])).ToList();
        return new MotReport(review, council.Name, council.Type, council.Region, assessment?.AssessedOn, strands, comparisons, programme, previous);
    }

    /// <summary>A council's programme years, read across the tenancy filter: the adviser belongs to no council.</summary>
    private IQueryable<ProgrammeYear> CouncilYears(int organisationId) =>
        db.ProgrammeYears.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking().Where(y => y.OrganisationId == organisationId);

    private Task<int?> LatestAssessmentId(int organisationId, CancellationToken ct) =>
        db.MaturityAssessments.IgnoreQueryFilters([RoleMapperDbContext.OrganisationFilter]).AsNoTracking()
            .Where(a => a.OrganisationId == organisationId).NewestFirst().Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    private static IQueryable<MotSummary> Summaries(IQueryable<MotReview> reviews) =>
        reviews.OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id)
            .Select(r => new MotSummary(r.Id, r.OrganisationId, r.ReviewedOn, r.ProgrammeYear, r.PublishedUtc));

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Lines as the report prints them (blank ones take a line too); a browser sends each break as CR LF.</summary>
    private static int LineCount(string? text) => Tidy(text)?.Split('\n').Length ?? 0;
}
