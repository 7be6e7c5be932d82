using RoleMapper.Core.Standards;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Pages.Changes;

/// <summary>
/// /changes: what each successful import changed, newest first. Each run is summarised by kind ("1,950 new standards",
/// "12 retired"), each count linking to the lines behind it, so the first import stays one readable paragraph.
/// Runs with few changes list them in place.
/// </summary>
public sealed class IndexModel(RoleMapperDbContext db) : PageModel
{
    public const int RunsPerPage = 10;
    public const int ListInPlaceUpTo = 15;

    public sealed record RunSummary(int Id, DateTime StartedUtc, DateOnly FeedDate, IReadOnlyList<ChangeCount> Counts, IReadOnlyList<ChangeLine> Lines)
    {
        public int Total => Counts.Sum(c => c.Count);
    }

    public sealed record ChangeCount(ChangeKind Kind, StandardStatus? NewStatus, int Count);

    public sealed record ChangeLine(string Reference, string Version, string Title, ChangeKind Kind,
        StandardStatus? OldStatus, StandardStatus? NewStatus, string Detail);

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];
    /// <summary>The first successful import: everything in it is "new", which the page says rather than lists.</summary>
    public int? FirstRunId { get; private set; }
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var runs = db.ImportRuns.AsNoTracking().Where(r => r.Outcome == ImportOutcome.Succeeded);
        Pager = new Pager(QueryLinks.PageNumber(Request), RunsPerPage, await runs.CountAsync(ct),
            p => QueryLinks.To("/changes", ("page", p == 1 ? null : p)));
        var page = await runs.OrderByDescending(r => r.Id).Skip(Pager.Skip).Take(RunsPerPage)
            .Select(r => new { r.Id, r.StartedUtc, r.FeedDate }).ToListAsync(ct);
        FirstRunId = await runs.MinAsync(r => (int?)r.Id, ct);
        var ids = page.Select(r => r.Id).ToList();
        var counts = await db.StandardChanges.AsNoTracking()
            .Where(c => ids.Contains(c.ImportRunId))
            .GroupBy(c => new { c.ImportRunId, c.Kind, c.NewStatus })
            .Select(g => new { g.Key.ImportRunId, g.Key.Kind, g.Key.NewStatus, Count = g.Count() })
            .ToListAsync(ct);
        var smallRuns = counts.GroupBy(c => c.ImportRunId).Where(g => g.Sum(c => c.Count) <= ListInPlaceUpTo).Select(g => g.Key).ToList();
        var lines = await db.StandardChanges.AsNoTracking()
            .Where(c => smallRuns.Contains(c.ImportRunId))
            .OrderBy(c => c.Reference).ThenBy(c => c.Version)
            .Select(c => new { c.ImportRunId, Line = new ChangeLine(c.Reference, c.Version, c.Title, c.Kind, c.OldStatus, c.NewStatus, c.Detail) })
            .ToListAsync(ct);
        Runs = page.Select(r => new RunSummary(r.Id, r.StartedUtc, r.FeedDate,
                // Only status changes are told apart by their new status ("12 retired"); new standards are one count.
                counts.Where(c => c.ImportRunId == r.Id)
                    .GroupBy(c => (c.Kind, NewStatus: c.Kind == ChangeKind.StatusChanged ? c.NewStatus : null))
                    .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.NewStatus)
                    .Select(g => new ChangeCount(g.Key.Kind, g.Key.NewStatus, g.Sum(c => c.Count))).ToList(),
                lines.Where(l => l.ImportRunId == r.Id).Select(l => l.Line).ToList()))
            .ToList();
    }

    /// <summary>"12 retired", "1,950 new standards": how a count of one kind of change reads.</summary>
    public static string Describe(ChangeCount c) => c.Kind switch
    {
        ChangeKind.NewStandard => Display.Count(c.Count, "new standard", "new standards"),
        ChangeKind.NewVersion => Display.Count(c.Count, "new version", "new versions"),
        ChangeKind.ContentChanged => Display.Count(c.Count, "version with changed content", "versions with changed content"),
        ChangeKind.Vanished => Display.Count(c.Count, "version left the feed", "versions left the feed"),
        ChangeKind.Reappeared => Display.Count(c.Count, "version came back to the feed", "versions came back to the feed"),
        _ => c.NewStatus switch
        {
            StandardStatus.Retired => $"{c.Count:N0} retired",
            StandardStatus.Withdrawn => $"{c.Count:N0} withdrawn",
            { } status => $"{Display.Count(c.Count, "version", "versions")} now {status.Display().ToLowerInvariant()}",
            null => Display.Count(c.Count, "status change", "status changes"),
        },
    };

    /// <summary>What one line of the log means, in words.</summary>
    public static string Describe(ChangeLine line) => line.Kind switch
    {
        ChangeKind.NewStandard => "New standard" + (line.NewStatus is { } s ? $" ({s.Display().ToLowerInvariant()})" : ""),
        ChangeKind.NewVersion => "New version" + (line.NewStatus is { } s ? $" ({s.Display().ToLowerInvariant()})" : ""),
        ChangeKind.StatusChanged => $"{line.OldStatus?.Display() ?? "Unknown"} → {line.NewStatus?.Display() ?? "unknown"}",
        ChangeKind.ContentChanged => "Content changed" + (line.Detail.Length > 0 ? $": {line.Detail}" : ""),
        ChangeKind.Vanished => "Left the feed without being withdrawn",
        ChangeKind.Reappeared => "Came back to the feed",
        _ => line.Kind.ToString(),
    };
}
