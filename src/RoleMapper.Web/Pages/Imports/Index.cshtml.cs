using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Pages.Imports;

/// <summary>/imports: every import run, newest first, with its outcome, counts and the errors that held standards back.</summary>
public sealed class IndexModel(RoleMapperDbContext db) : PageModel
{
    public const int PageSize = 20;
    /// <summary>A broken feed can reject hundreds of records; the first ones say what went wrong.</summary>
    public const int ErrorsShown = 20;

    public sealed record RunRow(int Id, DateTime StartedUtc, DateTime? FinishedUtc, string Source, DateOnly FeedDate,
        ImportOutcome Outcome, string? FailureReason, int Records, int Added, int StatusChanges, int ContentChanges,
        int Vanished, int Rejected, int Approved, List<ImportMessage> Errors, int WarningCount)
    {
        public string SourceName => Uri.TryCreate(Source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.Host : Path.GetFileName(Source);
        public string Duration => FinishedUtc is { } f ? $"{(f - StartedUtc).TotalSeconds:0.0} s" : "still running";
    }

    public IReadOnlyList<RunRow> Runs { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Pager = new Pager(QueryLinks.PageNumber(Request), PageSize, await db.ImportRuns.CountAsync(ct),
            p => QueryLinks.To("/imports", ("page", p == 1 ? null : p)));
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Skip(Pager.Skip).Take(PageSize)
            .Select(r => new RunRow(r.Id, r.StartedUtc, r.FinishedUtc, r.Source, r.FeedDate, r.Outcome, r.FailureReason,
                r.Records, r.Added, r.StatusChanges, r.ContentChanges, r.Vanished, r.Rejected, r.Approved, r.Errors, r.Warnings.Count))
            .ToListAsync(ct);
    }

    public static (string Text, string Css) OutcomeTag(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Succeeded => ("Succeeded", "tag--green"),
        ImportOutcome.Failed => ("Failed", "tag--red"),
        ImportOutcome.Cancelled => ("Cancelled", "tag--grey"),
        _ => ("Running", "tag--blue"),
    };
}
