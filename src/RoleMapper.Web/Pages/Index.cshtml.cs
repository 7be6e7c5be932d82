using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Web.Pages;

/// <summary>The home page: what RoleMapper does, the job-title search box and how fresh the data is.</summary>
public sealed class IndexModel(CatalogueFactsCache facts) : PageModel
{
    public ImportStatus Status { get; private set; } = null!;
    /// <summary>Every run records the approved count after it, a failed run too (it changed nothing), so the last run says it.</summary>
    public int ApprovedStandards => Status.LastRun?.Approved ?? 0;

    public async Task OnGetAsync(CancellationToken ct) => Status = (await facts.GetAsync(ct)).Status;
}
