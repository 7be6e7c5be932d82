using RoleMapper.Core.Maturity;

namespace RoleMapper.Web.Pages.Council.Maturity;

/// <summary>
/// /council/maturity: where the council stands on the LGA Apprenticeships Maturity Model by its latest
/// self-assessment, what moved since the one before, and every earlier assessment to open.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db, MaturityModel maturity) : PageModel
{
    public sealed record HistoryRow(int Id, DateOnly AssessedOn, DateTime SavedUtc, string? SavedBy, IReadOnlyList<StageResult> Stages);

    public MaturityModel Maturity => maturity;
    public AssessmentView? Latest { get; private set; }
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A council saves a handful of assessments a year, so reading them all to show each one's stages is cheap.
        var records = await db.MaturityAssessments.AsNoTracking().NewestFirst().ToListAsync(ct);
        History = records.Select(r => new HistoryRow(r.Id, r.AssessedOn, r.SavedUtc, r.SavedByName,
            maturity.Strands.Select(r.ToAssessment().StageOf).ToList())).ToList();
        Latest = records.Count == 0 ? null : new AssessmentView(maturity, records[0], records.ElementAtOrDefault(1));
    }
}
